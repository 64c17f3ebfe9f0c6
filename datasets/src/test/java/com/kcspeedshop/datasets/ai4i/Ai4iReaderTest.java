package com.kcspeedshop.datasets.ai4i;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kcspeedshop.datasets.MalformedDataException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ai4iReaderTest {

    private static final String HEADER = "\uFEFF" + String.join(",", Ai4iReader.HEADER) + "\n";

    @Test
    void shouldStripTheBomAndReadFlagsAsRecorded() throws Exception {
        String text = HEADER + "1,M14860,M,298.1,308.6,1551,42.8,0,0,0,0,0,0,0\n"
                + "2,L47181,L,298.2,308.7,1408,46.3,3,1,0,1,0,0,0\n"
                + "3,L47182,L,298.2,308.7,1408,46.3,3,0,0,0,0,0,1\n";
        List<Ai4iRecord> rows = Ai4iReader.read(new StringReader(text), "mem");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).type()).isEqualTo(ProductType.M);
        assertThat(rows.get(0).rotationalSpeedRpm()).isEqualTo(1551);
        assertThat(rows.get(1).machineFailure()).isTrue();
        assertThat(rows.get(1).modes()).containsExactly(FailureMode.HDF);
        assertThat(rows.get(2).machineFailure()).isFalse();
        assertThat(rows.get(2).has(FailureMode.RNF)).isTrue();
    }

    @Test
    void shouldRejectAForeignHeader() {
        assertThatThrownBy(() -> Ai4iReader.read(new StringReader("a,b\n1,2\n"), "x.csv"))
                .isInstanceOf(MalformedDataException.class).hasMessageStartingWith("x.csv:1: header");
    }

    @Test
    void shouldNameTheLineOfABadRow() {
        String badType = HEADER + "1,M1,M,298.1,308.6,1551,42.8,0,0,0,0,0,0,0\n2,X1,X,298,308,1408,46,3,0,0,0,0,0,0\n";
        assertThatThrownBy(() -> Ai4iReader.read(new StringReader(badType), "f"))
                .hasMessageContaining("f:3: Type: 'X'");
        String badFlag = HEADER + "1,M1,M,298.1,308.6,1551,42.8,0,2,0,0,0,0,0\n";
        assertThatThrownBy(() -> Ai4iReader.read(new StringReader(badFlag), "f"))
                .hasMessageContaining("f:2: Machine failure: '2' is not 0 or 1");
        String shortRow = HEADER + "1,M1,M,298.1\n";
        assertThatThrownBy(() -> Ai4iReader.read(new StringReader(shortRow), "f"))
                .hasMessageContaining("f:2: expected 14");
        String nan = HEADER + "1,M1,M,NaN,308.6,1551,42.8,0,0,0,0,0,0,0\n";
        assertThatThrownBy(() -> Ai4iReader.read(new StringReader(nan), "f"))
                .hasMessageContaining("f:2: Air temperature [K]: 'NaN' is not a finite number");
    }

    @Test
    void shouldReadTheRealFileWithTheReadmesCounts() throws Exception {
        Path file = Path.of("../../shared/datasets/ai4i2020/ai4i2020.csv");
        assumeTrue(Files.isReadable(file), "AI4I not present: " + file.toAbsolutePath());
        List<Ai4iRecord> rows = Ai4iReader.read(file);
        assertThat(rows).hasSize(10_000);
        assertThat(rows.stream().filter(Ai4iRecord::machineFailure).count()).isEqualTo(339);
        assertThat(rows.stream().filter(r -> r.has(FailureMode.TWF)).count()).isEqualTo(46);
        assertThat(rows.stream().filter(r -> r.has(FailureMode.RNF)).count()).isEqualTo(19);
        assertThat(rows.stream().filter(r -> r.type() == ProductType.H).count()).isEqualTo(1003);
    }
}

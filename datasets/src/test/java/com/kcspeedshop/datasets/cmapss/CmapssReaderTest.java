package com.kcspeedshop.datasets.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.kcspeedshop.datasets.MalformedDataException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmapssReaderTest {

    private static final Path DATA = Path.of("../../shared/datasets/cmapss");

    /** A row as the files write it: single spaces and two trailing spaces. */
    private static String row(int unit, int cycle, double s2) {
        StringBuilder b = new StringBuilder().append(unit).append(' ').append(cycle).append(" -0.0007 -0.0004 100.0");
        for (int s = 1; s <= 21; s++) {
            b.append(' ').append(s == 2 ? s2 : 500.0 + s);
        }
        return b.append("  \n").toString();
    }

    @Test
    void shouldGroupRowsIntoUnitsWithTrailingSpacesIgnored() throws Exception {
        String text = row(1, 1, 641.8) + row(1, 2, 642.1) + row(2, 1, 643.0);
        List<EngineUnit> units = CmapssReader.readUnits(new StringReader(text), "mem");
        assertThat(units).extracting(EngineUnit::unit).containsExactly(1, 2);
        assertThat(units.get(0).length()).isEqualTo(2);
        assertThat(units.get(0).cycles().get(1).sensor(2)).isEqualTo(642.1);
        assertThat(units.get(0).cycles().get(1).sensor(3)).isEqualTo(503.0);
        assertThat(units.get(0).rulAt(0)).isEqualTo(1);
        assertThat(units.get(0).rulAt(1)).isZero();
    }

    @Test
    void shouldNameTheLineOfAShortRow() {
        String text = row(1, 1, 641.8) + "1 2 0.1 0.2  \n";
        assertThatThrownBy(() -> CmapssReader.readUnits(new StringReader(text), "train_X.txt"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("train_X.txt:2:")
                .hasMessageContaining("found 4");
    }

    @Test
    void shouldNameTheLineAndColumnOfANonNumber() {
        String text = row(1, 1, 641.8) + row(1, 2, 642.0).replace("503.0", "abc");
        assertThatThrownBy(() -> CmapssReader.readUnits(new StringReader(text), "f"))
                .isInstanceOf(MalformedDataException.class)
                .hasMessageContaining("f:2: sensor s3: 'abc'");
    }

    @Test
    void shouldRejectCyclesOutOfOrderAndUnitsThatComeBack() {
        assertThatThrownBy(() -> CmapssReader.readUnits(new StringReader(row(1, 1, 1) + row(1, 3, 1)), "f"))
                .hasMessageContaining("f:2: unit 1: cycle 3 where cycle 2 was expected");
        assertThatThrownBy(() -> CmapssReader.readUnits(new StringReader(row(1, 1, 1) + row(2, 1, 1) + row(1, 1, 1)),
                "f")).hasMessageContaining("f:3: unit 1 appears twice");
    }

    @Test
    void shouldRejectAnEmptyFile() {
        assertThatThrownBy(() -> CmapssReader.readUnits(new StringReader("\n"), "f"))
                .isInstanceOf(MalformedDataException.class).hasMessageContaining("no data rows");
    }

    @Test
    void shouldReadTruthWithTrailingSpaceAndRejectNegatives() throws Exception {
        assertThat(CmapssReader.readTruth(new StringReader("112 \n98 \n"), "r")).containsExactly(112, 98);
        assertThatThrownBy(() -> CmapssReader.readTruth(new StringReader("112 \n-3\n"), "r"))
                .hasMessageContaining("r:2: RUL -3 is negative");
        assertThatThrownBy(() -> CmapssReader.readTruth(new StringReader("1.5\n"), "r"))
                .hasMessageContaining("r:1: RUL: '1.5' is not an integer");
    }

    @Test
    void shouldReadTheRealFd001AsTheReadmeCountsIt() throws Exception {
        Path train = DATA.resolve("train_FD001.txt");
        assumeTrue(Files.isReadable(train), "C-MAPSS not present: " + train.toAbsolutePath());
        List<EngineUnit> units = CmapssReader.readUnits(train);
        assertThat(units).hasSize(100);
        assertThat(units.stream().mapToInt(EngineUnit::length).sum()).isEqualTo(20631);
        List<EngineUnit> test = CmapssReader.readUnits(DATA.resolve("test_FD001.txt"));
        int[] truth = CmapssReader.readTruth(DATA.resolve("RUL_FD001.txt"));
        assertThat(test).hasSize(100);
        assertThat(test.stream().mapToInt(EngineUnit::length).sum()).isEqualTo(13096);
        assertThat(truth).hasSize(100).startsWith(112, 98, 69);
    }
}

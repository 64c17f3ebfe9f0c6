package com.kcspeedshop.collector.obd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every row of the PID table, fed its boundary inputs; and the table's own invariants. */
class PidTableTest extends PlausibilityAssertions {

    private final ObdDecoder decoder = ObdDecoder.standard();

    static Stream<PidSpec> rows() {
        return PidTable.rows().stream();
    }

    @ParameterizedTest(name = "PID 0x{0}")
    @MethodSource("rows")
    void shouldDecodeAllZeroAndAllOnesDataInsideTheDeclaredRanges(PidSpec row) {
        for (int fill : new int[] {0x00, 0xFF}) {
            byte[] message = new byte[row.length() + 2];
            Arrays.fill(message, (byte) fill);
            message[0] = 0x41;
            message[1] = (byte) row.pid();
            List<ObdDecodeResult> results = decoder.decode("7E8", message);

            assertThat(results).as("PID 0x%02X filled with %02X", row.pid(), fill).hasSize(1)
                    .noneMatch(r -> r instanceof DecodeError);
            assertPlausible(results);
        }
    }

    @ParameterizedTest(name = "PID 0x{0}")
    @MethodSource("rows")
    void shouldDecodeTheSameRowAsAFreezeFrame(PidSpec row) {
        byte[] message = new byte[row.length() + 3];
        Arrays.fill(message, (byte) 0xFF);
        message[0] = 0x42;
        message[1] = (byte) row.pid();
        message[2] = 0x01;
        List<ObdDecodeResult> results = decoder.decode("7E8", message);

        assertThat(results).hasSize(1).noneMatch(r -> r instanceof DecodeError);
        assertPlausible(results);
    }

    @Test
    void shouldCoverEveryStandardPidFrom00ToA9AndTheC0Bitmap() {
        List<Integer> pids = PidTable.rows().stream().map(PidSpec::pid).toList();
        for (int pid = 0x00; pid <= 0x94; pid++) {
            assertThat(pids).as("PID 0x%02X", pid).contains(pid);
        }
        for (int pid = 0x98; pid <= 0xA9; pid++) {
            assertThat(pids).as("PID 0x%02X", pid).contains(pid);
        }
        assertThat(pids).contains(0xC0).hasSize(168);
    }

    @Test
    void shouldUseThePlatformsNamesAndUnits() {
        assertSignal(0x04, "ENGINE_LOAD", "%");
        assertSignal(0x05, "COOLANT_TEMP", "degC");
        assertSignal(0x06, "SHORT_FUEL_TRIM_1", "%");
        assertSignal(0x07, "LONG_FUEL_TRIM_1", "%");
        assertSignal(0x0C, "ENGINE_RPM", "rpm");
        assertSignal(0x0D, "VEHICLE_SPEED", "km/h");
        assertSignal(0x42, "CONTROL_MODULE_VOLTAGE", "V");
    }

    @Test
    void shouldDeclareTheJ1979RangesOfThePlatformSignals() {
        PLATFORM_RANGES.forEach((name, range) -> {
            assertThat(PidTable.signal(name).min()).as(name).isEqualTo(range[0]);
            assertThat(PidTable.signal(name).max()).as(name).isEqualTo(range[1]);
        });
    }

    @Test
    void shouldHaveSaneLengthsAndDescriptions() {
        assertThat(PidTable.rows()).allSatisfy(row -> {
            assertThat(row.length()).isBetween(1, 41);
            assertThat(row.description()).isNotBlank();
        });
    }

    private static void assertSignal(int pid, String name, String unit) {
        PidSpec row = PidTable.lookup(pid);
        assertThat(row.signals()).extracting(SignalSpec::name).containsExactly(name);
        assertThat(row.signals().get(0).unit()).isEqualTo(unit);
    }
}

package com.kcspeedshop.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VehicleHealthStateCodecTest {

    private final VehicleHealthEngine engine = VehicleHealthEngine.defaults();

    /** A drive with every kind of state in use: warm-up, trims, voltages, idle, an overheat episode. */
    private static List<ObdReading> drive() {
        Readings r = Readings.of();
        for (int s = 0; s < 900; s++) {
            boolean stopped = s % 120 > 80;
            r.at(s, "ENGINE_RPM", stopped ? 750 + (s % 3) * 10 : 2000 + (s % 7) * 50)
                    .at(s, "VEHICLE_SPEED", stopped ? 0 : 60)
                    .at(s, "COOLANT_TEMP", Math.min(112, 40 + s * 0.2))
                    .at(s, "SHORT_FUEL_TRIM_1", (s % 11) - 5)
                    .at(s, "LONG_FUEL_TRIM_1", 3)
                    .at(s, "CONTROL_MODULE_VOLTAGE", 14.0 + (s % 5) * 0.02)
                    .at(s, "CATALYST_TEMP_B1S1", 500)
                    .at(s, "CATALYST_TEMP_B1S2", 480);
        }
        return r.list();
    }

    @Test
    void shouldContinueIdenticallyAfterAnEncodeDecodeRoundTrip() {
        List<ObdReading> readings = drive();
        List<HealthOutput> straight = new ArrayList<>();
        VehicleHealthState s1 = new VehicleHealthState();
        for (ObdReading r : readings) {
            engine.onReading(s1, r, HealthReference.sink(straight));
        }
        // the same, but the state goes through its binary form after every 97th reading (as Flink state would)
        List<HealthOutput> restored = new ArrayList<>();
        VehicleHealthState s2 = new VehicleHealthState();
        for (int i = 0; i < readings.size(); i++) {
            engine.onReading(s2, readings.get(i), HealthReference.sink(restored));
            if (i % 97 == 0) {
                byte[] bytes = s2.encode();
                s2 = VehicleHealthState.decode(bytes);
                assertThat(s2.encode()).isEqualTo(bytes);
            }
        }
        assertThat(straight).isNotEmpty();
        assertThat(HealthReference.alerts(straight)).isNotEmpty();
        assertThat(restored).isEqualTo(straight);
        assertThat(s2.encode()).isEqualTo(s1.encode());
    }

    @Test
    void shouldCarryWhatWaitsForTheWatermarkThroughTheBinaryForm() {
        VehicleHealthEngine awaiting = engine.awaitingWatermark();
        List<ObdReading> readings = drive();
        List<DtcReport> reports = List.of(
                new DtcReport(Readings.VIN, "test", 1, Readings.T0.plusSeconds(95), "7E8", DtcKind.STORED,
                        List.of("P0128")),
                new DtcReport(Readings.VIN, "test", 2, Readings.T0.plusSeconds(400), "7E8", DtcKind.STORED,
                        List.of()));
        List<HealthOutput> straight = new ArrayList<>();
        VehicleHealthState s1 = new VehicleHealthState();
        reports.forEach(d -> awaiting.onDtcReport(s1, d, HealthReference.sink(straight)));
        readings.forEach(r -> awaiting.onReading(s1, r, HealthReference.sink(straight)));
        assertThat(s1.pendingCount()).as("two reports and every closed interval wait").isGreaterThan(80);

        VehicleHealthState s2 = VehicleHealthState.decode(s1.encode());
        assertThat(s2.encode()).isEqualTo(s1.encode());
        List<HealthOutput> restored = new ArrayList<>(straight);
        awaiting.flush(s1, Long.MAX_VALUE, HealthReference.sink(straight));
        awaiting.flush(s2, Long.MAX_VALUE, HealthReference.sink(restored));
        assertThat(restored).isEqualTo(straight);
        assertThat(s1.pendingCount()).isZero();

        // and all of it equals the engine fed in capture order (the reference), per output kind
        List<HealthOutput> ordered = new HealthReference(engine).compute(readings, reports);
        VehicleHealthState last = new VehicleHealthState();
        readings.forEach(r -> engine.onReading(last, r, HealthReference.sink(new ArrayList<>())));
        List<HealthOutput> tail = new ArrayList<>();
        engine.flush(last, Long.MAX_VALUE, HealthReference.sink(tail));
        List<HealthOutput> expected = new ArrayList<>(ordered);
        expected.addAll(HealthReference.scores(tail).stream().map(HealthOutput::of).toList()); // the last interval
        assertThat(HealthReference.scores(straight)).isEqualTo(HealthReference.scores(expected));
        assertThat(HealthReference.scores(straight)).anySatisfy(sc -> assertThat(sc.contributions().toString())
                .contains("DTC_P0128"));
    }

    @Test
    void shouldRefuseACorruptQueue() {
        VehicleHealthState s = new VehicleHealthState();
        engine.awaitingWatermark().onDtcReport(s, new DtcReport(Readings.VIN, "test", 1, Readings.T0, "7E8",
                DtcKind.STORED, List.of("P0128")), HealthReference.sink(new ArrayList<>()));
        byte[] good = s.encode();
        VehicleHealthState bare = new VehicleHealthState();
        bare.bind(Readings.VIN);
        int countAt = bare.encode().length - 4; // the same state with an empty queue ends with the queue's count
        byte[] badKind = good.clone();
        badKind[countAt + 4] = 7; // the first item's kind
        byte[] badCount = good.clone();
        badCount[countAt] = 0x7f;
        assertThatThrownBy(() -> VehicleHealthState.decode(badCount)).isInstanceOf(StateCodecException.class)
                .hasMessageContaining("pending items");
        assertThatThrownBy(() -> VehicleHealthState.decode(badKind)).isInstanceOf(StateCodecException.class)
                .hasMessageContaining("pending item kind 7");
        byte[] truncated = Arrays.copyOf(good, good.length - 2);
        assertThatThrownBy(() -> VehicleHealthState.decode(truncated)).isInstanceOf(StateCodecException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void shouldKeepTheStateSmallAndBounded() {
        VehicleHealthState s = new VehicleHealthState();
        List<HealthOutput> sink = new ArrayList<>();
        for (ObdReading r : drive()) {
            engine.onReading(s, r, HealthReference.sink(sink));
        }
        int afterDrive = s.encode().length;
        // a report with hundreds of codes cannot grow it without bound
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            codes.add(String.format("P%04d", i));
        }
        engine.onDtcReport(s, new DtcReport(Readings.VIN, "test", 1, Readings.T0.plusSeconds(901), "7E|8",
                DtcKind.STORED, codes), HealthReference.sink(sink));
        int withCodes = s.encode().length;
        assertThat(VehicleHealthState.decode(s.encode()).encode()).isEqualTo(s.encode()); // odd ECU name included
        assertThat(afterDrive).isLessThan(12_000);
        assertThat(withCodes - afterDrive).isLessThanOrEqualTo(64 * (2 + 18 + 8));
    }

    @Test
    void shouldRefuseBytesThatAreNotAState() {
        byte[] good = new VehicleHealthState().encode();
        assertThatThrownBy(() -> VehicleHealthState.decode(null)).isInstanceOf(StateCodecException.class);
        assertThatThrownBy(() -> VehicleHealthState.decode(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(StateCodecException.class).hasMessageContaining("magic");
        byte[] newer = good.clone();
        newer[2] = (byte) (VehicleHealthState.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> VehicleHealthState.decode(newer))
                .isInstanceOf(StateCodecException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> VehicleHealthState.decode(Arrays.copyOf(good, good.length - 3)))
                .isInstanceOf(StateCodecException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> VehicleHealthState.decode(Arrays.copyOf(good, good.length + 1)))
                .isInstanceOf(StateCodecException.class).hasMessageContaining("trailing");
    }

    @Test
    void shouldRefuseAnotherVehiclesReading() {
        VehicleHealthState s = new VehicleHealthState();
        List<HealthOutput> sink = new ArrayList<>();
        engine.onReading(s, Readings.of().at(0, "ENGINE_RPM", 800).list().get(0), HealthReference.sink(sink));
        ObdReading other = new Readings(Readings.VIN_2).at(1, "ENGINE_RPM", 800).list().get(0);
        assertThatThrownBy(() -> engine.onReading(s, other, HealthReference.sink(sink)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Readings.VIN_2);
    }
}

package com.kcspeedshop.health.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.Readings;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.VehicleHealthState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthReferenceTest {

    private final VehicleHealthEngine engine = VehicleHealthEngine.defaults();

    @Test
    void shouldGroupOutputsByVinInTheOrderTheEngineEmittedThem() {
        Readings a = new Readings(Readings.VIN_2);
        Readings b = Readings.of();
        for (int s = 0; s < 60; s++) {
            a.at(s, "COOLANT_TEMP", 90);
            b.at(s, "COOLANT_TEMP", 110);
        }
        List<ObdReading> mixed = new ArrayList<>(a.list());
        mixed.addAll(b.list());
        List<HealthOutput> out = new HealthReference(engine).compute(mixed, List.of());
        // VINs sorted: 1HGC... before WVWZ...
        int firstOfSecond = 0;
        while (out.get(firstOfSecond).vin().equals(Readings.VIN)) {
            firstOfSecond++;
        }
        assertThat(out.subList(firstOfSecond, out.size())).allMatch(o -> o.vin().equals(Readings.VIN_2));
        // each VIN's outputs equal a direct run of the engine over that VIN's readings alone
        VehicleHealthState state = new VehicleHealthState();
        List<HealthOutput> direct = new ArrayList<>();
        for (ObdReading r : b.list()) {
            engine.onReading(state, r, HealthReference.sink(direct));
        }
        assertThat(out.subList(0, firstOfSecond)).isEqualTo(direct);
        assertThat(HealthReference.alerts(direct)).isNotEmpty();
    }

    @Test
    void shouldMergeTroubleCodeReportsByCaptureTime() {
        Readings r = Readings.of();
        for (int s = 0; s < 30; s++) {
            r.at(s, "COOLANT_TEMP", 90);
        }
        DtcReport report = new DtcReport(Readings.VIN, "test", 1, Readings.T0.plusSeconds(15), null, DtcKind.PENDING,
                List.of("P0302"));
        List<HealthOutput> out = new HealthReference(engine).compute(r.list(), List.of(report));
        // scores at 10 s, the DTC alert at 15 s, then scores at 20 s, which now include the pending code's penalty
        assertThat(out).extracting(HealthOutput::kind).containsExactly(HealthOutput.Kind.SCORE,
                HealthOutput.Kind.SCORE, HealthOutput.Kind.ALERT, HealthOutput.Kind.SCORE, HealthOutput.Kind.SCORE,
                HealthOutput.Kind.SCORE);
        assertThat(out.get(4).score().subsystem()).isEqualTo("ignition");
        assertThat(out.get(4).score().score()).isEqualTo(90);
    }
}

package com.kcspeedshop.health.alert;

import static com.kcspeedshop.health.Readings.alerts;
import static com.kcspeedshop.health.Readings.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.DtcKind;
import com.kcspeedshop.events.DtcReport;
import com.kcspeedshop.health.Readings;
import com.kcspeedshop.health.VehicleHealthEngine;
import com.kcspeedshop.health.reference.HealthOutput;
import com.kcspeedshop.health.reference.HealthReference;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEpisodeTest {

    private final VehicleHealthEngine engine = VehicleHealthEngine.defaults();

    @Test
    void shouldNotAlertTwiceForOneOverheatEpisode() {
        Readings r = Readings.of().idling(0, 60, 95);
        for (int s = 60; s < 300; s++) {
            r.at(s, "COOLANT_TEMP", 108 + (s % 3)); // hot for 4 minutes, wobbling by 2 degC
        }
        r.idling(300, 420, 92);
        List<Alert> overheating = alerts(Readings.run(engine, r.list()), "overheating");
        assertThat(overheating).extracting(Alert::state).containsExactly(AlertState.RAISED, AlertState.CLEARED);
        Alert raised = overheating.get(0);
        // sustained 30 s from the first hot reading at 60 s
        assertThat(raised.at()).isEqualTo(Readings.T0.plusSeconds(90));
        assertThat(raised.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(overheating.get(1).alertId()).isEqualTo(raised.alertId());
        // cleared after 60 s below the clear threshold
        assertThat(overheating.get(1).at()).isEqualTo(Readings.T0.plusSeconds(360));
    }

    @Test
    void shouldIgnoreAHotSpikeShorterThanTheSustainPeriod() {
        Readings r = Readings.of().idling(0, 60, 95);
        for (int s = 60; s < 80; s++) {
            r.at(s, "COOLANT_TEMP", 112);
        }
        r.idling(80, 200, 95);
        assertThat(alerts(Readings.run(engine, r.list()), "overheating")).isEmpty();
    }

    @Test
    void shouldUpdateOnceWhenSeverityEscalatesAndKeepTheEpisodeId() {
        Readings r = Readings.of().idling(0, 10, 95);
        for (int s = 10; s < 60; s++) {
            r.at(s, "COOLANT_TEMP", 107);
        }
        for (int s = 60; s < 90; s++) {
            r.at(s, "COOLANT_TEMP", 116 + (s % 2)); // critical, still varying a little
        }
        List<Alert> overheating = alerts(Readings.run(engine, r.list()), "overheating");
        assertThat(overheating).extracting(Alert::state).containsExactly(AlertState.RAISED, AlertState.UPDATED);
        assertThat(overheating.get(1).severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(overheating.get(1).alertId()).isEqualTo(overheating.get(0).alertId());
    }

    @Test
    void shouldGiveANewEpisodeANewDeterministicId() {
        Readings r = Readings.of();
        for (int s = 0; s < 100; s++) {
            r.at(s, "COOLANT_TEMP", 110);
        }
        for (int s = 100; s < 200; s++) {
            r.at(s, "COOLANT_TEMP", 90);
        }
        for (int s = 200; s < 300; s++) {
            r.at(s, "COOLANT_TEMP", 110);
        }
        List<Alert> first = alerts(Readings.run(engine, r.list()), "overheating");
        List<Alert> again = alerts(Readings.run(engine, r.list()), "overheating");
        assertThat(count(first, AlertState.RAISED)).isEqualTo(2);
        assertThat(first.get(0).alertId()).isNotEqualTo(first.get(2).alertId());
        assertThat(again).isEqualTo(first);
        assertThat(first.get(0).alertId())
                .isEqualTo(AlertIds.of(Readings.VIN, Rule.OVERHEATING, "coolant", Readings.T0.toEpochMilli()));
    }

    @Test
    void shouldRaiseLowBatteryOnlyWithTheEngineKnownOff() {
        Readings off = Readings.of();
        Readings unknown = Readings.of();
        for (int s = 0; s < 120; s++) {
            off.at(s, "ENGINE_RPM", 0).at(s, "CONTROL_MODULE_VOLTAGE", 11.9);
            unknown.at(s, "CONTROL_MODULE_VOLTAGE", 11.9); // no RPM reported: engine state unknown
        }
        List<Alert> raised = alerts(Readings.run(engine, off.list()), "battery-low-engine-off");
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertState.RAISED);
            assertThat(a.at()).isEqualTo(Readings.T0.plusSeconds(60));
        });
        assertThat(alerts(Readings.run(engine, unknown.list()), "battery-low-engine-off")).isEmpty();
    }

    @Test
    void shouldNotAlertOnShortFuelTrimSwingsButOnASustainedLeanCondition() {
        Readings swings = Readings.of();
        Readings lean = Readings.of();
        for (int s = 0; s < 300; s++) {
            swings.at(s, "ENGINE_RPM", 2000).at(s, "LONG_FUEL_TRIM_1", 2)
                    .at(s, "SHORT_FUEL_TRIM_1", s % 20 < 5 ? 25 : -3); // enrichment bursts
            lean.at(s, "ENGINE_RPM", 2000).at(s, "LONG_FUEL_TRIM_1", 12).at(s, "SHORT_FUEL_TRIM_1", 6);
        }
        assertThat(alerts(Readings.run(engine, swings.list()), "fuel-trim")).isEmpty();
        List<Alert> leanAlerts = alerts(Readings.run(engine, lean.list()), "fuel-trim");
        assertThat(leanAlerts).singleElement().satisfies(a -> {
            assertThat(a.message()).contains("+18.0 %", "lean");
            assertThat(a.at()).isEqualTo(Readings.T0.plusSeconds(60));
        });
    }

    @Test
    void shouldRaiseAndClearEachTroubleCodeOnce() {
        DtcReport first = new DtcReport(Readings.VIN, "test", 1, Readings.T0, "7E8", DtcKind.STORED,
                List.of("P0301"));
        DtcReport same = new DtcReport(Readings.VIN, "test", 2, Readings.T0.plusSeconds(10), "7E8", DtcKind.STORED,
                List.of("P0301"));
        DtcReport more = new DtcReport(Readings.VIN, "test", 3, Readings.T0.plusSeconds(20), "7E8", DtcKind.STORED,
                List.of("P0171", "P0301"));
        DtcReport none = new DtcReport(Readings.VIN, "test", 4, Readings.T0.plusSeconds(30), "7E8", DtcKind.STORED,
                List.of());
        List<HealthOutput> out = new HealthReference(engine).compute(List.of(), List.of(first, same, more, none));
        List<Alert> dtc = alerts(out, "dtc");
        assertThat(dtc).extracting(Alert::state, Alert::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertState.RAISED, "stored trouble code P0301 reported by ECU 7E8"),
                org.assertj.core.groups.Tuple.tuple(AlertState.RAISED, "stored trouble code P0171 reported by ECU 7E8"),
                org.assertj.core.groups.Tuple.tuple(AlertState.CLEARED, "stored trouble code P0171 cleared by ECU 7E8"),
                org.assertj.core.groups.Tuple.tuple(AlertState.CLEARED, "stored trouble code P0301 cleared by ECU 7E8"));
        assertThat(dtc.get(0).alertId()).isEqualTo(dtc.get(3).alertId());
        assertThat(dtc.get(1).alertId()).isEqualTo(dtc.get(2).alertId());
    }

    @Test
    void shouldRaiseMisfireOnARoughSteadyIdleOnly() {
        Readings smooth = Readings.of();
        Readings rough = Readings.of();
        for (int s = 0; s < 120; s++) {
            smooth.at(s, "VEHICLE_SPEED", 0).at(s + 0.5, "ENGINE_RPM", 750 + (s % 2) * 30);
            rough.at(s, "VEHICLE_SPEED", 0).at(s + 0.5, "ENGINE_RPM", s % 2 == 0 ? 800 : 600);
        }
        assertThat(alerts(Readings.run(engine, smooth.list()), "misfire")).isEmpty();
        assertThat(alerts(Readings.run(engine, rough.list()), "misfire")).extracting(Alert::state)
                .containsExactly(AlertState.RAISED);
    }

    @Test
    void shouldRaiseHealthLowWhenTheOverallScoreStaysLow() {
        Readings r = Readings.of();
        for (int s = 0; s < 120; s++) {
            r.at(s, "COOLANT_TEMP", s < 20 ? 90 : 125); // cooling 100 - 60 = 40 from the third interval on
        }
        List<Alert> low = alerts(Readings.run(engine, r.list()), "health-low");
        assertThat(low).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertState.RAISED);
            assertThat(a.severity()).isEqualTo(AlertSeverity.WARNING);
            assertThat(a.message()).isEqualTo("overall health 40 below 50");
            // first low interval ends at 30 s; sustained 30 s
            assertThat(a.at()).isEqualTo(Readings.T0.plusSeconds(60));
        });
    }

    @Test
    void shouldRefuseThresholdsWithoutHysteresis() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AlertSettings(105, 115, 106, 70, 75, 12.2, 11.8,
                12.4, 13.0, 12.4, 13.4, 15, 25, 10, 20_000, 80, 50, 25, 65, 30_000, 60_000, 10_000, 30_000, 64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overheat");
    }
}

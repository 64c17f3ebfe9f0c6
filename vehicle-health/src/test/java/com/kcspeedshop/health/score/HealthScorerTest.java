package com.kcspeedshop.health.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kcspeedshop.events.HealthContribution;
import com.kcspeedshop.events.HealthScore;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HealthScorerTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final double NAN = Double.NaN;

    private static ScoreInputs inputs(double coolant, double trim1, double jitter, double charging, double resting) {
        return new ScoreInputs(coolant, false, trim1, NAN, jitter, charging, resting, NAN, NAN, new TreeMap<>());
    }

    @Test
    void shouldScoreAHealthyCarAt100WithNoContributions() {
        List<HealthScore> scores = HealthScorer.score(VIN, 10_000, inputs(90, 2, 20, 14.1, 12.6));
        assertThat(scores).extracting(HealthScore::subsystem)
                .containsExactly("cooling", "fuel_air", "ignition", "charging", "overall");
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.score()).isEqualTo(100);
            assertThat(s.contributions()).isEmpty();
        });
        assertThat(scores.get(0).computedAt().toEpochMilli()).isEqualTo(10_000);
    }

    @Test
    void shouldCostPointsLinearlyBetweenThresholdAndFullPenalty() {
        // coolant 110 degC: (110 - 100) / (120 - 100) * 60 = 30 points -> cooling 70
        // total trim +17.5 %: (17.5 - 10) / (25 - 10) * 50 = 25 points -> fuel_air 75
        // charging 12.6 V: (12.6 - 13.2) / (12.0 - 13.2) * 60 = 30 points -> charging 70
        List<HealthScore> scores = HealthScorer.score(VIN, 10_000, inputs(110, 17.5, NAN, 12.6, NAN));
        assertThat(scores).extracting(HealthScore::subsystem)
                .containsExactly("cooling", "fuel_air", "charging", "overall");
        assertThat(scores.get(0).score()).isCloseTo(70, within(1e-9));
        assertThat(scores.get(1).score()).isCloseTo(75, within(1e-9));
        assertThat(scores.get(2).score()).isCloseTo(70, within(1e-9));
        HealthContribution coolant = scores.get(0).contributions().get(0);
        assertThat(coolant.signal()).isEqualTo("COOLANT_TEMP");
        assertThat(coolant.value()).isEqualTo(110);
        assertThat(coolant.threshold()).isEqualTo(100);
        assertThat(coolant.penalty()).isCloseTo(30, within(1e-9));
        // overall = the worst subsystem; its explanation lists the largest penalties first, ties by signal name
        HealthScore overall = scores.get(3);
        assertThat(overall.score()).isCloseTo(70, within(1e-9));
        assertThat(overall.contributions()).extracting(HealthContribution::signal)
                .containsExactly("BATTERY_V_CHARGING", "COOLANT_TEMP", "TOTAL_FUEL_TRIM_1");
    }

    @Test
    void shouldCapPenaltiesAndNeverGoBelowZero() {
        ScoreInputs in = new ScoreInputs(130, true, NAN, NAN, NAN, NAN, NAN, NAN, NAN, new TreeMap<>());
        HealthScore cooling = HealthScorer.score(VIN, 0, in).get(0);
        // hot ramp capped at 60; the cold ramp does not apply to a hot engine
        assertThat(cooling.score()).isEqualTo(40);
        TreeMap<String, Boolean> dtcs = new TreeMap<>();
        for (String code : List.of("P0300", "P0301", "P0302", "P0303", "P0304", "P0305")) {
            dtcs.put(code, true);
        }
        HealthScore ignition = HealthScorer.score(VIN, 0,
                new ScoreInputs(NAN, false, NAN, NAN, 300, NAN, NAN, NAN, NAN, dtcs)).get(0);
        assertThat(ignition.subsystem()).isEqualTo("ignition");
        assertThat(ignition.score()).isZero(); // 50 + 6 x 20 points
        assertThat(ignition.contributions()).hasSize(HealthScorer.TOP);
    }

    @Test
    void shouldTreatMissingSignalsAsUnknownNotAsUnhealthy() {
        assertThat(HealthScorer.score(VIN, 0, inputs(NAN, NAN, NAN, NAN, NAN))).isEmpty();
        List<HealthScore> coolingOnly = HealthScorer.score(VIN, 0, inputs(95, NAN, NAN, NAN, NAN));
        assertThat(coolingOnly).extracting(HealthScore::subsystem).containsExactly("cooling", "overall");
    }

    @Test
    void shouldPenaliseAWarmedUpEngineRunningCold() {
        // (65 - 80) / (60 - 80) * 30 = 22.5 points
        ScoreInputs in = new ScoreInputs(65, true, NAN, NAN, NAN, NAN, NAN, NAN, NAN, new TreeMap<>());
        assertThat(HealthScorer.score(VIN, 0, in).get(0).score()).isCloseTo(77.5, within(1e-9));
    }

    @Test
    void shouldMapTroubleCodesToTheirSubsystem() {
        assertThat(Subsystem.ofDtc("P0128")).isEqualTo(Subsystem.COOLING);
        assertThat(Subsystem.ofDtc("P0171")).isEqualTo(Subsystem.FUEL_AIR);
        assertThat(Subsystem.ofDtc("P0302")).isEqualTo(Subsystem.IGNITION);
        assertThat(Subsystem.ofDtc("P0420")).isEqualTo(Subsystem.EMISSIONS);
        assertThat(Subsystem.ofDtc("P0562")).isEqualTo(Subsystem.CHARGING);
        assertThat(Subsystem.ofDtc("U0100")).isNull();
    }
}

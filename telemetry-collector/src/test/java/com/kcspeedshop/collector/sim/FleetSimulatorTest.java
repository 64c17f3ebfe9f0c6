package com.kcspeedshop.collector.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.ObdReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FleetSimulatorTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void shouldProduceIdenticalReadingsForTheSameSeedAndClock() {
        List<ObdReading> first = simulate(SimulatorSettings.defaults(5).withSeed(99).withSourceId("sim-a"), 300);
        List<ObdReading> second = simulate(SimulatorSettings.defaults(5).withSeed(99).withSourceId("sim-a"), 300);
        assertThat(first).hasSize(5 * 300 * 7).isEqualTo(second);
    }

    @Test
    void shouldProduceADifferentFleetForAnotherSeed() {
        List<ObdReading> one = simulate(SimulatorSettings.defaults(5).withSeed(1).withSourceId("sim-a"), 300);
        List<ObdReading> other = simulate(SimulatorSettings.defaults(5).withSeed(2).withSourceId("sim-a"), 300);
        assertThat(vinsOf(one)).doesNotContainAnyElementsOf(vinsOf(other));
        assertThat(valuesOf(one, "VEHICLE_SPEED")).isNotEqualTo(valuesOf(other, "VEHICLE_SPEED"));
    }

    @Test
    void shouldGiveEveryCarADistinctValidVin() {
        FleetSimulator simulator = new FleetSimulator(SimulatorSettings.defaults(500), new CollectingPublisher(),
                Clock.fixed(T0, java.time.ZoneOffset.UTC));
        assertThat(simulator.vins()).hasSize(500).doesNotHaveDuplicates()
                .allSatisfy(vin -> assertThat(VinGenerator.isValid(vin)).as(vin).isTrue());
    }

    @Test
    void shouldPublishEachCarsTickAsOneCycleOfEverySignal() {
        CollectingPublisher publisher = new CollectingPublisher();
        FleetSimulator simulator = new FleetSimulator(SimulatorSettings.defaults(3).withRateHz(4), publisher,
                new SteppedClock(T0));
        simulator.runTicks(2);

        List<List<ObdReading>> cycles = publisher.cycles();
        List<String> signals = Arrays.stream(Signal.values()).map(Signal::name).toList();
        assertThat(cycles).hasSize(3 * 2).allSatisfy(cycle -> {
            assertThat(cycle).extracting(ObdReading::signal).containsExactlyElementsOf(signals);
            assertThat(cycle).extracting(ObdReading::vin).containsOnly(cycle.get(0).vin());
            assertThat(cycle).extracting(ObdReading::capturedAt).containsOnly(cycle.get(0).capturedAt());
        });
        assertThat(cycles).extracting(cycle -> cycle.get(0).vin())
                .containsExactlyElementsOf(Stream.concat(simulator.vins().stream(), simulator.vins().stream())
                        .toList());
        assertThat(cycles.stream().flatMap(List::stream).toList()).isEqualTo(publisher.readings());
    }

    @Test
    void shouldEmitEverySignalOfEveryCarOnEachTickStampedWithSimulatedTime() {
        SimulatorSettings settings = SimulatorSettings.defaults(3).withRateHz(4).withSourceId("sim-t");
        CollectingPublisher publisher = new CollectingPublisher();
        FleetSimulator simulator = new FleetSimulator(settings, publisher, new SteppedClock(T0));
        assertThat(simulator.runTicks(10)).isEqualTo(3 * 7 * 10);

        List<ObdReading> readings = publisher.readings();
        Set<Instant> times = readings.stream().map(ObdReading::capturedAt).collect(Collectors.toSet());
        assertThat(times).hasSize(10).contains(T0, T0.plus(Duration.ofMillis(250 * 9)));
        assertThat(readings).allSatisfy(reading -> {
            assertThat(reading.source()).isEqualTo("sim-t");
            assertThat(reading.ecu()).isEqualTo("7E8");
        });
        Set<String> signals = Arrays.stream(Signal.values()).map(Signal::name).collect(Collectors.toSet());
        for (String vin : simulator.vins()) {
            assertThat(readings.stream().filter(r -> r.vin().equals(vin)).map(ObdReading::signal))
                    .containsOnlyElementsOf(signals).hasSize(70);
        }
    }

    @Test
    void shouldContinueSimulatedTimeAcrossCallsOfRunTicks() {
        CollectingPublisher publisher = new CollectingPublisher();
        FleetSimulator simulator = new FleetSimulator(SimulatorSettings.defaults(1), publisher, new SteppedClock(T0));
        simulator.runTicks(2);
        simulator.runTicks(1);
        assertThat(publisher.readings().get(publisher.size() - 1).capturedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void shouldNumberReadingsStrictlyIncreasingAlsoAfterARestart() {
        SteppedClock clock = new SteppedClock(T0);
        CollectingPublisher beforeRestart = new CollectingPublisher();
        new FleetSimulator(SimulatorSettings.defaults(10), beforeRestart, clock).runTicks(200);
        clock.advance(Duration.ofSeconds(1));
        CollectingPublisher afterRestart = new CollectingPublisher();
        new FleetSimulator(SimulatorSettings.defaults(10), afterRestart, clock).runTicks(10);

        List<Long> sequences = new java.util.ArrayList<>();
        beforeRestart.readings().forEach(r -> sequences.add(r.sequence()));
        afterRestart.readings().forEach(r -> sequences.add(r.sequence()));
        for (int i = 1; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).as("sequence #%d", i).isGreaterThan(sequences.get(i - 1));
        }
    }

    @Test
    void shouldTickInRealTimeUntilClosedAndThenFlush() throws InterruptedException {
        CollectingPublisher publisher = new CollectingPublisher();
        FleetSimulator simulator = new FleetSimulator(SimulatorSettings.defaults(2).withRateHz(50), publisher,
                Clock.systemUTC());
        simulator.start();
        assertThatThrownBy(simulator::tick).isInstanceOf(IllegalStateException.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (publisher.size() < 2 * 7 * 5 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        simulator.close();

        int afterClose = publisher.size();
        assertThat(afterClose).isGreaterThanOrEqualTo(2 * 7 * 5);
        assertThat(afterClose % 14).as("only whole ticks").isZero();
        assertThat(publisher.flushes()).isEqualTo(1);
        assertThat(simulator.isRunning()).isFalse();
        assertThat(simulator.failedTicks()).isZero();
        Thread.sleep(100);
        assertThat(publisher.size()).as("nothing after close").isEqualTo(afterClose);
        List<Instant> times = publisher.readings().stream().map(ObdReading::capturedAt).distinct().toList();
        assertThat(times).isSorted();
    }

    @Test
    void shouldSkipMissedTicksRatherThanBurstAfterABlockedPublisher() throws InterruptedException {
        // the first reading blocks for ten tick intervals, like a send waiting for an unreachable broker
        CollectingPublisher blockingOnce = new CollectingPublisher() {
            private boolean blocked;

            @Override
            public synchronized void publish(ObdReading reading) {
                if (!blocked) {
                    blocked = true;
                    sleep(Duration.ofMillis(200));
                }
                super.publish(reading);
            }
        };
        FleetSimulator simulator = new FleetSimulator(SimulatorSettings.defaults(1).withRateHz(50), blockingOnce,
                Clock.systemUTC());
        simulator.start();
        Thread.sleep(400);
        simulator.close();

        List<Instant> times = blockingOnce.readings().stream().map(ObdReading::capturedAt).distinct().toList();
        assertThat(times.size()).isBetween(2, 15); // about 10 on an idle machine; a busy CI machine runs fewer
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).as("gap before tick %d", i)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(10));
        }
    }

    @Test
    void shouldRefuseToRunOnceClosed() {
        FleetSimulator simulator = new FleetSimulator(SimulatorSettings.defaults(1), new CollectingPublisher(),
                new SteppedClock(T0));
        simulator.close();
        simulator.close();
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> simulator.runTicks(1)).isInstanceOf(IllegalStateException.class);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<ObdReading> simulate(SimulatorSettings settings, int seconds) {
        SteppedClock clock = new SteppedClock(T0);
        CollectingPublisher publisher = new CollectingPublisher();
        FleetSimulator simulator = new FleetSimulator(settings, publisher, clock);
        for (int i = 0; i < seconds; i++) {
            simulator.tick();
            clock.advance(Duration.ofSeconds(1));
        }
        return publisher.readings();
    }

    private static Set<String> vinsOf(List<ObdReading> readings) {
        return readings.stream().map(ObdReading::vin).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<Double> valuesOf(List<ObdReading> readings, String signal) {
        return readings.stream().filter(r -> r.signal().equals(signal)).map(ObdReading::value).toList();
    }
}

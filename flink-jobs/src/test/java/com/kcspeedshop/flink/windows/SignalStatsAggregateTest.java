package com.kcspeedshop.flink.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.Test;

class SignalStatsAggregateTest {

    private final SignalStatsAggregate aggregate = new SignalStatsAggregate();

    @Test
    void shouldTrackMinMaxSumAndCount() {
        SignalStats stats = aggregate.createAccumulator();
        for (double value : new double[] {4, -2, 10}) {
            stats = aggregate.add(reading(value), stats);
        }

        assertThat(stats.min).isEqualTo(-2);
        assertThat(stats.max).isEqualTo(10);
        assertThat(stats.count).isEqualTo(3);
        assertThat(stats.mean()).isEqualTo(4);
        assertThat(stats.unit).isEqualTo("degC");
    }

    @Test
    void shouldMergeAsIfAllReadingsWereAddedToOneAccumulator() {
        SignalStats a = aggregate.add(reading(1), aggregate.add(reading(9), aggregate.createAccumulator()));
        SignalStats b = aggregate.add(reading(-5), aggregate.createAccumulator());

        SignalStats merged = aggregate.merge(a, b);

        assertThat(merged.min).isEqualTo(-5);
        assertThat(merged.max).isEqualTo(9);
        assertThat(merged.count).isEqualTo(3);
        assertThat(merged.mean()).isCloseTo(5.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(aggregate.merge(aggregate.createAccumulator(), b)).isSameAs(b);
    }

    @Test
    void accumulatorIsSerializedAsAPojoNotWithKryo() {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(SignalStats.class);
    }

    private static ObdReading reading(double value) {
        return new ObdReading("1HGCM82633A004352", "COOLANT_TEMP", value, "degC",
                Instant.parse("2026-01-01T00:00:01Z"), "test", 1);
    }
}

package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.events.ObdReadingBatch;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.junit.jupiter.api.Test;

/** The union type of the health operator's input. */
class HealthInputTest {

    private static final ObdReading READING = HealthTrips.of(1, 1).readings.get(0);

    @Test
    void shouldBeAnalysedByFlinkAsItsOwnFastTypeNotAGenericKryoType() {
        assertThat(TypeInformation.of(HealthInput.class)).isSameAs(HealthInputSerializer.TYPE);
    }

    @Test
    void shouldHoldExactlyOneEvent() {
        assertThatThrownBy(() -> new HealthInput(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthInput(ObdReadingBatch.of(READING), HealthTrips.of(1, 120).reports.get(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HealthInput.of(READING).vin()).isEqualTo(READING.vin());
        assertThat(HealthInput.of(READING).eventTimeMillis()).isEqualTo(READING.capturedAt().toEpochMilli());
    }
}

package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.StateCodecException;
import com.kcspeedshop.health.VehicleHealthEngine;
import java.io.IOException;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class VehicleSlotSerializerTest {

    private static VehicleSlot slotAfter(int readings) {
        HealthTrips trips = HealthTrips.of(1, 120);
        VehicleSlot slot = new VehicleSlot();
        HealthOutputs ignored = new HealthOutputs() {
            @Override
            public void score(HealthScore score) {
            }

            @Override
            public void anomaly(Anomaly anomaly) {
            }

            @Override
            public void alert(Alert alert) {
            }
        };
        VehicleHealthEngine engine = VehicleHealthEngine.defaults().awaitingWatermark();
        for (ObdReading r : trips.readings.subList(0, readings)) {
            engine.onReading(slot.health, r, ignored);
        }
        slot.readingSources.put("elm-1", 41L);
        slot.readingSources.put("réplay", Long.MAX_VALUE);
        slot.reportSources.put("elm-1", 3L);
        return slot;
    }

    @Test
    void shouldRoundTripTheEngineStateAndBothSourceMaps() throws IOException {
        VehicleSlot slot = slotAfter(300);
        DataOutputSerializer out = new DataOutputSerializer(1024);
        VehicleSlotSerializer.INSTANCE.serialize(slot, out);
        VehicleSlot back = VehicleSlotSerializer.INSTANCE.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(back.health.encode()).isEqualTo(slot.health.encode());
        assertThat(back.readingSources).isEqualTo(slot.readingSources);
        assertThat(back.reportSources).isEqualTo(slot.reportSources);
    }

    @Test
    void shouldCopyDeeplySoASnapshotInFlightKeepsItsOwnMaps() {
        VehicleSlot slot = slotAfter(10);
        VehicleSlot copy = VehicleSlotSerializer.INSTANCE.copy(slot);
        slot.readingSources.put("elm-1", 99L);
        slot.reportSources.clear();

        assertThat(copy.readingSources).containsEntry("elm-1", 41L);
        assertThat(copy.reportSources).containsEntry("elm-1", 3L);
        assertThat(copy.health).isNotSameAs(slot.health);
        assertThat(copy.health.encode()).isEqualTo(slot.health.encode());
    }

    @Test
    void shouldRefuseAnUnknownFormatWithAReason() {
        assertThatThrownBy(() -> VehicleSlotSerializer.INSTANCE.deserialize(new DataInputDeserializer(new byte[] {9})))
                .isInstanceOf(StateCodecException.class).hasMessageContaining("format 9");
    }
}

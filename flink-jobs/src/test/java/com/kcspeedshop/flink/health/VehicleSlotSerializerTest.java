package com.kcspeedshop.flink.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.Anomaly;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.ObdReading;
import com.kcspeedshop.flink.ingest.SeenSequences;
import com.kcspeedshop.health.HealthOutputs;
import com.kcspeedshop.health.StateCodecException;
import com.kcspeedshop.health.VehicleHealthEngine;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
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
        slot.admitReadings("réplay", Long.MAX_VALUE);
        slot.admitReadings("elm-1", 40L);
        slot.admitReadings("elm-1", 41L); // the hot source: held beside the map
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
        assertThat(back.readingSources()).isEqualTo(Map.of("elm-1", 41L, "réplay", Long.MAX_VALUE))
                .isEqualTo(slot.readingSources());
        assertThat(back.reportSources).isEqualTo(slot.reportSources);
    }

    @Test
    void shouldCopyDeeplySoASnapshotInFlightKeepsItsOwnMaps() {
        VehicleSlot slot = slotAfter(10);
        VehicleSlot copy = VehicleSlotSerializer.INSTANCE.copy(slot);
        slot.admitReadings("elm-1", 99L);
        slot.reportSources.clear();

        assertThat(copy.readingSources()).containsEntry("elm-1", 41L);
        assertThat(copy.admitReadings("elm-1", 41L)).isEqualTo(SeenSequences.ALL_SEEN);
        assertThat(copy.reportSources).containsEntry("elm-1", 3L);
        assertThat(copy.health).isNotSameAs(slot.health);
        assertThat(copy.health.encode()).isEqualTo(slot.health.encode());
    }

    @Test
    void shouldAdmitReadingsAsSeenSequencesDoesWithTheHotSourceOrNot() {
        VehicleSlot slot = new VehicleSlot();
        Map<String, Long> reference = new HashMap<>();
        String elm = "elm-1";
        // sources as the shuffle hands them out (one instance each), an equal string of another instance, and a
        // second source, in an order that moves the hot source back and forth
        String[] sources = {elm, elm, new String(elm), "wifi-2", elm, "wifi-2", "wifi-2", new String("wifi-2"), elm};
        long[] highest = {5, 5, 9, 3, 7, 3, 8, 12, 10};
        for (int i = 0; i < sources.length; i++) {
            assertThat(slot.admitReadings(sources[i], highest[i])).as("batch %d", i)
                    .isEqualTo(SeenSequences.admit(reference, sources[i], highest[i]));
            assertThat(slot.readingSources()).as("batch %d", i).isEqualTo(reference);
        }
    }

    @Test
    void shouldRefuseAnUnknownFormatWithAReason() {
        assertThatThrownBy(() -> VehicleSlotSerializer.INSTANCE.deserialize(new DataInputDeserializer(new byte[] {9})))
                .isInstanceOf(StateCodecException.class).hasMessageContaining("format 9");
    }
}

package com.kcspeedshop.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.Test;

/** Flink must serialize every event with its PojoSerializer: Kryo is slow and breaks state evolution. */
class FlinkPojoSerializationTest {

    @Test
    void everyEventIsAFlinkPojoWithoutKryo() {
        assertThat(Events.all()).isNotEmpty();
        for (EventCodec<?> codec : Events.all()) {
            PojoTestUtils.assertSerializedAsPojoWithoutKryo(codec.type());
        }
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(HealthContribution.class);
    }
}

package com.kcspeedshop.flink.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.ObdReading;
import java.time.Duration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.junit.jupiter.api.Test;

/** The sinks themselves are exercised against the real broker in the ITs; this checks the fail-fast rules. */
class KafkaSinksTest {

    private static final EventSerializer<ObdReading> SERIALIZER =
            new EventSerializer<>("t", ObdReading.class, ObdReading::vin);

    @Test
    void shouldPrefixTransactionalIdsWithJobAndOutput() {
        assertThat(KafkaSinks.transactionalIdPrefix("kcspeedshop-health", "scores"))
                .isEqualTo("kcspeedshop-health-scores");
    }

    @Test
    void shouldRefuseIdPartsThatCouldCollideOrConfuse() {
        assertThatThrownBy(() -> KafkaSinks.transactionalIdPrefix("health", ""))
                .hasMessageContaining("got: ");
        assertThatThrownBy(() -> KafkaSinks.transactionalIdPrefix("health job", "scores"))
                .hasMessageContaining("got: health job");
        assertThatThrownBy(() -> KafkaSinks.transactionalIdPrefix(null, "scores"))
                .hasMessageContaining("got: null");
    }

    @Test
    void shouldRefuseANonPositiveTransactionTimeout() {
        assertThatThrownBy(() -> KafkaSinks.exactlyOnce("localhost:9092", SERIALIZER, "job", "out", Duration.ZERO))
                .hasMessageContaining("transaction timeout must be positive");
    }

    @Test
    void shouldBuildASinkForEveryGuarantee() {
        for (DeliveryGuarantee guarantee : DeliveryGuarantee.values()) {
            assertThat(KafkaSinks.of(guarantee, "localhost:9092", SERIALIZER, "job", "out",
                    KafkaSinks.DEFAULT_TRANSACTION_TIMEOUT)).isNotNull();
        }
    }
}

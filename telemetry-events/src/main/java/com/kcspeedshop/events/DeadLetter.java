package com.kcspeedshop.events;

import java.time.Instant;
import java.util.Base64;

/**
 * A record some consumer could not read, kept whole with the reason, so nothing is lost and nothing fails silently.
 * Written as JSON because people read it.
 *
 * @param payloadBase64 the original bytes, Base64
 */
public record DeadLetter(String sourceTopic, int partition, long offset, String consumer, String reason,
                         String payloadBase64, Instant failedAt) {

    public DeadLetter {
        Checks.notBlank(sourceTopic, "sourceTopic");
        Checks.notBlank(consumer, "consumer");
        Checks.notBlank(reason, "reason");
        Checks.notNull(payloadBase64, "payloadBase64");
        Checks.notNull(failedAt, "failedAt");
    }

    public static DeadLetter of(String sourceTopic, int partition, long offset, String consumer, String reason,
                                byte[] payload, Instant failedAt) {
        byte[] bytes = payload == null ? new byte[0] : payload;
        return new DeadLetter(sourceTopic, partition, offset, consumer, reason,
                Base64.getEncoder().encodeToString(bytes), failedAt);
    }

    /** The original bytes. */
    public byte[] payload() {
        return Base64.getDecoder().decode(payloadBase64);
    }
}

package com.kcspeedshop.platform.live;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the live push, under {@code kcspeedshop.live}.
 *
 * @param groupId Kafka consumer group of the signal-window listener. Every platform-api instance pushes to its own
 *     clients, so each instance needs its own group id (otherwise they split the partitions and each misses windows).
 * @param sendTimeLimit how long one send to a client may take before the client counts as too slow and is dropped.
 * @param sendBufferSizeLimit how many bytes may wait for one client before it counts as too slow and is dropped.
 * @param sendThreads threads that write to WebSocket clients; a slow client can occupy one until it is dropped.
 * @param allowedOriginPatterns browser origins, besides the page's own, that may open {@code /ws/signals}.
 */
@Validated
@ConfigurationProperties("kcspeedshop.live")
record LiveProperties(
        @NotBlank @DefaultValue("platform-api-live") String groupId,
        @NotNull @DefaultValue("5s") Duration sendTimeLimit,
        @NotNull @DefaultValue("512KB") DataSize sendBufferSizeLimit,
        @Min(1) @DefaultValue("4") int sendThreads,
        @NotNull @DefaultValue List<String> allowedOriginPatterns) {

    LiveProperties {
        if (sendTimeLimit != null && (sendTimeLimit.isNegative() || sendTimeLimit.isZero())) {
            throw new IllegalArgumentException("kcspeedshop.live.send-time-limit must be positive, got "
                    + sendTimeLimit);
        }
        if (sendBufferSizeLimit != null
                && (sendBufferSizeLimit.toBytes() <= 0 || sendBufferSizeLimit.toBytes() > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("kcspeedshop.live.send-buffer-size-limit must be between 1B and 2GB, "
                    + "got " + sendBufferSizeLimit);
        }
    }
}

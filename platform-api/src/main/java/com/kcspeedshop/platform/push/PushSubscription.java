package com.kcspeedshop.platform.push;

/** One browser (device) of one user, as the Push API's {@code PushSubscription.toJSON()} describes it. */
public record PushSubscription(long id, String username, String endpoint, String p256dh, String auth, String device) {
}

/**
 * Live push: signal windows from Kafka to browsers over a plain WebSocket at {@code /ws/signals}.
 *
 * <p>One Kafka consumer reads {@code vehicle.signal-windows.v1}; a record that does not decode is logged with its
 * reason and skipped. Each window becomes one JSON text message of type {@code signal-window}, sent to every session
 * whose subscription wants its VIN ({@code ?vin=<VIN>} for one car, no parameter for all). A malformed {@code vin}
 * parameter gets one {@code error} message and a POLICY_VIOLATION close.
 *
 * <p>Access: the handshake needs a JWT (header, or {@code ?access_token=} for browsers); a subscription to a VIN the
 * caller may not see is refused with 404 before the upgrade, and every session only receives windows of vehicles the
 * caller may see (re-checked every 10 s), as decided by {@code vehicle.VehicleAccess}.
 *
 * <p>Back-pressure: every session is wrapped in a {@code ConcurrentWebSocketSessionDecorator} with a send-time and a
 * buffer limit, and sends run on a small pool, never on the Kafka thread. A client that cannot keep up hits a limit,
 * is closed with SESSION_NOT_RELIABLE and logged; the others are not held up. Under load two windows for one session
 * may be sent out of order, so each message carries its {@code windowStart} and clients keep the newest.
 */
package com.kcspeedshop.platform.live;

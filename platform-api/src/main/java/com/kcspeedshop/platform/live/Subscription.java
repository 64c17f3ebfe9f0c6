package com.kcspeedshop.platform.live;

import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Vin;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What one WebSocket session wants: the windows of one VIN, or of every vehicle when {@code vin} is null. */
record Subscription(String vin) {

    static final Subscription ALL_VEHICLES = new Subscription(null);

    Subscription {
        if (vin != null && !Vin.isWellFormed(vin)) {
            throw new IllegalArgumentException("not a VIN: " + vin);
        }
    }

    /**
     * Reads the subscription from the handshake URI: no {@code vin} parameter means every vehicle.
     *
     * @throws InvalidSubscriptionException with a message for the client when {@code vin} is repeated or malformed
     */
    static Subscription fromUri(URI uri) {
        List<String> vins = queryValues(uri == null ? null : uri.getRawQuery(), "vin");
        if (vins.isEmpty()) {
            return ALL_VEHICLES;
        }
        if (vins.size() > 1) {
            throw new InvalidSubscriptionException("give at most one vin parameter, got " + vins.size());
        }
        String vin = vins.get(0);
        if (!Vin.isWellFormed(vin)) {
            throw new InvalidSubscriptionException("vin must be 17 characters of A-Z (except I, O and Q) and 0-9, "
                    + "in upper case; got '" + abbreviate(vin) + "'");
        }
        return new Subscription(vin);
    }

    boolean wants(SignalWindow window) {
        return wants(window.vin());
    }

    /** Whether messages about this vehicle (windows, health scores, alerts) go to the session. */
    boolean wants(String vehicle) {
        return vin == null || vin.equals(vehicle);
    }

    /** For logs: "vin=..." or "all vehicles". */
    String describe() {
        return vin == null ? "all vehicles" : "vin=" + vin;
    }

    private static List<String> queryValues(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a broken %-escape: keep the raw text so the client sees what it sent
            return part;
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    /** The handshake asked for something this endpoint cannot serve; the message is meant for the client. */
    static final class InvalidSubscriptionException extends RuntimeException {

        InvalidSubscriptionException(String message) {
            super(message);
        }
    }
}

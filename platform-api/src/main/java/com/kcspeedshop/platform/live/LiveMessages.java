package com.kcspeedshop.platform.live;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.kcspeedshop.events.SignalWindow;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text messages of {@code /ws/signals}. Instants are ISO-8601 strings (Jackson 3's default).
 *
 * <pre>
 * {"type":"signal-window","vin":...,"signal":...,"unit":...,"windowStart":...,"windowEnd":...,
 *  "min":...,"max":...,"mean":...,"count":...}
 * {"type":"error","message":...}
 * </pre>
 */
@Component
class LiveMessages {

    static final String SIGNAL_WINDOW_TYPE = "signal-window";
    static final String ERROR_TYPE = "error";

    private final JsonMapper json;

    LiveMessages(JsonMapper json) {
        this.json = json;
    }

    String signalWindow(SignalWindow w) {
        return json.writeValueAsString(new SignalWindowMessage(SIGNAL_WINDOW_TYPE, w.vin(), w.signal(), w.unit(),
                w.windowStart(), w.windowEnd(), w.min(), w.max(), w.mean(), w.count()));
    }

    String error(String message) {
        return json.writeValueAsString(new ErrorMessage(ERROR_TYPE, message));
    }

    @JsonPropertyOrder({"type", "vin", "signal", "unit", "windowStart", "windowEnd", "min", "max", "mean", "count"})
    record SignalWindowMessage(String type, String vin, String signal, String unit, Instant windowStart,
                               Instant windowEnd, double min, double max, double mean, long count) {
    }

    @JsonPropertyOrder({"type", "message"})
    record ErrorMessage(String type, String message) {
    }
}

package com.kcspeedshop.platform.live;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.HealthContribution;
import com.kcspeedshop.events.HealthScore;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON text messages of {@code /ws/signals}. Instants are ISO-8601 strings (Jackson 3's default).
 *
 * <pre>
 * {"type":"signal-window","vin":...,"signal":...,"unit":...,"windowStart":...,"windowEnd":...,
 *  "min":...,"max":...,"mean":...,"count":...}
 * {"type":"health-score","vin":...,"subsystem":...,"computedAt":...,"score":...,
 *  "explanation":[{"signal":...,"value":...,"threshold":...,"penalty":...}]}
 * {"type":"alert","alertId":...,"vin":...,"rule":...,"severity":...,"state":...,"at":...,"message":...}
 * {"type":"error","message":...}
 * </pre>
 */
@Component
class LiveMessages {

    static final String SIGNAL_WINDOW_TYPE = "signal-window";
    static final String HEALTH_SCORE_TYPE = "health-score";
    static final String ALERT_TYPE = "alert";
    static final String ERROR_TYPE = "error";

    private final JsonMapper json;

    LiveMessages(JsonMapper json) {
        this.json = json;
    }

    String signalWindow(SignalWindow w) {
        return json.writeValueAsString(new SignalWindowMessage(SIGNAL_WINDOW_TYPE, w.vin(), w.signal(), w.unit(),
                w.windowStart(), w.windowEnd(), w.min(), w.max(), w.mean(), w.count()));
    }

    String healthScore(HealthScore s) {
        return json.writeValueAsString(new HealthScoreMessage(HEALTH_SCORE_TYPE, s.vin(), s.subsystem(),
                s.computedAt(), s.score(), s.contributions()));
    }

    String alert(Alert a) {
        return json.writeValueAsString(new AlertMessage(ALERT_TYPE, a.alertId(), a.vin(), a.rule(),
                a.severity().name(), a.state().name(), a.at(), a.message()));
    }

    String error(String message) {
        return json.writeValueAsString(new ErrorMessage(ERROR_TYPE, message));
    }

    @JsonPropertyOrder({"type", "vin", "signal", "unit", "windowStart", "windowEnd", "min", "max", "mean", "count"})
    record SignalWindowMessage(String type, String vin, String signal, String unit, Instant windowStart,
                               Instant windowEnd, double min, double max, double mean, long count) {
    }

    @JsonPropertyOrder({"type", "vin", "subsystem", "computedAt", "score", "explanation"})
    record HealthScoreMessage(String type, String vin, String subsystem, Instant computedAt, double score,
                              List<HealthContribution> explanation) {
    }

    @JsonPropertyOrder({"type", "alertId", "vin", "rule", "severity", "state", "at", "message"})
    record AlertMessage(String type, String alertId, String vin, String rule, String severity, String state,
                        Instant at, String message) {
    }

    @JsonPropertyOrder({"type", "message"})
    record ErrorMessage(String type, String message) {
    }
}

package com.kcspeedshop.health;

import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.health.alert.AlertSink;
import com.kcspeedshop.health.anomaly.AnomalySink;

/**
 * Where the engine puts what it computes: {@link #score}, {@link #anomaly} and {@link #alert}. A Flink operator forwards
 * to its collector and side outputs, the reference implementation appends to a list. Called synchronously, in a
 * deterministic order, on the engine caller's thread.
 */
public interface HealthOutputs extends AlertSink, AnomalySink {

    void score(HealthScore score);
}

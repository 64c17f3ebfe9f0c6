package com.kcspeedshop.health.anomaly;

import com.kcspeedshop.events.Anomaly;

/** Receives anomalies. */
public interface AnomalySink {

    void anomaly(Anomaly anomaly);
}

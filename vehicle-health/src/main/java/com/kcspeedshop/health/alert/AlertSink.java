package com.kcspeedshop.health.alert;

import com.kcspeedshop.events.Alert;

/** Receives alert lifecycle events (a named interface rather than a lambda, so the hot path allocates nothing). */
public interface AlertSink {

    void alert(Alert alert);
}

package com.kcspeedshop.events;

/** How urgently a person should look, lowest first. */
public enum AlertSeverity {
    INFO, WARNING, CRITICAL
}

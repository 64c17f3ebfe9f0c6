package com.kcspeedshop.platform.health;

import java.time.Instant;
import java.util.List;

/** One subsystem's score at one time, with the reasons it is below 100, largest penalty first. */
public record SubsystemScore(String subsystem, Instant computedAt, double score, List<Reason> explanation) {

    /** A signal that cost points: its value, the threshold it crossed and how many points it cost. */
    public record Reason(String signal, double value, double threshold, double penalty) {
    }
}

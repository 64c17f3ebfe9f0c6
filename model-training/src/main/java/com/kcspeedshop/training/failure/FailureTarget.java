package com.kcspeedshop.training.failure;

import com.kcspeedshop.datasets.ai4i.Ai4iRecord;
import com.kcspeedshop.datasets.ai4i.FailureMode;
import java.util.function.Predicate;

/** What a binary classifier predicts: any machine failure as recorded, or one failure mode's flag. */
public enum FailureTarget {
    MACHINE_FAILURE(Ai4iRecord::machineFailure),
    TWF(r -> r.has(FailureMode.TWF)),
    HDF(r -> r.has(FailureMode.HDF)),
    PWF(r -> r.has(FailureMode.PWF)),
    OSF(r -> r.has(FailureMode.OSF)),
    RNF(r -> r.has(FailureMode.RNF));

    private final Predicate<Ai4iRecord> positive;

    FailureTarget(Predicate<Ai4iRecord> positive) {
        this.positive = positive;
    }

    public boolean of(Ai4iRecord r) {
        return positive.test(r);
    }
}

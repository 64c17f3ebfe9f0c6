package com.kcspeedshop.collector.elm327.session;

import java.util.Objects;

/** A workaround and the observation that triggered it, e.g. "ATE0 answered OK but ATL0 came back echoed". */
public record AppliedWorkaround(Workaround workaround, String reason) {

    public AppliedWorkaround {
        Objects.requireNonNull(workaround, "workaround");
        Objects.requireNonNull(reason, "reason");
    }
}

package com.kcspeedshop.datasets.ai4i;

/** The five failure-mode flags of AI4I 2020, in file column order (datasets README). */
public enum FailureMode {
    /** Tool-wear failure. */
    TWF,
    /** Heat-dissipation failure. */
    HDF,
    /** Power failure. */
    PWF,
    /** Overstrain failure. */
    OSF,
    /** Random failure. */
    RNF
}

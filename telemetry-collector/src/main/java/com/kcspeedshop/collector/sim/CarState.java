package com.kcspeedshop.collector.sim;

/** One car's physical values at one instant, before quantizing to PID resolution. */
record CarState(Phase phase, double rpm, double speedKmh, double coolantC, double volts, double shortTrimPct,
                double longTrimPct, double loadPct) {
}

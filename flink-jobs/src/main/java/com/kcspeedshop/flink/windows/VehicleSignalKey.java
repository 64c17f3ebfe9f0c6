package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.ObdReading;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys readings by vehicle and signal. A String key rather than a tuple: it hashes stably across Flink versions, and
 * '|' cannot occur in a VIN, so the two parts cannot collide.
 */
public final class VehicleSignalKey implements KeySelector<ObdReading, String> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(ObdReading reading) {
        return reading.vin() + '|' + reading.signal();
    }
}

package com.kcspeedshop.collector.obd;

import com.kcspeedshop.events.ObdReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Turns decoded current data into the wire contract's {@link ObdReading}s. */
public final class ObdReadings {

    private ObdReadings() {
    }

    /**
     * One reading per measured value of every service 01 {@link PidValues} in {@code results}, in order. States
     * (MIL, fuel system status ...), freeze frames (service 02, which describe the past), bitmaps, DTCs and errors
     * produce none.
     *
     * @param sequence called once per reading, in order; must be strictly increasing per source
     */
    public static List<ObdReading> toReadings(List<? extends ObdDecodeResult> results, String vin,
                                              Instant capturedAt, String source, LongSupplier sequence) {
        List<ObdReading> readings = new ArrayList<>();
        for (ObdDecodeResult result : results) {
            if (result instanceof PidValues values && values.service() == 0x01) {
                for (DecodedValue value : values.values()) {
                    if (value.isMeasured() && Double.isFinite(value.value())) {
                        readings.add(new ObdReading(vin, value.name(), value.value(), value.unit(), capturedAt,
                                source, sequence.getAsLong(), values.ecu()));
                    }
                }
            }
        }
        return readings;
    }
}

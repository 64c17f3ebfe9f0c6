package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.obd.ObdDecodeResult;
import com.kcspeedshop.collector.obd.ObdRequests;
import com.kcspeedshop.collector.obd.VehicleInfo;
import com.kcspeedshop.events.Vin;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the VIN (service 09, info type 02), asking again after bus errors; older cars may not have it. */
public final class VinReader {

    private static final Logger LOG = LoggerFactory.getLogger(VinReader.class);
    private static final int TRIES = 5;

    private VinReader() {
    }

    /** The first well-formed VIN any ECU reports, or empty. */
    public static Optional<String> read(ObdQuery query) throws AdapterUnavailableException {
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            ObdQuery.Outcome outcome = query.ask(ObdRequests.vehicleInfo(0x02));
            for (ObdDecodeResult result : outcome.results()) {
                if (result instanceof VehicleInfo info && info.infoType() == 0x02) {
                    Optional<String> vin = info.items().stream().map(String::strip).filter(VinReader::valid)
                            .findFirst();
                    if (vin.isPresent()) {
                        return vin;
                    }
                }
            }
            if (outcome.kind() == ObdQuery.Kind.ANSWERED) {
                return Optional.empty(); // a clean answer without a VIN will not change on asking again
            }
            LOG.warn("VIN, attempt {}: {}", attempt, outcome.problem());
        }
        return Optional.empty();
    }

    static boolean valid(String vin) {
        return Vin.isWellFormed(vin);
    }
}

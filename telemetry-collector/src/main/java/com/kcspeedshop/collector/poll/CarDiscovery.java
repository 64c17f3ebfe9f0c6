package com.kcspeedshop.collector.poll;

import com.kcspeedshop.collector.elm327.session.AdapterUnavailableException;
import com.kcspeedshop.collector.elm327.session.Fingerprint;
import com.kcspeedshop.events.Vin;
import java.util.Objects;

/**
 * Finds out what car is behind a freshly connected adapter: reads the VIN (service 09, else the configured one) and
 * discovers the supported PIDs, then builds the poll plan. Used at start and again after every reconnect.
 */
public final class CarDiscovery {

    private final ObdQuery query;
    private final PollRates rates;
    private final String configuredVin;

    /**
     * @param configuredVin the VIN to use when the car reports none (older cars); null for none. A VIN the car reports
     *                      wins, so an adapter moved to another car is not stamped with the old one.
     */
    public CarDiscovery(ObdQuery query, PollRates rates, String configuredVin) {
        this.query = Objects.requireNonNull(query, "query");
        this.rates = Objects.requireNonNull(rates, "rates");
        if (configuredVin != null && !Vin.isWellFormed(configuredVin)) {
            throw new IllegalArgumentException("a VIN is 17 characters A-Z/0-9 without I, O, Q, got: " + configuredVin);
        }
        this.configuredVin = configuredVin;
    }

    /** The car behind the adapter the session just fingerprinted as {@code fingerprint}. */
    public CarSetup discover(Fingerprint fingerprint) throws AdapterUnavailableException {
        String vin = configuredVin == null
                ? VinReader.read(query).orElseThrow(() -> new NothingToPoll(
                        "the car reported no VIN (service 09); give it with --vin"))
                : VinReader.read(query).orElse(configuredVin);
        DiscoveredPids pids = PidDiscovery.discover(query);
        if (pids.isEmpty()) {
            throw new NothingToPoll("no ECU announced any service 01 PID; is the ignition on?");
        }
        PollPlan plan = PollPlan.of(pids, rates, query.session().multiPidAllowed() && isCan(fingerprint));
        return new CarSetup(fingerprint, vin, pids, plan);
    }

    /** ELM327 protocols 6..9 are ISO 15765-4 CAN, the only ones that carry several PIDs per request. */
    public static boolean isCan(Fingerprint fingerprint) {
        String number = fingerprint.protocolNumber();
        return number != null && number.length() == 1 && "6789".contains(number);
    }

    /** The car gave nothing to poll with (no VIN, no PIDs): a message for the user, not a stack trace. */
    public static final class NothingToPoll extends RuntimeException {
        public NothingToPoll(String message) {
            super(message);
        }
    }
}

package com.kcspeedshop.collector.elm327.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The car's answers to OBD-II requests: services 01 (live data), 03 (stored DTCs), 04 (clear DTCs), 07 (pending DTCs)
 * and 09 (VIN).
 *
 * <p>A service 04 request clears the stored and pending codes of every ECU for good (until the emulator is recreated),
 * turns the MIL off and resets the readiness monitors to incomplete, as SAE J1979 describes a clear: PID 01 then
 * reports MIL off, 0 codes, and every supported non-continuous monitor incomplete.
 */
final class ObdResponder {

    /** Stored DTCs of the engine: P0301 (cylinder 1 misfire) and P0420 (catalyst efficiency), two bytes each. */
    private static final byte[] ENGINE_DTCS = {0x03, 0x01, 0x04, 0x20};
    /** Pending DTC of the engine: P0171 (system too lean, bank 1), seen this drive cycle but not yet confirmed. */
    private static final byte[] ENGINE_PENDING_DTCS = {0x01, 0x71};
    /**
     * PID 01 bytes, SAE J1979 PID 0x01: A = MIL (bit 7) + stored DTC count; B = continuous monitors supported (bits
     * 0-2) and incomplete (bits 4-6); C = non-continuous monitors supported (0x65: catalyst, EVAP, O2 sensor, O2
     * heater); D = those incomplete. Before a clear: MIL on, 2 codes, all complete.
     */
    private static final byte[] MONITORS_WITH_CODES = {(byte) 0x82, 0x07, 0x65, 0x00};
    /** After a clear: MIL off, no codes, the non-continuous monitors incomplete again until a drive cycle runs them. */
    private static final byte[] MONITORS_AFTER_CLEAR = {0x00, 0x07, 0x65, 0x65};
    private static final int MAX_PIDS_PER_REQUEST = 6;

    private final CarModel car;
    private final EmulatorSettings settings;
    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    /** PIDs served while answering the current request: counted once per request, however many ECUs answered. */
    private final java.util.Set<String> servedNow = new java.util.TreeSet<>();
    /** Data bytes of failed sensors by PID, served instead of the car model's value. */
    private final Map<Integer, byte[]> failedSensors = new ConcurrentHashMap<>();
    /** Set by a service 04 request; guarded by this. */
    private boolean cleared;

    ObdResponder(CarModel car, EmulatorSettings settings) {
        this.car = car;
        this.settings = settings;
    }

    /** The ECUs' ISO-TP payloads, one per answering ECU; empty when no ECU answers (NO DATA). */
    synchronized List<Answer> respond(byte[] request) {
        int service = request[0] & 0xFF;
        List<Answer> answers = new ArrayList<>();
        servedNow.clear();
        for (Ecu ecu : Ecu.values()) {
            byte[] payload = switch (service) {
                case 0x01 -> live(ecu, request);
                case 0x03 -> dtcs(ecu, 0x43, ENGINE_DTCS);
                case 0x04 -> clear();
                case 0x07 -> dtcs(ecu, 0x47, ENGINE_PENDING_DTCS);
                case 0x09 -> vehicleInfo(ecu, request);
                default -> null;
            };
            if (payload != null) {
                answers.add(new Answer(ecu.responseId(), payload));
            }
        }
        servedNow.forEach(k -> served.computeIfAbsent(k, x -> new AtomicLong()).incrementAndGet());
        if (service == 0x04) {
            // every ECU confirmed with 44 above; the memories are cleared once all have answered
            cleared = true;
        }
        return answers;
    }

    record Answer(int header, byte[] payload) {
    }

    /** True when the request holds more PIDs than one CAN frame can carry. */
    static boolean tooLong(byte[] request) {
        return request.length > 1 + MAX_PIDS_PER_REQUEST;
    }

    private byte[] live(Ecu ecu, byte[] request) {
        int last = settings.has(CloneQuirk.NO_MULTI_PID) ? Math.min(2, request.length) : request.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x41);
        for (int i = 1; i < last; i++) {
            int pid = request[i] & 0xFF;
            if (ecu.supports(pid, settings.absentPids())) {
                out.write(pid);
                out.writeBytes(pid % 0x20 == 0 ? ecu.bitmap(pid, settings.absentPids()) : value(pid));
                count(0x01, pid);
            }
        }
        return out.size() > 1 ? out.toByteArray() : null;
    }

    private byte[] value(int pid) {
        byte[] failed = failedSensors.get(pid);
        if (failed != null) {
            return failed.clone();
        }
        return switch (pid) {
            case 0x01 -> (cleared ? MONITORS_AFTER_CLEAR : MONITORS_WITH_CODES).clone();
            case 0x04 -> one(car.loadPercent() * 255 / 100);
            case 0x05 -> one(car.coolantC() + 40);
            case 0x06 -> one(car.shortTermTrimPercent() * 128 / 100 + 128);
            case 0x07 -> one(car.longTermTrimPercent() * 128 / 100 + 128);
            case 0x0C -> two(car.rpm() * 4);
            case 0x0D -> one(car.speedKmh());
            case 0x0F -> one(car.intakeAirC() + 40);
            case 0x10 -> two(car.mafGramsPerSecond() * 100);
            case 0x11 -> one(car.throttlePercent() * 255 / 100);
            case 0x42 -> two(car.moduleVolts() * 1000);
            default -> throw new IllegalStateException("PID " + pid + " is listed as supported but has no formula");
        };
    }

    private static byte[] one(double raw) {
        long v = Math.max(0, Math.min(255, Math.round(raw)));
        return new byte[] {(byte) v};
    }

    private static byte[] two(double raw) {
        long v = Math.max(0, Math.min(65_535, Math.round(raw)));
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    /** Service 03/07 answer: the engine's codes (none once cleared); the other ECUs have none. */
    private byte[] dtcs(Ecu ecu, int positiveResponse, byte[] engineCodes) {
        count(positiveResponse - 0x40, 0x00);
        byte[] codes = ecu == Ecu.ENGINE && !cleared ? engineCodes : new byte[0];
        byte[] payload = new byte[2 + codes.length];
        payload[0] = (byte) positiveResponse;
        // on CAN the number of DTCs precedes them
        payload[1] = (byte) (codes.length / 2);
        System.arraycopy(codes, 0, payload, 2, codes.length);
        return payload;
    }

    /** Service 04: every OBD ECU confirms with a bare 44 (no data bytes). */
    private byte[] clear() {
        count(0x04, 0x00);
        return new byte[] {0x44};
    }

    void failSensor(int pid, byte[] dataBytes) {
        failedSensors.put(pid, dataBytes.clone());
    }

    /** True once a service 04 request cleared the codes. */
    synchronized boolean cleared() {
        return cleared;
    }

    private byte[] vehicleInfo(Ecu ecu, byte[] request) {
        if (ecu != Ecu.ENGINE || request.length != 2) {
            return null;
        }
        int pid = request[1] & 0xFF;
        if (pid == 0x00) {
            // only 09 02 (VIN) supported: bit 30
            return new byte[] {0x49, 0x00, 0x40, 0x00, 0x00, 0x00};
        }
        if (pid != 0x02) {
            return null;
        }
        count(0x09, 0x02);
        byte[] vin = settings.vin().getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[3 + vin.length];
        payload[0] = 0x49;
        payload[1] = 0x02;
        payload[2] = 0x01;  // number of data items
        System.arraycopy(vin, 0, payload, 3, vin.length);
        return payload;
    }

    private void count(int service, int pid) {
        servedNow.add(key(service, pid));
    }

    static String key(int service, int pid) {
        return String.format("%02X %02X", service, pid);
    }

    long served(int service, int pid) {
        AtomicLong n = served.get(key(service, pid));
        return n == null ? 0 : n.get();
    }

    Map<String, Long> servedCounts() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        served.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }
}

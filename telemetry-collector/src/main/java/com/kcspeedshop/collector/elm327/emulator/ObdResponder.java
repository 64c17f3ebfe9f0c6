package com.kcspeedshop.collector.elm327.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The car's answers to OBD-II requests: services 01 (live data), 03 (stored DTCs) and 09 (VIN). */
final class ObdResponder {

    /** Stored DTCs of the engine: P0301 (cylinder 1 misfire) and P0420 (catalyst efficiency), two bytes each. */
    private static final byte[] ENGINE_DTCS = {0x03, 0x01, 0x04, 0x20};
    private static final int MAX_PIDS_PER_REQUEST = 6;

    private final CarModel car;
    private final EmulatorSettings settings;
    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    /** PIDs served while answering the current request: counted once per request, however many ECUs answered. */
    private final java.util.Set<String> servedNow = new java.util.TreeSet<>();

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
                case 0x03 -> dtcs(ecu);
                case 0x09 -> vehicleInfo(ecu, request);
                default -> null;
            };
            if (payload != null) {
                answers.add(new Answer(ecu.responseId(), payload));
            }
        }
        servedNow.forEach(k -> served.computeIfAbsent(k, x -> new AtomicLong()).incrementAndGet());
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
            if (ecu.supports(pid)) {
                out.write(pid);
                out.writeBytes(pid % 0x20 == 0 ? ecu.bitmap(pid) : value(pid));
                count(0x01, pid);
            }
        }
        return out.size() > 1 ? out.toByteArray() : null;
    }

    private byte[] value(int pid) {
        return switch (pid) {
            // monitor status: MIL on (bit 7) with 2 stored DTCs; spark ignition, all monitors complete
            case 0x01 -> new byte[] {(byte) 0x82, 0x07, 0x65, 0x00};
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

    private byte[] dtcs(Ecu ecu) {
        count(0x03, 0x00);
        if (ecu != Ecu.ENGINE) {
            return new byte[] {0x43, 0x00};
        }
        byte[] payload = new byte[2 + ENGINE_DTCS.length];
        payload[0] = 0x43;
        // on CAN the number of DTCs precedes them
        payload[1] = (byte) (ENGINE_DTCS.length / 2);
        System.arraycopy(ENGINE_DTCS, 0, payload, 2, ENGINE_DTCS.length);
        return payload;
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

package com.kcspeedshop.collector.obd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Service 09. CAN answers {@code 49 type NODI data}, NODI being the number of data items. Legacy protocols answer one
 * frame per 4 data bytes, {@code 49 type seq d d d d}; when the framing layer hands those frames over joined, they
 * are unwrapped first (see {@link #payload}).
 */
final class VehicleInfoDecoder {

    private static final int VIN = 0x02;
    private static final int CALIBRATION_ID = 0x04;
    private static final int CVN = 0x06;
    private static final int IUPT_SPARK = 0x08;
    private static final int ECU_NAME = 0x0A;
    private static final int IUPT_COMPRESSION = 0x0B;

    private VehicleInfoDecoder() {
    }

    static List<ObdDecodeResult> decode(String ecu, byte[] message) {
        if (message.length < 2) {
            return List.of(error(ecu, "response carries no info type", message));
        }
        int type = message[1] & 0xFF;
        if (type % 0x20 == 0) {
            if (message.length != 6) {
                return List.of(error(ecu, String.format("info type 0x%02X bitmap needs 4 bytes", type), message));
            }
            return List.of(new SupportedPids(ecu, 0x09, type,
                    CurrentDataDecoder.bitmap(new PidData(message, 2, 4), type)));
        }
        byte[] data = payload(message);
        ObdDecodeResult result = switch (type) {
            case VIN -> vin(ecu, data, message);
            case CALIBRATION_ID -> texts(ecu, type, "CALIBRATION_ID", blocks(data, 16), message);
            case CVN -> cvns(ecu, data, message);
            case ECU_NAME -> texts(ecu, type, "ECU_NAME", blocks(data, 20), message);
            case IUPT_SPARK, IUPT_COMPRESSION -> InUsePerformance.decode(ecu, type, data, message);
            default -> error(ecu, String.format("info type 0x%02X is not decoded", type), message);
        };
        return List.of(result);
    }

    /** The data bytes after {@code 49 type}, with joined legacy frame headers removed. */
    static byte[] payload(byte[] message) {
        boolean legacy = message.length >= 14 && message.length % 7 == 0;
        for (int frame = 0; legacy && frame < message.length; frame += 7) {
            legacy = message[frame] == message[0] && message[frame + 1] == message[1]
                    && (message[frame + 2] & 0xFF) == frame / 7 + 1;
        }
        if (!legacy) {
            return Arrays.copyOfRange(message, 2, message.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int frame = 0; frame < message.length; frame += 7) {
            out.write(message, frame + 3, 4);
        }
        return out.toByteArray();
    }

    /** Splits into {@code size}-byte items, dropping a leading NODI count byte when the layout shows one. */
    static List<byte[]> blocks(byte[] data, int size) {
        int from = data.length % size == 1 && (data[0] & 0xFF) == data.length / size ? 1 : 0;
        List<byte[]> out = new ArrayList<>();
        for (int at = from; at + size <= data.length; at += size) {
            out.add(Arrays.copyOfRange(data, at, at + size));
        }
        return (data.length - from) % size == 0 ? out : null;
    }

    private static ObdDecodeResult vin(String ecu, byte[] data, byte[] message) {
        // CAN puts NODI (01) first, legacy frames pad the first frame with 00s: neither is a VIN character
        int from = 0;
        while (from < data.length && (data[from] & 0xFF) < 0x20) {
            from++;
        }
        String vin = new String(data, from, data.length - from, StandardCharsets.US_ASCII);
        if (vin.length() != 17 || !vin.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return error(ecu, "VIN must be 17 printable characters, got \"" + vin + "\"", message);
        }
        return new VehicleInfo(ecu, VIN, "VIN", List.of(vin), List.of());
    }

    private static ObdDecodeResult texts(String ecu, int type, String label, List<byte[]> items, byte[] message) {
        if (items == null || items.isEmpty()) {
            return error(ecu, label + " data is not a whole number of items", message);
        }
        List<String> texts = new ArrayList<>();
        for (byte[] item : items) {
            // unused positions are 00; ECU names separate acronym and name with '-'
            texts.add(new String(item, StandardCharsets.US_ASCII).replace("\0", "").trim());
        }
        return new VehicleInfo(ecu, type, label, texts, List.of());
    }

    private static ObdDecodeResult cvns(String ecu, byte[] data, byte[] message) {
        List<byte[]> items = blocks(data, 4);
        if (items == null || items.isEmpty()) {
            return error(ecu, "CVN data is not a whole number of 4-byte items", message);
        }
        return new VehicleInfo(ecu, CVN, "CVN",
                items.stream().map(b -> HexFormat.of().withUpperCase().formatHex(b)).toList(), List.of());
    }

    static DecodeError error(String ecu, String reason, byte[] message) {
        return new DecodeError(ecu, 0x09, reason, Hex.of(message));
    }
}

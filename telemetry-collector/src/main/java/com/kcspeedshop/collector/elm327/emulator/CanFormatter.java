package com.kcspeedshop.collector.elm327.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats one ECU's ISO-TP payload as an ELM327 prints it: headers on or off, spaces on or off, CAN auto-formatting
 * on (ISO-TP reassembled into {@code 0:/1:} lines or raw frames with PCI bytes) or off (raw first frame only, as the
 * adapter sends no flow control then).
 */
final class CanFormatter {

    private static final int SINGLE_FRAME_MAX = 7;

    private CanFormatter() {
    }

    static List<String> format(int header, byte[] payload, AdapterState state) {
        List<byte[]> frames = frames(payload);
        List<String> lines = new ArrayList<>();
        if (!state.autoFormat) {
            lines.add(line(header, frames.get(0), 0, state, true));
            return lines;
        }
        if (frames.size() == 1) {
            byte[] frame = frames.get(0);
            // single frame: headers on show the PCI (length) byte too, headers off show the payload only
            lines.add(state.headers ? line(header, frame, 0, state, true) : line(header, frame, 1, state, false)
                    .substring(0, hexLength(payload.length, state)));
            return lines;
        }
        if (!state.headers) {
            // ISO-TP total length as 3 hex digits, then each frame's data behind its sequence number
            lines.add(String.format(Locale.ROOT, "%03X", payload.length));
        }
        for (int i = 0; i < frames.size(); i++) {
            byte[] frame = frames.get(i);
            lines.add(state.headers ? line(header, frame, 0, state, true)
                    : Integer.toHexString(i & 0xF).toUpperCase(Locale.ROOT) + ": " + line(header, frame, i == 0 ? 2 : 1,
                    state, false));
        }
        return lines;
    }

    private static int hexLength(int bytes, AdapterState state) {
        return state.spaces ? bytes * 3 - 1 : bytes * 2;
    }

    /** ISO-TP frames of 8 bytes, padded with 00 as many ECUs do. */
    static List<byte[]> frames(byte[] payload) {
        List<byte[]> frames = new ArrayList<>();
        if (payload.length <= SINGLE_FRAME_MAX) {
            byte[] f = new byte[8];
            f[0] = (byte) payload.length;
            System.arraycopy(payload, 0, f, 1, payload.length);
            frames.add(f);
            return frames;
        }
        byte[] first = new byte[8];
        first[0] = (byte) (0x10 | (payload.length >> 8));
        first[1] = (byte) payload.length;
        System.arraycopy(payload, 0, first, 2, 6);
        frames.add(first);
        int sequence = 1;
        for (int offset = 6; offset < payload.length; offset += 7, sequence++) {
            byte[] next = new byte[8];
            next[0] = (byte) (0x20 | (sequence & 0xF));
            System.arraycopy(payload, offset, next, 1, Math.min(7, payload.length - offset));
            frames.add(next);
        }
        return frames;
    }

    private static String line(int header, byte[] frame, int from, AdapterState state, boolean withHeader) {
        String sep = state.spaces ? " " : "";
        StringBuilder out = new StringBuilder();
        if (withHeader && state.headers) {
            out.append(String.format(Locale.ROOT, "%03X", header)).append(sep);
        }
        for (int i = from; i < frame.length; i++) {
            out.append(String.format(Locale.ROOT, "%02X", frame[i] & 0xFF));
            if (i < frame.length - 1) {
                out.append(sep);
            }
        }
        return out.toString();
    }
}

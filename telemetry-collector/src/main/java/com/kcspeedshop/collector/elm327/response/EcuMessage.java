package com.kcspeedshop.collector.elm327.response;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One complete OBD message from one ECU, with all transport framing (headers, PCI bytes, padding, checksums, frame
 * sequence numbers) removed.
 *
 * @param ecu     who sent it: the CAN identifier in hex ({@code 7E8}, {@code 18DAF110}), the legacy source address
 *                ({@code 10}), or {@code unknown-N} (numbered from 1 in order of appearance) when headers were off
 * @param payload the message starting with the response service byte, for example {@code 41 0C 1A F8}; negative
 *                responses ({@code 7F sid NRC}) are messages too
 */
public record EcuMessage(String ecu, byte[] payload) {

    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

    public EcuMessage {
        Objects.requireNonNull(ecu, "ecu");
        payload = payload.clone();
    }

    /** A defensive copy of the payload. */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Payload length in bytes. */
    public int length() {
        return payload.length;
    }

    /** The response service byte (0x41 for a service 01 reply, 0x7F for a negative response). */
    public int service() {
        return payload.length == 0 ? -1 : payload[0] & 0xFF;
    }

    /** The payload as spaced upper-case hex, {@code "41 0C 1A F8"}. */
    public String hex() {
        return SPACED.formatHex(payload);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EcuMessage that && ecu.equals(that.ecu) && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return 31 * ecu.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "EcuMessage[" + ecu + ": " + hex() + "]";
    }
}

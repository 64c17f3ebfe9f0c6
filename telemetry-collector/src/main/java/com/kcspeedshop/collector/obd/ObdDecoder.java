package com.kcspeedshop.collector.obd;

import com.kcspeedshop.collector.obd.dtc.DtcDictionary;
import java.util.List;

/**
 * Decodes one ECU's complete OBD-II response message (headers, CAN ids and ISO-TP already removed by the framing
 * layer) into what it means. The first byte is the response service (request service + 0x40) or 0x7F.
 *
 * <p>Never throws on bad input: a wrong length, an unknown PID, a negative response or garbage becomes a
 * {@link DecodeError}. Thread-safe and stateless apart from the immutable DTC table.
 */
public final class ObdDecoder {

    private static final int NEGATIVE_RESPONSE = 0x7F;
    private static final int POSITIVE_OFFSET = 0x40;

    private final DtcDictionary dtcDescriptions;

    /** A decoder that describes trouble codes from {@code dtcDescriptions}. */
    public ObdDecoder(DtcDictionary dtcDescriptions) {
        this.dtcDescriptions = dtcDescriptions;
    }

    /** A decoder using the bundled generic DTC table. */
    public static ObdDecoder standard() {
        return new ObdDecoder(DtcDictionary.bundled());
    }

    /**
     * Decodes {@code message}, e.g. {@code [0x41, 0x0C, 0x1A, 0xF8]} from ECU {@code "7E8"}.
     *
     * @return one result per PID for services 01/02 (a multi-PID response gives several, and a trailing
     *         {@link DecodeError} if the walk had to stop), one result otherwise; never empty, never null
     */
    public List<ObdDecodeResult> decode(String ecu, byte[] message) {
        if (message == null || message.length == 0) {
            return List.of(new DecodeError(ecu, -1, "empty message", ""));
        }
        try {
            return dispatch(ecu, message);
        } catch (RuntimeException e) {
            // a bug of ours, not of the car: still routed, never fatal (the fuzz test keeps this path unused)
            return List.of(new DecodeError(ecu, -1, "decoder fault: " + e, Hex.of(message)));
        }
    }

    private List<ObdDecodeResult> dispatch(String ecu, byte[] message) {
        int first = message[0] & 0xFF;
        if (first == NEGATIVE_RESPONSE) {
            return List.of(NegativeResponse.of(ecu, message));
        }
        int service = first - POSITIVE_OFFSET;
        return switch (service) {
            case 0x01, 0x02 -> CurrentDataDecoder.decode(ecu, service, message);
            case 0x03 -> dtcs(ecu, DtcKind.STORED, message);
            case 0x04 -> List.of(message.length == 1 ? new DtcsCleared(ecu)
                    : new DecodeError(ecu, 0x04, "clear-DTC confirmation carries data", Hex.of(message)));
            case 0x06 -> MonitorTestDecoder.decode(ecu, message);
            case 0x07 -> dtcs(ecu, DtcKind.PENDING, message);
            case 0x09 -> VehicleInfoDecoder.decode(ecu, message);
            case 0x0A -> dtcs(ecu, DtcKind.PERMANENT, message);
            default -> List.of(new DecodeError(ecu, -1, String.format(
                    "0x%02X is not the response byte of a decoded OBD service", first), Hex.of(message)));
        };
    }

    private List<ObdDecodeResult> dtcs(String ecu, DtcKind kind, byte[] message) {
        if (message.length == 1) {
            return List.of(new DtcList(ecu, kind, List.of())); // legacy "no codes" may be the bare service byte
        }
        return List.of(TroubleCodeDecoder.decode(ecu, kind, message, dtcDescriptions));
    }
}

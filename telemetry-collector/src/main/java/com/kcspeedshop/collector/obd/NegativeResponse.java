package com.kcspeedshop.collector.obd;

/** Meaning of the negative response codes (7F sid NRC) an OBD ECU may send (ISO 15031-5 / ISO 14229-1). */
final class NegativeResponse {

    private NegativeResponse() {
    }

    static String meaning(int nrc) {
        return switch (nrc) {
            case 0x10 -> "general reject";
            case 0x11 -> "service not supported";
            case 0x12 -> "sub-function not supported or invalid format";
            case 0x13 -> "incorrect message length or invalid format";
            case 0x14 -> "response too long";
            case 0x21 -> "busy, repeat request";
            case 0x22 -> "conditions not correct";
            case 0x24 -> "request sequence error";
            case 0x31 -> "request out of range";
            case 0x33 -> "security access denied";
            case 0x78 -> "request correctly received, response pending";
            case 0x7E -> "sub-function not supported in active session";
            case 0x7F -> "service not supported in active session";
            default -> "unknown negative response code";
        };
    }

    /** 7F sid NRC as a typed error naming both. */
    static DecodeError of(String ecu, byte[] message) {
        if (message.length < 3) {
            return new DecodeError(ecu, -1, "truncated negative response", Hex.of(message));
        }
        int service = message[1] & 0xFF;
        int nrc = message[2] & 0xFF;
        return new DecodeError(ecu, service, String.format("negative response to service 0x%02X: NRC 0x%02X %s",
                service, nrc, meaning(nrc)), Hex.of(message));
    }
}

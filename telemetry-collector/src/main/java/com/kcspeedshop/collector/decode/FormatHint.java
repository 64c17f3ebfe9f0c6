package com.kcspeedshop.collector.decode;

import com.kcspeedshop.collector.elm327.response.ProtocolFamily;
import com.kcspeedshop.collector.elm327.response.ResponseFormat;
import java.util.Locale;

/**
 * The optional {@code "format"} field of a decode input line: how the adapter was set up, as tokens separated by
 * commas, spaces or {@code +}. One protocol token ({@code auto} default, {@code can11}, {@code can29}, {@code iso9141},
 * {@code kwp}, {@code j1850pwm}, {@code j1850vpw}) and the modifiers {@code headers} ({@code AT H1}) and {@code caf0}
 * ({@code AT CAF0}). Auto-detection recognises headers from the text, so {@code headers} alone means auto.
 */
final class FormatHint {

    static final String TOKENS = "auto, can11, can29, iso9141, kwp, j1850pwm, j1850vpw, headers, caf0";

    private FormatHint() {
    }

    /**
     * @param hint the field's text; null or blank means auto
     * @throws IllegalArgumentException naming the unknown token and the known ones
     */
    static ResponseFormat parse(String hint) {
        if (hint == null || hint.isBlank()) {
            return ResponseFormat.AUTO_DETECT;
        }
        ProtocolFamily family = ProtocolFamily.AUTO;
        boolean headers = false;
        boolean autoFormatting = true;
        for (String token : hint.toLowerCase(Locale.ROOT).trim().split("[\\s,+]+")) {
            switch (token) {
                case "headers" -> headers = true;
                case "caf0" -> autoFormatting = false;
                default -> family = family(token, hint);
            }
        }
        return family == ProtocolFamily.AUTO ? ResponseFormat.AUTO_DETECT
                : new ResponseFormat(family, headers, autoFormatting);
    }

    private static ProtocolFamily family(String token, String hint) {
        return switch (token) {
            case "auto" -> ProtocolFamily.AUTO;
            case "can11", "can" -> ProtocolFamily.CAN_11BIT;
            case "can29" -> ProtocolFamily.CAN_29BIT;
            case "iso9141" -> ProtocolFamily.ISO_9141_2;
            case "kwp", "iso14230" -> ProtocolFamily.ISO_14230_4;
            case "j1850pwm" -> ProtocolFamily.SAE_J1850_PWM;
            case "j1850vpw" -> ProtocolFamily.SAE_J1850_VPW;
            default -> throw new IllegalArgumentException("unknown format token '" + token + "' in \"" + hint
                    + "\"; known: " + TOKENS);
        };
    }
}

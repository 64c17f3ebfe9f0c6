package com.kcspeedshop.collector.elm327.response;

import java.util.Objects;

/**
 * How the adapter was set up to print responses: the session layer knows this from the AT commands it sent.
 *
 * @param family            the protocol in use, or {@link ProtocolFamily#AUTO} to recognise it from the text
 * @param headers           {@code AT H1}: headers (CAN id, or the 3 legacy header bytes and check byte) are printed;
 *                          ignored when {@code family} is AUTO
 * @param canAutoFormatting {@code AT CAF1} (the adapter default): with headers off, the adapter removes ISO-TP
 *                          PCI bytes and prints multi-frame replies as a length line and {@code N:} lines; with
 *                          {@code AT CAF0} the PCI bytes are printed. Only meaningful for CAN; headers on always
 *                          shows PCI bytes, as the data sheet says H1 overrides CAF1's formatting
 */
public record ResponseFormat(ProtocolFamily family, boolean headers, boolean canAutoFormatting) {

    /** Recognise the layout from the text: the mode to use when the session does not know the settings. */
    public static final ResponseFormat AUTO_DETECT = new ResponseFormat(ProtocolFamily.AUTO, false, true);

    public ResponseFormat {
        Objects.requireNonNull(family, "family");
    }

    /** The adapter's power-on defaults ({@code AT H0}, {@code AT CAF1}) on the given protocol. */
    public static ResponseFormat defaults(ProtocolFamily family) {
        return new ResponseFormat(family, false, true);
    }

    /** Headers on ({@code AT H1}) on the given protocol. */
    public static ResponseFormat withHeaders(ProtocolFamily family) {
        return new ResponseFormat(family, true, true);
    }

    /** Headers off with CAN auto formatting off ({@code AT H0}, {@code AT CAF0}): PCI bytes are printed. */
    public static ResponseFormat rawCan(ProtocolFamily family) {
        return new ResponseFormat(family, false, false);
    }
}

package com.kcspeedshop.collector.elm327.response;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every error or alert line an ELM327-family adapter prints instead of (or beside) vehicle data, as listed in the ELM327
 * data sheet's "Error Messages and Alerts" section.
 *
 * <p>Matching ignores case and spaces, because with {@code AT S0} some adapters print {@code NODATA}.
 */
public enum ElmError {
    /** {@code NO DATA}: nothing answered within the {@code AT ST} time (PID unsupported, ignition off, filter). */
    NO_DATA("NO DATA"),
    /** {@code UNABLE TO CONNECT}: the protocol search found no protocol the vehicle answers on. */
    UNABLE_TO_CONNECT("UNABLE TO CONNECT"),
    /** {@code CAN ERROR}: the CAN module could not initialise, send or receive (wiring, wrong bit rate). */
    CAN_ERROR("CAN ERROR"),
    /** {@code BUS INIT: ...ERROR}: the ISO 9141-2 / ISO 14230-4 K-line wake-up failed. */
    BUS_INIT_ERROR("BUS INIT: ...ERROR"),
    /** {@code BUS ERROR}: a generic bus problem, usually a wiring fault (for example a short). */
    BUS_ERROR("BUS ERROR"),
    /** {@code BUS BUSY}: too much bus activity to insert a message. */
    BUS_BUSY("BUS BUSY"),
    /** {@code FB ERROR}: the output's feedback was not seen at the input (wiring). */
    FEEDBACK_ERROR("FB ERROR"),
    /** {@code DATA ERROR}: a reply was seen but was too short or could not be recovered. */
    DATA_ERROR("DATA ERROR"),
    /** {@code <DATA ERROR} after a line: that line's checksum or CRC failed; the bytes shown are suspect. */
    LINE_DATA_ERROR("<DATA ERROR"),
    /** {@code <RX ERROR} after a line: a CAN receive error in that frame. */
    RX_ERROR("<RX ERROR"),
    /** {@code STOPPED}: the adapter stopped because a character arrived on its serial input mid-request. */
    STOPPED("STOPPED"),
    /** {@code BUFFER FULL}: the adapter's transmit buffer overflowed; data was lost. */
    BUFFER_FULL("BUFFER FULL"),
    /** {@code ACT ALERT} / {@code !ACT ALERT}: no activity; the adapter is about to enter low power mode. */
    ACTIVITY_ALERT("ACT ALERT"),
    /** {@code LP ALERT} / {@code !LP ALERT}: the adapter enters low power mode in 2 seconds. */
    LOW_POWER_ALERT("LP ALERT"),
    /** {@code LV RESET}: a brown-out reset; every AT setting is back to its default. */
    LOW_VOLTAGE_RESET("LV RESET"),
    /** {@code ERRxx}: an internal error; {@code ERR94} is a fatal CAN error that reset the IC. */
    INTERNAL_ERROR("ERRxx"),
    /** {@code ?}: the adapter did not understand the command. */
    UNKNOWN_COMMAND("?");

    private static final String BUS_INIT = "BUSINIT";
    private static final String INTERNAL_PREFIX = "ERR";
    /** Every error but {@link #INTERNAL_ERROR} by its wire text without spaces, as {@link #classify} compares it. */
    private static final Map<String, ElmError> BY_SQUEEZED_TEXT = new HashMap<>();

    static {
        for (ElmError error : values()) {
            if (error != INTERNAL_ERROR) {
                BY_SQUEEZED_TEXT.put(error.wireText.replace(" ", ""), error);
            }
        }
    }

    private final String wireText;

    ElmError(String wireText) {
        this.wireText = wireText;
    }

    /** The text the adapter prints, as in the data sheet ({@code ERRxx} stands for any two hex digits). */
    public String wireText() {
        return wireText;
    }

    /**
     * Classifies one line of adapter output.
     *
     * @param line one line, without CR/LF
     * @return the error the line reports, or null if it is not an error line
     */
    public static ElmError classify(String line) {
        // called for every line the adapter prints, so the common case (hex data) must not allocate
        if (cannotBeError(line)) {
            return null;
        }
        String squeezed = squeeze(line);
        if (squeezed.isEmpty()) {
            return null;
        }
        // line-suffix markers: "41 0C 1A F8 <DATA ERROR" keeps the suspect bytes on the same line
        if (squeezed.endsWith("<DATAERROR")) {
            return LINE_DATA_ERROR;
        }
        if (squeezed.endsWith("<RXERROR")) {
            return RX_ERROR;
        }
        if (squeezed.startsWith(BUS_INIT)) {
            // "BUS INIT: ...ERROR": the dots are printed one by one while the 5-baud or fast init runs
            int at = BUS_INIT.length();
            if (at < squeezed.length() && squeezed.charAt(at) == ':') {
                at++;
            }
            while (at < squeezed.length() && squeezed.charAt(at) == '.') {
                at++;
            }
            String outcome = squeezed.substring(at);
            return outcome.equals("ERROR") ? BUS_INIT_ERROR : classifyPlain(outcome);
        }
        return classifyPlain(squeezed.startsWith("!") ? squeezed.substring(1) : squeezed);
    }

    /**
     * {@code text} without regex whitespace ({@code \s}: space, tab, LF, VT, FF, CR), in upper case: the form lines are
     * compared in, so {@code NODATA} and {@code no data} both match.
     */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isRegexSpace(c)) {
                out.append(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code c} is in the regex class {@code \s} (ASCII whitespace without the FS/GS/RS/US separators). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    // Every wire text but "?" holds a letter G-Z once squeezed ("ERRxx" and "BUS INIT" too), so an ASCII line with no
    // such letter and no '?' is no error line: hex data and "0: 49 02 ..." segments are rejected without a copy.
    // Non-ASCII lines take the full path, since upper-casing can turn a non-ASCII letter into an ASCII one.
    private static boolean cannotBeError(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x80 || c == '?' || (c >= 'G' && c <= 'Z') || (c >= 'g' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static ElmError classifyPlain(String squeezed) {
        if (isInternalError(squeezed)) {
            return INTERNAL_ERROR;
        }
        return BY_SQUEEZED_TEXT.get(squeezed);
    }

    // "ERRxx", xx two upper-case hex digits
    private static boolean isInternalError(String squeezed) {
        return squeezed.length() == INTERNAL_PREFIX.length() + 2 && squeezed.startsWith(INTERNAL_PREFIX)
                && isUpperHexDigit(squeezed.charAt(3)) && isUpperHexDigit(squeezed.charAt(4));
    }

    private static boolean isUpperHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }
}

package com.kcspeedshop.collector.elm327.response;

import java.util.Locale;
import java.util.regex.Pattern;

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

    private static final Pattern INTERNAL = Pattern.compile("ERR[0-9A-F]{2}");
    // "BUS INIT: ...ERROR": the dots are printed one by one while the 5-baud or fast init runs
    private static final Pattern BUS_INIT_PREFIX = Pattern.compile("^BUSINIT:?\\.*");

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
        String squeezed = line.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
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
        if (squeezed.startsWith("BUSINIT")) {
            String outcome = BUS_INIT_PREFIX.matcher(squeezed).replaceFirst("");
            return outcome.equals("ERROR") ? BUS_INIT_ERROR : classifyPlain(outcome);
        }
        return classifyPlain(squeezed.startsWith("!") ? squeezed.substring(1) : squeezed);
    }

    private static ElmError classifyPlain(String squeezed) {
        if (INTERNAL.matcher(squeezed).matches()) {
            return INTERNAL_ERROR;
        }
        for (ElmError error : values()) {
            if (error != INTERNAL_ERROR && error.wireText.replace(" ", "").equals(squeezed)) {
                return error;
            }
        }
        return null;
    }
}

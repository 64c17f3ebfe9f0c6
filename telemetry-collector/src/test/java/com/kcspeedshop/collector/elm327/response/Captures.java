package com.kcspeedshop.collector.elm327.response;

/**
 * Adapter output used as test input, with where each came from. Text is copied VERBATIM from the cited page except
 * that line breaks are written as the adapter sends them ({@code \r}, the ELM327 default with {@code AT L0}), and the
 * {@code >} prompt and the request the data sheet prints after it are left out (the session strips the prompt).
 *
 * <p>Sources (vendor documentation; short example exchanges quoted for interoperability testing):
 * <ul>
 *   <li>[DSJ42] ELM327 data sheet ELM327DSJ, Elm Electronics, p. 42 "Multiline Responses",
 *       https://libble.eu/elm-327/online-manual-727154/?page=0042</li>
 *   <li>[DSH39] ELM327 data sheet ELM327DSH, Elm Electronics, p. 39 "Setting the Headers (continued)",
 *       https://www.easymanua.ls/elm/elm327/manual?p=39 (same text in ELM329DSC p. 36,
 *       https://manualshive.com/en/manual/elm/329/2393938?page=36)</li>
 *   <li>[329-38] ELM329 data sheet ELM329DSB, Elm Electronics, p. 38 "Multiline Responses (continued)",
 *       https://pdf.ic37.com/ELM/ELM32_datasheet_12491705/ELM32_38.html</li>
 *   <li>[DSJ87] ELM327DSJ pp. 87-88 "Error Messages and Alerts", https://libble.eu/elm-327/online-manual-727154/?page=0087
 *       and ?page=0088; [329-80] ELM329DSC p. 80 (LV RESET, &lt;RX ERROR, SEARCHING),
 *       https://manualshive.com/ru/manual/elm/329/2393938?page=80</li>
 * </ul>
 * Where the data sheets give no example for a format (29-bit headers, CAF0, legacy headers with check bytes), inputs
 * are CONSTRUCTED: the data bytes of a data sheet example placed in the frame layout the data sheet describes, with
 * check bytes computed by the standard's rule. Such constants are named {@code BUILT_*}. No GPL material was used.
 */
final class Captures {

    /** [DSJ42] CAN, headers off, CAF1: service 09 PID 02 (VIN) as a length line and numbered segments. */
    static final String DSJ42_CAN_VIN = "014\r0: 49 02 01 31 44 34\r1: 47 50 30 30 52 35 35\r2: 42 31 32 33 34 35 36\r";

    /** [DSJ42] SAE J1850, headers off: the same VIN as five numbered service 09 messages. */
    static final String DSJ42_J1850_VIN = "49 02 01 00 00 00 31\r49 02 02 44 34 47 50\r49 02 03 30 30 52 35\r"
            + "49 02 04 35 42 31 32\r49 02 05 33 34 35 36\r";

    /** [DSH39] CAN 11-bit, headers on: 01 00 (supported PIDs) from ECU #1. */
    static final String DSH39_0100 = "7E8 06 41 00 BE 3F B8 13 00\r";

    /** [DSH39] CAN 11-bit, headers on: 01 05 (coolant temperature), padded with 00. */
    static final String DSH39_0105 = "7E8 03 41 05 46 00 00 00 00\r";

    /** [329-38] CAN 11-bit, headers on: 09 04 (calibration id) from two ECUs, grouped by ECU as the data sheet shows. */
    static final String DS329_CALID_7E8 = "7E8 10 13 49 04 01 35 36 30\r7E8 21 32 38 39 34 39 41 43\r"
            + "7E8 22 00 00 00 00 00 00 31\r";
    static final String DS329_CALID_7E9 = "7E9 10 13 49 04 01 35 36 30\r7E9 21 32 38 39 35 34 41 43\r"
            + "7E9 22 00 00 00 00 00 00 00\r";

    /** BUILT from [DSH39]: the 01 00 reply under a 29-bit id (priority 18, DA, target F1, source 10). */
    static final String BUILT_29BIT_0100 = "18 DA F1 10 06 41 00 BE 3F B8 13 00\r";

    /** BUILT from [DSH39]: the 01 00 reply with headers off and CAN auto formatting off (PCI shown). */
    static final String BUILT_CAF0_0100 = "06 41 00 BE 3F B8 13 00\r";

    /** BUILT: ISO 9141-2 header 48 6B 10, 01 0C reply 41 0C 1A F8, sum checksum 22. */
    static final String BUILT_ISO9141_010C = "48 6B 10 41 0C 1A F8 22\r";

    /** BUILT: SAE J1850 PWM header 41 6B 10, 01 0C reply, CRC-8 3D. */
    static final String BUILT_J1850PWM_010C = "41 6B 10 41 0C 1A F8 3D\r";

    /** BUILT: SAE J1850 VPW header 48 6B 10, 01 0C reply, CRC-8 B2. */
    static final String BUILT_J1850VPW_010C = "48 6B 10 41 0C 1A F8 B2\r";

    /** BUILT: ISO 14230-4 format byte 84 (4 data bytes), target F1, source 10, sum checksum E4. */
    static final String BUILT_KWP_010C = "84 F1 10 41 0C 1A F8 E4\r";

    /** BUILT: ISO 14230-4 format byte 80 with a separate length byte 04, sum checksum E4. */
    static final String BUILT_KWP4_010C = "80 F1 10 04 41 0C 1A F8 E4\r";

    /** BUILT from [DSJ42]: the J1850 VIN lines with ISO 9141-2 headers (source 10) and sum checksums. */
    static final String BUILT_ISO9141_VIN = "48 6B 10 49 02 01 00 00 00 31 40\r48 6B 10 49 02 02 44 34 47 50 1F\r"
            + "48 6B 10 49 02 03 30 30 52 35 F8\r48 6B 10 49 02 04 35 42 31 32 EC\r48 6B 10 49 02 05 33 34 35 36 E5\r";

    /** The VIN the data sheet derives from [DSJ42]. */
    static final String DSJ42_VIN_TEXT = "1D4GP00R55B123456";

    private Captures() {
    }
}

package com.kcspeedshop.collector.obd;

/**
 * One on-board monitoring test result of service 06 (CAN format), scaled by its Unit and Scaling ID.
 *
 * @param mid          the OBD monitor id (e.g. 0x01 = oxygen sensor monitor bank 1 sensor 1)
 * @param tid          the test id within the monitor
 * @param unitScaling  the Unit and Scaling ID (UASID) of value, min and max
 * @param value        the test value, scaled
 * @param min          the lower test limit, scaled
 * @param max          the upper test limit, scaled
 * @param unit         the unit the UASID names ({@code V}, {@code ms}, {@code count} ...), {@code raw} if unknown
 * @param passed       true when min &lt;= value &lt;= max
 */
public record MonitorTest(int mid, int tid, int unitScaling, double value, double min, double max, String unit,
                          boolean passed) {
}

package com.kcspeedshop.datasets.trips;

import java.util.Optional;

/**
 * The 27 columns of a carOBD log (Toyota Etios, Carloop logger) and the PID-table signal each maps to. Headers read
 * {@code NAME ()}: the parentheses are always empty, so the units are those of the PID (dataset README).
 */
enum CarObdColumn {
    ENGINE_RUN_TINE("RUN_TIME", "s"), // PID 1F; sic, the logger's spelling. Also the row clock
    ENGINE_RPM("ENGINE_RPM", "rpm"), // 0C
    VEHICLE_SPEED("VEHICLE_SPEED", "km/h"), // 0D
    THROTTLE("THROTTLE_POS", "%"), // 11
    ENGINE_LOAD("ENGINE_LOAD", "%"), // 04
    COOLANT_TEMPERATURE("COOLANT_TEMP", "degC"), // 05
    LONG_TERM_FUEL_TRIM_BANK_1("LONG_FUEL_TRIM_1", "%"), // 07
    SHORT_TERM_FUEL_TRIM_BANK_1("SHORT_FUEL_TRIM_1", "%"), // 06
    INTAKE_MANIFOLD_PRESSURE("INTAKE_MAP", "kPa"), // 0B
    FUEL_TANK("FUEL_TANK_LEVEL", "%"), // 2F
    ABSOLUTE_THROTTLE_B("THROTTLE_POS_B", "%"), // 47
    PEDAL_D("ACCEL_PEDAL_POS_D", "%"), // 49
    PEDAL_E("ACCEL_PEDAL_POS_E", "%"), // 4A
    COMMANDED_THROTTLE_ACTUATOR("COMMANDED_THROTTLE_ACTUATOR", "%"), // 4C
    /** 44: zero in every row of every included file, i.e. not supported by this car: not replayed. */
    FUEL_AIR_COMMANDED_EQUIV_RATIO(null, "ratio"),
    ABSOLUTE_BAROMETRIC_PRESSURE("BAROMETRIC_PRESSURE", "kPa"), // 33
    RELATIVE_THROTTLE_POSITION("RELATIVE_THROTTLE_POS", "%"), // 45
    INTAKE_AIR_TEMP("INTAKE_AIR_TEMP", "degC"), // 0F
    TIMING_ADVANCE("TIMING_ADVANCE", "deg"), // 0E
    CATALYST_TEMPERATURE_BANK1_SENSOR1("CATALYST_TEMP_B1S1", "degC"), // 3C
    CATALYST_TEMPERATURE_BANK1_SENSOR2("CATALYST_TEMP_B1S2", "degC"), // 3E
    CONTROL_MODULE_VOLTAGE("CONTROL_MODULE_VOLTAGE", "V"), // 42
    COMMANDED_EVAPORATIVE_PURGE("COMMANDED_EVAP_PURGE", "%"), // 2E
    TIME_RUN_WITH_MIL_ON("TIME_WITH_MIL_ON", "min"), // 4D
    TIME_SINCE_TROUBLE_CODES_CLEARED("TIME_SINCE_DTC_CLEAR", "min"), // 4E
    DISTANCE_TRAVELED_WITH_MIL_ON("DISTANCE_WITH_MIL", "km"), // 21
    /** 30: reads 255 ("not available") in most rows: not replayed. */
    WARM_UPS_SINCE_CODES_CLEARED(null, "count");

    private final String signal;
    private final String unit;

    CarObdColumn(String signal, String unit) {
        this.signal = signal;
        this.unit = unit;
    }

    /** The PID-table signal name, or null for a column that is not replayed. */
    String signal() {
        return signal;
    }

    String unit() {
        return unit;
    }

    /** The column a header cell such as {@code ENGINE_RPM ()} names; empty if unknown. */
    static Optional<CarObdColumn> forHeader(String cell) {
        String name = cell.replaceFirst("\\s*\\(.*\\)\\s*$", "").strip();
        for (CarObdColumn column : values()) {
            if (column.name().equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}

package com.kcspeedshop.datasets.trips;

import java.util.Optional;

/**
 * The value columns of a KIT Automotive OBD-II Dataset log (Seat Leon, OBD Auto Doctor app) and the PID-table signal
 * each maps to. Headers read {@code <name> [<unit>]}; matched on the name only, because the unit of the temperature
 * columns is mis-encoded in the files ({@code Â°C}, in some files twice over).
 */
enum KitColumn {
    COOLANT("Engine Coolant Temperature", "COOLANT_TEMP", "degC"), // PID 05
    MAP("Intake Manifold Absolute Pressure", "INTAKE_MAP", "kPa"), // PID 0B
    RPM("Engine RPM", "ENGINE_RPM", "rpm"), // PID 0C
    SPEED("Vehicle Speed Sensor", "VEHICLE_SPEED", "km/h"), // PID 0D
    INTAKE_AIR("Intake Air Temperature", "INTAKE_AIR_TEMP", "degC"), // PID 0F
    MAF("Air Flow Rate from Mass Flow Sensor", "MAF_RATE", "g/s"), // PID 10
    THROTTLE("Absolute Throttle Position", "THROTTLE_POS", "%"), // PID 11
    AMBIENT("Ambient Air Temperature", "AMBIENT_AIR_TEMP", "degC"), // PID 46
    PEDAL_D("Accelerator Pedal Position D", "ACCEL_PEDAL_POS_D", "%"), // PID 49
    PEDAL_E("Accelerator Pedal Position E", "ACCEL_PEDAL_POS_E", "%"); // PID 4A

    private final String header;
    private final String signal;
    private final String unit;

    KitColumn(String header, String signal, String unit) {
        this.header = header;
        this.signal = signal;
        this.unit = unit;
    }

    String signal() {
        return signal;
    }

    String unit() {
        return unit;
    }

    /** The column a header cell names, ignoring its bracketed unit; empty for a column we do not replay. */
    static Optional<KitColumn> forHeader(String cell) {
        int bracket = cell.indexOf(" [");
        String name = (bracket < 0 ? cell : cell.substring(0, bracket)).strip();
        for (KitColumn column : values()) {
            if (column.header.equalsIgnoreCase(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}

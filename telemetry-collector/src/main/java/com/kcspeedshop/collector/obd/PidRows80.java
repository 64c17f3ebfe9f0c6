package com.kcspeedshop.collector.obd;

import static com.kcspeedshop.collector.obd.PidSpec.bits;
import static com.kcspeedshop.collector.obd.PidSpec.raw;
import static com.kcspeedshop.collector.obd.PidSpec.row;
import static com.kcspeedshop.collector.obd.SignalSpec.linear;
import static com.kcspeedshop.collector.obd.SignalSpec.percent;
import static com.kcspeedshop.collector.obd.SignalSpec.temp;
import static com.kcspeedshop.collector.obd.SignalSpec.torque;

import java.util.ArrayList;
import java.util.List;

/**
 * Service 01 PIDs 0x80-0xC4. Several of these (WWH-OBD, NOx/SCR inducement, PM sensors) pack many bit fields we do
 * not decode yet: they are {@link PidSpec#raw} rows, kept so their bytes can be skipped in a multi-PID response.
 */
final class PidRows80 {

    private PidRows80() {
    }

    static List<PidSpec> rows() {
        List<PidSpec> rows = new ArrayList<>(List.of(
                PidSpec.bitmap(0x80),
                aecdTimers(0x81, 1),
                aecdTimers(0x82, 6),
                row(0x83, 9, "NOx sensor concentration",
                        linear("NOX_B1S1", "ppm", 1, 2, 1, 0).ifSupported(0),
                        linear("NOX_B1S2", "ppm", 3, 2, 1, 0).ifSupported(1),
                        linear("NOX_B2S1", "ppm", 5, 2, 1, 0).ifSupported(2),
                        linear("NOX_B2S2", "ppm", 7, 2, 1, 0).ifSupported(3)),
                row(0x84, 1, "Manifold surface temperature", temp("MANIFOLD_SURFACE_TEMP", 0)),
                // only the tank level (F) is decoded: the scaling of B-E and G-J is not yet checked against a source
                row(0x85, 10, "NOx reagent system", percent("NOX_REAGENT_TANK_LEVEL", 5).ifSupported(2)),
                raw(0x86, 5, "Particulate matter (PM) sensor"),
                row(0x87, 5, "Intake manifold absolute pressure A and B",
                        linear("INTAKE_MAP_A", "kPa", 1, 2, 1.0 / 32, 0).ifSupported(0),
                        linear("INTAKE_MAP_B", "kPa", 3, 2, 1.0 / 32, 0).ifSupported(1)),
                raw(0x88, 13, "SCR induce system"),
                aecdTimers(0x89, 11),
                aecdTimers(0x8A, 16),
                raw(0x8B, 7, "Diesel aftertreatment"),
                raw(0x8C, 17, "O2 sensor (wide range)"),
                row(0x8D, 1, "Throttle position G", percent("THROTTLE_POS_G", 0)),
                row(0x8E, 1, "Engine friction percent torque", torque("ENGINE_FRICTION_TORQUE", 0)),
                raw(0x8F, 7, "PM sensor bank 1 and 2"),
                raw(0x90, 3, "WWH-OBD vehicle OBD system information"),
                raw(0x91, 5, "WWH-OBD ECU OBD system information"),
                raw(0x92, 2, "Fuel system control"),
                raw(0x93, 3, "WWH-OBD vehicle OBD counters support"),
                raw(0x94, 12, "NOx warning and inducement system"),
                PidRows68.exhaustGasTemperatures(0x98, 1, 5),
                PidRows68.exhaustGasTemperatures(0x99, 2, 5),
                raw(0x9A, 6, "Hybrid/EV vehicle system data, battery, voltage"),
                // B (DEF type and concentration) is not decoded yet
                row(0x9B, 4, "Diesel exhaust fluid sensor data",
                        temp("DEF_TANK_TEMP", 2).ifSupported(2), percent("DEF_TANK_LEVEL", 3).ifSupported(3)),
                raw(0x9C, 17, "O2 sensor data"),
                row(0x9D, 4, "Engine fuel rate (mass)",
                        linear("ENGINE_FUEL_MASS_RATE", "g/s", 0, 2, 0.02, 0),
                        linear("VEHICLE_FUEL_MASS_RATE", "g/s", 2, 2, 0.02, 0)),
                row(0x9E, 2, "Engine exhaust flow rate", linear("EXHAUST_FLOW_RATE", "kg/h", 0, 2, 0.2, 0)),
                raw(0x9F, 9, "Fuel system percentage use"),
                PidSpec.bitmap(0xA0),
                raw(0xA1, 9, "NOx sensor corrected data"),
                row(0xA2, 2, "Cylinder fuel rate", linear("CYLINDER_FUEL_RATE", "mg/stroke", 0, 2, 1.0 / 32, 0)),
                raw(0xA3, 9, "Evap system vapor pressure"),
                bits(0xA4, 4, "Transmission actual gear", BitEncodedPids::transmissionGear,
                        linear("TRANSMISSION_GEAR_RATIO", "ratio", 2, 2, 0.001, 0).ifSupported(1)),
                row(0xA5, 4, "Commanded diesel exhaust fluid dosing",
                        linear("COMMANDED_DEF_DOSING", "%", 1, 1, 0.5, 0).ifSupported(0)),
                row(0xA6, 4, "Odometer", linear("ODOMETER", "km", 0, 4, 0.1, 0)),
                raw(0xA7, 4, "NOx sensor concentration sensors 3 and 4"),
                raw(0xA8, 4, "NOx sensor corrected concentration sensors 3 and 4"),
                bits(0xA9, 4, "ABS disable switch state", BitEncodedPids::absDisableSwitch),
                PidSpec.bitmap(0xC0)));
        return rows;
    }

    /** Run time of five auxiliary emission control devices: A = support bits, then two 4-byte timers (s) each. */
    private static PidSpec aecdTimers(int pid, int first) {
        List<SignalSpec> signals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "AECD_" + (first + i) + "_TIME_";
            signals.add(linear(name + 1, "s", 1 + 8 * i, 4, 1, 0).ifSupported(i));
            signals.add(linear(name + 2, "s", 5 + 8 * i, 4, 1, 0).ifSupported(i));
        }
        return new PidSpec(pid, 41, "Engine run time for AECD #" + first + "-#" + (first + 4), signals,
                PidSpec.NO_STATES);
    }
}

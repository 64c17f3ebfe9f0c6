package com.kcspeedshop.collector.obd;

import static com.kcspeedshop.collector.obd.PidSpec.bits;
import static com.kcspeedshop.collector.obd.PidSpec.row;
import static com.kcspeedshop.collector.obd.SignalSpec.linear;
import static com.kcspeedshop.collector.obd.SignalSpec.percent;
import static com.kcspeedshop.collector.obd.SignalSpec.signed16;
import static com.kcspeedshop.collector.obd.SignalSpec.temp;
import static com.kcspeedshop.collector.obd.SignalSpec.torque;
import static com.kcspeedshop.collector.obd.SignalSpec.trim;

import java.util.List;

/** Service 01 PIDs 0x40-0x67 (SAE J1979 / ISO 15031-5). */
final class PidRows40 {

    private PidRows40() {
    }

    static List<PidSpec> rows() {
        return List.of(
                PidSpec.bitmap(0x40),
                bits(0x41, 4, "Monitor status this drive cycle", BitEncodedPids::monitorStatusThisCycle),
                row(0x42, 2, "Control module voltage", linear("CONTROL_MODULE_VOLTAGE", "V", 0, 2, 0.001, 0)),
                row(0x43, 2, "Absolute load value", linear("ABSOLUTE_LOAD", "%", 0, 2, 100.0 / 255, 0)),
                row(0x44, 2, "Commanded air-fuel equivalence ratio",
                        linear("COMMANDED_EQUIV_RATIO", "ratio", 0, 2, 2.0 / 65536, 0)),
                row(0x45, 1, "Relative throttle position", percent("RELATIVE_THROTTLE_POS", 0)),
                row(0x46, 1, "Ambient air temperature", temp("AMBIENT_AIR_TEMP", 0)),
                row(0x47, 1, "Absolute throttle position B", percent("THROTTLE_POS_B", 0)),
                row(0x48, 1, "Absolute throttle position C", percent("THROTTLE_POS_C", 0)),
                row(0x49, 1, "Accelerator pedal position D", percent("ACCEL_PEDAL_POS_D", 0)),
                row(0x4A, 1, "Accelerator pedal position E", percent("ACCEL_PEDAL_POS_E", 0)),
                row(0x4B, 1, "Accelerator pedal position F", percent("ACCEL_PEDAL_POS_F", 0)),
                row(0x4C, 1, "Commanded throttle actuator", percent("COMMANDED_THROTTLE_ACTUATOR", 0)),
                row(0x4D, 2, "Time run with MIL on", linear("TIME_WITH_MIL_ON", "min", 0, 2, 1, 0)),
                row(0x4E, 2, "Time since trouble codes cleared", linear("TIME_SINCE_DTC_CLEAR", "min", 0, 2, 1, 0)),
                row(0x4F, 4, "Maximum values of equivalence ratio, O2 voltage and current, intake MAP",
                        linear("MAX_EQUIV_RATIO", "ratio", 0, 1, 1, 0),
                        linear("MAX_O2_SENSOR_VOLTAGE", "V", 1, 1, 1, 0),
                        linear("MAX_O2_SENSOR_CURRENT", "mA", 2, 1, 1, 0),
                        linear("MAX_INTAKE_MAP", "kPa", 3, 1, 10, 0)),
                // B, C, D reserved
                row(0x50, 4, "Maximum value of air flow rate from MAF sensor",
                        linear("MAX_MAF_RATE", "g/s", 0, 1, 10, 0)),
                bits(0x51, 1, "Fuel type", BitEncodedPids::fuelType),
                row(0x52, 1, "Ethanol fuel percentage", percent("ETHANOL_FUEL", 0)),
                row(0x53, 2, "Absolute evap system vapor pressure",
                        linear("EVAP_ABS_VAPOR_PRESSURE", "kPa", 0, 2, 1.0 / 200, 0)),
                row(0x54, 2, "Evap system vapor pressure (wide range)",
                        signed16("EVAP_VAPOR_PRESSURE_WIDE", "Pa", 0, 1)),
                row(0x55, 2, "Short term secondary O2 sensor trim, banks 1 and 3",
                        trim("SHORT_O2_TRIM_BANK_1", 0), trim("SHORT_O2_TRIM_BANK_3", 1)),
                row(0x56, 2, "Long term secondary O2 sensor trim, banks 1 and 3",
                        trim("LONG_O2_TRIM_BANK_1", 0), trim("LONG_O2_TRIM_BANK_3", 1)),
                row(0x57, 2, "Short term secondary O2 sensor trim, banks 2 and 4",
                        trim("SHORT_O2_TRIM_BANK_2", 0), trim("SHORT_O2_TRIM_BANK_4", 1)),
                row(0x58, 2, "Long term secondary O2 sensor trim, banks 2 and 4",
                        trim("LONG_O2_TRIM_BANK_2", 0), trim("LONG_O2_TRIM_BANK_4", 1)),
                row(0x59, 2, "Fuel rail absolute pressure", linear("FUEL_RAIL_ABS_PRESSURE", "kPa", 0, 2, 10, 0)),
                row(0x5A, 1, "Relative accelerator pedal position", percent("RELATIVE_ACCEL_PEDAL_POS", 0)),
                row(0x5B, 1, "Hybrid battery pack remaining life", percent("HYBRID_BATTERY_REMAINING", 0)),
                row(0x5C, 1, "Engine oil temperature", temp("ENGINE_OIL_TEMP", 0)),
                row(0x5D, 2, "Fuel injection timing",
                        linear("FUEL_INJECTION_TIMING", "deg", 0, 2, 1.0 / 128, -210)),
                row(0x5E, 2, "Engine fuel rate", linear("ENGINE_FUEL_RATE", "L/h", 0, 2, 0.05, 0)),
                bits(0x5F, 1, "Emission requirements to which vehicle is designed",
                        BitEncodedPids::emissionRequirements),
                PidSpec.bitmap(0x60),
                row(0x61, 1, "Driver's demand engine percent torque", torque("DRIVER_DEMAND_TORQUE", 0)),
                row(0x62, 1, "Actual engine percent torque", torque("ACTUAL_TORQUE", 0)),
                row(0x63, 2, "Engine reference torque", linear("REFERENCE_TORQUE", "Nm", 0, 2, 1, 0)),
                row(0x64, 5, "Engine percent torque data (idle, points 1-4)",
                        torque("TORQUE_IDLE", 0), torque("TORQUE_POINT_1", 1), torque("TORQUE_POINT_2", 2),
                        torque("TORQUE_POINT_3", 3), torque("TORQUE_POINT_4", 4)),
                bits(0x65, 2, "Auxiliary input / output supported", BitEncodedPids::auxiliaryInputOutput),
                // A = support bits, then (256B+C)/32 and (256D+E)/32 g/s
                row(0x66, 5, "Mass air flow sensor",
                        linear("MAF_SENSOR_A", "g/s", 1, 2, 1.0 / 32, 0).ifSupported(0),
                        linear("MAF_SENSOR_B", "g/s", 3, 2, 1.0 / 32, 0).ifSupported(1)),
                row(0x67, 3, "Engine coolant temperature sensors 1 and 2",
                        temp("COOLANT_TEMP_SENSOR_1", 1).ifSupported(0),
                        temp("COOLANT_TEMP_SENSOR_2", 2).ifSupported(1)));
    }
}

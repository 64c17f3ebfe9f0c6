package com.kcspeedshop.collector.obd;

import static com.kcspeedshop.collector.obd.PidSpec.bits;
import static com.kcspeedshop.collector.obd.PidSpec.row;
import static com.kcspeedshop.collector.obd.SignalSpec.linear;
import static com.kcspeedshop.collector.obd.SignalSpec.percent;
import static com.kcspeedshop.collector.obd.SignalSpec.temp;
import static com.kcspeedshop.collector.obd.SignalSpec.temp16;
import static com.kcspeedshop.collector.obd.SignalSpec.trim;

import java.util.List;

/**
 * Service 01 PIDs 0x68-0x7F: mostly diesel and turbo PIDs whose byte A says which of the following fields the ECU
 * supports; a field whose support bit is clear is left out.
 */
final class PidRows68 {

    private PidRows68() {
    }

    static List<PidSpec> rows() {
        return List.of(
                row(0x68, 7, "Intake air temperature sensors",
                        temp("INTAKE_AIR_TEMP_B1S1", 1).ifSupported(0), temp("INTAKE_AIR_TEMP_B1S2", 2).ifSupported(1),
                        temp("INTAKE_AIR_TEMP_B1S3", 3).ifSupported(2), temp("INTAKE_AIR_TEMP_B2S1", 4).ifSupported(3),
                        temp("INTAKE_AIR_TEMP_B2S2", 5).ifSupported(4),
                        temp("INTAKE_AIR_TEMP_B2S3", 6).ifSupported(5)),
                row(0x69, 7, "Commanded EGR and EGR error",
                        percent("COMMANDED_EGR_A_DUTY", 1).ifSupported(0), percent("EGR_A_DUTY", 2).ifSupported(1),
                        trim("EGR_A_ERROR", 3).ifSupported(2), percent("COMMANDED_EGR_B_DUTY", 4).ifSupported(3),
                        percent("EGR_B_DUTY", 5).ifSupported(4), trim("EGR_B_ERROR", 6).ifSupported(5)),
                row(0x6A, 5, "Commanded diesel intake air flow control and relative intake air flow position",
                        percent("COMMANDED_INTAKE_AIR_FLOW_A", 1).ifSupported(0),
                        percent("RELATIVE_INTAKE_AIR_FLOW_POS_A", 2).ifSupported(1),
                        percent("COMMANDED_INTAKE_AIR_FLOW_B", 3).ifSupported(2),
                        percent("RELATIVE_INTAKE_AIR_FLOW_POS_B", 4).ifSupported(3)),
                row(0x6B, 5, "Exhaust gas recirculation temperature",
                        temp("EGR_TEMP_B1S1", 1).ifSupported(0), temp("EGR_TEMP_B1S2", 2).ifSupported(1),
                        temp("EGR_TEMP_B2S1", 3).ifSupported(2), temp("EGR_TEMP_B2S2", 4).ifSupported(3)),
                row(0x6C, 5, "Commanded throttle actuator control and relative throttle position",
                        percent("COMMANDED_THROTTLE_A", 1).ifSupported(0),
                        percent("RELATIVE_THROTTLE_POS_A", 2).ifSupported(1),
                        percent("COMMANDED_THROTTLE_B", 3).ifSupported(2),
                        percent("RELATIVE_THROTTLE_POS_B", 4).ifSupported(3)),
                row(0x6D, 11, "Fuel pressure control system",
                        linear("COMMANDED_FUEL_RAIL_PRESSURE_A", "kPa", 1, 2, 10, 0).ifSupported(0),
                        linear("FUEL_RAIL_PRESSURE_A", "kPa", 3, 2, 10, 0).ifSupported(1),
                        temp("FUEL_RAIL_TEMP_A", 5).ifSupported(2),
                        linear("COMMANDED_FUEL_RAIL_PRESSURE_B", "kPa", 6, 2, 10, 0).ifSupported(3),
                        linear("FUEL_RAIL_PRESSURE_B", "kPa", 8, 2, 10, 0).ifSupported(4),
                        temp("FUEL_RAIL_TEMP_B", 10).ifSupported(5)),
                row(0x6E, 9, "Injection pressure control system",
                        linear("COMMANDED_INJECTION_PRESSURE_A", "kPa", 1, 2, 10, 0).ifSupported(0),
                        linear("INJECTION_PRESSURE_A", "kPa", 3, 2, 10, 0).ifSupported(1),
                        linear("COMMANDED_INJECTION_PRESSURE_B", "kPa", 5, 2, 10, 0).ifSupported(2),
                        linear("INJECTION_PRESSURE_B", "kPa", 7, 2, 10, 0).ifSupported(3)),
                row(0x6F, 3, "Turbocharger compressor inlet pressure",
                        linear("TURBO_INLET_PRESSURE_A", "kPa", 1, 1, 1, 0).ifSupported(0),
                        linear("TURBO_INLET_PRESSURE_B", "kPa", 2, 1, 1, 0).ifSupported(1)),
                bits(0x70, 10, "Boost pressure control", BitEncodedPids.code("BOOST_CONTROL_STATUS", 9),
                        linear("COMMANDED_BOOST_PRESSURE_A", "kPa", 1, 2, 1.0 / 32, 0).ifSupported(0),
                        linear("BOOST_PRESSURE_A", "kPa", 3, 2, 1.0 / 32, 0).ifSupported(1),
                        linear("COMMANDED_BOOST_PRESSURE_B", "kPa", 5, 2, 1.0 / 32, 0).ifSupported(2),
                        linear("BOOST_PRESSURE_B", "kPa", 7, 2, 1.0 / 32, 0).ifSupported(3)),
                bits(0x71, 6, "Variable geometry turbo control", BitEncodedPids.code("VGT_CONTROL_STATUS", 5),
                        percent("COMMANDED_VGT_A", 1).ifSupported(0), percent("VGT_POSITION_A", 2).ifSupported(1),
                        percent("COMMANDED_VGT_B", 3).ifSupported(2), percent("VGT_POSITION_B", 4).ifSupported(3)),
                row(0x72, 5, "Wastegate control",
                        percent("COMMANDED_WASTEGATE_A", 1).ifSupported(0),
                        percent("WASTEGATE_POSITION_A", 2).ifSupported(1),
                        percent("COMMANDED_WASTEGATE_B", 3).ifSupported(2),
                        percent("WASTEGATE_POSITION_B", 4).ifSupported(3)),
                row(0x73, 5, "Exhaust pressure",
                        linear("EXHAUST_PRESSURE_BANK_1", "kPa", 1, 2, 0.01, 0).ifSupported(0),
                        linear("EXHAUST_PRESSURE_BANK_2", "kPa", 3, 2, 0.01, 0).ifSupported(1)),
                row(0x74, 5, "Turbocharger RPM",
                        linear("TURBO_A_RPM", "rpm", 1, 2, 10, 0).ifSupported(0),
                        linear("TURBO_B_RPM", "rpm", 3, 2, 10, 0).ifSupported(1)),
                turboTemperatures(0x75, "A"),
                turboTemperatures(0x76, "B"),
                row(0x77, 5, "Charge air cooler temperature",
                        temp("CHARGE_AIR_COOLER_TEMP_B1S1", 1).ifSupported(0),
                        temp("CHARGE_AIR_COOLER_TEMP_B1S2", 2).ifSupported(1),
                        temp("CHARGE_AIR_COOLER_TEMP_B2S1", 3).ifSupported(2),
                        temp("CHARGE_AIR_COOLER_TEMP_B2S2", 4).ifSupported(3)),
                exhaustGasTemperatures(0x78, 1, 1),
                exhaustGasTemperatures(0x79, 2, 1),
                dpfPressures(0x7A, 1),
                dpfPressures(0x7B, 2),
                row(0x7C, 9, "Diesel particulate filter temperature",
                        temp16("DPF_INLET_TEMP_BANK_1", 1).ifSupported(0),
                        temp16("DPF_OUTLET_TEMP_BANK_1", 3).ifSupported(1),
                        temp16("DPF_INLET_TEMP_BANK_2", 5).ifSupported(2),
                        temp16("DPF_OUTLET_TEMP_BANK_2", 7).ifSupported(3)),
                bits(0x7D, 1, "NOx NTE control area status", BitEncodedPids.code("NOX_NTE_STATUS", 0)),
                bits(0x7E, 1, "PM NTE control area status", BitEncodedPids.code("PM_NTE_STATUS", 0)),
                row(0x7F, 13, "Engine run time",
                        linear("ENGINE_RUN_TIME_TOTAL", "s", 1, 4, 1, 0).ifSupported(0),
                        linear("ENGINE_RUN_TIME_IDLE", "s", 5, 4, 1, 0).ifSupported(1),
                        linear("ENGINE_RUN_TIME_PTO", "s", 9, 4, 1, 0).ifSupported(2)));
    }

    private static PidSpec turboTemperatures(int pid, String turbo) {
        String name = "TURBO_" + turbo;
        return row(pid, 7, "Turbocharger " + turbo + " temperature",
                temp(name + "_COMPRESSOR_INLET_TEMP", 1).ifSupported(0),
                temp(name + "_COMPRESSOR_OUTLET_TEMP", 2).ifSupported(1),
                temp16(name + "_TURBINE_INLET_TEMP", 3).ifSupported(2),
                temp16(name + "_TURBINE_OUTLET_TEMP", 5).ifSupported(3));
    }

    /**
     * Four exhaust gas temperatures of one bank, sensors {@code first}..{@code first + 3}: A = support bits, then
     * (256X+Y)/10 - 40 degC each. 0x78/0x79 carry sensors 1-4, 0x98/0x99 sensors 5-8.
     */
    static PidSpec exhaustGasTemperatures(int pid, int bank, int first) {
        String name = "EGT_BANK_" + bank + "_SENSOR_";
        return row(pid, 9, "Exhaust gas temperature, bank " + bank + ", sensors " + first + "-" + (first + 3),
                temp16(name + first, 1).ifSupported(0), temp16(name + (first + 1), 3).ifSupported(1),
                temp16(name + (first + 2), 5).ifSupported(2), temp16(name + (first + 3), 7).ifSupported(3));
    }

    /** DPF pressures of one bank: A = support bits, then delta, inlet and outlet pressure, (256X+Y)/100 kPa each. */
    private static PidSpec dpfPressures(int pid, int bank) {
        String name = "DPF_BANK_" + bank + "_";
        return row(pid, 7, "Diesel particulate filter pressure, bank " + bank,
                linear(name + "DELTA_PRESSURE", "kPa", 1, 2, 0.01, 0).ifSupported(0),
                linear(name + "INLET_PRESSURE", "kPa", 3, 2, 0.01, 0).ifSupported(1),
                linear(name + "OUTLET_PRESSURE", "kPa", 5, 2, 0.01, 0).ifSupported(2));
    }
}

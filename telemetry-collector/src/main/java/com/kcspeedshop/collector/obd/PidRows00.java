package com.kcspeedshop.collector.obd;

import static com.kcspeedshop.collector.obd.PidSpec.bits;
import static com.kcspeedshop.collector.obd.PidSpec.row;
import static com.kcspeedshop.collector.obd.SignalSpec.linear;
import static com.kcspeedshop.collector.obd.SignalSpec.percent;
import static com.kcspeedshop.collector.obd.SignalSpec.signed16;
import static com.kcspeedshop.collector.obd.SignalSpec.temp;
import static com.kcspeedshop.collector.obd.SignalSpec.temp16;
import static com.kcspeedshop.collector.obd.SignalSpec.trim;

import java.util.ArrayList;
import java.util.List;

/** Service 01 PIDs 0x00-0x3F (SAE J1979 / ISO 15031-5). A, B, C, D are the data bytes in wire order. */
final class PidRows00 {

    private PidRows00() {
    }

    static List<PidSpec> rows() {
        List<PidSpec> rows = new ArrayList<>(List.of(
                PidSpec.bitmap(0x00),
                bits(0x01, 4, "Monitor status since DTCs cleared", BitEncodedPids::monitorStatusSinceClear,
                        // A bits 0-6; bit 7 is the MIL
                        new SignalSpec("DTC_COUNT", "count", 0, 127, d -> d.u8(0) & 0x7F)),
                bits(0x02, 2, "DTC that caused the freeze frame", BitEncodedPids::freezeDtc),
                bits(0x03, 2, "Fuel system status", BitEncodedPids::fuelSystemStatus),
                row(0x04, 1, "Calculated engine load", percent("ENGINE_LOAD", 0)),
                row(0x05, 1, "Engine coolant temperature", temp("COOLANT_TEMP", 0)),
                row(0x06, 1, "Short term fuel trim, bank 1", trim("SHORT_FUEL_TRIM_1", 0)),
                row(0x07, 1, "Long term fuel trim, bank 1", trim("LONG_FUEL_TRIM_1", 0)),
                row(0x08, 1, "Short term fuel trim, bank 2", trim("SHORT_FUEL_TRIM_2", 0)),
                row(0x09, 1, "Long term fuel trim, bank 2", trim("LONG_FUEL_TRIM_2", 0)),
                row(0x0A, 1, "Fuel pressure (gauge)", linear("FUEL_PRESSURE", "kPa", 0, 1, 3, 0)),
                row(0x0B, 1, "Intake manifold absolute pressure", linear("INTAKE_MAP", "kPa", 0, 1, 1, 0)),
                row(0x0C, 2, "Engine speed", linear("ENGINE_RPM", "rpm", 0, 2, 0.25, 0)),
                row(0x0D, 1, "Vehicle speed", linear("VEHICLE_SPEED", "km/h", 0, 1, 1, 0)),
                row(0x0E, 1, "Timing advance before TDC", linear("TIMING_ADVANCE", "deg", 0, 1, 0.5, -64)),
                row(0x0F, 1, "Intake air temperature", temp("INTAKE_AIR_TEMP", 0)),
                row(0x10, 2, "Mass air flow rate", linear("MAF_RATE", "g/s", 0, 2, 0.01, 0)),
                row(0x11, 1, "Throttle position", percent("THROTTLE_POS", 0)),
                bits(0x12, 1, "Commanded secondary air status", BitEncodedPids::secondaryAir),
                bits(0x13, 1, "Oxygen sensors present (2 banks)", BitEncodedPids::o2SensorsTwoBanks)));
        for (int sensor = 1; sensor <= 8; sensor++) {
            // A = voltage (0.005 V/bit), B = short term fuel trim; B = FF: sensor not used in the trim calculation
            String name = "O2_SENSOR_" + sensor;
            rows.add(row(0x13 + sensor, 2, "Oxygen sensor " + sensor + " voltage and short term fuel trim",
                    linear(name + "_VOLTAGE", "V", 0, 1, 0.005, 0),
                    trim(name + "_SHORT_FUEL_TRIM", 1).absentWhen(1, 0xFF)));
        }
        rows.addAll(List.of(
                bits(0x1C, 1, "OBD standards this vehicle conforms to", BitEncodedPids::obdStandard),
                bits(0x1D, 1, "Oxygen sensors present (4 banks)", BitEncodedPids::o2SensorsFourBanks),
                bits(0x1E, 1, "Auxiliary input status", BitEncodedPids::auxiliaryInput),
                row(0x1F, 2, "Run time since engine start", linear("RUN_TIME", "s", 0, 2, 1, 0)),
                PidSpec.bitmap(0x20),
                row(0x21, 2, "Distance traveled with MIL on", linear("DISTANCE_WITH_MIL", "km", 0, 2, 1, 0)),
                row(0x22, 2, "Fuel rail pressure relative to manifold vacuum",
                        linear("FUEL_RAIL_PRESSURE_VAC", "kPa", 0, 2, 0.079, 0)),
                row(0x23, 2, "Fuel rail gauge pressure (diesel, gasoline direct injection)",
                        linear("FUEL_RAIL_GAUGE_PRESSURE", "kPa", 0, 2, 10, 0))));
        for (int sensor = 1; sensor <= 8; sensor++) {
            // wide-range sensors, voltage type: AB = equivalence ratio (2/65536), CD = voltage (8/65536 V)
            String name = "O2_SENSOR_" + sensor;
            rows.add(row(0x23 + sensor, 4, "Oxygen sensor " + sensor + " equivalence ratio and voltage",
                    linear(name + "_EQUIV_RATIO", "ratio", 0, 2, 2.0 / 65536, 0),
                    linear(name + "_WIDE_VOLTAGE", "V", 2, 2, 8.0 / 65536, 0)));
        }
        rows.addAll(List.of(
                row(0x2C, 1, "Commanded EGR", percent("COMMANDED_EGR", 0)),
                row(0x2D, 1, "EGR error", trim("EGR_ERROR", 0)),
                row(0x2E, 1, "Commanded evaporative purge", percent("COMMANDED_EVAP_PURGE", 0)),
                row(0x2F, 1, "Fuel tank level input", percent("FUEL_TANK_LEVEL", 0)),
                row(0x30, 1, "Warm-ups since codes cleared", linear("WARMUPS_SINCE_DTC_CLEAR", "count", 0, 1, 1, 0)),
                row(0x31, 2, "Distance traveled since codes cleared",
                        linear("DISTANCE_SINCE_DTC_CLEAR", "km", 0, 2, 1, 0)),
                row(0x32, 2, "Evap system vapor pressure", signed16("EVAP_VAPOR_PRESSURE", "Pa", 0, 0.25)),
                row(0x33, 1, "Absolute barometric pressure", linear("BAROMETRIC_PRESSURE", "kPa", 0, 1, 1, 0))));
        for (int sensor = 1; sensor <= 8; sensor++) {
            // wide-range sensors, current type: AB = equivalence ratio, CD = current (1/256 mA, offset -128 mA)
            String name = "O2_SENSOR_" + sensor;
            rows.add(row(0x33 + sensor, 4, "Oxygen sensor " + sensor + " equivalence ratio and current",
                    linear(name + "_EQUIV_RATIO_I", "ratio", 0, 2, 2.0 / 65536, 0),
                    linear(name + "_CURRENT", "mA", 2, 2, 1.0 / 256, -128)));
        }
        rows.addAll(List.of(
                row(0x3C, 2, "Catalyst temperature bank 1 sensor 1", temp16("CATALYST_TEMP_B1S1", 0)),
                row(0x3D, 2, "Catalyst temperature bank 2 sensor 1", temp16("CATALYST_TEMP_B2S1", 0)),
                row(0x3E, 2, "Catalyst temperature bank 1 sensor 2", temp16("CATALYST_TEMP_B1S2", 0)),
                row(0x3F, 2, "Catalyst temperature bank 2 sensor 2", temp16("CATALYST_TEMP_B2S2", 0))));
        return rows;
    }
}

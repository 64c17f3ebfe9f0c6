package com.kcspeedshop.collector.obd;

import com.kcspeedshop.collector.obd.dtc.DtcCodes;
import java.util.ArrayList;
import java.util.List;

/** Decoders of the bit-encoded and enumerated service 01 PIDs; each returns states, never measured values. */
final class BitEncodedPids {

    // readiness monitors announced in bytes C (supported/enabled) and D (incomplete) of PIDs 0x01 and 0x41, bit 0 first
    private static final List<String> SPARK_MONITORS = List.of("CATALYST", "HEATED_CATALYST", "EVAP_SYSTEM",
            "SECONDARY_AIR", "AC_REFRIGERANT", "O2_SENSOR", "O2_SENSOR_HEATER", "EGR_VVT");
    private static final List<String> COMPRESSION_MONITORS = List.of("NMHC_CATALYST", "NOX_SCR_AFTERTREATMENT",
            "", "BOOST_PRESSURE", "", "EXHAUST_GAS_SENSOR", "PM_FILTER", "EGR_VVT");
    // byte B, bits 0..2 (supported/enabled) and 4..6 (incomplete): the monitors every engine has
    private static final List<String> CONTINUOUS_MONITORS = List.of("MISFIRE", "FUEL_SYSTEM", "COMPONENTS");

    private BitEncodedPids() {
    }

    /** PID 0x01: MIL (A7), stored DTC count (A0-6, a measured value elsewhere), ignition type (B3), readiness. */
    static List<DecodedValue> monitorStatusSinceClear(PidData d) {
        List<DecodedValue> out = new ArrayList<>();
        out.add(DecodedValue.state("MIL", d.bit(0, 7) ? 1 : 0, d.bit(0, 7) ? "on" : "off"));
        out.addAll(readiness(d, "MONITOR_", "not supported"));
        return out;
    }

    /** PID 0x41: the same monitor layout for the current drive cycle (byte A is reserved). */
    static List<DecodedValue> monitorStatusThisCycle(PidData d) {
        return readiness(d, "CYCLE_MONITOR_", "disabled");
    }

    private static List<DecodedValue> readiness(PidData d, String prefix, String absent) {
        boolean compression = d.bit(1, 3);
        List<DecodedValue> out = new ArrayList<>();
        out.add(DecodedValue.state(prefix + "IGNITION", compression ? 1 : 0, compression ? "compression" : "spark"));
        for (int bit = 0; bit < CONTINUOUS_MONITORS.size(); bit++) {
            out.add(monitor(prefix + CONTINUOUS_MONITORS.get(bit), d.bit(1, bit), d.bit(1, bit + 4), absent));
        }
        List<String> names = compression ? COMPRESSION_MONITORS : SPARK_MONITORS;
        for (int bit = 0; bit < 8; bit++) {
            if (!names.get(bit).isEmpty()) {
                out.add(monitor(prefix + names.get(bit), d.bit(2, bit), d.bit(3, bit), absent));
            }
        }
        return out;
    }

    private static DecodedValue monitor(String name, boolean available, boolean incomplete, String absent) {
        if (!available) {
            return DecodedValue.state(name, 0, absent);
        }
        return incomplete ? DecodedValue.state(name, 2, "incomplete") : DecodedValue.state(name, 1, "complete");
    }

    /** PID 0x02 (meaningful in service 02): the DTC that stored this freeze frame, 0000 = none. */
    static List<DecodedValue> freezeDtc(PidData d) {
        int raw = d.u16(0);
        return List.of(DecodedValue.state("FREEZE_DTC", raw, raw == 0 ? "none" : DtcCodes.format(d.u8(0), d.u8(1))));
    }

    /** PID 0x03: loop status of fuel systems 1 (A) and 2 (B). */
    static List<DecodedValue> fuelSystemStatus(PidData d) {
        return List.of(DecodedValue.state("FUEL_SYSTEM_1_STATUS", d.u8(0), ObdNames.fuelSystemStatus(d.u8(0))),
                DecodedValue.state("FUEL_SYSTEM_2_STATUS", d.u8(1), ObdNames.fuelSystemStatus(d.u8(1))));
    }

    static List<DecodedValue> secondaryAir(PidData d) {
        return List.of(DecodedValue.state("SECONDARY_AIR_STATUS", d.u8(0), ObdNames.secondaryAir(d.u8(0))));
    }

    /** PID 0x13: bits 0-3 bank 1 sensors 1-4, bits 4-7 bank 2 sensors 1-4. */
    static List<DecodedValue> o2SensorsTwoBanks(PidData d) {
        return o2Present(d, 2, 4);
    }

    /** PID 0x1D: bits 0-1 bank 1 sensors 1-2, 2-3 bank 2, 4-5 bank 3, 6-7 bank 4. */
    static List<DecodedValue> o2SensorsFourBanks(PidData d) {
        return o2Present(d, 4, 2);
    }

    private static List<DecodedValue> o2Present(PidData d, int banks, int sensorsPerBank) {
        List<DecodedValue> out = new ArrayList<>();
        for (int bank = 0; bank < banks; bank++) {
            for (int sensor = 0; sensor < sensorsPerBank; sensor++) {
                boolean present = d.bit(0, bank * sensorsPerBank + sensor);
                out.add(DecodedValue.state("O2_PRESENT_B" + (bank + 1) + "S" + (sensor + 1), present ? 1 : 0,
                        present ? "present" : "absent"));
            }
        }
        return out;
    }

    static List<DecodedValue> obdStandard(PidData d) {
        return List.of(DecodedValue.state("OBD_STANDARD", d.u8(0), ObdNames.obdStandard(d.u8(0))));
    }

    /** PID 0x1E: bit 0 = power take-off active. */
    static List<DecodedValue> auxiliaryInput(PidData d) {
        return List.of(onOff("PTO_ACTIVE", d.bit(0, 0)));
    }

    static List<DecodedValue> fuelType(PidData d) {
        return List.of(DecodedValue.state("FUEL_TYPE", d.u8(0), ObdNames.fuelType(d.u8(0))));
    }

    static List<DecodedValue> emissionRequirements(PidData d) {
        return List.of(DecodedValue.state("EMISSION_REQUIREMENTS", d.u8(0),
                ObdNames.emissionRequirements(d.u8(0))));
    }

    /** PID 0x65: A = which inputs are supported, B = their states (bit 0 PTO ... bit 3 glow plug lamp). */
    static List<DecodedValue> auxiliaryInputOutput(PidData d) {
        List<String> names = List.of("PTO_STATUS", "AUTO_TRANS_NEUTRAL_DRIVE", "MANUAL_TRANS_NEUTRAL_GEAR",
                "GLOW_PLUG_LAMP");
        List<DecodedValue> out = new ArrayList<>();
        for (int bit = 0; bit < names.size(); bit++) {
            if (d.bit(0, bit)) {
                out.add(onOff(names.get(bit), d.bit(1, bit)));
            }
        }
        return out;
    }

    /** PID 0xA4: actual gear in the high nibble of B, when A bit 0 says it is supported. */
    static List<DecodedValue> transmissionGear(PidData d) {
        if (!d.bit(0, 0)) {
            return List.of();
        }
        int gear = d.u8(1) >> 4;
        return List.of(DecodedValue.state("TRANSMISSION_GEAR", gear, gear == 0 ? "neutral or park" : "gear " + gear));
    }

    /** PID 0xA9: ABS disable switch, B bit 0, when A bit 0 says it is supported. */
    static List<DecodedValue> absDisableSwitch(PidData d) {
        return d.bit(0, 0) ? List.of(onOff("ABS_DISABLE_SWITCH", d.bit(1, 0))) : List.of();
    }

    /** A status byte whose bits we pass on as a code without naming them. */
    static PidSpec.StateDecoder code(String name, int at) {
        return d -> List.of(DecodedValue.state(name, d.u8(at), String.format("0x%02X", d.u8(at))));
    }

    private static DecodedValue onOff(String name, boolean on) {
        return DecodedValue.state(name, on ? 1 : 0, on ? "on" : "off");
    }
}

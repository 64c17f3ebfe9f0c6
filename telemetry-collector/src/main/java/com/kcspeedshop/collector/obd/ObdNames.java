package com.kcspeedshop.collector.obd;

/** Names of the enumerated values of service 01 (SAE J1979 / ISO 15031-5 tables), as switch expressions. */
final class ObdNames {

    private ObdNames() {
    }

    /** PID 0x1C: the OBD requirements the vehicle conforms to. */
    static String obdStandard(int code) {
        return switch (code) {
            case 1 -> "OBD-II as defined by the CARB";
            case 2 -> "OBD as defined by the EPA";
            case 3 -> "OBD and OBD-II";
            case 4 -> "OBD-I";
            case 5 -> "Not OBD compliant";
            case 6 -> "EOBD (Europe)";
            case 7 -> "EOBD and OBD-II";
            case 8 -> "EOBD and OBD";
            case 9 -> "EOBD, OBD and OBD II";
            case 10 -> "JOBD (Japan)";
            case 11 -> "JOBD and OBD II";
            case 12 -> "JOBD and EOBD";
            case 13 -> "JOBD, EOBD, and OBD II";
            case 17 -> "Engine Manufacturer Diagnostics (EMD)";
            case 18 -> "Engine Manufacturer Diagnostics Enhanced (EMD+)";
            case 19 -> "Heavy Duty On-Board Diagnostics (Child/Partial) (HD OBD-C)";
            case 20 -> "Heavy Duty On-Board Diagnostics (HD OBD)";
            case 21 -> "World Wide Harmonized OBD (WWH OBD)";
            case 23 -> "Heavy Duty Euro OBD Stage I without NOx control (HD EOBD-I)";
            case 24 -> "Heavy Duty Euro OBD Stage I with NOx control (HD EOBD-I N)";
            case 25 -> "Heavy Duty Euro OBD Stage II without NOx control (HD EOBD-II)";
            case 26 -> "Heavy Duty Euro OBD Stage II with NOx control (HD EOBD-II N)";
            case 28 -> "Brazil OBD Phase 1 (OBDBr-1)";
            case 29 -> "Brazil OBD Phase 2 (OBDBr-2)";
            case 30 -> "Korean OBD (KOBD)";
            case 31 -> "India OBD I (IOBD I)";
            case 32 -> "India OBD II (IOBD II)";
            case 33 -> "Heavy Duty Euro OBD Stage VI (HD EOBD-IV)";
            default -> code >= 251 ? "Not available for assignment (SAE J1939 special meaning)" : "Reserved";
        };
    }

    /** PID 0x51: fuel type. */
    static String fuelType(int code) {
        return switch (code) {
            case 0 -> "Not available";
            case 1 -> "Gasoline";
            case 2 -> "Methanol";
            case 3 -> "Ethanol";
            case 4 -> "Diesel";
            case 5 -> "LPG";
            case 6 -> "CNG";
            case 7 -> "Propane";
            case 8 -> "Electric";
            case 9 -> "Bifuel running Gasoline";
            case 10 -> "Bifuel running Methanol";
            case 11 -> "Bifuel running Ethanol";
            case 12 -> "Bifuel running LPG";
            case 13 -> "Bifuel running CNG";
            case 14 -> "Bifuel running Propane";
            case 15 -> "Bifuel running Electricity";
            case 16 -> "Bifuel running electric and combustion engine";
            case 17 -> "Hybrid gasoline";
            case 18 -> "Hybrid Ethanol";
            case 19 -> "Hybrid Diesel";
            case 20 -> "Hybrid Electric";
            case 21 -> "Hybrid running electric and combustion engine";
            case 22 -> "Hybrid Regenerative";
            case 23 -> "Bifuel running diesel";
            default -> "Reserved";
        };
    }

    /** PID 0x03: one fuel system's loop status (one bit set at most). */
    static String fuelSystemStatus(int code) {
        return switch (code) {
            case 0 -> "Not present or engine off";
            case 1 -> "Open loop due to insufficient engine temperature";
            case 2 -> "Closed loop, using oxygen sensor feedback to determine fuel mix";
            case 4 -> "Open loop due to engine load OR fuel cut due to deceleration";
            case 8 -> "Open loop due to system failure";
            case 16 -> "Closed loop, using at least one oxygen sensor but there is a fault in the feedback system";
            default -> "Invalid (more than one bit set)";
        };
    }

    /** PID 0x12: commanded secondary air status. */
    static String secondaryAir(int code) {
        return switch (code) {
            case 0 -> "Not reported";
            case 1 -> "Upstream";
            case 2 -> "Downstream of catalytic converter";
            case 4 -> "From the outside atmosphere or off";
            case 8 -> "Pump commanded on for diagnostics";
            default -> "Invalid (more than one bit set)";
        };
    }

    /** PID 0x5F: emission requirements the heavy-duty vehicle is designed to. */
    static String emissionRequirements(int code) {
        return switch (code) {
            case 0x0E -> "Heavy Duty Vehicles (EURO IV) B1";
            case 0x0F -> "Heavy Duty Vehicles (EURO V) B2";
            case 0x10 -> "Heavy Duty Vehicles (EURO EEV) C";
            default -> "Reserved or not listed";
        };
    }
}

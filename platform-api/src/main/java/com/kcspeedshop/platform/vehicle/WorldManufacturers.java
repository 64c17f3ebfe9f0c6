package com.kcspeedshop.platform.vehicle;

import java.util.Map;
import java.util.Optional;

/**
 * Offline decoding of the world manufacturer identifier (VIN positions 1-3) and the region (position 1).
 *
 * <p>Written for this project, not copied from any decoder's table. Regions follow ISO 3780's allocation of the first
 * character. The WMIs are well-known assignments that can be checked one by one in NHTSA's public vPIC database
 * (Product Information Catalog and Vehicle Listing, a US government work in the public domain) and in the makers' own
 * Part 565 VIN-decoding submissions to NHTSA. It covers the large volume makers only; anything else decodes to the
 * region alone, which is honest rather than a guess.
 */
final class WorldManufacturers {

    // three-character WMIs first; two-character prefixes for makers that use the third character freely
    private static final Map<String, String> WMI = Map.ofEntries(
            Map.entry("1FA", "Ford"), Map.entry("1FM", "Ford"), Map.entry("1FT", "Ford"),
            Map.entry("1G1", "Chevrolet"), Map.entry("1GC", "Chevrolet"), Map.entry("1G6", "Cadillac"),
            Map.entry("1HG", "Honda"), Map.entry("1J4", "Jeep"), Map.entry("1C4", "Chrysler (Jeep)"),
            Map.entry("1N4", "Nissan"), Map.entry("1VW", "Volkswagen"),
            Map.entry("2HG", "Honda"), Map.entry("2T1", "Toyota"), Map.entry("3FA", "Ford"),
            Map.entry("3VW", "Volkswagen"), Map.entry("4T1", "Toyota"), Map.entry("4S3", "Subaru"),
            Map.entry("4S4", "Subaru"), Map.entry("5YJ", "Tesla"), Map.entry("5NP", "Hyundai"),
            Map.entry("5UX", "BMW"), Map.entry("JHM", "Honda"), Map.entry("JN1", "Nissan"),
            Map.entry("JM1", "Mazda"), Map.entry("JF1", "Subaru"), Map.entry("KMH", "Hyundai"),
            Map.entry("KNA", "Kia"), Map.entry("LSV", "SAIC Volkswagen"), Map.entry("SAJ", "Jaguar"),
            Map.entry("SAL", "Land Rover"), Map.entry("SCC", "Lotus"), Map.entry("TMB", "Škoda"),
            Map.entry("VF1", "Renault"), Map.entry("VF3", "Peugeot"), Map.entry("VF7", "Citroën"),
            Map.entry("VSS", "SEAT"), Map.entry("WAU", "Audi"), Map.entry("WBA", "BMW"),
            Map.entry("WDB", "Mercedes-Benz"), Map.entry("WDD", "Mercedes-Benz"), Map.entry("WF0", "Ford"),
            Map.entry("WP0", "Porsche"), Map.entry("WVW", "Volkswagen"), Map.entry("WV2", "Volkswagen"),
            Map.entry("W0L", "Opel"), Map.entry("YV1", "Volvo"), Map.entry("ZAR", "Alfa Romeo"),
            Map.entry("ZFA", "Fiat"), Map.entry("ZFF", "Ferrari"),
            Map.entry("JT", "Toyota"));

    private WorldManufacturers() {
    }

    /** The manufacturer of a well-formed VIN, when its WMI is in the table. */
    static Optional<String> manufacturer(String vin) {
        String three = WMI.get(vin.substring(0, 3));
        return Optional.ofNullable(three != null ? three : WMI.get(vin.substring(0, 2)));
    }

    /** The ISO 3780 region of the first character. */
    static String region(String vin) {
        char c = vin.charAt(0);
        if (c >= 'A' && c <= 'H') {
            return "Africa";
        }
        if (c >= 'J' && c <= 'R') {
            return "Asia";
        }
        if (c >= 'S' && c <= 'Z') {
            return "Europe";
        }
        if (c >= '1' && c <= '5') {
            return "North America";
        }
        if (c == '6' || c == '7') {
            return "Oceania";
        }
        if (c == '8' || c == '9') {
            return "South America";
        }
        return "unassigned"; // 0
    }
}

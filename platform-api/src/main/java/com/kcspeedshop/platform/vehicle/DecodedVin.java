package com.kcspeedshop.platform.vehicle;

import java.util.List;

/**
 * What the VIN alone says about a vehicle, decoded offline.
 *
 * @param vin the VIN.
 * @param region ISO 3780 region of the first character.
 * @param manufacturer maker from the WMI table, or null when the WMI is not in it.
 * @param checkDigitRequired whether position 9 is a mandatory check digit (North America).
 * @param checkDigitValid whether it matches; null when it is not required.
 * @param modelYear best reading of position 10, or null when it is no year code.
 * @param modelYearCertain whether the VIN itself settles the 30-year cycle.
 * @param modelYearCandidates both years the code can mean.
 */
record DecodedVin(String vin, String region, String manufacturer, boolean checkDigitRequired, Boolean checkDigitValid,
                  Integer modelYear,
                  boolean modelYearCertain, List<Integer> modelYearCandidates) {
}

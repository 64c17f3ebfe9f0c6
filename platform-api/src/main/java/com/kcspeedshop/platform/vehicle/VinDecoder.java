package com.kcspeedshop.platform.vehicle;

import com.kcspeedshop.events.Vin;
import java.time.Clock;
import java.time.Year;
import org.springframework.stereotype.Component;

/**
 * Validates a VIN (ISO 3779 shape; the check digit where 49 CFR 565 makes it mandatory) and decodes it offline.
 * Refusals are problem details that say what is wrong.
 */
@Component
class VinDecoder {

    private final Clock clock;

    VinDecoder() {
        this(Clock.systemUTC());
    }

    VinDecoder(Clock clock) {
        this.clock = clock;
    }

    /** Decodes a valid VIN; throws {@link VehicleProblems.InvalidVin} for a malformed one or a wrong check digit. */
    DecodedVin decode(String vin) {
        if (!Vin.isWellFormed(vin)) {
            throw new VehicleProblems.InvalidVin(vin);
        }
        DecodedVin decoded = describe(vin);
        if (Boolean.FALSE.equals(decoded.checkDigitValid())) {
            throw new VehicleProblems.WrongCheckDigit(vin, VinCheckDigit.expected(vin));
        }
        return decoded;
    }

    /**
     * Decodes a well-formed VIN without refusing a wrong check digit (reported in the result): for vehicles that are
     * already known from telemetry, whose VIN is whatever the car said.
     */
    DecodedVin describe(String vin) {
        if (!Vin.isWellFormed(vin)) {
            throw new VehicleProblems.InvalidVin(vin);
        }
        boolean checkDigit = VinCheckDigit.applies(vin);
        int year = Year.now(clock).getValue();
        return new DecodedVin(vin, WorldManufacturers.region(vin), WorldManufacturers.manufacturer(vin).orElse(null),
                checkDigit, checkDigit ? VinCheckDigit.matches(vin) : null, ModelYears.resolve(vin, year),
                ModelYears.certain(vin), ModelYears.candidates(vin));
    }
}

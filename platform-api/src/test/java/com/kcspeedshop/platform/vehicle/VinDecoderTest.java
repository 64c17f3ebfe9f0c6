package com.kcspeedshop.platform.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class VinDecoderTest {

    // 2026: the model-year rules below are judged against this calendar year
    private final VinDecoder decoder = new VinDecoder(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"),
            ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource({
            // the worked example of 49 CFR 565 style check digits: remainder 10 is written X
            "1M8GDM9AXKP042788, X",
            // a 2003 Honda Accord VIN widely used as an example
            "1HGCM82633A004352, 3",
            // worked by hand: the weighted sum is 304, 304 mod 11 = 7
            "5YJSA1E27HF000337, 7"})
    void shouldComputeNorthAmericanCheckDigit(String vin, char expected) {
        assertThat(VinCheckDigit.applies(vin)).isTrue();
        assertThat(VinCheckDigit.expected(vin)).isEqualTo(expected);
    }

    @Test
    void shouldRefuseNorthAmericanVinWithWrongCheckDigitAndSayWhichDigitFits() {
        assertThatThrownBy(() -> decoder.decode("1HGCM82643A004352"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getBody().getDetail()).contains("check digit").contains("'4'").contains("'3'");
                });
    }

    @Test
    void shouldNotRequireCheckDigitOutsideNorthAmerica() {
        // a European VW VIN with 'Z' filler in position 9: valid, no check digit rule
        DecodedVin vin = decoder.decode("WVWZZZ1JZXW000001");

        assertThat(vin.checkDigitRequired()).isFalse();
        assertThat(vin.checkDigitValid()).isNull();
        assertThat(vin.region()).isEqualTo("Europe");
        assertThat(vin.manufacturer()).isEqualTo("Volkswagen");
    }

    @Test
    void shouldRefuseMalformedVinsAsBadRequest() {
        for (String bad : new String[] {"", "1HGCM82633A00435", "1HGCM82633A0043521", "1HGCM82633A00435O",
                "1hgcm82633a004352"}) {
            assertThatThrownBy(() -> decoder.decode(bad)).isInstanceOf(VehicleProblems.InvalidVin.class);
        }
    }

    @Test
    void shouldDecodeManufacturerFromThreeAndTwoCharacterWmis() {
        assertThat(decoder.decode("1HGCM82633A004352").manufacturer()).isEqualTo("Honda");
        assertThat(WorldManufacturers.manufacturer("JTDBR32E720123456")).hasValue("Toyota");
        assertThat(WorldManufacturers.manufacturer("9BWZZZ377VT004251")).isEmpty();
        assertThat(WorldManufacturers.region("9BWZZZ377VT004251")).isEqualTo("South America");
        assertThat(WorldManufacturers.region("KMHDU41BP8U123456")).isEqualTo("Asia");
    }

    @Test
    void shouldReadModelYearFromPositionTenWithTheNorthAmericanPositionSevenRule() {
        // position 7 '8' is a digit: the 1980-2009 cycle, so '3' is 2003, not 2033
        DecodedVin accord = decoder.decode("1HGCM82633A004352");
        assertThat(accord.modelYear()).isEqualTo(2003);
        assertThat(accord.modelYearCertain()).isTrue();
        assertThat(accord.modelYearCandidates()).containsExactly(2003, 2033);
        // position 7 'E' is a letter: the 2010-2039 cycle, so 'H' is 2017
        assertThat(decoder.decode("5YJSA1E27HF000337").modelYear()).isEqualTo(2017);
    }

    @Test
    void shouldPreferNewerCycleOutsideNorthAmericaUnlessItLiesInTheFuture() {
        // 'X' is 1999 or 2029; 2029 is beyond 2026 + 1, so 1999, and the decoder says it is a judgement
        DecodedVin golf = decoder.decode("WVWZZZ1JZXW000001");
        assertThat(golf.modelYear()).isEqualTo(1999);
        assertThat(golf.modelYearCertain()).isFalse();
        assertThat(golf.modelYearCandidates()).containsExactly(1999, 2029);
        // 'R' is 1994 or 2024: 2024 has begun, so 2024
        assertThat(ModelYears.resolve("WVWZZZ1JZRW000001", 2026)).isEqualTo(2024);
        // 'T' is 1996 or 2026; 'V' (1997/2027) next year's models are on sale already
        assertThat(ModelYears.resolve("WVWZZZ1JZVW000001", 2026)).isEqualTo(2027);
    }

    @Test
    void shouldReportNoModelYearWhenPositionTenIsNoYearCode() {
        for (char notAYear : new char[] {'U', 'Z', '0'}) {
            String vin = "WVWZZZ1JZ" + notAYear + "W000001";
            assertThat(decoder.decode(vin).modelYear()).as(vin).isNull();
            assertThat(ModelYears.candidates(vin)).isEmpty();
        }
    }
}

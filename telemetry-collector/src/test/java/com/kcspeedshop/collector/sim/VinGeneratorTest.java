package com.kcspeedshop.collector.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.Vin;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VinGeneratorTest {

    @ParameterizedTest
    @ValueSource(strings = {"1HGCM82633A004352", "1M8GDM9AXKP042788", "11111111111111111",
            "JH4KA7561PC008269"})
    void shouldAcceptPublishedValidVins(String vin) {
        assertThat(VinGenerator.isValid(vin)).isTrue();
        assertThat(VinGenerator.checkDigit(vin)).isEqualTo(vin.charAt(8));
    }

    @Test
    void shouldComputeXWhenTheRemainderIsTen() {
        assertThat(VinGenerator.checkDigit("1M8GDM9A0KP042788")).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"1HGCM82643A004352", "1HGCM82633A004353", "1HGCM8263", "1HGCM82633A00435I",
            "1HGCM82633A00435O", "1hgcm82633a004352", ""})
    void shouldRejectWrongCheckDigitsShapesAndLetters(String vin) {
        assertThat(VinGenerator.isValid(vin)).isFalse();
    }

    @Test
    void shouldRejectNull() {
        assertThat(VinGenerator.isValid(null)).isFalse();
        assertThatThrownBy(() -> VinGenerator.checkDigit("1HGCM82633A00435Q"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 17");
    }

    @Test
    void shouldGenerateValidDistinctVinsForAThousandCars() {
        Set<String> vins = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String vin = VinGenerator.vinFor(42, i);
            assertThat(VinGenerator.isValid(vin)).as(vin).isTrue();
            assertThat(Vin.isWellFormed(vin)).as(vin).isTrue();
            vins.add(vin);
        }
        assertThat(vins).hasSize(1000);
    }

    @Test
    void shouldBeDeterministicPerSeedAndIndex() {
        assertThat(VinGenerator.vinFor(7, 3)).isEqualTo(VinGenerator.vinFor(7, 3));
        assertThat(VinGenerator.vinFor(7, 3)).isNotEqualTo(VinGenerator.vinFor(8, 3));
        assertThat(VinGenerator.vinFor(7, 3)).isNotEqualTo(VinGenerator.vinFor(7, 4));
    }

    @Test
    void shouldRejectIndexesOutsideTheSerialRange() {
        assertThatThrownBy(() -> VinGenerator.vinFor(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VinGenerator.vinFor(1, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}

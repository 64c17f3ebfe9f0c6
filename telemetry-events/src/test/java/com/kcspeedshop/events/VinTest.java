package com.kcspeedshop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

    @ParameterizedTest
    @ValueSource(strings = {"1HGCM82633A004352", "WVWZZZ1JZXW000001", "00000000000000000", "ZZZZZZZZZZZZZZZZZ"})
    void shouldAcceptTheIso3779Shape(String vin) {
        assertThat(Vin.isWellFormed(vin)).isTrue();
        assertThat(Vin.require(vin)).isEqualTo(vin);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1HGCM82633A00435", "1HGCM82633A0043521", "1HGCM82633A00435I", "1HGCM82633A00435O",
            "1HGCM82633A00435Q", "1hgcm82633a004352", "1HGCM82633A00435-", "1HGCM82633A00435 ", "1HGCM82633A00435Ä"})
    void shouldRefuseAnythingElse(String vin) {
        assertThat(Vin.isWellFormed(vin)).isFalse();
        assertThatThrownBy(() -> Vin.require(vin)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 characters");
    }
}

package com.kcspeedshop.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.events.SignalWindow;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final String VIN = "1HGCM82633A004352";
    private static final String OTHER_VIN = "WVWZZZ1JZXW000001";
    private static final Instant T = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void shouldSubscribeToAllVehiclesWithoutVinParameter() {
        assertThat(Subscription.fromUri(URI.create("ws://host/ws/signals"))).isEqualTo(Subscription.ALL_VEHICLES);
        assertThat(Subscription.fromUri(URI.create("ws://host/ws/signals?other=1")))
                .isEqualTo(Subscription.ALL_VEHICLES);
        assertThat(Subscription.fromUri(null)).isEqualTo(Subscription.ALL_VEHICLES);
    }

    @Test
    void shouldSubscribeToOneVehicleWithVinParameter() {
        Subscription subscription = Subscription.fromUri(URI.create("ws://host/ws/signals?x=y&vin=" + VIN));

        assertThat(subscription.vin()).isEqualTo(VIN);
        assertThat(subscription.wants(window(VIN))).isTrue();
        assertThat(subscription.wants(window(OTHER_VIN))).isFalse();
    }

    @Test
    void shouldDecodePercentEscapedVin() {
        assertThat(Subscription.fromUri(URI.create("ws://host/ws/signals?%76in=1HGCM82633A00435%32")).vin())
                .isEqualTo(VIN);
    }

    @Test
    void shouldWantEveryVehicleWhenSubscribedToAll() {
        assertThat(Subscription.ALL_VEHICLES.wants(window(VIN))).isTrue();
        assertThat(Subscription.ALL_VEHICLES.wants(window(OTHER_VIN))).isTrue();
    }

    @Test
    void shouldRejectMalformedVinWithReasonForClient() {
        assertThatThrownBy(() -> Subscription.fromUri(URI.create("ws://host/ws/signals?vin=1hgcm82633a004352")))
                .isInstanceOf(Subscription.InvalidSubscriptionException.class)
                .hasMessageContaining("17 characters")
                .hasMessageContaining("'1hgcm82633a004352'");
        assertThatThrownBy(() -> Subscription.fromUri(URI.create("ws://host/ws/signals?vin=1HGCM82633A00435O")))
                .isInstanceOf(Subscription.InvalidSubscriptionException.class);
    }

    @Test
    void shouldRejectEmptyVinParameter() {
        assertThatThrownBy(() -> Subscription.fromUri(URI.create("ws://host/ws/signals?vin=")))
                .isInstanceOf(Subscription.InvalidSubscriptionException.class);
        assertThatThrownBy(() -> Subscription.fromUri(URI.create("ws://host/ws/signals?vin")))
                .isInstanceOf(Subscription.InvalidSubscriptionException.class);
    }

    @Test
    void shouldRejectRepeatedVinParameter() {
        assertThatThrownBy(() -> Subscription.fromUri(
                URI.create("ws://host/ws/signals?vin=" + VIN + "&vin=" + OTHER_VIN)))
                .isInstanceOf(Subscription.InvalidSubscriptionException.class)
                .hasMessageContaining("at most one vin");
    }

    @Test
    void shouldAbbreviateAbsurdlyLongVinInMessage() {
        String longValue = "A".repeat(500);

        assertThatThrownBy(() -> Subscription.fromUri(URI.create("ws://host/ws/signals?vin=" + longValue)))
                .hasMessageContaining("A".repeat(40) + "...")
                .hasMessageNotContaining("A".repeat(41));
    }

    static SignalWindow window(String vin) {
        return new SignalWindow(vin, "COOLANT_TEMP", "degC", T, T.plusSeconds(10), 88.0, 92.0, 90.25, 10);
    }
}

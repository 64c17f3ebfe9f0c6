package com.kcspeedshop.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kcspeedshop.platform.alert.AlertServices;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoWorkshopsTest {

    @Test
    void shouldOfferEveryServiceAnAlertRuleCanAskFor() {
        List<String> codes = DemoWorkshops.SERVICES.stream().map(DemoWorkshops.DemoService::code).toList();
        Stream.of("overheating", "engine-running-cold", "battery-low-engine-off", "charging-low", "fuel-trim",
                        "misfire", "a-rule-nobody-mapped")
                .map(AlertServices::serviceCodeFor)
                .forEach(code -> assertThat(codes).as("service for " + code).contains(code));
        assertThat(codes).contains("OIL_CHANGE").doesNotHaveDuplicates();
    }

    @Test
    void shouldMakeEveryServiceBookableInEveryDemoWorkshop() {
        for (DemoWorkshops.DemoWorkshop workshop : DemoWorkshops.WORKSHOPS) {
            for (DemoWorkshops.DemoService service : DemoWorkshops.SERVICES) {
                assertThat(workshop.bays()).as(service.code() + " needs a bay with " + service.capability())
                        .anyMatch(bay -> service.capability() == null || bay.capabilities().contains(service.capability()));
                assertThat(workshop.technicians()).as(service.code() + " needs a technician with " + service.skill())
                        .anyMatch(t -> service.skill() == null || t.skills().contains(service.skill()));
            }
        }
    }

    @Test
    void shouldRefuseAMalformedOwnerVinAtStartup() {
        assertThat(new DemoProperties(List.of("1HGCM82633A004352")).ownerVins()).hasSize(1);
        assertThatThrownBy(() -> new DemoProperties(List.of("NOT-A-VIN")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kcspeedshop.demo.owner-vins");
    }
}

package com.kcspeedshop.platform.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AvailabilitySearchTest {

    // Monday 2027-03-01, Kolkata is UTC+05:30: 08:00 local = 02:30 UTC
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final WorkshopCalendar CALENDAR = new WorkshopCalendar(KOLKATA,
            List.of(new DailyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(11, 0))), List.of());
    private static final TimeRange MONDAY = new TimeRange(Instant.parse("2027-03-01T00:00:00Z"),
            Instant.parse("2027-03-02T00:00:00Z"));

    private static final UUID W = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Bay LIFT = new Bay(1, W, "Bay 1", Set.of("lift"));
    private static final Bay DYNO = new Bay(2, W, "Bay 2", Set.of("dyno"));
    private static final Technician ANA = new Technician(10, W, "Ana", Set.of("engine"));
    private static final Technician BEN = new Technician(11, W, "Ben", Set.of("engine", "electrical"));
    private static final ServiceType COOLING = new ServiceType(5, W, "COOLING_CHECK", "Cooling check",
            Duration.ofMinutes(60), "lift", "engine");

    @Test
    void offersHourlySlotsOnTheLocalGridInCapableBaysOnly() {
        List<Slot> slots = AvailabilitySearch.find(CALENDAR, List.of(LIFT, DYNO), List.of(ANA, BEN), Map.of(),
                Map.of(), COOLING, MONDAY, Duration.ofHours(1), 100);
        // 08:00, 09:00, 10:00 local in the lift bay with the first skilled technician; the dyno bay has no lift
        assertThat(slots).extracting(s -> s.range().start().atZone(KOLKATA).toLocalTime())
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0));
        assertThat(slots).allSatisfy(s -> {
            assertThat(s.bayId()).isEqualTo(LIFT.id());
            assertThat(s.technicianId()).isEqualTo(ANA.id());
        });
    }

    @Test
    void busyBaysAndTechniciansAreSkippedAndBackToBackIsFine() {
        Instant nine = Instant.parse("2027-03-01T03:30:00Z");
        // Ana is busy 09:00-10:00 local elsewhere; the lift bay is busy 10:00-11:00
        Map<Long, List<TimeRange>> busyTech = Map.of(ANA.id(), List.of(TimeRange.of(nine, Duration.ofHours(1))));
        Map<Long, List<TimeRange>> busyBay = Map.of(LIFT.id(),
                List.of(TimeRange.of(nine.plus(Duration.ofHours(1)), Duration.ofHours(1))));
        List<Slot> slots = AvailabilitySearch.find(CALENDAR, List.of(LIFT), List.of(ANA, BEN), busyBay, busyTech,
                COOLING, MONDAY, Duration.ofMinutes(30), 100);
        assertThat(slots).extracting(s -> s.range().start().atZone(KOLKATA).toLocalTime() + "/" + s.technicianId())
                // 08:00 Ana; 08:30 Ana would end 09:30 but Ana is busy from 09:00: Ben; 09:00 and 09:30 Ben;
                // 10:00 and later the bay is busy
                .containsExactly("08:00/10", "08:30/11", "09:00/11");
    }

    @Test
    void aSlotNeverRunsPastClosingAndTheLimitHolds() {
        ServiceType longJob = new ServiceType(6, W, "BIG", "Big job", Duration.ofMinutes(150), null, null);
        List<Slot> slots = AvailabilitySearch.find(CALENDAR, List.of(LIFT, DYNO), List.of(ANA), Map.of(), Map.of(),
                longJob, MONDAY, Duration.ofMinutes(15), 100);
        // 08:00..08:30 starts fit a 2.5 h job before 11:00, in each of the two bays
        assertThat(slots).hasSize(6);
        assertThat(slots).allSatisfy(s -> assertThat(s.range().end())
                .isBeforeOrEqualTo(Instant.parse("2027-03-01T05:30:00Z")));
        assertThat(AvailabilitySearch.find(CALENDAR, List.of(LIFT, DYNO), List.of(ANA), Map.of(), Map.of(),
                longJob, MONDAY, Duration.ofMinutes(15), 4)).hasSize(4);
    }

    @Test
    void noSkilledTechnicianMeansNoSlot() {
        ServiceType electrical = new ServiceType(7, W, "CHARGING", "Charging check", Duration.ofMinutes(30), null,
                "electrical");
        assertThat(AvailabilitySearch.find(CALENDAR, List.of(LIFT), List.of(ANA), Map.of(), Map.of(), electrical,
                MONDAY, Duration.ofMinutes(30), 100)).isEmpty();
    }
}

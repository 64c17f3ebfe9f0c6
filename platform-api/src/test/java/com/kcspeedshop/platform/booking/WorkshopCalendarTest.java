package com.kcspeedshop.platform.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkshopCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static WorkshopCalendar weekdays(List<Closure> closures) {
        List<DailyHours> hours = new java.util.ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new DailyHours(d, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            hours.add(new DailyHours(d, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        return new WorkshopCalendar(BERLIN, hours, closures);
    }

    @Test
    void openPeriodsAreLocalHoursAsInstantsWithTheLunchBreak() {
        // Monday 2027-03-01, Berlin is UTC+1 in winter
        List<TimeRange> periods = weekdays(List.of()).openPeriods(
                new TimeRange(Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-03-02T00:00:00Z")));
        assertThat(periods).containsExactly(
                new TimeRange(Instant.parse("2027-03-01T07:00:00Z"), Instant.parse("2027-03-01T11:00:00Z")),
                new TimeRange(Instant.parse("2027-03-01T12:00:00Z"), Instant.parse("2027-03-01T16:00:00Z")));
    }

    @Test
    void localHoursStayPutAcrossTheDaylightSavingChange() {
        // clocks go forward on Sunday 2027-03-28; on Monday 08:00 Berlin is 06:00 UTC, a week earlier 07:00 UTC
        List<TimeRange> periods = weekdays(List.of()).openPeriods(
                new TimeRange(Instant.parse("2027-03-29T00:00:00Z"), Instant.parse("2027-03-29T09:00:00Z")));
        assertThat(periods).first().isEqualTo(
                new TimeRange(Instant.parse("2027-03-29T06:00:00Z"), Instant.parse("2027-03-29T09:00:00Z")));
    }

    @Test
    void closuresAndWeekendsHaveNoOpenPeriods() {
        WorkshopCalendar calendar = weekdays(List.of(new Closure(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3),
                "stocktaking")));
        List<TimeRange> periods = calendar.openPeriods(
                new TimeRange(Instant.parse("2027-03-02T00:00:00Z"), Instant.parse("2027-03-08T00:00:00Z")));
        // Tue and Wed closed, Sat and Sun not open: Thursday and Friday remain, two periods each
        assertThat(periods).hasSize(4);
        assertThat(periods).allSatisfy(p -> assertThat(p.start().atZone(BERLIN).getDayOfWeek())
                .isIn(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
    }

    @Test
    void aJobMustFitInsideOnePeriod() {
        WorkshopCalendar calendar = weekdays(List.of());
        Instant elevenBerlin = Instant.parse("2027-03-01T10:00:00Z");
        assertThat(calendar.isOpenThroughout(new TimeRange(elevenBerlin, elevenBerlin.plusSeconds(3600)))).isTrue();
        // 11:30-12:30 runs into the lunch break
        assertThat(calendar.isOpenThroughout(new TimeRange(elevenBerlin.plusSeconds(1800),
                elevenBerlin.plusSeconds(5400)))).isFalse();
    }

    @Test
    void invalidHoursAndClosuresAreRefused() {
        assertThatThrownBy(() -> new DailyHours(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .hasMessageContaining("close after they open");
        assertThatThrownBy(() -> new Closure(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 2), "x"))
                .hasMessageContaining("must not end before");
        assertThatThrownBy(() -> new TimeRange(Instant.EPOCH, Instant.EPOCH)).hasMessageContaining("end after");
    }
}

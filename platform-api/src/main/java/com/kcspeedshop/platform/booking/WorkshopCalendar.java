package com.kcspeedshop.platform.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When a workshop is open, as instants. Opening hours are local wall-clock times in the workshop's zone, so "08:00"
 * stays 08:00 across a daylight-saving change; a local time that does not exist on the day of the change (the spring
 * gap) moves forward by the gap, as {@link ZonedDateTime#of} does, and an ambiguous one (autumn) takes the earlier
 * offset.
 */
public final class WorkshopCalendar {

    private final ZoneId zone;
    private final List<DailyHours> hours;
    private final List<Closure> closures;

    public WorkshopCalendar(ZoneId zone, List<DailyHours> hours, List<Closure> closures) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = List.copyOf(hours);
        this.closures = List.copyOf(closures);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The open periods that intersect {@code window}, clipped to it, in time order. */
    public List<TimeRange> openPeriods(TimeRange window) {
        List<TimeRange> periods = new ArrayList<>();
        // one local day either side: the window is in instants, opening hours in local dates of another offset
        LocalDate first = window.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = window.end().atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isClosed(day)) {
                continue;
            }
            for (DailyHours h : hours) {
                if (h.day() != day.getDayOfWeek()) {
                    continue;
                }
                Instant opens = ZonedDateTime.of(day, h.opens(), zone).toInstant();
                Instant closes = ZonedDateTime.of(day, h.closes(), zone).toInstant();
                Instant start = opens.isAfter(window.start()) ? opens : window.start();
                Instant end = closes.isBefore(window.end()) ? closes : window.end();
                if (end.isAfter(start)) {
                    periods.add(new TimeRange(start, end));
                }
            }
        }
        periods.sort(Comparator.comparing(TimeRange::start));
        return periods;
    }

    /** Whether {@code range} lies entirely inside one open period (a job is not split over a lunch break or a night). */
    public boolean isOpenThroughout(TimeRange range) {
        return openPeriods(range).stream().anyMatch(p -> p.contains(range));
    }

    private boolean isClosed(LocalDate day) {
        return closures.stream().anyMatch(c -> c.covers(day));
    }
}

package com.kcspeedshop.platform.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the slots where a service fits: inside one opening period of the workshop, in a bay with the required
 * equipment and with a technician who has the required skill, neither of them busy. Pure: the caller loads the
 * workshop's calendar and its busy ranges; the database still has the last word when a slot is taken (see
 * {@link BookingService}), because two people may find the same free slot at the same moment.
 *
 * <p>Candidate starts are on a grid of {@code step} from local midnight (08:00, 08:15, ...), which is what people
 * expect to see in a calendar. Results are ordered by start, then bay, then technician, so the same
 * question gets the same answer.
 */
public final class AvailabilitySearch {

    private AvailabilitySearch() {
    }

    public static List<Slot> find(WorkshopCalendar calendar, List<Bay> bays, List<Technician> technicians,
                                  Map<Long, List<TimeRange>> busyByBay, Map<Long, List<TimeRange>> busyByTechnician,
                                  ServiceType service, TimeRange window, Duration step, int limit) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        List<Bay> able = bays.stream().filter(b -> b.canDo(service)).sorted(Comparator.comparingLong(Bay::id)).toList();
        List<Technician> skilled = technicians.stream().filter(t -> t.canDo(service))
                .sorted(Comparator.comparingLong(Technician::id)).toList();
        List<Slot> slots = new ArrayList<>();
        for (TimeRange open : calendar.openPeriods(window)) {
            for (Instant start = alignUp(open.start(), step, calendar.zone()); !start.plus(service.duration()).isAfter(open.end());
                 start = start.plus(step)) {
                TimeRange candidate = TimeRange.of(start, service.duration());
                for (Bay bay : able) {
                    if (isBusy(busyByBay.get(bay.id()), candidate)) {
                        continue;
                    }
                    // the first free skilled technician; offering every pairing would flood the calendar
                    for (Technician technician : skilled) {
                        if (!isBusy(busyByTechnician.get(technician.id()), candidate)) {
                            slots.add(new Slot(bay.id(), technician.id(), candidate));
                            break;
                        }
                    }
                    if (slots.size() >= limit) {
                        return slots;
                    }
                }
            }
        }
        return slots;
    }

    /**
     * Rounds up to the next multiple of {@code step} counted from the local midnight of that day, so a workshop in
     * +05:30 offers 08:00, 09:00 with an hourly step, not 08:30.
     */
    static Instant alignUp(Instant t, Duration step, ZoneId zone) {
        Instant midnight = t.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        long sinceMidnight = Duration.between(midnight, t).toMillis();
        long stepMillis = step.toMillis();
        long rem = Math.floorMod(sinceMidnight, stepMillis);
        return rem == 0 ? t : t.plusMillis(stepMillis - rem);
    }

    private static boolean isBusy(List<TimeRange> busy, TimeRange candidate) {
        if (busy == null) {
            return false;
        }
        for (TimeRange b : busy) {
            if (b.overlaps(candidate)) {
                return true;
            }
        }
        return false;
    }
}

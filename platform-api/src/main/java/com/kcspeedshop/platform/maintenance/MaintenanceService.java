package com.kcspeedshop.platform.maintenance;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.platform.alert.AlertStore;
import com.kcspeedshop.platform.push.PushService;
import com.kcspeedshop.platform.push.PushStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedules, service records and reminders. A reminder is an ordinary alert episode (rule {@value #RULE}), so it shows
 * in the alert list, reaches phones by push and can be booked from like any other: raised as INFO when the service is
 * due soon, escalated to WARNING when overdue, cleared when the service is logged.
 */
public class MaintenanceService {

    public static final String RULE = "maintenance-due";

    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceService.class);

    private final MaintenanceStore store;
    private final AlertStore alerts;
    private final PushStore pushStore;
    private final PushService push;
    private final TransactionTemplate tx;
    private final Clock clock;

    public MaintenanceService(MaintenanceStore store, AlertStore alerts, PushStore pushStore, PushService push,
                              TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.pushStore = pushStore;
        this.push = push;
        this.tx = tx;
        this.clock = clock;
    }

    /** A schedule and where it stands now. */
    public record Item(Schedule schedule, DueStatus status) {
    }

    public List<Item> overview(String vin) {
        int odometer = store.odometer(vin).orElse(0);
        LocalDate today = today();
        return store.schedules(vin).stream()
                .map(s -> new Item(s.schedule(), DueStatus.of(s.schedule(), odometer, today))).toList();
    }

    /**
     * A new schedule counts from the given last service, or from today at the current odometer when there is none
     * (the owner does not know when the oil was last changed).
     */
    public Schedule create(String vin, String name, String serviceCode, Integer everyKm, Integer everyMonths,
                           Integer remindKm, Integer remindDays, Integer lastDoneKm, LocalDate lastDoneOn,
                           String actor) {
        Schedule s = new Schedule(UUID.randomUUID(), vin, name, serviceCode, everyKm, everyMonths,
                lastDoneKm != null ? lastDoneKm : store.odometer(vin).orElse(0),
                lastDoneOn != null ? lastDoneOn : today(), remindKm != null ? remindKm : 1000,
                remindDays != null ? remindDays : 30);
        store.insert(s, actor);
        return s;
    }

    /**
     * Logs a service; the odometer moves forward if the record shows more, and the schedule it names starts counting
     * again (unless the record is older than the schedule's last service) and its open reminder is cleared.
     */
    public ServiceRecord log(String vin, UUID scheduleId, LocalDate performedOn, int odometerKm, String description,
                             UUID bookingId, String actor) {
        ServiceRecord record = new ServiceRecord(UUID.randomUUID(), vin, scheduleId, performedOn, odometerKm,
                description, bookingId, actor);
        List<Alert> cleared = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            MaintenanceStore.Stored schedule = null;
            if (scheduleId != null) {
                schedule = store.lock(scheduleId).filter(s -> s.schedule().vin().equals(vin))
                        .orElseThrow(() -> new MaintenanceProblems.UnknownSchedule(scheduleId));
            }
            store.insert(record);
            store.raiseOdometer(vin, odometerKm);
            if (schedule != null && !performedOn.isBefore(schedule.schedule().lastDoneOn())) {
                store.reset(scheduleId, odometerKm, performedOn);
                if (schedule.reminderAlertId() != null) {
                    cleared.add(reminder(schedule.schedule(), schedule.reminderAlertId(), AlertState.CLEARED,
                            severity(schedule.reminderState()), schedule.schedule().name() + " done on "
                                    + performedOn + " at " + odometerKm + " km"));
                }
            }
        });
        cleared.forEach(this::emit);
        return record;
    }

    /** One pass of the reminder job: raises, escalates and clears reminders as schedules change state. */
    public int remind() {
        LocalDate today = today();
        int events = 0;
        for (MaintenanceStore.Stored stored : store.allSchedules()) {
            Schedule s = stored.schedule();
            DueStatus status = DueStatus.of(s, store.odometer(s.vin()).orElse(0), today);
            if (status.state() == stored.reminderState()) {
                continue;
            }
            String alertId = stored.reminderAlertId() != null ? stored.reminderAlertId() : alertId(s);
            AlertState lifecycle = status.state() == DueStatus.State.OK ? AlertState.CLEARED
                    : stored.reminderState() == DueStatus.State.OK ? AlertState.RAISED : AlertState.UPDATED;
            emit(reminder(s, alertId, lifecycle, severity(status.state()), describe(s, status)));
            store.remember(s.id(), lifecycle == AlertState.CLEARED ? null : alertId, status.state());
            events++;
        }
        return events;
    }

    private void emit(Alert alert) {
        alerts.apply(alert);
        push.onAlert(alert, pushStore.recipients(alert.vin()));
        LOG.info("maintenance reminder {} {} for {}: {}", alert.alertId(), alert.state(), alert.vin(),
                alert.message());
    }

    /** Deterministic per schedule and cycle: the same reminder episode gets the same id on every instance. */
    static String alertId(Schedule s) {
        String key = "maintenance|" + s.id() + "|" + s.lastDoneOn() + "|" + s.lastDoneKm();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Alert reminder(Schedule s, String alertId, AlertState state, AlertSeverity severity, String message) {
        return new Alert(alertId, s.vin(), RULE, severity, state, clock.instant(), message);
    }

    private static AlertSeverity severity(DueStatus.State state) {
        return state == DueStatus.State.OVERDUE ? AlertSeverity.WARNING : AlertSeverity.INFO;
    }

    static String describe(Schedule s, DueStatus status) {
        StringBuilder text = new StringBuilder(s.name()).append(status.state() == DueStatus.State.OVERDUE
                ? " is overdue" : status.state() == DueStatus.State.DUE_SOON ? " is due soon" : " is not due");
        if (status.dueKm() != null) {
            text.append(": due at ").append(status.dueKm()).append(" km");
            if (status.kmLeft() != null) {
                text.append(status.kmLeft() >= 0 ? " (" + status.kmLeft() + " km left)"
                        : " (" + -status.kmLeft() + " km ago)");
            }
        }
        if (status.dueOn() != null) {
            text.append(status.dueKm() != null ? " or on " : ": due on ").append(status.dueOn());
        }
        return text.toString();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    Instant now() {
        return clock.instant();
    }
}

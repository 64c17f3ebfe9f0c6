package com.kcspeedshop.platform.maintenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the tables of migration V14, plus the odometer of {@code vehicle_registration}. */
@Repository
public class MaintenanceStore {

    private static final String SCHEDULE_COLUMNS = """
            id, vin, name, service_code, every_km, every_months, last_done_km, last_done_on, remind_km, remind_days,
            reminder_alert_id, reminder_state""";

    private final JdbcClient jdbc;

    public MaintenanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A schedule with the reminder bookkeeping the job needs. */
    public record Stored(Schedule schedule, String reminderAlertId, DueStatus.State reminderState) {
    }

    public void insert(Schedule s, String createdBy) {
        jdbc.sql("""
                        INSERT INTO maintenance_schedule (id, vin, name, service_code, every_km, every_months,
                               remind_km, remind_days, last_done_km, last_done_on, created_by)
                        VALUES (:id, :vin, :name, :code, :km, :months, :rkm, :rdays, :lkm, :lon, :by)""")
                .param("id", s.id()).param("vin", s.vin()).param("name", s.name()).param("code", s.serviceCode())
                .param("km", s.everyKm()).param("months", s.everyMonths()).param("rkm", s.remindKm())
                .param("rdays", s.remindDays()).param("lkm", s.lastDoneKm()).param("lon", s.lastDoneOn())
                .param("by", createdBy).update();
    }

    public List<Stored> schedules(String vin) {
        return jdbc.sql("SELECT " + SCHEDULE_COLUMNS + " FROM maintenance_schedule WHERE vin = :vin ORDER BY name, id")
                .param("vin", vin).query(MaintenanceStore::stored).list();
    }

    public List<Stored> allSchedules() {
        return jdbc.sql("SELECT " + SCHEDULE_COLUMNS + " FROM maintenance_schedule ORDER BY vin, id")
                .query(MaintenanceStore::stored).list();
    }

    public Optional<Stored> lock(UUID id) {
        return jdbc.sql("SELECT " + SCHEDULE_COLUMNS + " FROM maintenance_schedule WHERE id = :id FOR UPDATE")
                .param("id", id).query(MaintenanceStore::stored).optional();
    }

    public boolean delete(String vin, UUID id) {
        return jdbc.sql("DELETE FROM maintenance_schedule WHERE id = :id AND vin = :vin")
                .param("id", id).param("vin", vin).update() == 1;
    }

    /** The count starts again from this service. */
    public void reset(UUID id, int km, LocalDate on) {
        jdbc.sql("""
                        UPDATE maintenance_schedule SET last_done_km = :km, last_done_on = :on,
                               reminder_alert_id = NULL, reminder_state = 'OK'
                         WHERE id = :id""")
                .param("id", id).param("km", km).param("on", on).update();
    }

    public void remember(UUID id, String alertId, DueStatus.State state) {
        jdbc.sql("UPDATE maintenance_schedule SET reminder_alert_id = :alert, reminder_state = :state WHERE id = :id")
                .param("id", id).param("alert", alertId).param("state", state.name()).update();
    }

    public Optional<String> serviceCodeForAlert(String alertId) {
        return jdbc.sql("SELECT service_code FROM maintenance_schedule WHERE reminder_alert_id = :a AND"
                        + " service_code IS NOT NULL")
                .param("a", alertId).query(String.class).optional();
    }

    public void insert(ServiceRecord r) {
        jdbc.sql("""
                        INSERT INTO service_record (id, vin, schedule_id, performed_on, odometer_km, description,
                                                    booking_id, recorded_by)
                        VALUES (:id, :vin, :schedule, :on, :km, :what, :booking, :by)""")
                .param("id", r.id()).param("vin", r.vin()).param("schedule", r.scheduleId())
                .param("on", r.performedOn()).param("km", r.odometerKm()).param("what", r.description())
                .param("booking", r.bookingId()).param("by", r.recordedBy()).update();
    }

    public List<ServiceRecord> records(String vin) {
        return jdbc.sql("""
                        SELECT id, vin, schedule_id, performed_on, odometer_km, description, booking_id, recorded_by
                          FROM service_record WHERE vin = :vin ORDER BY performed_on DESC, recorded_at DESC""")
                .param("vin", vin)
                .query((rs, n) -> new ServiceRecord(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getDate(4).toLocalDate(), rs.getInt(5), rs.getString(6),
                        rs.getObject(7, UUID.class), rs.getString(8)))
                .list();
    }

    /** The registered odometer; a service record never moves it backwards. */
    public Optional<Integer> odometer(String vin) {
        return jdbc.sql("SELECT odometer_km FROM vehicle_registration WHERE vin = :vin").param("vin", vin)
                .query(Integer.class).optional();
    }

    public void raiseOdometer(String vin, int km) {
        jdbc.sql("""
                        UPDATE vehicle_registration SET odometer_km = :km, odometer_updated_at = now()
                         WHERE vin = :vin AND odometer_km < :km""")
                .param("vin", vin).param("km", km).update();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        Schedule s = new Schedule(rs.getObject("id", UUID.class), rs.getString("vin"), rs.getString("name"),
                rs.getString("service_code"), (Integer) rs.getObject("every_km"),
                (Integer) rs.getObject("every_months"), rs.getInt("last_done_km"),
                rs.getDate("last_done_on").toLocalDate(), rs.getInt("remind_km"), rs.getInt("remind_days"));
        return new Stored(s, rs.getString("reminder_alert_id"), DueStatus.State.valueOf(rs.getString("reminder_state")));
    }
}

package com.kcspeedshop.platform.vehicle;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the registry tables (migration V2): registrations, odometer, workshop grants. */
@Repository
class VehicleRegistry {

    private final JdbcClient jdbc;

    VehicleRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the registration; false when the VIN is registered already (the primary key decides, not a read). */
    boolean register(DecodedVin decoded, String owner, long odometerKm, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO vehicle_registration (vin, owner_subject, manufacturer, model_year, odometer_km,
                                                      odometer_updated_at, registered_at)
                    VALUES (:vin, :owner, :manufacturer, :year, :km, :now, :now)""")
                    .param("vin", decoded.vin()).param("owner", owner).param("manufacturer", decoded.manufacturer())
                    .param("year", decoded.modelYear()).param("km", odometerKm).param("now", utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Registration> registration(String vin) {
        return jdbc.sql("""
                SELECT vin, owner_subject, odometer_km, odometer_updated_at, registered_at
                  FROM vehicle_registration WHERE vin = :vin""")
                .param("vin", vin)
                .query((rs, row) -> new Registration(rs.getString(1), rs.getString(2), rs.getLong(3),
                        instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class))))
                .optional();
    }

    /**
     * Sets the odometer when the reading is not below the current one, in one statement so two concurrent updates
     * cannot move it backwards; returns the reading now stored.
     */
    long updateOdometer(String vin, long km, Instant now) {
        jdbc.sql("""
                UPDATE vehicle_registration SET odometer_km = :km, odometer_updated_at = :now
                 WHERE vin = :vin AND odometer_km <= :km""")
                .param("vin", vin).param("km", km).param("now", utc(now)).update();
        return jdbc.sql("SELECT odometer_km FROM vehicle_registration WHERE vin = :vin").param("vin", vin)
                .query(Long.class).single();
    }

    boolean workshopExists(UUID workshop) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM workshop WHERE id = :id)").param("id", workshop)
                .query(Boolean.class).single();
    }

    void grant(String vin, UUID workshop) {
        jdbc.sql("""
                INSERT INTO vehicle_workshop_grant (vin, workshop_id) VALUES (:vin, :workshop)
                ON CONFLICT DO NOTHING""").param("vin", vin).param("workshop", workshop).update();
    }

    void revoke(String vin, UUID workshop) {
        jdbc.sql("DELETE FROM vehicle_workshop_grant WHERE vin = :vin AND workshop_id = :workshop")
                .param("vin", vin).param("workshop", workshop).update();
    }

    List<AuthorisedWorkshop> grants(String vin) {
        return jdbc.sql("""
                SELECT w.id, w.name, g.granted_at
                  FROM vehicle_workshop_grant g JOIN workshop w ON w.id = g.workshop_id
                 WHERE g.vin = :vin ORDER BY w.name""")
                .param("vin", vin)
                .query((rs, row) -> new AuthorisedWorkshop(rs.getObject(1, UUID.class), rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class))))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    record Registration(String vin, String ownerSubject, long odometerKm, Instant odometerUpdatedAt,
                        Instant registeredAt) {
    }

    /** A workshop the owner authorised for one vehicle. */
    record AuthorisedWorkshop(UUID id, String name, Instant grantedAt) {
    }
}

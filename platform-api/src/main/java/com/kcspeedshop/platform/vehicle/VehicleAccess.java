package com.kcspeedshop.platform.vehicle;

import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.identity.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Object-level authorisation for vehicles (OWASP API1): every route and subscription that names a VIN asks here.
 *
 * <p>A caller relates to a vehicle as its owner (registered it), as staff of a workshop the owner authorised, or
 * fleet-wide (operator, data scientist: telemetry of every car). Without a relation the vehicle is invisible and the
 * answer is 404, the same as for a VIN nobody knows, so ids cannot be probed. With one, an action the relation does
 * not allow is 403:
 * <pre>
 *                     owner  workshop staff  operator  data scientist
 *   READ_SIGNALS        x          x            x           x
 *   READ_DETAILS        x          x            x
 *   UPDATE_ODOMETER     x          x
 *   MANAGE_WORKSHOPS    x
 *   HANDLE_ALERTS       x          x            x
 *   ASSIGN_ALERTS                  x            x
 *   BOOK                x          x
 *   MAINTAIN            x          x
 * </pre>
 * Health scores and alerts are derived from the signals, so reading them is READ_SIGNALS.
 */
@Component
public class VehicleAccess {

    private static final String RELATION = """
            SELECT r.owner_subject,
                   EXISTS (SELECT 1 FROM vehicle v WHERE v.vin = :vin) AS telemetry,
                   EXISTS (SELECT 1 FROM vehicle_workshop_grant g
                            WHERE g.vin = :vin AND g.workshop_id = CAST(:workshop AS uuid)) AS granted
              FROM (SELECT CAST(:vin AS varchar) AS vin) q
              LEFT JOIN vehicle_registration r ON r.vin = q.vin
            """;

    static final String VISIBLE_VINS = """
            SELECT vin FROM vehicle_registration WHERE owner_subject = :subject
            UNION
            SELECT vin FROM vehicle_workshop_grant WHERE workshop_id = CAST(:workshop AS uuid)
            """;

    private final JdbcClient jdbc;

    VehicleAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws the 404 or 403 problem when the caller may not do {@code action} to the vehicle. */
    public void require(Caller caller, String vin, VehicleAction action) {
        Relation relation = relation(caller, vin);
        if (relation == Relation.NONE) {
            throw new VehicleProblems.NotVisible(vin);
        }
        if (!allows(relation, caller, action)) {
            throw new VehicleProblems.NotAllowed(vin, describe(action));
        }
    }

    /**
     * True when the caller may see this vehicle's signals; for the WebSocket handshake. Fleet-wide callers may also
     * wait for a car that has not sent anything yet (they would see it anyway once it does).
     */
    public boolean maySeeSignals(Caller caller, String vin) {
        return caller.fleetWide() || relation(caller, vin) != Relation.NONE;
    }

    /**
     * A filter of VINs whose signals the caller may see, for a long-lived subscription: fleet-wide callers see every
     * VIN; for others the set is re-read at most every {@code refresh}, so a revoked authorisation stops the push
     * within that time without a query per pushed window.
     */
    public Predicate<String> signalFilter(Caller caller, Duration refresh) {
        if (caller.fleetWide()) {
            return vin -> true;
        }
        return new RefreshingVinSet(() -> visibleVins(caller), refresh);
    }

    public Set<String> visibleVins(Caller caller) {
        return Set.copyOf(jdbc.sql(VISIBLE_VINS)
                .param("subject", caller.subject())
                .param("workshop", caller.staffWorkshop().map(UUID::toString).orElse(null))
                .query(String.class).list());
    }

    Relation relation(Caller caller, String vin) {
        List<Row> rows = jdbc.sql(RELATION)
                .param("vin", vin)
                .param("workshop", caller.staffWorkshop().map(UUID::toString).orElse(null))
                .query((rs, n) -> new Row(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
                .list();
        Row row = rows.get(0);
        boolean registered = row.owner() != null;
        if (registered && row.owner().equals(caller.subject())) {
            return Relation.OWNER;
        }
        if (row.granted()) {
            return Relation.WORKSHOP;
        }
        if (caller.fleetWide() && (registered || row.telemetry())) {
            return Relation.FLEET;
        }
        return Relation.NONE;
    }

    private static boolean allows(Relation relation, Caller caller, VehicleAction action) {
        return switch (action) {
            case READ_SIGNALS -> true;
            case READ_DETAILS -> relation != Relation.FLEET || caller.has(Role.OPERATOR);
            case UPDATE_ODOMETER -> relation == Relation.OWNER || relation == Relation.WORKSHOP;
            case MANAGE_WORKSHOPS -> relation == Relation.OWNER;
            case HANDLE_ALERTS -> relation != Relation.FLEET || caller.has(Role.OPERATOR);
            case ASSIGN_ALERTS -> relation == Relation.WORKSHOP
                    || relation == Relation.FLEET && caller.has(Role.OPERATOR);
            case BOOK, MAINTAIN -> relation == Relation.OWNER || relation == Relation.WORKSHOP;
        };
    }

    private static String describe(VehicleAction action) {
        return switch (action) {
            case READ_SIGNALS -> "read the signals of";
            case READ_DETAILS -> "read the registration of";
            case UPDATE_ODOMETER -> "update the odometer of";
            case MANAGE_WORKSHOPS -> "authorise workshops for";
            case HANDLE_ALERTS -> "handle the alerts of";
            case ASSIGN_ALERTS -> "assign the alerts of";
            case BOOK -> "book a workshop for";
            case MAINTAIN -> "maintain";
        };
    }

    enum Relation { OWNER, WORKSHOP, FLEET, NONE }

    private record Row(String owner, boolean telemetry, boolean granted) {
    }
}

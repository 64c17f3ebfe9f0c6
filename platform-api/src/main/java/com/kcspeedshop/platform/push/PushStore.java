package com.kcspeedshop.platform.push;

import com.kcspeedshop.events.AlertSeverity;
import java.security.KeyPair;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over the tables of migration V11. */
@Repository
public class PushStore {

    private final JdbcClient jdbc;

    public PushStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The one VAPID key of this installation, made on first use; concurrent first uses agree on one key. */
    public KeyPair serverKey() {
        KeyPair fresh = P256.generate();
        jdbc.sql("""
                        INSERT INTO push_server_key (id, public_key, private_key) VALUES (1, :pub, :priv)
                        ON CONFLICT (id) DO NOTHING""")
                .param("pub", P256.base64Url(P256.encode((java.security.interfaces.ECPublicKey) fresh.getPublic())))
                .param("priv", P256.base64Url(P256.encode((java.security.interfaces.ECPrivateKey) fresh.getPrivate())))
                .update();
        return jdbc.sql("SELECT public_key, private_key FROM push_server_key WHERE id = 1")
                .query((rs, n) -> new KeyPair(P256.publicKey(P256.base64Url(rs.getString(1))),
                        P256.privateKey(P256.base64Url(rs.getString(2)))))
                .single();
    }

    /** Subscribing again from the same browser updates its keys and owner (the endpoint identifies the browser). */
    public long subscribe(String username, UUID workshopId, String endpoint, String p256dh, String auth,
                          String device) {
        return jdbc.sql("""
                        INSERT INTO push_subscription (username, workshop_id, endpoint, p256dh, auth, device)
                        VALUES (:user, :workshop, :endpoint, :p256dh, :auth, :device)
                        ON CONFLICT (endpoint) DO UPDATE SET username = EXCLUDED.username,
                               workshop_id = EXCLUDED.workshop_id, p256dh = EXCLUDED.p256dh,
                               auth = EXCLUDED.auth, device = EXCLUDED.device, failures = 0
                        RETURNING id""")
                .param("user", username).param("workshop", workshopId).param("endpoint", endpoint)
                .param("p256dh", p256dh).param("auth", auth).param("device", device).query(Long.class).single();
    }

    /**
     * Who gets a vehicle's alerts pushed: its owner and the staff of the workshops the owner authorised, among the
     * users with at least one subscription.
     */
    public List<String> recipients(String vin) {
        return jdbc.sql("""
                        SELECT DISTINCT s.username FROM push_subscription s
                         WHERE s.username = (SELECT owner_subject FROM vehicle_registration WHERE vin = :vin)
                            OR s.workshop_id IN (SELECT workshop_id FROM vehicle_workshop_grant WHERE vin = :vin)
                         ORDER BY s.username""")
                .param("vin", vin).query(String.class).list();
    }

    public boolean unsubscribe(String username, long id) {
        return jdbc.sql("DELETE FROM push_subscription WHERE id = :id AND username = :user")
                .param("id", id).param("user", username).update() == 1;
    }

    public void forget(long subscriptionId) {
        jdbc.sql("DELETE FROM push_subscription WHERE id = :id").param("id", subscriptionId).update();
    }

    public List<PushSubscription> subscriptions(String username) {
        return jdbc.sql("""
                        SELECT id, username, endpoint, p256dh, auth, device FROM push_subscription
                         WHERE username = :user ORDER BY id""")
                .param("user", username)
                .query((rs, n) -> new PushSubscription(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    public void delivered(long subscriptionId, Instant at) {
        jdbc.sql("UPDATE push_subscription SET last_delivered_at = :at, failures = 0 WHERE id = :id")
                .param("at", ts(at)).param("id", subscriptionId).update();
    }

    public void failed(long subscriptionId) {
        jdbc.sql("UPDATE push_subscription SET failures = failures + 1 WHERE id = :id").param("id", subscriptionId)
                .update();
    }

    public PushPreferences preferences(String username) {
        return jdbc.sql("""
                        SELECT min_severity, delivery, digest_every_minutes, quiet_start, quiet_end, time_zone
                          FROM push_preference WHERE username = :user""")
                .param("user", username).query(PushStore::preferences).optional().orElse(PushPreferences.DEFAULT);
    }

    public void savePreferences(String username, PushPreferences p) {
        jdbc.sql("""
                        INSERT INTO push_preference (username, min_severity, delivery, digest_every_minutes,
                                                     quiet_start, quiet_end, time_zone)
                        VALUES (:user, :min, :delivery, :every, :qs, :qe, :zone)
                        ON CONFLICT (username) DO UPDATE SET min_severity = EXCLUDED.min_severity,
                               delivery = EXCLUDED.delivery, digest_every_minutes = EXCLUDED.digest_every_minutes,
                               quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end,
                               time_zone = EXCLUDED.time_zone""")
                .param("user", username).param("min", p.minSeverity().name()).param("delivery", p.delivery().name())
                .param("every", p.digestEveryMinutes())
                .param("qs", p.quietStart() == null ? null : Time.valueOf(p.quietStart()))
                .param("qe", p.quietEnd() == null ? null : Time.valueOf(p.quietEnd()))
                .param("zone", p.zone().getId())
                .update();
    }

    /** Queues one notification; a repeat of the same (user, alert, state) is ignored. Returns whether it was new. */
    public boolean enqueue(String username, OutboxMessage m, Instant dueAt) {
        return jdbc.sql("""
                        INSERT INTO push_outbox (username, alert_id, alert_state, severity, vin, title, body, due_at)
                        VALUES (:user, :alert, :state, :severity, :vin, :title, :body, :due)
                        ON CONFLICT (username, alert_id, alert_state) DO NOTHING""")
                .param("user", username).param("alert", m.alertId()).param("state", m.alertState())
                .param("severity", m.severity().name()).param("vin", m.vin()).param("title", m.title())
                .param("body", m.body()).param("due", ts(dueAt))
                .update() == 1;
    }

    /**
     * Leases up to {@code limit} due, unsent messages to {@code claim} until {@code leasedUntil}, in one statement
     * (its own short transaction). {@code SKIP LOCKED} lets several workers claim at once without waiting for each
     * other, and a leased row is nobody else's until the lease runs out, so no two workers send the same message.
     */
    public List<OutboxMessage> claimDue(UUID claim, Instant now, Instant leasedUntil, int limit) {
        return jdbc.sql("""
                        UPDATE push_outbox SET claimed_by = :claim, leased_until = :until, attempts = attempts + 1
                         WHERE id IN (SELECT id FROM push_outbox
                                       WHERE sent_at IS NULL AND due_at <= :now
                                         AND (leased_until IS NULL OR leased_until <= :now)
                                       ORDER BY due_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING id, username, alert_id, alert_state, severity, vin, title, body""")
                .param("claim", claim).param("now", ts(now)).param("until", ts(leasedUntil)).param("limit", limit)
                .query((rs, n) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AlertSeverity.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Takes messages out of the queue for good; returns how many this claim still held (0 once its lease was lost). */
    public int finish(List<Long> ids, UUID claim, Outcome outcome, Instant now) {
        return jdbc.sql("""
                        UPDATE push_outbox SET sent_at = :now, outcome = :outcome, leased_until = NULL
                         WHERE id IN (:ids) AND claimed_by = :claim AND sent_at IS NULL""")
                .param("now", ts(now)).param("outcome", outcome.name()).param("ids", ids).param("claim", claim)
                .update();
    }

    /**
     * Puts messages no device answered back in the queue, due after {@code firstDelay} doubled for every earlier
     * attempt (at most {@code maxDelay}); after {@code maxAttempts} they leave it as GAVE_UP.
     */
    public int retryLater(List<Long> ids, UUID claim, Instant now, Duration firstDelay, Duration maxDelay,
                          int maxAttempts) {
        return jdbc.sql("""
                        UPDATE push_outbox
                           SET leased_until = NULL,
                               due_at = CAST(:now AS timestamptz) + make_interval(secs =>
                                        LEAST(:first * power(2, attempts - 1), :max)),
                               sent_at = CASE WHEN attempts >= :attempts THEN CAST(:now AS timestamptz) END,
                               outcome = CASE WHEN attempts >= :attempts THEN 'GAVE_UP' END
                         WHERE id IN (:ids) AND claimed_by = :claim AND sent_at IS NULL""")
                .param("now", ts(now)).param("first", (double) firstDelay.toSeconds())
                .param("max", (double) maxDelay.toSeconds()).param("attempts", maxAttempts)
                .param("ids", ids).param("claim", claim)
                .update();
    }

    /**
     * Renews this claim's lease on messages to at least {@code until}; returns how many it still held. A row another
     * worker took over after the lease ran out is not touched, so its count is missing from the result.
     */
    public int extendLease(List<Long> ids, UUID claim, Instant until) {
        return jdbc.sql("""
                        UPDATE push_outbox SET leased_until = GREATEST(leased_until, :until)
                         WHERE id IN (:ids) AND claimed_by = :claim AND sent_at IS NULL""")
                .param("until", ts(until)).param("ids", ids).param("claim", claim)
                .update();
    }

    /** Hands messages this claim will not send back to the queue at once, without counting an attempt. */
    public int release(List<Long> ids, UUID claim) {
        return jdbc.sql("""
                        UPDATE push_outbox SET leased_until = NULL, attempts = attempts - 1
                         WHERE id IN (:ids) AND claimed_by = :claim AND sent_at IS NULL""")
                .param("ids", ids).param("claim", claim)
                .update();
    }

    /** Why a message left the outbox. */
    public enum Outcome { DELIVERED, NO_DEVICE, REJECTED, GAVE_UP }

    /** A notification waiting in (or claimed from) the outbox. */
    public record OutboxMessage(long id, String username, String alertId, String alertState, AlertSeverity severity,
                                String vin, String title, String body) {
    }

    private static PushPreferences preferences(ResultSet rs, int row) throws SQLException {
        Time qs = rs.getTime(4);
        Time qe = rs.getTime(5);
        return new PushPreferences(AlertSeverity.valueOf(rs.getString(1)),
                PushPreferences.Delivery.valueOf(rs.getString(2)), rs.getInt(3),
                qs == null ? null : qs.toLocalTime(), qe == null ? null : qe.toLocalTime(), ZoneId.of(rs.getString(6)));
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

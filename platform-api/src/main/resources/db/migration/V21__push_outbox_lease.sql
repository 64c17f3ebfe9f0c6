-- The push outbox worker no longer holds a transaction open while it talks to push services (issue 6): it claims due
-- rows in one short statement by leasing them (claimed_by, leased_until), sends with no transaction open, and records
-- the outcome in another short statement that only applies while it still holds the claim. A worker that dies leaves
-- its rows leased; they become claimable again when the lease runs out, so nothing is lost. attempts counts sends that
-- got no answer from any device; it sets the retry backoff and when to give up.
ALTER TABLE push_outbox
    ADD COLUMN attempts      INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN claimed_by    UUID,
    ADD COLUMN leased_until  TIMESTAMPTZ,
    -- why the row left the queue; NULL for rows sent before this migration
    ADD COLUMN outcome       VARCHAR(16) CHECK (outcome IN ('DELIVERED', 'NO_DEVICE', 'REJECTED', 'GAVE_UP'));

-- Web Push (RFC 8030/8291/8292): the server's VAPID key, each user's browser subscriptions, their delivery
-- preferences, and an outbox of notifications. The outbox makes delivery safe with several API instances (rows are
-- claimed with FOR UPDATE SKIP LOCKED) and deduplicates alert events, which arrive at least once: one row per
-- (user, alert id, lifecycle state).

CREATE TABLE push_server_key (
    id           SMALLINT    PRIMARY KEY CHECK (id = 1),  -- one key for every instance
    public_key   TEXT        NOT NULL,                    -- base64url uncompressed P-256 point
    private_key  TEXT        NOT NULL,                    -- base64url 32-byte scalar
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE push_subscription (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username           VARCHAR(200) NOT NULL,
    endpoint           TEXT         NOT NULL UNIQUE,  -- the push service URL, a capability: never shown to others
    p256dh             TEXT         NOT NULL,
    auth               TEXT         NOT NULL,
    device             VARCHAR(200) NOT NULL DEFAULT '',
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_delivered_at  TIMESTAMPTZ,
    failures           INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX push_subscription_by_user ON push_subscription (username);

CREATE TABLE push_preference (
    username              VARCHAR(200) PRIMARY KEY,
    min_severity          VARCHAR(16)  NOT NULL DEFAULT 'WARNING' CHECK (min_severity IN ('INFO', 'WARNING', 'CRITICAL')),
    delivery              VARCHAR(16)  NOT NULL DEFAULT 'IMMEDIATE' CHECK (delivery IN ('IMMEDIATE', 'DIGEST')),
    digest_every_minutes  INTEGER      NOT NULL DEFAULT 60 CHECK (digest_every_minutes BETWEEN 5 AND 1440),
    quiet_start           TIME,
    quiet_end             TIME,
    time_zone             VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
);

CREATE TABLE push_outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username     VARCHAR(200) NOT NULL,
    alert_id     VARCHAR(100) NOT NULL,
    alert_state  VARCHAR(16)  NOT NULL,
    severity     VARCHAR(16)  NOT NULL,
    vin          VARCHAR(17)  NOT NULL,
    title        TEXT         NOT NULL,
    body         TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    due_at       TIMESTAMPTZ  NOT NULL,
    sent_at      TIMESTAMPTZ,
    UNIQUE (username, alert_id, alert_state)
);
CREATE INDEX push_outbox_due ON push_outbox (due_at) WHERE sent_at IS NULL;

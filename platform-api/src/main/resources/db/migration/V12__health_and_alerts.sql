-- Health scores and alerts computed by the Flink health job. The job writes the stream columns with idempotent
-- upserts (a replay after a failure rewrites the same rows); platform-api owns the schema and the workflow columns
-- (acknowledge, assign, resolve), which the job never touches.

CREATE TABLE health_score (
    vin            VARCHAR(17)      NOT NULL,
    subsystem      VARCHAR(32)      NOT NULL,  -- cooling, fuel_air, ignition, charging, emissions, overall
    computed_at    TIMESTAMPTZ      NOT NULL,
    score          DOUBLE PRECISION NOT NULL CHECK (score >= 0 AND score <= 100),
    -- the explanation: [{"signal":..,"value":..,"threshold":..,"penalty":..}], largest penalty first
    contributions  JSONB            NOT NULL DEFAULT '[]',
    PRIMARY KEY (vin, subsystem, computed_at)
);
-- "latest per subsystem" and "history of one vehicle" both walk this index backwards
CREATE INDEX health_score_latest ON health_score (vin, computed_at DESC);

CREATE TABLE vehicle_alert (
    alert_id         VARCHAR(100) PRIMARY KEY,  -- deterministic per episode: vin + rule + episode start
    vin              VARCHAR(17)  NOT NULL,
    rule             VARCHAR(64)  NOT NULL,
    severity         VARCHAR(16)  NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    stream_state     VARCHAR(16)  NOT NULL CHECK (stream_state IN ('RAISED', 'UPDATED', 'CLEARED')),
    message          TEXT         NOT NULL,
    raised_at        TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    cleared_at       TIMESTAMPTZ,
    -- workflow, written by people through the API only
    acknowledged_by  VARCHAR(200),
    acknowledged_at  TIMESTAMPTZ,
    assigned_to      VARCHAR(200),
    resolved_by      VARCHAR(200),
    resolved_at      TIMESTAMPTZ,
    resolution_note  TEXT
);
CREATE INDEX vehicle_alert_by_vin ON vehicle_alert (vin, raised_at DESC);
CREATE INDEX vehicle_alert_open ON vehicle_alert (raised_at DESC) WHERE resolved_at IS NULL AND cleared_at IS NULL;

-- Every lifecycle event as received, for the alert's timeline; the key makes a redelivered event a no-op.
CREATE TABLE vehicle_alert_event (
    alert_id  VARCHAR(100) NOT NULL,
    state     VARCHAR(16)  NOT NULL,
    at        TIMESTAMPTZ  NOT NULL,
    severity  VARCHAR(16)  NOT NULL,
    message   TEXT         NOT NULL,
    PRIMARY KEY (alert_id, state, at)
);

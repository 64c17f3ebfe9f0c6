-- Vehicles seen in telemetry and the per-signal window statistics the signal-windows Flink job computes.
-- The Flink job writes both tables with idempotent upserts (replays after a failure rewrite the same rows);
-- platform-api reads them.

CREATE TABLE vehicle (
    vin         VARCHAR(17) PRIMARY KEY,
    first_seen  TIMESTAMPTZ NOT NULL,
    last_seen   TIMESTAMPTZ NOT NULL
);

CREATE TABLE signal_window (
    vin           VARCHAR(17)      NOT NULL REFERENCES vehicle (vin),
    signal        VARCHAR(64)      NOT NULL,
    unit          VARCHAR(16)      NOT NULL,
    window_start  TIMESTAMPTZ      NOT NULL,
    window_end    TIMESTAMPTZ      NOT NULL,
    min_value     DOUBLE PRECISION NOT NULL,
    max_value     DOUBLE PRECISION NOT NULL,
    mean_value    DOUBLE PRECISION NOT NULL,
    sample_count  BIGINT           NOT NULL CHECK (sample_count > 0),
    written_at    TIMESTAMPTZ      NOT NULL DEFAULT now(),
    -- the primary key is also the index behind "latest window per signal of one vehicle"
    PRIMARY KEY (vin, signal, window_start),
    CHECK (window_end > window_start),
    CHECK (min_value <= mean_value AND mean_value <= max_value)
);

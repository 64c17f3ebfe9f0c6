-- Model registry (issue 5): one row per registered model artifact. Written by model-serving's registry; platform-api
-- only owns the schema history. Idempotent (IF NOT EXISTS) because model-serving also applies this same file, under its
-- own history table, when it runs against a database of its own.
CREATE TABLE IF NOT EXISTS model_registry (
    model_id         TEXT PRIMARY KEY,
    model_name       TEXT        NOT NULL CHECK (model_name ~ '^[a-z0-9][a-z0-9._-]{0,127}$'),
    stage            TEXT        NOT NULL CHECK (stage IN ('CANDIDATE', 'CHAMPION', 'ARCHIVED')),
    artifact_uri     TEXT        NOT NULL,
    provenance       JSONB       NOT NULL,
    metrics          JSONB       NOT NULL,
    -- the evaluation the promotion rule compares: same set id, same data hash, same metric, or no comparison
    eval_set_id      TEXT        NOT NULL,
    eval_data_sha256 TEXT        NOT NULL,
    eval_metric      TEXT        NOT NULL,
    eval_value       DOUBLE PRECISION NOT NULL,
    lower_is_better  BOOLEAN     NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    promoted_at      TIMESTAMPTZ,
    archived_at      TIMESTAMPTZ
);

-- at most one champion per model name; the promotion transaction relies on it
CREATE UNIQUE INDEX IF NOT EXISTS model_registry_one_champion ON model_registry (model_name) WHERE stage = 'CHAMPION';
CREATE INDEX IF NOT EXISTS model_registry_by_name ON model_registry (model_name, created_at DESC);

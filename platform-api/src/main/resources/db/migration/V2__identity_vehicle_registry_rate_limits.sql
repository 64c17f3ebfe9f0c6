-- Identity and access (issue 6, item 1) and the vehicle registry (item 2).

-- Workshops are the tenants: technicians and workshop admins belong to exactly one.
CREATE TABLE workshop (
    id    UUID PRIMARY KEY,
    name  VARCHAR(200) NOT NULL UNIQUE
);

-- Accounts of the embedded issuer only (an external OIDC issuer keeps its own). password_hash is a Spring Security
-- DelegatingPasswordEncoder string ("{bcrypt}...").
CREATE TABLE account (
    username       VARCHAR(100) PRIMARY KEY,
    password_hash  VARCHAR(200) NOT NULL,
    role           VARCHAR(32)  NOT NULL
                   CHECK (role IN ('VEHICLE_OWNER', 'TECHNICIAN', 'WORKSHOP_ADMIN', 'DATA_SCIENTIST', 'OPERATOR')),
    workshop_id    UUID REFERENCES workshop (id),
    -- staff need a workshop, everybody else has none
    CHECK ((role IN ('TECHNICIAN', 'WORKSHOP_ADMIN')) = (workshop_id IS NOT NULL))
);

-- A vehicle registered by its owner. Independent of the telemetry table "vehicle": a car can be registered before it
-- sends anything, and telemetry can arrive for cars nobody registered. owner_subject is the JWT subject of the owner.
CREATE TABLE vehicle_registration (
    vin                  VARCHAR(17)  PRIMARY KEY CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    owner_subject        VARCHAR(255) NOT NULL,
    manufacturer         VARCHAR(100),
    model_year           INTEGER,
    odometer_km          INTEGER      NOT NULL DEFAULT 0 CHECK (odometer_km >= 0),
    odometer_updated_at  TIMESTAMPTZ,
    registered_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX vehicle_registration_owner ON vehicle_registration (owner_subject);

-- The workshops an owner authorised to see and work on a vehicle.
CREATE TABLE vehicle_workshop_grant (
    vin          VARCHAR(17) NOT NULL REFERENCES vehicle_registration (vin) ON DELETE CASCADE,
    workshop_id  UUID        NOT NULL REFERENCES workshop (id),
    granted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (vin, workshop_id)
);
CREATE INDEX vehicle_workshop_grant_workshop ON vehicle_workshop_grant (workshop_id);

-- Bucket4j's token buckets of the per-user rate limit (its select-for-update proxy manager's layout).
CREATE TABLE rate_limit_bucket (
    id     VARCHAR(255) PRIMARY KEY,
    state  BYTEA
);

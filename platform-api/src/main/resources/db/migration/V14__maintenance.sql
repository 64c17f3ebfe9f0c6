-- Maintenance: recurring schedules per vehicle, due by distance and/or time (whichever comes first), and the service
-- records that reset them. A schedule's reminder is an alert episode (rule maintenance-due); reminder_alert_id and
-- reminder_state remember which episode is open, so the reminder job raises, escalates and clears it exactly once.

CREATE TABLE maintenance_schedule (
    id                 UUID         PRIMARY KEY,
    vin                VARCHAR(17)  NOT NULL REFERENCES vehicle_registration (vin) ON DELETE CASCADE,
    name               VARCHAR(200) NOT NULL,
    service_code       VARCHAR(64),                 -- the workshop service that does it, e.g. OIL_CHANGE
    every_km           INTEGER CHECK (every_km > 0),
    every_months       INTEGER CHECK (every_months > 0),
    remind_km          INTEGER      NOT NULL DEFAULT 1000 CHECK (remind_km >= 0),
    remind_days        INTEGER      NOT NULL DEFAULT 30 CHECK (remind_days >= 0),
    last_done_km       INTEGER      NOT NULL CHECK (last_done_km >= 0),
    last_done_on       DATE         NOT NULL,
    reminder_alert_id  VARCHAR(100),
    reminder_state     VARCHAR(16)  NOT NULL DEFAULT 'OK' CHECK (reminder_state IN ('OK', 'DUE_SOON', 'OVERDUE')),
    created_by         VARCHAR(255) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (every_km IS NOT NULL OR every_months IS NOT NULL)
);
CREATE INDEX maintenance_schedule_by_vin ON maintenance_schedule (vin);

CREATE TABLE service_record (
    id            UUID         PRIMARY KEY,
    vin           VARCHAR(17)  NOT NULL REFERENCES vehicle_registration (vin) ON DELETE CASCADE,
    schedule_id   UUID         REFERENCES maintenance_schedule (id) ON DELETE SET NULL,
    performed_on  DATE         NOT NULL,
    odometer_km   INTEGER      NOT NULL CHECK (odometer_km >= 0),
    description   TEXT         NOT NULL,
    booking_id    UUID         REFERENCES booking (id),
    recorded_by   VARCHAR(255) NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX service_record_by_vin ON service_record (vin, performed_on DESC);

-- A subscription made by workshop staff remembers their workshop, so an alert reaches the staff of every workshop the
-- vehicle's owner authorised, whatever OIDC issuer they logged in with (the API has no staff list of its own).
ALTER TABLE push_subscription ADD COLUMN workshop_id UUID;
CREATE INDEX push_subscription_by_workshop ON push_subscription (workshop_id) WHERE workshop_id IS NOT NULL;

-- The embedded issuer's token signing keys (issue 6): kept here so a restart does not log everybody out and so every
-- API instance on this database signs and verifies with the same keys. The newest generation signs; older ones stay
-- published (public part only) until the tokens they signed have expired, then they are deleted. jwk is the full
-- RSA JWK including the private key: protect this table and its backups like a password file.
CREATE TABLE issuer_signing_key (
    generation  INTEGER     PRIMARY KEY,   -- the next key is generation + 1; two instances rotating at once agree
    kid         TEXT        NOT NULL UNIQUE,
    jwk         TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

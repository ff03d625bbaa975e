-- What a user sets on the Settings page of `rete serve`: a time zone,
-- the daily digest and its hour, and the SHA-256 of the secret in their
-- calendar link (a new link replaces the hash, so the old one stops).
ALTER TABLE users ADD COLUMN time_zone TEXT;
ALTER TABLE users ADD COLUMN digest BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN digest_hour BIGINT NOT NULL DEFAULT 8;
ALTER TABLE users ADD COLUMN calendar_hash TEXT;
CREATE UNIQUE INDEX users_calendar ON users(calendar_hash);

-- An action of the agenda put off ("snooze" on Today): the rule that
-- raised it stays quiet about that person until the day given.
CREATE TABLE action_snoozes (
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    until DATE NOT NULL,
    PRIMARY KEY (account_id, person_id, kind)
);

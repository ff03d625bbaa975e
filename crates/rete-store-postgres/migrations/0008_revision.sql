-- A counter every write to an account's data moves forward, in the same
-- transaction. A server keeps what it computed for an account (the day's
-- agenda, a person's card) until the counter moves, whichever process
-- wrote: the CLI on the same file, another server on the same database.
ALTER TABLE accounts ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

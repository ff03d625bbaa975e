-- Moves forward with every change to a community's members or profiles
-- (a profile written, a member joining, leaving or removed, a members
-- file), in the writing transaction: a server keeps a community's
-- matching engine warm for one revision and knows when it is stale.
ALTER TABLE communities ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

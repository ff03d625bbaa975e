-- What `rete undo` reverts. While a CLI command runs, temporary triggers
-- on its own connections (never the server's) write here, in the same
-- transaction as each change, the statement that takes it back: a DELETE
-- for an INSERT, the old values for an UPDATE, the old row for a DELETE.
-- A command that changed something becomes a step when it ends; `rete
-- undo` replays a step's statements newest first and forgets them.
CREATE TABLE undo_log (
    seq INTEGER PRIMARY KEY,
    step INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    sql TEXT NOT NULL
);
CREATE INDEX undo_log_step ON undo_log (step, seq);

-- One row per command that changed something, newest last: the command
-- line (without --db or --database-url), when it ended, and the account's
-- revision before and after it. Undo refuses a step when the revision has
-- moved since (the browser or another program changed something after
-- it), so it never takes back what someone else did.
CREATE TABLE undo_steps (
    seq INTEGER PRIMARY KEY,
    step INTEGER NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    command TEXT NOT NULL,
    at TEXT NOT NULL,
    revision_before INTEGER NOT NULL,
    revision_after INTEGER NOT NULL
);

-- Every column that points at a person gets an index: deleting a person
-- (and undoing an import, which deletes thousands) checks each of them,
-- and without an index each check read the whole table; on people's own
-- introduced_by that made undoing a 30,000-person import take minutes.
CREATE INDEX people_introduced_by ON people (introduced_by) WHERE introduced_by IS NOT NULL;
CREATE INDEX followups_person ON followups (person_id);
CREATE INDEX intros_via ON intros (via_id);
CREATE INDEX intros_target ON intros (target_id);
CREATE INDEX event_seats_person ON event_seats (person_id);
CREATE INDEX action_snoozes_person ON action_snoozes (person_id);

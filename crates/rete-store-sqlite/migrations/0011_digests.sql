-- The daily digest: one row per (account, the user's local day, kind) is
-- claimed before a mail is sent, so several server processes at the same
-- minute send it once. A failed send keeps its row with the error and
-- the time of the next try; a test send is its own kind.
CREATE TABLE digest_deliveries (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    local_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('daily', 'test')),
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 1,
    claimed_at INTEGER NOT NULL,
    sent_at INTEGER,
    error TEXT,
    next_try_at INTEGER,
    UNIQUE (account_id, local_date, kind)
);
CREATE INDEX digest_deliveries_retry ON digest_deliveries(status, next_try_at);

-- The SHA-256 of the secret in the digest's unsubscribe link.
ALTER TABLE users ADD COLUMN unsubscribe_hash TEXT;
CREATE UNIQUE INDEX users_unsubscribe ON users(unsubscribe_hash);

-- Invitations to register on a server whose registration is by
-- invitation (`[server] registration = "invite"`): the SHA-256 of a
-- random secret its creator shares, how long it holds and how many
-- registrations it still admits. Revoking one deletes it.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    uses_left INTEGER NOT NULL CHECK (uses_left >= 0)
);
CREATE INDEX invitations_account ON invitations(account_id);

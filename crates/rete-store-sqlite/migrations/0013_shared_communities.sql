-- Communities shared by accounts. The account that created a community
-- (communities.account_id) is its organiser and keeps it as before; other
-- accounts join it through an invitation link and write their own
-- profile there, under a member id given at joining (never their account
-- id). A removed member's membership and profile are deleted.
ALTER TABLE communities ADD COLUMN kind TEXT NOT NULL DEFAULT 'club';
ALTER TABLE communities ADD COLUMN lang TEXT;
ALTER TABLE communities ADD COLUMN description TEXT;
-- Whether recurring pairing rounds may pair the member.
ALTER TABLE profiles ADD COLUMN pairing BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE memberships (
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    member INTEGER NOT NULL CHECK (member > 0),
    role TEXT NOT NULL CHECK (role IN ('co-organiser', 'member')),
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (community_id, account_id),
    UNIQUE (community_id, member)
);
CREATE INDEX memberships_account ON memberships(account_id);

-- Links that let someone join a community: the SHA-256 of a random
-- secret, an expiry and the joinings it still admits. Revoking deletes.
CREATE TABLE community_invitations (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    created_by INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    uses_left INTEGER NOT NULL CHECK (uses_left >= 0)
);
CREATE INDEX community_invitations_community ON community_invitations(community_id);

-- Grow: communities and the public, opt-in profiles of their members.
CREATE TABLE communities (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    UNIQUE (account_id, name_folded)
);

CREATE TABLE profiles (
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    -- The member's id in the community; 0 is the account's own profile.
    member INTEGER NOT NULL,
    name TEXT NOT NULL,
    lang TEXT NOT NULL,
    offers TEXT NOT NULL DEFAULT '[]',
    seeks TEXT NOT NULL DEFAULT '[]',
    interests TEXT NOT NULL DEFAULT '[]',
    sector TEXT,
    city TEXT,
    languages TEXT NOT NULL DEFAULT '[]',
    department TEXT,
    opt_in BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (community_id, member)
);

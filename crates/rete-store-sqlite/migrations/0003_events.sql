-- Events that produce relationships: community members invited to an
-- event, the seating plan saved for it, recurring pairings, introductions.
ALTER TABLE communities ADD COLUMN webhook TEXT;
ALTER TABLE profiles ADD COLUMN email TEXT;

CREATE TABLE event_guests (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    member INTEGER NOT NULL,
    PRIMARY KEY (event_id, community_id, member)
);

-- One row per participant and round. No person and no community: the
-- account's owner.
CREATE TABLE event_seats (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    seat_table INTEGER NOT NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
    community_id INTEGER REFERENCES communities(id) ON DELETE CASCADE,
    member INTEGER
);
CREATE INDEX event_seats_event ON event_seats(event_id, round, seat_table);

CREATE TABLE pairing_runs (
    id INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL
);
CREATE INDEX pairing_runs_community ON pairing_runs(community_id, on_date);

CREATE TABLE pairing_members (
    run_id INTEGER NOT NULL REFERENCES pairing_runs(id) ON DELETE CASCADE,
    grp INTEGER NOT NULL,
    member INTEGER NOT NULL,
    PRIMARY KEY (run_id, member)
);

CREATE TABLE intros (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    via_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    asked_on TEXT NOT NULL,
    why TEXT,
    status TEXT NOT NULL,
    closed_on TEXT
);
CREATE INDEX intros_account ON intros(account_id, status);

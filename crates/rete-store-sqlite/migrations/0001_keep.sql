-- Keep: the private relationship manager. Every row belongs to an account.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    emails TEXT NOT NULL DEFAULT '[]',
    phones TEXT NOT NULL DEFAULT '[]',
    company TEXT,
    role TEXT,
    department TEXT,
    city TEXT,
    sector TEXT,
    tier TEXT NOT NULL,
    cadence_days INTEGER,
    tags TEXT NOT NULL DEFAULT '[]',
    birthday TEXT,
    met_on TEXT,
    met_at TEXT,
    introduced_by INTEGER REFERENCES people(id) ON DELETE SET NULL,
    links TEXT NOT NULL DEFAULT '[]',
    notes TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    status_reason TEXT
);
CREATE INDEX people_account_name ON people(account_id, name_folded);

-- One e-mail belongs to one person of an account.
CREATE TABLE person_emails (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, email)
);
CREATE INDEX person_emails_person ON person_emails(person_id);

-- The search document of each person, accents folded by rete before
-- indexing and by FTS5 again (remove_diacritics) for safety.
CREATE VIRTUAL TABLE people_fts USING fts5(doc, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    topics TEXT,
    notes TEXT,
    purpose TEXT,
    by_whom TEXT NOT NULL
);
CREATE INDEX interactions_account_date ON interactions(account_id, on_date);

CREATE TABLE interaction_people (
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, person_id)
);
CREATE INDEX interaction_people_person ON interaction_people(person_id);

CREATE TABLE exchanges (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    direction TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    amount_cents INTEGER,
    note TEXT,
    thanked_on TEXT
);
CREATE INDEX exchanges_person ON exchanges(person_id);

CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    due TEXT NOT NULL,
    text TEXT NOT NULL,
    origin TEXT NOT NULL,
    done_on TEXT,
    snoozed_until TEXT
);
CREATE INDEX followups_account_due ON followups(account_id, due);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note TEXT
);
CREATE INDEX milestones_person ON milestones(person_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    on_date TEXT NOT NULL,
    place TEXT,
    topics TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_account_date ON events(account_id, on_date);

CREATE TABLE event_attendees (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_attendees_person ON event_attendees(person_id);

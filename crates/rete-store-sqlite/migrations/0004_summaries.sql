-- The contact summaries the agenda reads, kept by the store so that the
-- daily agenda does not aggregate every interaction ever logged. A row is
-- exact for its account's summary_state.as_of unless the person is listed
-- in summary_dirty (an interaction was logged, people were merged).
CREATE TABLE contact_summaries (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    first_on TEXT,
    last_on TEXT,
    first_encounter_on TEXT,
    last_encounter_on TEXT,
    last_one_to_one_on TEXT,
    last_sent_on TEXT,
    last_their_message_on TEXT,
    last_mine_on TEXT,
    count_12m INTEGER NOT NULL,
    one_to_ones_12m INTEGER NOT NULL,
    asks_12m INTEGER NOT NULL,
    gives_12m INTEGER NOT NULL,
    their_asks_12m INTEGER NOT NULL
);
CREATE INDEX contact_summaries_account ON contact_summaries(account_id);

CREATE TABLE summary_state (
    account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL
);

CREATE TABLE summary_dirty (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE
);

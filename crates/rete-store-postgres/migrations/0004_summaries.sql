-- The contact summaries the agenda reads, kept by the store so that the
-- daily agenda does not aggregate every interaction ever logged. A row is
-- exact for its account's summary_state.as_of unless the person is listed
-- in summary_dirty (an interaction was logged, people were merged).
CREATE TABLE contact_summaries (
    person_id BIGINT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    first_on DATE,
    last_on DATE,
    first_encounter_on DATE,
    last_encounter_on DATE,
    last_one_to_one_on DATE,
    last_sent_on DATE,
    last_their_message_on DATE,
    last_mine_on DATE,
    count_12m BIGINT NOT NULL,
    one_to_ones_12m BIGINT NOT NULL,
    asks_12m BIGINT NOT NULL,
    gives_12m BIGINT NOT NULL,
    their_asks_12m BIGINT NOT NULL
);
CREATE INDEX contact_summaries_account ON contact_summaries(account_id);

CREATE TABLE summary_state (
    account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    as_of DATE NOT NULL
);

CREATE TABLE summary_dirty (
    person_id BIGINT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE
);

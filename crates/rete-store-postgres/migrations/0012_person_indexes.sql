-- Every column that points at a person gets an index: deleting a person
-- checks each of them, and without an index each check reads the whole
-- table (on people's own introduced_by, once per person deleted).
CREATE INDEX people_introduced_by ON people (introduced_by) WHERE introduced_by IS NOT NULL;
CREATE INDEX followups_person ON followups (person_id);
CREATE INDEX intros_via ON intros (via_id);
CREATE INDEX intros_target ON intros (target_id);
CREATE INDEX event_seats_person ON event_seats (person_id);
CREATE INDEX action_snoozes_person ON action_snoozes (person_id);

-- The name parts, nickname and full postal address an address book gives,
-- kept as they came so that an export writes them back unchanged instead
-- of splitting the display name at its last space. All optional: people
-- added before this migration read them as absent.
ALTER TABLE people ADD COLUMN given_name TEXT;
ALTER TABLE people ADD COLUMN family_name TEXT;
ALTER TABLE people ADD COLUMN nickname TEXT;
ALTER TABLE people ADD COLUMN address TEXT;

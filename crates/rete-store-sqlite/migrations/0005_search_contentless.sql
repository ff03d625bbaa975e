-- The search index keeps no second copy of its documents: rete builds each
-- document from the person's row (rete_core's search_document) and reads
-- back only the rowid and the BM25 rank, never the text. Without the copy,
-- indexing a 30,000-person import takes half the time. contentless_delete
-- (SQLite 3.43) lets a person's document be deleted and replaced by rowid.
CREATE VIRTUAL TABLE people_search USING fts5(
    doc,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO people_search (rowid, doc) SELECT rowid, doc FROM people_fts;
DROP TABLE people_fts;
ALTER TABLE people_search RENAME TO people_fts;

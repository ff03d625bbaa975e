//! `rete undo`: each CLI command that changed something can be taken
//! back, the last first, as many steps as are kept.
//!
//! While a command runs, temporary triggers (`CREATE TEMP TRIGGER`, so
//! they exist on this process's connections only: a server on the same
//! file pays nothing and journals nothing) write into `undo_log`, in the
//! transaction of each change, the statement that reverts it. This is the
//! technique of SQLite's own "Automatic Undo/Redo" note, applied to every
//! table of the schema, read when the store opens so a new migration is
//! covered without code. When the command ends, [`Journal::finish`] makes
//! its statements a step; [`SqliteStore::undo`] replays the newest step
//! backwards in one transaction.
//!
//! The search index is the one thing not journaled (an FTS5 table takes
//! no triggers): undo rebuilds the documents of the people it touched.

use crate::{db_err, OpenMode, SqliteStore};
use rete_core::AccountId;
use rete_store::{Result, Store, StoreError};
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// How many steps are kept: enough for a bad afternoon, bounded so the
/// log of a large import does not stay for ever.
const KEPT_STEPS: i64 = 20;

/// The journal of the command this process runs.
#[derive(Debug, Clone)]
pub struct Journal {
    store: SqliteStore,
    step: i64,
    revision_before: i64,
    account: AccountId,
}

/// A step `rete undo` took back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UndoneStep {
    /// The command line, as typed (without --db or --database-url).
    pub command: String,
    /// When it ended, in UTC (RFC 3339).
    pub at: String,
    /// How many rows it had changed.
    pub changes: usize,
    /// The step an `undo` now would take back, if any.
    pub next: Option<String>,
}

/// Tables undo leaves alone: its own, sqlx's, SQLite's, the search index
/// (virtual, and its shadow tables) and the agenda's contact summaries
/// (a cache `rete today` refreshes; a read is no step): both are rebuilt
/// after an undo instead.
fn journaled(table: &str) -> bool {
    !(table.starts_with("sqlite_")
        || table.starts_with("_sqlx")
        || table.starts_with("undo_")
        || table.starts_with("people_fts")
        || table.starts_with("summary_")
        || table == "contact_summaries")
}

fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A SQL string literal holding `text`, for the triggers' statement texts.
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The three triggers that journal `table`, whose columns are `columns`.
fn triggers(table: &str, columns: &[String]) -> [String; 3] {
    let t = ident(table);
    let when = "WHEN (SELECT step FROM temp.undo_ctx) IS NOT NULL";
    let log = |row: &str, sql: String| {
        format!(
            "INSERT INTO undo_log (step, tbl, row_id, sql) VALUES ((SELECT step FROM temp.undo_ctx), {}, {row}, {sql});",
            literal(table)
        )
    };
    let names = columns.iter().map(|c| ident(c)).collect::<Vec<_>>().join(", ");
    let old_values =
        columns.iter().map(|c| format!("quote(old.{})", ident(c))).collect::<Vec<_>>().join(" || ', ' || ");
    let sets = columns
        .iter()
        .map(|c| format!("{} || ' = ' || quote(old.{})", literal(&ident(c)), ident(c)))
        .collect::<Vec<_>>()
        .join(" || ', ' || ");
    // An insert is undone by deleting its row: the statement is written at
    // replay from the table and the row (an empty text here), so that an
    // import of thousands journals no text per row.
    let insert = log("new.rowid", "''".to_owned());
    let update = log(
        "old.rowid",
        format!(
            "{} || old.rowid || ', ' || {sets} || ' WHERE rowid = ' || new.rowid",
            literal(&format!("UPDATE {t} SET rowid = "))
        ),
    );
    let delete = log(
        "old.rowid",
        format!(
            "{} || old.rowid || ', ' || {old_values} || ')'",
            literal(&format!("INSERT INTO {t} (rowid, {names}) VALUES ("))
        ),
    );
    let name = table.replace(|c: char| !c.is_ascii_alphanumeric(), "_");
    [
        format!("CREATE TEMP TRIGGER undo_i_{name} AFTER INSERT ON main.{t} {when} BEGIN {insert} END"),
        format!("CREATE TEMP TRIGGER undo_u_{name} AFTER UPDATE ON main.{t} {when} BEGIN {update} END"),
        format!("CREATE TEMP TRIGGER undo_d_{name} AFTER DELETE ON main.{t} {when} BEGIN {delete} END"),
    ]
}

impl SqliteStore {
    /// Opens the database for one CLI command whose changes `rete undo`
    /// can take back; [`JournalStart::begin`] names the account it acts for.
    pub async fn open_journaled(path: &Path, mode: OpenMode) -> Result<(Self, JournalStart)> {
        let plain = Self::open(path, mode).await?;
        // Every column of every table, in one query.
        let columns: Vec<(String, String)> = sqlx::query_as(
            "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c \
             WHERE m.type = 'table' ORDER BY m.name, c.cid",
        )
        .fetch_all(&plain.pool)
        .await
        .map_err(db_err)?;
        let step = step_id();
        let mut setup = vec![
            "CREATE TEMP TABLE IF NOT EXISTS undo_ctx (step INTEGER);".to_string(),
            "DELETE FROM temp.undo_ctx;".to_string(),
            format!("INSERT INTO temp.undo_ctx (step) VALUES ({step});"),
        ];
        let mut rest = columns.as_slice();
        while let Some((table, _)) = rest.first() {
            let count = rest.iter().take_while(|(t, _)| t == table).count();
            let (these, after) = rest.split_at(count);
            rest = after;
            if journaled(table) {
                let names: Vec<String> = these.iter().map(|(_, c)| c.clone()).collect();
                setup.extend(triggers(table, &names).into_iter().map(|t| t + ";"));
            }
        }
        plain.pool.close().await;
        // One batch per connection: the statements' round trips to
        // SQLite's worker thread cost more than the statements.
        let store = Self::connect(path, OpenMode::MustExist, Some(Arc::new(vec![setup.concat()]))).await?;
        Ok((store.clone(), JournalStart { store, step }))
    }

    async fn revision(&self, account: AccountId) -> Result<i64> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT revision FROM accounts WHERE id = $1")
            .bind(account.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(|(r,)| r).unwrap_or(0))
    }

    /// Takes back the newest step of `account`, or says there is none
    /// (`Ok(None)`). Refused with a conflict when something else changed
    /// the account after that step (the browser, another program): undo
    /// never reverts what it did not record.
    pub async fn undo(&self, account: AccountId) -> Result<Option<UndoneStep>> {
        let mut tx = self.begin_write().await?;
        let last: Option<(i64, i64, String, String, i64, i64)> = sqlx::query_as(
            "SELECT seq, step, command, at, revision_before, revision_after FROM undo_steps \
             WHERE account_id = $1 ORDER BY seq DESC LIMIT 1",
        )
        .bind(account.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        let Some((seq, step, command, at, revision_before, revision_after)) = last else {
            return Ok(None);
        };
        let (current,): (i64,) = sqlx::query_as("SELECT revision FROM accounts WHERE id = $1")
            .bind(account.0)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        if current != revision_after {
            return Err(StoreError::Conflict {
                field: "undo",
                message: format!(
                    "something changed after `{command}` (in the browser or another program); undo takes back only the \
                     last change, and that was not a command of yours"
                ),
            });
        }
        // Replayed through a store opened without the journal (`rete undo`
        // is not itself undone); foreign keys are checked at commit, when
        // every row is back.
        sqlx::query("PRAGMA defer_foreign_keys = ON").execute(&mut *tx).await.map_err(db_err)?;
        let statements: Vec<(String, i64, String)> =
            sqlx::query_as("SELECT tbl, row_id, sql FROM undo_log WHERE step = $1 ORDER BY seq DESC")
                .bind(step)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
        // Sent a thousand at a time: undoing an import of 30,000 people
        // replays tens of thousands of statements.
        for chunk in statements.chunks(1000) {
            let batch = chunk
                .iter()
                .map(|(table, row, sql)| match sql.as_str() {
                    "" => format!("DELETE FROM {} WHERE rowid = {row}", ident(table)),
                    sql => sql.to_owned(),
                })
                .collect::<Vec<_>>()
                .join(";\n");
            sqlx::raw_sql(&batch).execute(&mut *tx).await.map_err(db_err)?;
        }
        let mut people: Vec<i64> =
            statements.iter().filter(|(table, _, _)| table == "people").map(|(_, row, _)| *row).collect();
        people.sort_unstable();
        people.dedup();
        let changes = statements.iter().filter(|(table, _, _)| table != "accounts").count();
        // The summaries are rebuilt from the rows as they are now, on the
        // next read of the agenda.
        sqlx::query("DELETE FROM summary_state WHERE account_id = $1")
            .bind(account.0)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query("DELETE FROM undo_log WHERE step = $1").bind(step).execute(&mut *tx).await.map_err(db_err)?;
        sqlx::query("DELETE FROM undo_steps WHERE seq = $1").bind(seq).execute(&mut *tx).await.map_err(db_err)?;
        // The revision only moves forward (a server's caches are keyed by
        // it); the step before, if nothing came between, stays undoable.
        let revision = current + 1;
        sqlx::query("UPDATE accounts SET revision = $1 WHERE id = $2")
            .bind(revision)
            .bind(account.0)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        sqlx::query(
            "UPDATE undo_steps SET revision_after = $1 WHERE account_id = $2 AND revision_after = $3 \
             AND seq = (SELECT MAX(seq) FROM undo_steps WHERE account_id = $2)",
        )
        .bind(revision)
        .bind(account.0)
        .bind(revision_before)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        // The search index of the people touched: their documents go now,
        // and come back below for those who are still there.
        for chunk in people.chunks(500) {
            let ids = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            sqlx::raw_sql(&format!("DELETE FROM people_fts WHERE rowid IN ({ids})"))
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        let next: Option<(String,)> =
            sqlx::query_as("SELECT command FROM undo_steps WHERE account_id = $1 ORDER BY seq DESC LIMIT 1")
                .bind(account.0)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        let mut docs = Vec::new();
        for id in people {
            if let Ok(person) = self.person(account, rete_core::PersonId(id)).await {
                docs.push((id, person.data.search_document()));
            }
        }
        if !docs.is_empty() {
            let mut tx = self.begin_write().await?;
            for (id, doc) in &docs {
                Self::write_search_doc(&mut tx, *id, doc).await?;
            }
            tx.commit().await.map_err(db_err)?;
        }
        Ok(Some(UndoneStep { command, at, changes, next: next.map(|(c,)| c) }))
    }
}

/// A journal opened, not yet tied to an account.
#[derive(Debug, Clone)]
pub struct JournalStart {
    store: SqliteStore,
    step: i64,
}

impl JournalStart {
    /// Starts the journal of a command acting for `account`.
    pub async fn begin(self, account: AccountId) -> Result<Journal> {
        let revision_before = self.store.revision(account).await?;
        Ok(Journal { store: self.store, step: self.step, revision_before, account })
    }
}

impl Journal {
    /// Ends the command: if it changed something, its changes become the
    /// newest step, and steps beyond the kept ones are forgotten. A
    /// command that only read writes nothing here (and so never waits
    /// for another program's write).
    pub async fn finish(&self, command: &str) -> Result<()> {
        let pool = &self.store.pool;
        let (wrote,): (bool,) = sqlx::query_as("SELECT EXISTS (SELECT 1 FROM undo_log WHERE step = $1)")
            .bind(self.step)
            .fetch_one(pool)
            .await
            .map_err(db_err)?;
        if !wrote {
            return Ok(());
        }
        let mut tx = self.store.begin_write().await?;
        sqlx::query(
            "INSERT INTO undo_steps (step, account_id, command, at, revision_before, revision_after) \
             SELECT $1, $2, $3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), $4, revision FROM accounts WHERE id = $2",
        )
        .bind(self.step)
        .bind(self.account.0)
        .bind(command)
        .bind(self.revision_before)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        sqlx::query(
            "DELETE FROM undo_log WHERE step IN (SELECT step FROM undo_steps ORDER BY seq DESC LIMIT -1 OFFSET $1)",
        )
        .bind(KEPT_STEPS)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        sqlx::query(
            "DELETE FROM undo_steps WHERE seq IN (SELECT seq FROM undo_steps ORDER BY seq DESC LIMIT -1 OFFSET $1)",
        )
        .bind(KEPT_STEPS)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(())
    }
}

/// A step id from the clock and the process: two commands running at once
/// (two terminals) never share one.
fn step_id() -> i64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    (nanos as i64 & i64::MAX) ^ (i64::from(std::process::id()) << 40)
}

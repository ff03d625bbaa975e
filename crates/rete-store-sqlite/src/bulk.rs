//! Bulk inserts for imports: one prepared statement per table, stepped
//! once per row, on the connection of the open transaction.
//!
//! sqlx runs every SQLite statement on a worker thread and hands it the
//! arguments, and the rows back, through channels; a 30,000-person import
//! spent more time there, and in copying every bound value, than SQLite
//! spent writing. sqlx lends its handle out for direct calls
//! ([`sqlx::sqlite::LockedSqliteHandle`]), and rusqlite (the same
//! `libsqlite3-sys`, pinned with sqlx) prepares the statements on it: the
//! rows go in inside the transaction sqlx began, and commit or roll back
//! with it.

use rete_core::{text, PersonData};
use rete_store::{Result, StoreError, PERSON_WRITE_COLUMNS};
use rusqlite::{params, Connection, ErrorCode};
use sqlx::sqlite::LockedSqliteHandle;

/// Runs `f` with a rusqlite connection on the handle sqlx lent out.
///
/// The connection lives only inside this call, so it cannot outlive the
/// lock, and statements prepared on it are finalised before it returns.
#[allow(unsafe_code)]
fn with_connection<T>(handle: &mut LockedSqliteHandle<'_>, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    // SAFETY: while `handle` lives, sqlx's worker thread makes no call on
    // this database handle or its statements (`as_raw_handle`'s contract),
    // so this thread is its only user; `from_handle` leaves the handle
    // open when the connection is dropped, which happens before `handle`
    // is released; both crates link the same `libsqlite3-sys` (pinned).
    let conn = unsafe { Connection::from_handle(handle.as_raw_handle().as_ptr()) }.map_err(backend)?;
    f(&conn)
}

fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

/// A list column: JSON text, `[]` without allocating when empty.
fn json_list(list: &[String]) -> String {
    if list.is_empty() {
        return "[]".to_string();
    }
    serde_json::to_string(list).unwrap_or_else(|_| "[]".to_string())
}

/// Inserts normalised people with their e-mail index rows and search
/// documents; returns their new ids in order. FTS5 gathers the documents'
/// terms in memory until the transaction commits, so a statement per
/// document costs no more than one over all of them (measured: 60 ms for
/// 30,000, against 90-130 ms through one `json_each` statement); the
/// documents are built on a second core while the rows go in. An e-mail
/// another person already holds (or two of the new people share) is a
/// conflict, and the caller's transaction rolls everything back.
pub(crate) fn insert_people(
    handle: &mut LockedSqliteHandle<'_>,
    account: i64,
    people: &[PersonData],
) -> Result<Vec<i64>> {
    with_connection(handle, |conn| {
        let journal = HeldJournal::hold(conn)?;
        let inserted = insert_with_documents(conn, account, people);
        journal.write(conn, inserted.is_ok())?;
        inserted
    })
}

/// The undo journal of a bulk insert. Its per-row triggers doubled the
/// time of an import of 30,000 people, so they are held off while the rows
/// go in and the journal is written afterwards in one statement per table:
/// the rows added are those past the table's largest rowid before, since
/// SQLite gives a new row the next one and the write lock is held.
struct HeldJournal {
    step: Option<i64>,
    before: Vec<(&'static str, i64)>,
}

const BULK_TABLES: [&str; 2] = ["people", "person_emails"];

impl HeldJournal {
    fn hold(conn: &Connection) -> Result<Self> {
        // No `temp.undo_ctx`: this connection is not journaled (the server).
        let step: Option<i64> = conn.query_row("SELECT step FROM temp.undo_ctx", [], |row| row.get(0)).unwrap_or(None);
        let mut before = Vec::new();
        if step.is_some() {
            for table in BULK_TABLES {
                let max: i64 = conn
                    .query_row(&format!("SELECT coalesce(max(rowid), 0) FROM {table}"), [], |row| row.get(0))
                    .map_err(backend)?;
                before.push((table, max));
            }
            conn.execute("UPDATE temp.undo_ctx SET step = NULL", []).map_err(backend)?;
        }
        Ok(HeldJournal { step, before })
    }

    /// Journals the rows added (when the inserts went through) and lets the
    /// triggers journal again.
    fn write(self, conn: &Connection, inserted: bool) -> Result<()> {
        let Some(step) = self.step else {
            return Ok(());
        };
        if inserted {
            for (table, max) in &self.before {
                conn.execute(
                    &format!(
                        "INSERT INTO undo_log (step, tbl, row_id, sql) SELECT ?1, ?2, rowid, '' FROM {table} \
                         WHERE rowid > ?3 ORDER BY rowid"
                    ),
                    params![step, table, max],
                )
                .map_err(backend)?;
            }
        }
        conn.execute("UPDATE temp.undo_ctx SET step = ?1", [step]).map_err(backend)?;
        Ok(())
    }
}

fn insert_with_documents(conn: &Connection, account: i64, people: &[PersonData]) -> Result<Vec<i64>> {
    {
        std::thread::scope(|s| {
            let docs = s.spawn(|| people.iter().map(PersonData::search_document).collect::<Vec<String>>());
            let ids = insert_rows(conn, account, people)?;
            // Building documents panics only on a bug: pass the panic on.
            let docs = docs.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            let mut search = conn.prepare("INSERT INTO people_fts (rowid, doc) VALUES (?1, ?2)").map_err(backend)?;
            for (id, doc) in ids.iter().zip(docs) {
                search.execute(params![id, doc]).map_err(backend)?;
            }
            Ok(ids)
        })
    }
}

/// The people rows and their e-mail rows; the new ids in order.
fn insert_rows(conn: &Connection, account: i64, people: &[PersonData]) -> Result<Vec<i64>> {
    let placeholders: Vec<String> = (1..=PERSON_WRITE_COLUMNS.split(',').count()).map(|i| format!("?{i}")).collect();
    let mut person = conn
        .prepare(&format!("INSERT INTO people ({PERSON_WRITE_COLUMNS}) VALUES ({})", placeholders.join(", ")))
        .map_err(backend)?;
    let mut email = conn
        .prepare("INSERT INTO person_emails (account_id, email, person_id) VALUES (?1, ?2, ?3)")
        .map_err(backend)?;
    let mut ids = Vec::with_capacity(people.len());
    for p in people {
        // In the order of PERSON_WRITE_COLUMNS.
        person
            .execute(params![
                account,
                p.name,
                text::fold(&p.name),
                json_list(&p.emails),
                json_list(&p.phones),
                p.company,
                p.role,
                p.department,
                p.city,
                p.sector,
                p.tier.as_str(),
                p.cadence_days,
                json_list(&p.tags),
                p.birthday.map(|b| b.to_string()),
                // sqlx writes dates as ISO 8601 text; so does NaiveDate's Display.
                p.met_on.map(|d| d.to_string()),
                p.met_at,
                p.introduced_by.map(|i| i.0),
                json_list(&p.links),
                p.notes,
                p.status.as_str(),
                p.status_reason,
                p.given_name,
                p.family_name,
                p.nickname,
                p.address,
            ])
            .map_err(backend)?;
        let id = conn.last_insert_rowid();
        for address in &p.emails {
            email.execute(params![account, address, id]).map_err(|e| match e.sqlite_error_code() {
                Some(ErrorCode::ConstraintViolation) => StoreError::Conflict {
                    field: "email",
                    message: format!("{address} already belongs to someone else"),
                },
                _ => backend(e),
            })?;
        }
        ids.push(id);
    }
    Ok(ids)
}

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
use rete_store::{Result, StoreError};
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
/// documents; returns their new ids in order. An e-mail another person
/// already holds (or two of the new people share) is a conflict, and the
/// caller's transaction rolls everything back.
pub(crate) fn insert_people(
    handle: &mut LockedSqliteHandle<'_>,
    account: i64,
    people: &[PersonData],
) -> Result<Vec<i64>> {
    with_connection(handle, |conn| {
        let mut person = conn
            .prepare(
                "INSERT INTO people (account_id, name, name_folded, emails, phones, company, role, department, city, \
                 sector, tier, cadence_days, tags, birthday, met_on, met_at, introduced_by, links, notes, status, \
                 status_reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
                 ?18, ?19, ?20, ?21)",
            )
            .map_err(backend)?;
        let mut email = conn
            .prepare("INSERT INTO person_emails (account_id, email, person_id) VALUES (?1, ?2, ?3)")
            .map_err(backend)?;
        let mut ids = Vec::with_capacity(people.len());
        for p in people {
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
        insert_search_docs(conn, people.iter().zip(&ids).map(|(p, id)| (*id, p.search_document())))?;
        Ok(ids)
    })
}

/// The search documents, in one statement: FTS5 writes its pending terms
/// out at the end of every statement, so one statement per document would
/// write 30,000 small segments and merge them.
fn insert_search_docs(conn: &Connection, docs: impl Iterator<Item = (i64, String)>) -> Result<()> {
    let docs: Vec<(i64, String)> = docs.collect();
    let json = serde_json::to_string(&docs).map_err(|e| StoreError::Backend(e.to_string()))?;
    conn.execute("INSERT INTO people_fts (rowid, doc) SELECT value ->> 0, value ->> 1 FROM json_each(?1)", [json])
        .map_err(backend)?;
    Ok(())
}

//! The embedded default store: one SQLite file, opened in WAL mode with
//! foreign keys and a busy timeout, migrated on open.
//!
//! The SQL shared with PostgreSQL comes from `rete_store::sql_store_impl!`;
//! this file holds what only SQLite does: opening the file, write
//! transactions that take the lock up front, and FTS5 search.

mod bulk;
mod change;
mod files;
mod undo;

pub use undo::{Journal, JournalStart, UndoneStep};

use rete_store::{Result, StoreError};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, Transaction};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Whether opening may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file when it does not exist (first run, `rete init`).
    CreateIfMissing,
    /// The user named a file: a typo must not silently start an empty database.
    MustExist,
}

/// Called once when a write has waited a second for another program's
/// write lock: a person at a terminal is told why nothing happens.
#[derive(Clone)]
pub struct WaitNotice(pub std::sync::Arc<dyn Fn() + Send + Sync>);

impl std::fmt::Debug for WaitNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WaitNotice")
    }
}

/// rete's store on a SQLite file.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// One connection that never waits for the write lock: work that can
    /// be done later (refreshing the agenda's summaries) tries it and
    /// falls back to memory instead of waiting for another program.
    no_wait: SqlitePool,
    path: PathBuf,
    wait_notice: Option<WaitNotice>,
    /// What tells that another connection committed (see `change`).
    wal_index: std::sync::Arc<change::WalIndex>,
}

/// SQLite's busy and read-only results become errors a person can act on
/// (the CLI names the file), as in the shared SQL body.
pub(crate) fn db_err(e: sqlx::Error) -> StoreError {
    let code = e.as_database_error().and_then(|d| d.code()).map(|c| c.into_owned());
    match code.as_deref() {
        // SQLITE_BUSY and its extended codes (recovery, snapshot, timeout).
        Some("5" | "261" | "517" | "773") => StoreError::Locked,
        // SQLITE_READONLY and its extended codes, SQLITE_CANTOPEN.
        Some("8" | "264" | "520" | "776" | "1032" | "1288" | "1544" | "14") => StoreError::ReadOnly,
        _ => StoreError::Database(Box::new(e)),
    }
}

impl SqliteStore {
    pub const BACKEND: &'static str = "sqlite";

    /// Opens (and migrates) the database at `path`.
    pub async fn open(path: &Path, mode: OpenMode) -> Result<Self> {
        Self::connect(path, mode, None).await
    }

    /// Opens the database with `setup` run on every new connection of the
    /// pool (the undo journal's temporary triggers).
    async fn connect(path: &Path, mode: OpenMode, setup: Option<std::sync::Arc<Vec<String>>>) -> Result<Self> {
        if mode == OpenMode::MustExist && !path.exists() {
            return Err(StoreError::NotFound { what: "database", id: path.display().to_string() });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Backend(format!("cannot create {}: {e}", dir.display())))?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(mode == OpenMode::CreateIfMissing)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // 64 MiB of page cache (the default is 2 MiB): a network of tens
            // of thousands of people then stays in memory during an import.
            .pragma("cache_size", "-65536")
            // Reads through a memory map instead of a read() per page: the
            // agenda's scan of a million interactions spent half its time
            // in system calls without it.
            .pragma("mmap_size", "268435456");
        // No ping before each use: a connection to a local file does not go
        // stale the way a network connection does, and the ping is a round
        // trip to the connection's worker thread on every query, which was
        // a third of a cached API read.
        let mut pool = SqlitePoolOptions::new().max_connections(4).test_before_acquire(false);
        if let Some(setup) = setup {
            pool = pool.after_connect(move |conn, _| {
                let setup = setup.clone();
                Box::pin(async move {
                    for statement in setup.iter() {
                        sqlx::Executor::execute(&mut *conn, statement.as_str()).await?;
                    }
                    Ok(())
                })
            });
        }
        let no_wait =
            SqlitePoolOptions::new().max_connections(1).connect_lazy_with(options.clone().busy_timeout(Duration::ZERO));
        let pool = pool
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Backend(format!("cannot open {}: {e}", path.display())))?;
        // Migrating takes the write lock; a file that is up to date is only
        // read, so opening never waits for another program's write.
        let migrator = sqlx::migrate!("./migrations");
        let applied: std::collections::HashSet<i64> =
            sqlx::query_as::<_, (i64,)>("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&pool)
                .await
                .map(|rows| rows.into_iter().map(|(v,)| v).collect())
                .unwrap_or_default();
        if migrator.iter().any(|m| !applied.contains(&m.version)) {
            migrator.run(&pool).await.map_err(|e| StoreError::Backend(format!("migrating {}: {e}", path.display())))?;
        }
        let wal_index = std::sync::Arc::new(change::WalIndex::beside(path));
        Ok(SqliteStore { pool, no_wait, path: path.to_path_buf(), wait_notice: None, wal_index })
    }

    /// Says something (once per wait) when a write waits more than a
    /// second for another program to finish writing.
    pub fn with_wait_notice(mut self, notice: WaitNotice) -> Self {
        self.wait_notice = Some(notice);
        self
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A write transaction that holds the write lock from its first
    /// statement: a deferred one that reads first would fail at once with
    /// "database is locked" instead of waiting for the busy timeout.
    async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>> {
        let begin = self.pool.begin_with("BEGIN IMMEDIATE");
        let Some(notice) = &self.wait_notice else { return begin.await.map_err(db_err) };
        tokio::pin!(begin);
        match tokio::time::timeout(Duration::from_secs(1), &mut begin).await {
            Ok(done) => done.map_err(db_err),
            Err(_) => {
                (notice.0)();
                begin.await.map_err(db_err)
            }
        }
    }

    /// A write transaction if the lock is free now; `None` when another
    /// program holds it or the file is read-only.
    async fn try_begin_write(&self) -> Result<Option<Transaction<'static, Sqlite>>> {
        match self.no_wait.begin_with("BEGIN IMMEDIATE").await {
            Ok(tx) => Ok(Some(tx)),
            Err(e) => match db_err(e) {
                StoreError::Locked | StoreError::ReadOnly => Ok(None),
                other => Err(other),
            },
        }
    }

    async fn write_search_doc(tx: &mut Transaction<'static, Sqlite>, person: i64, doc: &str) -> Result<()> {
        Self::delete_search_doc(tx, person).await?;
        sqlx::query("INSERT INTO people_fts (rowid, doc) VALUES ($1, $2)")
            .bind(person)
            .bind(doc)
            .execute(&mut **tx)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    /// Imported people in bulk, on the transaction's own connection (see [`bulk`]).
    async fn insert_people(
        tx: &mut Transaction<'static, Sqlite>,
        account: i64,
        people: &[rete_core::PersonData],
    ) -> Result<Vec<i64>> {
        let mut handle = tx.lock_handle().await.map_err(db_err)?;
        bulk::insert_people(&mut handle, account, people)
    }

    async fn delete_search_doc(tx: &mut Transaction<'static, Sqlite>, person: i64) -> Result<()> {
        sqlx::query("DELETE FROM people_fts WHERE rowid = $1").bind(person).execute(&mut **tx).await.map_err(db_err)?;
        Ok(())
    }

    /// Every term must match, the last one as a prefix (search as you type);
    /// ranked by BM25, best first.
    async fn search_ids(&self, account: i64, terms: &[String], limit: i64) -> Result<Vec<(i64, f64)>> {
        let query = terms
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let quoted = format!("\"{}\"", t.replace('"', "\"\""));
                if i + 1 == terms.len() {
                    format!("{quoted}*")
                } else {
                    quoted
                }
            })
            .collect::<Vec<_>>()
            .join(" AND ");
        sqlx::query_as(
            "SELECT p.id, -bm25(people_fts) AS rank FROM people_fts JOIN people p ON p.id = people_fts.rowid \
             WHERE people_fts MATCH $1 AND p.account_id = $2 ORDER BY bm25(people_fts), p.id LIMIT $3",
        )
        .bind(query)
        .bind(account)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)
    }

    /// A SQLite file holds one person's network: reading the table in
    /// order beats looking every row up from the account index.
    const ACCOUNT_PEOPLE: &str = "people p NOT INDEXED";

    /// All rows of a query folded into one JSON array of arrays: sqlx hands
    /// rows over one at a time, which costs more than the query itself when
    /// the agenda reads 50,000 of them. `order` (SQLite 3.44) may be empty.
    fn json_rows(columns: &str, order: &str) -> String {
        let order = if order.is_empty() { String::new() } else { format!(" ORDER BY {order}") };
        format!("json_group_array(json_array({columns}){order})")
    }

    async fn after_import(_tx: &mut Transaction<'static, Sqlite>) -> Result<()> {
        Ok(())
    }

    async fn close_store(&self) {
        self.close_cleanly().await;
    }

    fn change_stamp_now(&self) -> Option<rete_store::ChangeStamp> {
        self.wal_index.stamp()
    }
}

rete_store::sql_store_impl!(SqliteStore, ::sqlx::Sqlite);

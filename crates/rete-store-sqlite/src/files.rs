//! The database as a file: a consistent copy of it (`rete backup`), a copy
//! put back (`rete restore`), and a clean close that folds the
//! write-ahead log into the file, so that copying `rete.db` by hand after
//! rete has finished copies the whole network, not an empty or old one.

use crate::{db_err, SqliteStore};
use rete_store::{Result, StoreError};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

impl SqliteStore {
    /// Folds the write-ahead log into the database file and closes every
    /// connection. A checkpoint that another reader holds back is not an
    /// error: the log stays beside the file and SQLite reads it next time.
    pub async fn close_cleanly(&self) {
        // On the connection that never waits: when another program is
        // writing or reading, the checkpoint is its to make when it ends, and
        // this command does not wait for it. A read-only file, or a reader
        // holding the log: the data is safe either way, so nothing is
        // reported.
        let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.no_wait).await;
        self.no_wait.close().await;
        self.pool.close().await;
    }

    /// Writes a consistent copy of the whole database to `dest`, a new file,
    /// while other programs may be reading or writing (`VACUUM INTO` reads
    /// one snapshot). The copy is compact and holds no write-ahead log.
    pub async fn backup_into(&self, dest: &Path) -> Result<()> {
        if dest.exists() {
            return Err(StoreError::Conflict {
                field: "file",
                message: format!("{} exists already; rete backup writes a new file", dest.display()),
            });
        }
        let name = dest
            .to_str()
            .ok_or_else(|| StoreError::Invalid(rete_core::InvalidField::new("file", "the path must be valid UTF-8")))?;
        sqlx::query("VACUUM INTO $1").bind(name).execute(&self.pool).await.map_err(db_err)?;
        Ok(())
    }

    /// Replaces the database at `live` with the copy at `source`, through
    /// SQLite's online backup API (under the database's own locks, so a
    /// program reading it sees the old or the new network, never a mix).
    /// The source must be a rete database this version can read; the
    /// result is migrated when it is opened next.
    pub fn restore_from(live: &Path, source: &Path) -> Result<()> {
        let src = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| StoreError::Backend(format!("cannot open {}: {e}", source.display())))?;
        check_is_rete(&src, source)?;
        let mut dst =
            Connection::open(live).map_err(|e| StoreError::Backend(format!("cannot open {}: {e}", live.display())))?;
        dst.busy_timeout(Duration::from_secs(10)).map_err(|e| StoreError::Backend(e.to_string()))?;
        let backup = rusqlite::backup::Backup::new(&src, &mut dst)
            .map_err(|e| StoreError::Backend(format!("restoring into {}: {e}", live.display())))?;
        backup
            .run_to_completion(256, Duration::from_millis(10), None)
            .map_err(|e| StoreError::Backend(format!("restoring into {}: {e}", live.display())))?;
        drop(backup);
        // A restore is not undone step by step: what the copy's journal
        // recorded was about another state of the file (and VACUUM INTO
        // may have renumbered its rows).
        let has_journal: bool = dst
            .query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'undo_steps')", [], |r| r.get(0))
            .unwrap_or(false);
        if has_journal {
            dst.execute_batch("DELETE FROM undo_log; DELETE FROM undo_steps;")
                .map_err(|e| StoreError::Backend(format!("restoring into {}: {e}", live.display())))?;
        }
        Ok(())
    }
}

/// A file is a rete database when it holds the migrations table and the
/// people; a newer rete's database (migrations this one lacks) is refused.
fn check_is_rete(conn: &Connection, path: &Path) -> Result<()> {
    let not_rete = || {
        StoreError::Invalid(rete_core::InvalidField::new(
            "file",
            format!("{} is not a rete database (made by rete backup)", path.display()),
        ))
    };
    let tables: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('_sqlx_migrations', 'people')",
            [],
            |r| r.get(0),
        )
        .map_err(|_| not_rete())?;
    if tables != 2 {
        return Err(not_rete());
    }
    let newest: i64 = conn
        .query_row("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations", [], |r| r.get(0))
        .map_err(|_| not_rete())?;
    let known = sqlx::migrate!("./migrations").iter().map(|m| m.version).max().unwrap_or(0);
    if newest > known {
        return Err(StoreError::Invalid(rete_core::InvalidField::new(
            "file",
            format!(
                "{} was made by a newer rete (schema {newest}, this one knows {known}); upgrade rete first",
                path.display()
            ),
        )));
    }
    Ok(())
}

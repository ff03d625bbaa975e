//! Whether anything was committed to the file since a moment ago, without
//! a query: the header of SQLite's wal-index.
//!
//! In WAL mode every connection to a database, in any process, shares the
//! wal-index in the `-shm` file beside it. Its header (two copies of 48
//! bytes at offset 0, <https://www.sqlite.org/walformat.html>) holds the
//! number of the last frame committed, a counter moved by every
//! transaction, and the log's salts, which change when the log restarts;
//! SQLite's own readers compare it byte for byte to know whether their
//! snapshot is still the newest. A commit writes it before it returns.
//! Reading it costs one `pread`; a query costs a round trip to a
//! connection's thread, which was most of a cached API read.
//!
//! A header being written reads as two different copies, and a file that
//! cannot be read gives no stamp: both make callers ask the database.

use rete_store::ChangeStamp;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const HEADER: usize = 48;
/// `isInit` in the header: set once the wal-index has been built.
const IS_INIT: usize = 12;

/// The `-shm` file of one database, opened at the first look.
#[derive(Debug)]
pub(crate) struct WalIndex {
    path: PathBuf,
    file: OnceLock<Option<File>>,
}

impl WalIndex {
    pub(crate) fn beside(database: &Path) -> WalIndex {
        // Absolute now: the file is opened at the first look, and the
        // process may have changed its directory by then.
        let database = std::path::absolute(database).unwrap_or_else(|_| database.to_path_buf());
        let mut name = database.into_os_string();
        name.push("-shm");
        WalIndex { path: PathBuf::from(name), file: OnceLock::new() }
    }

    /// The header as it is now, if both copies agree.
    pub(crate) fn stamp(&self) -> Option<ChangeStamp> {
        let file = self.file.get_or_init(|| File::open(&self.path).ok()).as_ref()?;
        read_header(file)
    }
}

#[cfg(unix)]
fn read_header(file: &File) -> Option<ChangeStamp> {
    use std::os::unix::fs::FileExt;
    let mut both = [0u8; 2 * HEADER];
    file.read_exact_at(&mut both, 0).ok()?;
    let (first, second) = both.split_at(HEADER);
    if first != second || first[IS_INIT] != 1 {
        return None;
    }
    let mut header = [0u8; HEADER];
    header.copy_from_slice(first);
    Some(ChangeStamp(header))
}

#[cfg(not(unix))]
fn read_header(_: &File) -> Option<ChangeStamp> {
    None
}

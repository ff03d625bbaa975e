//! The sign-ins a long-running server has just read, kept while nothing
//! has been committed to the database since.
//!
//! Every signed-in request asks who its session or token speaks for. On a
//! store that can tell, without a query, that no write has committed since
//! a moment ago ([`rete_store::Store::change_stamp`]: SQLite's wal-index,
//! shared by every process on the file), the answer read then still holds:
//! a logout, a revoked token, a changed password or a deleted account are
//! all commits, in whichever process, and any commit ends every entry. So
//! a sign-in is never honoured after the write that ended it returned, on
//! this server or another; what is kept is only the answer, with its
//! expiry, checked against the clock at each use.
//!
//! Entries also end after [`SignIns::FOR_SECS`], so a token's last use is
//! still recorded about once a minute. A store without stamps
//! (PostgreSQL) keeps nothing here and asks every time.

use rete_store::accounts::{SignedIn, TokenGrant};
use rete_store::ChangeStamp;
use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Debug, Clone)]
pub(crate) enum SignIn {
    Session(SignedIn),
    Token(TokenGrant),
}

impl SignIn {
    fn expires_at(&self) -> Option<i64> {
        match self {
            SignIn::Session(s) => s.expires_at,
            SignIn::Token(t) => t.expires_at,
        }
    }
}

#[derive(Debug)]
struct Kept {
    stamp: ChangeStamp,
    read_at: i64,
    sign_in: SignIn,
}

/// Keyed by the secret's hash, never the secret.
#[derive(Debug, Default)]
pub struct SignIns {
    kept: Mutex<HashMap<String, Kept>>,
}

impl SignIns {
    /// How long an entry may be used, whatever the stamps say.
    pub const FOR_SECS: i64 = 30;
    /// Beyond this many entries, all are dropped (they are cheap to read
    /// again; a bound keeps a flood of sign-ins from growing the server).
    pub const MAX: usize = 10_000;

    /// The sign-in read for `hash` under `stamp`, if nothing has committed
    /// since and it has not expired at `now`.
    pub(crate) fn get(&self, hash: &str, stamp: ChangeStamp, now: i64) -> Option<SignIn> {
        let kept = self.kept.lock().ok()?;
        let entry = kept.get(hash)?;
        let fresh = entry.stamp == stamp
            && now >= entry.read_at
            && now - entry.read_at < Self::FOR_SECS
            && entry.sign_in.expires_at().is_none_or(|at| at > now);
        fresh.then(|| entry.sign_in.clone())
    }

    /// Keeps what was read for `hash` after `stamp` was taken: a commit in
    /// between leaves a stamp that the next request's does not equal.
    pub(crate) fn keep(&self, hash: String, stamp: ChangeStamp, now: i64, sign_in: SignIn) {
        let Ok(mut kept) = self.kept.lock() else { return };
        if kept.len() >= Self::MAX {
            kept.clear();
        }
        kept.insert(hash, Kept { stamp, read_at: now, sign_in });
    }

    /// How many sign-ins are kept (for tests and diagnostics).
    pub fn len(&self) -> usize {
        self.kept.lock().map(|k| k.len()).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

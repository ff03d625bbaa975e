//! What a long-running front end (the server) keeps of what it computed
//! for an account: the day's agenda, people's cards, pages of people.
//!
//! Every entry belongs to one revision of its account (see
//! `rete_store::accounts::SignedIn::revision`), which every committed write
//! to the account's data moves forward, in whichever process wrote: the
//! CLI on the same SQLite file, another server on the same PostgreSQL. A
//! request learns its account's revision in the one query that signs it
//! in, so a cached answer is never older than the last write the request
//! could have seen, and a server never has to be told to forget.
//!
//! Concurrent requests for the same missing entry wait for one
//! computation instead of each running it (fifty tabs opening the day's
//! agenda at nine cost one agenda). Callers without a revision (the CLI,
//! one command per process) bypass the cache.

use crate::{Caller, Result};
use chrono::NaiveDate;
use rete_core::{AccountId, Lang, PersonId};
use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;

/// What an entry answers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    Agenda(NaiveDate, Lang),
    /// A card as of a day (its strength and balance depend on it).
    Card(PersonId, NaiveDate),
    /// A page of people, by the query's canonical text.
    People(String),
    /// The people you know, indexed to leave them out of matches.
    Known,
    /// A front end's rendering of a read (a JSON body, a page), by its own
    /// key (the request's method, path, query and language).
    Rendered(String),
}

type Value = Arc<dyn Any + Send + Sync>;
type Slot = Arc<OnceCell<Value>>;

#[derive(Default)]
struct Entry {
    revision: i64,
    used: u64,
    slots: HashMap<Key, Slot>,
}

/// Bounded: at most [`ReadCache::ACCOUNTS`] accounts, each with at most
/// [`ReadCache::PER_ACCOUNT`] entries; beyond that the least recently used
/// account, or the account's entries, are dropped.
#[derive(Default)]
pub struct ReadCache {
    accounts: Mutex<HashMap<AccountId, Entry>>,
    clock: std::sync::atomic::AtomicU64,
}

impl std::fmt::Debug for ReadCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let accounts = self.accounts.lock().map(|a| a.len()).unwrap_or_default();
        f.debug_struct("ReadCache").field("accounts", &accounts).finish()
    }
}

impl ReadCache {
    pub const ACCOUNTS: usize = 1_000;
    pub const PER_ACCOUNT: usize = 256;

    /// The slot for `key` at `revision`: found, or made (replacing what an
    /// older revision left); `None` when the cache already holds a newer
    /// revision than the caller saw (then the caller computes for itself).
    fn slot(&self, account: AccountId, revision: i64, key: &Key) -> Option<Slot> {
        let used = self.clock.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut accounts = self.accounts.lock().unwrap_or_else(|e| e.into_inner());
        if !accounts.contains_key(&account) && accounts.len() >= Self::ACCOUNTS {
            if let Some(oldest) = accounts.iter().min_by_key(|(_, e)| e.used).map(|(a, _)| *a) {
                accounts.remove(&oldest);
            }
        }
        let entry = accounts.entry(account).or_default();
        if revision < entry.revision {
            return None;
        }
        if revision > entry.revision {
            entry.revision = revision;
            entry.slots.clear();
        }
        entry.used = used;
        if !entry.slots.contains_key(key) && entry.slots.len() >= Self::PER_ACCOUNT {
            entry.slots.clear();
        }
        Some(entry.slots.entry(key.clone()).or_default().clone())
    }

    /// `compute`'s answer for `key`, from the cache when the caller's
    /// revision holds one.
    pub async fn get<T, F>(&self, caller: &Caller, key: Key, compute: F) -> Result<Arc<T>>
    where
        T: Send + Sync + 'static,
        F: Future<Output = Result<T>>,
    {
        let slot = caller.revision.and_then(|r| self.slot(caller.account, r, &key));
        let Some(slot) = slot else {
            return Ok(Arc::new(compute.await?));
        };
        let value = slot.get_or_try_init(|| async { compute.await.map(|v| Arc::new(v) as Value) }).await?;
        // A key names one type of answer, so this never fails; should it,
        // the cache is bypassed rather than trusted.
        match value.clone().downcast::<T>() {
            Ok(found) => Ok(found),
            Err(_) => Err(crate::AppError::Internal("cache entry of another type".into())),
        }
    }

    /// How many accounts have entries (for tests and diagnostics).
    pub fn accounts(&self) -> usize {
        self.accounts.lock().map(|a| a.len()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn caller(revision: Option<i64>) -> Caller {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        Caller { revision, ..Caller::new(AccountId(1), Lang::En, today) }
    }

    #[tokio::test]
    async fn an_entry_lasts_until_the_revision_moves() {
        let cache = ReadCache::default();
        let runs = AtomicUsize::new(0);
        let key = Key::People("q=ross".into());
        let runs = &runs;
        let run = |n: u32| async move {
            runs.fetch_add(1, Ordering::SeqCst);
            Ok(n)
        };
        assert_eq!(*cache.get(&caller(Some(3)), key.clone(), run(1)).await.unwrap(), 1);
        assert_eq!(*cache.get(&caller(Some(3)), key.clone(), run(2)).await.unwrap(), 1, "cached at revision 3");
        assert_eq!(*cache.get(&caller(Some(4)), key.clone(), run(3)).await.unwrap(), 3, "a write ended it");
        assert_eq!(*cache.get(&caller(Some(3)), key.clone(), run(4)).await.unwrap(), 4, "an older reader computes");
        assert_eq!(*cache.get(&caller(Some(4)), key.clone(), run(5)).await.unwrap(), 3, "and leaves the newer entry");
        assert_eq!(*cache.get(&caller(None), key, run(6)).await.unwrap(), 6, "no revision, no cache");
        assert_eq!(runs.load(Ordering::SeqCst), 4, "the cached answers ran nothing");
    }

    #[tokio::test]
    async fn a_failed_computation_is_not_kept() {
        let cache = ReadCache::default();
        let key = Key::Agenda(caller(None).today, Lang::It);
        let failed: Result<Arc<u32>> =
            cache.get(&caller(Some(1)), key.clone(), async { Err(crate::AppError::Internal("down".into())) }).await;
        assert!(failed.is_err());
        assert_eq!(*cache.get(&caller(Some(1)), key, async { Ok(7u32) }).await.unwrap(), 7);
    }

    #[tokio::test]
    async fn accounts_are_bounded() {
        let cache = ReadCache::default();
        for account in 0..(ReadCache::ACCOUNTS as i64 + 10) {
            let who = Caller { account: AccountId(account), ..caller(Some(1)) };
            cache.get(&who, Key::People(String::new()), async { Ok(0u8) }).await.unwrap();
        }
        assert_eq!(cache.accounts(), ReadCache::ACCOUNTS);
    }
}

//! The matching engine: a community's members, their TF-IDF index, and the
//! operations the CLI and the server call (batch top-k, one member's
//! matches, adding/updating/removing members, explanations).
//!
//! Incremental changes and IDF: every member who joins, edits or leaves
//! changes the number of documents and some document frequencies, so every
//! idf, and through the norms every weight, moves a little. Rather than
//! freezing idf (scores that drift from a rebuild), the engine stays exact:
//! `upsert`/`remove` only analyse the new text (interning phrases and stems)
//! and drop the derived index; the next query rebuilds it from the interned
//! members in linear time, without re-analysing any text. Many changes in a
//! row cost one re-index; [`Engine::refresh`] pays it ahead of time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::thread;

use crate::error::MatchError;
use crate::explain::{explain, pair_score, Explanation};
use crate::index::Index;
use crate::members::Members;
use crate::profile::{Lang, Profile};
use crate::search::{interests_matter, Searcher};
use crate::topk::{bars, Tops};

/// One member's matches: `(other id, score)`, best first.
pub type Matches = Vec<(u64, f64)>;

/// Rows handed to a thread at a time in [`Engine::top_k_all`]: small enough
/// to balance uneven rows, large enough to keep the counter cold.
const CHUNK: usize = 64;

/// Exact give-give top-k over a community. `Sync`: queries from many
/// threads share one engine; changes need `&mut`.
#[derive(Debug)]
pub struct Engine {
    members: Members,
    index: OnceLock<Index>,
    /// Scratch space of finished queries, reused by the next ones.
    searchers: Mutex<Vec<Searcher>>,
}

impl Engine {
    /// Analyses the profiles and builds the index; a repeated id is an
    /// error. Output order of [`Engine::top_k_all`] is this input order.
    pub fn build(profiles: Vec<Profile>) -> Result<Engine, MatchError> {
        let engine = Engine {
            members: Members::from_profiles(profiles)?,
            index: OnceLock::new(),
            searchers: Mutex::new(Vec::new()),
        };
        engine.refresh();
        Ok(engine)
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// True when the community has no member.
    pub fn is_empty(&self) -> bool {
        self.members.len() == 0
    }

    /// Whether a member with this id is in the engine.
    pub fn contains(&self, id: u64) -> bool {
        self.members.slot(id).is_some()
    }

    /// Rebuilds the index now if a change made it stale, so the next query
    /// does not pay for it.
    pub fn refresh(&self) {
        self.index();
    }

    pub(crate) fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(&self.members))
    }

    /// Heap bytes of the numeric index (weights and postings).
    pub fn index_bytes(&self) -> usize {
        self.index().heap_bytes()
    }

    /// Every member's `k` best others (score > 0, best first, ties by lower
    /// id), in member order, computed on `threads` threads (0: one per
    /// core).
    ///
    /// The score is symmetric, so each member is searched only against the
    /// members after it and every pair goes to both lists
    /// (`Searcher::sweep`): half the work of `n` single queries. The few
    /// members whose lists leave room for shared interests alone then get
    /// the members with give-give 0 (`Searcher::add_interests`).
    pub fn top_k_all(&self, k: usize, threads: usize) -> Vec<(u64, Matches)> {
        let index = self.index();
        let n = index.len();
        let threads = match threads {
            0 => thread::available_parallelism().map_or(1, |t| t.get()),
            t => t,
        }
        .clamp(1, n.div_ceil(CHUNK).max(1));
        if k == 0 {
            return index.ids.iter().map(|&id| (id, Matches::new())).collect();
        }
        // 1. Every pair once, each thread keeping every member's list, from
        // the last member to the first: when a member's turn comes, every
        // member after it has had its own, so their bars are already high
        // and most of the pairs they are offered need no exact score.
        let shared = bars(n);
        let sweeps = in_chunks(
            threads,
            n,
            || (Searcher::default(), Tops::new(k, &shared), Vec::new()),
            |(searcher, tops, best), i| {
                let a = n - 1 - i;
                best.push((a, searcher.sweep(index, a, tops)));
            },
        );
        let mut best_shared = vec![0.0; n];
        let mut tops: Option<Tops> = None;
        for (_, t, best) in sweeps {
            for (a, b) in best {
                best_shared[a] = b;
            }
            match tops.as_mut() {
                None => tops = Some(t),
                Some(all) => all.merge(&t),
            }
        }
        let Some(tops) = tops else { return Vec::new() };
        // 2. Members with give-give 0 may still enter these lists.
        let again: Vec<usize> = (0..n).filter(|&m| interests_matter(best_shared[m], tops.bar(m))).collect();
        let redone = in_chunks(
            threads,
            again.len(),
            || (Searcher::default(), Vec::new()),
            |(searcher, done), i| {
                let m = again[i];
                done.push((m, to_matches(searcher.add_interests(index, m, k, tops.list(m)).items())));
            },
        );
        let mut rows: Vec<Matches> = (0..n).map(|m| to_matches(tops.list(m))).collect();
        for (m, matches) in redone.into_iter().flat_map(|(_, done)| done) {
            rows[m] = matches;
        }
        index.ids.iter().copied().zip(rows).collect()
    }

    /// One member's `k` best others, on demand.
    pub fn query(&self, id: u64, k: usize) -> Result<Matches, MatchError> {
        let slot = self.members.slot(id).ok_or(MatchError::UnknownId(id))?;
        let index = self.index();
        let mut searcher = self.searchers.lock().ok().and_then(|mut pool| pool.pop()).unwrap_or_default();
        let top = searcher.top_k(index, slot, k);
        if let Ok(mut pool) = self.searchers.lock() {
            pool.push(searcher);
        }
        Ok(to_matches(top.items()))
    }

    /// Adds a member, or replaces the profile of an existing one (keeping
    /// its place). Scores stay exact: see the module comment.
    pub fn upsert(&mut self, profile: Profile) -> Result<(), MatchError> {
        self.members.upsert(profile)?;
        self.index.take();
        Ok(())
    }

    /// Why `b` matches `a`, from `a`'s side, worded in the members' own
    /// phrases; `lang` is the language its `Display` uses.
    pub fn explain(&self, a: u64, b: u64, lang: Lang) -> Result<Explanation, MatchError> {
        let slot = |id| self.members.slot(id).ok_or(MatchError::UnknownId(id));
        let slots = (slot(a)?, slot(b)?);
        Ok(explain(&self.members, self.index(), slots, lang))
    }

    /// The score of two members, exactly as the top-k lists compute it.
    pub fn score(&self, a: u64, b: u64) -> Result<f64, MatchError> {
        let slot = |id| self.members.slot(id).ok_or(MatchError::UnknownId(id));
        Ok(pair_score(self.index(), slot(a)?, slot(b)?))
    }

    /// Removes a member.
    pub fn remove(&mut self, id: u64) -> Result<(), MatchError> {
        if !self.members.remove(id) {
            return Err(MatchError::UnknownId(id));
        }
        self.index.take();
        Ok(())
    }
}

/// Runs `each` for every index below `n` on `threads` workers, which take
/// `CHUNK` indices at a time (rows cost unevenly) and each keep a state made
/// by `init`; returns the states.
fn in_chunks<S: Send>(
    threads: usize,
    n: usize,
    init: impl Fn() -> S + Sync,
    each: impl Fn(&mut S, usize) + Sync,
) -> Vec<S> {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut state = init();
        loop {
            let from = next.fetch_add(CHUNK, Ordering::Relaxed);
            if from >= n {
                break;
            }
            for i in from..n.min(from + CHUNK) {
                each(&mut state, i);
            }
        }
        state
    };
    if threads <= 1 {
        return vec![work()];
    }
    thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|_| s.spawn(work)).collect();
        handles
            .into_iter()
            // A worker only panics on a bug: pass the panic on rather than
            // return lists with rows missing.
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

fn to_matches(list: &[crate::topk::Scored]) -> Matches {
    list.iter().map(|c| (c.id, c.score)).collect()
}

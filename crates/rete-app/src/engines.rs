//! Each community's matching engine, kept warm in a long-running server.
//!
//! Building the engine analyses every profile and indexes them: about a
//! fifth of a second for 20,000 members, on every request before this
//! cache. An engine is kept for one revision of its community (migration
//! 0014), which every change to the members or profiles moves forward in
//! its own transaction, whichever process wrote: a request reads the
//! revision in the query that checks it belongs, and an engine of another
//! revision is rebuilt (concurrent requests wait for one build). A change
//! this process made itself is applied to the warm engine in place
//! (`upsert`, `remove`: the engine keeps the analysis of everyone else),
//! so a profile edit shows in everybody's matches on the next request
//! without a rebuild. Two views are kept per community, an organiser's and
//! a member's (a member's never holds e-mails nor opted-out profiles).

use crate::grow::match_lang;
use crate::{AppError, Result};
use rete_core::grow::MemberProfile;
use rete_core::CommunityId;
use rete_match::{Engine, Profile};
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, RwLock};

/// An engine over a community's members who opted in, and their profiles.
pub struct Warm {
    pub revision: i64,
    pub profiles: HashMap<u64, MemberProfile>,
    pub engine: Engine,
}

impl std::fmt::Debug for Warm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Warm").field("revision", &self.revision).field("members", &self.profiles.len()).finish()
    }
}

fn profile(p: &MemberProfile) -> Profile {
    Profile {
        id: p.member,
        lang: match_lang(p.lang),
        offers: p.offers.clone(),
        seeks: p.seeks.clone(),
        interests: p.interests.clone(),
    }
}

fn matching(e: rete_match::MatchError) -> AppError {
    AppError::Internal(format!("matching: {e}"))
}

impl Warm {
    fn build(revision: i64, all: Vec<MemberProfile>) -> Result<Warm> {
        let eligible: Vec<MemberProfile> = all.into_iter().filter(|p| p.opt_in).collect();
        let engine = Engine::build(eligible.iter().map(profile).collect()).map_err(matching)?;
        let profiles = eligible.into_iter().map(|p| (p.member, p)).collect();
        Ok(Warm { revision, profiles, engine })
    }

    fn apply(&mut self, change: &Change, organiser_view: bool) -> Result<()> {
        match change {
            Change::Upsert(p) if p.opt_in => {
                let mut p = MemberProfile::clone(p);
                if !organiser_view {
                    p.email = None;
                }
                self.engine.upsert(profile(&p)).map_err(matching)?;
                self.profiles.insert(p.member, p);
            }
            Change::Upsert(p) => self.forget(p.member)?,
            Change::Remove(member) => self.forget(*member)?,
        }
        self.engine.refresh();
        Ok(())
    }

    fn forget(&mut self, member: u64) -> Result<()> {
        if self.profiles.remove(&member).is_some() {
            self.engine.remove(member).map_err(matching)?;
        }
        Ok(())
    }
}

/// What this process changed in a community.
#[derive(Debug, Clone)]
pub enum Change {
    /// A profile written (one that opted out leaves the engine).
    Upsert(Box<MemberProfile>),
    /// A member who left or was removed.
    Remove(u64),
}

type Shared = Arc<RwLock<Warm>>;
type Slot = Arc<tokio::sync::Mutex<Option<Shared>>>;

/// Bounded: at most [`Engines::COMMUNITIES`] views; beyond that all are
/// dropped and rebuilt as asked.
#[derive(Debug, Default)]
pub struct Engines {
    slots: Mutex<HashMap<(CommunityId, bool), Slot>>,
}

impl Engines {
    pub const COMMUNITIES: usize = 64;

    fn slot(&self, key: (CommunityId, bool)) -> Slot {
        let Ok(mut slots) = self.slots.lock() else { return Slot::default() };
        if slots.len() >= Self::COMMUNITIES && !slots.contains_key(&key) {
            slots.clear();
        }
        slots.entry(key).or_default().clone()
    }

    /// The engine of `community` at `revision`, in the organiser's view or
    /// a member's; `load` reads the profiles when it must be built.
    pub async fn warm<F, Fut>(
        &self,
        community: CommunityId,
        organiser_view: bool,
        revision: i64,
        load: F,
    ) -> Result<Shared>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<MemberProfile>>>,
    {
        let slot = self.slot((community, organiser_view));
        let mut held = slot.lock().await;
        if let Some(warm) = held.as_ref() {
            if warm.read().map(|w| w.revision == revision).unwrap_or(false) {
                return Ok(warm.clone());
            }
        }
        let profiles = load().await?;
        let built = tokio::task::spawn_blocking(move || Warm::build(revision, profiles))
            .await
            .map_err(|e| AppError::Internal(format!("building the engine: {e}")))??;
        let warm = Arc::new(RwLock::new(built));
        *held = Some(warm.clone());
        Ok(warm)
    }

    /// Drops the community's engines: the next request rebuilds them (for
    /// a change whose revision this process cannot read, a member who left).
    pub async fn forget(&self, community: CommunityId) {
        for view in [true, false] {
            *self.slot((community, view)).lock().await = None;
        }
    }

    /// Applies a change this process committed, which moved the community
    /// to `revision`: in place where the engine was at the revision just
    /// before, else the engine is dropped (another change came between).
    pub async fn changed(&self, community: CommunityId, revision: i64, change: Change) {
        for view in [true, false] {
            let slot = self.slot((community, view));
            let mut held = slot.lock().await;
            let Some(warm) = held.clone() else { continue };
            let change = change.clone();
            let applied = tokio::task::spawn_blocking(move || {
                let mut w = warm.write().map_err(|_| AppError::Internal("a poisoned engine".into()))?;
                if w.revision == revision {
                    // A request rebuilt it from the database already.
                    return Ok(true);
                }
                if w.revision + 1 != revision {
                    return Ok(false);
                }
                w.apply(&change, view)?;
                w.revision = revision;
                Ok::<bool, AppError>(true)
            })
            .await;
            if !matches!(applied, Ok(Ok(true))) {
                *held = None;
            }
        }
    }
}

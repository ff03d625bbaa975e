//! A person's timeline: everything recorded with them, newest first, each
//! entry with its id so it can be corrected — interactions, exchanges,
//! milestones, follow-ups (dated by when they are due) and introductions
//! (asked for, or made through them).

use crate::{App, Caller, Result};
use chrono::NaiveDate;
use rete_core::seating::Intro;
use rete_core::{Exchange, Followup, Interaction, Milestone, PersonId};
use serde::Serialize;

/// One entry, tagged by `type`, with the record's own fields.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Entry {
    Interaction(Interaction),
    Exchange(Exchange),
    Milestone(Milestone),
    Followup(Followup),
    Introduction(Intro),
}

impl Entry {
    /// The day it is placed on.
    pub fn on(&self) -> NaiveDate {
        match self {
            Entry::Interaction(i) => i.on,
            Entry::Exchange(e) => e.on,
            Entry::Milestone(m) => m.on,
            Entry::Followup(f) => f.done_on.unwrap_or(f.due),
            Entry::Introduction(i) => i.closed_on.unwrap_or(i.asked_on),
        }
    }

    fn rank(&self) -> (NaiveDate, u8, i64) {
        let (order, id) = match self {
            Entry::Interaction(i) => (4, i.id.0),
            Entry::Exchange(e) => (3, e.id.0),
            Entry::Introduction(i) => (2, i.id.0),
            Entry::Milestone(m) => (1, m.id.0),
            Entry::Followup(f) => (0, f.id.0),
        };
        (self.on(), order, id)
    }
}

impl App {
    /// Everything recorded with `person`, newest first (on one day: the
    /// contact, then the ledger, introductions, milestones, follow-ups).
    /// Read once per revision of the account (a person's page reads it
    /// on every view).
    pub async fn timeline(&self, caller: &Caller, person: PersonId) -> Result<std::sync::Arc<Vec<Entry>>> {
        let key = crate::cache::Key::Rendered(format!("timeline {}", person.0));
        self.cache.get(caller, key, self.make_timeline(caller, person)).await
    }

    /// The names of the others the introductions of `entries` mention
    /// (whom to meet, through whom), for a timeline shown to a person; one
    /// no longer kept reads as `#id`.
    pub async fn names_in(&self, caller: &Caller, entries: &[Entry]) -> std::collections::HashMap<PersonId, String> {
        let mut names = std::collections::HashMap::new();
        for e in entries {
            if let Entry::Introduction(i) = e {
                for id in [i.target, i.via] {
                    if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(id) {
                        let name = self.store.person(caller.account, id).await.map(|p| p.data.name);
                        slot.insert(name.unwrap_or_else(|_| format!("#{}", id.0)));
                    }
                }
            }
        }
        names
    }

    async fn make_timeline(&self, caller: &Caller, person: PersonId) -> Result<Vec<Entry>> {
        let p = self.store.person(caller.account, person).await?;
        let mut all: Vec<Entry> = Vec::new();
        all.extend(self.store.interactions(caller.account, Some(p.id)).await?.into_iter().map(Entry::Interaction));
        all.extend(self.store.exchanges(caller.account, Some(p.id)).await?.into_iter().map(Entry::Exchange));
        all.extend(self.store.milestones(caller.account, Some(p.id)).await?.into_iter().map(Entry::Milestone));
        all.extend(
            self.store
                .followups(caller.account, true)
                .await?
                .into_iter()
                .filter(|f| f.person == p.id)
                .map(Entry::Followup),
        );
        all.extend(
            self.store
                .intros(caller.account)
                .await?
                .into_iter()
                .filter(|i| i.target == p.id || i.via == p.id)
                .map(Entry::Introduction),
        );
        all.sort_by_key(|e| std::cmp::Reverse(e.rank()));
        Ok(all)
    }
}

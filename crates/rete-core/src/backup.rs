//! The lossless JSON backup: every row an account owns, ordered by id so
//! that export -> import -> export gives the same document byte for byte.
//!
//! Version 2 added what Grow keeps (communities with their profiles and
//! pairing runs, event guests, seating plans, introduction requests);
//! version 1 documents, which hold none of it, still restore.

use crate::activity::{Event, Exchange, Followup, Interaction, Milestone};
use crate::date::FIRST_YEAR;
use crate::grow::{Community, MemberProfile};
use crate::ids::{CommunityId, EventId};
use crate::person::{InvalidField, Person};
use crate::seating::{Intro, PairingRun, Seat};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Identifies the document.
pub const BACKUP_FORMAT: &str = "rete-backup";
/// The version written; every version from 1 up to it is read.
pub const BACKUP_VERSION: u32 = 2;

/// A community with everything kept of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityBackup {
    #[serde(flatten)]
    pub community: Community,
    /// By member key; your own profile is member 0.
    pub profiles: Vec<MemberProfile>,
    /// Oldest first.
    pub pairings: Vec<PairingRun>,
}

/// The community members invited to one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventGuests {
    pub event: EventId,
    pub guests: Vec<(CommunityId, u64)>,
}

/// The seating plan saved for one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSeating {
    pub event: EventId,
    pub seats: Vec<Seat>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub people: Vec<Person>,
    pub interactions: Vec<Interaction>,
    pub exchanges: Vec<Exchange>,
    pub followups: Vec<Followup>,
    pub milestones: Vec<Milestone>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub communities: Vec<CommunityBackup>,
    #[serde(default)]
    pub event_guests: Vec<EventGuests>,
    #[serde(default)]
    pub seating: Vec<EventSeating>,
    #[serde(default)]
    pub intros: Vec<Intro>,
}

impl Backup {
    /// A document of the current version holding nothing.
    pub fn empty() -> Self {
        Backup {
            format: BACKUP_FORMAT.to_string(),
            version: BACKUP_VERSION,
            people: Vec::new(),
            interactions: Vec::new(),
            exchanges: Vec::new(),
            followups: Vec::new(),
            milestones: Vec::new(),
            events: Vec::new(),
            communities: Vec::new(),
            event_guests: Vec::new(),
            seating: Vec::new(),
            intros: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.events.is_empty() && self.communities.is_empty()
    }

    /// Refuses a document a restore could only half apply: the same id
    /// twice in one list, or a date rete cannot work with (before 1900 or
    /// past the year 9999), naming the record.
    pub fn check(&self) -> Result<(), InvalidField> {
        fn unique<I: Copy + Ord + std::fmt::Display>(
            list: &'static str,
            ids: impl Iterator<Item = I>,
        ) -> Result<(), InvalidField> {
            let mut seen = std::collections::BTreeSet::new();
            for id in ids {
                if !seen.insert(id) {
                    return Err(InvalidField::new(list, format!("id {id} appears twice")));
                }
            }
            Ok(())
        }
        unique("people", self.people.iter().map(|r| r.id))?;
        unique("interactions", self.interactions.iter().map(|r| r.id))?;
        unique("exchanges", self.exchanges.iter().map(|r| r.id))?;
        unique("followups", self.followups.iter().map(|r| r.id))?;
        unique("milestones", self.milestones.iter().map(|r| r.id))?;
        unique("events", self.events.iter().map(|r| r.id))?;
        unique("communities", self.communities.iter().map(|c| c.community.id))?;
        unique("intros", self.intros.iter().map(|r| r.id))?;
        let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or(NaiveDate::MIN);
        let sane = |list: &'static str, id: &dyn std::fmt::Display, date: Option<NaiveDate>| match date {
            Some(d) if d < first || d.year() > 9999 => {
                Err(InvalidField::new(list, format!("record {id} has the date {d}, outside 1900 to 9999")))
            }
            _ => Ok(()),
        };
        for p in &self.people {
            sane("people", &p.id, p.met_on)?;
        }
        for i in &self.interactions {
            sane("interactions", &i.id, Some(i.on))?;
        }
        for e in &self.exchanges {
            sane("exchanges", &e.id, Some(e.on))?;
            sane("exchanges", &e.id, e.thanked_on)?;
        }
        for f in &self.followups {
            sane("followups", &f.id, Some(f.due))?;
            sane("followups", &f.id, f.done_on)?;
            sane("followups", &f.id, f.snoozed_until)?;
        }
        for m in &self.milestones {
            sane("milestones", &m.id, Some(m.on))?;
        }
        for e in &self.events {
            sane("events", &e.id, Some(e.on))?;
        }
        Ok(())
    }

    /// How many rows of each kind the document holds, for reports.
    pub fn counts(&self) -> BackupCounts {
        BackupCounts {
            people: self.people.len(),
            interactions: self.interactions.len(),
            exchanges: self.exchanges.len(),
            followups: self.followups.len(),
            milestones: self.milestones.len(),
            events: self.events.len(),
            communities: self.communities.len(),
            profiles: self.communities.iter().map(|c| c.profiles.len()).sum(),
            intros: self.intros.len(),
        }
    }

    /// Sorts every list by id, the canonical order of the document.
    pub fn canonicalize(&mut self) {
        self.people.sort_by_key(|r| r.id);
        self.interactions.sort_by_key(|r| r.id);
        self.exchanges.sort_by_key(|r| r.id);
        self.followups.sort_by_key(|r| r.id);
        self.milestones.sort_by_key(|r| r.id);
        self.events.sort_by_key(|r| r.id);
        for i in &mut self.interactions {
            i.data.with.sort();
        }
        for e in &mut self.events {
            e.data.attendees.sort();
        }
        self.communities.sort_by_key(|c| c.community.id);
        for c in &mut self.communities {
            c.profiles.sort_by_key(|p| p.member);
            c.pairings.sort_by_key(|r| r.on);
        }
        self.event_guests.retain(|g| !g.guests.is_empty());
        self.event_guests.sort_by_key(|g| g.event);
        for g in &mut self.event_guests {
            g.guests.sort();
        }
        self.seating.retain(|s| !s.seats.is_empty());
        self.seating.sort_by_key(|s| s.event);
        for s in &mut self.seating {
            s.seats.sort_by_key(|seat| (seat.round, seat.table, seat.who));
        }
        self.intros.sort_by_key(|r| r.id);
    }
}

/// Row counts of a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BackupCounts {
    pub people: usize,
    pub interactions: usize,
    pub exchanges: usize,
    pub followups: usize,
    pub milestones: usize,
    pub events: usize,
    pub communities: usize,
    pub profiles: usize,
    pub intros: usize,
}

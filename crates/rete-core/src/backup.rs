//! The lossless JSON backup: every row an account owns, ordered by id so
//! that export -> import -> export gives the same document byte for byte.

use crate::activity::{Event, Exchange, Followup, Interaction, Milestone};
use crate::person::Person;
use serde::{Deserialize, Serialize};

/// Identifies the document; bumped when the shape changes incompatibly.
pub const BACKUP_FORMAT: &str = "rete-backup";
pub const BACKUP_VERSION: u32 = 1;

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
}

impl Backup {
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.events.is_empty()
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
    }
}

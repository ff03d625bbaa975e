//! A person's contact history boiled down to what the rules need: dates of
//! the last encounter, message, one-to-one, and counts over the last year.
//!
//! `summarize` is the definition. Stores may compute the same summary in
//! SQL for speed (a million interactions do not fit a 200 ms agenda
//! otherwise); the conformance suite checks they agree with this function.

use crate::activity::Interaction;
use crate::ids::PersonId;
use crate::vocab::{Initiator, InteractionKind, Purpose};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What the agenda and the strength score know of one relationship.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactSummary {
    pub first_on: Option<NaiveDate>,
    pub last_on: Option<NaiveDate>,
    /// First meeting, one-to-one, event or speed date.
    pub first_encounter_on: Option<NaiveDate>,
    /// Last meeting, one-to-one, event or speed date.
    pub last_encounter_on: Option<NaiveDate>,
    pub last_one_to_one_on: Option<NaiveDate>,
    /// Last message or call that you started: a thank-you counts.
    pub last_sent_on: Option<NaiveDate>,
    /// Last message they started.
    pub last_their_message_on: Option<NaiveDate>,
    /// Last interaction of any kind that you started.
    pub last_mine_on: Option<NaiveDate>,
    /// Interactions in the 365 days before today.
    pub count_12m: u32,
    /// One-to-ones in the 365 days before today: depth, not just contact.
    pub one_to_ones_12m: u32,
    /// Interactions you started to ask for something.
    pub asks_12m: u32,
    /// Interactions you started to give something.
    pub gives_12m: u32,
    /// Interactions they started to ask you for something.
    pub their_asks_12m: u32,
}

/// The first day of the 12-month window that ends on `today`.
pub fn year_before(today: NaiveDate) -> NaiveDate {
    today.checked_sub_days(Days::new(365)).unwrap_or(today)
}

fn later(slot: &mut Option<NaiveDate>, on: NaiveDate) {
    if slot.is_none_or(|d| on > d) {
        *slot = Some(on);
    }
}

impl ContactSummary {
    /// Folds one interaction in; interactions after `today` are ignored.
    pub fn add(&mut self, i: &crate::activity::InteractionData, today: NaiveDate) {
        if i.on > today {
            return;
        }
        if self.first_on.is_none_or(|d| i.on < d) {
            self.first_on = Some(i.on);
        }
        later(&mut self.last_on, i.on);
        if i.kind.is_encounter() {
            if self.first_encounter_on.is_none_or(|d| i.on < d) {
                self.first_encounter_on = Some(i.on);
            }
            later(&mut self.last_encounter_on, i.on);
        }
        if i.kind == InteractionKind::OneToOne {
            later(&mut self.last_one_to_one_on, i.on);
        }
        if i.by == Initiator::Me {
            later(&mut self.last_mine_on, i.on);
            if matches!(i.kind, InteractionKind::Message | InteractionKind::Call) {
                later(&mut self.last_sent_on, i.on);
            }
        } else if i.kind == InteractionKind::Message {
            later(&mut self.last_their_message_on, i.on);
        }
        if i.on > year_before(today) {
            self.count_12m += 1;
            if i.kind == InteractionKind::OneToOne {
                self.one_to_ones_12m += 1;
            }
            match (i.by, i.purpose) {
                (Initiator::Me, Some(Purpose::Ask)) => self.asks_12m += 1,
                (Initiator::Me, Some(Purpose::Give)) => self.gives_12m += 1,
                (Initiator::Them, Some(Purpose::Ask)) => self.their_asks_12m += 1,
                _ => {}
            }
        }
    }
}

/// The summary of every person who appears in `interactions`.
pub fn summarize(interactions: &[Interaction], today: NaiveDate) -> HashMap<PersonId, ContactSummary> {
    let mut out: HashMap<PersonId, ContactSummary> = HashMap::new();
    for i in interactions {
        for p in &i.with {
            out.entry(*p).or_default().add(i, today);
        }
    }
    out
}

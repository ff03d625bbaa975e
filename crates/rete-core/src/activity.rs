//! What happens between you and your people: interactions, the
//! give/receive ledger, follow-ups, milestones and events.

use crate::ids::*;
use crate::record::Record;
use crate::vocab::*;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A contact with one or more people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InteractionData {
    pub kind: InteractionKind,
    pub on: NaiveDate,
    pub with: Vec<PersonId>,
    pub topics: Option<String>,
    pub notes: Option<String>,
    pub purpose: Option<Purpose>,
    pub by: Initiator,
}
pub type Interaction = Record<InteractionId, InteractionData>;

/// One entry of the reciprocity ledger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeData {
    pub direction: Direction,
    pub kind: ExchangeKind,
    pub person: PersonId,
    pub on: NaiveDate,
    /// Closed business, in euro cents (integers keep backups exact).
    pub amount_cents: Option<i64>,
    pub note: Option<String>,
    pub thanked_on: Option<NaiveDate>,
}
pub type Exchange = Record<ExchangeId, ExchangeData>;

/// Something to do for someone by a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowupData {
    pub person: PersonId,
    pub due: NaiveDate,
    pub text: String,
    pub origin: Origin,
    pub done_on: Option<NaiveDate>,
    pub snoozed_until: Option<NaiveDate>,
}
pub type Followup = Record<FollowupId, FollowupData>;

impl FollowupData {
    /// Open, and due on or before `date` once snoozing is taken into account.
    pub fn is_due(&self, date: NaiveDate) -> bool {
        self.done_on.is_none() && self.effective_due() <= date
    }

    /// The due date after any snooze.
    pub fn effective_due(&self) -> NaiveDate {
        self.snoozed_until.map_or(self.due, |s| s.max(self.due))
    }
}

/// A moment in a person's life worth a word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MilestoneData {
    pub person: PersonId,
    pub kind: MilestoneKind,
    pub on: NaiveDate,
    pub note: Option<String>,
}
pub type Milestone = Record<MilestoneId, MilestoneData>;

/// An event: where people meet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventData {
    pub name: String,
    pub on: NaiveDate,
    pub place: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub attendees: Vec<PersonId>,
}
pub type Event = Record<EventId, EventData>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snooze_moves_the_due_date() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let mut f = FollowupData {
            person: PersonId(1),
            due: d("2026-11-20"),
            text: "call".into(),
            origin: Origin::Manual,
            done_on: None,
            snoozed_until: None,
        };
        assert!(f.is_due(d("2026-11-23")));
        f.snoozed_until = Some(d("2026-11-30"));
        assert!(!f.is_due(d("2026-11-23")));
        assert!(f.is_due(d("2026-11-30")));
        f.done_on = Some(d("2026-11-30"));
        assert!(!f.is_due(d("2026-12-30")));
    }
}

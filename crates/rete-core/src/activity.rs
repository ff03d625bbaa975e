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

/// A parsed amount of euros, `1500`, `1500.5`, `1.500,50` (Italian) and
/// `1,500.50` (English) alike, into cents.
pub fn parse_amount(value: &str) -> Result<i64, crate::person::InvalidField> {
    let bad = || crate::person::InvalidField::new("amount", format!("'{value}' is not an amount in euros"));
    let v = value.trim().trim_start_matches('€').trim_end_matches('€').trim();
    // The last separator followed by one or two digits is the decimal one.
    let last_sep = v.rfind([',', '.']);
    let (int_part, frac_part) = match last_sep {
        Some(i) if v.len() - i - 1 <= 2 => (&v[..i], &v[i + 1..]),
        _ => (v, ""),
    };
    let int_digits: String = int_part.chars().filter(|c| !matches!(c, '.' | ',' | ' ' | '\'')).collect();
    if int_digits.is_empty()
        || !int_digits.chars().all(|c| c.is_ascii_digit())
        || !frac_part.chars().all(|c| c.is_ascii_digit())
    {
        return Err(bad());
    }
    let euros: i64 = int_digits.parse().map_err(|_| bad())?;
    let cents: i64 = match frac_part.len() {
        0 => 0,
        1 => frac_part.parse::<i64>().map_err(|_| bad())? * 10,
        _ => frac_part.parse().map_err(|_| bad())?,
    };
    euros.checked_mul(100).and_then(|e| e.checked_add(cents)).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_both_locales() {
        assert_eq!(parse_amount("1500").unwrap(), 150_000);
        assert_eq!(parse_amount("1500.5").unwrap(), 150_050);
        assert_eq!(parse_amount("1.500,50").unwrap(), 150_050);
        assert_eq!(parse_amount("1,500.50").unwrap(), 150_050);
        assert_eq!(parse_amount("€ 20").unwrap(), 2_000);
        assert_eq!(parse_amount("abc").unwrap_err().field, "amount");
        assert!(parse_amount("-5").is_err());
    }

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

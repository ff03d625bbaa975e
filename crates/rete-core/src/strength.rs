//! Relationship strength and the signals of a one-sided tie.
//!
//! Strength blends recency (decaying with time since the last contact),
//! frequency and depth over the last year, and reciprocity in the ledger.
//! It orders the agenda: among equally urgent actions, the stronger tie
//! comes first, because that is where a small gesture matters most.

use crate::activity::{Exchange, Interaction};
use crate::ids::PersonId;
use crate::summary::{summarize, year_before, ContactSummary};
use crate::vocab::Direction;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// Given and received exchanges with one person over the last 12 months.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Balance {
    pub given: u32,
    pub received: u32,
}

/// The 12-month balance of every person in `exchanges`.
pub fn balances(exchanges: &[Exchange], today: NaiveDate) -> HashMap<PersonId, Balance> {
    let since = year_before(today);
    let mut out: HashMap<PersonId, Balance> = HashMap::new();
    for e in exchanges.iter().filter(|e| e.on > since && e.on <= today) {
        let b = out.entry(e.person).or_default();
        match e.direction {
            Direction::Given => b.given += 1,
            Direction::Received => b.received += 1,
        }
    }
    out
}

/// Days after which recency has halved.
const RECENCY_HALF_LIFE_DAYS: f64 = 60.0;

/// Strength from 0 (no relationship) to 100.
pub fn strength(summary: Option<&ContactSummary>, balance: Balance, today: NaiveDate) -> f64 {
    let Some(s) = summary else {
        return 0.0;
    };
    let recency = s.last_on.map_or(0.0, |d| {
        let days = (today - d).num_days().max(0) as f64;
        0.5f64.powf(days / RECENCY_HALF_LIFE_DAYS)
    });
    // A contact a month is a lively tie; more adds little.
    let frequency = (f64::from(s.count_12m) / 12.0).min(1.0);
    let depth = (f64::from(s.one_to_ones_12m) / 4.0).min(1.0);
    let exchanges = balance.given + balance.received;
    let reciprocity = if exchanges == 0 {
        0.0
    } else {
        let (lo, hi) = (balance.given.min(balance.received), balance.given.max(balance.received));
        // Both directions count most; any exchange counts some.
        0.5 * (f64::from(exchanges) / 4.0).min(1.0) + 0.5 * f64::from(lo) / f64::from(hi)
    };
    (100.0 * (0.4 * recency + 0.25 * frequency + 0.2 * depth + 0.15 * reciprocity)).clamp(0.0, 100.0)
}

/// The strength of every tie the records show as of `today`: everyone
/// with a contact on record (anyone else is 0, and absent).
pub fn strengths(interactions: &[Interaction], exchanges: &[Exchange], today: NaiveDate) -> HashMap<PersonId, f64> {
    let balance = balances(exchanges, today);
    summarize(interactions, today)
        .iter()
        .map(|(id, s)| (*id, strength(Some(s), balance.get(id).copied().unwrap_or_default(), today)))
        .collect()
}

/// A tie where one side only takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "signal", rename_all = "snake_case")]
pub enum OneSided {
    /// They keep asking and you have received nothing back.
    TheyOnlyAsk { asks: u32 },
    /// You keep asking them and have given nothing.
    YouOnlyAsk { asks: u32 },
}

/// Flags a one-sided tie over the last year: three or more asks and nothing
/// given back in the ledger by the asking side.
pub fn one_sided(summary: Option<&ContactSummary>, balance: Balance) -> Option<OneSided> {
    let s = summary?;
    if s.their_asks_12m >= 3 && balance.received == 0 {
        return Some(OneSided::TheyOnlyAsk { asks: s.their_asks_12m });
    }
    (s.asks_12m >= 3 && balance.given == 0 && s.gives_12m == 0).then_some(OneSided::YouOnlyAsk { asks: s.asks_12m })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn strength_decays_with_time() {
        let today = d("2026-11-23");
        let mut s =
            ContactSummary { last_on: Some(d("2026-11-20")), count_12m: 6, one_to_ones_12m: 2, ..Default::default() };
        let fresh = strength(Some(&s), Balance::default(), today);
        s.last_on = Some(d("2026-05-20"));
        let stale = strength(Some(&s), Balance::default(), today);
        assert!(fresh > stale + 30.0, "{fresh} vs {stale}");
        assert_eq!(strength(None, Balance::default(), today), 0.0);
    }

    #[test]
    fn reciprocity_rewards_both_directions() {
        let today = d("2026-11-23");
        let s = ContactSummary { last_on: Some(today), ..Default::default() };
        let even = strength(Some(&s), Balance { given: 2, received: 2 }, today);
        let lopsided = strength(Some(&s), Balance { given: 4, received: 0 }, today);
        assert!(even > lopsided, "{even} vs {lopsided}");
    }

    #[test]
    fn one_sided_signals() {
        let s = ContactSummary { asks_12m: 3, ..Default::default() };
        assert_eq!(one_sided(Some(&s), Balance::default()), Some(OneSided::YouOnlyAsk { asks: 3 }));
        assert_eq!(one_sided(Some(&s), Balance { given: 1, received: 0 }), None);
        let t = ContactSummary { their_asks_12m: 4, ..Default::default() };
        assert_eq!(one_sided(Some(&t), Balance::default()), Some(OneSided::TheyOnlyAsk { asks: 4 }));
        assert_eq!(one_sided(None, Balance::default()), None);
    }
}

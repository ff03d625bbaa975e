//! The numbers behind the audit's charts: interactions per month, given
//! and received per quarter, ties by tier and by strength. The findings
//! say what is wrong; these show the shape of the habit over time.

use crate::{App, Caller, Result};
use chrono::{Datelike, NaiveDate};
use rete_core::strength::strengths;
use rete_core::{Direction, Exchange, Interaction, Person, Tier};
use serde::Serialize;

/// One bar of a chart: its label and its value(s).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    /// `YYYY-MM`, `YYYY-Qn`, a tier, or a strength range (`0-19`).
    pub label: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GivenReceived {
    /// `YYYY-Qn`.
    pub quarter: String,
    pub given: u32,
    pub received: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Trends {
    /// The twelve months up to this one, oldest first.
    pub interactions_by_month: Vec<Count>,
    /// The eight quarters up to this one, oldest first.
    pub ledger_by_quarter: Vec<GivenReceived>,
    /// People kept, by tier (inner, close, network, archived).
    pub ties_by_tier: Vec<Count>,
    /// People not archived, by the strength of the tie in fifths of 100.
    pub ties_by_strength: Vec<Count>,
}

/// Months (or quarters) back from `today`'s, as (year, index from 0).
fn back(today: NaiveDate, per_year: i32, steps: i32) -> Vec<(i32, i32)> {
    let now = today.year() * per_year + (today.month0() as i32) * per_year / 12;
    (0..steps).rev().map(|k| ((now - k).div_euclid(per_year), (now - k).rem_euclid(per_year))).collect()
}

/// The `n` months up to `today`'s, oldest first, as `YYYY-MM`.
pub fn month_keys(today: NaiveDate, n: i32) -> Vec<String> {
    back(today, 12, n).into_iter().map(|(y, m)| format!("{y:04}-{:02}", m + 1)).collect()
}

/// `YYYY-MM` of a day, as [`month_keys`] writes it.
pub fn month_key(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// The trends of these records as of `today`.
pub fn trends(people: &[Person], interactions: &[Interaction], exchanges: &[Exchange], today: NaiveDate) -> Trends {
    let mut by_month: Vec<Count> = month_keys(today, 12).into_iter().map(|label| Count { label, count: 0 }).collect();
    for i in interactions.iter().filter(|i| i.on <= today) {
        let key = month_key(i.on);
        if let Some(slot) = by_month.iter_mut().find(|c| c.label == key) {
            slot.count += 1;
        }
    }
    let quarters = back(today, 4, 8);
    let mut by_quarter: Vec<GivenReceived> = quarters
        .iter()
        .map(|(y, q)| GivenReceived { quarter: format!("{y:04}-Q{}", q + 1), given: 0, received: 0 })
        .collect();
    for e in exchanges.iter().filter(|e| e.on <= today) {
        let q = e.on.month0() as i32 / 3;
        if let Some(slot) = quarters.iter().position(|&(y, qq)| e.on.year() == y && qq == q) {
            match e.direction {
                Direction::Given => by_quarter[slot].given += 1,
                Direction::Received => by_quarter[slot].received += 1,
            }
        }
    }
    let ties_by_tier = Tier::ALL
        .iter()
        .map(|t| Count { label: t.as_str().to_string(), count: people.iter().filter(|p| p.tier == *t).count() as u32 })
        .collect();
    let strength = strengths(interactions, exchanges, today);
    let mut fifths = [0u32; 5];
    for p in people.iter().filter(|p| p.tier != Tier::Archived) {
        let s = strength.get(&p.id).copied().unwrap_or(0.0);
        fifths[((s / 20.0) as usize).min(4)] += 1;
    }
    let ties_by_strength = fifths
        .iter()
        .enumerate()
        .map(|(k, &count)| Count { label: format!("{}-{}", k * 20, if k == 4 { 100 } else { k * 20 + 19 }), count })
        .collect();
    Trends { interactions_by_month: by_month, ledger_by_quarter: by_quarter, ties_by_tier, ties_by_strength }
}

impl App {
    /// The caller's trends as of their today.
    pub async fn trends(&self, caller: &Caller) -> Result<Trends> {
        let people = self.store.people(caller.account).await?;
        let interactions = self.store.interactions(caller.account, None).await?;
        let exchanges = self.store.exchanges(caller.account, None).await?;
        Ok(trends(&people, &interactions, &exchanges, caller.today))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_quarters_end_with_todays() {
        let today: NaiveDate = "2026-02-10".parse().unwrap();
        let t = trends(&[], &[], &[], today);
        assert_eq!(t.interactions_by_month.first().unwrap().label, "2025-03");
        assert_eq!(t.interactions_by_month.last().unwrap().label, "2026-02");
        assert_eq!(t.ledger_by_quarter.first().unwrap().quarter, "2024-Q2");
        assert_eq!(t.ledger_by_quarter.last().unwrap().quarter, "2026-Q1");
        assert_eq!(
            t.ties_by_strength.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(),
            ["0-19", "20-39", "40-59", "60-79", "80-100"]
        );
    }
}

//! The ledger at a glance, as the web's Ledger page shows it: the last
//! twelve months by month, the BNI-style totals (referrals,
//! introductions, closed business), what you received and have not yet
//! thanked for, and the people you owe (who gave more than they got).

use crate::trends::{month_key, month_keys};
use crate::{App, Caller, Result};
use chrono::NaiveDate;
use rete_core::strength::balances;
use rete_core::summary::year_before;
use rete_core::{Direction, Exchange, ExchangeKind, PersonId};
use serde::Serialize;

/// Given and received in one calendar month.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub given: u32,
    pub received: u32,
}

/// Counts one way of the ledger, over the last twelve months.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub referrals: u32,
    pub introductions: u32,
    pub advice: u32,
    pub favours: u32,
    pub business: u32,
    /// Closed business, in euro cents.
    pub business_cents: i64,
}

impl Totals {
    fn add(&mut self, e: &Exchange) {
        match e.kind {
            ExchangeKind::Referral => self.referrals += 1,
            ExchangeKind::Introduction => self.introductions += 1,
            ExchangeKind::Advice => self.advice += 1,
            ExchangeKind::Favour => self.favours += 1,
            ExchangeKind::Business => self.business += 1,
        }
        self.business_cents += e.amount_cents.unwrap_or(0);
    }
}

/// Someone who gave you more than you gave them in twelve months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Owed {
    pub person: PersonId,
    pub given: u32,
    pub received: u32,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct LedgerReport {
    /// The twelve months up to this one, oldest first.
    pub months: Vec<Month>,
    pub given: Totals,
    pub received: Totals,
    /// Received, not yet thanked, newest first.
    pub unthanked: Vec<Exchange>,
    /// The largest surplus first.
    pub owed: Vec<Owed>,
}

/// The report of `exchanges` as of `today`.
pub fn report(exchanges: &[Exchange], today: NaiveDate) -> LedgerReport {
    let since = year_before(today);
    let mut months: Vec<Month> =
        month_keys(today, 12).into_iter().map(|month| Month { month, ..Month::default() }).collect();
    let mut out = LedgerReport::default();
    for e in exchanges.iter().filter(|e| e.on > since && e.on <= today) {
        let key = month_key(e.on);
        let slot = months.iter_mut().find(|m| m.month == key);
        match e.direction {
            Direction::Given => {
                out.given.add(e);
                if let Some(m) = slot {
                    m.given += 1;
                }
            }
            Direction::Received => {
                out.received.add(e);
                if let Some(m) = slot {
                    m.received += 1;
                }
            }
        }
    }
    out.months = months;
    out.unthanked =
        exchanges.iter().filter(|e| e.direction == Direction::Received && e.thanked_on.is_none()).cloned().collect();
    out.unthanked.sort_by(|a, b| b.on.cmp(&a.on).then(b.id.0.cmp(&a.id.0)));
    let mut owed: Vec<Owed> = balances(exchanges, today)
        .into_iter()
        .filter(|(_, b)| b.received > b.given)
        .map(|(person, b)| Owed { person, given: b.given, received: b.received })
        .collect();
    owed.sort_by(|a, b| (b.received - b.given).cmp(&(a.received - a.given)).then(a.person.0.cmp(&b.person.0)));
    out.owed = owed;
    out
}

impl App {
    /// The caller's ledger report as of their today.
    pub async fn ledger_report(&self, caller: &Caller) -> Result<LedgerReport> {
        let exchanges = self.store.exchanges(caller.account, None).await?;
        Ok(report(&exchanges, caller.today))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rete_core::{ExchangeData, ExchangeId, Record};

    fn ex(id: i64, person: i64, direction: Direction, kind: ExchangeKind, on: &str, cents: Option<i64>) -> Exchange {
        Record {
            id: ExchangeId(id),
            data: ExchangeData {
                direction,
                kind,
                person: PersonId(person),
                on: on.parse().unwrap(),
                amount_cents: cents,
                note: None,
                thanked_on: None,
            },
        }
    }

    #[test]
    fn months_totals_unthanked_and_owed() {
        let today: NaiveDate = "2026-12-02".parse().unwrap();
        let all = vec![
            ex(1, 7, Direction::Received, ExchangeKind::Referral, "2026-11-20", None),
            ex(2, 7, Direction::Received, ExchangeKind::Business, "2026-12-01", Some(125_000)),
            ex(3, 8, Direction::Given, ExchangeKind::Introduction, "2026-01-15", None),
            // Older than a year: in no month and no total.
            ex(4, 8, Direction::Given, ExchangeKind::Referral, "2025-11-01", None),
        ];
        let r = report(&all, today);
        assert_eq!(r.months.len(), 12);
        assert_eq!(r.months[0].month, "2026-01");
        assert_eq!(r.months[11], Month { month: "2026-12".into(), given: 0, received: 1 });
        assert_eq!(r.months[10].received, 1);
        assert_eq!(r.months[0].given, 1);
        assert_eq!(r.received.referrals, 1);
        assert_eq!(r.received.business_cents, 125_000);
        assert_eq!(r.given.introductions, 1);
        assert_eq!(r.given.referrals, 0, "the exchange of 2025 is outside the twelve months");
        assert_eq!(r.unthanked.iter().map(|e| e.id.0).collect::<Vec<_>>(), vec![2, 1]);
        assert_eq!(r.owed, vec![Owed { person: PersonId(7), given: 0, received: 2 }]);
    }
}

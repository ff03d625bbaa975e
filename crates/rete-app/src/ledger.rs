//! The reciprocity ledger: what you gave and received, and thanking for
//! what you received.

use crate::milestones::MAX_NOTE_CHARS;
use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::{DateRule, Direction, Exchange, ExchangeData, ExchangeId, ExchangeKind, PersonId};
use rete_i18n::t;

/// A change to an exchange; absent fields stay as they are, an empty note
/// clears it. The direction stays: what was given was not received.
#[derive(Debug, Clone, Default)]
pub struct ExchangeChange {
    pub kind: Option<ExchangeKind>,
    pub person: Option<PersonId>,
    pub on: Option<NaiveDate>,
    /// Closed business, in euro cents.
    pub amount_cents: Option<i64>,
    pub note: Option<String>,
    /// Forgets the thanks recorded (they were not sent).
    pub not_thanked: bool,
}

fn check_amount(amount_cents: Option<i64>) -> Result<()> {
    if amount_cents.is_some_and(|a| a <= 0) {
        return Err(AppError::invalid("amount", "must be positive"));
    }
    Ok(())
}

impl App {
    /// Records an exchange after checking its date, amount, person and note.
    pub async fn record_exchange(&self, caller: &Caller, mut data: ExchangeData) -> Result<Exchange> {
        caller.check("on", data.on, DateRule::Happened)?;
        check_amount(data.amount_cents)?;
        self.store.person(caller.account, data.person).await?;
        data.note = caller.text("note", data.note, MAX_NOTE_CHARS)?;
        data.thanked_on = None;
        let id = self.store.add_exchange(caller.account, &data).await?;
        Ok(self.store.exchange(caller.account, id).await?)
    }

    /// Corrects an exchange under the rules of recording one; answers it
    /// as it now is. Thanks recorded before a date moved later move with it.
    pub async fn update_exchange(&self, caller: &Caller, id: ExchangeId, change: ExchangeChange) -> Result<Exchange> {
        let mut e = self.store.exchange(caller.account, id).await?;
        if let Some(kind) = change.kind {
            e.data.kind = kind;
        }
        if let Some(person) = change.person {
            e.data.person = self.store.person(caller.account, person).await?.id;
        }
        if let Some(on) = change.on {
            e.data.on = caller.check("on", on, DateRule::Happened)?;
        }
        if change.amount_cents.is_some() {
            check_amount(change.amount_cents)?;
            e.data.amount_cents = change.amount_cents;
        }
        if let Some(note) = change.note {
            e.data.note = caller.text("note", Some(note), MAX_NOTE_CHARS)?;
        }
        if change.not_thanked {
            e.data.thanked_on = None;
        }
        if e.data.thanked_on.is_some_and(|t| t < e.data.on) {
            e.data.thanked_on = Some(e.data.on);
        }
        self.store.update_exchange(caller.account, &e).await?;
        Ok(self.store.exchange(caller.account, id).await?)
    }

    /// Marks a received exchange thanked on the date typed (today when
    /// none), read against the exchange's own date: not before it.
    /// Thanks are for what you received: a gift you gave is refused.
    pub async fn thank_exchange(&self, caller: &Caller, id: ExchangeId, on: Option<&str>) -> Result<Exchange> {
        let exchange = self.store.exchange(caller.account, id).await?;
        if exchange.direction == Direction::Given {
            return Err(AppError::Refused(
                t!("error.thank_given", locale = caller.lang.as_str(), id = id).into_owned(),
            ));
        }
        let on = caller.date_or_today("on", on, DateRule::ThankFor(exchange.on))?;
        Ok(self.store.thank_exchange(caller.account, id, on).await?)
    }

    /// Exchanges newest first, with `person` when given.
    pub async fn exchanges(&self, caller: &Caller, person: Option<PersonId>) -> Result<Vec<Exchange>> {
        if let Some(p) = person {
            self.store.person(caller.account, p).await?;
        }
        Ok(self.store.exchanges(caller.account, person).await?)
    }

    pub async fn exchange(&self, caller: &Caller, id: ExchangeId) -> Result<Exchange> {
        Ok(self.store.exchange(caller.account, id).await?)
    }

    pub async fn delete_exchange(&self, caller: &Caller, id: ExchangeId) -> Result<Exchange> {
        Ok(self.store.delete_exchange(caller.account, id).await?)
    }
}

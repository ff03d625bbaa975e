//! The reciprocity ledger: what you gave and received, and thanking for
//! what you received.

use crate::{App, AppError, Caller, Result};
use rete_core::{DateRule, Direction, Exchange, ExchangeData, ExchangeId, PersonId};
use rust_i18n::t;

impl App {
    /// Records an exchange after checking its date, amount and person.
    pub async fn record_exchange(&self, caller: &Caller, mut data: ExchangeData) -> Result<Exchange> {
        caller.check("on", data.on, DateRule::Happened)?;
        if data.amount_cents.is_some_and(|a| a <= 0) {
            return Err(AppError::invalid("amount", "must be positive"));
        }
        self.store.person(caller.account, data.person).await?;
        data.note = data.note.filter(|s| !s.trim().is_empty());
        data.thanked_on = None;
        let id = self.store.add_exchange(caller.account, &data).await?;
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

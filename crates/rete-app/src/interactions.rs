//! Interactions: recording a contact (which resets the cadence of
//! everyone in it) and listing them.

use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::{DateRule, Interaction, InteractionData, InteractionId, PersonId};

impl App {
    /// Records an interaction after checking its date and that everyone
    /// in it is the caller's.
    pub async fn log_interaction(&self, caller: &Caller, mut data: InteractionData) -> Result<Interaction> {
        if data.with.is_empty() {
            return Err(AppError::invalid("with", "name at least one person"));
        }
        caller.check("on", data.on, DateRule::Happened)?;
        data.with.sort_unstable();
        data.with.dedup();
        for p in &data.with {
            self.store.person(caller.account, *p).await?;
        }
        data.topics = data.topics.filter(|s| !s.trim().is_empty());
        data.notes = data.notes.filter(|s| !s.trim().is_empty());
        let id = self.store.add_interaction(caller.account, &data).await?;
        Ok(self.store.interaction(caller.account, id).await?)
    }

    pub async fn interaction(&self, caller: &Caller, id: InteractionId) -> Result<Interaction> {
        Ok(self.store.interaction(caller.account, id).await?)
    }

    pub async fn delete_interaction(&self, caller: &Caller, id: InteractionId) -> Result<Interaction> {
        Ok(self.store.delete_interaction(caller.account, id).await?)
    }

    /// Interactions newest first, with `person` when given, since a date.
    pub async fn interactions(
        &self,
        caller: &Caller,
        person: Option<PersonId>,
        since: Option<NaiveDate>,
    ) -> Result<Vec<Interaction>> {
        let mut list = self.store.interactions(caller.account, person).await?;
        if let Some(since) = since {
            list.retain(|i| i.on >= since);
        }
        Ok(list)
    }
}

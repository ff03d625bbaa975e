//! Interactions: recording a contact (which resets the cadence of
//! everyone in it), correcting and listing them.

use crate::milestones::MAX_NOTE_CHARS;
use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::{DateRule, Initiator, Interaction, InteractionData, InteractionId, InteractionKind, PersonId, Purpose};

/// The longest notes kept on an interaction: a page or two of what was
/// said; longer is a pasted document.
pub const MAX_NOTES_CHARS: usize = 10_000;

/// A change to an interaction; absent fields stay as they are, empty
/// topics or notes clear them.
#[derive(Debug, Clone, Default)]
pub struct InteractionChange {
    pub kind: Option<InteractionKind>,
    pub on: Option<NaiveDate>,
    /// Who was there: replaces the list.
    pub with: Option<Vec<PersonId>>,
    pub topics: Option<String>,
    pub notes: Option<String>,
    pub purpose: Option<Purpose>,
    pub by: Option<Initiator>,
}

impl App {
    /// Records an interaction after checking its date, its text and that
    /// everyone in it is the caller's.
    pub async fn log_interaction(&self, caller: &Caller, mut data: InteractionData) -> Result<Interaction> {
        caller.check("on", data.on, DateRule::Happened)?;
        data.with = self.people_in(caller, std::mem::take(&mut data.with)).await?;
        data.topics = caller.text("topics", data.topics, MAX_NOTE_CHARS)?;
        data.notes = caller.text("notes", data.notes, MAX_NOTES_CHARS)?;
        let id = self.store.add_interaction(caller.account, &data).await?;
        Ok(self.store.interaction(caller.account, id).await?)
    }

    /// Corrects an interaction under the rules of recording one; answers
    /// it as it now is.
    pub async fn update_interaction(
        &self,
        caller: &Caller,
        id: InteractionId,
        change: InteractionChange,
    ) -> Result<Interaction> {
        let mut i = self.store.interaction(caller.account, id).await?;
        if let Some(kind) = change.kind {
            i.data.kind = kind;
        }
        if let Some(on) = change.on {
            i.data.on = caller.check("on", on, DateRule::Happened)?;
        }
        if let Some(with) = change.with {
            i.data.with = self.people_in(caller, with).await?;
        }
        if let Some(topics) = change.topics {
            i.data.topics = caller.text("topics", Some(topics), MAX_NOTE_CHARS)?;
        }
        if let Some(notes) = change.notes {
            i.data.notes = caller.text("notes", Some(notes), MAX_NOTES_CHARS)?;
        }
        if change.purpose.is_some() {
            i.data.purpose = change.purpose;
        }
        if let Some(by) = change.by {
            i.data.by = by;
        }
        self.store.update_interaction(caller.account, &i).await?;
        Ok(self.store.interaction(caller.account, id).await?)
    }

    /// The people of an interaction: at least one, each once, each the
    /// caller's.
    async fn people_in(&self, caller: &Caller, mut with: Vec<PersonId>) -> Result<Vec<PersonId>> {
        if with.is_empty() {
            return Err(AppError::invalid("with", "name at least one person"));
        }
        with.sort_unstable();
        with.dedup();
        for p in &with {
            self.store.person(caller.account, *p).await?;
        }
        Ok(with)
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

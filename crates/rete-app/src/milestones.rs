//! Milestones: moments worth a congratulation (a new job, a promotion, an
//! award, an anniversary), which the agenda turns into a message to send.

use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::{DateRule, Milestone, MilestoneData, MilestoneId, MilestoneKind, PersonId};
use rete_i18n::t;

/// The longest note kept on a milestone or an event.
pub const MAX_NOTE_CHARS: usize = 2_000;

/// A change to a milestone; absent fields stay as they are, an empty note
/// clears it.
#[derive(Debug, Clone, Default)]
pub struct MilestoneChange {
    pub kind: Option<MilestoneKind>,
    pub on: Option<NaiveDate>,
    pub note: Option<String>,
}

/// A note within [`MAX_NOTE_CHARS`].
fn check_note(caller: &Caller, note: &Option<String>) -> Result<()> {
    if note.as_ref().is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS) {
        let max = MAX_NOTE_CHARS;
        return Err(AppError::invalid("note", t!("field.too_long", locale = caller.lang.as_str(), max = max)));
    }
    Ok(())
}

impl App {
    /// Records a milestone of one of the caller's people.
    pub async fn add_milestone(&self, caller: &Caller, data: MilestoneData) -> Result<Milestone> {
        caller.check("on", data.on, DateRule::Planned)?;
        self.store.person(caller.account, data.person).await?;
        let data = MilestoneData { note: data.note.filter(|n| !n.trim().is_empty()), ..data };
        check_note(caller, &data.note)?;
        let id = self.store.add_milestone(caller.account, &data).await?;
        Ok(self.store.milestone(caller.account, id).await?)
    }

    /// Milestones by date, of one person or of everyone.
    pub async fn milestones(&self, caller: &Caller, person: Option<PersonId>) -> Result<Vec<Milestone>> {
        if let Some(p) = person {
            self.store.person(caller.account, p).await?;
        }
        Ok(self.store.milestones(caller.account, person).await?)
    }

    pub async fn milestone(&self, caller: &Caller, id: MilestoneId) -> Result<Milestone> {
        Ok(self.store.milestone(caller.account, id).await?)
    }

    pub async fn update_milestone(
        &self,
        caller: &Caller,
        id: MilestoneId,
        change: MilestoneChange,
    ) -> Result<Milestone> {
        let mut m = self.store.milestone(caller.account, id).await?;
        if let Some(kind) = change.kind {
            m.data.kind = kind;
        }
        if let Some(on) = change.on {
            m.data.on = caller.check("on", on, DateRule::Planned)?;
        }
        if let Some(note) = change.note {
            m.data.note = Some(note).filter(|n| !n.trim().is_empty());
        }
        check_note(caller, &m.data.note)?;
        self.store.update_milestone(caller.account, &m).await?;
        Ok(m)
    }

    pub async fn delete_milestone(&self, caller: &Caller, id: MilestoneId) -> Result<Milestone> {
        Ok(self.store.delete_milestone(caller.account, id).await?)
    }
}

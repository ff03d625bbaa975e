//! Follow-ups: what you promised to do for someone, and by when.

use crate::milestones::MAX_NOTE_CHARS;
use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::{DateRule, Followup, FollowupData, FollowupId, Origin, PersonId};

/// A change to a follow-up; absent fields stay as they are.
#[derive(Debug, Clone, Default)]
pub struct FollowupChange {
    pub person: Option<PersonId>,
    /// A new due date, which ends any snooze.
    pub due: Option<NaiveDate>,
    /// What was promised; it cannot be emptied.
    pub text: Option<String>,
    /// Opens it again (it was not done).
    pub reopen: bool,
}

/// What was promised: trimmed, required, not a pasted document.
fn promise(caller: &Caller, text: &str) -> Result<String> {
    caller.text("text", Some(text.to_string()), MAX_NOTE_CHARS)?.ok_or_else(|| AppError::required("text", caller.lang))
}

impl App {
    /// Adds a follow-up by hand, due within ten years.
    pub async fn add_followup(
        &self,
        caller: &Caller,
        person: PersonId,
        due: NaiveDate,
        text: &str,
    ) -> Result<Followup> {
        caller.check("due", due, DateRule::Planned)?;
        let text = promise(caller, text)?;
        self.store.person(caller.account, person).await?;
        let data = FollowupData { person, due, text, origin: Origin::Manual, done_on: None, snoozed_until: None };
        let id = self.store.add_followup(caller.account, &data).await?;
        Ok(self.store.followup(caller.account, id).await?)
    }

    /// Corrects a follow-up under the rules of adding one; answers it as
    /// it now is.
    pub async fn update_followup(&self, caller: &Caller, id: FollowupId, change: FollowupChange) -> Result<Followup> {
        let mut f = self.store.followup(caller.account, id).await?;
        if let Some(person) = change.person {
            f.data.person = self.store.person(caller.account, person).await?.id;
        }
        if let Some(due) = change.due {
            f.data.due = caller.check("due", due, DateRule::Planned)?;
            f.data.snoozed_until = None;
        }
        if let Some(text) = change.text {
            f.data.text = promise(caller, &text)?;
        }
        if change.reopen {
            f.data.done_on = None;
        }
        self.store.update_followup(caller.account, &f).await?;
        Ok(self.store.followup(caller.account, id).await?)
    }

    pub async fn followup(&self, caller: &Caller, id: FollowupId) -> Result<Followup> {
        Ok(self.store.followup(caller.account, id).await?)
    }

    /// Open follow-ups by due date, or all of them.
    pub async fn followups(&self, caller: &Caller, include_done: bool) -> Result<Vec<Followup>> {
        Ok(self.store.followups(caller.account, include_done).await?)
    }

    pub async fn complete_followup(&self, caller: &Caller, id: FollowupId, on: NaiveDate) -> Result<Followup> {
        caller.check("on", on, DateRule::Happened)?;
        Ok(self.store.complete_followup(caller.account, id, on).await?)
    }

    /// Puts a follow-up off to `until`: today or later.
    pub async fn snooze_followup(&self, caller: &Caller, id: FollowupId, until: NaiveDate) -> Result<Followup> {
        caller.check("until", until, DateRule::Snooze)?;
        Ok(self.store.snooze_followup(caller.account, id, until).await?)
    }

    pub async fn delete_followup(&self, caller: &Caller, id: FollowupId) -> Result<Followup> {
        Ok(self.store.delete_followup(caller.account, id).await?)
    }
}

//! Follow-ups: what you promised to do for someone, and by when.

use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::{DateRule, Followup, FollowupData, FollowupId, Origin, PersonId};

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
        let text = text.trim();
        if text.is_empty() {
            return Err(AppError::required("text", caller.lang));
        }
        self.store.person(caller.account, person).await?;
        let data = FollowupData {
            person,
            due,
            text: text.to_string(),
            origin: Origin::Manual,
            done_on: None,
            snoozed_until: None,
        };
        let id = self.store.add_followup(caller.account, &data).await?;
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

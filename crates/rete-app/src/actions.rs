//! Acting on the day's agenda from Today: *done* and *snooze* for any
//! action, so the web page (and any script) can clear a line with one tap
//! and the line means the same thing wherever it is cleared.
//!
//! What "done" records depends on what the action asked for: a follow-up
//! is completed, a received favour is thanked, and the actions that ask
//! you to write (a thank-you, a reply, a keep-in-touch, wishes) record the
//! message you sent today, which also resets the keep-in-touch clock. An
//! action that a message does not answer by itself (a birthday still
//! ahead, a one-to-one to propose, a favour to give back) is then put off
//! until its rule would no longer raise it, so it does not come back
//! tomorrow as if nothing had happened.

use crate::{App, AppError, Caller, Result};
use chrono::{Days, NaiveDate};
use rete_core::agenda::ActionKind;
use rete_core::{DateRule, ExchangeId, FollowupId, Initiator, InteractionData, InteractionKind, PersonId};
use rete_i18n::t;
use serde::{Deserialize, Serialize};

/// One line of the agenda, as a form or a request names it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActionRef {
    /// `thank_you`, `follow_up`, ... (an agenda item's `kind`).
    pub kind: String,
    pub person: i64,
    /// For `follow_up`: its id.
    #[serde(default)]
    pub followup: Option<i64>,
    /// For `thank_for_exchange`: its id.
    #[serde(default)]
    pub exchange: Option<i64>,
}

/// What clearing an action wrote, for the page to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cleared {
    FollowupDone,
    Thanked,
    MessageLogged,
    PutOff,
}

fn kind_of(action: &ActionRef, lang: rete_core::Lang) -> Result<ActionKind> {
    ActionKind::parse(&action.kind)
        .ok_or_else(|| AppError::invalid("kind", t!("error.not_an_action", locale = lang.as_str())))
}

fn after(d: NaiveDate, days: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(days))).unwrap_or(d)
}

impl App {
    /// Marks an action of the agenda done (see the module's doc).
    pub async fn complete_action(&self, caller: &Caller, action: &ActionRef) -> Result<Cleared> {
        let kind = kind_of(action, caller.lang)?;
        let person = PersonId(action.person);
        let today = caller.today;
        match kind {
            ActionKind::FollowUp => {
                let id = action.followup.ok_or_else(|| AppError::required("followup", caller.lang))?;
                let f = self.followup(caller, FollowupId(id)).await?;
                if f.person != person {
                    return Err(AppError::invalid("followup", t!("error.not_theirs", locale = caller.lang.as_str())));
                }
                self.complete_followup(caller, f.id, today).await?;
                Ok(Cleared::FollowupDone)
            }
            ActionKind::ThankForExchange => {
                let id = action.exchange.ok_or_else(|| AppError::required("exchange", caller.lang))?;
                let e = self.exchange(caller, ExchangeId(id)).await?;
                if e.person != person {
                    return Err(AppError::invalid("exchange", t!("error.not_theirs", locale = caller.lang.as_str())));
                }
                self.thank_exchange(caller, e.id, None).await?;
                Ok(Cleared::Thanked)
            }
            ActionKind::GiveBack => {
                // Giving is recorded in the ledger; here the nudge rests.
                self.store.snooze_action(caller.account, person, kind.as_str(), after(today, 30)).await?;
                Ok(Cleared::PutOff)
            }
            _ => {
                let message = InteractionData {
                    kind: InteractionKind::Message,
                    on: today,
                    with: vec![person],
                    topics: None,
                    notes: None,
                    purpose: None,
                    by: Initiator::Me,
                };
                self.log_interaction(caller, message).await?;
                let rules = &self.rules;
                let quiet = match kind {
                    ActionKind::Birthday => Some(rules.birthday_days + 1),
                    ActionKind::Milestone => Some(rules.milestone_days + 1),
                    ActionKind::ProposeOneToOne => Some(rules.one_to_one_max_days + 1),
                    _ => None,
                };
                if let Some(days) = quiet {
                    self.store.snooze_action(caller.account, person, kind.as_str(), after(today, days)).await?;
                }
                Ok(Cleared::MessageLogged)
            }
        }
    }

    /// Puts an action off until `until` (today or later; a follow-up's
    /// own due date moves).
    pub async fn snooze_action(&self, caller: &Caller, action: &ActionRef, until: NaiveDate) -> Result<()> {
        let kind = kind_of(action, caller.lang)?;
        caller.check("until", until, DateRule::Snooze)?;
        if kind == ActionKind::FollowUp {
            let id = action.followup.ok_or_else(|| AppError::required("followup", caller.lang))?;
            self.snooze_followup(caller, FollowupId(id), until).await?;
            return Ok(());
        }
        Ok(self.store.snooze_action(caller.account, PersonId(action.person), kind.as_str(), until).await?)
    }
}

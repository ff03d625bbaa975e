//! The day's agenda joined to names, with each reason in the caller's
//! language: `rete today`, the web's Today page and `GET /api/v1/today`
//! all return these items.

use crate::cache::Key;
use crate::{App, Caller, Result};
use chrono::NaiveDate;
use rete_core::agenda::agenda;
use rete_core::agenda::Why;
use rete_core::{reason, ExchangeId, FollowupId, PersonId};
use serde::Serialize;
use std::collections::HashMap;
use std::collections::HashSet;
use std::sync::Arc;

/// One thing to do, as scripts read it.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaItem {
    pub kind: &'static str,
    pub person: PersonRef,
    pub due: NaiveDate,
    pub reason: String,
    pub overdue: bool,
    /// The follow-up a `follow_up` is about (done and snooze act on it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub followup: Option<FollowupId>,
    /// The exchange a `thank_for_exchange` is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exchange: Option<ExchangeId>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonRef {
    pub id: PersonId,
    pub name: String,
}

impl App {
    /// What to do on `date`, ranked, each with its reason.
    pub async fn agenda(&self, caller: &Caller, date: NaiveDate) -> Result<Arc<Vec<AgendaItem>>> {
        self.cache.get(caller, Key::Agenda(date, caller.lang), self.make_agenda(caller, date)).await
    }

    async fn make_agenda(&self, caller: &Caller, date: NaiveDate) -> Result<Vec<AgendaItem>> {
        let facts = self.store.agenda_facts(caller.account, &self.rules.window(date)).await?;
        let names: HashMap<PersonId, &str> = facts.people.iter().map(|p| (p.id, p.name.as_str())).collect();
        // What the user put off ("snooze" on Today) stays quiet until its day.
        let snoozed: HashSet<(PersonId, String)> =
            self.store.action_snoozes(caller.account, date).await?.into_iter().collect();
        let actions = agenda(&facts, &self.rules, date);
        Ok(actions
            .into_iter()
            .filter(|a| !snoozed.contains(&(a.person, a.kind.as_str().to_string())))
            .map(|a| AgendaItem {
                kind: a.kind.as_str(),
                person: PersonRef {
                    id: a.person,
                    name: names.get(&a.person).map(|n| n.to_string()).unwrap_or_default(),
                },
                due: a.due,
                reason: reason::render(&a.why, date, caller.lang),
                overdue: a.is_overdue(date),
                followup: match a.why {
                    Why::FollowUp { id, .. } => Some(id),
                    _ => None,
                },
                exchange: match a.why {
                    Why::ThankForExchange { id, .. } => Some(id),
                    _ => None,
                },
            })
            .collect())
    }
}

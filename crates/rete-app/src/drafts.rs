//! Drafts: a message you could send as is, built from what the records say
//! of the relationship (how you met, the last contact, what they gave you,
//! their milestone), or the detail to record first when they say too
//! little for a message that is specific and personal.

use crate::{App, AppError, Caller, Result};
use rete_core::draft::{draft, DraftFacts, DraftKind, Moment};
use rete_core::{Direction, Initiator, PersonId, Purpose};
use serde::Serialize;

/// A drafted message and where it can be sent.
#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    pub person: crate::agenda::PersonRef,
    pub text: String,
    /// The person's first e-mail address, for a `mailto:` link.
    pub email: Option<String>,
    /// The person's first phone number, for a chat link.
    pub phone: Option<String>,
}

impl App {
    /// A `kind` message for `person`; `Refused` with the detail to record
    /// when the records hold too little for it.
    pub async fn draft(&self, caller: &Caller, person: PersonId, kind: DraftKind) -> Result<Draft> {
        let p = self.store.person(caller.account, person).await?;
        let interactions = self.store.interactions(caller.account, Some(p.id)).await?;
        let exchanges = self.store.exchanges(caller.account, Some(p.id)).await?;
        let milestones = self.store.milestones(caller.account, Some(p.id)).await?;
        let met = p.met_on.map(|on| Moment { on, place: p.met_at.clone(), topics: None });
        let last = interactions.iter().find(|i| i.on <= caller.today).map(|i| Moment {
            on: i.on,
            place: None,
            topics: i.topics.clone().or_else(|| i.notes.clone()),
        });
        let received =
            exchanges.iter().find(|e| e.direction == Direction::Received).map(|e| (e.kind, e.on, e.note.clone()));
        let milestone = milestones.first().map(|m| (m.kind, m.on, m.note.clone()));
        // What they asked you for is the clearest need you know of.
        let their_need = interactions
            .iter()
            .find(|i| i.by == Initiator::Them && i.purpose == Some(Purpose::Ask))
            .and_then(|i| i.topics.clone().or_else(|| i.notes.clone()));
        let facts = DraftFacts { name: p.name.clone(), met, last, received, milestone, their_need, your_offer: None };
        let text = draft(kind, &facts, caller.today, caller.lang).map_err(|missing| AppError::Refused(missing.0))?;
        Ok(Draft {
            person: crate::agenda::PersonRef { id: p.id, name: p.name.clone() },
            text,
            email: p.emails.first().cloned(),
            phone: p.phones.first().cloned(),
        })
    }
}

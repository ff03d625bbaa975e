//! Your own events: where you meet people, and whom you met there.

use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::{DateRule, Event, EventData, EventId, Initiator, InteractionData, InteractionKind, PersonId, Purpose};
use rete_i18n::t;

/// Whom of a community's members an event invites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invitees {
    /// Every member who opted in to the community's activities.
    All,
    /// These members, each by id (`12`, `#12`) or by name.
    Named(Vec<String>),
}

/// What an invitation did: the members invited now, and the event's
/// guests in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Invited {
    pub invited: usize,
    pub guests: usize,
}

/// The longest event name or place.
pub const MAX_EVENT_TEXT: usize = 300;

/// A change to an event; absent fields stay, an empty place clears it.
#[derive(Debug, Clone, Default)]
pub struct EventChange {
    pub name: Option<String>,
    pub on: Option<NaiveDate>,
    pub place: Option<String>,
    pub topics: Option<Vec<String>>,
    /// People to take off the list of those you met there.
    pub remove: Vec<PersonId>,
}

fn check_text(caller: &Caller, field: &'static str, value: &str) -> Result<()> {
    if value.chars().count() > MAX_EVENT_TEXT {
        let max = MAX_EVENT_TEXT;
        return Err(AppError::invalid(field, t!("field.too_long", locale = caller.lang.as_str(), max = max)));
    }
    Ok(())
}

fn clean_topics(topics: Vec<String>) -> Vec<String> {
    topics.into_iter().map(|t| clean(&t)).filter(|t| !t.is_empty()).collect()
}

/// A name, place or topic as typed, without terminal escapes or control
/// characters (as people's fields are kept), trimmed.
fn clean(text: &str) -> String {
    rete_core::text::clean_line(text.to_owned()).trim().to_string()
}

impl App {
    /// Invites members of `community` to an event, for its seating plan. A
    /// member named who opted out is refused by name, and so is a name
    /// that is nobody's or several members'; you organise, so you are not
    /// among the invited.
    pub async fn invite_to_event(
        &self,
        caller: &Caller,
        event: EventId,
        community: &rete_core::grow::Community,
        whom: &Invitees,
    ) -> Result<Invited> {
        use rete_core::grow::ME;
        use rete_core::text::fold;
        let l = caller.lang.as_str();
        let event = self.store.event(caller.account, event).await?;
        let profiles = self.store.profiles(caller.account, community.id).await?;
        let chosen: Vec<u64> = match whom {
            Invitees::All => profiles.iter().filter(|p| p.opt_in && p.member != ME).map(|p| p.member).collect(),
            Invitees::Named(keys) if keys.is_empty() => {
                return Err(AppError::invalid("members", t!("event.invite_whom", locale = l)));
            }
            Invitees::Named(keys) => {
                let mut chosen = Vec::new();
                for key in keys {
                    let id = key.trim().trim_start_matches('#').parse::<u64>().ok();
                    let found: Vec<_> = profiles
                        .iter()
                        .filter(|p| p.member != ME && (Some(p.member) == id || fold(&p.name) == fold(key)))
                        .collect();
                    let refuse = |message: std::borrow::Cow<'_, str>| AppError::invalid("members", message);
                    match found.as_slice() {
                        [one] if one.opt_in => chosen.push(one.member),
                        [one] => return Err(refuse(t!("event.opted_out", locale = l, name = one.name))),
                        [] => {
                            let c = &community.name;
                            return Err(refuse(t!("event.no_member", locale = l, name = key, community = c)));
                        }
                        _ => return Err(refuse(t!("event.ambiguous_member", locale = l, name = key))),
                    }
                }
                chosen
            }
        };
        if chosen.is_empty() {
            return Err(AppError::invalid("members", t!("event.no_members", locale = l, community = community.name)));
        }
        self.store.invite_to_event(caller.account, event.id, community.id, &chosen).await?;
        let guests = self.store.event_guests(caller.account, event.id).await?.len();
        Ok(Invited { invited: chosen.len(), guests })
    }

    /// Adds an event (past or planned, within ten years).
    pub async fn add_event(&self, caller: &Caller, data: EventData) -> Result<Event> {
        let name = clean(&data.name);
        if name.is_empty() {
            return Err(AppError::required("name", caller.lang));
        }
        check_text(caller, "name", &name)?;
        caller.check("on", data.on, DateRule::Planned)?;
        let place = data.place.map(|p| clean(&p)).filter(|p| !p.is_empty());
        if let Some(p) = &place {
            check_text(caller, "place", p)?;
        }
        for p in &data.attendees {
            self.store.person(caller.account, *p).await?;
        }
        let data = EventData { name, place, topics: clean_topics(data.topics), ..data };
        let id = self.store.add_event(caller.account, &data).await?;
        Ok(self.store.event(caller.account, id).await?)
    }

    /// Every event, by date.
    pub async fn events(&self, caller: &Caller) -> Result<Vec<Event>> {
        Ok(self.store.events(caller.account).await?)
    }

    pub async fn event(&self, caller: &Caller, id: EventId) -> Result<Event> {
        Ok(self.store.event(caller.account, id).await?)
    }

    /// The event a person typed: `#12` or `12` by id, else by name (exact
    /// if any is, else those containing it); several are `Ambiguous`
    /// with their dates, so the person can pick one by id.
    pub async fn find_event(&self, caller: &Caller, key: &str) -> Result<Event> {
        let key = key.trim();
        if let Ok(id) = key.trim_start_matches('#').parse::<i64>() {
            return self.event(caller, EventId(id)).await;
        }
        let mut found = self.store.events_named(caller.account, key).await?;
        match found.len() {
            0 => Err(AppError::NotFound { what: "event", key: key.to_string() }),
            1 => Ok(found.remove(0)),
            _ => Err(AppError::Ambiguous {
                what: "event",
                key: key.to_string(),
                candidates: found
                    .iter()
                    .take(10)
                    .map(|e| crate::error::Candidate { id: e.id.0, label: format!("{} ({})", e.name, e.on) })
                    .collect(),
            }),
        }
    }

    /// Records that you met `people` at the event.
    pub async fn attend_event(&self, caller: &Caller, id: EventId, people: &[PersonId]) -> Result<Event> {
        if people.is_empty() {
            return Err(AppError::required("with", caller.lang));
        }
        let event = self.store.event(caller.account, id).await?;
        for p in people {
            self.store.person(caller.account, *p).await?;
        }
        // Being at an event that happened with someone is meeting them, as
        // a logged meeting or a debrief says: the thank-you, the one-to-one
        // and the last-contact clock start. Only for those newly recorded
        // as there; an event still to come is a plan, not a meeting.
        let new: Vec<PersonId> = people.iter().copied().filter(|p| !event.attendees.contains(p)).collect();
        let encounter = (event.on <= caller.today && !new.is_empty()).then(|| InteractionData {
            kind: InteractionKind::Event,
            on: event.on,
            with: new,
            topics: (!event.topics.is_empty()).then(|| event.topics.join(", ")),
            notes: Some(t!("debrief.note", locale = caller.lang.as_str(), name = event.name).into_owned()),
            purpose: Some(Purpose::Social),
            by: Initiator::Me,
        });
        Ok(self.store.attend_event(caller.account, id, people, encounter.as_ref()).await?)
    }

    pub async fn update_event(&self, caller: &Caller, id: EventId, change: EventChange) -> Result<Event> {
        let mut e = self.store.event(caller.account, id).await?;
        if let Some(name) = change.name {
            let name = clean(&name);
            if name.is_empty() {
                return Err(AppError::required("name", caller.lang));
            }
            check_text(caller, "name", &name)?;
            e.data.name = name;
        }
        if let Some(on) = change.on {
            e.data.on = caller.check("on", on, DateRule::Planned)?;
        }
        if let Some(place) = change.place {
            let place = clean(&place);
            check_text(caller, "place", &place)?;
            e.data.place = Some(place).filter(|p| !p.is_empty());
        }
        if let Some(topics) = change.topics {
            e.data.topics = clean_topics(topics);
        }
        e.data.attendees.retain(|a| !change.remove.contains(a));
        self.store.update_event(caller.account, &e).await?;
        Ok(self.store.event(caller.account, id).await?)
    }

    pub async fn delete_event(&self, caller: &Caller, id: EventId) -> Result<Event> {
        Ok(self.store.delete_event(caller.account, id).await?)
    }
}

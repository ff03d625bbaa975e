//! The debrief of an event you seated: the people you sat with come into
//! your network with how you met (the event and its date), the meeting is
//! logged, and the thank-you and the one-to-one proposal are scheduled as
//! follow-ups (the agenda then shows them instead of its own rules).
//! Debriefing twice changes nothing the second time.
//!
//! A member you sat with is a person of your network by rete's one rule of
//! who is who ([`crate::grow::person_of`]): they are not added twice.

use crate::grow::person_of;
use crate::{App, Caller, Result};
use chrono::{Days, NaiveDate};
use rete_core::grow::MemberProfile;
use rete_core::seating::Participant;
use rete_core::{
    CommunityId, EventId, Followup, FollowupData, Initiator, InteractionData, InteractionId, InteractionKind, Origin,
    PersonData, PersonId, Purpose, Tier,
};
use rete_i18n::t;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Days after the event when the one-to-one should be proposed.
pub const ONE_TO_ONE_AFTER_DAYS: u64 = 3;

/// Someone you sat with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Met {
    pub id: PersonId,
    pub name: String,
    /// Added to your network by this debrief.
    pub new: bool,
    /// The rounds you shared a table, in order.
    pub rounds: Vec<u32>,
}

/// What a debrief did.
#[derive(Debug, Clone, Serialize)]
pub struct Debrief {
    pub event: EventRef,
    /// Whom you sat with, each once.
    pub met: Vec<Met>,
    /// When the thank-yous are due (the day after the event, or today).
    pub thank_on: NaiveDate,
    /// When the one-to-one proposals are due.
    pub one_to_one_on: NaiveDate,
    /// The encounter logged by this debrief, when it logged one.
    pub logged: Option<InteractionId>,
    /// The follow-ups this debrief scheduled (none when run again).
    pub followups: Vec<Followup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRef {
    pub id: EventId,
    pub name: String,
    pub on: NaiveDate,
}

/// Why an event cannot be debriefed, for each front end to word with its
/// own next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotDebriefed {
    /// The event has not happened yet: nobody has been met.
    NotYet,
    /// No seating plan is saved for the event.
    NoPlan,
    /// The plan seats you nowhere (it was planned without you).
    NotSeated,
    /// Nobody sat at your tables.
    Alone,
}

impl NotDebriefed {
    pub fn code(self) -> &'static str {
        match self {
            NotDebriefed::NotYet => "not_yet",
            NotDebriefed::NoPlan => "no_plan",
            NotDebriefed::NotSeated => "not_seated",
            NotDebriefed::Alone => "alone",
        }
    }
}

/// A debrief done, or why it cannot be.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Debriefed {
    Done(Debrief),
    Not { event: EventRef, why: NotDebriefed },
}

impl App {
    /// Debriefs the event from its saved seating plan. Writes nothing when
    /// the event cannot be debriefed ([`Debriefed::Not`]).
    pub async fn debrief(&self, caller: &Caller, event: EventId) -> Result<Debriefed> {
        let l = caller.lang.as_str();
        let account = caller.account;
        let event = self.store.event(account, event).await?;
        let event_ref = EventRef { id: event.id, name: event.name.clone(), on: event.on };
        let not = |why| Ok(Debriefed::Not { event: event_ref.clone(), why });
        if event.on > caller.today {
            return not(NotDebriefed::NotYet);
        }
        let seats = self.store.seating(account, event.id).await?;
        if seats.is_empty() {
            return not(NotDebriefed::NoPlan);
        }
        let mine: Vec<(u32, u32)> =
            seats.iter().filter(|s| s.who == Participant::Me).map(|s| (s.round, s.table)).collect();
        if mine.is_empty() {
            return not(NotDebriefed::NotSeated);
        }
        // Whom you sat with, and in which rounds.
        let mut tablemates: BTreeMap<Participant, Vec<u32>> = BTreeMap::new();
        for s in seats.iter().filter(|s| s.who != Participant::Me && mine.contains(&(s.round, s.table))) {
            tablemates.entry(s.who).or_default().push(s.round);
        }
        let mut people = self.store.people(account).await?;
        let mut profiles: HashMap<CommunityId, Vec<MemberProfile>> = HashMap::new();
        let mut met: Vec<Met> = Vec::new();
        for (who, rounds) in tablemates {
            let (person, new) = match who {
                Participant::Me => continue,
                Participant::Person { id } => (self.store.person(account, id).await?, false),
                Participant::Member { community, member } => {
                    if let std::collections::hash_map::Entry::Vacant(slot) = profiles.entry(community) {
                        slot.insert(self.store.profiles(account, community).await?);
                    }
                    let Some(profile) =
                        profiles.get(&community).and_then(|all| all.iter().find(|p| p.member == member))
                    else {
                        continue;
                    };
                    match person_of(profile, &people) {
                        Some(p) => (p.clone(), false),
                        None => {
                            let mut data = PersonData::named(profile.name.clone());
                            data.emails = profile.email.iter().cloned().collect();
                            data.department = profile.department.clone();
                            data.city = profile.city.clone();
                            data.sector = profile.sector.clone();
                            data.tier = Tier::Network;
                            data.met_on = Some(event.on);
                            data.met_at = Some(event.name.clone());
                            let id = self.store.add_person(account, &data).await?;
                            let p = self.store.person(account, id).await?;
                            people.push(p.clone());
                            (p, true)
                        }
                    }
                }
            };
            if person.met_on.is_none() {
                let mut updated = person.clone();
                updated.data.met_on = Some(event.on);
                updated.data.met_at = Some(event.name.clone());
                self.store.update_person(account, &updated).await?;
            }
            // The same human seated twice (a contact and a member, or a
            // member of two communities) is one person met.
            match met.iter_mut().find(|m| m.id == person.id) {
                Some(m) => {
                    m.new |= new;
                    m.rounds.extend(rounds);
                    m.rounds.sort_unstable();
                    m.rounds.dedup();
                }
                None => met.push(Met { id: person.id, name: person.name.clone(), new, rounds }),
            }
        }
        if met.is_empty() {
            return not(NotDebriefed::Alone);
        }
        let ids: Vec<PersonId> = met.iter().map(|m| m.id).collect();
        self.store.attend_event(account, event.id, &ids, None).await?;

        // The encounters, logged once: one interaction per person, on the day.
        let logged = self.store.interactions(account, None).await?;
        let pairs = seats.iter().filter(|s| mine.first().is_some_and(|m| (s.round, s.table) == *m)).count() == 2;
        let kind = if pairs { InteractionKind::SpeedDate } else { InteractionKind::Event };
        let topics = (!event.topics.is_empty()).then(|| event.topics.join(", "));
        let fresh: Vec<PersonId> = ids
            .iter()
            .copied()
            .filter(|id| !logged.iter().any(|i| i.on == event.on && i.kind == kind && i.with.contains(id)))
            .collect();
        let mut interaction = None;
        if !fresh.is_empty() {
            let data = InteractionData {
                kind,
                on: event.on,
                with: fresh,
                topics,
                notes: Some(t!("debrief.note", locale = l, name = event.name).into_owned()),
                purpose: Some(Purpose::Social),
                by: Initiator::Me,
            };
            interaction = Some(self.store.add_interaction(account, &data).await?);
        }
        // The follow-ups, scheduled once per person.
        let open = self.store.followups(account, true).await?;
        let thank_on = event.on.checked_add_days(Days::new(1)).unwrap_or(event.on).max(caller.today);
        let one_to_one_on =
            event.on.checked_add_days(Days::new(ONE_TO_ONE_AFTER_DAYS)).unwrap_or(event.on).max(thank_on);
        let mut followups = Vec::new();
        for m in &met {
            if open.iter().any(|f| f.person == m.id && f.origin == Origin::Debrief) {
                continue;
            }
            for (due, key) in [(thank_on, "debrief.thank"), (one_to_one_on, "debrief.one_to_one")] {
                let text = t!(key, locale = l, name = m.name, event = event.name).into_owned();
                let data = FollowupData {
                    person: m.id,
                    due,
                    text,
                    origin: Origin::Debrief,
                    done_on: None,
                    snoozed_until: None,
                };
                let id = self.store.add_followup(account, &data).await?;
                followups.push(self.store.followup(account, id).await?);
            }
        }
        Ok(Debriefed::Done(Debrief { event: event_ref, met, thank_on, one_to_one_on, logged: interaction, followups }))
    }
}

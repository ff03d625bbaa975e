//! `rete event debrief`: after the event, the people you sat with come into
//! your network with how you met (the event and its date), the meeting is
//! logged, and the thank-you and one-to-one proposal are scheduled as
//! follow-ups (the agenda then shows them instead of its own rules).
//! Running it twice changes nothing the second time.

use super::directory::person_of;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use crate::resolve;
use chrono::Days;
use rete_core::grow::MemberProfile;
use rete_core::seating::Participant;
use rete_core::*;
use rust_i18n::t;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Days after the event when the one-to-one should be proposed.
const ONE_TO_ONE_AFTER_DAYS: u64 = 3;

#[derive(Debug, Serialize)]
struct Met {
    id: PersonId,
    name: String,
    /// Added to your network by this debrief.
    new: bool,
    rounds: Vec<u32>,
}

pub async fn run(ctx: &Ctx, key: &str, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let event = resolve::event(ctx, key).await?;
    let seats = ctx.store.seating(ctx.account, event.id).await?;
    if seats.is_empty() {
        return Err(bad_input(t!("debrief.no_plan", locale = l, name = event.name)));
    }
    let mine: Vec<(u32, u32)> = seats.iter().filter(|s| s.who == Participant::Me).map(|s| (s.round, s.table)).collect();
    if mine.is_empty() {
        return Err(bad_input(t!("debrief.not_seated", locale = l, name = event.name)));
    }
    // Whom you sat with, and in which rounds.
    let mut tablemates: BTreeMap<Participant, Vec<u32>> = BTreeMap::new();
    for s in seats.iter().filter(|s| s.who != Participant::Me && mine.contains(&(s.round, s.table))) {
        tablemates.entry(s.who).or_default().push(s.round);
    }
    let mut people = ctx.store.people(ctx.account).await?;
    let mut profiles: HashMap<CommunityId, Vec<MemberProfile>> = HashMap::new();
    let mut met: Vec<Met> = Vec::new();
    for (who, rounds) in tablemates {
        let (person, new) = match who {
            Participant::Me => continue,
            Participant::Person { id } => (ctx.store.person(ctx.account, id).await?, false),
            Participant::Member { community, member } => {
                if let std::collections::hash_map::Entry::Vacant(slot) = profiles.entry(community) {
                    slot.insert(ctx.store.profiles(ctx.account, community).await?);
                }
                let Some(profile) = profiles.get(&community).and_then(|all| all.iter().find(|p| p.member == member))
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
                        let id = ctx.store.add_person(ctx.account, &data).await?;
                        let p = ctx.store.person(ctx.account, id).await?;
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
            ctx.store.update_person(ctx.account, &updated).await?;
        }
        met.push(Met { id: person.id, name: person.name.clone(), new, rounds });
    }
    if met.is_empty() {
        return Err(bad_input(t!("debrief.alone", locale = l, name = event.name)));
    }
    let ids: Vec<PersonId> = met.iter().map(|m| m.id).collect();
    ctx.store.attend_event(ctx.account, event.id, &ids).await?;

    // The encounters, logged once: one interaction per person, on the day.
    let logged = ctx.store.interactions(ctx.account, None).await?;
    let pairs = seats.iter().filter(|s| mine.first().is_some_and(|m| (s.round, s.table) == *m)).count() == 2;
    let kind = if pairs { InteractionKind::SpeedDate } else { InteractionKind::Event };
    let topics = (!event.topics.is_empty()).then(|| event.topics.join(", "));
    let fresh: Vec<PersonId> = ids
        .iter()
        .copied()
        .filter(|id| !logged.iter().any(|i| i.on == event.on && i.kind == kind && i.with.contains(id)))
        .collect();
    if !fresh.is_empty() {
        let data = InteractionData {
            kind,
            on: event.on,
            with: fresh.clone(),
            topics,
            notes: Some(t!("debrief.note", locale = l, name = event.name).into_owned()),
            purpose: Some(Purpose::Social),
            by: Initiator::Me,
        };
        ctx.store.add_interaction(ctx.account, &data).await?;
    }
    // The follow-ups, scheduled once per person.
    let open = ctx.store.followups(ctx.account, true).await?;
    let thank_on = event.on.checked_add_days(Days::new(1)).unwrap_or(event.on).max(ctx.today);
    let one_to_one_on = event.on.checked_add_days(Days::new(ONE_TO_ONE_AFTER_DAYS)).unwrap_or(event.on).max(thank_on);
    for m in &met {
        if open.iter().any(|f| f.person == m.id && f.origin == Origin::Debrief) {
            continue;
        }
        for (due, key) in [(thank_on, "debrief.thank"), (one_to_one_on, "debrief.one_to_one")] {
            let text = t!(key, locale = l, name = m.name, event = event.name).into_owned();
            let f =
                FollowupData { person: m.id, due, text, origin: Origin::Debrief, done_on: None, snoozed_until: None };
            ctx.store.add_followup(ctx.account, &f).await?;
        }
    }
    if json {
        return output::json(&met);
    }
    println!("{}", t!("debrief.header", locale = l, name = event.name, date = event.on, count = met.len()));
    let mut table = output::table(vec![
        t!("field.id", locale = l).into_owned(),
        t!("field.name", locale = l).into_owned(),
        t!("debrief.col.rounds", locale = l).into_owned(),
        String::new(),
    ]);
    for m in &met {
        let rounds = m.rounds.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        let new = if m.new { t!("debrief.new", locale = l).into_owned() } else { String::new() };
        table.add_row(vec![m.id.to_string(), m.name.clone(), rounds, new]);
    }
    println!("{table}");
    println!("{}", t!("debrief.next", locale = l, thank = thank_on, one_to_one = one_to_one_on));
    Ok(())
}

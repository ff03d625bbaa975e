//! Speed-networking plans for one of your events: who takes part (you,
//! the people you met there, the community members invited; a member who
//! is already in your network sits as that person), who already knows
//! whom (so the plan keeps them apart), give-give scores for pairs, and
//! the seating saved for the debrief.

use crate::grow::{engine, match_lang, person_of, same};
use crate::{App, AppError, Caller, Result};
use rete_core::grow::{MemberProfile, ME};
use rete_core::seating::{Participant, Seat};
use rete_core::text::fold;
use rete_core::{CommunityId, Event, EventId, Lang, PersonId};
use rete_i18n::t;
use rete_plan::{plan, Plan, PlanError, PlanRequest};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

/// What the organiser asks of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanSpec {
    pub table_size: usize,
    /// Table sizes allowed (`--tables 4,5`), when rete may choose the mix.
    pub tables: Option<Vec<usize>>,
    pub rounds: usize,
    pub seed: u64,
    /// Seconds the search may take.
    pub time_limit: f64,
}

/// The planner's refusal in the reader's terms.
pub fn plan_error(e: PlanError, lang: Lang) -> AppError {
    let l = lang.as_str();
    match e {
        PlanError::BadSizes(_) => AppError::Refused(t!("plan.bad_tables", locale = l).into_owned()),
        PlanError::NoMix { people, sizes } => {
            let sizes = sizes.iter().map(usize::to_string).collect::<Vec<_>>().join(t!("plan.or", locale = l).as_ref());
            AppError::Refused(t!("plan.no_mix", locale = l, people = people, sizes = sizes).into_owned())
        }
        other => AppError::Refused(other.to_string()),
    }
}

/// Plans `people` participants, keeping the pairs in `ties` apart and
/// preferring pairs `weight` scores high.
pub fn compute(
    spec: &PlanSpec,
    people: usize,
    ties: &[(usize, usize)],
    weight: Option<&(dyn Fn(usize, usize) -> f64 + Sync)>,
    lang: Lang,
) -> Result<Plan> {
    if spec.rounds == 0 {
        return Err(AppError::invalid("rounds", "must be at least 1"));
    }
    if !(spec.time_limit.is_finite() && spec.time_limit > 0.0) {
        return Err(AppError::invalid("time-limit", "must be a positive number of seconds"));
    }
    let request = PlanRequest {
        people,
        table_size: spec.table_size,
        rounds: spec.rounds,
        ties,
        weight,
        seed: spec.seed,
        budget: Duration::from_secs_f64(spec.time_limit),
        allowed: spec.tables.as_deref(),
    };
    plan(&request).map_err(|e| plan_error(e, lang))
}

/// One participant of an event's plan.
#[derive(Debug, Clone, Serialize)]
pub struct Seated {
    /// `me`, `person:ID` or `member:COMMUNITY:ID`.
    pub key: String,
    pub name: String,
    #[serde(skip)]
    pub who: Participant,
}

/// An event's plan, saved for its debrief.
#[derive(Debug, Clone)]
pub struct EventPlan {
    pub event: Event,
    /// By the planner's index.
    pub participants: Vec<Seated>,
    /// Pairs (by index) who already know each other.
    pub ties: Vec<(usize, usize)>,
    pub plan: Plan,
    /// Whether pairs were scored by give-give (tables of two, with
    /// invited members' profiles).
    pub scored: bool,
    /// Why two participants (by index, in their table's order) make a good
    /// pair, in the caller's language.
    pub reasons: HashMap<(usize, usize), String>,
}

impl App {
    /// Plans `event` and saves its seating.
    pub async fn plan_event(&self, caller: &Caller, id: EventId, spec: &PlanSpec, with_me: bool) -> Result<EventPlan> {
        let l = caller.lang.as_str();
        let event = self.store.event(caller.account, id).await?;
        let people = self.store.people(caller.account).await?;
        let by_id: HashMap<PersonId, &rete_core::Person> = people.iter().map(|p| (p.id, p)).collect();
        let interactions = self.store.interactions(caller.account, None).await?;

        let mut who: Vec<Participant> = Vec::new();
        if with_me {
            who.push(Participant::Me);
        }
        who.extend(event.attendees.iter().map(|&id| Participant::Person { id }));
        // Invited members' profiles, by community; a member who is already
        // in your network sits as that person.
        let mut profiles: HashMap<CommunityId, Vec<MemberProfile>> = HashMap::new();
        for (community, member) in self.store.event_guests(caller.account, event.id).await? {
            if let std::collections::hash_map::Entry::Vacant(slot) = profiles.entry(community) {
                slot.insert(self.store.profiles(caller.account, community).await?);
            }
            let Some(p) = profiles.get(&community).and_then(|all| all.iter().find(|p| p.member == member)) else {
                continue;
            };
            let as_person = person_of(p, &people).map(|person| Participant::Person { id: person.id });
            let seat = as_person.unwrap_or(Participant::Member { community, member });
            if !who.contains(&seat) {
                who.push(seat);
            }
        }
        if who.len() < 2 {
            return Err(AppError::Refused(t!("plan.nobody", locale = l, name = event.name).into_owned()));
        }

        // Who already knows whom: you know everyone you have been in touch
        // with; two people know each other when one introduced the other,
        // they were at one of your meetings together, or they work at the
        // same company.
        // Only what happened before the event counts: meeting someone at
        // this very event (its attendance, its debrief) is what the plan
        // arranges, not a reason to keep two people apart. And a crowd is
        // no acquaintance: two people at one event or speed date of yours
        // have not necessarily met each other.
        let before: Vec<&rete_core::Interaction> = interactions.iter().filter(|i| i.on < event.on).collect();
        let mut in_touch: HashSet<PersonId> = before.iter().flat_map(|i| i.with.iter().copied()).collect();
        in_touch.extend(people.iter().filter(|p| p.met_on.is_some_and(|d| d < event.on)).map(|p| p.id));
        let mut together: HashSet<(PersonId, PersonId)> = HashSet::new();
        let crowd = |k: rete_core::InteractionKind| {
            matches!(k, rete_core::InteractionKind::Event | rete_core::InteractionKind::SpeedDate)
        };
        for i in before.iter().filter(|i| i.with.len() > 1 && !crowd(i.kind)) {
            for (n, &a) in i.with.iter().enumerate() {
                for &b in &i.with[n + 1..] {
                    together.insert((a.min(b), a.max(b)));
                }
            }
        }
        let knows = |a: &Participant, b: &Participant| -> bool {
            match (a, b) {
                (Participant::Me, Participant::Person { id }) | (Participant::Person { id }, Participant::Me) => {
                    in_touch.contains(id)
                }
                (Participant::Person { id: x }, Participant::Person { id: y }) => {
                    let (Some(p), Some(q)) = (by_id.get(x), by_id.get(y)) else { return false };
                    let colleagues = match (&p.company, &q.company) {
                        (Some(c), Some(d)) => !c.trim().is_empty() && fold(c) == fold(d),
                        _ => false,
                    };
                    p.introduced_by == Some(*y)
                        || q.introduced_by == Some(*x)
                        || together.contains(&(*x.min(y), *x.max(y)))
                        || colleagues
                }
                _ => false,
            }
        };
        let mut ties = Vec::new();
        for i in 0..who.len() {
            for j in i + 1..who.len() {
                if knows(&who[i], &who[j]) {
                    ties.push((i, j));
                }
            }
        }

        let mut member_names: HashMap<(CommunityId, u64), String> = HashMap::new();
        for (c, all) in &profiles {
            for p in all {
                member_names.insert((*c, p.member), p.name.clone());
            }
        }
        let you = t!("plan.you", locale = l).into_owned();
        let participants: Vec<Seated> = who
            .iter()
            .map(|w| {
                let (key, name) = match w {
                    Participant::Me => ("me".to_string(), you.clone()),
                    Participant::Person { id } => {
                        (format!("person:{id}"), by_id.get(id).map_or_else(|| format!("#{id}"), |p| p.name.clone()))
                    }
                    Participant::Member { community, member } => (
                        format!("member:{community}:{member}"),
                        member_names
                            .get(&(*community, *member))
                            .cloned()
                            .unwrap_or_else(|| format!("{community}:{member}")),
                    ),
                };
                Seated { key, name, who: *w }
            })
            .collect();

        // Give-give scores for pairs, within the community most guests come from.
        let main = profiles.iter().max_by_key(|(_, v)| v.len()).map(|(c, _)| *c);
        let scored = match main.and_then(|c| profiles.remove(&c).map(|v| (c, v))) {
            Some((community, all)) if spec.table_size == 2 => {
                let member_of: Vec<Option<u64>> = who
                    .iter()
                    .map(|w| match w {
                        Participant::Me => all.iter().find(|p| p.member == ME).map(|p| p.member),
                        Participant::Member { community: c, member } => (*c == community).then_some(*member),
                        Participant::Person { id } => {
                            by_id.get(id).and_then(|person| all.iter().find(|p| same(person, p))).map(|p| p.member)
                        }
                    })
                    .collect();
                Some((engine(&all)?, member_of))
            }
            _ => None,
        };
        let weight = scored.as_ref().map(|(engine, member_of)| {
            move |a: usize, b: usize| match (member_of[a], member_of[b]) {
                (Some(x), Some(y)) => engine.score(x, y).unwrap_or(0.0),
                _ => 0.0,
            }
        });
        let weight_ref = weight.as_ref().map(|w| w as &(dyn Fn(usize, usize) -> f64 + Sync));
        let plan = compute(spec, who.len(), &ties, weight_ref, caller.lang)?;

        let mut reasons = HashMap::new();
        if let Some((engine, member_of)) = &scored {
            for table in plan.rounds.iter().flatten().filter(|t| t.len() == 2) {
                let (a, b) = (table[0], table[1]);
                if let (Some(x), Some(y)) = (member_of[a], member_of[b]) {
                    if let Ok(e) = engine.explain(x, y, match_lang(caller.lang)) {
                        let text =
                            e.render_between(match_lang(caller.lang), &participants[a].name, &participants[b].name);
                        reasons.insert((a, b), text);
                    }
                }
            }
        }

        let mut seats = Vec::new();
        for (r, round) in plan.rounds.iter().enumerate() {
            for (t, table) in round.iter().enumerate() {
                for &i in table {
                    seats.push(Seat {
                        round: u32::try_from(r + 1).unwrap_or(u32::MAX),
                        table: u32::try_from(t + 1).unwrap_or(u32::MAX),
                        who: who[i],
                    });
                }
            }
        }
        self.store.save_seating(caller.account, event.id, &seats).await?;
        Ok(EventPlan { event, participants, ties, plan, scored: scored.is_some(), reasons })
    }
}

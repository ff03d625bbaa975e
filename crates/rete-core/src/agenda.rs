//! The daily agenda: what to do today, for whom, and why.
//!
//! Each rule is a pure function of the facts and a date, so `rete today`,
//! the web page and the calendar feed always agree. Thresholds live in
//! `AgendaRules` and can be changed in the configuration.

use crate::activity::{Exchange, Followup, Milestone};
use crate::ids::{ExchangeId, FollowupId, PersonId};
use crate::person::Person;
use crate::strength::{balances, strength, Balance};
use crate::summary::{year_before, ContactSummary};
use crate::vocab::{Direction, ExchangeKind, MilestoneKind, Origin, Status, Tier};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Every threshold of the rules, with the defaults of the issue tracker's
/// table; `[agenda]` in the config file overrides any of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AgendaRules {
    /// Thank-you after an encounter within this many days.
    pub thank_you_days: u32,
    /// Propose a one-to-one between these many days after a first meeting.
    pub one_to_one_min_days: u32,
    pub one_to_one_max_days: u32,
    /// Birthdays this many days ahead.
    pub birthday_days: u32,
    /// Congratulate milestones this recent.
    pub milestone_days: u32,
    /// Received exchanges this recent still deserve a thank-you.
    pub thank_exchange_days: u32,
    /// Received this many more than given in 12 months: time to give back.
    pub give_back_surplus: u32,
    /// Asked this many times with nothing given: time to give back.
    pub give_back_asks: u32,
    /// A message from them unanswered for more than this many days.
    pub reply_after_days: u32,
    pub cadence_inner: u32,
    pub cadence_close: u32,
    pub cadence_network: u32,
    /// At most this many keep-in-touch nudges a day, strongest ties first
    /// (0: no limit). A list of 150 cold ties is not a plan for today.
    pub keep_in_touch_per_day: u32,
}

impl Default for AgendaRules {
    fn default() -> Self {
        AgendaRules {
            thank_you_days: 2,
            one_to_one_min_days: 1,
            one_to_one_max_days: 7,
            birthday_days: 7,
            milestone_days: 14,
            thank_exchange_days: 90,
            give_back_surplus: 2,
            give_back_asks: 3,
            reply_after_days: 1,
            cadence_inner: 14,
            cadence_close: 30,
            cadence_network: 90,
            keep_in_touch_per_day: 5,
        }
    }
}

impl AgendaRules {
    /// The keep-in-touch cadence of a person under these rules.
    pub fn cadence(&self, p: &Person) -> Option<u32> {
        if p.status == Status::RedFlag {
            return None;
        }
        let tier = match p.tier {
            Tier::Inner => self.cadence_inner,
            Tier::Close => self.cadence_close,
            Tier::Network => self.cadence_network,
            Tier::Archived => return None,
        };
        Some(p.cadence_days.unwrap_or(tier))
    }
}

/// Who can have an action on one day, as bounds a store can test in SQL:
/// the agenda of a large network then reads the few thousand people who
/// may need something today instead of all of them. The bounds are loose
/// on purpose (someone inside may still have nothing to do); someone
/// outside can have no action, which the store conformance suite checks
/// by comparing the agenda of these people with the agenda of everyone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaWindow {
    pub today: NaiveDate,
    /// `thank_you`: an encounter on or after this day.
    pub encounter_since: NaiveDate,
    /// `propose_one_to_one`: a first encounter on or after this day.
    pub first_encounter_since: NaiveDate,
    /// `give_back`: at least this many asks in the last 12 months (a
    /// leaning ledger is found through the exchanges themselves).
    pub asks_at_least: u32,
    /// `birthday`: the `MM-DD` of the birthday between these two, the end
    /// a day past the rule's last day so that 29 February, kept on the 28th
    /// in common years, is never missed; `from > to` wraps past the new
    /// year, `None` takes every birthday.
    pub birthdays: Option<(String, String)>,
    /// `keep_in_touch`: the last contact (or the first meeting) on or
    /// before this day, per tier: inner, close, network. A person's own
    /// cadence is not a tier's, so such people are always read.
    pub cold_inner: NaiveDate,
    pub cold_close: NaiveDate,
    pub cold_network: NaiveDate,
    /// Milestones, exchanges: on or after this day (follow-ups: every
    /// open one).
    pub milestones_since: NaiveDate,
    pub ledger_since: NaiveDate,
}

impl AgendaRules {
    /// The bounds inside which the rules can act on `today`.
    pub fn window(&self, today: NaiveDate) -> AgendaWindow {
        let back = |n: u32| today.checked_sub_days(Days::new(u64::from(n))).unwrap_or(today);
        let mmdd = |d: NaiveDate| d.format("%m-%d").to_string();
        let birthdays = (self.birthday_days < 360).then(|| (mmdd(today), mmdd(plus(today, self.birthday_days + 1))));
        AgendaWindow {
            today,
            encounter_since: back(self.thank_you_days),
            first_encounter_since: back(self.one_to_one_max_days),
            asks_at_least: self.give_back_asks,
            birthdays,
            cold_inner: back(self.cadence_inner),
            cold_close: back(self.cadence_close),
            cold_network: back(self.cadence_network),
            milestones_since: back(self.milestone_days),
            ledger_since: year_before(today),
        }
    }
}

/// The facts the agenda reads, as the store hands them over.
#[derive(Debug, Clone, Default)]
pub struct AgendaFacts {
    /// Everyone inside the day's `AgendaWindow` (a store may hand over
    /// more), with at least what the rules read: a store may leave out
    /// e-mails, phones, tags, links, notes and company.
    pub people: Vec<Person>,
    pub summaries: HashMap<PersonId, ContactSummary>,
    /// Open follow-ups.
    pub followups: Vec<Followup>,
    /// At least the last 12 months of the ledger.
    pub exchanges: Vec<Exchange>,
    /// At least the milestones of the last weeks.
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    ThankYou,
    ProposeOneToOne,
    FollowUp,
    Birthday,
    Milestone,
    KeepInTouch,
    ThankForExchange,
    GiveBack,
    Reply,
}

impl ActionKind {
    pub const ALL: [ActionKind; 9] = [
        ActionKind::ThankYou,
        ActionKind::ProposeOneToOne,
        ActionKind::FollowUp,
        ActionKind::Birthday,
        ActionKind::Milestone,
        ActionKind::KeepInTouch,
        ActionKind::ThankForExchange,
        ActionKind::GiveBack,
        ActionKind::Reply,
    ];

    /// The kind named `text` (as [`ActionKind::as_str`] writes it).
    pub fn parse(text: &str) -> Option<ActionKind> {
        ActionKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::ThankYou => "thank_you",
            ActionKind::ProposeOneToOne => "propose_one_to_one",
            ActionKind::FollowUp => "follow_up",
            ActionKind::Birthday => "birthday",
            ActionKind::Milestone => "milestone",
            ActionKind::KeepInTouch => "keep_in_touch",
            ActionKind::ThankForExchange => "thank_for_exchange",
            ActionKind::GiveBack => "give_back",
            ActionKind::Reply => "reply",
        }
    }
}

/// The facts behind an action, kept structured so that each language can
/// word them its own way (see `reason::render`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Why {
    ThankYou { on: NaiveDate, place: Option<String> },
    ProposeOneToOne { first_on: NaiveDate, place: Option<String> },
    FollowUp { id: FollowupId, text: String, due: NaiveDate },
    Birthday { on: NaiveDate, age: Option<i32> },
    Milestone { kind: MilestoneKind, on: NaiveDate, note: Option<String> },
    KeepInTouch { last_on: Option<NaiveDate>, met_on: Option<NaiveDate>, place: Option<String>, cadence: u32 },
    ThankForExchange { id: ExchangeId, kind: ExchangeKind, on: NaiveDate, note: Option<String> },
    GiveBack { received: u32, given: u32, asks: u32 },
    Reply { on: NaiveDate },
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Action {
    pub kind: ActionKind,
    pub person: PersonId,
    pub due: NaiveDate,
    pub why: Why,
    /// The relationship's strength, which orders equally urgent actions.
    pub strength: f64,
}

impl Action {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.due < today
    }
}

fn plus(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n))).unwrap_or(d)
}

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A person's summary with how you met them counted as an encounter on
/// that day: `person add --met-on D --met-at EVENT` (a card from a fair)
/// starts the thank-you and one-to-one rules and the last-contact clock
/// as a logged meeting does. A LinkedIn connection is no meeting.
fn with_meeting_of_record(s: &ContactSummary, p: &Person) -> ContactSummary {
    let mut s = s.clone();
    let Some(met) = p.met_on.filter(|_| p.met_at.as_deref() != Some(crate::person::LINKEDIN_CONNECTION)) else {
        if s.last_on.is_none() {
            // A bare connection still starts the keep-in-touch clock.
            s.last_on = p.met_on;
        }
        return s;
    };
    let earlier = |a: Option<NaiveDate>| Some(a.map_or(met, |d| d.min(met)));
    let later = |a: Option<NaiveDate>| Some(a.map_or(met, |d| d.max(met)));
    s.first_on = earlier(s.first_on);
    s.first_encounter_on = earlier(s.first_encounter_on);
    s.last_on = later(s.last_on);
    s.last_encounter_on = later(s.last_encounter_on);
    s
}

/// The ranked agenda for `today`: overdue before due, then the stronger
/// relationship first, then the earlier due date.
pub fn agenda(facts: &AgendaFacts, rules: &AgendaRules, today: NaiveDate) -> Vec<Action> {
    let balance = balances(&facts.exchanges, today);
    let empty = ContactSummary::default();
    let mut actions = Vec::new();
    let by_id: HashMap<PersonId, &Person> = facts.people.iter().map(|p| (p.id, p)).collect();
    let nudgeable = |p: &Person| p.status != Status::RedFlag && p.tier != Tier::Archived;
    // An event's debrief schedules the thank-you and the one-to-one as
    // follow-ups of its own; the rules must not say the same thing twice.
    let debriefed: std::collections::HashSet<PersonId> = facts
        .followups
        .iter()
        .filter(|f| f.origin == Origin::Debrief && f.done_on.is_none())
        .map(|f| f.person)
        .collect();

    for p in facts.people.iter().filter(|p| nudgeable(p)) {
        let logged = facts.summaries.get(&p.id).unwrap_or(&empty);
        let s = &with_meeting_of_record(logged, p);
        let bal = balance.get(&p.id).copied().unwrap_or_default();
        let st = strength(Some(s), bal, today);
        let mut push = |kind, due, why| actions.push(Action { kind, person: p.id, due, why, strength: st });
        let mut has_specific = debriefed.contains(&p.id);
        let rules_speak = !has_specific;

        // thank_you: a recent encounter with nothing sent since.
        if let Some(enc) = s.last_encounter_on {
            let age = days_between(enc, today);
            if rules_speak
                && (0..=i64::from(rules.thank_you_days)).contains(&age)
                && s.last_sent_on.is_none_or(|m| m < enc)
            {
                let first = s.first_on == Some(enc);
                let place = if first { p.met_at.clone() } else { None };
                push(ActionKind::ThankYou, plus(enc, 1), Why::ThankYou { on: enc, place });
                has_specific = true;
            }
        }
        // propose_one_to_one: the follow-up after a first encounter.
        if let Some(first) = s.first_encounter_on.filter(|f| Some(*f) == s.first_on) {
            let age = days_between(first, today);
            let window = i64::from(rules.one_to_one_min_days)..=i64::from(rules.one_to_one_max_days);
            if rules_speak && window.contains(&age) && s.last_one_to_one_on.is_none_or(|o| o < first) {
                push(
                    ActionKind::ProposeOneToOne,
                    plus(first, 3),
                    Why::ProposeOneToOne { first_on: first, place: p.met_at.clone() },
                );
                has_specific = true;
            }
        }
        // birthday within the window.
        if let Some(b) = p.birthday {
            let next = b.next_on_or_after(today);
            if days_between(today, next) <= i64::from(rules.birthday_days) {
                push(ActionKind::Birthday, next, Why::Birthday { on: next, age: b.age_on(next) });
                has_specific = true;
            }
        }
        // reply: their message, nothing from you since.
        if let Some(msg) = s.last_their_message_on {
            if days_between(msg, today) > i64::from(rules.reply_after_days) && s.last_mine_on.is_none_or(|m| m < msg) {
                push(ActionKind::Reply, plus(msg, 1), Why::Reply { on: msg });
                has_specific = true;
            }
        }
        // give_back: the ledger or the asks lean one way.
        let asked_without_giving = s.asks_12m >= rules.give_back_asks && bal.given == 0 && s.gives_12m == 0;
        if bal.received >= bal.given + rules.give_back_surplus || asked_without_giving {
            push(
                ActionKind::GiveBack,
                today,
                Why::GiveBack { received: bal.received, given: bal.given, asks: s.asks_12m },
            );
            has_specific = true;
        }
        // keep_in_touch: the tie is going cold. Skipped when another action
        // already brings you in touch.
        if let Some(cadence) = rules.cadence(p) {
            let since = s.last_on;
            let due = since.map_or(today, |d| plus(d, cadence));
            if due <= today && !has_specific {
                push(
                    ActionKind::KeepInTouch,
                    due,
                    Why::KeepInTouch { last_on: logged.last_on, met_on: p.met_on, place: p.met_at.clone(), cadence },
                );
            }
        }
    }

    let strength_of = |id: PersonId| -> f64 {
        let s = facts.summaries.get(&id);
        strength(s, balance.get(&id).copied().unwrap_or_default(), today)
    };

    // follow_up: open, due tomorrow, today or overdue (a day's notice, as
    // the rules' own actions give), unless put off past today; manual ones
    // even for archived people.
    let shown = |f: &&Followup| f.is_due(plus(today, 1)) && f.snoozed_until.is_none_or(|s| s <= today);
    for f in facts.followups.iter().filter(shown) {
        let Some(p) = by_id.get(&f.person) else { continue };
        if !nudgeable(p) && f.origin != Origin::Manual {
            continue;
        }
        actions.push(Action {
            kind: ActionKind::FollowUp,
            person: f.person,
            due: f.effective_due(),
            why: Why::FollowUp { id: f.id, text: f.text.clone(), due: f.effective_due() },
            strength: strength_of(f.person),
        });
    }

    // milestone: recent and not yet congratulated (nothing from you since).
    for m in facts.milestones.iter().filter(|m| m.kind != MilestoneKind::Birthday) {
        let Some(p) = by_id.get(&m.person).filter(|p| nudgeable(p)) else { continue };
        let age = days_between(m.on, today);
        let congratulated = facts.summaries.get(&p.id).and_then(|s| s.last_mine_on).is_some_and(|d| d >= m.on);
        if (0..=i64::from(rules.milestone_days)).contains(&age) && !congratulated {
            actions.push(Action {
                kind: ActionKind::Milestone,
                person: p.id,
                due: plus(m.on, 3),
                why: Why::Milestone { kind: m.kind, on: m.on, note: m.note.clone() },
                strength: strength_of(p.id),
            });
        }
    }

    // thank_for_exchange: received, recent, not thanked.
    let window = year_before(today).max(today - chrono::Duration::days(i64::from(rules.thank_exchange_days)));
    for e in &facts.exchanges {
        if e.direction != Direction::Received || e.thanked_on.is_some() || e.on < window || e.on > today {
            continue;
        }
        let Some(p) = by_id.get(&e.person).filter(|p| nudgeable(p)) else { continue };
        actions.push(Action {
            kind: ActionKind::ThankForExchange,
            person: p.id,
            due: plus(e.on, 2),
            why: Why::ThankForExchange { id: e.id, kind: e.kind, on: e.on, note: e.note.clone() },
            strength: strength_of(p.id),
        });
    }

    // A person with something specific to do needs no generic nudge.
    let busy: std::collections::HashSet<PersonId> =
        actions.iter().filter(|a| a.kind != ActionKind::KeepInTouch).map(|a| a.person).collect();
    actions.retain(|a| a.kind != ActionKind::KeepInTouch || !busy.contains(&a.person));
    rank(&mut actions, today);
    if rules.keep_in_touch_per_day > 0 {
        let mut budget = rules.keep_in_touch_per_day;
        actions.retain(|a| {
            if a.kind != ActionKind::KeepInTouch {
                return true;
            }
            let keep = budget > 0;
            budget = budget.saturating_sub(1);
            keep
        });
    }
    actions
}

/// Overdue first, then stronger ties, then earlier due dates; the kind and
/// person break ties so the order never depends on hash maps.
pub fn rank(actions: &mut [Action], today: NaiveDate) {
    actions.sort_by(|a, b| {
        b.is_overdue(today)
            .cmp(&a.is_overdue(today))
            .then(b.strength.total_cmp(&a.strength))
            .then(a.due.cmp(&b.due))
            .then(a.kind.cmp(&b.kind))
            .then(a.person.cmp(&b.person))
    });
}

/// Exposed for `person show`: the 12-month balance with one person.
pub fn balance_with(exchanges: &[Exchange], person: PersonId, today: NaiveDate) -> Balance {
    balances(exchanges, today).get(&person).copied().unwrap_or_default()
}

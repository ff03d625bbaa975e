//! The habits audit: the classic networking mistakes, measured in your own
//! data, each with its evidence in numbers and a concrete next step.

use crate::activity::{Exchange, Interaction};
use crate::ids::PersonId;
use crate::person::Person;
use crate::summary::year_before;
use crate::vocab::{Direction, Initiator, InteractionKind, Lang, Purpose, Tier};
use chrono::{Days, NaiveDate};
use rete_i18n::t;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    Medium,
    High,
}

/// One mistake found in the data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable id, shared with the quiz's questions where they match.
    pub id: &'static str,
    pub severity: Severity,
    /// The numbers behind the finding.
    pub evidence: BTreeMap<&'static str, i64>,
    /// The finding in words, in the requested language.
    pub text: String,
    /// What to do about it.
    pub next_step: String,
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn severity(ratio: f64, medium: f64, high: f64) -> Severity {
    if ratio >= high {
        Severity::High
    } else if ratio >= medium {
        Severity::Medium
    } else {
        Severity::Low
    }
}

struct Builder {
    lang: Lang,
    out: Vec<Finding>,
}

impl Builder {
    fn add(&mut self, id: &'static str, severity: Severity, evidence: &[(&'static str, i64)]) {
        let l = self.lang.as_str();
        // The evidence is the message's arguments, as numbers, so that each
        // sentence takes the plural its counts call for.
        let mut args = rete_i18n::FluentArgs::new();
        for (k, v) in evidence {
            args.set(*k, *v);
        }
        let text = crate::RETE_I18N_CATALOG.text(l, &format!("audit.{id}.text"), Some(&args)).into_owned();
        self.out.push(Finding {
            id,
            severity,
            evidence: evidence.iter().copied().collect(),
            text,
            next_step: t!(format!("audit.{id}.next"), locale = l).into_owned(),
        });
    }
}

/// Audits the whole network as of `today`; findings are ordered by
/// severity, worst first. Only mistakes with evidence are reported.
pub fn audit(
    people: &[Person],
    interactions: &[Interaction],
    exchanges: &[Exchange],
    today: NaiveDate,
    lang: Lang,
) -> Vec<Finding> {
    let mut b = Builder { lang, out: Vec::new() };
    let active: Vec<&Person> = people.iter().filter(|p| p.tier != Tier::Archived).collect();
    let year_ago = year_before(today);

    // Collecting cards: people with no notes and no how-we-met.
    let bare = active.iter().filter(|p| p.notes.is_none() && p.met_on.is_none() && p.met_at.is_none()).count();
    if bare > 0 {
        let ratio = share(bare, active.len());
        b.add(
            "collecting_cards",
            severity(ratio, 0.2, 0.5),
            &[("people", bare as i64), ("percent", (ratio * 100.0).round() as i64)],
        );
    }

    // Per-person timelines, oldest first.
    let mut timeline: HashMap<PersonId, Vec<&Interaction>> = HashMap::new();
    for i in interactions.iter().filter(|i| i.on <= today) {
        for p in &i.with {
            timeline.entry(*p).or_default().push(i);
        }
    }
    for list in timeline.values_mut() {
        list.sort_by_key(|i| (i.on, i.id));
    }

    // No follow-up: a first encounter with nothing after it within 7 days.
    let mut firsts = 0usize;
    let mut dropped = 0usize;
    for list in timeline.values() {
        let Some(first) = list.first().filter(|i| i.kind.is_encounter()) else { continue };
        let window_end = first.on.checked_add_days(Days::new(7)).unwrap_or(first.on);
        if window_end >= today {
            continue; // still in time
        }
        firsts += 1;
        if !list.iter().skip(1).any(|i| i.on <= window_end) {
            dropped += 1;
        }
    }
    if dropped > 0 {
        let ratio = share(dropped, firsts);
        b.add(
            "no_follow_up",
            severity(ratio, 0.3, 0.6),
            &[
                ("first_meetings", firsts as i64),
                ("without_follow_up", dropped as i64),
                ("percent", (ratio * 100.0).round() as i64),
            ],
        );
    }

    // Contacting only when needing: the share of your interactions that ask.
    let mine: Vec<&Interaction> =
        interactions.iter().filter(|i| i.by == Initiator::Me && i.on > year_ago && i.on <= today).collect();
    let asks = mine.iter().filter(|i| i.purpose == Some(Purpose::Ask)).count();
    if asks > 0 {
        let ratio = share(asks, mine.len());
        if ratio >= 0.15 {
            b.add(
                "only_when_needing",
                severity(ratio, 0.15, 0.3),
                &[
                    ("asks", asks as i64),
                    ("interactions", mine.len() as i64),
                    ("percent", (ratio * 100.0).round() as i64),
                ],
            );
        }
    }

    // Thinking only of yourself: given vs received over the year.
    let recent: Vec<&Exchange> = exchanges.iter().filter(|e| e.on > year_ago && e.on <= today).collect();
    let given = recent.iter().filter(|e| e.direction == Direction::Given).count();
    let received = recent.len() - given;
    if received > given {
        let ratio = share(received - given, received);
        b.add(
            "thinking_of_yourself",
            severity(ratio, 0.2, 0.5),
            &[("given", given as i64), ("received", received as i64)],
        );
    }

    // Not thanking: received exchanges never thanked (a week's grace).
    let unthanked = exchanges
        .iter()
        .filter(|e| e.direction == Direction::Received && e.thanked_on.is_none())
        .filter(|e| e.on.checked_add_days(Days::new(7)).is_some_and(|d| d < today))
        .count();
    let all_received = exchanges.iter().filter(|e| e.direction == Direction::Received).count();
    if unthanked > 0 {
        b.add(
            "not_thanking",
            severity(share(unthanked, all_received), 0.1, 0.3),
            &[("unthanked", unthanked as i64), ("received", all_received as i64)],
        );
    }

    // Quantity over quality: people with no interaction in a year.
    let silent =
        active.iter().filter(|p| timeline.get(&p.id).and_then(|l| l.last()).is_none_or(|i| i.on <= year_ago)).count();
    if silent > 0 {
        let ratio = share(silent, active.len());
        if ratio >= 0.2 {
            b.add(
                "quantity_over_quality",
                severity(ratio, 0.2, 0.5),
                &[("people", silent as i64), ("percent", (ratio * 100.0).round() as i64)],
            );
        }
    }

    // Generic messages: the same text sent to several people.
    let mut texts: HashMap<String, HashSet<PersonId>> = HashMap::new();
    for i in interactions.iter().filter(|i| i.by == Initiator::Me && i.kind == InteractionKind::Message) {
        if let Some(text) = i.notes.as_deref().filter(|t| t.len() >= 20) {
            texts.entry(crate::text::fold(text.trim())).or_default().extend(i.with.iter().copied());
        }
    }
    let generic: Vec<usize> = texts.values().map(HashSet::len).filter(|n| *n >= 3).collect();
    if !generic.is_empty() {
        let people: usize = generic.iter().sum();
        b.add(
            "generic_messages",
            if people >= 10 { Severity::High } else { Severity::Medium },
            &[("texts", generic.len() as i64), ("people", people as i64)],
        );
    }

    // Abusing the network: many asks to one person, nothing given.
    let mut asks_to: HashMap<PersonId, usize> = HashMap::new();
    for i in mine.iter().filter(|i| i.purpose == Some(Purpose::Ask)) {
        for p in &i.with {
            *asks_to.entry(*p).or_default() += 1;
        }
    }
    let givers: HashSet<PersonId> =
        recent.iter().filter(|e| e.direction == Direction::Given).map(|e| e.person).collect();
    let abused = asks_to.iter().filter(|(p, n)| **n >= 3 && !givers.contains(p)).count();
    if abused > 0 {
        let most = asks_to.values().copied().max().unwrap_or(0);
        b.add(
            "abusing_network",
            if abused >= 3 { Severity::High } else { Severity::Medium },
            &[("people", abused as i64), ("most_asks", most as i64)],
        );
    }

    // A narrow network: one sector, or inside a company one department.
    let mut sectors: HashMap<&str, usize> = HashMap::new();
    let mut departments: HashMap<&str, usize> = HashMap::new();
    for p in &active {
        if let Some(s) = p.sector.as_deref() {
            *sectors.entry(s).or_default() += 1;
        }
        if let Some(d) = p.department.as_deref() {
            *departments.entry(d).or_default() += 1;
        }
    }
    for (id, counts) in [("narrow_network", &sectors), ("narrow_departments", &departments)] {
        let total: usize = counts.values().sum();
        if let Some(top) = counts.values().copied().max().filter(|_| total >= 10) {
            let ratio = share(top, total);
            if ratio >= 0.5 {
                b.add(
                    id,
                    severity(ratio, 0.5, 0.7),
                    &[("percent", (ratio * 100.0).round() as i64), ("groups", counts.len() as i64)],
                );
            }
        }
    }

    b.out.sort_by(|x, y| y.severity.cmp(&x.severity).then(x.id.cmp(y.id)));
    b.out
}

//! Introduction paths: who in your network can introduce you to someone.
//!
//! Your own ties (how much you are in touch) and the ties between your
//! contacts that your data shows (one introduced the other, they were
//! together at your meetings, at the same events, they work together) form
//! a weighted graph. A warm introduction travels best along strong links,
//! and a chain is as strong as the product of its links, so the strongest
//! path is the shortest under the cost `-ln(strength)` (Dijkstra, petgraph).
//! The direct link to the person is left out: the question is who else can
//! open the door. This reads private data only and stays on your side.

use crate::activity::{Event, Interaction};
use crate::ids::PersonId;
use crate::person::Person;
use crate::reason::in_sentence;
use crate::text::fold;
use crate::vocab::{Lang, Status, Tier};
use chrono::NaiveDate;
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use rete_i18n::t;
use serde::Serialize;
use std::collections::HashMap;

/// One end of a link: you, or a person of your network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Node {
    Me,
    Person(PersonId),
}

/// Why two ends of a link know each other, as evidence a person can check.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "why")]
pub enum LinkReason {
    /// Your own relationship: strength 0-100, contacts in the last year, the last one.
    Yours { strength: f64, contacts_12m: u32, last_on: Option<NaiveDate> },
    /// `by` introduced `whom` to you.
    Introduced { by: PersonId, whom: PersonId },
    /// Both were at `count` of your meetings, the last on `last_on`.
    Together { count: u32, last_on: NaiveDate },
    /// Both attended one of your events.
    SameEvent { name: String, on: NaiveDate },
    /// Same company.
    Colleagues { company: String },
}

/// A link of a path, with its strength from 0 to 1 and its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub from: Node,
    pub to: Node,
    pub strength: f64,
    pub reasons: Vec<LinkReason>,
}

/// A chain of introductions from you to the person, strongest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IntroPath {
    /// The product of the links' strengths.
    pub strength: f64,
    pub links: Vec<Link>,
}

impl IntroPath {
    /// The person who makes the last introduction.
    pub fn introducer(&self) -> Option<PersonId> {
        self.links.last().and_then(|l| match l.from {
            Node::Person(p) => Some(p),
            Node::Me => None,
        })
    }
}

/// What the graph is built from.
#[derive(Debug, Clone, Copy)]
pub struct TieFacts<'a> {
    pub people: &'a [Person],
    pub interactions: &'a [Interaction],
    pub events: &'a [Event],
    /// Your strength (0-100) with each person, as `rete person show` shows it.
    pub strength: &'a HashMap<PersonId, f64>,
    pub today: NaiveDate,
}

/// The strength a single piece of evidence lends a link between two contacts.
const INTRODUCED: f64 = 0.8;
const TOGETHER_FIRST: f64 = 0.5;
const TOGETHER_MORE: f64 = 0.1;
const SAME_EVENT: f64 = 0.15;
const COLLEAGUES: f64 = 0.4;
/// Your own ties weaker than this (out of 100) carry no introduction.
const WEAKEST_OWN_TIE: f64 = 5.0;
/// Events larger than this say little about who met whom.
const LARGEST_EVENT: usize = 60;

#[derive(Default)]
struct Evidence {
    reasons: Vec<LinkReason>,
    strength: f64,
}

impl Evidence {
    /// Independent pieces of evidence combine as a noisy-or: each one can only
    /// make the link stronger, never past certainty.
    fn add(&mut self, strength: f64, reason: LinkReason) {
        self.strength = 1.0 - (1.0 - self.strength) * (1.0 - strength.clamp(0.0, 0.99));
        self.reasons.push(reason);
    }
}

fn key(a: PersonId, b: PersonId) -> (PersonId, PersonId) {
    (a.min(b), a.max(b))
}

/// Up to `max` strongest paths from you to `target`, each through a different
/// last introducer.
pub fn paths(facts: TieFacts<'_>, target: PersonId, max: usize) -> Vec<IntroPath> {
    let usable = |p: &Person| p.status == Status::Active && p.tier != Tier::Archived;
    let people: Vec<&Person> = facts.people.iter().filter(|p| usable(p) || p.id == target).collect();
    let mut graph: UnGraph<Node, f64> = UnGraph::default();
    let me = graph.add_node(Node::Me);
    let index: HashMap<PersonId, NodeIndex> =
        people.iter().map(|p| (p.id, graph.add_node(Node::Person(p.id)))).collect();

    let mut links: HashMap<(Node, Node), Evidence> = HashMap::new();
    let summaries = crate::summary::summarize(facts.interactions, facts.today);
    for p in &people {
        let s = facts.strength.get(&p.id).copied().unwrap_or(0.0);
        if p.id != target && s >= WEAKEST_OWN_TIE {
            let summary = summaries.get(&p.id);
            let reason = LinkReason::Yours {
                strength: s,
                contacts_12m: summary.map_or(0, |s| s.count_12m),
                last_on: summary.and_then(|s| s.last_on),
            };
            links.entry((Node::Me, Node::Person(p.id))).or_default().add(s / 100.0, reason);
        }
    }
    let mut pair = |a: PersonId, b: PersonId, strength: f64, reason: LinkReason| {
        if a != b && index.contains_key(&a) && index.contains_key(&b) {
            let (x, y) = key(a, b);
            links.entry((Node::Person(x), Node::Person(y))).or_default().add(strength, reason);
        }
    };
    for p in &people {
        if let Some(by) = p.introduced_by {
            pair(by, p.id, INTRODUCED, LinkReason::Introduced { by, whom: p.id });
        }
    }
    let mut together: HashMap<(PersonId, PersonId), (u32, NaiveDate)> = HashMap::new();
    for i in facts.interactions.iter().filter(|i| i.with.len() > 1 && i.on <= facts.today) {
        for (n, &a) in i.with.iter().enumerate() {
            for &b in &i.with[n + 1..] {
                let e = together.entry(key(a, b)).or_insert((0, i.on));
                e.0 += 1;
                e.1 = e.1.max(i.on);
            }
        }
    }
    for ((a, b), (count, last_on)) in together {
        let strength = TOGETHER_FIRST + TOGETHER_MORE * f64::from(count.saturating_sub(1));
        pair(a, b, strength.min(0.9), LinkReason::Together { count, last_on });
    }
    for e in facts.events.iter().filter(|e| e.attendees.len() <= LARGEST_EVENT) {
        for (n, &a) in e.attendees.iter().enumerate() {
            for &b in &e.attendees[n + 1..] {
                pair(a, b, SAME_EVENT, LinkReason::SameEvent { name: e.name.clone(), on: e.on });
            }
        }
    }
    let mut by_company: HashMap<String, Vec<(PersonId, &str)>> = HashMap::new();
    for p in &people {
        if let Some(c) = p.company.as_deref().filter(|c| !c.trim().is_empty()) {
            by_company.entry(fold(c)).or_default().push((p.id, c));
        }
    }
    for members in by_company.values().filter(|m| m.len() <= LARGEST_EVENT) {
        for (n, &(a, company)) in members.iter().enumerate() {
            for &(b, _) in &members[n + 1..] {
                pair(a, b, COLLEAGUES, LinkReason::Colleagues { company: company.to_string() });
            }
        }
    }

    let node_index = |n: Node| match n {
        Node::Me => Some(me),
        Node::Person(p) => index.get(&p).copied(),
    };
    let mut evidence: HashMap<(NodeIndex, NodeIndex), Evidence> = HashMap::new();
    for ((a, b), ev) in links {
        if let (Some(x), Some(y)) = (node_index(a), node_index(b)) {
            if ev.strength > 0.0 {
                graph.add_edge(x, y, -ev.strength.ln());
                evidence.insert((x.min(y), x.max(y)), ev);
            }
        }
    }
    let Some(&goal) = index.get(&target) else {
        return Vec::new();
    };
    // Distances from you, never passing through the person themselves.
    let dist = petgraph::algo::dijkstra(&graph, me, None, |e| {
        if e.source() == goal || e.target() == goal {
            f64::INFINITY
        } else {
            *e.weight()
        }
    });
    let mut last_hops: Vec<(f64, NodeIndex, f64)> = graph
        .edges(goal)
        .filter_map(|e| {
            let other = if e.source() == goal { e.target() } else { e.source() };
            (other != me).then_some(())?;
            let d = dist.get(&other).copied().filter(|d| d.is_finite())?;
            Some((d + e.weight(), other, *e.weight()))
        })
        .collect();
    last_hops.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let link = |from: NodeIndex, to: NodeIndex| -> Option<Link> {
        let ev = evidence.get(&(from.min(to), from.max(to)))?;
        Some(Link { from: graph[from], to: graph[to], strength: ev.strength, reasons: ev.reasons.clone() })
    };
    let mut out = Vec::new();
    for (total, introducer, _) in last_hops.into_iter().take(max) {
        // Walk back from the introducer along edges that are tight in the
        // shortest-path tree.
        let mut chain = vec![introducer];
        let mut at = introducer;
        while at != me {
            let here = dist.get(&at).copied().unwrap_or(f64::INFINITY);
            let prev = graph
                .edges(at)
                .filter_map(|e| {
                    let other = if e.source() == at { e.target() } else { e.source() };
                    let d = dist.get(&other).copied()?;
                    (other != goal && (d + e.weight() - here).abs() <= 1e-9 * here.max(1.0) && d < here)
                        .then_some((d, other))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let Some((_, p)) = prev else { break };
            chain.push(p);
            at = p;
        }
        if at != me {
            continue;
        }
        chain.reverse();
        chain.push(goal);
        let links: Option<Vec<Link>> = chain.windows(2).map(|w| link(w[0], w[1])).collect();
        if let Some(links) = links {
            out.push(IntroPath { strength: (-total).exp(), links });
        }
    }
    out
}

/// One link's evidence in words, e.g. "introduced by Marco; together at 3 of your meetings".
pub fn describe(link: &Link, name: &dyn Fn(PersonId) -> String, today: NaiveDate, lang: Lang) -> String {
    let l = lang.as_str();
    let text = link
        .reasons
        .iter()
        .map(|r| match r {
            LinkReason::Yours { strength, contacts_12m, last_on } => match last_on {
                Some(d) => t!(
                    "intro.yours",
                    locale = l,
                    strength = format!("{strength:.0}"),
                    count = contacts_12m,
                    date = in_sentence(*d, today, lang)
                )
                .into_owned(),
                None => t!("intro.yours_never", locale = l, strength = format!("{strength:.0}")).into_owned(),
            },
            LinkReason::Introduced { by, whom } => {
                t!("intro.introduced", locale = l, name = name(*by), whom = name(*whom)).into_owned()
            }
            LinkReason::Together { count, last_on } => {
                t!("intro.together", locale = l, count = count, date = in_sentence(*last_on, today, lang)).into_owned()
            }
            LinkReason::SameEvent { name: event, on } => {
                t!("intro.same_event", locale = l, event = event, date = in_sentence(*on, today, lang)).into_owned()
            }
            LinkReason::Colleagues { company } => t!("intro.colleagues", locale = l, company = company).into_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    crate::reason::elide_articles(text, lang)
}

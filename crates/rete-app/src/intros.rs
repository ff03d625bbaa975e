//! Warm introductions: who can introduce you to someone, asking them with
//! a specific message, and recording the introduction in the ledger when
//! it happens, so the agenda reminds you to thank the introducer and to
//! write to the new contact.
//!
//! Someone you already know well needs no introduction: the path says so
//! instead of proposing one ([`IntroPaths::KnownWell`]).

use crate::grow::{engine, match_lang, same};
use crate::{App, AppError, Caller, Result};
use chrono::NaiveDate;
use rete_core::draft::{intro_request, IntroFacts, Moment};
use rete_core::grow::ME;
use rete_core::intro::{describe, paths, Node, TieFacts};
use rete_core::seating::{Intro, IntroData};
use rete_core::strength::strengths;
use rete_core::{
    DateRule, Direction, Exchange, ExchangeData, ExchangeKind, Followup, FollowupData, IntroId, IntroStatus, Origin,
    Person, PersonId, Tier,
};
use rete_i18n::t;
use serde::Serialize;
use std::collections::HashMap;

/// Your own tie's strength (out of 100) from which you know someone well
/// enough to write to them without an introduction: a tie kept up (in
/// touch every month or so, or one-to-ones), more than one recent contact.
pub const KNOWN_WELL_STRENGTH: f64 = 50.0;

/// The longest reason for an introduction.
pub const MAX_WHY_CHARS: usize = 2_000;

/// One end of a link: you (no id) or a person of your network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub id: Option<PersonId>,
    pub name: String,
}

/// A link of a path, with its evidence in the caller's language.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub from: Named,
    pub to: Named,
    /// From 0 to 1.
    pub strength: f64,
    pub reason: String,
}

/// A chain of introductions from you to the person.
#[derive(Debug, Clone, Serialize)]
pub struct PathView {
    /// Who makes the last introduction.
    pub introducer: Named,
    /// The product of the links' strengths, from 0 to 1.
    pub strength: f64,
    pub links: Vec<LinkView>,
}

/// Why you need no introduction to someone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum KnownWell {
    /// Your tie is this strong (out of 100), at least
    /// [`KNOWN_WELL_STRENGTH`].
    Strength { strength: f64 },
    /// You keep them in your inner circle or among your close people.
    Tier { tier: Tier },
}

/// Who can introduce you to a person, or why you need nobody.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum IntroPaths {
    /// The strongest paths, through different last introducers (none when
    /// nobody of yours is linked to them yet).
    Paths { target: Named, paths: Vec<PathView> },
    /// You know them well already: write to them yourself.
    KnownWell { target: Named, why: KnownWell },
}

/// A request recorded, with the message to send the introducer.
#[derive(Debug, Clone, Serialize)]
pub struct IntroAsked {
    pub intro: IntroView,
    pub text: String,
}

/// A request and where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct IntroView {
    pub id: IntroId,
    pub target: Named,
    pub via: Named,
    pub asked_on: NaiveDate,
    pub why: Option<String>,
    pub status: IntroStatus,
    pub closed_on: Option<NaiveDate>,
}

/// An introduction closed: declined, or made, with what that wrote.
#[derive(Debug, Clone, Serialize)]
pub struct IntroClosed {
    pub intro: IntroView,
    /// For a made introduction: received from the introducer, to thank.
    pub exchange: Option<Exchange>,
    /// For a made introduction: writing to the new contact.
    pub followup: Option<Followup>,
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn named(p: &Person) -> Named {
    Named { id: Some(p.id), name: p.name.clone() }
}

fn view(i: &Intro, names: &HashMap<PersonId, String>) -> IntroView {
    let named =
        |id: PersonId| Named { id: Some(id), name: names.get(&id).cloned().unwrap_or_else(|| format!("#{id}")) };
    IntroView {
        id: i.id,
        target: named(i.target),
        via: named(i.via),
        asked_on: i.asked_on,
        why: i.why.clone(),
        status: i.status,
        closed_on: i.closed_on,
    }
}

impl App {
    /// Up to `max` (at least one) strongest paths from you to `target`, the
    /// direct tie left out, each link with its evidence; or
    /// [`IntroPaths::KnownWell`] when you know them well already.
    pub async fn intro_paths(&self, caller: &Caller, target: PersonId, max: usize) -> Result<IntroPaths> {
        let account = caller.account;
        let target = self.store.person(account, target).await?;
        let people = self.store.people(account).await?;
        let interactions = self.store.interactions(account, None).await?;
        let exchanges = self.store.exchanges(account, None).await?;
        let strengths = strengths(&interactions, &exchanges, caller.today);
        let own = strengths.get(&target.id).copied().unwrap_or(0.0);
        if own >= KNOWN_WELL_STRENGTH {
            let why = KnownWell::Strength { strength: own.round() };
            return Ok(IntroPaths::KnownWell { target: named(&target), why });
        }
        if matches!(target.tier, Tier::Inner | Tier::Close) {
            return Ok(IntroPaths::KnownWell { target: named(&target), why: KnownWell::Tier { tier: target.tier } });
        }
        let events = self.store.events(account).await?;
        let facts = TieFacts {
            people: &people,
            interactions: &interactions,
            events: &events,
            strength: &strengths,
            today: caller.today,
        };
        let found = paths(facts, target.id, max.max(1));
        let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
        let name_of = |id: PersonId| names.get(&id).map_or_else(|| format!("#{id}"), |n| n.to_string());
        let node = |n: Node| match n {
            Node::Me => Named { id: None, name: t!("intro.you", locale = caller.lang.as_str()).into_owned() },
            Node::Person(id) => Named { id: Some(id), name: name_of(id) },
        };
        let paths = found
            .iter()
            .map(|p| PathView {
                introducer: node(p.introducer().map_or(Node::Me, Node::Person)),
                strength: round3(p.strength),
                links: p
                    .links
                    .iter()
                    .map(|link| LinkView {
                        from: node(link.from),
                        to: node(link.to),
                        strength: round3(link.strength),
                        reason: describe(link, &name_of, caller.today, caller.lang),
                    })
                    .collect(),
            })
            .collect();
        Ok(IntroPaths::Paths { target: named(&target), paths })
    }

    /// Records a request to `via` for an introduction to `target` and
    /// drafts the message: why this person, what you can offer them (from
    /// your community profiles), when you last spoke. `Refused` with the
    /// detail to give when the request would say too little.
    pub async fn ask_intro(
        &self,
        caller: &Caller,
        target: PersonId,
        via: PersonId,
        why: Option<&str>,
    ) -> Result<IntroAsked> {
        let l = caller.lang.as_str();
        let account = caller.account;
        let target = self.store.person(account, target).await?;
        let introducer = self.store.person(account, via).await?;
        if target.id == introducer.id {
            return Err(AppError::invalid("via", t!("intro.self", locale = l)));
        }
        let why = why.map(str::trim).filter(|w| !w.is_empty()).map(str::to_string);
        if why.as_ref().is_some_and(|w| w.chars().count() > MAX_WHY_CHARS) {
            let max = MAX_WHY_CHARS;
            return Err(AppError::invalid("why", t!("field.too_long", locale = l, max = max)));
        }
        let last = self
            .store
            .interactions(account, Some(introducer.id))
            .await?
            .into_iter()
            .find(|i| i.on <= caller.today)
            .map(|i| Moment { on: i.on, place: None, topics: i.topics.clone() });
        let target_work = match (&target.role, &target.company) {
            (Some(r), Some(c)) => Some(format!("{r}, {c}")),
            (Some(x), None) | (None, Some(x)) => Some(x.clone()),
            (None, None) => None,
        };
        let facts = IntroFacts {
            introducer: introducer.name.clone(),
            last,
            target: target.name.clone(),
            target_work,
            why: why.clone(),
            your_offer: self.your_offer(caller, &target).await?,
        };
        let text = intro_request(&facts, caller.today, caller.lang).map_err(|e| AppError::Refused(e.0))?;
        let data = IntroData {
            target: target.id,
            via: introducer.id,
            asked_on: caller.today,
            why,
            status: IntroStatus::Asked,
            closed_on: None,
        };
        let id = self.store.add_intro(account, &data).await?;
        let names = HashMap::from([(target.id, target.name.clone()), (introducer.id, introducer.name.clone())]);
        Ok(IntroAsked { intro: view(&Intro { id, data }, &names), text })
    }

    /// What you can offer `target`, from a community where both of you
    /// have a profile: the phrases of yours that meet what they seek.
    async fn your_offer(&self, caller: &Caller, target: &Person) -> Result<Option<String>> {
        for c in self.store.communities(caller.account).await? {
            let profiles = self.store.profiles(caller.account, c.id).await?;
            let (Some(_), Some(them)) = (
                profiles.iter().find(|p| p.member == ME && p.opt_in),
                profiles.iter().find(|p| same(target, p) && p.opt_in),
            ) else {
                continue;
            };
            let engine = engine(&profiles)?;
            let why = engine
                .explain(ME, them.member, match_lang(caller.lang))
                .map_err(|e| AppError::Internal(format!("matching: {e}")))?;
            let mut phrases: Vec<String> = Vec::new();
            for r in &why.a_gives_b {
                if !phrases.contains(&r.phrase) {
                    phrases.push(r.phrase.clone());
                }
            }
            if !phrases.is_empty() {
                phrases.truncate(2);
                return Ok(Some(phrases.join(", ")));
            }
        }
        Ok(None)
    }

    /// Every request, oldest first.
    pub async fn intros(&self, caller: &Caller) -> Result<Vec<IntroView>> {
        let names: HashMap<PersonId, String> =
            self.store.people(caller.account).await?.into_iter().map(|p| (p.id, p.data.name)).collect();
        Ok(self.store.intros(caller.account).await?.iter().map(|i| view(i, &names)).collect())
    }

    /// Closes a request on `on`: declined, or made. A made introduction is
    /// a gift from the introducer: it enters the ledger as received (the
    /// agenda asks you to thank them until you do), records who introduced
    /// the person, and schedules a follow-up to write to them.
    pub async fn close_intro(
        &self,
        caller: &Caller,
        id: IntroId,
        declined: bool,
        on: NaiveDate,
    ) -> Result<IntroClosed> {
        let l = caller.lang.as_str();
        let account = caller.account;
        caller.check("on", on, DateRule::Happened)?;
        let existing = self.store.intros(account).await?.into_iter().find(|i| i.id == id);
        let Some(existing) = existing else {
            return Err(AppError::NotFound { what: "introduction", key: id.to_string() });
        };
        if existing.status != IntroStatus::Asked {
            let status = t!(format!("intro.status.{}", existing.status.as_str()), locale = l);
            return Err(AppError::Refused(t!("intro.already", locale = l, id = id, status = status).into_owned()));
        }
        let status = if declined { IntroStatus::Declined } else { IntroStatus::Made };
        let intro = self.store.close_intro(account, id, status, on).await?;
        let target = self.store.person(account, intro.target).await?;
        let via = self.store.person(account, intro.via).await?;
        let names = HashMap::from([(target.id, target.name.clone()), (via.id, via.name.clone())]);
        let intro_view = view(&intro, &names);
        if declined {
            return Ok(IntroClosed { intro: intro_view, exchange: None, followup: None });
        }
        let note = t!("intro.ledger_note", locale = l, name = target.name).into_owned();
        let exchange = ExchangeData {
            direction: Direction::Received,
            kind: ExchangeKind::Introduction,
            person: via.id,
            on,
            amount_cents: None,
            note: Some(note),
            thanked_on: None,
        };
        let exchange = self.store.add_exchange(account, &exchange).await?;
        if target.introduced_by.is_none() {
            let mut updated = target.clone();
            updated.data.introduced_by = Some(via.id);
            self.store.update_person(account, &updated).await?;
        }
        let due = on.succ_opt().unwrap_or(on).max(caller.today);
        let text = t!("intro.followup", locale = l, name = target.name, via = via.name).into_owned();
        let data =
            FollowupData { person: target.id, due, text, origin: Origin::Rule, done_on: None, snoozed_until: None };
        let followup = self.store.add_followup(account, &data).await?;
        Ok(IntroClosed {
            intro: intro_view,
            exchange: Some(self.store.exchange(account, exchange).await?),
            followup: Some(self.store.followup(account, followup).await?),
        })
    }
}

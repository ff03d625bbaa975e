//! `rete intro`: who can introduce you to someone, asking them with a
//! specific message, and recording the introduction in the ledger when it
//! happens, so the agenda reminds you to thank the introducer and to write
//! to the new contact.

use super::directory::{engine, match_lang, same};
use crate::cli::IntroCommand;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use crate::resolve;
use rete_core::draft::{intro_request, IntroFacts, Moment};
use rete_core::grow::ME;
use rete_core::intro::{describe, paths, Node, TieFacts};
use rete_core::seating::IntroData;
use rete_core::strength::{balances, strength};
use rete_core::summary::summarize;
use rete_core::*;
use rust_i18n::t;
use serde::Serialize;
use std::collections::HashMap;

pub async fn run(ctx: &Ctx, cmd: IntroCommand) -> anyhow::Result<()> {
    match cmd {
        IntroCommand::Path { person, max, json } => path(ctx, &person, max, json).await,
        IntroCommand::Ask { person, via, why } => ask(ctx, &person, &via, why).await,
        IntroCommand::List { json } => list(ctx, json).await,
        IntroCommand::Done { id, declined, on } => done(ctx, IntroId(id), declined, on).await,
    }
}

#[derive(Debug, Serialize)]
struct Named {
    id: Option<PersonId>,
    name: String,
}

#[derive(Debug, Serialize)]
struct LinkView {
    from: Named,
    to: Named,
    strength: f64,
    reason: String,
}

#[derive(Debug, Serialize)]
struct PathView {
    introducer: Named,
    strength: f64,
    links: Vec<LinkView>,
}

async fn path(ctx: &Ctx, key: &str, max: usize, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let target = resolve::person(ctx, key).await?;
    let people = ctx.store.people(ctx.account).await?;
    let interactions = ctx.store.interactions(ctx.account, None).await?;
    let events = ctx.store.events(ctx.account).await?;
    let exchanges = ctx.store.exchanges(ctx.account, None).await?;
    let summaries = summarize(&interactions, ctx.today);
    let balances = balances(&exchanges, ctx.today);
    let strengths: HashMap<PersonId, f64> = people
        .iter()
        .map(|p| (p.id, strength(summaries.get(&p.id), balances.get(&p.id).copied().unwrap_or_default(), ctx.today)))
        .collect();
    let facts = TieFacts {
        people: &people,
        interactions: &interactions,
        events: &events,
        strength: &strengths,
        today: ctx.today,
    };
    let found = paths(facts, target.id, max.max(1));
    let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let name_of = |id: PersonId| names.get(&id).map_or_else(|| format!("#{id}"), |n| n.to_string());
    let named = |n: Node| match n {
        Node::Me => Named { id: None, name: t!("intro.you", locale = l).into_owned() },
        Node::Person(id) => Named { id: Some(id), name: name_of(id) },
    };
    let views: Vec<PathView> = found
        .iter()
        .map(|p| PathView {
            introducer: p.introducer().map_or(named(Node::Me), |id| named(Node::Person(id))),
            strength: (p.strength * 1000.0).round() / 1000.0,
            links: p
                .links
                .iter()
                .map(|link| LinkView {
                    from: named(link.from),
                    to: named(link.to),
                    strength: (link.strength * 1000.0).round() / 1000.0,
                    reason: describe(link, &name_of, ctx.today, ctx.lang),
                })
                .collect(),
        })
        .collect();
    if json {
        return output::json(&views);
    }
    if views.is_empty() {
        println!("{}", t!("intro.no_path", locale = l, name = target.name));
        return Ok(());
    }
    println!("{}", t!("intro.paths_to", locale = l, name = target.name));
    for (n, v) in views.iter().enumerate() {
        println!();
        println!(
            "{}. {}",
            n + 1,
            t!("intro.via", locale = l, name = v.introducer.name, strength = format!("{:.0}", v.strength * 100.0))
        );
        for link in &v.links {
            println!("   {} → {}: {}", link.from.name, link.to.name, link.reason);
        }
    }
    if let Some(first) = views.first().and_then(|v| v.introducer.id) {
        println!();
        println!("{}", t!("intro.next", locale = l, target = target.id, via = first));
    }
    Ok(())
}

/// What you can offer `target`, from a community where both of you have a
/// profile: the phrases of yours that meet what they seek.
async fn your_offer(ctx: &Ctx, target: &Person) -> anyhow::Result<Option<String>> {
    for c in ctx.store.communities(ctx.account).await? {
        let profiles = ctx.store.profiles(ctx.account, c.id).await?;
        let (Some(_), Some(them)) = (
            profiles.iter().find(|p| p.member == ME && p.opt_in),
            profiles.iter().find(|p| same(target, p) && p.opt_in),
        ) else {
            continue;
        };
        let engine = engine(&profiles)?;
        let why = engine.explain(ME, them.member, match_lang(ctx.lang))?;
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

async fn ask(ctx: &Ctx, key: &str, via: &str, why: Option<String>) -> anyhow::Result<()> {
    let l = ctx.l();
    let target = resolve::person(ctx, key).await?;
    let introducer = resolve::person(ctx, via).await?;
    if target.id == introducer.id {
        return Err(bad_input(t!("intro.self", locale = l)));
    }
    let why = why.map(|w| w.trim().to_string()).filter(|w| !w.is_empty());
    let last = ctx
        .store
        .interactions(ctx.account, Some(introducer.id))
        .await?
        .into_iter()
        .find(|i| i.on <= ctx.today)
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
        your_offer: your_offer(ctx, &target).await?,
    };
    let text = intro_request(&facts, ctx.today, ctx.lang).map_err(|e| bad_input(e.0))?;
    let data = IntroData {
        target: target.id,
        via: introducer.id,
        asked_on: ctx.today,
        why,
        status: IntroStatus::Asked,
        closed_on: None,
    };
    let id = ctx.store.add_intro(ctx.account, &data).await?;
    println!("{text}");
    eprintln!("{}", t!("intro.recorded", locale = l, id = id));
    Ok(())
}

#[derive(Debug, Serialize)]
struct IntroView {
    id: IntroId,
    target: Named,
    via: Named,
    asked_on: chrono::NaiveDate,
    why: Option<String>,
    status: IntroStatus,
    closed_on: Option<chrono::NaiveDate>,
}

async fn list(ctx: &Ctx, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let names = resolve::names(ctx).await?;
    let named =
        |id: PersonId| Named { id: Some(id), name: names.get(&id).cloned().unwrap_or_else(|| format!("#{id}")) };
    let views: Vec<IntroView> = ctx
        .store
        .intros(ctx.account)
        .await?
        .into_iter()
        .map(|i| IntroView {
            id: i.id,
            target: named(i.target),
            via: named(i.via),
            asked_on: i.asked_on,
            why: i.why.clone(),
            status: i.status,
            closed_on: i.closed_on,
        })
        .collect();
    if json {
        return output::json(&views);
    }
    let mut table = output::table(
        ["id", "date", "intro.col.target", "intro.col.via", "intro.col.status"]
            .iter()
            .map(|k| {
                let key = if k.contains('.') { k.to_string() } else { format!("field.{k}") };
                t!(key, locale = l).into_owned()
            })
            .collect(),
    );
    for v in &views {
        let status = t!(format!("intro.status.{}", v.status.as_str()), locale = l).into_owned();
        let status = match v.closed_on {
            Some(d) => format!("{status} ({d})"),
            None => status,
        };
        table.add_row(vec![
            v.id.to_string(),
            v.asked_on.to_string(),
            v.target.name.clone(),
            v.via.name.clone(),
            status,
        ]);
    }
    println!("{table}");
    Ok(())
}

async fn done(ctx: &Ctx, id: IntroId, declined: bool, on: Option<String>) -> anyhow::Result<()> {
    let l = ctx.l();
    let on = match on {
        Some(d) => ctx.date("on", &d, DateRule::Happened)?,
        None => ctx.today,
    };
    let existing = ctx.store.intros(ctx.account).await?.into_iter().find(|i| i.id == id);
    let Some(existing) = existing else {
        return Err(rete_store::StoreError::not_found("introduction", id).into());
    };
    if existing.status != IntroStatus::Asked {
        return Err(bad_input(t!("intro.already", locale = l, id = id, status = existing.status.as_str())));
    }
    let status = if declined { IntroStatus::Declined } else { IntroStatus::Made };
    let intro = ctx.store.close_intro(ctx.account, id, status, on).await?;
    let target = ctx.store.person(ctx.account, intro.target).await?;
    let via = ctx.store.person(ctx.account, intro.via).await?;
    if declined {
        println!("{}", t!("intro.declined", locale = l, target = target.name, via = via.name));
        return Ok(());
    }
    // The introduction is a gift from the introducer: it enters the ledger,
    // where the agenda asks you to thank them until you do.
    let note = t!("intro.ledger_note", locale = l, name = target.name).into_owned();
    ctx.store
        .add_exchange(
            ctx.account,
            &ExchangeData {
                direction: Direction::Received,
                kind: ExchangeKind::Introduction,
                person: via.id,
                on,
                amount_cents: None,
                note: Some(note),
                thanked_on: None,
            },
        )
        .await?;
    if target.introduced_by.is_none() {
        let mut updated = target.clone();
        updated.data.introduced_by = Some(via.id);
        ctx.store.update_person(ctx.account, &updated).await?;
    }
    let due = on.succ_opt().unwrap_or(on).max(ctx.today);
    let text = t!("intro.followup", locale = l, name = target.name, via = via.name).into_owned();
    ctx.store
        .add_followup(
            ctx.account,
            &FollowupData { person: target.id, due, text, origin: Origin::Rule, done_on: None, snoozed_until: None },
        )
        .await?;
    println!("{}", t!("intro.made", locale = l, target = target.name, via = via.name, due = due));
    Ok(())
}

//! `rete event suggest`: which upcoming events are worth your evening. An
//! event ranks high when its topics are what you seek or care about (your
//! community profiles) and when your best give-give matches will be there;
//! each suggestion says which topics and which people.

use super::directory::{engine, match_lang, person_of};
use crate::context::Ctx;
use crate::output;
use chrono::Days;
use rete_core::grow::ME;
use rete_core::{EventId, Lang, PersonId};
use rete_match::text::TextPipeline;
use rust_i18n::t;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Best matches per community taken into account.
const BEST_MATCHES: usize = 10;
/// Matches attending beyond this count add nothing more.
const ENOUGH_MATCHES: f64 = 3.0;
const TOPIC_WEIGHT: f64 = 0.6;
const MATCH_WEIGHT: f64 = 0.4;

#[derive(Debug, Serialize)]
struct Suggestion {
    id: EventId,
    name: String,
    on: chrono::NaiveDate,
    place: Option<String>,
    score: f64,
    topics: Vec<String>,
    matches: Vec<String>,
    reason: String,
}

pub async fn run(ctx: &Ctx, days: u32, limit: usize, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let until = ctx.today.checked_add_days(Days::new(u64::from(days))).unwrap_or(ctx.today);
    let upcoming: Vec<_> =
        ctx.store.events(ctx.account).await?.into_iter().filter(|e| e.on >= ctx.today && e.on <= until).collect();
    let people = ctx.store.people(ctx.account).await?;
    let pipeline = TextPipeline::new();
    let stems = |text: &str| -> HashSet<String> {
        [Lang::It, Lang::En].into_iter().flat_map(|lang| pipeline.terms(text, match_lang(lang))).collect()
    };

    // What you care about, and your best matches, from every community
    // where you have a profile.
    let mut wanted: HashSet<String> = HashSet::new();
    let mut best: HashSet<PersonId> = HashSet::new();
    let mut best_members: HashMap<(rete_core::CommunityId, u64), String> = HashMap::new();
    for c in ctx.store.communities(ctx.account).await? {
        let profiles = ctx.store.profiles(ctx.account, c.id).await?;
        let Some(me) = profiles.iter().find(|p| p.member == ME) else { continue };
        for phrase in me.seeks.iter().chain(&me.interests) {
            wanted.extend(stems(phrase));
        }
        if !me.opt_in {
            continue;
        }
        let engine = engine(&profiles)?;
        for (member, score) in engine.query(ME, BEST_MATCHES)? {
            let Some(p) = profiles.iter().find(|p| p.member == member).filter(|_| score > 0.0) else { continue };
            best_members.insert((c.id, member), p.name.clone());
            if let Some(person) = person_of(p, &people) {
                best.insert(person.id);
            }
        }
    }
    let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();

    let mut out = Vec::new();
    for e in upcoming {
        let topics: Vec<String> =
            e.topics.iter().filter(|t| stems(t).iter().any(|s| wanted.contains(s))).cloned().collect();
        let fit = if e.topics.is_empty() { 0.0 } else { topics.len() as f64 / e.topics.len() as f64 };
        let mut matches: Vec<String> = e
            .attendees
            .iter()
            .filter(|id| best.contains(id))
            .filter_map(|id| names.get(id).map(|n| n.to_string()))
            .collect();
        for (community, member) in ctx.store.event_guests(ctx.account, e.id).await? {
            if let Some(name) = best_members.get(&(community, member)) {
                if !matches.contains(name) {
                    matches.push(name.clone());
                }
            }
        }
        let score = TOPIC_WEIGHT * fit + MATCH_WEIGHT * (matches.len() as f64 / ENOUGH_MATCHES).min(1.0);
        let mut parts = Vec::new();
        if !topics.is_empty() {
            parts.push(t!("suggest.topics", locale = l, topics = topics.join(", ")).into_owned());
        }
        if !matches.is_empty() {
            parts.push(
                t!("suggest.matches", locale = l, count = matches.len(), names = matches.join(", ")).into_owned(),
            );
        }
        let reason = if parts.is_empty() { t!("suggest.nothing", locale = l).into_owned() } else { parts.join("; ") };
        out.push(Suggestion {
            id: e.id,
            name: e.name.clone(),
            on: e.on,
            place: e.place.clone(),
            score: (score * 1000.0).round() / 1000.0,
            topics,
            matches,
            reason,
        });
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.on.cmp(&b.on)).then(a.id.cmp(&b.id)));
    out.truncate(limit);
    if json {
        return output::json(&out);
    }
    if out.is_empty() {
        println!("{}", t!("suggest.none", locale = l, days = days));
        return Ok(());
    }
    if wanted.is_empty() {
        eprintln!("{}", t!("suggest.no_profile", locale = l));
    }
    let mut table = output::table(vec![
        t!("field.date", locale = l).into_owned(),
        t!("field.name", locale = l).into_owned(),
        t!("suggest.col.fit", locale = l).into_owned(),
        t!("grow.col.why", locale = l).into_owned(),
    ]);
    for s in &out {
        let name = match &s.place {
            Some(p) => format!("{} ({p})", s.name),
            None => s.name.clone(),
        };
        table.add_row(vec![s.on.to_string(), name, format!("{:.0}%", s.score * 100.0), s.reason.clone()]);
    }
    println!("{table}");
    Ok(())
}

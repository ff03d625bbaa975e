//! Grow in the CLI: communities, your public profile, members' profiles
//! brought in from a file, and `rete matches`, the give-give matches with
//! their reasons.

use super::directory::{community, match_lang};
use crate::cli::{CommunityCommand, MatchesArgs, ProfileCommand, ProfileFields};
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use rete_core::grow::{Community, MemberProfile, ME};
use rete_core::text::fold;
use rete_core::Lang;
use rete_match::text::TextPipeline;
use rete_match::{Engine, Profile};
use rust_i18n::t;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::io::BufRead;

pub async fn community_cmd(ctx: &Ctx, cmd: CommunityCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        CommunityCommand::Add { name } => {
            let c = ctx.store.create_community(ctx.account, &name).await?;
            println!("{}", t!("grow.community_ready", locale = l, name = c.name, id = c.id));
        }
        CommunityCommand::Set { name, webhook, no_webhook } => {
            let c = community(ctx, Some(&name)).await?;
            if let Some(url) = &webhook {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    return Err(bad_input(t!("grow.bad_webhook", locale = l, url = url)));
                }
            }
            if webhook.is_some() || no_webhook {
                ctx.store.set_community_webhook(ctx.account, c.id, webhook.as_deref()).await?;
            }
            let c = community(ctx, Some(&name)).await?;
            match &c.webhook {
                Some(_) => println!("{}", t!("grow.webhook_set", locale = l, name = c.name)),
                None => println!("{}", t!("grow.webhook_none", locale = l, name = c.name)),
            }
        }
        CommunityCommand::List { json } => {
            let all = ctx.store.communities(ctx.account).await?;
            if json {
                return output::json(&all);
            }
            for c in all {
                let n = ctx.store.profiles(ctx.account, c.id).await?.len();
                println!("{}", t!("grow.community_line", locale = l, name = c.name, id = c.id, count = n));
            }
        }
        CommunityCommand::Import { name, input } => {
            let file = input.display().to_string();
            let reader: Box<dyn BufRead> = if file == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                Box::new(std::io::BufReader::new(
                    std::fs::File::open(&input).map_err(|e| bad_input(format!("{file}: {e}")))?,
                ))
            };
            let profiles = read_members(reader, &file)?;
            // Only a file that reads whole creates the community: a refusal writes nothing.
            let c = ctx.store.create_community(ctx.account, &name).await?;
            ctx.store.upsert_profiles(ctx.account, c.id, &profiles).await?;
            println!("{}", t!("grow.imported", locale = l, count = profiles.len(), name = c.name));
        }
    }
    Ok(())
}

/// A member's line in a profiles file (MATCHING.md's format, plus the
/// optional opt-in, department, languages and e-mail).
#[derive(Debug, Deserialize)]
struct MemberLine {
    id: u64,
    name: Option<String>,
    lang: String,
    #[serde(default)]
    offers: Vec<String>,
    #[serde(default)]
    seeks: Vec<String>,
    #[serde(default)]
    interests: Vec<String>,
    sector: Option<String>,
    city: Option<String>,
    department: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    email: Option<String>,
    opt_in: Option<bool>,
}

fn read_members(r: impl BufRead, file: &str) -> anyhow::Result<Vec<MemberProfile>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, line) in r.lines().enumerate() {
        let n = i + 1;
        let line = line.map_err(|e| bad_input(format!("{file}: line {n}: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let m: MemberLine = serde_json::from_str(&line).map_err(|e| bad_input(format!("{file}: line {n}: {e}")))?;
        if m.id == ME {
            return Err(bad_input(format!("{file}: line {n}: id: 0 is reserved for your own profile")));
        }
        if !seen.insert(m.id) {
            return Err(bad_input(format!("{file}: line {n}: id: {} appears twice", m.id)));
        }
        let lang: Lang = m.lang.parse().map_err(|e| bad_input(format!("{file}: line {n}: {e}")))?;
        out.push(MemberProfile {
            member: m.id,
            name: m.name.unwrap_or_else(|| format!("#{}", m.id)),
            lang,
            offers: m.offers,
            seeks: m.seeks,
            interests: m.interests,
            sector: m.sector,
            city: m.city,
            languages: m.languages,
            department: m.department,
            email: m.email.map(|e| e.trim().to_lowercase()).filter(|e| !e.is_empty()),
            opt_in: m.opt_in.unwrap_or(true),
        });
    }
    Ok(out)
}

pub async fn profile_cmd(ctx: &Ctx, cmd: ProfileCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        ProfileCommand::Set { community: name, fields } => {
            let c = community(ctx, name.as_deref()).await?;
            let mine = ctx.store.profiles(ctx.account, c.id).await?.into_iter().find(|p| p.member == ME);
            let mut p = mine.unwrap_or_else(|| MemberProfile::empty(ME, t!("grow.me", locale = l), ctx.lang));
            apply(&mut p, fields);
            ctx.store.upsert_profiles(ctx.account, c.id, std::slice::from_ref(&p)).await?;
            println!("{}", t!("grow.profile_saved", locale = l, name = c.name));
            for advice in check(&p, &ctx.store.profiles(ctx.account, c.id).await?, ctx.lang) {
                println!("  - {advice}");
            }
        }
        ProfileCommand::Show { community: name, json } => {
            let c = community(ctx, name.as_deref()).await?;
            let p = my_profile(ctx, &c).await?;
            if json {
                return output::json(&p);
            }
            println!("{} — {}", p.name, c.name);
            for (key, list) in [("offers", &p.offers), ("seeks", &p.seeks), ("interests", &p.interests)] {
                println!("  {}: {}", t!(format!("grow.{key}"), locale = l), list.join("; "));
            }
            if !p.opt_in {
                println!("  {}", t!("grow.opted_out", locale = l));
            }
        }
        ProfileCommand::Check { community: name } => {
            let c = community(ctx, name.as_deref()).await?;
            let p = my_profile(ctx, &c).await?;
            let advice = check(&p, &ctx.store.profiles(ctx.account, c.id).await?, ctx.lang);
            if advice.is_empty() {
                println!("{}", t!("grow.specific_enough", locale = l));
            }
            for a in advice {
                println!("- {a}");
            }
        }
    }
    Ok(())
}

async fn my_profile(ctx: &Ctx, c: &Community) -> anyhow::Result<MemberProfile> {
    ctx.store
        .profiles(ctx.account, c.id)
        .await?
        .into_iter()
        .find(|p| p.member == ME)
        .ok_or_else(|| bad_input(t!("grow.no_profile", locale = ctx.l(), name = c.name)))
}

fn apply(p: &mut MemberProfile, f: ProfileFields) {
    for (list, given) in [
        (&mut p.offers, f.offers),
        (&mut p.seeks, f.seeks),
        (&mut p.interests, f.interests),
        (&mut p.languages, f.languages),
    ] {
        if !given.is_empty() {
            *list = given.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        }
    }
    if let Some(n) = f.name {
        p.name = n;
    }
    if let Some(l) = f.profile_lang {
        p.lang = l;
    }
    for (slot, value) in [(&mut p.sector, f.sector), (&mut p.city, f.city), (&mut p.department, f.department)] {
        if value.is_some() {
            *slot = value;
        }
    }
    if f.opt_out {
        p.opt_in = false;
    } else if f.opt_in {
        p.opt_in = true;
    }
}

/// Share of the community above which a one-word phrase is too generic.
const GENERIC_SHARE: f64 = 0.05;

/// What makes a profile vague: empty or too short lists, and phrases whose
/// only term most of the community already uses (a bare "consulenza").
fn check(me: &MemberProfile, community: &[MemberProfile], lang: Lang) -> Vec<String> {
    let l = lang.as_str();
    let pipeline = TextPipeline::new();
    let mut df: HashMap<String, usize> = HashMap::new();
    for p in community.iter().filter(|p| p.member != ME) {
        let terms: HashSet<String> =
            p.offers.iter().chain(&p.seeks).flat_map(|phrase| pipeline.terms(phrase, match_lang(p.lang))).collect();
        for t in terms {
            *df.entry(t).or_default() += 1;
        }
    }
    let members = community.iter().filter(|p| p.member != ME).count().max(1);
    let mut advice = Vec::new();
    if me.offers.is_empty() {
        advice.push(t!("grow.check.no_offers", locale = l).into_owned());
    } else if me.offers.len() < 2 {
        advice.push(t!("grow.check.few_offers", locale = l).into_owned());
    }
    if me.seeks.is_empty() {
        advice.push(t!("grow.check.no_seeks", locale = l).into_owned());
    }
    for phrase in me.offers.iter().chain(&me.seeks) {
        let terms = pipeline.terms(phrase, match_lang(me.lang));
        if terms.is_empty() {
            advice.push(t!("grow.check.empty_phrase", locale = l, phrase = phrase).into_owned());
            continue;
        }
        let share = |t: &String| df.get(t).copied().unwrap_or(0) as f64 / members as f64;
        // A profile written in the other language still shares its words
        // with the community: try both stemmers.
        let widest = [rete_match::Lang::It, rete_match::Lang::En]
            .into_iter()
            .map(|lang| pipeline.terms(phrase, lang))
            .filter(|t| t.len() == 1)
            .map(|t| share(&t[0]))
            .fold(0.0, f64::max);
        if terms.len() == 1 && widest >= GENERIC_SHARE {
            let percent = (widest * 100.0).round();
            advice.push(t!("grow.check.generic", locale = l, phrase = phrase, percent = percent).into_owned());
        }
    }
    if me.interests.is_empty() {
        advice.push(t!("grow.check.no_interests", locale = l).into_owned());
    }
    advice
}

/// One match as scripts read it.
#[derive(Debug, Serialize)]
struct MatchView {
    member: u64,
    name: String,
    score: f64,
    give_give: f64,
    shared_interests: f64,
    sector: Option<String>,
    city: Option<String>,
    reason: String,
}

pub async fn matches(ctx: &Ctx, args: MatchesArgs) -> anyhow::Result<()> {
    let l = ctx.l();
    let c = community(ctx, args.community.as_deref()).await?;
    let profiles = ctx.store.profiles(ctx.account, c.id).await?;
    let me = profiles
        .iter()
        .find(|p| p.member == ME)
        .ok_or_else(|| bad_input(t!("grow.no_profile", locale = l, name = c.name)))?;
    if !me.opt_in {
        return Err(bad_input(t!("grow.you_opted_out", locale = l)));
    }
    // Opted-out members never enter the engine; people you already know are
    // left out of the list (matching is for meeting someone new).
    let known: HashSet<String> = ctx.store.people(ctx.account).await?.iter().map(|p| fold(&p.name)).collect();
    let eligible: Vec<&MemberProfile> = profiles.iter().filter(|p| p.opt_in).collect();
    let by_id: HashMap<u64, &MemberProfile> = eligible.iter().map(|p| (p.member, *p)).collect();
    let engine = Engine::build(
        eligible
            .iter()
            .map(|p| Profile {
                id: p.member,
                lang: match_lang(p.lang),
                offers: p.offers.clone(),
                seeks: p.seeks.clone(),
                interests: p.interests.clone(),
            })
            .collect(),
    )?;
    let connected = eligible.iter().filter(|p| p.member != ME && known.contains(&fold(&p.name))).count();
    let found = engine.query(ME, args.k + connected)?;
    let mut views = Vec::new();
    for (id, score) in found {
        let Some(p) = by_id.get(&id) else { continue };
        if known.contains(&fold(&p.name)) {
            continue;
        }
        let e = engine.explain(ME, id, match_lang(ctx.lang))?;
        views.push(MatchView {
            member: id,
            name: p.name.clone(),
            score: (score * 10_000.0).round() / 10_000.0,
            give_give: (e.give_give * 10_000.0).round() / 10_000.0,
            shared_interests: (e.shared * 10_000.0).round() / 10_000.0,
            sector: p.sector.clone(),
            city: p.city.clone(),
            reason: e.render_named(match_lang(ctx.lang), &p.name),
        });
        if views.len() == args.k {
            break;
        }
    }
    if args.json {
        return output::json(&views);
    }
    if views.is_empty() {
        println!("{}", t!("grow.no_matches", locale = l, name = c.name));
        return Ok(());
    }
    let mut table = output::table(
        ["name", "score", "city", "why"].iter().map(|k| t!(format!("grow.col.{k}"), locale = l).into_owned()).collect(),
    );
    for v in &views {
        table.add_row(vec![
            v.name.clone(),
            format!("{:.2}", v.score),
            v.city.clone().unwrap_or_default(),
            v.reason.clone(),
        ]);
    }
    println!("{table}");
    Ok(())
}

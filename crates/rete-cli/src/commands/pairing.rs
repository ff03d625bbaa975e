//! `rete pairing`: a community's recurring one-to-one pairing. Every period
//! each member who opted in gets a partner they have not met in an earlier
//! run (an odd count makes one trio), preferring pairs across departments or
//! sectors and high give-give scores; the run is stored, then announced to
//! each pair by e-mail and on the community's webhook.

use super::announce::{post_webhook, send_mails, Mail};
use super::directory::{community, engine, match_lang};
use crate::cli::{PairingCommand, Prefer};
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use chrono::{Days, Months, NaiveDate};
use rete_core::draft::first_name;
use rete_core::grow::MemberProfile;
use rete_core::seating::PairingRun;
use rete_core::text::fold;
use rete_core::Lang;
use rete_match::{list, Engine};
use rust_i18n::t;
use serde::Serialize;
use std::collections::HashMap;

/// How strongly a pair across departments (or sectors) is preferred: more
/// than any give-give score, which lies between 0 and 1.
const CROSS_BONUS: f64 = 1.0;

/// The period between runs: `14d`, `2w`, `1m`, or a number of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Days(u64),
    Months(u32),
}

impl Period {
    fn parse(text: &str) -> Option<Period> {
        let t = text.trim().to_lowercase();
        let (digits, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
        let n: u64 = digits.parse().ok().filter(|n| *n > 0)?;
        match unit.trim() {
            "" | "d" | "day" | "days" | "g" | "giorni" => Some(Period::Days(n)),
            "w" | "week" | "weeks" | "s" | "settimane" => Some(Period::Days(n * 7)),
            "m" | "month" | "months" | "mese" | "mesi" => u32::try_from(n).ok().map(Period::Months),
            _ => None,
        }
    }

    fn after(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Days(n) => d.checked_add_days(Days::new(n)),
            Period::Months(n) => d.checked_add_months(Months::new(n)),
        }
        .unwrap_or(NaiveDate::MAX)
    }
}

#[derive(Debug, Serialize)]
struct GroupView {
    members: Vec<MemberView>,
    score: f64,
    reason: String,
}

#[derive(Debug, Serialize)]
struct MemberView {
    member: u64,
    name: String,
    department: Option<String>,
    sector: Option<String>,
    email: Option<String>,
}

#[derive(Debug, Serialize)]
struct RunView {
    community: String,
    on: NaiveDate,
    next_on: NaiveDate,
    stored: bool,
    groups: Vec<GroupView>,
    /// Announcements that could not be delivered.
    failed: Vec<String>,
}

pub async fn run(ctx: &Ctx, cmd: PairingCommand) -> anyhow::Result<()> {
    match cmd {
        PairingCommand::Run { community: name, every, prefer, include_me, force, dry_run, json } => {
            pair(ctx, &name, &every, Options { prefer, include_me, force, dry_run, json }).await
        }
        PairingCommand::History { community: name, json } => history(ctx, &name, json).await,
    }
}

fn cross(a: &MemberProfile, b: &MemberProfile, prefer: Prefer) -> bool {
    let differ = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => fold(x) != fold(y),
        _ => false,
    };
    match prefer {
        Prefer::CrossDepartment => differ(&a.department, &b.department),
        Prefer::CrossSector => differ(&a.sector, &b.sector),
        Prefer::Score => false,
    }
}

/// How a run behaves, from its flags.
#[derive(Debug, Clone, Copy)]
struct Options {
    prefer: Prefer,
    include_me: bool,
    force: bool,
    dry_run: bool,
    json: bool,
}

async fn pair(ctx: &Ctx, name: &str, every: &str, o: Options) -> anyhow::Result<()> {
    let Options { prefer, include_me, force, dry_run, json } = o;
    let l = ctx.l();
    let period = Period::parse(every).ok_or_else(|| bad_input(t!("pairing.bad_every", locale = l, value = every)))?;
    let c = community(ctx, Some(name)).await?;
    let history = ctx.store.pairings(ctx.account, c.id).await?;
    if let Some(last) = history.iter().map(|r| r.on).max() {
        let due = period.after(last);
        if due > ctx.today && !force {
            println!("{}", t!("pairing.not_due", locale = l, name = c.name, last = last, due = due));
            return Ok(());
        }
    }
    let profiles: Vec<MemberProfile> = ctx
        .store
        .profiles(ctx.account, c.id)
        .await?
        .into_iter()
        .filter(|p| p.opt_in && (include_me || p.member != rete_core::grow::ME))
        .collect();
    if profiles.len() < 2 {
        return Err(bad_input(t!("pairing.too_few", locale = l, name = c.name)));
    }
    let engine = engine(&profiles)?;
    let index: HashMap<u64, usize> = profiles.iter().enumerate().map(|(i, p)| (p.member, i)).collect();
    let mut met: HashMap<(usize, usize), u32> = HashMap::new();
    for ((a, b), n) in PairingRun::met(&history) {
        if let (Some(&i), Some(&j)) = (index.get(&a), index.get(&b)) {
            met.insert((i.min(j), i.max(j)), n);
        }
    }
    let score = |i: usize, j: usize| engine.score(profiles[i].member, profiles[j].member).unwrap_or(0.0);
    let weight =
        |i: usize, j: usize| score(i, j) + if cross(&profiles[i], &profiles[j], prefer) { CROSS_BONUS } else { 0.0 };
    let groups = rete_plan::pairing_round(profiles.len(), &weight, &met);
    let run = PairingRun {
        on: ctx.today,
        groups: groups.iter().map(|g| g.iter().map(|&i| profiles[i].member).collect()).collect(),
    };

    let views: Vec<GroupView> = groups
        .iter()
        .map(|g| {
            let members: Vec<&MemberProfile> = g.iter().map(|&i| &profiles[i]).collect();
            let pair_score = g
                .iter()
                .enumerate()
                .flat_map(|(n, &a)| g[n + 1..].iter().map(move |&b| (a, b)))
                .map(|(a, b)| score(a, b))
                .fold(0.0, f64::max);
            GroupView {
                reason: reason(&engine, &members, ctx.lang),
                score: (pair_score * 10_000.0).round() / 10_000.0,
                members: members
                    .iter()
                    .map(|p| MemberView {
                        member: p.member,
                        name: p.name.clone(),
                        department: p.department.clone(),
                        sector: p.sector.clone(),
                        email: p.email.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    let next_on = period.after(ctx.today);
    let mut failed = Vec::new();
    if !dry_run {
        // Stored first: the pairs are decided even if an announcement fails,
        // and the next run will not repeat them.
        ctx.store.record_pairing(ctx.account, c.id, &run).await?;
        failed = announce(ctx, &c, &groups, &profiles, &engine, next_on).await?;
    }
    let view = RunView { community: c.name.clone(), on: ctx.today, next_on, stored: !dry_run, groups: views, failed };
    if json {
        output::json(&view)?;
    } else {
        let mut table = output::table(vec![
            t!("pairing.col.group", locale = l).into_owned(),
            t!("pairing.col.who", locale = l).into_owned(),
            t!("pairing.col.why", locale = l).into_owned(),
        ]);
        for (n, g) in view.groups.iter().enumerate() {
            let who = g
                .members
                .iter()
                .map(|m| match &m.department {
                    Some(d) => format!("{} ({d})", m.name),
                    None => m.name.clone(),
                })
                .collect::<Vec<_>>()
                .join(" + ");
            table.add_row(vec![(n + 1).to_string(), who, g.reason.clone()]);
        }
        println!("{}", t!("pairing.header", locale = l, name = c.name, date = ctx.today, count = view.groups.len()));
        println!("{table}");
        if dry_run {
            println!("{}", t!("pairing.dry_run", locale = l));
        } else {
            println!("{}", t!("pairing.next", locale = l, date = next_on));
        }
        for f in &view.failed {
            eprintln!("{}", t!("pairing.failed", locale = l, what = f));
        }
    }
    if !view.failed.is_empty() {
        return Err(anyhow::anyhow!(t!("pairing.some_failed", locale = l, count = view.failed.len()).into_owned()));
    }
    Ok(())
}

/// Why the group was formed, in words: the first pair's give-give reasons.
fn reason(engine: &Engine, members: &[&MemberProfile], lang: Lang) -> String {
    let (Some(a), Some(b)) = (members.first(), members.get(1)) else { return String::new() };
    engine
        .explain(a.member, b.member, match_lang(lang))
        .map(|e| e.render_between(match_lang(lang), &a.name, &b.name))
        .unwrap_or_default()
}

/// A member as the announcement presents them: who they are and what they
/// offer and seek, from their profile.
fn introduce(p: &MemberProfile, lang: Lang) -> String {
    let l = lang.as_str();
    let mut facts: Vec<String> = [&p.department, &p.sector, &p.city].into_iter().flatten().cloned().collect();
    facts.dedup();
    let mut line = p.name.clone();
    if !facts.is_empty() {
        line.push_str(&format!(" — {}", facts.join(", ")));
    }
    if !p.offers.is_empty() {
        line.push_str(&format!(". {}: {}", t!("pairing.offers", locale = l), p.offers.join(", ")));
    }
    if !p.seeks.is_empty() {
        line.push_str(&format!(". {}: {}", t!("pairing.seeks", locale = l), p.seeks.join(", ")));
    }
    line
}

fn message(
    community: &str,
    members: &[&MemberProfile],
    engine: &Engine,
    by: NaiveDate,
    lang: Lang,
) -> (String, String) {
    let l = lang.as_str();
    let names: Vec<&str> = members.iter().map(|p| p.name.as_str()).collect();
    let firsts: Vec<&str> = names.iter().map(|n| first_name(n)).collect();
    let joined = list(&names, match_lang(lang));
    let hello = list(&firsts, match_lang(lang));
    let subject = t!("pairing.subject", locale = l, community = community, names = joined).into_owned();
    let mut body = vec![
        t!("pairing.hello", locale = l, names = hello).into_owned(),
        String::new(),
        t!("pairing.intro", locale = l, community = community, by = by).into_owned(),
        String::new(),
    ];
    body.extend(members.iter().map(|p| format!("• {}", introduce(p, lang))));
    let why = reason(engine, members, lang);
    if !why.is_empty() {
        body.push(String::new());
        body.push(format!("{} {why}.", t!("pairing.why", locale = l)));
    }
    body.push(String::new());
    body.push(t!("pairing.bye", locale = l).into_owned());
    (subject, body.join("\n"))
}

async fn announce(
    ctx: &Ctx,
    c: &rete_core::grow::Community,
    groups: &[Vec<usize>],
    profiles: &[MemberProfile],
    engine: &Engine,
    by: NaiveDate,
) -> anyhow::Result<Vec<String>> {
    let mut failed = Vec::new();
    let mut mails = Vec::new();
    for g in groups.iter().filter(|g| g.len() > 1) {
        let members: Vec<&MemberProfile> = g.iter().map(|&i| &profiles[i]).collect();
        // In the members' language when they share one.
        let lang = if members.iter().all(|p| p.lang == members[0].lang) { members[0].lang } else { ctx.lang };
        let (subject, body) = message(&c.name, &members, engine, by, lang);
        if let Some(hook) = &c.webhook {
            if let Err(e) = post_webhook(hook, format!("*{subject}*\n{body}")).await {
                failed.push(format!("{e:#}"));
            }
        }
        let to: Vec<String> = members.iter().filter_map(|p| p.email.clone()).collect();
        if !to.is_empty() {
            mails.push(Mail { to, subject, body });
        }
    }
    match (&ctx.smtp, mails.is_empty()) {
        (_, true) => {}
        (Some(cfg), false) => {
            failed.extend(send_mails(cfg, mails).await?.into_iter().flatten());
        }
        (None, false) => {
            eprintln!("{}", t!("pairing.no_smtp", locale = ctx.l(), count = mails.len()));
        }
    }
    Ok(failed)
}

async fn history(ctx: &Ctx, name: &str, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let c = community(ctx, Some(name)).await?;
    let runs = ctx.store.pairings(ctx.account, c.id).await?;
    if json {
        return output::json(&runs);
    }
    if runs.is_empty() {
        println!("{}", t!("pairing.none_yet", locale = l, name = c.name));
        return Ok(());
    }
    let names: HashMap<u64, String> =
        ctx.store.profiles(ctx.account, c.id).await?.into_iter().map(|p| (p.member, p.name)).collect();
    let mut table =
        output::table(vec![t!("field.date", locale = l).into_owned(), t!("pairing.col.who", locale = l).into_owned()]);
    for run in &runs {
        for g in &run.groups {
            let who = g.iter().map(|m| names.get(m).cloned().unwrap_or_else(|| format!("#{m}"))).collect::<Vec<_>>();
            table.add_row(vec![run.on.to_string(), who.join(" + ")]);
        }
    }
    println!("{table}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Period;

    #[test]
    fn periods_read_as_people_write_them() {
        assert_eq!(Period::parse("14d"), Some(Period::Days(14)));
        assert_eq!(Period::parse("2w"), Some(Period::Days(14)));
        assert_eq!(Period::parse("1m"), Some(Period::Months(1)));
        assert_eq!(Period::parse("7"), Some(Period::Days(7)));
        assert_eq!(Period::parse("0d"), None);
        assert_eq!(Period::parse("soon"), None);
    }
}

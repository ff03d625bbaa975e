//! A community's recurring one-to-one pairing. Every period each member
//! who opted in gets a partner they have not met in an earlier run (an odd
//! count makes one trio), preferring pairs across departments or sectors
//! and high give-give scores; the run is stored, then announced to each
//! pair by e-mail and on the community's webhook, in the members' language
//! when they share one. The announcement's text is the app's, the same
//! from the CLI and the server.

use crate::announce::Mail;
use crate::grow::{engine, match_lang};
use crate::{App, AppError, Caller, Result};
use chrono::{Days, Months, NaiveDate};
use rete_core::draft::first_name;
use rete_core::grow::{Community, MemberProfile, ME};
use rete_core::seating::PairingRun;
use rete_core::text::fold;
use rete_core::{CommunityId, Lang};
use rete_i18n::t;
use rete_match::{list, Engine};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How strongly a pair across departments (or sectors) is preferred: more
/// than any give-give score, which lies between 0 and 1.
const CROSS_BONUS: f64 = 1.0;

/// The period between runs: `14d`, `2w`, `1m`, or a number of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u64),
    Months(u32),
}

impl Period {
    /// Reads a period as people write it, in English or Italian.
    pub fn parse(text: &str) -> Option<Period> {
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

    pub fn after(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Days(n) => d.checked_add_days(Days::new(n)),
            Period::Months(n) => d.checked_add_months(Months::new(n)),
        }
        .unwrap_or(NaiveDate::MAX)
    }
}

/// What a run prefers among unmet pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Prefer {
    #[default]
    CrossDepartment,
    CrossSector,
    Score,
}

/// How a run behaves.
#[derive(Debug, Clone, Copy)]
pub struct PairingOptions {
    pub period: Period,
    pub prefer: Prefer,
    /// Pair your own profile too (by default you organise, members meet).
    pub include_me: bool,
    /// Run even if the period since the last run has not passed.
    pub force: bool,
    /// Show the pairs; store and announce nothing.
    pub dry_run: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub members: Vec<MemberView>,
    pub score: f64,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemberView {
    pub member: u64,
    pub name: String,
    pub department: Option<String>,
    pub sector: Option<String>,
    pub email: Option<String>,
}

/// A run: its groups, whether it was stored, and what could not be
/// announced.
#[derive(Debug, Clone, Serialize)]
pub struct RunView {
    pub community: String,
    pub on: NaiveDate,
    pub next_on: NaiveDate,
    pub stored: bool,
    pub groups: Vec<GroupView>,
    /// Announcements that could not be delivered, each naming its recipient.
    pub failed: Vec<String>,
    /// E-mails not sent because no relay is configured.
    pub unsent: usize,
}

/// What asking for a run gave.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum PairingOutcome {
    /// The period since the last run has not passed.
    NotDue {
        last: NaiveDate,
        due: NaiveDate,
    },
    Run(RunView),
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

/// The announcement of one group: its subject and body.
pub fn message(
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

impl App {
    /// Forms this period's groups; unless a dry run, stores them (first, so
    /// the pairs are decided even if an announcement fails) and announces
    /// them.
    pub async fn pairing_run(&self, caller: &Caller, id: CommunityId, o: PairingOptions) -> Result<PairingOutcome> {
        let l = caller.lang.as_str();
        let c = self.community(caller, id).await?;
        let history = self.store.pairings(caller.account, c.id).await?;
        if let Some(last) = history.iter().map(|r| r.on).max() {
            let due = o.period.after(last);
            if due > caller.today && !o.force {
                return Ok(PairingOutcome::NotDue { last, due });
            }
        }
        let profiles: Vec<MemberProfile> = self
            .store
            .profiles(caller.account, c.id)
            .await?
            .into_iter()
            .filter(|p| p.opt_in && p.pairing && (o.include_me || p.member != ME))
            .collect();
        if profiles.len() < 2 {
            return Err(AppError::Refused(t!("pairing.too_few", locale = l, name = c.name).into_owned()));
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
        let weight = |i: usize, j: usize| {
            score(i, j) + if cross(&profiles[i], &profiles[j], o.prefer) { CROSS_BONUS } else { 0.0 }
        };
        let groups = rete_plan::pairing_round(profiles.len(), &weight, &met);
        let run = PairingRun {
            on: caller.today,
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
                    reason: reason(&engine, &members, caller.lang),
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
        let next_on = o.period.after(caller.today);
        let (mut failed, mut unsent) = (Vec::new(), 0);
        if !o.dry_run {
            self.store.record_pairing(caller.account, c.id, &run).await?;
            (failed, unsent) = self.announce(caller, &c, &groups, &profiles, &engine, next_on).await;
        }
        Ok(PairingOutcome::Run(RunView {
            community: c.name.clone(),
            on: caller.today,
            next_on,
            stored: !o.dry_run,
            groups: views,
            failed,
            unsent,
        }))
    }

    /// Tells each group, on the webhook and by e-mail: what failed, and
    /// how many mails went unsent for want of a relay.
    async fn announce(
        &self,
        caller: &Caller,
        c: &Community,
        groups: &[Vec<usize>],
        profiles: &[MemberProfile],
        engine: &Engine,
        by: NaiveDate,
    ) -> (Vec<String>, usize) {
        let mut failed = Vec::new();
        let mut mails = Vec::new();
        for g in groups.iter().filter(|g| g.len() > 1) {
            let members: Vec<&MemberProfile> = g.iter().map(|&i| &profiles[i]).collect();
            // In the members' language when they share one.
            let lang = if members.iter().all(|p| p.lang == members[0].lang) { members[0].lang } else { caller.lang };
            let (subject, body) = message(&c.name, &members, engine, by, lang);
            if let Some(hook) = &c.webhook {
                if let Err(e) = self.announcer.post_webhook(hook, format!("*{subject}*\n{body}")).await {
                    failed.push(e);
                }
            }
            let to: Vec<String> = members.iter().filter_map(|p| p.email.clone()).collect();
            if !to.is_empty() {
                mails.push(Mail { to, subject, body });
            }
        }
        if mails.is_empty() {
            return (failed, 0);
        }
        if !self.announcer.can_mail() {
            return (failed, mails.len());
        }
        match self.announcer.send_mails(mails).await {
            Ok(results) => failed.extend(results.into_iter().flatten()),
            Err(e) => failed.push(e),
        }
        (failed, 0)
    }

    /// Every run of the community, oldest first.
    pub async fn pairing_history(&self, caller: &Caller, id: CommunityId) -> Result<Vec<PairingRun>> {
        self.community(caller, id).await?;
        Ok(self.store.pairings(caller.account, id).await?)
    }
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

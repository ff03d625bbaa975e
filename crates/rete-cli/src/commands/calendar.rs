//! `rete calendar`: the agenda as an iCalendar feed for any calendar app.
//! Open follow-ups become to-dos, today's other actions too, and birthdays
//! yearly events; UIDs derive from what each entry is about, so
//! subscribing again updates entries instead of duplicating them.

use crate::cli::CalendarArgs;
use crate::context::Ctx;
use rete_core::agenda::{agenda, ActionKind, Why};
use rete_core::{reason, PersonId, Status, Tier};
use rete_formats::ical::{write, Todo, Yearly};
use rust_i18n::t;
use std::collections::HashMap;

/// The part of a UID that stays the same while the action is the same one.
fn key(why: &Why) -> String {
    match why {
        Why::ThankYou { on, .. } => on.to_string(),
        Why::ProposeOneToOne { first_on, .. } => first_on.to_string(),
        Why::FollowUp { id, .. } => id.to_string(),
        Why::Birthday { on, .. } => on.to_string(),
        Why::Milestone { kind, on, .. } => format!("{kind}-{on}"),
        Why::KeepInTouch { last_on, .. } => last_on.map(|d| d.to_string()).unwrap_or_else(|| "never".into()),
        Why::ThankForExchange { id, .. } => id.to_string(),
        Why::GiveBack { .. } => "ledger".into(),
        Why::Reply { on } => on.to_string(),
    }
}

pub async fn run(ctx: &Ctx, args: CalendarArgs) -> anyhow::Result<()> {
    let l = ctx.l();
    let facts = ctx.store.agenda_facts(ctx.account, &ctx.rules.window(ctx.today)).await?;
    // The agenda's facts hold who may act today; the yearly birthdays are
    // everyone's.
    let people = ctx.store.people(ctx.account).await?;
    let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let horizon = ctx.today + chrono::Days::new(u64::from(args.days));
    let mut todos = Vec::new();
    for f in facts.followups.iter().filter(|f| f.done_on.is_none() && f.effective_due() <= horizon) {
        let name = names.get(&f.person).copied().unwrap_or_default();
        todos.push(Todo {
            uid: format!("followup-{}@rete", f.id),
            summary: format!("{name}: {}", f.text),
            description: t!("calendar.followup", locale = l, name = name).into_owned(),
            due: f.effective_due(),
            alarm: true,
        });
    }
    for a in agenda(&facts, &ctx.rules, ctx.today) {
        if matches!(a.kind, ActionKind::FollowUp | ActionKind::Birthday) {
            continue;
        }
        let name = names.get(&a.person).copied().unwrap_or_default();
        todos.push(Todo {
            uid: format!("{}-{}-{}@rete", a.kind.as_str(), a.person, key(&a.why)),
            summary: format!("{}: {name}", reason::term("action", a.kind.as_str(), ctx.lang)),
            description: reason::render(&a.why, ctx.today, ctx.lang),
            due: a.due.max(ctx.today),
            alarm: matches!(a.kind, ActionKind::ThankYou | ActionKind::Reply | ActionKind::ThankForExchange),
        });
    }
    let yearly: Vec<Yearly> = people
        .iter()
        .filter(|p| p.tier != Tier::Archived && p.status != Status::RedFlag)
        .filter_map(|p| {
            let b = p.birthday?;
            Some(Yearly {
                uid: format!("birthday-{}@rete", p.id),
                summary: t!("calendar.birthday", locale = l, name = p.name).into_owned(),
                month: b.month,
                day: b.day,
                year: b.year,
            })
        })
        .collect();
    let mut out = std::io::stdout().lock();
    write("rete", ctx.today, &todos, &yearly, &mut out)?;
    Ok(())
}

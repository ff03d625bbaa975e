//! `rete today`: the ranked list of what to do, each with its reason.

use crate::cli::TodayArgs;
use crate::context::Ctx;
use crate::output;
use chrono::NaiveDate;
use rete_core::agenda::agenda;
use rete_core::reason;
use rete_core::{DateRule, PersonId};
use rete_store::Store;
use rust_i18n::t;
use serde::Serialize;
use std::collections::HashMap;

/// One line of the agenda as scripts read it.
#[derive(Debug, Serialize)]
pub struct Item {
    pub kind: &'static str,
    pub person: PersonRef,
    pub due: NaiveDate,
    pub reason: String,
    pub overdue: bool,
}

#[derive(Debug, Serialize)]
pub struct PersonRef {
    pub id: PersonId,
    pub name: String,
}

/// The agenda of `date`, with reasons in the context's language.
pub async fn items(store: &dyn Store, ctx: &Ctx, date: NaiveDate) -> anyhow::Result<Vec<Item>> {
    let facts = store.agenda_facts(ctx.account, &ctx.rules.window(date)).await?;
    let names: HashMap<PersonId, String> = facts.people.iter().map(|p| (p.id, p.name.clone())).collect();
    let actions = agenda(&facts, &ctx.rules, date);
    Ok(actions
        .into_iter()
        .map(|a| Item {
            kind: a.kind.as_str(),
            person: PersonRef { id: a.person, name: names.get(&a.person).cloned().unwrap_or_default() },
            due: a.due,
            reason: reason::render(&a.why, date, ctx.lang),
            overdue: a.is_overdue(date),
        })
        .collect())
}

/// Prints the agenda as a table, at most `limit` lines.
pub fn print(ctx: &Ctx, items: &[Item], date: NaiveDate, limit: usize) {
    let l = ctx.l();
    if items.is_empty() {
        println!("{}", t!("today.nothing", locale = l));
        return;
    }
    let mut table = output::table(
        ["due", "action", "person", "why"].iter().map(|k| t!(format!("today.{k}"), locale = l).into_owned()).collect(),
    );
    for i in items.iter().take(limit) {
        let due = if i.overdue {
            t!("today.overdue_since", locale = l, date = i.due).into_owned()
        } else if i.due == date {
            t!("followup.today", locale = l).into_owned()
        } else {
            i.due.to_string()
        };
        table.add_row(vec![due, reason::term("action", i.kind, ctx.lang), i.person.name.clone(), i.reason.clone()]);
    }
    println!("{table}");
    if items.len() > limit {
        println!("{}", t!("today.more", locale = l, count = items.len() - limit));
    }
}

pub async fn run(ctx: &Ctx, args: TodayArgs) -> anyhow::Result<()> {
    let date = match &args.date {
        Some(d) => ctx.date("date", d, DateRule::Planned)?,
        None => ctx.today,
    };
    let items = items(ctx.store.as_ref(), ctx, date).await?;
    if args.json {
        return output::json(&items);
    }
    let l = ctx.l();
    println!("{}", t!("today.title", locale = l, date = reason::day_month(date, ctx.lang), count = items.len()));
    print(ctx, &items, date, args.limit.unwrap_or(usize::MAX));
    Ok(())
}

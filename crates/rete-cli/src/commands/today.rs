//! `rete today`: the ranked list of what to do, each with its reason.

use crate::cli::TodayArgs;
use crate::context::Ctx;
use crate::output;
use chrono::NaiveDate;
use rete_core::reason;
use rete_core::DateRule;
use rete_i18n::t;

/// One line of the agenda as scripts read it (rete-app's view).
pub type Item = rete_app::agenda::AgendaItem;

/// The agenda of `date`, with reasons in the context's language.
pub async fn items(ctx: &Ctx, date: NaiveDate) -> anyhow::Result<Vec<Item>> {
    Ok(std::sync::Arc::unwrap_or_clone(ctx.app().agenda(&ctx.caller(), date).await?))
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
    output::print(&table);
    if items.len() > limit {
        println!("{}", t!("today.more", locale = l, count = items.len() - limit));
    }
}

pub async fn run(ctx: &Ctx, args: TodayArgs) -> anyhow::Result<()> {
    let date = match &args.date {
        Some(d) => ctx.date("date", d, DateRule::Planned)?,
        None => ctx.today,
    };
    let items = items(ctx, date).await?;
    if args.json {
        return output::json(&items);
    }
    let l = ctx.l();
    println!("{}", t!("today.title", locale = l, date = reason::day_month(date, ctx.lang), count = items.len()));
    print(ctx, &items, date, args.limit.unwrap_or(usize::MAX));
    Ok(())
}

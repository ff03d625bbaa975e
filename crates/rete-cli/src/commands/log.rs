//! `rete log`: record an interaction with one or more people, and list,
//! correct or delete the ones recorded (a mistyped meeting must not stay
//! in the agenda and the audit for good).

use crate::cli::{LogAction, LogArgs, LogCommand};
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output::{self, cell};
use crate::resolve;
use rete_app::interactions::InteractionChange;
use rete_core::{DateRule, InteractionData, InteractionId};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, cmd: LogCommand) -> anyhow::Result<()> {
    match cmd.action {
        None => add(ctx, cmd.new).await,
        Some(LogAction::List { with, since, limit, json }) => list(ctx, with, since, limit, json).await,
        Some(LogAction::Edit { id, kind, on, with, topics, notes, purpose, by }) => {
            let id = InteractionId(id);
            // An unknown id is said before anything about the fields.
            ctx.app().interaction(&ctx.caller(), id).await?;
            let on = on.map(|on| ctx.date("on", &on, DateRule::Happened)).transpose()?;
            let with = if with.is_empty() {
                None
            } else {
                Some(resolve::people(ctx, &with).await?.iter().map(|p| p.id).collect())
            };
            let change = InteractionChange { kind, on, with, topics, notes, purpose, by };
            let i = ctx.app().update_interaction(&ctx.caller(), id, change).await?;
            println!("{}", t!("log.updated", locale = ctx.l(), id = i.id));
            Ok(())
        }
        Some(LogAction::Delete { id }) => {
            let gone = ctx.app().delete_interaction(&ctx.caller(), InteractionId(id)).await?;
            let names = resolve::names(ctx).await?;
            let who = gone.with.iter().filter_map(|p| names.get(p).cloned()).collect::<Vec<_>>().join(", ");
            let kind = t!(format!("kind.{}", gone.kind), locale = ctx.l());
            println!("{}", t!("log.deleted", locale = ctx.l(), id = gone.id, kind = kind, names = who, on = gone.on));
            Ok(())
        }
    }
}

async fn add(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let (Some(kind), false) = (args.kind, args.with.is_empty()) else {
        return Err(bad_input(t!("log.usage", locale = ctx.l())));
    };
    let on = ctx.date("on", &args.on, DateRule::Happened)?;
    let people = resolve::people(ctx, &args.with).await?;
    let data = InteractionData {
        kind,
        on,
        with: people.iter().map(|p| p.id).collect(),
        topics: args.topics,
        notes: args.notes,
        purpose: args.purpose,
        by: args.by,
    };
    let id = ctx.app().log_interaction(&ctx.caller(), data).await?.id;
    let names = people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ");
    let kind = t!(format!("kind.{kind}"), locale = ctx.l());
    println!("{}", t!("log.done", locale = ctx.l(), id = id, kind = kind, names = names, on = on));
    Ok(())
}

async fn list(ctx: &Ctx, with: Option<String>, since: Option<String>, limit: usize, json: bool) -> anyhow::Result<()> {
    let person = match with {
        Some(key) => Some(resolve::person(ctx, &key).await?.id),
        None => None,
    };
    let since = since.map(|s| ctx.date("since", &s, DateRule::Planned)).transpose()?;
    let mut list = ctx.app().interactions(&ctx.caller(), person, since).await?;
    let total = list.len();
    if limit > 0 {
        list.truncate(limit);
    }
    if json {
        return output::json(&list);
    }
    let l = ctx.l();
    let names = resolve::names(ctx).await?;
    let mut table = output::table(
        ["id", "date", "kind", "person", "topics", "notes"]
            .iter()
            .map(|k| t!(format!("field.{k}"), locale = l).into_owned())
            .collect(),
    );
    for i in &list {
        table.add_row(vec![
            i.id.to_string(),
            i.on.to_string(),
            t!(format!("kind.{}", i.kind), locale = l).into_owned(),
            i.with.iter().filter_map(|p| names.get(p).cloned()).collect::<Vec<_>>().join(", "),
            cell(&i.topics),
            cell(&i.notes),
        ]);
    }
    output::print(&table);
    if total > list.len() {
        println!("{}", t!("list.more", locale = l, count = total - list.len()));
    }
    Ok(())
}

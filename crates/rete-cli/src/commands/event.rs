//! `rete event`: where people meet, and who you met there.

use crate::cli::EventCommand;
use crate::context::Ctx;
use crate::output::{self, cell};
use crate::resolve;
use rete_core::EventData;
use rust_i18n::t;
use std::collections::HashMap;

pub async fn run(ctx: &Ctx, cmd: EventCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        EventCommand::Add { name, on, place, topics } => {
            let on = ctx.date("on", &on)?;
            let data = EventData { name, on, place, topics, attendees: Vec::new() };
            let id = ctx.store.add_event(ctx.account, &data).await?;
            println!("{id}");
        }
        EventCommand::Attend { event, with } => {
            let e = resolve::event(ctx, &event).await?;
            let people = resolve::people(ctx, &with).await?;
            let ids: Vec<_> = people.iter().map(|p| p.id).collect();
            let e = ctx.store.attend_event(ctx.account, e.id, &ids).await?;
            println!("{}", t!("event.attended", locale = l, name = e.name, count = e.attendees.len()));
        }
        EventCommand::List(args) => {
            let events = ctx.store.events(ctx.account).await?;
            if args.json {
                return output::json(&events);
            }
            let mut table = output::table(
                ["id", "date", "name", "place", "attendees"]
                    .iter()
                    .map(|k| t!(format!("field.{k}"), locale = l).into_owned())
                    .collect(),
            );
            for e in &events {
                table.add_row(vec![
                    e.id.to_string(),
                    e.on.to_string(),
                    e.name.clone(),
                    cell(&e.place),
                    e.attendees.len().to_string(),
                ]);
            }
            println!("{table}");
        }
        EventCommand::Show { event, json } => {
            let e = resolve::event(ctx, &event).await?;
            if json {
                return output::json(&e);
            }
            let names: HashMap<_, _> = ctx.store.people(ctx.account).await?.into_iter().map(|p| (p.id, p)).collect();
            println!(
                "{} (#{}) — {}{}",
                e.name,
                e.id,
                e.on,
                e.place.as_ref().map(|p| format!(", {p}")).unwrap_or_default()
            );
            if !e.topics.is_empty() {
                println!("{}: {}", t!("field.topics", locale = l), e.topics.join(", "));
            }
            let mut table = output::table(
                ["id", "name", "company"].iter().map(|k| t!(format!("field.{k}"), locale = l).into_owned()).collect(),
            );
            for id in &e.attendees {
                if let Some(p) = names.get(id) {
                    table.add_row(vec![p.id.to_string(), p.name.clone(), cell(&p.company)]);
                }
            }
            println!("{table}");
        }
    }
    Ok(())
}

//! `rete event`: where people meet, who was invited and who you met there.

use crate::cli::EventCommand;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output::{self, cell};
use crate::resolve;
use rete_app::events::{EventChange, Invitees};
use rete_core::{DateRule, EventData};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, cmd: EventCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        EventCommand::Add { name, on, place, topics } => {
            let on = ctx.date("on", &on, DateRule::Planned)?;
            let data = EventData { name, on, place, topics, attendees: Vec::new() };
            let e = ctx.app().add_event(&ctx.caller(), data).await?;
            println!("{}", e.id);
        }
        EventCommand::Edit { event, name, on, place, topics, remove } => {
            let e = resolve::event(ctx, &event).await?;
            let on = on.map(|on| ctx.date("on", &on, DateRule::Planned)).transpose()?;
            let mut gone = Vec::new();
            for key in &remove {
                gone.push(resolve::person(ctx, key).await?.id);
            }
            let topics = (!topics.is_empty()).then_some(topics);
            let change = EventChange { name, on, place, topics, remove: gone };
            let e = ctx.app().update_event(&ctx.caller(), e.id, change).await?;
            println!("{}", t!("event.updated", locale = l, name = e.name, id = e.id));
        }
        EventCommand::Delete { event } => {
            let e = resolve::event(ctx, &event).await?;
            let gone = ctx.app().delete_event(&ctx.caller(), e.id).await?;
            println!("{}", t!("event.deleted", locale = l, name = gone.name, id = gone.id));
        }
        EventCommand::Attend { event, with } => {
            let e = resolve::event(ctx, &event).await?;
            let people = resolve::people(ctx, &with).await?;
            let ids: Vec<_> = people.iter().map(|p| p.id).collect();
            let e = ctx.app().attend_event(&ctx.caller(), e.id, &ids).await?;
            println!("{}", t!("event.attended", locale = l, name = e.name, count = e.attendees.len()));
        }
        EventCommand::Invite { event, community, members, all } => {
            let e = resolve::event(ctx, &event).await?;
            let c = super::directory::community(ctx, Some(&community)).await?;
            if !all && members.is_empty() {
                return Err(bad_input(t!("event.invite_whom", locale = l)));
            }
            let whom = if all { Invitees::All } else { Invitees::Named(members) };
            let done = ctx.app().invite_to_event(&ctx.caller(), e.id, &c, &whom).await?;
            println!("{}", t!("event.invited", locale = l, name = e.name, count = done.invited, total = done.guests));
        }
        EventCommand::Debrief { event, json } => super::debrief::run(ctx, &event, json).await?,
        EventCommand::Suggest { days, limit, json } => super::suggest::run(ctx, days, limit, json).await?,
        EventCommand::List(args) => {
            let events = ctx.app().events(&ctx.caller()).await?;
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
            output::print(&table);
        }
        EventCommand::Show { event, json } => {
            let e = resolve::event(ctx, &event).await?;
            if json {
                return output::json(&e);
            }
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
            let (app, caller) = (ctx.app(), ctx.caller());
            for id in &e.attendees {
                let p = app.person(&caller, *id).await?;
                table.add_row(vec![p.id.to_string(), p.name.clone(), cell(&p.company)]);
            }
            output::print(&table);
        }
    }
    Ok(())
}

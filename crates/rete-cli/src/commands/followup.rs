//! `rete followup`: promises with a due date.

use crate::cli::FollowupCommand;
use crate::context::Ctx;
use crate::output;
use crate::resolve;
use rete_app::followups::FollowupChange;
use rete_core::{DateRule, FollowupId};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, cmd: FollowupCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        FollowupCommand::Add { with, due, text } => {
            let due = ctx.date("due", &due, DateRule::Planned)?;
            let person = resolve::person(ctx, &with).await?;
            let f = ctx.app().add_followup(&ctx.caller(), person.id, due, &text).await?;
            println!("{}", t!("followup.added", locale = l, id = f.id, name = person.name, due = f.due));
        }
        FollowupCommand::List { all, json } => {
            let list = ctx.app().followups(&ctx.caller(), all).await?;
            if json {
                return output::json(&list);
            }
            let names = resolve::names(ctx).await?;
            let mut table = output::table(
                ["id", "due", "person", "text", "state"]
                    .iter()
                    .map(|k| t!(format!("field.{k}"), locale = l).into_owned())
                    .collect(),
            );
            for f in &list {
                let state = match (f.done_on, f.effective_due()) {
                    (Some(d), _) => t!("followup.done_on", locale = l, on = d).into_owned(),
                    (None, due) if due < ctx.today => t!("followup.overdue", locale = l).into_owned(),
                    (None, due) if due == ctx.today => t!("followup.today", locale = l).into_owned(),
                    (None, _) => String::new(),
                };
                table.add_row(vec![
                    f.id.to_string(),
                    f.effective_due().to_string(),
                    names.get(&f.person).cloned().unwrap_or_default(),
                    f.text.clone(),
                    state,
                ]);
            }
            output::print(&table);
        }
        FollowupCommand::Done { id, on } => {
            let on = ctx.date("on", &on, DateRule::Happened)?;
            let f = ctx.app().complete_followup(&ctx.caller(), FollowupId(id), on).await?;
            println!("{}", t!("followup.completed", locale = l, id = f.id, text = f.text));
        }
        FollowupCommand::Edit { id, with, due, text, reopen } => {
            let id = FollowupId(id);
            // An unknown id is said before anything about the fields.
            ctx.app().followup(&ctx.caller(), id).await?;
            let person = match with {
                Some(key) => Some(resolve::person(ctx, &key).await?.id),
                None => None,
            };
            let due = due.map(|due| ctx.date("due", &due, DateRule::Planned)).transpose()?;
            let change = FollowupChange { person, due, text, reopen };
            let f = ctx.app().update_followup(&ctx.caller(), id, change).await?;
            println!("{}", t!("followup.updated", locale = l, id = f.id));
        }
        FollowupCommand::Delete { id } => {
            let gone = ctx.app().delete_followup(&ctx.caller(), FollowupId(id)).await?;
            println!("{}", t!("followup.deleted", locale = l, id = gone.id, text = gone.text));
        }
        FollowupCommand::Snooze { id, until } => {
            let until = ctx.date("until", &until, DateRule::Snooze)?;
            let f = ctx.app().snooze_followup(&ctx.caller(), FollowupId(id), until).await?;
            println!("{}", t!("followup.snoozed", locale = l, id = f.id, until = until));
        }
    }
    Ok(())
}

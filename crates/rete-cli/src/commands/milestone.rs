//! `rete milestone`: moments worth a congratulation.

use crate::cli::MilestoneCommand;
use crate::context::Ctx;
use crate::output::{self, cell};
use crate::resolve;
use rete_app::milestones::MilestoneChange;
use rete_core::{DateRule, MilestoneData, MilestoneId};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, cmd: MilestoneCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        MilestoneCommand::Add { person, kind, on, note } => {
            let on = ctx.date("on", &on, DateRule::Planned)?;
            let p = resolve::person(ctx, &person).await?;
            let m = ctx.app().add_milestone(&ctx.caller(), MilestoneData { person: p.id, kind, on, note }).await?;
            let kind = t!(format!("milestone.{kind}"), locale = l);
            println!("{}", t!("milestone.added", locale = l, id = m.id, kind = kind, name = p.name));
        }
        MilestoneCommand::Edit { id, kind, on, note } => {
            let on = on.map(|on| ctx.date("on", &on, DateRule::Planned)).transpose()?;
            let change = MilestoneChange { kind, on, note };
            let m = ctx.app().update_milestone(&ctx.caller(), MilestoneId(id), change).await?;
            println!("{}", t!("milestone.updated", locale = l, id = m.id));
        }
        MilestoneCommand::Delete { id } => {
            let gone = ctx.app().delete_milestone(&ctx.caller(), MilestoneId(id)).await?;
            println!("{}", t!("milestone.deleted", locale = l, id = gone.id));
        }
        MilestoneCommand::List(args) => {
            let list = ctx.app().milestones(&ctx.caller(), None).await?;
            if args.json {
                return output::json(&list);
            }
            let names = resolve::names(ctx).await?;
            let mut table = output::table(
                ["id", "date", "person", "kind", "notes"]
                    .iter()
                    .map(|k| t!(format!("field.{k}"), locale = l).into_owned())
                    .collect(),
            );
            for m in &list {
                table.add_row(vec![
                    m.id.to_string(),
                    m.on.to_string(),
                    names.get(&m.person).cloned().unwrap_or_default(),
                    t!(format!("milestone.{}", m.kind), locale = l).into_owned(),
                    cell(&m.note),
                ]);
            }
            output::print(&table);
        }
    }
    Ok(())
}

//! `rete pairing`: a community's recurring one-to-one pairing (rete-app's
//! `pairing`), run and announced, or its history.

use super::directory::community;
use crate::cli::{PairingCommand, Prefer};
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use rete_app::pairing::{PairingOptions, PairingOutcome, Period};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, cmd: PairingCommand) -> anyhow::Result<()> {
    match cmd {
        PairingCommand::Run { community: name, every, prefer, include_me, force, dry_run, json } => {
            let l = ctx.l();
            let period =
                Period::parse(&every).ok_or_else(|| bad_input(t!("pairing.bad_every", locale = l, value = every)))?;
            let prefer = match prefer {
                Prefer::CrossDepartment => rete_app::pairing::Prefer::CrossDepartment,
                Prefer::CrossSector => rete_app::pairing::Prefer::CrossSector,
                Prefer::Score => rete_app::pairing::Prefer::Score,
            };
            let options = PairingOptions { period, prefer, include_me, force, dry_run };
            pair(ctx, &name, options, json).await
        }
        PairingCommand::History { community: name, json } => history(ctx, &name, json).await,
    }
}

async fn pair(ctx: &Ctx, name: &str, options: PairingOptions, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let c = community(ctx, Some(name)).await?;
    let view = match ctx.app().pairing_run(&ctx.caller(), c.id, options).await? {
        PairingOutcome::NotDue { last, due } => {
            println!("{}", t!("pairing.not_due", locale = l, name = c.name, last = last, due = due));
            return Ok(());
        }
        PairingOutcome::Run(view) => view,
    };
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
        output::print(&table);
        if options.dry_run {
            println!("{}", t!("pairing.dry_run", locale = l));
        } else {
            println!("{}", t!("pairing.next", locale = l, date = view.next_on));
        }
        for f in &view.failed {
            eprintln!("{}", t!("pairing.failed", locale = l, what = f));
        }
    }
    if view.unsent > 0 {
        eprintln!("{}", t!("pairing.no_smtp", locale = l, count = view.unsent));
    }
    if !view.failed.is_empty() {
        return Err(anyhow::anyhow!(t!("pairing.some_failed", locale = l, count = view.failed.len()).into_owned()));
    }
    Ok(())
}

async fn history(ctx: &Ctx, name: &str, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let c = community(ctx, Some(name)).await?;
    let runs = ctx.app().pairing_history(&ctx.caller(), c.id).await?;
    if json {
        return output::json(&runs);
    }
    if runs.is_empty() {
        println!("{}", t!("pairing.none_yet", locale = l, name = c.name));
        return Ok(());
    }
    let names = ctx.app().member_names(&ctx.caller(), c.id).await?;
    let mut table =
        output::table(vec![t!("field.date", locale = l).into_owned(), t!("pairing.col.who", locale = l).into_owned()]);
    for run in &runs {
        for g in &run.groups {
            let who = g.iter().map(|m| names.get(m).cloned().unwrap_or_else(|| format!("#{m}"))).collect::<Vec<_>>();
            table.add_row(vec![run.on.to_string(), who.join(" + ")]);
        }
    }
    output::print(&table);
    Ok(())
}

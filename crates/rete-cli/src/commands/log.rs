//! `rete log`: record an interaction with one or more people.

use crate::cli::LogArgs;
use crate::context::Ctx;
use crate::resolve;
use rete_core::{DateRule, InteractionData};
use rust_i18n::t;

pub async fn run(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let on = ctx.date("on", &args.on, DateRule::Happened)?;
    let people = resolve::people(ctx, &args.with).await?;
    let data = InteractionData {
        kind: args.kind,
        on,
        with: people.iter().map(|p| p.id).collect(),
        topics: args.topics.filter(|s| !s.trim().is_empty()),
        notes: args.notes.filter(|s| !s.trim().is_empty()),
        purpose: args.purpose,
        by: args.by,
    };
    let id = ctx.store.add_interaction(ctx.account, &data).await?;
    let names = people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ");
    let kind = t!(format!("kind.{}", args.kind), locale = ctx.l());
    println!("{}", t!("log.done", locale = ctx.l(), id = id, kind = kind, names = names, on = on));
    Ok(())
}

//! `rete draft`: a message you could send as is, built from what rete
//! knows of the relationship, or the detail you should record first.

use crate::cli::DraftArgs;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::resolve;
use rete_core::draft::{draft, DraftFacts, Moment};
use rete_core::{Direction, Initiator, Purpose};

pub async fn run(ctx: &Ctx, args: DraftArgs) -> anyhow::Result<()> {
    let p = resolve::person(ctx, &args.person).await?;
    let interactions = ctx.store.interactions(ctx.account, Some(p.id)).await?;
    let exchanges = ctx.store.exchanges(ctx.account, Some(p.id)).await?;
    let milestones = ctx.store.milestones(ctx.account, Some(p.id)).await?;
    let met = p.met_on.map(|on| Moment { on, place: p.met_at.clone(), topics: None });
    let last = interactions.iter().find(|i| i.on <= ctx.today).map(|i| Moment {
        on: i.on,
        place: None,
        topics: i.topics.clone().or_else(|| i.notes.clone()),
    });
    let received =
        exchanges.iter().find(|e| e.direction == Direction::Received).map(|e| (e.kind, e.on, e.note.clone()));
    let milestone = milestones.first().map(|m| (m.kind, m.on, m.note.clone()));
    // What they asked you for is the clearest need you know of.
    let their_need = interactions
        .iter()
        .find(|i| i.by == Initiator::Them && i.purpose == Some(Purpose::Ask))
        .and_then(|i| i.topics.clone().or_else(|| i.notes.clone()));
    let facts = DraftFacts { name: p.name.clone(), met, last, received, milestone, their_need, your_offer: None };
    match draft(args.kind, &facts, ctx.today, ctx.lang) {
        Ok(text) => {
            println!("{text}");
            Ok(())
        }
        Err(missing) => Err(bad_input(missing.0)),
    }
}

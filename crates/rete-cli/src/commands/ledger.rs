//! `rete give`, `rete receive`, `rete thank` and `rete ledger`: the
//! reciprocity ledger.

use crate::cli::{ExchangeFields, GiveArgs, LedgerAction, LedgerCommand, ListArgs, ReceiveArgs, ThankArgs};
use crate::context::Ctx;
use crate::output::{self, cell};
use crate::resolve;
use rete_app::ledger::ExchangeChange;
use rete_core::{parse_amount, DateRule, Direction, ExchangeData, ExchangeId, ExchangeKind};
use rete_i18n::t;

pub async fn give(ctx: &Ctx, args: GiveArgs) -> anyhow::Result<()> {
    record(ctx, Direction::Given, args.kind, &args.to, args.fields).await
}

pub async fn receive(ctx: &Ctx, args: ReceiveArgs) -> anyhow::Result<()> {
    record(ctx, Direction::Received, args.kind, &args.from, args.fields).await
}

async fn record(
    ctx: &Ctx,
    direction: Direction,
    kind: ExchangeKind,
    who: &str,
    f: ExchangeFields,
) -> anyhow::Result<()> {
    let on = ctx.date("on", &f.on, DateRule::Happened)?;
    let amount_cents = f.amount.as_deref().map(|a| parse_amount(a, ctx.lang)).transpose()?;
    let person = resolve::person(ctx, who).await?;
    // The kind's code lets the Italian agree with it ("referenza ricevuta").
    let code = kind.as_str();
    let data = ExchangeData { direction, kind, person: person.id, on, amount_cents, note: f.note, thanked_on: None };
    let id = ctx.app().record_exchange(&ctx.caller(), data).await?.id;
    let l = ctx.l();
    let kind = t!(format!("exchange.{kind}"), locale = l);
    let key = match direction {
        Direction::Given => "ledger.given",
        Direction::Received => "ledger.received",
    };
    println!("{}", t!(key, locale = l, id = id, kind = kind, code = code, name = person.name));
    // An amount is echoed as it was read, so "1.200" typed in the wrong
    // language shows at once.
    if let Some(cents) = amount_cents {
        println!("{}", t!("ledger.amount_read", locale = l, amount = rete_core::numbers::euros(cents, ctx.lang)));
    }
    Ok(())
}

pub async fn thank(ctx: &Ctx, args: ThankArgs) -> anyhow::Result<()> {
    let e = ctx.app().thank_exchange(&ctx.caller(), ExchangeId(args.exchange), Some(&args.on)).await?;
    let person = ctx.app().person(&ctx.caller(), e.person).await?;
    let on = e.thanked_on.map(|d| d.to_string()).unwrap_or_default();
    println!("{}", t!("ledger.thanked", locale = ctx.l(), id = e.id, name = person.name, on = on));
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: LedgerCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd.action {
        None => list(ctx, ListArgs { json: cmd.json }).await,
        Some(LedgerAction::List(args)) => list(ctx, args).await,
        Some(LedgerAction::Edit { id, kind, person, on, amount, note, not_thanked }) => {
            let id = ExchangeId(id);
            // An unknown id is said before anything about the fields.
            ctx.app().exchange(&ctx.caller(), id).await?;
            let person = match person {
                Some(key) => Some(resolve::person(ctx, &key).await?.id),
                None => None,
            };
            let on = on.map(|on| ctx.date("on", &on, DateRule::Happened)).transpose()?;
            let amount_cents = amount.as_deref().map(|a| parse_amount(a, ctx.lang)).transpose()?;
            let change = ExchangeChange { kind, person, on, amount_cents, note, not_thanked };
            let e = ctx.app().update_exchange(&ctx.caller(), id, change).await?;
            println!("{}", t!("ledger.updated", locale = l, id = e.id));
            Ok(())
        }
        Some(LedgerAction::Delete { id }) => {
            let gone = ctx.app().delete_exchange(&ctx.caller(), ExchangeId(id)).await?;
            let name = ctx.app().person(&ctx.caller(), gone.person).await.map(|p| p.data.name).unwrap_or_default();
            let kind = t!(format!("exchange.{}", gone.kind), locale = l);
            println!("{}", t!("ledger.deleted", locale = l, id = gone.id, kind = kind, name = name, on = gone.on));
            Ok(())
        }
    }
}

async fn list(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let exchanges = ctx.app().exchanges(&ctx.caller(), None).await?;
    if args.json {
        return output::json(&exchanges);
    }
    let names = resolve::names(ctx).await?;
    let l = ctx.l();
    let mut table = output::table(
        ["id", "date", "direction", "kind", "person", "amount", "thanked"]
            .iter()
            .map(|k| t!(format!("field.{k}"), locale = l).into_owned())
            .collect(),
    );
    for e in &exchanges {
        table.add_row(vec![
            e.id.to_string(),
            e.on.to_string(),
            t!(format!("direction.{}", e.direction), locale = l).into_owned(),
            t!(format!("exchange.{}", e.kind), locale = l).into_owned(),
            names.get(&e.person).cloned().unwrap_or_default(),
            e.amount_cents.map(|c| rete_core::numbers::euros(c, ctx.lang)).unwrap_or_default(),
            cell(&e.thanked_on.map(|d| d.to_string())),
        ]);
    }
    output::print(&table);
    Ok(())
}

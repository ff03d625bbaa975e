//! `rete intro`: who can introduce you to someone, asking them with a
//! specific message, and recording the introduction in the ledger when it
//! happens (the use cases are rete-app's `intros`).

use crate::cli::IntroCommand;
use crate::context::Ctx;
use crate::output;
use crate::resolve;
use rete_app::intros::{IntroPaths, KnownWell};
use rete_core::{DateRule, IntroId, Tier};
use rete_i18n::t;

pub async fn run(ctx: &Ctx, cmd: IntroCommand) -> anyhow::Result<()> {
    match cmd {
        IntroCommand::Path { person, max, json } => path(ctx, &person, max, json).await,
        IntroCommand::Ask { person, via, why } => ask(ctx, &person, &via, why).await,
        IntroCommand::List { json } => list(ctx, json).await,
        IntroCommand::Done { id, declined, on } => done(ctx, IntroId(id), declined, on).await,
    }
}

async fn path(ctx: &Ctx, key: &str, max: usize, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let target = resolve::person(ctx, key).await?;
    let (target, views) = match ctx.app().intro_paths(&ctx.caller(), target.id, max).await? {
        IntroPaths::Paths { target, paths } => (target, paths),
        IntroPaths::KnownWell { target, why } => {
            let said = match why {
                KnownWell::Strength { strength } => {
                    t!("intro.known_well", locale = l, name = target.name, strength = format!("{strength:.0}"))
                }
                KnownWell::Tier { tier: Tier::Inner } => t!("intro.known_inner", locale = l, name = target.name),
                KnownWell::Tier { .. } => t!("intro.known_close", locale = l, name = target.name),
            };
            // Scripts still read a list (of no introductions to propose).
            if json {
                eprintln!("{said}");
                return output::json(&Vec::<()>::new());
            }
            println!("{said}");
            return Ok(());
        }
    };
    if json {
        return output::json(&views);
    }
    if views.is_empty() {
        println!("{}", t!("intro.no_path", locale = l, name = target.name));
        return Ok(());
    }
    println!("{}", t!("intro.paths_to", locale = l, name = target.name));
    for (n, v) in views.iter().enumerate() {
        println!();
        println!(
            "{}. {}",
            n + 1,
            t!("intro.via", locale = l, name = v.introducer.name, strength = format!("{:.0}", v.strength * 100.0))
        );
        for link in &v.links {
            println!("   {} → {}: {}", link.from.name, link.to.name, link.reason);
        }
    }
    if let (Some(first), Some(target)) = (views.first().and_then(|v| v.introducer.id), target.id) {
        println!();
        println!("{}", t!("intro.next", locale = l, target = target, via = first));
    }
    Ok(())
}

async fn ask(ctx: &Ctx, key: &str, via: &str, why: Option<String>) -> anyhow::Result<()> {
    let l = ctx.l();
    let target = resolve::person(ctx, key).await?;
    let introducer = resolve::person(ctx, via).await?;
    let asked = ctx.app().ask_intro(&ctx.caller(), target.id, introducer.id, why.as_deref()).await?;
    println!("{}", asked.text);
    eprintln!("{}", t!("intro.recorded", locale = l, id = asked.intro.id));
    Ok(())
}

async fn list(ctx: &Ctx, json: bool) -> anyhow::Result<()> {
    let l = ctx.l();
    let views = ctx.app().intros(&ctx.caller()).await?;
    if json {
        return output::json(&views);
    }
    let mut table = output::table(
        ["id", "date", "intro.col.target", "intro.col.via", "intro.col.status"]
            .iter()
            .map(|k| {
                let key = if k.contains('.') { k.to_string() } else { format!("field.{k}") };
                t!(key, locale = l).into_owned()
            })
            .collect(),
    );
    for v in &views {
        let status = t!(format!("intro.status.{}", v.status.as_str()), locale = l).into_owned();
        let status = match v.closed_on {
            Some(d) => format!("{status} ({d})"),
            None => status,
        };
        table.add_row(vec![
            v.id.to_string(),
            v.asked_on.to_string(),
            v.target.name.clone(),
            v.via.name.clone(),
            status,
        ]);
    }
    output::print(&table);
    Ok(())
}

async fn done(ctx: &Ctx, id: IntroId, declined: bool, on: Option<String>) -> anyhow::Result<()> {
    let l = ctx.l();
    let on = match on {
        Some(d) => ctx.date("on", &d, DateRule::Happened)?,
        None => ctx.today,
    };
    let closed = ctx.app().close_intro(&ctx.caller(), id, declined, on).await?;
    let (target, via) = (&closed.intro.target.name, &closed.intro.via.name);
    match &closed.followup {
        None => println!("{}", t!("intro.declined", locale = l, target = target, via = via)),
        Some(f) => println!("{}", t!("intro.made", locale = l, target = target, via = via, due = f.due)),
    }
    Ok(())
}

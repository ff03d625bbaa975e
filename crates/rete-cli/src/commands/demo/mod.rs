//! `rete demo`: a realistic network in a fresh database, then a tour of it.

mod network;

use super::Location;
use crate::cli::{DemoArgs, MatchesArgs};
use crate::config::Config;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use chrono::NaiveDate;
use rete_core::{Direction, Lang, Tier};
use rete_i18n::t;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub async fn run(
    location: &Location,
    named: bool,
    args: &DemoArgs,
    lang: Lang,
    today: NaiveDate,
    config: &Config,
) -> anyhow::Result<()> {
    // Without --db the demo gets its own file beside the real one, rebuilt
    // each time, so it never mixes with the user's network.
    let location = match location {
        Location::Sqlite { path, .. } if !named => {
            let demo = path.with_file_name("demo.db");
            remove_sqlite(&demo)?;
            Location::Sqlite { path: demo, named: false }
        }
        other => other.clone(),
    };
    let store = location.open(true).await?;
    let shown = show(&location, store.clone(), args, lang, today, config).await;
    let serving = args.serve || (!args.no_serve && std::io::stdout().is_terminal());
    let served = match shown {
        Ok(()) if serving => serve(&location, store.clone(), args, lang, today, config).await,
        other => other,
    };
    // The file must hold the whole demo when rete exits (a copy of it is
    // then the whole network): fold the write-ahead log in.
    store.close().await;
    served
}

/// The demo's sign-in, printed for whoever runs it (it is a demo file).
pub const DEMO_EMAIL: &str = "demo@rete.example";
pub const DEMO_PASSWORD: &str = "caffe-con-giulia";

/// The demo's context: its own file, the local account, no mail.
fn demo_ctx(
    store: std::sync::Arc<dyn rete_store::Store>,
    account: rete_core::AccountId,
    lang: Lang,
    today: NaiveDate,
    config: &Config,
) -> Ctx {
    Ctx { store, account, lang, today, rules: config.agenda.clone(), smtp: None, server: config.server.clone() }
}

/// Serves the demo in the browser with a login of its own.
async fn serve(
    location: &Location,
    store: std::sync::Arc<dyn rete_store::Store>,
    args: &DemoArgs,
    lang: Lang,
    today: NaiveDate,
    config: &Config,
) -> anyhow::Result<()> {
    let account = store.local_account().await?;
    let ctx = demo_ctx(store, account, lang, today, config);
    let now = chrono::Utc::now().timestamp();
    ctx.app().set_login(account, DEMO_EMAIL, DEMO_PASSWORD, lang, now).await?;
    println!();
    println!("{}", t!("demo.login", locale = lang.as_str(), email = DEMO_EMAIL, password = DEMO_PASSWORD));
    let serve_args = crate::cli::ServeArgs { addr: args.addr.clone(), public_url: None };
    super::serve::run(&ctx, location, serve_args).await
}

async fn show(
    location: &Location,
    store: std::sync::Arc<dyn rete_store::Store>,
    args: &DemoArgs,
    lang: Lang,
    today: NaiveDate,
    config: &Config,
) -> anyhow::Result<()> {
    let l = lang.as_str();
    let account = store.local_account().await?;
    if !store.people(account).await?.is_empty() {
        return Err(bad_input(t!("demo.not_empty", locale = l, path = location.describe())));
    }
    let backup = network::generate(args.seed, args.people, today);
    store.import(account, &backup).await?;

    println!("{}", t!("demo.built", locale = l, path = location.describe()));
    println!();
    let people = store.people(account).await?;
    let mut tiers =
        output::table(vec![t!("field.tier", locale = l).into_owned(), t!("demo.people", locale = l).into_owned()]);
    for tier in Tier::ALL {
        let n = people.iter().filter(|p| p.tier == *tier).count();
        tiers.add_row(vec![t!(format!("tier.{tier}"), locale = l).into_owned(), n.to_string()]);
    }
    println!("{tiers}");
    let interactions = store.interactions(account, None).await?;
    let exchanges = store.exchanges(account, None).await?;
    let given = exchanges.iter().filter(|e| e.direction == Direction::Given).count();
    let unthanked = exchanges.iter().filter(|e| e.direction == Direction::Received && e.thanked_on.is_none()).count();
    let open: Vec<_> = store.followups(account, false).await?;
    let overdue = open.iter().filter(|f| f.effective_due() < today).count();
    let events = store.events(account).await?;
    println!(
        "{}",
        t!(
            "demo.summary",
            locale = l,
            people = people.len(),
            interactions = interactions.len(),
            events = events.len(),
            given = given,
            received = exchanges.len() - given,
            unthanked = unthanked,
            open = open.len(),
            overdue = overdue
        )
    );
    println!();
    let mut soon: Vec<_> = people
        .iter()
        .filter_map(|p| p.birthday.map(|b| (b.next_on_or_after(today), p)))
        .filter(|(d, _)| (*d - today).num_days() <= 14)
        .collect();
    soon.sort_by_key(|(d, p)| (*d, p.id));
    if !soon.is_empty() {
        println!("{}", t!("demo.birthdays", locale = l));
        for (d, p) in soon {
            println!("  {d}  {}", p.name);
        }
        println!();
    }
    let ctx = demo_ctx(store.clone(), account, lang, today, config);
    let items = super::today::items(&ctx, today).await?;
    println!(
        "{}",
        t!("today.title", locale = l, date = rete_core::reason::day_month(today, lang), count = items.len())
    );
    super::today::print(&ctx, &items, today, 12);
    println!();
    // Grow: a community whose members publish what they offer and seek.
    let club = store.create_community(account, "BNI Leonardo").await?;
    store.upsert_profiles(account, club.id, &network::community(args.seed, 150)).await?;
    println!("{}", t!("demo.matches", locale = l, name = club.name));
    super::grow::matches(&ctx, MatchesArgs { community: Some(club.name.clone()), k: 3, json: false }).await?;
    println!();
    let db_flag = match location {
        Location::Sqlite { path, .. } => format!("--db {}", path.display()),
        Location::Postgres(_) => String::new(),
    };
    println!("{}", t!("demo.next", locale = l, db = db_flag));
    Ok(())
}

/// Removes a previous demo database and its WAL files.
fn remove_sqlite(path: &Path) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(anyhow::anyhow!("{}: {e}", PathBuf::from(p).display())),
        }
    }
    Ok(())
}

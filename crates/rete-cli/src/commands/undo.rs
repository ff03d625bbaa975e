//! `rete undo`: takes back the last command that changed something (see
//! rete-store-sqlite's `undo` module for how the journal is kept).

use super::Location;
use crate::cli::UndoArgs;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use rete_i18n::t;
use rete_store_sqlite::{OpenMode, SqliteStore};

pub async fn run(ctx: &Ctx, location: &Location, args: UndoArgs) -> anyhow::Result<()> {
    let l = ctx.l();
    let Location::Sqlite { path, .. } = location else {
        return Err(bad_input(t!("undo.postgres", locale = l)));
    };
    let store = SqliteStore::open(path, OpenMode::MustExist).await?;
    let undone = store.undo(ctx.account).await;
    rete_store::Store::close(&store).await;
    let undone = undone?;
    if args.json {
        return output::json(&undone);
    }
    match undone {
        None => println!("{}", t!("undo.nothing", locale = l)),
        Some(step) => {
            let at = step.at.replace('T', " ").trim_end_matches('Z').to_string();
            println!("{}", t!("undo.done", locale = l, command = step.command, at = at, count = step.changes));
            if let Some(next) = step.next {
                println!("{}", t!("undo.next", locale = l, command = next));
            }
        }
    }
    Ok(())
}

/// The command line as typed, for the journal: `rete log call --with
/// Anna`, without the database it ran on (a URL may hold a password).
pub fn command_line() -> String {
    let mut words = vec!["rete".to_string()];
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--db" || arg == "--database-url" {
            args.next();
            continue;
        }
        if arg.starts_with("--db=") || arg.starts_with("--database-url=") {
            continue;
        }
        words.push(if arg.contains(char::is_whitespace) { format!("'{arg}'") } else { arg });
    }
    words.join(" ")
}

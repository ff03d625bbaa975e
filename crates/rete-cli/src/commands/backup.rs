//! `rete export json` and `rete import json`: the lossless backup of an
//! account; `rete backup` and `rete restore`: the whole database file.

use super::contacts::{self, Source};
use super::Location;
use crate::cli::{BackupArgs, ExportCommand, ImportCommand, RestoreArgs};
use crate::context::Ctx;
use crate::failure::bad_input;
use rete_core::Backup;
use rete_formats::vcard::VCardVersion;
use rete_i18n::t;

pub async fn export(ctx: &Ctx, cmd: ExportCommand) -> anyhow::Result<()> {
    match cmd {
        ExportCommand::Json => {
            let backup = ctx.app().export_backup(&ctx.caller()).await?;
            crate::output::json(&backup)
        }
        ExportCommand::Vcard { version } => {
            let version = if version == "3.0" { VCardVersion::V3 } else { VCardVersion::V4 };
            write_out(&ctx.app().export_vcard(&ctx.caller(), version).await?)
        }
        ExportCommand::Csv => write_out(&ctx.app().export_csv(&ctx.caller()).await?),
        ExportCommand::Graphml => write_out(&ctx.app().export_graphml(&ctx.caller()).await?),
    }
}

fn write_out(bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

pub async fn import(ctx: &Ctx, cmd: ImportCommand) -> anyhow::Result<()> {
    match cmd {
        ImportCommand::Linkedin(args) => contacts::import(ctx, Source::Linkedin, args).await,
        ImportCommand::Vcard(args) => contacts::import(ctx, Source::Vcard, args).await,
        ImportCommand::Google(args) => contacts::import(ctx, Source::Google, args).await,
        ImportCommand::Outlook(args) => contacts::import(ctx, Source::Outlook, args).await,
        ImportCommand::Guess(args) => match contacts::guess(ctx, args)? {
            (Some(source), args) => contacts::import(ctx, source, args).await,
            (None, args) => Box::pin(import(ctx, ImportCommand::Json { file: args.file })).await,
        },
        ImportCommand::Json { file } => {
            let name = file.display().to_string();
            let text = if name == "-" {
                std::io::read_to_string(std::io::stdin())?
            } else {
                std::fs::read_to_string(&file).map_err(|e| bad_input(format!("{name}: {e}")))?
            };
            let backup: Backup = serde_json::from_str(&text).map_err(|e| {
                bad_input(t!(
                    "import.bad_json",
                    locale = ctx.l(),
                    file = name,
                    line = e.line(),
                    column = e.column(),
                    error = e
                ))
            })?;
            ctx.app().restore_backup(&ctx.caller(), &backup).await?;
            print_counts(ctx, &backup);
            Ok(())
        }
    }
}

/// What a restored backup held, in the reader's words.
fn print_counts(ctx: &Ctx, backup: &Backup) {
    let c = backup.counts();
    println!(
        "{}",
        t!(
            "import.restored",
            locale = ctx.l(),
            people = c.people,
            interactions = c.interactions,
            exchanges = c.exchanges,
            followups = c.followups,
            milestones = c.milestones,
            events = c.events,
            communities = c.communities,
            profiles = c.profiles,
            intros = c.intros
        )
    );
}

/// `rete backup FILE`: a consistent copy of the SQLite database while it
/// may be in use; on PostgreSQL the server's own tools do it better.
pub async fn backup_file(ctx: &Ctx, location: &Location, args: &BackupArgs) -> anyhow::Result<()> {
    let Location::Sqlite { path, .. } = location else {
        return Err(bad_input(t!("backup.postgres", locale = ctx.l(), file = args.file.display())));
    };
    let store = rete_store_sqlite::SqliteStore::open(path, rete_store_sqlite::OpenMode::MustExist).await?;
    let done = store.backup_into(&args.file).await;
    store.close_cleanly().await;
    done?;
    let size = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    println!(
        "{}",
        t!(
            "backup.written",
            locale = ctx.l(),
            file = args.file.display(),
            db = path.display(),
            kib = size.div_ceil(1024)
        )
    );
    Ok(())
}

/// `rete restore FILE`: the database becomes the copy, after a question
/// (or `--yes`); what it holds is printed.
pub async fn restore_file(ctx: &Ctx, location: &Location, args: &RestoreArgs) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let l = ctx.l();
    let Location::Sqlite { path, .. } = location else {
        return Err(bad_input(t!("backup.postgres", locale = l, file = args.file.display())));
    };
    if !args.file.is_file() {
        return Err(bad_input(t!("backup.no_file", locale = l, file = args.file.display())));
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(bad_input(t!("backup.restore_needs_yes", locale = l, db = path.display())));
        }
        let question = t!("backup.restore_confirm", locale = l, db = path.display(), file = args.file.display());
        if !crate::output::confirm(&question)? {
            println!("{}", t!("person.kept", locale = l));
            return Ok(());
        }
    }
    ctx.store.close().await;
    rete_store_sqlite::SqliteStore::restore_from(path, &args.file)?;
    let store = rete_store_sqlite::SqliteStore::open(path, rete_store_sqlite::OpenMode::MustExist).await?;
    let account = rete_store::Store::local_account(&store).await?;
    let backup = rete_store::Store::export(&store, account).await?;
    store.close_cleanly().await;
    println!("{}", t!("backup.restored", locale = l, db = path.display(), file = args.file.display()));
    print_counts(ctx, &backup);
    Ok(())
}

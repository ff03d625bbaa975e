//! `rete export json` and `rete import json`: the lossless backup.

use super::contacts::{self, Source};
use crate::cli::{ExportCommand, ImportCommand};
use crate::context::Ctx;
use crate::failure::bad_input;
use rete_core::Backup;
use rust_i18n::t;

pub async fn export(ctx: &Ctx, cmd: ExportCommand) -> anyhow::Result<()> {
    match cmd {
        ExportCommand::Json => {
            let backup = ctx.store.export(ctx.account).await?;
            crate::output::json(&backup)
        }
        ExportCommand::Vcard { version } => contacts::export_vcard(ctx, &version).await,
        ExportCommand::Csv => contacts::export_csv(ctx).await,
        ExportCommand::Graphml => contacts::export_graphml(ctx).await,
    }
}

pub async fn import(ctx: &Ctx, cmd: ImportCommand) -> anyhow::Result<()> {
    match cmd {
        ImportCommand::Linkedin(args) => contacts::import(ctx, Source::Linkedin, args).await,
        ImportCommand::Vcard(args) => contacts::import(ctx, Source::Vcard, args).await,
        ImportCommand::Google(args) => contacts::import(ctx, Source::Google, args).await,
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
            ctx.store.import(ctx.account, &backup).await?;
            println!(
                "{}",
                t!(
                    "import.restored",
                    locale = ctx.l(),
                    people = backup.people.len(),
                    interactions = backup.interactions.len(),
                    exchanges = backup.exchanges.len()
                )
            );
            Ok(())
        }
    }
}

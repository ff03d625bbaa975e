//! `rete import linkedin|vcard|google|outlook`, `rete import FILE` (the
//! kind guessed from the content) and `rete export vcard|csv|graphml`:
//! address books in and out, deduplicated, in one transaction, with a
//! report of what was kept apart, assumed or left empty.

use crate::cli::ContactImport;
use crate::context::Ctx;
use crate::failure::bad_input;
use crate::output;
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rete_formats::sniff::{self, Kind};
use rete_formats::{FormatError, ImportReport, WarningKind};
use rete_i18n::t;
use std::io::IsTerminal;

/// Which parser reads the file.
#[derive(Debug, Clone, Copy)]
pub enum Source {
    Linkedin,
    Vcard,
    Google,
    Outlook,
}

/// The options of `rete import FILE`, read from what clap handed over
/// as an unknown subcommand.
#[derive(Debug, Parser)]
#[command(name = "rete import", no_binary_name = true)]
struct GuessArgs {
    #[command(flatten)]
    args: ContactImport,
}

/// The file to import (`-`: standard input), refused at the first line
/// longer than any address book's, before the rest is read: a file of one
/// 200 MB line costs 16 MB, not gigabytes, to refuse.
fn read_input(ctx: &Ctx, file: &std::path::Path, name: &str) -> anyhow::Result<Vec<u8>> {
    use rete_formats::bounded::{read_bounded, read_file, ReadError, MAX_LINE_BYTES};
    let read = if name == "-" { read_bounded(std::io::stdin().lock(), MAX_LINE_BYTES) } else { read_file(file) };
    read.map_err(|e| match e {
        ReadError::LineTooLong { line, limit } => {
            bad_input(t!("contacts.line_too_long", locale = ctx.l(), file = name, line = line, mib = limit >> 20))
        }
        ReadError::Io(e) => bad_input(format!("{name}: {e}")),
    })
}

/// Reads the file named in `rete import FILE`, tells its kind and says
/// it; `None` is rete's JSON backup, restored by its own command.
pub fn guess(ctx: &Ctx, raw: Vec<std::ffi::OsString>) -> anyhow::Result<(Option<Source>, ContactImport)> {
    let l = ctx.l();
    let args = GuessArgs::try_parse_from(raw).map_err(|e| bad_input(e.to_string()))?.args;
    let name = args.file.display().to_string();
    if name == "-" {
        return Err(bad_input(t!("contacts.guess_stdin", locale = l)));
    }
    let bytes = read_input(ctx, &args.file, &name)?;
    let kind = sniff::guess(&bytes).map_err(|e| match e {
        FormatError::Unrecognised { .. } => bad_input(t!("contacts.unrecognised", locale = l, file = name)),
        other => bad_input(rete_app::imports::file_refused(&other, &name, ctx.lang)),
    })?;
    let what = t!(format!("contacts.kind.{}", kind.as_str()), locale = l);
    let said = t!("contacts.guessed", locale = l, file = name, kind = what, command = kind.as_str());
    if args.json {
        eprintln!("{said}");
    } else {
        println!("{said}");
    }
    let source = match kind {
        Kind::Vcard => Some(Source::Vcard),
        Kind::Linkedin => Some(Source::Linkedin),
        Kind::Google => Some(Source::Google),
        Kind::Outlook => Some(Source::Outlook),
        Kind::JsonBackup => None,
    };
    Ok((source, args))
}

/// Above this size (about 2,000 LinkedIn connections) an interactive
/// terminal gets a progress bar.
const PROGRESS_THRESHOLD_BYTES: usize = 200_000;

pub async fn import(ctx: &Ctx, source: Source, args: ContactImport) -> anyhow::Result<()> {
    let l = ctx.l();
    let name = args.file.display().to_string();
    let bytes = read_input(ctx, &args.file, &name)?;
    let progress = (bytes.len() >= PROGRESS_THRESHOLD_BYTES && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    });
    let step = |msg: String| {
        if let Some(bar) = &progress {
            bar.set_message(msg);
        }
    };
    step(t!("contacts.reading", locale = l, file = name).into_owned());
    let kind = match source {
        Source::Linkedin => Kind::Linkedin,
        Source::Vcard => Kind::Vcard,
        Source::Google => Kind::Google,
        Source::Outlook => Kind::Outlook,
    };
    let app = ctx.app();
    let plan = app.plan_import(&ctx.caller(), kind, bytes, &name, &args.region).await?;
    let report = plan.report().with_file(name.clone());
    if !args.dry_run && !plan.is_noop() {
        step(t!("contacts.writing", locale = l, count = report.created + report.merged).into_owned());
        app.apply_import(&ctx.caller(), plan).await?;
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if args.json {
        return output::json(&serde_json::json!({ "dry_run": args.dry_run, "report": report }));
    }
    let key = if args.dry_run { "contacts.dry_run" } else { "contacts.done" };
    println!("{}", t!(key, locale = l, file = name));
    print!("{}", render(&report, &args.region, ctx.lang));
    Ok(())
}

/// The report in the reader's language: the counts, then each rejected
/// record, each field left empty, each pair kept apart, and what was
/// assumed (the encoding, the region of national numbers).
fn render(report: &ImportReport, region: &str, lang: rete_core::Lang) -> String {
    let l = lang.as_str();
    let file = report.file.as_deref().unwrap_or("-");
    let mut out = t!(
        "contacts.summary",
        locale = l,
        created = report.created,
        merged = report.merged,
        unchanged = report.unchanged,
        rejected = report.rejected.len()
    )
    .into_owned();
    if report.duplicates_in_file > 0 {
        out.push_str(&t!("contacts.duplicates_in_file", locale = l, count = report.duplicates_in_file));
    }
    out.push('\n');
    if let Some(encoding) = &report.encoding {
        out.push_str(&format!("  {}\n", t!("contacts.encoding", locale = l, file = file, encoding = encoding)));
    }
    for r in &report.rejected {
        out.push_str(&format!("  {file}:{}: {}\n", r.line, rete_app::imports::rejected_reason(r, lang)));
    }
    for w in &report.warnings {
        let key = match w.kind {
            WarningKind::NotADate => "contacts.warning.not_a_date",
            WarningKind::NotDecoded => "contacts.warning.not_decoded",
            WarningKind::NestedCard => "contacts.warning.nested_card",
            WarningKind::NotRead => "contacts.warning.not_read",
        };
        let said = t!(key, locale = l, field = w.field, value = w.value);
        out.push_str(&format!("  {file}:{}: {said}\n", w.line));
    }
    for d in &report.possible_duplicates {
        let other = match (d.other_person, d.other_line) {
            (Some(id), _) => t!("contacts.other_person", locale = l, name = d.other_name, id = id),
            (None, Some(line)) => t!("contacts.other_line", locale = l, name = d.other_name, line = line),
            (None, None) => std::borrow::Cow::Owned(d.other_name.clone()),
        };
        let key =
            if d.shared == "phone" { "contacts.possible_duplicate_phone" } else { "contacts.possible_duplicate_email" };
        let said = t!(key, locale = l, other = other, value = d.value);
        out.push_str(&format!("  {file}:{}: {said}\n", d.line));
    }
    if report.phones_region_assumed > 0 {
        let said = t!("contacts.region_assumed", locale = l, count = report.phones_region_assumed, region = region);
        out.push_str(&format!("  {said}\n"));
    }
    out
}

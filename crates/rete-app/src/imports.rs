//! Address books in: LinkedIn's connections, vCard (phones, Apple,
//! Google, Outlook, Thunderbird), Google and Outlook CSV. A file is read
//! and planned against the people already kept (created, merged with
//! whom, unchanged, rejected with line and reason) before anything is
//! written; applying the plan is one transaction.

use crate::{App, AppError, Caller, Result};
use rete_core::Person;
use rete_formats::sniff::{self, Kind};
use rete_formats::{plan_file, plan_stream, FormatError, ImportPlan, ImportReport, PlanEntry};
use rete_i18n::t;
use serde::Serialize;

/// What an import did, or would do (`dry_run`).
#[derive(Debug, Clone, Serialize)]
pub struct ImportOutcome {
    /// `linkedin`, `vcard`, `google` or `outlook`.
    pub kind: &'static str,
    pub dry_run: bool,
    pub report: ImportReport,
}

/// The kind a file's name gives (`linkedin`, `vcard`, `google`,
/// `outlook`), for callers that say it instead of letting rete guess.
/// Why a record of a file was left out, in the reader's language.
pub fn rejected_reason(rejected: &rete_formats::Rejected, lang: rete_core::Lang) -> String {
    use rete_formats::RejectKind;
    let l = lang.as_str();
    match &rejected.kind {
        RejectKind::NoIdentity => t!("imports.rejected.no_identity", locale = l).into_owned(),
        RejectKind::FieldCount { found, expected } => {
            t!("imports.rejected.field_count", locale = l, found = found, expected = expected).into_owned()
        }
        RejectKind::OutsideCard => t!("imports.rejected.outside_card", locale = l).into_owned(),
        RejectKind::CutShort => t!("imports.rejected.cut_short", locale = l).into_owned(),
        RejectKind::Unreadable => t!("imports.rejected.unreadable", locale = l).into_owned(),
        RejectKind::Invalid { error, .. } => error.in_lang(lang),
    }
}

pub fn kind_named(name: &str, caller: &Caller) -> Result<Kind> {
    match name.trim().to_ascii_lowercase().as_str() {
        "linkedin" => Ok(Kind::Linkedin),
        "vcard" | "vcf" => Ok(Kind::Vcard),
        "google" => Ok(Kind::Google),
        "outlook" => Ok(Kind::Outlook),
        _ => Err(AppError::invalid("kind", t!("imports.unknown_kind", locale = caller.lang.as_str(), kind = name))),
    }
}

/// Works out what a file is from its content.
pub fn guess_kind(bytes: &[u8], file: &str, caller: &Caller) -> Result<Kind> {
    let l = caller.lang.as_str();
    sniff::guess(bytes).map_err(|e| match e {
        FormatError::Unrecognised { .. } => {
            AppError::invalid("file", t!("imports.unrecognised", locale = l, file = file))
        }
        other => format_error(other, file, caller.lang),
    })
}

fn format_error(e: FormatError, file: &str, lang: rete_core::Lang) -> AppError {
    AppError::invalid("file", file_refused(&e, file, lang))
}

/// Why a whole file cannot be imported, in the reader's language, naming
/// the file and the line.
pub fn file_refused(e: &FormatError, file: &str, lang: rete_core::Lang) -> String {
    use rete_formats::{format, NotFormat};
    let l = lang.as_str();
    let format_key = |name: &str| match name {
        format::VCARD => "imports.format.vcard",
        format::LINKEDIN => "imports.format.linkedin",
        format::GOOGLE => "imports.format.google",
        format::OUTLOOK => "imports.format.outlook",
        _ => "imports.format.other",
    };
    match e {
        FormatError::InvalidText { line, encoding } => {
            t!("imports.file.invalid_text", locale = l, file = file, line = line, encoding = encoding).into_owned()
        }
        FormatError::NotThisFormat { format, line, reason } => {
            let what = t!(format_key(format), locale = l, format = format);
            let why = match reason {
                NotFormat::Pdf => t!("imports.not.pdf", locale = l),
                NotFormat::Zip => t!("imports.not.zip", locale = l),
                NotFormat::Image => t!("imports.not.image", locale = l),
                NotFormat::Binary => t!("imports.not.binary", locale = l),
                NotFormat::NoCard => t!("imports.not.no_card", locale = l),
                NotFormat::NotACard(found) => t!("imports.not.not_a_card", locale = l, found = found),
            };
            t!("imports.file.not_format", locale = l, file = file, line = line, what = what, why = why).into_owned()
        }
        FormatError::MissingColumns { format, line, missing } => {
            let what = t!(format_key(format), locale = l, format = format);
            let columns = missing.join(", ");
            t!("imports.file.missing_columns", locale = l, file = file, line = line, what = what, columns = columns)
                .into_owned()
        }
        FormatError::Unrecognised { .. } => t!("imports.unrecognised", locale = l, file = file).into_owned(),
        FormatError::Csv { line, message } => {
            t!("imports.file.csv", locale = l, file = file, line = line, message = message).into_owned()
        }
    }
}

/// Contacts handed from the reading thread to the planner at a time.
const CHUNK: usize = 1024;

/// Reads a LinkedIn export on a second thread while this one plans what
/// it has read so far: the two halves of the work overlap instead of
/// following each other (the planner matches in file order either way, so
/// the plan is the one `plan_file` would make).
fn plan_while_reading(existing: &[Person], bytes: &[u8], region: &str) -> Result<ImportPlan, FormatError> {
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<rete_formats::ImportedContact>>(8);
        let reader = s.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK);
            let rest = rete_formats::linkedin::parse_each(bytes, |contact| {
                chunk.push(contact);
                if chunk.len() == CHUNK {
                    // The planner only stops receiving when it panicked.
                    let _ = tx.send(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK)));
                }
            });
            let _ = tx.send(chunk);
            rest
        });
        let plan = plan_stream(existing, rx.into_iter().flatten(), region);
        // The reader panics only on a bug: pass the panic on.
        let rest = reader.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?;
        Ok(plan.with_rest(rest))
    })
}

fn plan(kind: Kind, existing: &[Person], bytes: &[u8], region: &str) -> Result<ImportPlan, FormatError> {
    match kind {
        Kind::Linkedin => plan_while_reading(existing, bytes, region),
        Kind::Vcard => rete_formats::vcard::parse(bytes).map(|p| plan_file(existing, p, region)),
        Kind::Google => rete_formats::google::parse(bytes).map(|p| plan_file(existing, p, region)),
        Kind::Outlook => rete_formats::outlook::parse(bytes).map(|p| plan_file(existing, p, region)),
        Kind::JsonBackup => Err(FormatError::Unrecognised { looked_for: "contacts" }),
    }
}

/// How many names a preview lists of each kind (the counts are whole).
pub const PREVIEW_NAMES: usize = 50;

/// One person a preview names: who they are, and the line they come from.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    pub line: usize,
    pub name: String,
    /// For a merge: the person already kept that the record joins.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub into: Option<rete_core::PersonId>,
}

/// What an import would do, with names: whom it creates, whom it merges
/// with which person already kept, and the report's counts and rejections.
#[derive(Debug, Clone, Serialize)]
pub struct ImportPreview {
    pub kind: &'static str,
    pub report: ImportReport,
    /// The first [`PREVIEW_NAMES`] of each.
    pub created: Vec<Named>,
    pub merged: Vec<Named>,
}

impl App {
    /// Reads and plans an import and says what it does, by name; unless
    /// `apply`, nothing is written (else the plan is applied in one
    /// transaction, as planned).
    pub async fn preview_import(
        &self,
        caller: &Caller,
        kind: Option<Kind>,
        bytes: Vec<u8>,
        file: &str,
        region: &str,
        apply: bool,
    ) -> Result<ImportPreview> {
        if bytes.is_empty() {
            return Err(AppError::invalid("file", t!("imports.empty", locale = caller.lang.as_str(), file = file)));
        }
        let kind = match kind {
            Some(k) => k,
            None => guess_kind(&bytes, file, caller)?,
        };
        let plan = self.plan_import(caller, kind, bytes, file, region).await?;
        let (mut created, mut merged) = (Vec::new(), Vec::new());
        for entry in &plan.entries {
            match entry {
                PlanEntry::Create { person, line, .. } if created.len() < PREVIEW_NAMES => {
                    created.push(Named { line: *line, name: person.name.clone(), into: None })
                }
                PlanEntry::Merge { into, merged: person, line, .. } if merged.len() < PREVIEW_NAMES => {
                    merged.push(Named { line: *line, name: person.name.clone(), into: Some(*into) })
                }
                _ => {}
            }
        }
        let report = plan.report().with_file(file.to_string());
        if apply {
            self.apply_import(caller, plan).await?;
        }
        Ok(ImportPreview { kind: kind.as_str(), report, created, merged })
    }

    /// What importing `bytes` as `kind` would do, written nowhere. The
    /// reading and planning run off the async workers (a 30,000-row
    /// export takes a while).
    pub async fn plan_import(
        &self,
        caller: &Caller,
        kind: Kind,
        bytes: Vec<u8>,
        file: &str,
        region: &str,
    ) -> Result<ImportPlan> {
        let l = caller.lang.as_str();
        if kind == Kind::JsonBackup {
            return Err(AppError::invalid("file", t!("imports.backup", locale = l, file = file)));
        }
        let region = region.trim().to_ascii_uppercase();
        if region.len() != 2 || !region.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(AppError::invalid("region", t!("imports.bad_region", locale = l, region = region)));
        }
        let existing = self.store.people(caller.account).await?;
        let name = file.to_string();
        tokio::task::spawn_blocking(move || plan(kind, &existing, &bytes, &region))
            .await
            .map_err(|e| AppError::Internal(format!("import planner: {e}")))?
            .map_err(|e| format_error(e, &name, caller.lang))
    }

    /// Writes a plan in one transaction: all of it, or nothing.
    pub async fn apply_import(&self, caller: &Caller, plan: ImportPlan) -> Result<()> {
        if plan.is_noop() {
            return Ok(());
        }
        let (mut created, mut merged) = (Vec::new(), Vec::new());
        for entry in plan.entries {
            match entry {
                PlanEntry::Create { person, .. } => created.push(*person),
                PlanEntry::Merge { into, merged: data, .. } => merged.push(Person { id: into, data: *data }),
                PlanEntry::Unchanged { .. } | PlanEntry::Rejected(_) => {}
            }
        }
        self.store.import_people(caller.account, created, merged).await?;
        Ok(())
    }

    /// Reads, plans and (unless `dry_run`) applies an import; the kind is
    /// guessed from the content when not given.
    pub async fn import_contacts(
        &self,
        caller: &Caller,
        kind: Option<Kind>,
        bytes: Vec<u8>,
        file: &str,
        region: &str,
        dry_run: bool,
    ) -> Result<ImportOutcome> {
        let preview = self.preview_import(caller, kind, bytes, file, region, !dry_run).await?;
        Ok(ImportOutcome { kind: preview.kind, dry_run, report: preview.report })
    }
}

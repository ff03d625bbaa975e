//! Turning an error into the line the user reads and the exit code a
//! script checks: 2 when the input was wrong (fix it and retry), 1 when
//! something else failed.

use rete_app::AppError;
use rete_core::Lang;
use rete_i18n::t;
use rete_store::StoreError;

/// An error in what the user typed, already worded for them.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(pub String);

pub fn bad_input(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(BadInput(message.into()))
}

/// The database a command used, attached to its error by `commands::run`
/// so a message can name the file.
#[derive(Debug)]
pub struct Database(pub String);

impl std::fmt::Display for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The exit code and the message of an error.
pub fn describe(err: &anyhow::Error, lang: Lang) -> (u8, String) {
    let l = lang.as_str();
    let db = err.downcast_ref::<Database>().map_or("rete.db", |d| d.0.as_str());
    for cause in err.chain() {
        // `rete export vcard | head`: the reader left, which is not a failure.
        if cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
            return (0, String::new());
        }
        if let Some(b) = cause.downcast_ref::<BadInput>() {
            return (2, b.0.clone());
        }
        if let Some(s) = cause.downcast_ref::<StoreError>() {
            return store_failure(s, err, lang, db);
        }
        if let Some(a) = cause.downcast_ref::<AppError>() {
            return app_failure(a, err, lang, db);
        }
        if let Some(e) = cause.downcast_ref::<rete_core::DateError>() {
            return (2, date_message(e, l));
        }
        if let Some(e) = cause.downcast_ref::<rete_core::BadDate>() {
            return (2, e.to_string());
        }
        if let Some(e) = cause.downcast_ref::<rete_core::InvalidField>() {
            return (2, e.in_lang(lang));
        }
    }
    (1, plain(err))
}

fn store_failure(s: &StoreError, err: &anyhow::Error, lang: Lang, db: &str) -> (u8, String) {
    let l = lang.as_str();
    match s {
        StoreError::NotFound { what: "database", id } => {
            (2, t!("error.no_database", locale = l, path = id).into_owned())
        }
        StoreError::NotFound { what, id } => {
            let what = t!(format!("noun.{what}"), locale = l);
            (2, t!("error.not_found", locale = l, what = what, id = id).into_owned())
        }
        StoreError::Invalid(e) => (2, e.in_lang(lang)),
        StoreError::Conflict { .. } => (2, s.to_string()),
        StoreError::Locked => (1, t!("error.locked", locale = l, db = db).into_owned()),
        StoreError::ReadOnly => (1, t!("error.read_only", locale = l, db = db).into_owned()),
        StoreError::Backend(_) | StoreError::Database(_) => (1, plain(err)),
    }
}

/// A use case's error, worded as the CLI has always worded it.
fn app_failure(a: &AppError, err: &anyhow::Error, lang: Lang, db: &str) -> (u8, String) {
    let l = lang.as_str();
    match a {
        AppError::Store(s) => store_failure(s, err, lang, db),
        AppError::Field(e) => (2, e.in_lang(lang)),
        AppError::NotFound { what: "person", key } if key.trim_start_matches('#').parse::<i64>().is_err() => {
            (2, t!("error.no_person", locale = l, name = key).into_owned())
        }
        AppError::NotFound { what, key } => {
            let what = t!(format!("noun.{what}"), locale = l);
            (2, t!("error.not_found", locale = l, what = what, id = key).into_owned())
        }
        AppError::Ambiguous { key, candidates, .. } => {
            let list = candidates.iter().map(|c| format!("#{} {}", c.id, c.label)).collect::<Vec<_>>().join(", ");
            (2, t!("error.ambiguous_person", locale = l, name = key, list = list).into_owned())
        }
        AppError::Date(e) => (2, date_message(e, l)),
        // A file's error names the file itself.
        AppError::Invalid { field: "file", message } => (2, message.clone()),
        AppError::Invalid { field, message } | AppError::Conflict { field, message } => {
            (2, format!("{field}: {message}"))
        }
        AppError::Internal(detail) => (1, detail.clone()),
        AppError::Refused(message) => (2, message.clone()),
        AppError::BadFile { .. } => (2, a.message(lang)),
        other => (2, other.message(lang)),
    }
}

/// A date refused for its field, in the reader's language.
fn date_message(err: &rete_core::DateError, l: &str) -> String {
    use rete_core::DateError;
    match err {
        DateError::Unreadable(e) => t!("error.bad_date", locale = l, field = e.field, value = e.value).into_owned(),
        DateError::OutOfRange(e) => {
            t!(rete_app::error::date_key(e), locale = l, field = e.field, value = e.value, bound = e.bound).into_owned()
        }
    }
}

/// The error's chain as `{:#}` prints it, without the database context.
fn plain(err: &anyhow::Error) -> String {
    // The context is the outermost link of the chain.
    let skip = usize::from(err.downcast_ref::<Database>().is_some());
    err.chain().skip(skip).map(|c| c.to_string()).collect::<Vec<_>>().join(": ")
}

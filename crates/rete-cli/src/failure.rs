//! Turning an error into the line the user reads and the exit code a
//! script checks: 2 when the input was wrong (fix it and retry), 1 when
//! something else failed.

use rete_core::Lang;
use rete_store::StoreError;
use rust_i18n::t;

/// An error in what the user typed, already worded for them.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(pub String);

pub fn bad_input(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(BadInput(message.into()))
}

/// The exit code and the message of an error.
pub fn describe(err: &anyhow::Error, lang: Lang) -> (u8, String) {
    let l = lang.as_str();
    for cause in err.chain() {
        // `rete export vcard | head`: the reader left, which is not a failure.
        if cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
            return (0, String::new());
        }
        if let Some(b) = cause.downcast_ref::<BadInput>() {
            return (2, b.0.clone());
        }
        if let Some(s) = cause.downcast_ref::<StoreError>() {
            return match s {
                StoreError::NotFound { what: "database", id } => {
                    (2, t!("error.no_database", locale = l, path = id).into_owned())
                }
                StoreError::NotFound { what, id } => {
                    let what = t!(format!("noun.{what}"), locale = l);
                    (2, t!("error.not_found", locale = l, what = what, id = id).into_owned())
                }
                StoreError::Conflict { .. } | StoreError::Invalid(_) => (2, s.to_string()),
                StoreError::Backend(_) => (1, format!("{err:#}")),
            };
        }
        if let Some(e) = cause.downcast_ref::<rete_core::BadDate>() {
            return (2, e.to_string());
        }
        if let Some(e) = cause.downcast_ref::<rete_core::InvalidField>() {
            return (2, e.to_string());
        }
    }
    (1, format!("{err:#}"))
}

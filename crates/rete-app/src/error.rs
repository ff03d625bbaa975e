//! What can go wrong in a use case, as types a front end can map: the CLI
//! to exit codes (2 for the user's input, 1 for the rest), the web to
//! HTTP statuses and `{"error": {"code", "message", "field"}}`. Messages
//! for people come from [`AppError::message`], in their language.

use rete_core::{DateError, InvalidField, Lang};
use rete_i18n::t;
use rete_store::StoreError;
use serde::Serialize;

/// One of several records a name could mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub id: i64,
    pub label: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing of the caller's has this id or name. Another account's
    /// record is reported exactly like one that does not exist.
    #[error("{what} {key} not found")]
    NotFound { what: &'static str, key: String },
    /// A name matches several records; the caller picks one by id.
    #[error("'{key}' matches several records")]
    Ambiguous { what: &'static str, key: String, candidates: Vec<Candidate> },
    /// A field's value breaks a rule.
    #[error("{field}: {message}")]
    Invalid { field: &'static str, message: String },
    /// A rule of the data model, worded by rete-core in either language
    /// (an empty name, an e-mail that is not one).
    #[error("{0}")]
    Field(InvalidField),
    /// A file that cannot be read as what it claims to be, at this line.
    #[error("{file}: line {line}: {message}")]
    BadFile { file: String, line: usize, message: String },
    /// A uniqueness rule: an e-mail already registered or held.
    #[error("{field}: {message}")]
    Conflict { field: &'static str, message: String },
    #[error("{0}")]
    Date(#[from] DateError),
    /// What the records say makes the request impossible (thanking for
    /// something you gave): a whole sentence for the reader.
    #[error("{0}")]
    Refused(String),
    /// No session or token, or one that has expired.
    #[error("sign-in required")]
    Unauthenticated,
    /// Wrong e-mail or password (never saying which).
    #[error("wrong e-mail or password")]
    BadCredentials,
    /// Signed in, but this credential may not do this (a read-only token
    /// writing, a token creating tokens).
    #[error("not allowed")]
    Forbidden,
    /// Too many attempts; try again after this many seconds.
    #[error("too many attempts, retry in {retry_after} s")]
    RateLimited { retry_after: u64 },
    /// Registration is closed on this server.
    #[error("registration is closed")]
    RegistrationClosed,
    /// The database failed, or is busy or read-only.
    #[error(transparent)]
    Store(StoreError),
    /// Something of ours failed (hashing, a task that panicked).
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { what, id } => AppError::NotFound { what, key: id },
            StoreError::Conflict { field, message } => AppError::Conflict { field, message },
            StoreError::Invalid(e) => e.into(),
            other => AppError::Store(other),
        }
    }
}

impl From<InvalidField> for AppError {
    fn from(e: InvalidField) -> Self {
        if e.text.is_some() {
            AppError::Field(e)
        } else {
            AppError::Invalid { field: e.field, message: e.message }
        }
    }
}

impl AppError {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> AppError {
        AppError::Invalid { field, message: message.into() }
    }

    /// A required field left empty.
    pub fn required(field: &'static str, lang: Lang) -> AppError {
        AppError::Invalid { field, message: t!("field.required", locale = lang.as_str()).into_owned() }
    }

    /// A stable machine-readable code (the API's `error.code`).
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound { .. } => "not_found",
            AppError::Ambiguous { .. } => "ambiguous",
            AppError::Invalid { .. } | AppError::Field(_) | AppError::Date(_) => "invalid",
            AppError::BadFile { .. } => "invalid_file",
            AppError::Conflict { .. } => "conflict",
            AppError::Refused(_) => "refused",
            AppError::Unauthenticated => "unauthenticated",
            AppError::BadCredentials => "bad_credentials",
            AppError::Forbidden => "forbidden",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::RegistrationClosed => "registration_closed",
            AppError::Store(StoreError::Locked) => "busy",
            AppError::Store(StoreError::ReadOnly) => "read_only",
            AppError::Store(_) | AppError::Internal(_) => "internal",
        }
    }

    /// The field the error is about, when it is about one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            AppError::Invalid { field, .. } | AppError::Conflict { field, .. } => Some(field),
            AppError::Field(e) => Some(e.field),
            AppError::Date(DateError::Unreadable(e)) => Some(e.field),
            AppError::Date(DateError::OutOfRange(e)) => Some(e.field),
            AppError::BadCredentials => Some("password"),
            AppError::BadFile { .. } => Some("file"),
            _ => None,
        }
    }

    /// Whether the caller can fix this by changing what they sent.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, AppError::Store(_) | AppError::Internal(_))
    }

    /// The sentence a person reads, in their language. Internal failures
    /// say only that something failed: their detail goes to the log.
    pub fn message(&self, lang: Lang) -> String {
        let l = lang.as_str();
        match self {
            AppError::NotFound { what, key } => {
                let what = t!(format!("noun.{what}"), locale = l);
                t!("error.not_found", locale = l, what = what, key = key).into_owned()
            }
            AppError::Ambiguous { what, key, candidates } => {
                let list = candidates.iter().map(|c| format!("#{} {}", c.id, c.label)).collect::<Vec<_>>().join(", ");
                match *what {
                    "event" => t!("error.ambiguous_event", locale = l, key = key, list = list).into_owned(),
                    _ => t!("error.ambiguous", locale = l, key = key, list = list).into_owned(),
                }
            }
            AppError::Invalid { field, message } => {
                t!("error.invalid", locale = l, field = field, message = message).into_owned()
            }
            AppError::Field(e) => e.in_lang(lang),
            AppError::Conflict { field, .. } if *field == "email" => t!("error.email_taken", locale = l).into_owned(),
            AppError::Conflict { field, message } => {
                t!("error.invalid", locale = l, field = field, message = message).into_owned()
            }
            AppError::Date(e) => date_message(e, l),
            AppError::Refused(message) => message.clone(),
            AppError::BadFile { file, line, message } => {
                t!("error.bad_file", locale = l, file = file, line = line, message = message).into_owned()
            }
            AppError::Unauthenticated => t!("error.unauthenticated", locale = l).into_owned(),
            AppError::BadCredentials => t!("error.bad_credentials", locale = l).into_owned(),
            AppError::Forbidden => t!("error.forbidden", locale = l).into_owned(),
            AppError::RateLimited { retry_after } => {
                let minutes = retry_after.div_ceil(60).max(1);
                t!("error.rate_limited", locale = l, minutes = minutes).into_owned()
            }
            AppError::RegistrationClosed => t!("error.registration_closed", locale = l).into_owned(),
            AppError::Store(StoreError::Locked) => t!("error.busy", locale = l).into_owned(),
            AppError::Store(StoreError::ReadOnly) => t!("error.read_only", locale = l).into_owned(),
            AppError::Store(_) | AppError::Internal(_) => t!("error.internal", locale = l).into_owned(),
        }
    }
}

/// A date refused for its field, in the reader's language.
/// The message key for a date outside its rule's bounds. The CLI words
/// its messages with `--flag`s, the web with field names, but both say
/// the same thing for the same case: the choice of case lives here.
pub fn date_key(e: &rete_core::DateOutOfRange) -> &'static str {
    use chrono::Datelike;
    use rete_core::DateRule;
    match (e.rule, e.too_late()) {
        (_, false) if e.bound.year() <= rete_core::date::FIRST_YEAR => "error.date_too_early",
        (DateRule::Happened | DateRule::ThankFor(_), true) => "error.date_happened_late",
        (DateRule::Planned | DateRule::Snooze, true) => "error.date_planned_late",
        (DateRule::Snooze, false) => "error.date_snooze_past",
        (DateRule::ThankFor(_), false) => "error.date_thank_early",
        (_, false) => "error.date_too_early",
    }
}

fn date_message(err: &DateError, l: &str) -> String {
    match err {
        DateError::Unreadable(e) => t!("error.bad_date", locale = l, field = e.field, value = e.value).into_owned(),
        DateError::OutOfRange(e) => {
            t!(date_key(e), locale = l, field = e.field, value = e.value, bound = e.bound).into_owned()
        }
    }
}

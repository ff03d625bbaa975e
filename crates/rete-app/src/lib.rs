//! rete's use cases, written once for every front end. The CLI and the
//! web server both parse their input, call a function here and render
//! what it returns; no rule is written twice. Functions take a [`Caller`]
//! (whose data, in which language, on which day) and return serialisable
//! views or an [`AppError`] that each front end maps to its own terms
//! (exit codes, HTTP statuses).

rete_i18n::catalog!();

pub mod actions;
pub mod agenda;
pub mod announce;
pub mod audit;
pub mod auth;
pub mod cache;
pub mod calendar;
pub mod communities;
pub mod debrief;
pub mod digest;
pub mod drafts;
pub mod engines;
pub mod error;
pub mod events;
pub mod export;
pub mod followups;
pub mod grow;
pub mod imports;
pub mod interactions;
pub mod intros;
pub mod ledger;
pub mod ledger_report;
pub mod milestones;
pub mod network;
pub mod pairing;
pub mod password;
pub mod people;
pub mod plans;
pub mod settings;
pub mod signins;
pub mod suggestions;
pub mod timeline;
pub mod trends;

pub use error::{AppError, Candidate};

use chrono::NaiveDate;
use rete_core::agenda::AgendaRules;
use rete_core::{AccountId, Lang};
use rete_store::Store;
use std::sync::Arc;

pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// The application: the store and the rules every use case reads.
#[derive(Debug, Clone)]
pub struct App {
    pub store: Arc<dyn Store>,
    /// The agenda's thresholds (`[agenda]` in the config file).
    pub rules: AgendaRules,
    /// What was computed per account and revision (used by callers that
    /// know their revision: the server).
    pub cache: Arc<cache::ReadCache>,
    /// Where announcements go (e-mail, webhooks).
    pub announcer: Arc<dyn announce::Announcer>,
    /// Sign-ins read since the database last changed (see `signins`).
    pub signins: Arc<signins::SignIns>,
    /// Each community's matching engine, warm for its revision.
    pub engines: Arc<engines::Engines>,
}

impl App {
    /// An app that announces through no SMTP relay (webhooks only) until
    /// [`App::with_announcer`] gives it one.
    pub fn new(store: Arc<dyn Store>, rules: AgendaRules) -> App {
        App {
            store,
            rules,
            cache: Arc::default(),
            announcer: Arc::new(announce::Relay::default()),
            signins: Arc::default(),
            engines: Arc::default(),
        }
    }

    pub fn with_announcer(self, announcer: Arc<dyn announce::Announcer>) -> App {
        App { announcer, ..self }
    }
}

/// Who is asking, in which language, on which day. Every use case is
/// scoped to the caller's account: there is no way to name another's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub account: AccountId,
    pub lang: Lang,
    pub today: NaiveDate,
    /// The account's revision as the caller signed in, when it knows it:
    /// reads may then be answered from [`App::cache`].
    pub revision: Option<i64>,
}

impl Caller {
    pub fn new(account: AccountId, lang: Lang, today: NaiveDate) -> Caller {
        Caller { account, lang, today, revision: None }
    }

    /// The same caller, known to have seen `revision` of its account.
    pub fn at_revision(self, revision: i64) -> Caller {
        Caller { revision: Some(revision), ..self }
    }

    /// A date typed for `field`, bounded by what it dates.
    pub fn date(&self, field: &'static str, value: &str, rule: rete_core::DateRule) -> Result<NaiveDate> {
        Ok(rete_core::parse_date_for(field, value, self.today, rule)?)
    }

    /// A date typed for `field`, or today when none was typed (an empty
    /// form field counts as none); bounded by what it dates either way.
    pub fn date_or_today(
        &self,
        field: &'static str,
        value: Option<&str>,
        rule: rete_core::DateRule,
    ) -> Result<NaiveDate> {
        match value.map(str::trim).filter(|v| !v.is_empty()) {
            Some(v) => self.date(field, v, rule),
            None => self.check(field, self.today, rule),
        }
    }

    /// `value` for `field`, if it is within what `rule` allows.
    pub fn check(&self, field: &'static str, value: NaiveDate, rule: rete_core::DateRule) -> Result<NaiveDate> {
        rule.check(field, value, self.today).map_err(|e| rete_core::DateError::OutOfRange(e).into())
    }

    /// Free text typed for `field`: trimmed, none when blank, refused when
    /// longer than `max` characters.
    pub fn text(&self, field: &'static str, value: Option<String>, max: usize) -> Result<Option<String>> {
        let Some(value) = value else { return Ok(None) };
        let value = value.trim();
        if value.chars().count() > max {
            return Err(AppError::invalid(
                field,
                rete_i18n::t!("field.too_long", locale = self.lang.as_str(), max = max),
            ));
        }
        Ok(Some(value.to_string()).filter(|v| !v.is_empty()))
    }
}

//! What every command needs: the store, the account, the language and
//! today's date (overridable with `RETE_TODAY`, so runs are reproducible).

use anyhow::Context as _;
use chrono::NaiveDate;
use rete_core::agenda::AgendaRules;
use rete_core::{AccountId, DateRule, Lang};
use rete_store::Store;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Ctx {
    pub store: Arc<dyn Store>,
    pub account: AccountId,
    pub lang: Lang,
    pub today: NaiveDate,
    /// The agenda's thresholds, from `[agenda]` in the config file.
    pub rules: AgendaRules,
    /// The SMTP relay for announcements, from `[smtp]` in the config file.
    pub smtp: Option<crate::config::SmtpConfig>,
    /// `[server]` in the config file, for `rete serve`.
    pub server: rete_web::config::ServerSection,
}

impl Ctx {
    /// The application layer over this context's store.
    pub fn app(&self) -> rete_app::App {
        let relay = rete_app::announce::Relay::new(self.smtp.clone());
        rete_app::App::new(self.store.clone(), self.rules.clone()).with_announcer(std::sync::Arc::new(relay))
    }

    /// Who the CLI acts for: the local account, in the chosen language, today.
    pub fn caller(&self) -> rete_app::Caller {
        rete_app::Caller::new(self.account, self.lang, self.today)
    }

    /// The locale code for `t!`.
    pub fn l(&self) -> &'static str {
        self.lang.as_str()
    }

    /// Reads a date the user typed for `field`, bounded by what it dates.
    pub fn date(&self, field: &'static str, value: &str, rule: DateRule) -> anyhow::Result<NaiveDate> {
        Ok(rete_core::parse_date_for(field, value, self.today, rule)?)
    }
}

/// Today, or the date in `RETE_TODAY` (YYYY-MM-DD).
pub fn today() -> anyhow::Result<NaiveDate> {
    match std::env::var("RETE_TODAY") {
        Ok(v) if !v.is_empty() => {
            NaiveDate::parse_from_str(&v, "%Y-%m-%d").with_context(|| format!("RETE_TODAY: '{v}' is not YYYY-MM-DD"))
        }
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

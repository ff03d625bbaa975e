//! `[server]` in config.toml: where to listen, the public address, who may
//! register and how long a session lasts. Checked when the server starts,
//! so a typo stops it with a clear message instead of serving wrongly.

use chrono::NaiveDate;
use rete_app::auth::Registration;
use rete_core::Lang;
use serde::Deserialize;

/// The settings as written in the file; every field optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSection {
    pub address: Option<String>,
    pub public_url: Option<String>,
    pub registration: Option<Registration>,
    pub session_days: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// `https://rete.example.org` when behind a proxy; cookies are then
    /// `Secure` and cross-site checks compare against it.
    pub public_url: Option<String>,
    pub registration: Registration,
    pub session_lifetime_secs: i64,
    /// The language of pages for visitors who are not signed in and whose
    /// browser asks for neither Italian nor English.
    pub default_lang: Lang,
    /// Fixes the agenda's day (from `RETE_TODAY`), for reproducible runs.
    pub today: Option<NaiveDate>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            public_url: None,
            registration: Registration::Open,
            session_lifetime_secs: 30 * 86_400,
            default_lang: Lang::En,
            today: None,
        }
    }
}

/// A setting that cannot be used, named.
#[derive(Debug, thiserror::Error)]
#[error("[server] {field}: {message}")]
pub struct ConfigError {
    pub field: &'static str,
    pub message: String,
}

impl ServerConfig {
    /// Checks the file's section and fills in the defaults.
    pub fn from_section(section: &ServerSection, public_url: Option<String>) -> Result<ServerConfig, ConfigError> {
        let public_url = public_url.or_else(|| section.public_url.clone());
        if let Some(url) = &public_url {
            let ok = (url.starts_with("http://") || url.starts_with("https://"))
                && url.split("://").nth(1).is_some_and(|rest| !rest.is_empty() && !rest.contains(' '));
            if !ok {
                return Err(ConfigError {
                    field: "public_url",
                    message: format!("'{url}' is not an http:// or https:// address"),
                });
            }
        }
        let days = section.session_days.unwrap_or(30);
        if !(1..=365).contains(&days) {
            return Err(ConfigError { field: "session_days", message: format!("{days} is not between 1 and 365") });
        }
        Ok(ServerConfig {
            public_url: public_url.map(|u| u.trim_end_matches('/').to_string()),
            registration: section.registration.unwrap_or(Registration::Open),
            session_lifetime_secs: i64::from(days) * 86_400,
            ..ServerConfig::default()
        })
    }

    /// Whether cookies must be `Secure`.
    pub fn https(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }

    /// The origin (`scheme://host[:port]`) browsers send for this server.
    pub fn origin(&self) -> Option<&str> {
        self.public_url.as_deref()
    }
}

//! The user's configuration file (`config.toml` in the platform's config
//! directory, or `RETE_CONFIG`), read once in `main` and passed down.

use rete_core::agenda::AgendaRules;
use rete_core::Lang;
use rete_i18n::t;
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Language of everything rete prints.
    pub lang: Option<Lang>,
    /// Default SQLite file, when neither --db nor RETE_DB is given.
    pub db: Option<PathBuf>,
    /// Default PostgreSQL URL.
    pub database_url: Option<String>,
    /// Thresholds of the agenda's rules.
    #[serde(default)]
    pub agenda: AgendaRules,
    /// Where pairing announcements are sent from.
    pub smtp: Option<SmtpConfig>,
    /// `rete serve`: address, public URL, registration, session lifetime.
    #[serde(default)]
    pub server: rete_web::config::ServerSection,
}

/// The SMTP relay (`[smtp]`): rete-app's, so the CLI and the server
/// announce alike.
pub use rete_app::announce::SmtpConfig;

impl Config {
    pub fn path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("RETE_CONFIG") {
            return Some(PathBuf::from(p));
        }
        directories::ProjectDirs::from("", "", "rete").map(|d| d.config_dir().join("config.toml"))
    }

    /// A missing default file is the empty configuration; a file named by
    /// `RETE_CONFIG` must exist (a typo there must not silently drop the
    /// user's settings); a broken one is an error naming the file.
    pub fn load() -> Result<Config, ConfigError> {
        let Some(path) = Self::path() else {
            return Ok(Config::default());
        };
        let named = std::env::var_os("RETE_CONFIG").is_some();
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|e| ConfigError::Invalid(path, Box::new(e))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && named => Err(ConfigError::Missing(path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(ConfigError::Unreadable(path, e)),
        }
    }

    /// The default database file: rete.db in the user's data directory.
    pub fn default_db() -> PathBuf {
        directories::ProjectDirs::from("", "", "rete")
            .map(|d| d.data_dir().join("rete.db"))
            .unwrap_or_else(|| PathBuf::from("rete.db"))
    }
}

/// A configuration that cannot be used; nothing runs without it.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("RETE_CONFIG names {}, which does not exist", .0.display())]
    Missing(PathBuf),
    #[error("{}: invalid configuration: {}", .0.display(), .1)]
    Invalid(PathBuf, Box<toml::de::Error>),
    #[error("{}: cannot read: {}", .0.display(), .1)]
    Unreadable(PathBuf, std::io::Error),
}

/// The error in the reader's language; the parser's own detail (the line
/// and the key) stays as the TOML reader wrote it.
pub fn describe(err: &ConfigError, lang: Lang) -> String {
    let l = lang.as_str();
    match err {
        ConfigError::Missing(path) => t!("config.missing", locale = l, path = path.display()).into_owned(),
        ConfigError::Invalid(path, e) => {
            t!("config.invalid", locale = l, path = path.display(), detail = e.to_string().trim_end()).into_owned()
        }
        ConfigError::Unreadable(path, e) => {
            t!("config.unreadable", locale = l, path = path.display(), detail = e).into_owned()
        }
    }
}

/// `--lang`, else the config file, else `LANG` (and `LC_ALL`, `LC_MESSAGES`
/// as POSIX orders them), else English.
pub fn resolve_lang(flag: Option<Lang>, config: &Config) -> Lang {
    if let Some(l) = flag.or(config.lang) {
        return l;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map(|v| Lang::from_locale(&v))
        .unwrap_or(Lang::En)
}

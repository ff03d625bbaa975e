//! What a user sets for themselves: language, time zone, the daily digest,
//! and the secret calendar link their calendar app subscribes to.

use crate::auth::{random_secret, secret_hash};
use crate::{App, AppError, Result};
use chrono::{NaiveDate, Utc};
use rete_core::{AccountId, Lang};
use rete_i18n::t;
pub use rete_store::accounts::{SignedIn, UserSettings};

/// Parses an IANA zone name (`Europe/Rome`, in any case).
pub fn zone(name: &str) -> Option<chrono_tz::Tz> {
    let name = name.trim();
    name.parse().ok().or_else(|| chrono_tz::TZ_VARIANTS.iter().copied().find(|tz| tz.name().eq_ignore_ascii_case(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_read_in_any_case_and_today_is_the_zones() {
        assert_eq!(zone("europe/rome"), Some(chrono_tz::Europe::Rome));
        assert_eq!(zone(" Europe/Rome "), Some(chrono_tz::Europe::Rome));
        assert_eq!(zone("Marte/Olympus"), None);
        // UTC+14 and UTC-11 are 25 hours apart: never the same day.
        assert_ne!(today_in(Some("Pacific/Kiritimati")), today_in(Some("Pacific/Pago_Pago")));
    }
}

/// The day it is now in `time_zone` (the server's own day without one or
/// with a name that is not a zone).
pub fn today_in(time_zone: Option<&str>) -> NaiveDate {
    match time_zone.and_then(zone) {
        Some(tz) => Utc::now().with_timezone(&tz).date_naive(),
        None => chrono::Local::now().date_naive(),
    }
}

/// A change to the settings: an absent field stays as it is.
#[derive(Debug, Clone, Default)]
pub struct SettingsChange {
    /// `en` or `it`; an empty string forgets the choice (the browser's
    /// language is used then).
    pub lang: Option<String>,
    /// An IANA zone; an empty string forgets it.
    pub time_zone: Option<String>,
    pub digest: Option<bool>,
    pub digest_hour: Option<u8>,
}

impl App {
    /// Applies `change` to the user's settings and returns them whole.
    pub async fn update_settings(
        &self,
        account: AccountId,
        change: SettingsChange,
        lang: Lang,
    ) -> Result<UserSettings> {
        let user = self.user(account).await?;
        let l = lang.as_str();
        let mut s = UserSettings {
            lang: user.lang,
            time_zone: user.time_zone,
            digest: user.digest,
            digest_hour: user.digest_hour,
        };
        if let Some(v) = change.lang {
            let v = v.trim().to_lowercase();
            s.lang = match v.as_str() {
                "" => None,
                "en" | "it" => Some(v),
                _ => return Err(AppError::invalid("lang", t!("settings.bad_lang", locale = l))),
            };
        }
        if let Some(v) = change.time_zone {
            let v = v.trim();
            s.time_zone = match v {
                "" => None,
                _ => match zone(v) {
                    Some(tz) => Some(tz.name().to_string()),
                    None => return Err(AppError::invalid("time_zone", t!("settings.bad_zone", locale = l, zone = v))),
                },
            };
        }
        if let Some(on) = change.digest {
            s.digest = on;
        }
        if let Some(hour) = change.digest_hour {
            if hour > 23 {
                return Err(AppError::invalid("digest_hour", t!("settings.bad_hour", locale = l)));
            }
            s.digest_hour = hour;
        }
        self.store.set_settings(account, &s).await?;
        Ok(s)
    }

    /// A new secret calendar link's token (`cal_...`); the previous link
    /// stops answering at once.
    pub async fn new_calendar_link(&self, account: AccountId) -> Result<String> {
        let secret = format!("cal_{}", random_secret());
        self.store.set_calendar_hash(account, Some(&secret_hash(&secret))).await?;
        Ok(secret)
    }

    /// Turns the calendar link off.
    pub async fn revoke_calendar_link(&self, account: AccountId) -> Result<()> {
        Ok(self.store.set_calendar_hash(account, None).await?)
    }

    /// Who a calendar link's token speaks for.
    pub async fn calendar_owner(&self, secret: &str) -> Result<Option<SignedIn>> {
        Ok(self.store.calendar_account(&secret_hash(secret)).await?)
    }
}

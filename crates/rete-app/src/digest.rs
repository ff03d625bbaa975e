//! The daily digest: each user who turned it on gets the day's agenda by
//! e-mail at the hour they chose, in their time zone and language,
//! exactly once per day however many server processes run. A pass claims
//! the (user, local day) row in the database before sending (the claim is
//! one atomic insert), so the process that loses the race sends nothing.
//! A failed send is kept with its error and tried again with backoff (5,
//! 10, 20, 40 minutes); the user sees every delivery in Settings. Every
//! mail carries an unsubscribe link (a purpose-bound secret: it can only
//! turn the digest off).

use crate::announce::Mail;
use crate::auth::{random_secret, secret_hash};
use crate::settings::zone;
use crate::{App, AppError, Caller, Result};
use chrono::{DateTime, NaiveDate, Timelike, Utc};
use rete_core::{reason, AccountId, Lang};
use rete_i18n::t;
pub use rete_store::accounts::{DigestDelivery, DigestUser};
use serde::Serialize;

/// Tries of one delivery before it is left failed for good.
pub const MAX_ATTEMPTS: i64 = 5;
/// A send claimed this long ago and not finished was interrupted.
const STALE_SECS: i64 = 15 * 60;

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DigestPass {
    pub sent: usize,
    pub failed: usize,
}

/// Minutes until the next try after `attempts` tries: 5, 10, 20, 40.
fn backoff_secs(attempts: i64) -> i64 {
    300 * (1 << (attempts.clamp(1, 5) - 1))
}

fn lang_of(user: &DigestUser) -> Lang {
    match user.lang.as_deref() {
        Some("it") => Lang::It,
        _ => Lang::En,
    }
}

/// The user's local day and hour at `now`.
fn local(user: &DigestUser, now: DateTime<Utc>) -> (NaiveDate, u32) {
    match user.time_zone.as_deref().and_then(zone) {
        Some(tz) => {
            let t = now.with_timezone(&tz);
            (t.date_naive(), t.hour())
        }
        None => {
            let t = now.with_timezone(&chrono::Local);
            (t.date_naive(), t.hour())
        }
    }
}

impl App {
    /// One pass at `now`: every user whose hour has come today (in their
    /// zone) gets today's digest, unless it was claimed already; then the
    /// failed ones that are due are tried again. With `date`, the pass is
    /// for that day as if its hour had come for everyone (`rete digest
    /// run --date`).
    pub async fn digest_pass(&self, now: DateTime<Utc>, date: Option<NaiveDate>, base_url: &str) -> Result<DigestPass> {
        let mut pass = DigestPass::default();
        let stamp = now.timestamp();
        for user in self.store.digest_users().await? {
            let (today, hour) = local(&user, now);
            let day = match date {
                Some(d) => d,
                None if hour >= u32::from(user.digest_hour) => today,
                None => continue,
            };
            let Some(id) = self.store.claim_digest(user.account, &day.to_string(), "daily", stamp).await? else {
                continue;
            };
            self.deliver(id, &user, day, 1, stamp, base_url, &mut pass).await?;
        }
        for retry in self.store.claim_digest_retries(stamp, MAX_ATTEMPTS, stamp - STALE_SECS).await? {
            let Some(user) = self.digest_user(retry.account).await? else { continue };
            let day = retry.local_date.get(..10).and_then(|d| d.parse().ok()).unwrap_or_else(|| local(&user, now).0);
            let attempts = self
                .store
                .digest_log(retry.account, 50)
                .await?
                .iter()
                .find(|d| d.id == retry.id)
                .map_or(MAX_ATTEMPTS, |d| d.attempts);
            self.deliver(retry.id, &user, day, attempts, stamp, base_url, &mut pass).await?;
        }
        Ok(pass)
    }

    /// Sends the user a digest now, whatever the hour ("send me a test").
    pub async fn send_test_digest(&self, account: AccountId, now: DateTime<Utc>, base_url: &str) -> Result<bool> {
        let user =
            self.digest_user(account).await?.ok_or(AppError::NotFound { what: "user", key: account.to_string() })?;
        let (day, _) = local(&user, now);
        let key = format!("{day} {}", now.format("%H:%M:%S"));
        let Some(id) = self.store.claim_digest(account, &key, "test", now.timestamp()).await? else {
            return Ok(false);
        };
        let mut pass = DigestPass::default();
        self.deliver(id, &user, day, MAX_ATTEMPTS, now.timestamp(), base_url, &mut pass).await?;
        Ok(pass.sent == 1)
    }

    /// The user's latest deliveries, newest first.
    pub async fn digest_log(&self, account: AccountId) -> Result<Vec<DigestDelivery>> {
        Ok(self.store.digest_log(account, 20).await?)
    }

    /// Turns off the digest of whoever holds this unsubscribe secret.
    pub async fn unsubscribe(&self, secret: &str) -> Result<Option<AccountId>> {
        Ok(self.store.unsubscribe(&secret_hash(secret)).await?)
    }

    async fn digest_user(&self, account: AccountId) -> Result<Option<DigestUser>> {
        Ok(self.store.user(account).await?.map(|u| DigestUser {
            account,
            email: u.email,
            name: u.name,
            lang: u.lang,
            time_zone: u.time_zone,
            digest_hour: u.digest_hour,
        }))
    }

    /// Composes and sends one claimed delivery and records how it went.
    #[allow(clippy::too_many_arguments)]
    async fn deliver(
        &self,
        id: i64,
        user: &DigestUser,
        day: NaiveDate,
        attempts: i64,
        now: i64,
        base_url: &str,
        pass: &mut DigestPass,
    ) -> Result<()> {
        let lang = lang_of(user);
        let secret = format!("uns_{}", random_secret());
        self.store.set_unsubscribe_hash(user.account, &secret_hash(&secret)).await?;
        let caller = Caller::new(user.account, lang, day);
        let items = self.agenda(&caller, day).await?;
        let l = lang.as_str();
        let mut body = t!("digest.hello", locale = l, name = user.name.as_str()).into_owned();
        body.push_str("\n\n");
        if items.is_empty() {
            body.push_str(&t!("digest.nothing", locale = l));
            body.push('\n');
        } else {
            body.push_str(&t!("digest.intro", locale = l));
            body.push_str("\n\n");
            for (n, item) in items.iter().enumerate() {
                body.push_str(&format!(
                    "{}. {} — {}: {}\n",
                    n + 1,
                    reason::term("action", item.kind, lang),
                    item.person.name,
                    item.reason
                ));
            }
        }
        body.push_str(&format!("\n{}\n{base_url}/today\n", t!("digest.open", locale = l)));
        body.push_str(&format!("\n-- \n{}\n{base_url}/unsubscribe/{secret}\n", t!("digest.why", locale = l)));
        let subject =
            t!("digest.subject", locale = l, date = reason::day_month(day, lang), count = items.len()).into_owned();
        let mail = Mail { to: vec![user.email.clone()], subject, body };
        let error = match self.announcer.send_mails(vec![mail]).await {
            Ok(results) => results.into_iter().next().flatten(),
            Err(e) => Some(e),
        };
        match &error {
            None => pass.sent += 1,
            Some(_) => pass.failed += 1,
        }
        let next = (error.is_some() && attempts < MAX_ATTEMPTS).then(|| now + backoff_secs(attempts));
        self.store.finish_digest(id, now, error.as_deref(), next).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_five_minutes() {
        assert_eq!((1..=5).map(backoff_secs).collect::<Vec<_>>(), vec![300, 600, 1200, 2400, 4800]);
    }

    #[test]
    fn the_local_day_and_hour_are_the_users() {
        let user = |tz: &str| DigestUser {
            account: AccountId(1),
            email: String::new(),
            name: String::new(),
            lang: None,
            time_zone: Some(tz.into()),
            digest_hour: 8,
        };
        let now: DateTime<Utc> = "2026-12-01T23:30:00Z".parse().unwrap();
        assert_eq!(local(&user("Europe/Rome"), now), ("2026-12-02".parse().unwrap(), 0));
        assert_eq!(local(&user("America/New_York"), now), ("2026-12-01".parse().unwrap(), 18));
    }
}

//! Signing in: registration, passwords, sessions, API tokens, one-time
//! login links and the login rate limit. Secrets are random values given
//! to the client once; the store keeps their SHA-256 hashes, so a copy of
//! the database opens no account. Every counter and session lives in the
//! database, so several server processes honour each other's.

use crate::signins::SignIn;
use crate::{password, App, AppError, Result};
use rand::RngCore;
use rete_core::{AccountId, Lang};
use rete_i18n::t;
use rete_store::accounts::NewToken;
pub use rete_store::accounts::{ApiToken, Invitation, SessionInfo, SignedIn, TokenGrant, TokenScope, User};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Who may register on a server (`[server] registration` in config.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Registration {
    /// Anyone who reaches the server.
    Open,
    /// Only with an invitation a user of the server made.
    Invite,
    /// Nobody: accounts are made by the operator.
    Closed,
}

/// How many attempts a window allows, and how long a window is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub attempts: u32,
    pub window_secs: i64,
}

/// Logins per e-mail address and per client address, registrations per
/// client address: generous for a person, useless for guessing.
pub const LOGIN_PER_ACCOUNT: Limit = Limit { attempts: 10, window_secs: 15 * 60 };
pub const LOGIN_PER_ADDRESS: Limit = Limit { attempts: 50, window_secs: 15 * 60 };
pub const REGISTER_PER_ADDRESS: Limit = Limit { attempts: 10, window_secs: 60 * 60 };

/// The prefix of every API token, so a leaked one is recognisable (and
/// secret scanners can find it).
pub const TOKEN_PREFIX: &str = "rete_";

/// A new session: the cookie value goes to the browser, once.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub secret: String,
    pub expires_at: i64,
}

/// A new invitation: the secret is shown once, to be shared.
#[derive(Debug, Clone, Serialize)]
pub struct IssuedInvitation {
    /// What the invited person gives when registering (`invitation`).
    pub invitation: String,
    #[serde(flatten)]
    pub info: Invitation,
}

/// The most registrations one invitation admits, and the longest it holds.
pub const MAX_INVITATION_USES: u32 = 500;
pub const MAX_INVITATION_DAYS: u32 = 90;

/// A new API token: the secret is shown once and never again.
#[derive(Debug, Clone, Serialize)]
pub struct IssuedToken {
    pub token: String,
    #[serde(flatten)]
    pub info: ApiToken,
}

/// 32 random bytes from the operating system, as hex.
pub(crate) fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the store keeps of a secret. Lookups go by this hash; an attacker
/// cannot steer a SHA-256 output, so a plain index lookup leaks nothing
/// a constant-time comparison would protect.
pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// An e-mail address as rete stores it, or why it is not one.
pub fn normalize_email(email: &str, lang: Lang) -> Result<String> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if !valid {
        return Err(AppError::invalid("email", t!("field.email_invalid", locale = lang.as_str())));
    }
    Ok(email)
}

impl App {
    /// Counts an attempt against `limit` in `bucket`; over the limit it is
    /// refused with the seconds left in the window.
    ///
    /// A sliding window: the attempts of the window before count too, less
    /// the further this window has gone, so a burst across the turn of a
    /// window is not allowed twice over (a fixed window let 2 × `attempts`
    /// through around each turn).
    pub async fn rate_limit(&self, bucket: &str, limit: Limit, now: i64) -> Result<()> {
        let window = limit.window_secs;
        let window_start = now - now.rem_euclid(window);
        let (current, previous) = self.store.hit(bucket, window_start, window_start - window).await?;
        let elapsed = now - window_start;
        // previous × (window − elapsed) / window, rounded up: an attempt
        // of the window before counts whole until a part of it has passed.
        let weighed = (i64::from(previous) * (window - elapsed) + window - 1) / window;
        if i64::from(current) + weighed > i64::from(limit.attempts) {
            let retry_after = u64::try_from(window_start + window - now).unwrap_or(1).max(1);
            return Err(AppError::RateLimited { retry_after });
        }
        Ok(())
    }

    /// Creates an account that signs in with `email` and `password`.
    pub async fn register(
        &self,
        email: &str,
        password: &str,
        name: &str,
        registration: Registration,
        lang: Lang,
        now: i64,
    ) -> Result<AccountId> {
        self.register_invited(email, password, name, registration, None, lang, now).await
    }

    /// [`App::register`] with the invitation a server by invitation asks
    /// for (an open server ignores it; a closed one admits nobody).
    #[allow(clippy::too_many_arguments)]
    pub async fn register_invited(
        &self,
        email: &str,
        password: &str,
        name: &str,
        registration: Registration,
        invitation: Option<&str>,
        lang: Lang,
        now: i64,
    ) -> Result<AccountId> {
        let invitation = invitation.map(str::trim).filter(|i| !i.is_empty());
        let invitation = match (registration, invitation) {
            (Registration::Closed, _) => return Err(AppError::RegistrationClosed),
            (Registration::Open, _) => None,
            (Registration::Invite, None) => return Err(AppError::RegistrationClosed),
            (Registration::Invite, Some(secret)) => Some(secret_hash(secret)),
        };
        let email = normalize_email(email, lang)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(AppError::invalid("name", t!("field.required", locale = lang.as_str())));
        }
        if name.chars().count() > 300 {
            return Err(AppError::invalid("name", t!("field.too_long", locale = lang.as_str(), max = 300)));
        }
        password::check(password, &email, lang)?;
        let phc = password::hash(password.to_string()).await?;
        // The language stays unset until the user chooses one: until then
        // every page follows the browser's.
        match self.store.create_user(&email, name, &phc, now, invitation.as_deref()).await {
            Err(rete_store::StoreError::Invalid(e)) if e.field == "invitation" => {
                Err(AppError::invalid("invitation", t!("auth.invitation_invalid", locale = lang.as_str())))
            }
            other => Ok(other?),
        }
    }

    /// An invitation to register, admitting `uses` people within `days`.
    pub async fn create_invitation(
        &self,
        account: AccountId,
        uses: u32,
        days: u32,
        lang: Lang,
        now: i64,
    ) -> Result<IssuedInvitation> {
        let l = lang.as_str();
        if uses == 0 || uses > MAX_INVITATION_USES {
            let message = t!("auth.invitation_uses", locale = l, max = MAX_INVITATION_USES);
            return Err(AppError::invalid("uses", message));
        }
        if days == 0 || days > MAX_INVITATION_DAYS {
            let message = t!("auth.invitation_days", locale = l, max = MAX_INVITATION_DAYS);
            return Err(AppError::invalid("expires_in_days", message));
        }
        // Prefixed, like API tokens, so a person can tell what they hold.
        let secret = format!("inv_{}", random_secret());
        let expires_at = now + i64::from(days) * 86_400;
        let id = self.store.create_invitation(account, &secret_hash(&secret), now, expires_at, uses).await?;
        let info = Invitation { id, created_at: now, expires_at, uses_left: i64::from(uses) };
        Ok(IssuedInvitation { invitation: secret, info })
    }

    /// The account's invitations that still admit someone.
    pub async fn invitations(&self, account: AccountId, now: i64) -> Result<Vec<Invitation>> {
        Ok(self.store.invitations(account, now).await?)
    }

    pub async fn revoke_invitation(&self, account: AccountId, id: i64) -> Result<()> {
        Ok(self.store.revoke_invitation(account, id).await?)
    }

    /// The account `email` and `password` open, counted against the
    /// per-account and per-address limits.
    pub async fn login(&self, email: &str, password: &str, client: &str, now: i64) -> Result<AccountId> {
        let email = email.trim().to_lowercase();
        self.rate_limit(&format!("login:address:{client}"), LOGIN_PER_ADDRESS, now).await?;
        self.rate_limit(&format!("login:account:{email}"), LOGIN_PER_ACCOUNT, now).await?;
        let user = self.store.user_by_email(&email).await?;
        let phc = user.as_ref().and_then(|u| u.password_hash.clone());
        let ok = password::verify(password.to_string(), phc).await?;
        match user {
            Some(u) if ok => Ok(u.account),
            _ => Err(AppError::BadCredentials),
        }
    }

    pub async fn user(&self, account: AccountId) -> Result<User> {
        self.store.user(account).await?.ok_or_else(|| AppError::NotFound { what: "user", key: account.to_string() })
    }

    /// Gives an account (the CLI's local one) an e-mail and password to
    /// sign in to a server with.
    pub async fn set_login(&self, account: AccountId, email: &str, password: &str, lang: Lang, now: i64) -> Result<()> {
        let email = normalize_email(email, lang)?;
        password::check(password, &email, lang)?;
        let phc = password::hash(password.to_string()).await?;
        let name = self.store.user(account).await?.map(|u| u.name).unwrap_or_else(|| email.clone());
        self.store.set_login(account, &email, &name, &phc, now).await?;
        Ok(())
    }

    /// Changes the password after checking the current one; with
    /// `end_others`, every other session of the account ends.
    pub async fn change_password(
        &self,
        account: AccountId,
        current: &str,
        new: &str,
        keep_session: Option<&str>,
        end_others: bool,
        lang: Lang,
    ) -> Result<()> {
        let user = self.user(account).await?;
        if !password::verify(current.to_string(), user.password_hash.clone()).await? {
            return Err(AppError::invalid("current_password", t!("error.bad_credentials", locale = lang.as_str())));
        }
        password::check(new, &user.email, lang)?;
        let phc = password::hash(new.to_string()).await?;
        self.store.set_password(account, &phc).await?;
        if end_others {
            let keep = keep_session.map(secret_hash);
            self.store.delete_other_sessions(account, keep.as_deref()).await?;
        }
        Ok(())
    }

    /// Deletes the account and everything it owns once `password` proves
    /// it is its owner asking (`Invalid` on `password` otherwise).
    pub async fn delete_account_confirmed(&self, account: AccountId, password: &str, lang: Lang) -> Result<()> {
        let user = self.user(account).await?;
        if !password::verify(password.to_string(), user.password_hash).await? {
            return Err(AppError::invalid("password", t!("error.bad_credentials", locale = lang.as_str())));
        }
        self.delete_account(account).await
    }

    /// Deletes the account and everything it owns.
    pub async fn delete_account(&self, account: AccountId) -> Result<()> {
        Ok(self.store.delete_account(account).await?)
    }

    pub async fn start_session(&self, account: AccountId, now: i64, lifetime_secs: i64) -> Result<NewSession> {
        let secret = random_secret();
        let expires_at = now + lifetime_secs;
        self.store.create_session(&secret_hash(&secret), account, now, expires_at).await?;
        Ok(NewSession { secret, expires_at })
    }

    pub async fn session_account(&self, secret: &str, now: i64) -> Result<Option<SignedIn>> {
        let hash = secret_hash(secret);
        let read = self.store.session_account(&hash, now);
        self.signed_in(&hash, now, read, SignIn::Session, |s| match s {
            SignIn::Session(who) => Some(who),
            SignIn::Token(_) => None,
        })
        .await
    }

    /// The sign-in for `hash`: kept from an earlier request while nothing
    /// has committed since (see `signins`), else `read` from the store and
    /// kept under the stamp taken *before* the read. Even when the read
    /// itself commits (a token's last use), that older stamp is the right
    /// one: the next request reads once more, and a stamp taken after could
    /// hide another process's revoke.
    async fn signed_in<T: Clone>(
        &self,
        hash: &str,
        now: i64,
        read: impl std::future::Future<Output = rete_store::Result<Option<T>>>,
        wrap: fn(T) -> SignIn,
        unwrap: fn(SignIn) -> Option<T>,
    ) -> Result<Option<T>> {
        let stamp = self.store.change_stamp();
        if let Some(kept) = stamp.and_then(|s| self.signins.get(hash, s, now)).and_then(unwrap) {
            return Ok(Some(kept));
        }
        let found = read.await?;
        if let (Some(stamp), Some(found)) = (stamp, &found) {
            self.signins.keep(hash.to_string(), stamp, now, wrap(found.clone()));
        }
        Ok(found)
    }

    pub async fn end_session(&self, secret: &str) -> Result<()> {
        Ok(self.store.delete_session(&secret_hash(secret)).await?)
    }

    pub async fn end_other_sessions(&self, account: AccountId, keep: Option<&str>) -> Result<u64> {
        let keep = keep.map(secret_hash);
        Ok(self.store.delete_other_sessions(account, keep.as_deref()).await?)
    }

    pub async fn sessions(&self, account: AccountId, now: i64) -> Result<Vec<SessionInfo>> {
        Ok(self.store.sessions(account, now).await?)
    }

    pub async fn clean_expired(&self, now: i64) -> Result<u64> {
        Ok(self.store.delete_expired_sessions(now).await?)
    }

    /// Issues an API token; `expires_in_days` of `None` never expires.
    pub async fn create_token(
        &self,
        account: AccountId,
        name: &str,
        scope: TokenScope,
        expires_in_days: Option<u32>,
        lang: Lang,
        now: i64,
    ) -> Result<IssuedToken> {
        let name = name.trim();
        if name.is_empty() {
            return Err(AppError::invalid("name", t!("field.required", locale = lang.as_str())));
        }
        if name.chars().count() > 100 {
            return Err(AppError::invalid("name", t!("field.too_long", locale = lang.as_str(), max = 100)));
        }
        let token = format!("{TOKEN_PREFIX}{}", random_secret());
        let prefix: String = token.chars().take(TOKEN_PREFIX.len() + 6).collect();
        let hash = secret_hash(&token);
        let expires_at = expires_in_days.map(|d| now + i64::from(d) * 86_400);
        let new = NewToken { name, prefix: &prefix, hash: &hash, scope, now, expires_at };
        let id = self.store.create_token(account, &new).await?;
        let info =
            ApiToken { id, name: name.to_string(), prefix, scope, created_at: now, expires_at, last_used_at: None };
        Ok(IssuedToken { token, info })
    }

    pub async fn tokens(&self, account: AccountId) -> Result<Vec<ApiToken>> {
        Ok(self.store.tokens(account).await?)
    }

    /// Who a bearer token speaks for, if it is valid.
    pub async fn token_grant(&self, token: &str, now: i64) -> Result<Option<TokenGrant>> {
        if !token.starts_with(TOKEN_PREFIX) {
            return Ok(None);
        }
        let hash = secret_hash(token);
        let read = self.store.use_token(&hash, now);
        self.signed_in(&hash, now, read, SignIn::Token, |s| match s {
            SignIn::Token(grant) => Some(grant),
            SignIn::Session(_) => None,
        })
        .await
    }

    pub async fn revoke_token(&self, account: AccountId, id: i64) -> Result<()> {
        Ok(self.store.revoke_token(account, id).await?)
    }

    /// A link that signs in to `account` once, within `valid_secs`.
    pub async fn create_login_link(&self, account: AccountId, now: i64, valid_secs: i64) -> Result<String> {
        let secret = random_secret();
        self.store.create_login_link(&secret_hash(&secret), account, now + valid_secs).await?;
        Ok(secret)
    }

    pub async fn use_login_link(&self, secret: &str, now: i64) -> Result<Option<AccountId>> {
        Ok(self.store.take_login_link(&secret_hash(secret), now).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(normalize_email(" Mario.Rossi@Example.IT ", Lang::En).unwrap(), "mario.rossi@example.it");
        for bad in ["", "mario", "mario@", "@example.it", "mario@example", "ma rio@example.it"] {
            let e = normalize_email(bad, Lang::It).unwrap_err();
            assert_eq!(e.field(), Some("email"), "{bad}");
        }
    }

    #[test]
    fn secrets_are_random_and_hashed() {
        let a = random_secret();
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_secret());
        assert_eq!(secret_hash(&a), secret_hash(&a));
        assert_ne!(secret_hash(&a), a);
    }
}

//! Who may sign in to an account, and the state a server keeps about it:
//! users, sessions, API tokens, one-time login links and the counters that
//! rate-limit logins. All of it lives in the database, so several server
//! processes behind one load balancer share it (a session made by one is
//! honoured by the others).
//!
//! Secrets never reach this layer: sessions, tokens and links are stored
//! as SHA-256 hashes of random values the caller keeps, and passwords as
//! argon2id strings. Times are Unix seconds chosen by the caller, so tests
//! can move the clock.

use crate::error::Result;
use async_trait::async_trait;
use rete_core::AccountId;
use serde::Serialize;

/// A person who can sign in, and the account they own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub account: AccountId,
    /// Lower-cased; the login name.
    pub email: String,
    pub name: String,
    /// `None` for the CLI's local account until it is given a password.
    #[serde(skip)]
    pub password_hash: Option<String>,
    /// `en` or `it`, when the user chose one.
    pub lang: Option<String>,
    pub created_at: i64,
    /// An IANA zone (`Europe/Rome`), when the user chose one.
    pub time_zone: Option<String>,
    /// Whether the daily digest e-mail is on, and at which local hour.
    pub digest: bool,
    pub digest_hour: u8,
}

/// What a user chooses on the Settings page, written whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSettings {
    pub lang: Option<String>,
    pub time_zone: Option<String>,
    pub digest: bool,
    pub digest_hour: u8,
}

/// What an API token may do. A token can never create tokens, whatever
/// its scope: that takes a signed-in session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenScope {
    Read,
    Write,
}

impl TokenScope {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::Write => "write",
        }
    }

    pub fn parse(text: &str) -> Option<TokenScope> {
        match text {
            "read" => Some(TokenScope::Read),
            "write" => Some(TokenScope::Write),
            _ => None,
        }
    }
}

/// An API token as its owner sees it: never the secret, only its prefix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    /// The first characters of the token, so its owner can tell them apart.
    pub prefix: String,
    pub scope: TokenScope,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

/// A new API token to store.
#[derive(Debug, Clone)]
pub struct NewToken<'a> {
    pub name: &'a str,
    pub prefix: &'a str,
    pub hash: &'a str,
    pub scope: TokenScope,
    pub now: i64,
    pub expires_at: Option<i64>,
}

/// Who a presented token speaks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenGrant {
    pub account: AccountId,
    pub token: i64,
    pub scope: TokenScope,
    /// The owner's language, when they chose one.
    pub lang: Option<String>,
    /// The owner's time zone, when they chose one.
    pub time_zone: Option<String>,
    /// The account's revision (see [`SignedIn::revision`]).
    pub revision: i64,
    /// When the token stops working (Unix seconds), if it ever does.
    pub expires_at: Option<i64>,
}

/// Who a session speaks for, read in the one query that signs a request
/// in (kept by a server on SQLite while nothing commits: `rete_app::signins`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    pub account: AccountId,
    /// The owner's language, when they chose one.
    pub lang: Option<String>,
    /// The owner's time zone, when they chose one: their "today".
    pub time_zone: Option<String>,
    /// Moves forward with every write to the account's data, in the
    /// writing transaction: what was computed at one revision holds until
    /// the next.
    pub revision: i64,
    /// When the sign-in stops working (Unix seconds): a session's expiry;
    /// `None` for what does not expire (a calendar link).
    pub expires_at: Option<i64>,
}

/// An invitation to register, as its creator sees it (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invitation {
    pub id: i64,
    pub created_at: i64,
    pub expires_at: i64,
    /// Registrations it still admits.
    pub uses_left: i64,
}

/// A signed-in session, as the account's owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionInfo {
    /// The first characters of the session's hash: enough to tell
    /// sessions apart, useless to forge one.
    pub handle: String,
    pub created_at: i64,
    pub expires_at: i64,
}

/// A user whose daily digest is on, with what sending it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestUser {
    pub account: AccountId,
    pub email: String,
    pub name: String,
    pub lang: Option<String>,
    pub time_zone: Option<String>,
    pub digest_hour: u8,
}

/// One digest mail: claimed, sent, or failed with why and when it is tried
/// again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DigestDelivery {
    pub id: i64,
    /// The user's day it is for (a test send also has its time).
    pub local_date: String,
    /// `daily` or `test`.
    pub kind: String,
    /// `sending`, `sent` or `failed`.
    pub status: String,
    pub attempts: i64,
    pub claimed_at: i64,
    pub sent_at: Option<i64>,
    pub error: Option<String>,
    pub next_try_at: Option<i64>,
}

/// A delivery claimed for another try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestRetry {
    pub id: i64,
    pub account: AccountId,
    pub local_date: String,
    pub kind: String,
}

#[async_trait]
pub trait Accounts: Send + Sync {
    /// Creates an account and its user; an e-mail already registered is a
    /// `Conflict` on `email`. With `invitation` (the hash of its secret),
    /// one of its uses is taken in the same transaction: an invitation that
    /// is unknown, expired or used up is `Invalid` on `invitation`, and
    /// nothing is written.
    async fn create_user(
        &self,
        email: &str,
        name: &str,
        password_hash: &str,
        now: i64,
        invitation: Option<&str>,
    ) -> Result<AccountId>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>>;
    async fn user(&self, account: AccountId) -> Result<Option<User>>;
    /// Gives an existing account (the CLI's local one) a login, or changes
    /// the e-mail and password of one that has it.
    async fn set_login(&self, account: AccountId, email: &str, name: &str, password_hash: &str, now: i64)
        -> Result<()>;
    async fn set_password(&self, account: AccountId, password_hash: &str) -> Result<()>;
    /// `NotFound` for an account without a user.
    async fn set_settings(&self, account: AccountId, settings: &UserSettings) -> Result<()>;
    /// Replaces the hash of the account's calendar-link secret (the old
    /// link stops answering); `None` turns the link off.
    async fn set_calendar_hash(&self, account: AccountId, hash: Option<&str>) -> Result<()>;
    /// Who a calendar link's secret speaks for.
    async fn calendar_account(&self, hash: &str) -> Result<Option<SignedIn>>;
    /// Deletes the account with everything it owns.
    async fn delete_account(&self, account: AccountId) -> Result<()>;

    async fn create_session(&self, hash: &str, account: AccountId, now: i64, expires_at: i64) -> Result<()>;
    /// Who a session that has not expired at `now` speaks for.
    async fn session_account(&self, hash: &str, now: i64) -> Result<Option<SignedIn>>;
    async fn sessions(&self, account: AccountId, now: i64) -> Result<Vec<SessionInfo>>;
    async fn delete_session(&self, hash: &str) -> Result<()>;
    /// Ends every session of the account but `keep`; returns how many ended.
    async fn delete_other_sessions(&self, account: AccountId, keep: Option<&str>) -> Result<u64>;
    async fn delete_expired_sessions(&self, now: i64) -> Result<u64>;

    async fn create_token(&self, account: AccountId, token: &NewToken<'_>) -> Result<i64>;
    async fn tokens(&self, account: AccountId) -> Result<Vec<ApiToken>>;
    /// The grant of a token that has not expired, recording its use.
    async fn use_token(&self, hash: &str, now: i64) -> Result<Option<TokenGrant>>;
    /// `NotFound` when the token is not the account's.
    async fn revoke_token(&self, account: AccountId, id: i64) -> Result<()>;

    async fn create_invitation(
        &self,
        account: AccountId,
        hash: &str,
        now: i64,
        expires_at: i64,
        uses: u32,
    ) -> Result<i64>;
    /// The account's invitations that still admit someone at `now`.
    async fn invitations(&self, account: AccountId, now: i64) -> Result<Vec<Invitation>>;
    /// `NotFound` when the invitation is not the account's.
    async fn revoke_invitation(&self, account: AccountId, id: i64) -> Result<()>;

    async fn create_login_link(&self, hash: &str, account: AccountId, expires_at: i64) -> Result<()>;
    /// Consumes a link: it works once, before it expires.
    async fn take_login_link(&self, hash: &str, now: i64) -> Result<Option<AccountId>>;

    /// Every user whose digest is on.
    async fn digest_users(&self) -> Result<Vec<DigestUser>>;
    /// Claims the digest of (`account`, `local_date`, `kind`) for sending:
    /// its id when this call claimed it, `None` when another process (or
    /// an earlier pass) already had. Atomic across processes.
    async fn claim_digest(&self, account: AccountId, local_date: &str, kind: &str, now: i64) -> Result<Option<i64>>;
    /// Claims the failed deliveries due for another try at `now` (fewer
    /// than `max_attempts` so far), and sends left half-done since before
    /// `stale_before` (a process that stopped mid-send).
    async fn claim_digest_retries(&self, now: i64, max_attempts: i64, stale_before: i64) -> Result<Vec<DigestRetry>>;
    /// Records how a claimed delivery went: sent (`error` None) or failed,
    /// to be tried again at `next_try_at` (None: not again).
    async fn finish_digest(&self, id: i64, now: i64, error: Option<&str>, next_try_at: Option<i64>) -> Result<()>;
    /// The account's latest deliveries, newest first.
    async fn digest_log(&self, account: AccountId, limit: i64) -> Result<Vec<DigestDelivery>>;
    /// Replaces the hash of the secret in the account's unsubscribe link.
    async fn set_unsubscribe_hash(&self, account: AccountId, hash: &str) -> Result<()>;
    /// Turns the digest off for whoever holds the unsubscribe secret of
    /// `hash`; their account, or `None` for a link that is not one.
    async fn unsubscribe(&self, hash: &str) -> Result<Option<AccountId>>;

    /// Counts one more attempt in `bucket`'s window starting at
    /// `window_start` and returns the count, atomically across processes,
    /// with the count of the window before (`previous_start`), which a
    /// sliding limit weighs in. Older windows are forgotten.
    async fn hit(&self, bucket: &str, window_start: i64, previous_start: i64) -> Result<(u32, u32)>;
}

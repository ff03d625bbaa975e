//! Who a request speaks for: a bearer API token (scripts) or the session
//! cookie (the browser). Handlers take [`Auth`] and get a
//! [`rete_app::Caller`] scoped to that account, so no handler can forget
//! whose data it reads. Session-only actions (tokens, the password, the
//! account itself) take [`SessionAuth`]: a token can never make tokens.

use crate::error::{ApiError, LangSlot};
use crate::{lang, AppState};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use rete_app::auth::NewSession;
use rete_app::{AppError, Caller};
use rete_core::{AccountId, Lang};
use std::convert::Infallible;

/// Who a session (or a calendar link) speaks for, as its one query reads it.
pub type Who = rete_app::settings::SignedIn;

pub use rete_app::auth::TokenScope;

/// The session cookie's name. `__Host-` would pin it to https; rete also
/// serves plain http on localhost, so the attributes do that work.
pub const SESSION_COOKIE: &str = "rete_session";

/// How the request proved who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    Session { secret: String },
    Token { id: i64, scope: TokenScope },
}

/// A signed-in caller.
#[derive(Debug, Clone)]
pub struct Auth {
    pub caller: Caller,
    pub via: Via,
}

impl Auth {
    pub fn account(&self) -> AccountId {
        self.caller.account
    }

    pub fn lang(&self) -> Lang {
        self.caller.lang
    }

    pub fn session_secret(&self) -> Option<&str> {
        match &self.via {
            Via::Session { secret } => Some(secret),
            Via::Token { .. } => None,
        }
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// Whether the request carries a bearer token (CSRF checks skip those:
/// a browser never adds one on its own).
pub fn has_bearer(headers: &HeaderMap) -> bool {
    bearer(headers).is_some()
}

pub fn session_secret(headers: &HeaderMap) -> Option<String> {
    CookieJar::from_headers(headers).get(SESSION_COOKIE).map(|c| c.value().to_string())
}

fn is_read(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The language for a signed-in account: their choice, else the browser's.
pub fn user_lang(state: &AppState, chosen: Option<&str>, headers: &HeaderMap) -> Lang {
    lang::parse(chosen).or_else(|| lang::from_headers(headers)).unwrap_or(state.config.default_lang)
}

/// The caller for `account`. A read carries the revision its sign-in
/// query saw, so it may be answered from the cache; a request that writes
/// carries none, so what it reads back after its write is never an
/// answer cached before it.
pub fn caller(state: &AppState, who: &Who, lang: Lang, method: &Method) -> Caller {
    let caller = Caller::new(who.account, lang, state.today_in(who.time_zone.as_deref()));
    let revision = who.revision;
    if is_read(method) {
        caller.at_revision(revision)
    } else {
        caller
    }
}

/// The caller a session cookie's secret speaks for, if it has not expired.
async fn session_auth(
    state: &AppState,
    secret: String,
    headers: &HeaderMap,
    method: &Method,
) -> Result<Option<Auth>, AppError> {
    let Some(who) = state.app.session_account(&secret, state.now()).await? else {
        return Ok(None);
    };
    let lang = user_lang(state, who.lang.as_deref(), headers);
    Ok(Some(Auth { caller: caller(state, &who, lang, method), via: Via::Session { secret } }))
}

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let auth = if let Some(token) = bearer(&parts.headers) {
            let grant = state.app.token_grant(token, state.now()).await?.ok_or(AppError::Unauthenticated)?;
            if grant.scope == TokenScope::Read && !is_read(&parts.method) {
                return Err(AppError::Forbidden.into());
            }
            let lang = user_lang(state, grant.lang.as_deref(), &parts.headers);
            let via = Via::Token { id: grant.token, scope: grant.scope };
            let who = Who {
                account: grant.account,
                lang: None,
                time_zone: grant.time_zone,
                revision: grant.revision,
                expires_at: grant.expires_at,
            };
            Auth { caller: caller(state, &who, lang, &parts.method), via }
        } else if let Some(secret) = session_secret(&parts.headers) {
            session_auth(state, secret, &parts.headers, &parts.method).await?.ok_or(AppError::Unauthenticated)?
        } else {
            return Err(AppError::Unauthenticated.into());
        };
        if let Some(slot) = parts.extensions.get::<LangSlot>() {
            let _ = slot.0.set(auth.lang());
        }
        Ok(auth)
    }
}

/// A caller signed in through the browser's session, not a token.
#[derive(Debug, Clone)]
pub struct SessionAuth(pub Auth);

impl FromRequestParts<AppState> for SessionAuth {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let auth = Auth::from_request_parts(parts, state).await?;
        match auth.via {
            Via::Session { .. } => Ok(SessionAuth(auth)),
            Via::Token { .. } => Err(AppError::Forbidden.into()),
        }
    }
}

/// The page visitor: signed in by cookie, or not (pages never read tokens).
#[derive(Debug, Clone)]
pub struct Visitor {
    pub auth: Option<Auth>,
    pub lang: Lang,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let auth = match session_secret(&parts.headers) {
            Some(secret) => session_auth(state, secret, &parts.headers, &parts.method).await.ok().flatten(),
            None => None,
        };
        let lang = auth
            .as_ref()
            .map(Auth::lang)
            .or_else(|| lang::from_headers(&parts.headers))
            .unwrap_or(state.config.default_lang);
        Ok(Visitor { auth, lang })
    }
}

/// The cookie that carries a new session.
pub fn session_cookie(state: &AppState, session: &NewSession) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, session.secret.clone()))
        .http_only(true)
        .secure(state.config.https())
        .same_site(SameSite::Lax)
        .path("/")
        .max_age(time_secs(state.config.session_lifetime_secs))
        .build()
}

/// The cookie that ends a session in the browser.
pub fn removal_cookie(state: &AppState) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, ""))
        .http_only(true)
        .secure(state.config.https())
        .same_site(SameSite::Lax)
        .path("/")
        .max_age(time_secs(0))
        .build()
}

fn time_secs(secs: i64) -> time::Duration {
    time::Duration::seconds(secs)
}

/// Signs `account` in: a new session id every time (the old one, if the
/// browser had one, ends), so a fixed session cannot be planted.
pub async fn sign_in(state: &AppState, jar: CookieJar, account: AccountId) -> Result<CookieJar, AppError> {
    if let Some(old) = jar.get(SESSION_COOKIE) {
        state.app.end_session(old.value()).await?;
    }
    let session = state.app.start_session(account, state.now(), state.config.session_lifetime_secs).await?;
    Ok(jar.add(session_cookie(state, &session)))
}

//! `POST /auth/register`, `POST /auth/token`, `POST /auth/logout`.

use crate::auth::{Auth, TokenScope};
use crate::error::{ApiError, ApiJson, ErrorBody};
use crate::{lang, AppState};
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use axum_extra::extract::CookieJar;
use rete_app::auth::{IssuedToken, REGISTER_PER_ADDRESS};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterBody {
    pub email: String,
    /// At least 10 characters, not among the most common passwords.
    pub password: String,
    pub name: String,
    /// On a server by invitation: the invitation a user shared (`inv_...`).
    pub invitation: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountView {
    pub id: i64,
    pub email: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub created_at: i64,
    /// An IANA zone (`Europe/Rome`): the user's "today".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Whether the daily digest e-mail is on, and at which local hour.
    pub digest: bool,
    pub digest_hour: u8,
}

impl From<rete_app::auth::User> for AccountView {
    fn from(u: rete_app::auth::User) -> Self {
        AccountView {
            id: u.account.0,
            email: u.email,
            name: u.name,
            lang: u.lang,
            created_at: u.created_at,
            time_zone: u.time_zone,
            digest: u.digest,
            digest_hour: u.digest_hour,
        }
    }
}

/// Creates an account: on an open server, or with an invitation on a
/// server by invitation (`403 registration_closed` without one, `422` on
/// `invitation` for one that is unknown, expired or used up).
#[utoipa::path(post, path = "/auth/register", tag = "auth", request_body = RegisterBody,
    responses((status = 201, body = AccountView), (status = 409, body = ErrorBody, description = "e-mail taken"),
        (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn register(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<RegisterBody>,
) -> Result<(StatusCode, Json<AccountView>), ApiError> {
    let now = state.now();
    let lang = lang::from_headers(&headers).unwrap_or(state.config.default_lang);
    state.app.rate_limit(&format!("register:address:{}", peer.ip()), REGISTER_PER_ADDRESS, now).await?;
    let registration = state.config.registration;
    let (email, password, name, invitation) = (&body.email, &body.password, &body.name, body.invitation.as_deref());
    let account = state.app.register_invited(email, password, name, registration, invitation, lang, now).await?;
    let user = state.app.user(account).await?;
    Ok((StatusCode::CREATED, Json(user.into())))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenBody {
    pub email: String,
    pub password: String,
    /// What the token is for ("backup script"); default "API".
    pub name: Option<String>,
    /// `read` or `write` (default).
    #[schema(value_type = Option<String>)]
    pub scope: Option<TokenScope>,
    /// Days until it stops working; never, when absent.
    pub expires_in_days: Option<u32>,
}

/// Signs in with e-mail and password and returns a new API token, shown
/// this once. Counted against the login rate limit.
#[utoipa::path(post, path = "/auth/token", tag = "auth", request_body = TokenBody,
    responses((status = 201, description = "`{\"token\": \"rete_...\", \"id\", \"name\", \"prefix\", \"scope\", ...}`"),
        (status = 401, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn token(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<(StatusCode, Json<IssuedToken>), ApiError> {
    let now = state.now();
    let lang = lang::from_headers(&headers).unwrap_or(state.config.default_lang);
    let account = state.app.login(&body.email, &body.password, &peer.ip().to_string(), now).await?;
    let name = body.name.as_deref().unwrap_or("API");
    let scope = body.scope.unwrap_or(TokenScope::Write);
    let issued = state.app.create_token(account, name, scope, body.expires_in_days, lang, now).await?;
    Ok((StatusCode::CREATED, Json(issued)))
}

/// Ends the session of the request (the browser's cookie), or revokes the
/// token the request carries.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", responses((status = 204)))]
pub async fn logout(
    State(state): State<AppState>,
    auth: Auth,
    jar: CookieJar,
) -> Result<(StatusCode, CookieJar), ApiError> {
    match &auth.via {
        crate::auth::Via::Session { secret } => state.app.end_session(secret).await?,
        crate::auth::Via::Token { id, .. } => state.app.revoke_token(auth.account(), *id).await?,
    }
    Ok((StatusCode::NO_CONTENT, jar.add(crate::auth::removal_cookie(&state))))
}

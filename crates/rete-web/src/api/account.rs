//! Your account: who you are, your password, your sessions and API
//! tokens, a copy of all your data, and deleting it all.

use super::PageParams;
use crate::auth::{Auth, SessionAuth, TokenScope};
use crate::error::IdPath;
use crate::error::{ApiError, ApiJson, ErrorBody};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum_extra::extract::CookieJar;
use rete_app::auth::{ApiToken, IssuedToken, SessionInfo};
use rete_app::people::Page;
use rete_app::AppError;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::auth::AccountView;

/// The signed-in account.
#[utoipa::path(get, path = "/account", tag = "account",
    responses((status = 200, body = AccountView), (status = 401, body = ErrorBody)))]
pub async fn me(State(state): State<AppState>, auth: Auth) -> Result<Json<AccountView>, ApiError> {
    Ok(Json(state.app.user(auth.account()).await?.into()))
}

/// The settings a request may change; an absent field stays as it is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsBody {
    /// `en` or `it`; `""` goes back to the browser's language.
    pub lang: Option<String>,
    /// An IANA zone such as `Europe/Rome`; `""` goes back to the server's.
    pub time_zone: Option<String>,
    /// The daily digest e-mail on or off.
    pub digest: Option<bool>,
    /// The local hour the digest is sent at, 0 to 23.
    pub digest_hour: Option<u8>,
}

/// Changes the language, the time zone and the digest.
#[utoipa::path(patch, path = "/account", tag = "account", request_body = SettingsBody,
    responses((status = 200, body = AccountView), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(body): ApiJson<SettingsBody>,
) -> Result<Json<AccountView>, ApiError> {
    let change = rete_app::settings::SettingsChange {
        lang: body.lang,
        time_zone: body.time_zone,
        digest: body.digest,
        digest_hour: body.digest_hour,
    };
    state.app.update_settings(auth.account(), change, auth.lang()).await?;
    Ok(Json(state.app.user(auth.account()).await?.into()))
}

#[derive(Debug, serde::Serialize, ToSchema)]
pub struct CalendarLink {
    /// Subscribe to it from Google, Apple or Thunderbird calendars.
    pub url: String,
}

/// A new secret calendar link (`/cal/TOKEN.ics`, the agenda as an
/// iCalendar feed); the previous link answers 404 from now on.
#[utoipa::path(post, path = "/account/calendar-link", tag = "account",
    responses((status = 200, body = CalendarLink), (status = 403, body = ErrorBody)))]
pub async fn calendar_link(
    State(state): State<AppState>,
    SessionAuth(auth): SessionAuth,
    headers: axum::http::HeaderMap,
) -> Result<Json<CalendarLink>, ApiError> {
    let secret = state.app.new_calendar_link(auth.account()).await?;
    Ok(Json(CalendarLink { url: crate::pages::calendar::link_url(&state, &headers, &secret) }))
}

/// Turns the calendar link off.
#[utoipa::path(delete, path = "/account/calendar-link", tag = "account",
    responses((status = 204), (status = 403, body = ErrorBody)))]
pub async fn revoke_calendar_link(
    State(state): State<AppState>,
    SessionAuth(auth): SessionAuth,
) -> Result<StatusCode, ApiError> {
    state.app.revoke_calendar_link(auth.account()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteBody {
    /// The current password, to confirm.
    pub password: String,
}

/// Deletes the account and everything in it, for good (signed in through
/// the browser, with the password).
#[utoipa::path(delete, path = "/account", tag = "account", request_body = DeleteBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn delete_account(
    State(state): State<AppState>,
    SessionAuth(auth): SessionAuth,
    jar: CookieJar,
    ApiJson(body): ApiJson<DeleteBody>,
) -> Result<(StatusCode, CookieJar), ApiError> {
    state.app.delete_account_confirmed(auth.account(), &body.password, auth.lang()).await?;
    Ok((StatusCode::NO_CONTENT, jar.add(crate::auth::removal_cookie(&state))))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordBody {
    pub current_password: String,
    pub new_password: String,
    /// Sign out every other browser and device (default true).
    pub end_other_sessions: Option<bool>,
}

/// Changes the password (signed in through the browser).
#[utoipa::path(post, path = "/account/password", tag = "account", request_body = PasswordBody,
    responses((status = 204), (status = 422, body = ErrorBody)))]
pub async fn change_password(
    State(state): State<AppState>,
    SessionAuth(auth): SessionAuth,
    ApiJson(body): ApiJson<PasswordBody>,
) -> Result<StatusCode, ApiError> {
    state
        .app
        .change_password(
            auth.account(),
            &body.current_password,
            &body.new_password,
            auth.session_secret(),
            body.end_other_sessions.unwrap_or(true),
            auth.lang(),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ExportParams {
    /// `json` (the lossless backup, default) or `vcard`.
    pub format: Option<String>,
}

/// All your data: the JSON backup that `rete import json` restores, or
/// your people as vCard 4.0.
#[utoipa::path(get, path = "/account/export", tag = "account", params(ExportParams),
    responses((status = 200, description = "application/json or text/vcard, as a download")))]
pub async fn export(
    State(state): State<AppState>,
    auth: Auth,
    Query(params): Query<ExportParams>,
) -> Result<Response, ApiError> {
    match params.format.as_deref().unwrap_or("json") {
        "json" => {
            let backup = state.app.export_backup(&auth.caller).await?;
            let disposition = [(header::CONTENT_DISPOSITION, "attachment; filename=\"rete-backup.json\"")];
            Ok((disposition, Json(backup)).into_response())
        }
        "vcard" => {
            let cards = state.app.export_vcard(&auth.caller, rete_app::export::VCardVersion::V4).await?;
            Ok((
                [
                    (header::CONTENT_TYPE, "text/vcard; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"rete-people.vcf\""),
                ],
                cards,
            )
                .into_response())
        }
        _ => Err(AppError::invalid("format", "json or vcard").into()),
    }
}

/// Where you are signed in: the sessions that have not expired, newest
/// first, `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/account/sessions", tag = "account", params(PageParams),
    responses((status = 200, description = "a page of sessions"), (status = 422, body = ErrorBody)))]
pub async fn sessions(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<SessionInfo>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.sessions(auth.account(), state.now()).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

/// Your API tokens by id (never their secrets), `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/tokens", tag = "account", params(PageParams),
    responses((status = 200, description = "a page of tokens"), (status = 422, body = ErrorBody)))]
pub async fn tokens(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<ApiToken>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.tokens(auth.account()).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTokenBody {
    pub name: String,
    /// `read` or `write`.
    #[schema(value_type = String)]
    pub scope: TokenScope,
    pub expires_in_days: Option<u32>,
}

/// Issues a token, shown once (signed in through the browser: a token
/// cannot create tokens).
#[utoipa::path(post, path = "/tokens", tag = "account", request_body = NewTokenBody,
    responses((status = 201, description = "the token, with its secret this once"), (status = 403, body = ErrorBody)))]
pub async fn create_token(
    State(state): State<AppState>,
    SessionAuth(auth): SessionAuth,
    ApiJson(body): ApiJson<NewTokenBody>,
) -> Result<(StatusCode, Json<IssuedToken>), ApiError> {
    let issued = state
        .app
        .create_token(auth.account(), &body.name, body.scope, body.expires_in_days, auth.lang(), state.now())
        .await?;
    Ok((StatusCode::CREATED, Json(issued)))
}

/// Revokes a token at once.
#[utoipa::path(delete, path = "/tokens/{id}", tag = "account", params(("id" = i64, Path)),
    responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
) -> Result<StatusCode, ApiError> {
    state.app.revoke_token(auth.account(), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

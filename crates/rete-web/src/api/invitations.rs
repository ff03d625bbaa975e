//! `/invitations`: on a server whose registration is by invitation, a
//! signed-in user invites others: a secret shown once, admitting a number
//! of registrations within some days, revocable. Making one takes the
//! browser's session (like tokens, never a token).

use super::PageParams;
use crate::auth::{Auth, SessionAuth};
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::auth::{Invitation, IssuedInvitation};
use rete_app::people::Page;
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvitationInput {
    /// How many people it admits (default 1, at most 500).
    pub uses: Option<u32>,
    /// Days it holds (default 14, at most 90).
    pub expires_in_days: Option<u32>,
}

/// A new invitation: `{"invitation": "inv_...", "id", "expires_at", "uses_left"}`,
/// the secret shown this once.
#[utoipa::path(post, path = "/invitations", tag = "account", request_body = InvitationInput,
    responses((status = 201, description = "the invitation, with its secret"), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    SessionAuth(auth): SessionAuth,
    ApiJson(input): ApiJson<InvitationInput>,
) -> Result<(StatusCode, Json<IssuedInvitation>), ApiError> {
    let (uses, days) = (input.uses.unwrap_or(1), input.expires_in_days.unwrap_or(14));
    let issued = state.app.create_invitation(auth.account(), uses, days, auth.lang(), state.now()).await?;
    Ok((StatusCode::CREATED, Json(issued)))
}

/// Your invitations that still admit someone, newest first:
/// `{"items": [{"id", "created_at", "expires_at", "uses_left"}], "next_cursor"}`.
#[utoipa::path(get, path = "/invitations", tag = "account", params(PageParams),
    responses((status = 200, description = "a page of invitations"), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<Invitation>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.invitations(auth.account(), state.now()).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

/// Revokes an invitation: it admits nobody more.
#[utoipa::path(delete, path = "/invitations/{id}", tag = "account", params(("id" = i64, Path)),
    responses((status = 204, description = "revoked"), (status = 404, body = ErrorBody)))]
pub async fn revoke(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<StatusCode, ApiError> {
    state.app.revoke_invitation(auth.account(), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

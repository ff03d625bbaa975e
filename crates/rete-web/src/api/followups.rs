//! `/followups`: promises with a due date; corrected, done, snoozed or
//! deleted.

use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::followups::FollowupChange;
use rete_core::{DateRule, Followup, FollowupId, PersonId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowupInput {
    /// The id of the person.
    pub person: i64,
    /// `YYYY-MM-DD`, or tomorrow, +1w...
    pub due: String,
    /// What you promised.
    pub text: String,
}

/// Adds a follow-up.
#[utoipa::path(post, path = "/followups", tag = "followups", request_body = FollowupInput,
    responses((status = 201, description = "the follow-up, with its `id`"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<FollowupInput>,
) -> Result<(StatusCode, Json<Followup>), ApiError> {
    let due = auth.caller.date("due", &input.due, DateRule::Planned)?;
    let followup = state.app.add_followup(&auth.caller, PersonId(input.person), due, &input.text).await?;
    Ok((StatusCode::CREATED, Json(followup)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Done ones too (default: open ones only).
    pub all: Option<bool>,
    pub limit: Option<usize>,
    pub cursor: Option<String>,
}

/// Follow-ups by due date: `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/followups", tag = "followups", params(ListParams),
    responses((status = 200, description = "a page of follow-ups")))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<rete_app::people::Page<Followup>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.followups(&auth.caller, p.all.unwrap_or(false)).await?;
    Ok(Json(rete_app::people::Page::listed(all, p.limit, p.cursor.as_deref())?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DoneInput {
    /// When it was done; today when absent.
    pub on: Option<String>,
}

/// Marks a follow-up done.
#[utoipa::path(post, path = "/followups/{id}/done", tag = "followups", params(("id" = i64, Path)), request_body = DoneInput,
    responses((status = 200, description = "the follow-up, done"), (status = 404, body = ErrorBody)))]
pub async fn done(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<DoneInput>,
) -> Result<Json<Followup>, ApiError> {
    let on = auth.caller.date_or_today("on", input.on.as_deref(), DateRule::Happened)?;
    Ok(Json(state.app.complete_followup(&auth.caller, FollowupId(id), on).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SnoozeInput {
    /// Until when: `YYYY-MM-DD`, tomorrow, +1w...
    pub until: String,
}

/// Puts a follow-up off.
#[utoipa::path(post, path = "/followups/{id}/snooze", tag = "followups", params(("id" = i64, Path)), request_body = SnoozeInput,
    responses((status = 200, description = "the follow-up, snoozed"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn snooze(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<SnoozeInput>,
) -> Result<Json<Followup>, ApiError> {
    let until = auth.caller.date("until", &input.until, DateRule::Snooze)?;
    Ok(Json(state.app.snooze_followup(&auth.caller, FollowupId(id), until).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FollowupUpdate {
    /// The id of the person.
    pub person: Option<i64>,
    /// `YYYY-MM-DD`, or tomorrow, +1w...; a new due date ends any snooze.
    pub due: Option<String>,
    /// What you promised (it cannot be emptied).
    pub text: Option<String>,
    /// `true` opens it again (it was not done).
    pub reopen: Option<bool>,
}

/// Corrects a follow-up; absent fields stay as they are.
#[utoipa::path(patch, path = "/followups/{id}", tag = "followups", params(("id" = i64, Path)), request_body = FollowupUpdate,
    responses((status = 200, description = "the follow-up"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<FollowupUpdate>,
) -> Result<Json<Followup>, ApiError> {
    let due = input.due.map(|due| auth.caller.date("due", &due, DateRule::Planned)).transpose()?;
    let change = FollowupChange {
        person: input.person.map(PersonId),
        due,
        text: input.text,
        reopen: input.reopen.unwrap_or(false),
    };
    Ok(Json(state.app.update_followup(&auth.caller, FollowupId(id), change).await?))
}

/// Deletes a follow-up; answers it.
#[utoipa::path(delete, path = "/followups/{id}", tag = "followups", params(("id" = i64, Path)),
    responses((status = 200, description = "the deleted follow-up"), (status = 404, body = ErrorBody)))]
pub async fn delete(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<Json<Followup>, ApiError> {
    Ok(Json(state.app.delete_followup(&auth.caller, FollowupId(id)).await?))
}

//! `/milestones`: a new job, a promotion, an award, an anniversary; each
//! becomes a congratulation in the agenda.

use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::milestones::MilestoneChange;
use rete_app::people::Page;
use rete_core::{DateRule, Milestone, MilestoneData, MilestoneId, MilestoneKind, PersonId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestoneInput {
    /// The id of the person.
    pub person: i64,
    /// `birthday`, `new-job`, `promotion`, `award` or `anniversary`.
    #[schema(value_type = String)]
    pub kind: MilestoneKind,
    /// `YYYY-MM-DD`, or today, -2w...; today when absent.
    pub on: Option<String>,
    pub note: Option<String>,
}

/// Records a milestone.
#[utoipa::path(post, path = "/milestones", tag = "milestones", request_body = MilestoneInput,
    responses((status = 201, description = "the milestone, with its `id`"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<MilestoneInput>,
) -> Result<(StatusCode, Json<Milestone>), ApiError> {
    let on = auth.caller.date_or_today("on", input.on.as_deref(), DateRule::Planned)?;
    let data = MilestoneData { person: PersonId(input.person), kind: input.kind, on, note: input.note };
    Ok((StatusCode::CREATED, Json(state.app.add_milestone(&auth.caller, data).await?)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only this person's.
    pub person: Option<i64>,
    pub limit: Option<usize>,
    pub cursor: Option<String>,
}

/// Milestones: `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/milestones", tag = "milestones", params(ListParams),
    responses((status = 200, description = "a page of milestones"), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Page<Milestone>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.milestones(&auth.caller, p.person.map(PersonId)).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

/// One milestone.
#[utoipa::path(get, path = "/milestones/{id}", tag = "milestones", params(("id" = i64, Path)),
    responses((status = 200, description = "the milestone"), (status = 404, body = ErrorBody)))]
pub async fn get(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<Json<Milestone>, ApiError> {
    Ok(Json(state.app.milestone(&auth.caller, MilestoneId(id)).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MilestoneUpdate {
    #[schema(value_type = Option<String>)]
    pub kind: Option<MilestoneKind>,
    pub on: Option<String>,
    /// An empty note clears it.
    pub note: Option<String>,
}

/// Corrects a milestone; absent fields stay as they are.
#[utoipa::path(patch, path = "/milestones/{id}", tag = "milestones", params(("id" = i64, Path)), request_body = MilestoneUpdate,
    responses((status = 200, description = "the milestone"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<MilestoneUpdate>,
) -> Result<Json<Milestone>, ApiError> {
    let on = input.on.map(|on| auth.caller.date("on", &on, DateRule::Planned)).transpose()?;
    let change = MilestoneChange { kind: input.kind, on, note: input.note };
    Ok(Json(state.app.update_milestone(&auth.caller, MilestoneId(id), change).await?))
}

/// Deletes a milestone; answers it.
#[utoipa::path(delete, path = "/milestones/{id}", tag = "milestones", params(("id" = i64, Path)),
    responses((status = 200, description = "the deleted milestone"), (status = 404, body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
) -> Result<Json<Milestone>, ApiError> {
    Ok(Json(state.app.delete_milestone(&auth.caller, MilestoneId(id)).await?))
}

//! `/interactions`: record a contact (it resets the keep-in-touch clock
//! of everyone in it), list, read, correct and delete them.

use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::interactions::InteractionChange;
use rete_core::{DateRule, Initiator, Interaction, InteractionData, InteractionId, InteractionKind, PersonId, Purpose};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InteractionInput {
    /// `meeting`, `call`, `message`, `one-to-one`, `event` or `speed-date`.
    #[schema(value_type = String)]
    pub kind: InteractionKind,
    /// The ids of the people in it.
    pub with: Vec<i64>,
    /// `YYYY-MM-DD`, or today, yesterday, -3d...; today when absent.
    pub on: Option<String>,
    pub topics: Option<String>,
    pub notes: Option<String>,
    /// `give`, `ask` or `social`.
    #[schema(value_type = Option<String>)]
    pub purpose: Option<Purpose>,
    /// `me` (default) or `them`: who started it.
    #[schema(value_type = Option<String>)]
    pub by: Option<Initiator>,
}

/// Records an interaction.
#[utoipa::path(post, path = "/interactions", tag = "interactions", request_body = InteractionInput,
    responses((status = 201, description = "the interaction, with its `id`"), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<InteractionInput>,
) -> Result<(StatusCode, Json<Interaction>), ApiError> {
    let on = auth.caller.date_or_today("on", input.on.as_deref(), DateRule::Happened)?;
    let data = InteractionData {
        kind: input.kind,
        on,
        with: input.with.into_iter().map(PersonId).collect(),
        topics: input.topics,
        notes: input.notes,
        purpose: input.purpose,
        by: input.by.unwrap_or(Initiator::Me),
    };
    let interaction = state.app.log_interaction(&auth.caller, data).await?;
    Ok((StatusCode::CREATED, Json(interaction)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only those with this person.
    pub person: Option<i64>,
    /// Only those on or after this date.
    pub since: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<usize>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// Interactions, newest first: `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/interactions", tag = "interactions", params(ListParams),
    responses((status = 200, description = "a page of interactions"), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<rete_app::people::Page<Interaction>>, ApiError> {
    let Query(p) = params?;
    let person = match p.person {
        Some(id) => Some(state.app.person(&auth.caller, PersonId(id)).await?.id),
        None => None,
    };
    let since = p.since.map(|s| auth.caller.date("since", &s, DateRule::Planned)).transpose()?;
    let all = state.app.interactions(&auth.caller, person, since).await?;
    Ok(Json(rete_app::people::Page::listed(all, p.limit, p.cursor.as_deref())?))
}

/// One interaction.
#[utoipa::path(get, path = "/interactions/{id}", tag = "interactions", params(("id" = i64, Path)),
    responses((status = 200, description = "the interaction"), (status = 404, body = ErrorBody)))]
pub async fn get(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<Json<Interaction>, ApiError> {
    Ok(Json(state.app.interaction(&auth.caller, InteractionId(id)).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InteractionUpdate {
    #[schema(value_type = Option<String>)]
    pub kind: Option<InteractionKind>,
    /// The ids of the people in it: replaces the list.
    pub with: Option<Vec<i64>>,
    /// `YYYY-MM-DD`, or today, yesterday, -3d...
    pub on: Option<String>,
    /// Empty topics clear them.
    pub topics: Option<String>,
    /// Empty notes clear them.
    pub notes: Option<String>,
    #[schema(value_type = Option<String>)]
    pub purpose: Option<Purpose>,
    #[schema(value_type = Option<String>)]
    pub by: Option<Initiator>,
}

/// Corrects an interaction; absent fields stay as they are.
#[utoipa::path(patch, path = "/interactions/{id}", tag = "interactions", params(("id" = i64, Path)), request_body = InteractionUpdate,
    responses((status = 200, description = "the interaction"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<InteractionUpdate>,
) -> Result<Json<Interaction>, ApiError> {
    let on = input.on.map(|on| auth.caller.date("on", &on, DateRule::Happened)).transpose()?;
    let change = InteractionChange {
        kind: input.kind,
        on,
        with: input.with.map(|with| with.into_iter().map(PersonId).collect()),
        topics: input.topics,
        notes: input.notes,
        purpose: input.purpose,
        by: input.by,
    };
    Ok(Json(state.app.update_interaction(&auth.caller, InteractionId(id), change).await?))
}

/// Deletes an interaction recorded by mistake; answers it.
#[utoipa::path(delete, path = "/interactions/{id}", tag = "interactions", params(("id" = i64, Path)),
    responses((status = 200, description = "the deleted interaction"), (status = 404, body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
) -> Result<Json<Interaction>, ApiError> {
    Ok(Json(state.app.delete_interaction(&auth.caller, InteractionId(id)).await?))
}

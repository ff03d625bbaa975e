//! `/events`: your own events, where you meet people, and whom you met.

use super::PageParams;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::events::EventChange;
use rete_app::people::Page;
use rete_core::{DateRule, Event, EventData, EventId, PersonId};
use serde::Deserialize;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    pub name: String,
    /// `YYYY-MM-DD`, or today, +2w...; today when absent.
    pub on: Option<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    /// The ids of people you met there.
    #[serde(default)]
    pub attendees: Vec<i64>,
}

/// Adds an event.
#[utoipa::path(post, path = "/events", tag = "events", request_body = EventInput,
    responses((status = 201, description = "the event, with its `id`"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<EventInput>,
) -> Result<(StatusCode, Json<Event>), ApiError> {
    let on = auth.caller.date_or_today("on", input.on.as_deref(), DateRule::Planned)?;
    let data = EventData {
        name: input.name,
        on,
        place: input.place,
        topics: input.topics,
        attendees: input.attendees.into_iter().map(PersonId).collect(),
    };
    Ok((StatusCode::CREATED, Json(state.app.add_event(&auth.caller, data).await?)))
}

/// Events by date: `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/events", tag = "events", params(PageParams),
    responses((status = 200, description = "a page of events")))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<Event>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.events(&auth.caller).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

/// One event, with the ids of the people you met there.
#[utoipa::path(get, path = "/events/{id}", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, description = "the event"), (status = 404, body = ErrorBody)))]
pub async fn get(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<Json<Event>, ApiError> {
    Ok(Json(state.app.event(&auth.caller, EventId(id)).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventUpdate {
    pub name: Option<String>,
    pub on: Option<String>,
    /// An empty place clears it.
    pub place: Option<String>,
    pub topics: Option<Vec<String>>,
    /// The ids of people to take off the list of those you met there.
    #[serde(default)]
    pub remove: Vec<i64>,
}

/// Corrects an event; absent fields stay as they are.
#[utoipa::path(patch, path = "/events/{id}", tag = "events", params(("id" = i64, Path)), request_body = EventUpdate,
    responses((status = 200, description = "the event"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<EventUpdate>,
) -> Result<Json<Event>, ApiError> {
    let on = input.on.map(|on| auth.caller.date("on", &on, DateRule::Planned)).transpose()?;
    let change = EventChange {
        name: input.name,
        on,
        place: input.place,
        topics: input.topics,
        remove: input.remove.into_iter().map(PersonId).collect(),
    };
    Ok(Json(state.app.update_event(&auth.caller, EventId(id), change).await?))
}

/// Deletes an event; answers it.
#[utoipa::path(delete, path = "/events/{id}", tag = "events", params(("id" = i64, Path)),
    responses((status = 200, description = "the deleted event"), (status = 404, body = ErrorBody)))]
pub async fn delete(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<Json<Event>, ApiError> {
    Ok(Json(state.app.delete_event(&auth.caller, EventId(id)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendInput {
    /// The ids of the people you met there.
    pub with: Vec<i64>,
}

/// Records whom you met at the event.
#[utoipa::path(post, path = "/events/{id}/attend", tag = "events", params(("id" = i64, Path)), request_body = AttendInput,
    responses((status = 200, description = "the event"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn attend(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<AttendInput>,
) -> Result<Json<Event>, ApiError> {
    let people: Vec<PersonId> = input.with.into_iter().map(PersonId).collect();
    Ok(Json(state.app.attend_event(&auth.caller, EventId(id), &people).await?))
}

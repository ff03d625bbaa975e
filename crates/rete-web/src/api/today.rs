//! `GET /today`: the day's ranked actions, each with its reason.

use super::cached::{self, CachedJson};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use rete_app::actions::{ActionRef, Cleared};
use rete_core::DateRule;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa::ToSchema;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TodayParams {
    /// Another day's agenda (`YYYY-MM-DD`, tomorrow, +3d...).
    pub date: Option<String>,
}

/// What to do today, ranked: the same items as `rete today --json`.
#[utoipa::path(get, path = "/today", tag = "agenda", params(TodayParams),
    responses((status = 200, description = "`[{\"kind\", \"person\": {\"id\", \"name\"}, \"due\", \"reason\", \"overdue\"}]`"),
        (status = 422, body = ErrorBody)))]
pub async fn today(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<TodayParams>, QueryRejection>,
) -> Result<CachedJson, ApiError> {
    let Query(p) = params?;
    let date = match p.date.as_deref() {
        Some(d) => auth.caller.date("date", d, DateRule::Planned)?,
        None => auth.caller.today,
    };
    cached::json(&state, &auth, format!("today {date}"), state.app.agenda(&auth.caller, date)).await
}

/// One line of the agenda, as `GET /today` gives it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionBody {
    /// The item's `kind`.
    pub kind: String,
    /// The item's `person.id`.
    pub person: i64,
    /// The item's `followup`, for a `follow_up`.
    pub followup: Option<i64>,
    /// The item's `exchange`, for a `thank_for_exchange`.
    pub exchange: Option<i64>,
    /// For a snooze: until when (`YYYY-MM-DD`, tomorrow, +1w...).
    pub until: Option<String>,
}

impl ActionBody {
    fn action(&self) -> ActionRef {
        ActionRef { kind: self.kind.clone(), person: self.person, followup: self.followup, exchange: self.exchange }
    }
}

#[derive(Debug, serde::Serialize, ToSchema)]
pub struct DoneView {
    /// `followup_done`, `thanked`, `message_logged` or `put_off`.
    #[schema(value_type = String)]
    pub cleared: Cleared,
}

/// Marks an action done: a follow-up is completed, a favour thanked, and
/// an action that asked you to write records the message you sent today.
#[utoipa::path(post, path = "/today/done", tag = "agenda", request_body = ActionBody,
    responses((status = 200, body = DoneView), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn done(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(body): ApiJson<ActionBody>,
) -> Result<Json<DoneView>, ApiError> {
    let cleared = state.app.complete_action(&auth.caller, &body.action()).await?;
    Ok(Json(DoneView { cleared }))
}

/// Puts an action off until `until` (tomorrow when absent).
#[utoipa::path(post, path = "/today/snooze", tag = "agenda", request_body = ActionBody,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn snooze(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(body): ApiJson<ActionBody>,
) -> Result<axum::http::StatusCode, ApiError> {
    let until = auth.caller.date("until", body.until.as_deref().unwrap_or("tomorrow"), DateRule::Snooze)?;
    state.app.snooze_action(&auth.caller, &body.action(), until).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

//! `GET /today`: the day's ranked actions, each with its reason.

use super::cached::{self, CachedJson};
use crate::auth::Auth;
use crate::error::{ApiError, ErrorBody};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use rete_core::DateRule;
use serde::Deserialize;
use utoipa::IntoParams;

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

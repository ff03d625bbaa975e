//! `/exchanges`: the give/receive ledger (referrals, introductions,
//! advice, favours, closed business) and thanking for what you received.

use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::ledger::ExchangeChange;
use rete_core::{DateRule, Direction, Exchange, ExchangeData, ExchangeId, ExchangeKind, PersonId};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExchangeInput {
    /// `given` or `received`.
    #[schema(value_type = String)]
    pub direction: Direction,
    /// `referral`, `introduction`, `advice`, `favour` or `business`.
    #[schema(value_type = String)]
    pub kind: ExchangeKind,
    /// The id of the person.
    pub person: i64,
    /// `YYYY-MM-DD`, or today, yesterday, -3d...; today when absent.
    pub on: Option<String>,
    /// Closed business, in euro cents (an integer keeps it exact).
    pub amount_cents: Option<i64>,
    pub note: Option<String>,
}

/// Records something given or received.
#[utoipa::path(post, path = "/exchanges", tag = "ledger", request_body = ExchangeInput,
    responses((status = 201, description = "the exchange, with its `id`"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<ExchangeInput>,
) -> Result<(StatusCode, Json<Exchange>), ApiError> {
    let on = auth.caller.date_or_today("on", input.on.as_deref(), DateRule::Happened)?;
    let data = ExchangeData {
        direction: input.direction,
        kind: input.kind,
        person: PersonId(input.person),
        on,
        amount_cents: input.amount_cents,
        note: input.note,
        thanked_on: None,
    };
    Ok((StatusCode::CREATED, Json(state.app.record_exchange(&auth.caller, data).await?)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only those with this person.
    pub person: Option<i64>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<usize>,
    pub cursor: Option<String>,
}

/// The ledger, newest first: `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/exchanges", tag = "ledger", params(ListParams),
    responses((status = 200, description = "a page of exchanges"), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<rete_app::people::Page<Exchange>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.exchanges(&auth.caller, p.person.map(PersonId)).await?;
    Ok(Json(rete_app::people::Page::listed(all, p.limit, p.cursor.as_deref())?))
}

/// One exchange.
#[utoipa::path(get, path = "/exchanges/{id}", tag = "ledger", params(("id" = i64, Path)),
    responses((status = 200, description = "the exchange"), (status = 404, body = ErrorBody)))]
pub async fn get(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<Json<Exchange>, ApiError> {
    Ok(Json(state.app.exchange(&auth.caller, ExchangeId(id)).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExchangeUpdate {
    /// `referral`, `introduction`, `advice`, `favour` or `business`.
    #[schema(value_type = Option<String>)]
    pub kind: Option<ExchangeKind>,
    /// The id of the person.
    pub person: Option<i64>,
    /// `YYYY-MM-DD`, or today, yesterday, -3d...
    pub on: Option<String>,
    /// Closed business, in euro cents.
    pub amount_cents: Option<i64>,
    /// An empty note clears it.
    pub note: Option<String>,
    /// `true` forgets the thanks recorded (they were not sent).
    pub not_thanked: Option<bool>,
}

/// Corrects an exchange; absent fields stay as they are (the direction
/// always does).
#[utoipa::path(patch, path = "/exchanges/{id}", tag = "ledger", params(("id" = i64, Path)), request_body = ExchangeUpdate,
    responses((status = 200, description = "the exchange"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<ExchangeUpdate>,
) -> Result<Json<Exchange>, ApiError> {
    let on = input.on.map(|on| auth.caller.date("on", &on, DateRule::Happened)).transpose()?;
    let change = ExchangeChange {
        kind: input.kind,
        person: input.person.map(PersonId),
        on,
        amount_cents: input.amount_cents,
        note: input.note,
        not_thanked: input.not_thanked.unwrap_or(false),
    };
    Ok(Json(state.app.update_exchange(&auth.caller, ExchangeId(id), change).await?))
}

/// Deletes an exchange recorded by mistake; answers it.
#[utoipa::path(delete, path = "/exchanges/{id}", tag = "ledger", params(("id" = i64, Path)),
    responses((status = 200, description = "the deleted exchange"), (status = 404, body = ErrorBody)))]
pub async fn delete(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<Json<Exchange>, ApiError> {
    Ok(Json(state.app.delete_exchange(&auth.caller, ExchangeId(id)).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThankInput {
    /// When you thanked; today when absent.
    pub on: Option<String>,
}

/// Marks a received exchange thanked (a gift you gave: 409).
#[utoipa::path(post, path = "/exchanges/{id}/thank", tag = "ledger", params(("id" = i64, Path)), request_body = ThankInput,
    responses((status = 200, description = "the exchange, thanked"), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn thank(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<ThankInput>,
) -> Result<Json<Exchange>, ApiError> {
    Ok(Json(state.app.thank_exchange(&auth.caller, ExchangeId(id), input.on.as_deref()).await?))
}

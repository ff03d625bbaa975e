//! `/audit`: the classic networking mistakes measured in your records, and
//! the self-assessment that turns into an action plan.

use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody};
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use rete_app::audit::Question;
use rete_core::audit::Finding;
use serde::Deserialize;
use utoipa::ToSchema;

/// The findings, worst first, each with its evidence and next step.
#[utoipa::path(get, path = "/audit", tag = "audit",
    responses((status = 200, description = "`[{\"id\", \"severity\", \"evidence\", \"text\", \"next_step\"}]`")))]
pub async fn findings(State(state): State<AppState>, auth: Auth) -> Result<Json<Vec<Finding>>, ApiError> {
    Ok(Json(state.app.audit(&auth.caller).await?))
}

/// The self-assessment's questions, in order, in your language.
#[utoipa::path(get, path = "/audit/quiz", tag = "audit",
    responses((status = 200, description = "`[{\"id\", \"text\"}]`")))]
pub async fn quiz(State(state): State<AppState>, auth: Auth) -> Json<Vec<Question>> {
    Json(state.app.quiz(&auth.caller))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    /// One yes (true) or no (false) per question of `/audit/quiz`, in order.
    pub answers: Vec<bool>,
}

/// The action plan for your answers and your findings, as Markdown.
#[utoipa::path(post, path = "/audit/plan", tag = "audit", request_body = PlanInput,
    responses((status = 200, description = "the plan (text/markdown)", content_type = "text/markdown"),
        (status = 422, body = ErrorBody)))]
pub async fn plan(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<PlanInput>,
) -> Result<impl IntoResponse, ApiError> {
    let markdown = state.app.action_plan(&auth.caller, &input.answers).await?;
    Ok(([(header::CONTENT_TYPE, "text/markdown; charset=utf-8")], markdown))
}

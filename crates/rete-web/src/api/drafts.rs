//! `GET /people/{id}/draft`: a message you could send as is.

use crate::auth::Auth;
use crate::error::{ApiError, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use rete_app::drafts::Draft;
use rete_app::AppError;
use rete_core::PersonId;
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DraftParams {
    /// `thanks`, `follow-up`, `one-to-one`, `congrats`, `reconnect` or `give`.
    pub kind: Option<String>,
}

/// A draft built from what the records say of the relationship; 409 with
/// the detail to record first when they say too little for a specific,
/// personal message.
#[utoipa::path(get, path = "/people/{id}/draft", tag = "people", params(("id" = i64, Path), DraftParams),
    responses((status = 200, description = "`{\"person\", \"text\", \"email\", \"phone\"}`"), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn draft(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<DraftParams>, QueryRejection>,
) -> Result<Json<Draft>, ApiError> {
    let Query(p) = params?;
    let person = state.app.person(&auth.caller, PersonId(id)).await?;
    let Some(kind) = p.kind else {
        return Err(AppError::required("kind", auth.lang()).into());
    };
    let kind = kind.parse().map_err(|e: rete_core::vocab::UnknownValue| AppError::invalid("kind", e.to_string()))?;
    Ok(Json(state.app.draft(&auth.caller, person.id, kind).await?))
}

//! `POST /imports`: an address book in (LinkedIn, vCard, Google, Outlook),
//! as the request's raw body. `dry_run=true` answers the report and writes
//! nothing; otherwise the plan is applied in one transaction.

use super::upload;
use crate::auth::Auth;
use crate::error::{ApiError, ErrorBody};
use crate::AppState;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::imports::{kind_named, ImportOutcome};
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// `linkedin`, `vcard`, `google` or `outlook`; guessed from the content when absent.
    pub kind: Option<String>,
    /// The country of national phone numbers without a `+` (default `IT`).
    pub region: Option<String>,
    /// The file's name, for the report (default `upload`).
    pub file: Option<String>,
    /// `true`: only say what the import would do.
    pub dry_run: Option<bool>,
}

/// Imports the file in the body (up to 20 MiB): 200 with the report of a
/// dry run, 201 with the report of what was written.
#[utoipa::path(post, path = "/imports", tag = "imports", params(ImportParams),
    request_body(content = String, description = "the file, as it is", content_type = "application/octet-stream"),
    responses((status = 200, description = "`{\"kind\", \"dry_run\": true, \"report\"}`"),
        (status = 201, description = "`{\"kind\", \"dry_run\": false, \"report\"}`"),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<ImportParams>, QueryRejection>,
    body: Body,
) -> Result<(StatusCode, Json<ImportOutcome>), ApiError> {
    let Query(p) = params?;
    let kind = p.kind.as_deref().map(|k| kind_named(k, &auth.caller)).transpose()?;
    let bytes = upload::read(body).await?;
    let file = upload::file_name(p.file.as_deref(), "upload");
    let dry_run = p.dry_run.unwrap_or(false);
    let region = p.region.as_deref().unwrap_or("IT");
    let outcome = state.app.import_contacts(&auth.caller, kind, bytes.to_vec(), &file, region, dry_run).await?;
    let status = if dry_run { StatusCode::OK } else { StatusCode::CREATED };
    Ok((status, Json(outcome)))
}

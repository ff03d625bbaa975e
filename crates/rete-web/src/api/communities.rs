//! `/communities`: the communities you keep (a chapter, a club, a
//! company, an event), their members' profiles, your own profile in each
//! with what would make it sharper, and your give-give matches.

use super::{upload, PageParams};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::grow::{CommunityView, MatchView, MembersImported, ProfileChange, SavedProfile};
use rete_app::people::Page;
use rete_app::AppError;
use rete_core::grow::{Community, MemberProfile};
use rete_core::{CommunityId, Lang};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Your communities with their member counts: `{"items": [...], "next_cursor"}`.
#[utoipa::path(get, path = "/communities", tag = "communities", params(PageParams),
    responses((status = 200, description = "a page of communities")))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<CommunityView>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.communities(&auth.caller).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommunityInput {
    pub name: String,
}

/// Creates a community (or answers the one of that name).
#[utoipa::path(post, path = "/communities", tag = "communities", request_body = CommunityInput,
    responses((status = 201, description = "the community, with its `id`"), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<CommunityInput>,
) -> Result<(StatusCode, Json<Community>), ApiError> {
    Ok((StatusCode::CREATED, Json(state.app.create_community(&auth.caller, &input.name).await?)))
}

/// One community with its member count.
#[utoipa::path(get, path = "/communities/{id}", tag = "communities", params(("id" = i64, Path)),
    responses((status = 200, description = "the community"), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
) -> Result<Json<CommunityView>, ApiError> {
    Ok(Json(state.app.community_view(&auth.caller, CommunityId(id)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommunityUpdate {
    /// Where pairings are announced (a Slack-compatible incoming webhook);
    /// empty or null removes it.
    pub webhook: Option<String>,
}

/// Sets or removes the community's webhook.
#[utoipa::path(patch, path = "/communities/{id}", tag = "communities", params(("id" = i64, Path)), request_body = CommunityUpdate,
    responses((status = 200, description = "the community"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<CommunityUpdate>,
) -> Result<Json<Community>, ApiError> {
    Ok(Json(state.app.set_community_webhook(&auth.caller, CommunityId(id), input.webhook.as_deref()).await?))
}

/// The members' public profiles, by name: `{"items": [...], "next_cursor"}`.
#[utoipa::path(get, path = "/communities/{id}/members", tag = "communities", params(("id" = i64, Path), PageParams),
    responses((status = 200, description = "a page of member profiles"), (status = 404, body = ErrorBody)))]
pub async fn members(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<MemberProfile>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.members(&auth.caller, CommunityId(id)).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MembersFile {
    /// The file's name, for errors (default `members.jsonl`).
    pub file: Option<String>,
}

/// Adds or updates members from a JSON Lines file in the body (one
/// profile per line, as `rete community import` reads it); a bad line
/// names itself and nothing is written.
#[utoipa::path(post, path = "/communities/{id}/members", tag = "communities", params(("id" = i64, Path), MembersFile),
    request_body(content = String, description = "JSON Lines", content_type = "application/x-ndjson"),
    responses((status = 200, description = "the community with its new member count"), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_members(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<MembersFile>, QueryRejection>,
    body: Body,
) -> Result<Json<MembersImported>, ApiError> {
    let Query(p) = params?;
    let bytes = upload::read(body).await?;
    let file = upload::file_name(p.file.as_deref(), "members.jsonl");
    Ok(Json(state.app.add_members(&auth.caller, CommunityId(id), &bytes, &file).await?))
}

/// Your profile in the community and what would make it sharper.
#[utoipa::path(get, path = "/communities/{id}/profile", tag = "communities", params(("id" = i64, Path)),
    responses((status = 200, description = "`{\"profile\", \"advice\"}`"), (status = 404, body = ErrorBody)))]
pub async fn profile(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
) -> Result<Json<SavedProfile>, ApiError> {
    let community = CommunityId(id);
    let profile = state
        .app
        .my_profile(&auth.caller, community)
        .await?
        .ok_or(AppError::NotFound { what: "profile", key: id.to_string() })?;
    let advice = state.app.profile_advice(&auth.caller, community).await?;
    Ok(Json(SavedProfile { profile, advice }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileInput {
    /// The name others see.
    pub name: Option<String>,
    /// The language the profile is written in: `it` or `en`.
    #[schema(value_type = Option<String>)]
    pub lang: Option<Lang>,
    pub offers: Option<Vec<String>>,
    pub seeks: Option<Vec<String>>,
    pub interests: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
    pub sector: Option<String>,
    pub city: Option<String>,
    pub department: Option<String>,
    /// `false` stops being matched and shown to others.
    pub opt_in: Option<bool>,
}

/// Writes or changes your profile; lists given replace the old ones.
#[utoipa::path(patch, path = "/communities/{id}/profile", tag = "communities", params(("id" = i64, Path)), request_body = ProfileInput,
    responses((status = 200, description = "`{\"profile\", \"advice\"}`"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_profile(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(p): ApiJson<ProfileInput>,
) -> Result<Json<SavedProfile>, ApiError> {
    let change = ProfileChange {
        name: p.name,
        lang: p.lang,
        offers: p.offers,
        seeks: p.seeks,
        interests: p.interests,
        languages: p.languages,
        sector: p.sector,
        city: p.city,
        department: p.department,
        opt_in: p.opt_in,
    };
    Ok(Json(state.app.set_my_profile(&auth.caller, CommunityId(id), change).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchParams {
    /// How many (default 10, at most 100).
    pub k: Option<usize>,
}

/// Your best give-give matches, with their reasons, leaving out people you
/// already know and members who opted out.
#[utoipa::path(get, path = "/communities/{id}/matches", tag = "communities", params(("id" = i64, Path), MatchParams),
    responses((status = 200, description = "`[{\"member\", \"name\", \"score\", \"give_give\", \"shared_interests\", \"sector\", \"city\", \"reason\"}]`"),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn matches(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<MatchParams>, QueryRejection>,
) -> Result<Json<Vec<MatchView>>, ApiError> {
    let Query(p) = params?;
    let k = p.k.unwrap_or(10).clamp(1, 100);
    Ok(Json(state.app.matches(&auth.caller, CommunityId(id), k).await?))
}

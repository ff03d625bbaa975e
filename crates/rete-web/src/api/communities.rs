//! `/communities`: the communities you organise or joined (a chapter, a
//! club, a company, an event), the links that let others join, their
//! members' public profiles, your own profile in each with what would
//! make it sharper, and your give-give matches. A community you do not
//! belong to answers 404 on every route, as one that does not exist.

use super::{upload, PageParams};
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use rete_app::communities::{Belonging, CommunityInvitation, NewCommunity};
use rete_app::grow::{CommunityView, MatchFilter, MatchView, MembersImported, ProfileChange, SavedProfile};
use rete_app::people::Page;
use rete_app::AppError;
use rete_core::grow::{Community, MemberProfile};
use rete_core::{CommunityId, CommunityKind, Lang, Role};
use serde::{Deserialize, Serialize};
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
    /// `chapter`, `club` (the default), `company` or `event`.
    #[schema(value_type = Option<String>)]
    pub kind: Option<CommunityKind>,
    /// The language the community speaks: `it` or `en`.
    #[schema(value_type = Option<String>)]
    pub lang: Option<Lang>,
    pub description: Option<String>,
}

/// Founds a community you organise (or answers yours of that name).
#[utoipa::path(post, path = "/communities", tag = "communities", request_body = CommunityInput,
    responses((status = 201, description = "the community, with its `id`"), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<CommunityInput>,
) -> Result<(StatusCode, Json<Community>), ApiError> {
    let new = NewCommunity { name: input.name, kind: input.kind, lang: input.lang, description: input.description };
    Ok((StatusCode::CREATED, Json(state.app.found_community(&auth.caller, &new).await?)))
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

/// A member as the others see them: the public profile, under the
/// member's id in the community (never an account's or a person's id).
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicMember {
    pub id: u64,
    pub name: String,
    #[schema(value_type = String)]
    pub lang: Lang,
    pub offers: Vec<String>,
    pub seeks: Vec<String>,
    pub interests: Vec<String>,
    pub sector: Option<String>,
    pub city: Option<String>,
    pub languages: Vec<String>,
    pub department: Option<String>,
    /// Whether they take part in matching, and in pairing rounds.
    pub matching: bool,
    pub pairing: bool,
    /// Only for the community's organisers, from the members file they
    /// imported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl From<MemberProfile> for PublicMember {
    fn from(p: MemberProfile) -> Self {
        PublicMember {
            id: p.member,
            name: p.name,
            lang: p.lang,
            offers: p.offers,
            seeks: p.seeks,
            interests: p.interests,
            sector: p.sector,
            city: p.city,
            languages: p.languages,
            department: p.department,
            matching: p.opt_in,
            pairing: p.pairing,
            email: p.email,
        }
    }
}

/// The other members' public profiles, by name: `[{"id", "name", ...}]`,
/// a page at a time (`limit`, default 100; the next page's address in a
/// `Link: <...>; rel="next"` header, absent on the last page).
#[utoipa::path(get, path = "/communities/{id}/members", tag = "communities", params(("id" = i64, Path), PageParams),
    responses((status = 200, body = [PublicMember]), (status = 404, body = ErrorBody)))]
pub async fn members(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<(HeaderMap, Json<Vec<PublicMember>>), ApiError> {
    let Query(p) = params?;
    let all: Vec<PublicMember> =
        state.app.members(&auth.caller, CommunityId(id)).await?.into_iter().map(PublicMember::from).collect();
    let page = Page::listed(all, p.limit, p.cursor.as_deref())?;
    let mut headers = HeaderMap::new();
    if let Some(next) = &page.next_cursor {
        let limit = p.limit.map(|l| format!("&limit={l}")).unwrap_or_default();
        let link = format!("</api/v1/communities/{id}/members?cursor={next}{limit}>; rel=\"next\"");
        if let Ok(value) = axum::http::HeaderValue::from_str(&link) {
            headers.insert(axum::http::header::LINK, value);
        }
    }
    Ok((headers, Json(page.items)))
}

/// An organiser removes a member: gone from the members and every match
/// at once.
#[utoipa::path(delete, path = "/communities/{id}/members/{member}", tag = "communities",
    params(("id" = i64, Path), ("member" = u64, Path)),
    responses((status = 204, description = "removed"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn remove_member(
    State(state): State<AppState>,
    auth: Auth,
    Path((id, member)): Path<(i64, u64)>,
) -> Result<StatusCode, ApiError> {
    state.app.remove_member(&auth.caller, CommunityId(id), member).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleInput {
    /// `co-organiser` or `member`.
    #[schema(value_type = String)]
    pub role: Role,
}

/// The organiser names a member co-organiser (who may then invite and
/// remove members and see the figures), or makes them a member again.
#[utoipa::path(put, path = "/communities/{id}/members/{member}/role", tag = "communities",
    params(("id" = i64, Path), ("member" = u64, Path)), request_body = RoleInput,
    responses((status = 204, description = "the role is set"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn set_role(
    State(state): State<AppState>,
    auth: Auth,
    Path((id, member)): Path<(i64, u64)>,
    ApiJson(input): ApiJson<RoleInput>,
) -> Result<StatusCode, ApiError> {
    state.app.set_member_role(&auth.caller, CommunityId(id), member, input.role).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Leaves a community you joined; your profile there goes at once.
#[utoipa::path(delete, path = "/communities/{id}/membership", tag = "communities", params(("id" = i64, Path)),
    responses((status = 204, description = "left"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn leave(State(state): State<AppState>, auth: Auth, IdPath(id): IdPath) -> Result<StatusCode, ApiError> {
    state.app.leave_community(&auth.caller, CommunityId(id)).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommunityInvitationInput {
    /// Days the link holds (default 7, at most 90).
    pub valid_days: Option<u32>,
    /// How many people it lets join (default 50, at most 10,000).
    pub uses: Option<u32>,
}

/// A new link to join, for the community's organisers: `{"url", "token",
/// "id", "expires_at", "uses_left"}`, the secret shown this once.
#[utoipa::path(post, path = "/communities/{id}/invitations", tag = "communities", params(("id" = i64, Path)),
    request_body = CommunityInvitationInput,
    responses((status = 201, description = "the link, with its secret"), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn invite(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<serde_json::Value>), ApiError> {
    // A script may send no body at all: the defaults then.
    let input: CommunityInvitationInput = if body.iter().all(u8::is_ascii_whitespace) {
        CommunityInvitationInput::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| AppError::invalid("body", e.to_string()))?
    };
    let issued =
        state.app.invite_to_community(&auth.caller, CommunityId(id), input.valid_days, input.uses, state.now()).await?;
    let url = format!("{}/join/{}", link_base(&state, &headers), issued.token);
    let mut answer = serde_json::to_value(&issued).map_err(|e| AppError::Internal(e.to_string()))?;
    answer["url"] = serde_json::Value::String(url);
    Ok((StatusCode::CREATED, Json(answer)))
}

/// Where links to this server start: its public URL, else the address the
/// request reached.
pub(crate) fn link_base(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = state.config.public_url.as_deref() {
        return url.to_string();
    }
    let host = headers.get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    format!("http://{host}")
}

/// The community's links that still admit someone, newest first (its
/// organisers only): `{"items": [{"id", "created_at", "expires_at", "uses_left"}], "next_cursor"}`.
#[utoipa::path(get, path = "/communities/{id}/invitations", tag = "communities", params(("id" = i64, Path), PageParams),
    responses((status = 200, description = "a page of links"), (status = 404, body = ErrorBody)))]
pub async fn invitations(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<CommunityInvitation>>, ApiError> {
    let Query(p) = params?;
    let all = state.app.community_invitations(&auth.caller, CommunityId(id), state.now()).await?;
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

/// Revokes a link: nobody joins through it any more.
#[utoipa::path(delete, path = "/communities/{id}/invitations/{invitation}", tag = "communities",
    params(("id" = i64, Path), ("invitation" = i64, Path)),
    responses((status = 204, description = "revoked"), (status = 404, body = ErrorBody)))]
pub async fn revoke_invitation(
    State(state): State<AppState>,
    auth: Auth,
    Path((id, invitation)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    state.app.revoke_community_invitation(&auth.caller, CommunityId(id), invitation).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Joins the community a link opens, as the signed-in user: `{"id",
/// "name", ..., "role", "member"}`. Someone who belongs already keeps what
/// they are; an unknown, expired or used-up link is 422 on `invitation`.
#[utoipa::path(post, path = "/invitations/{token}/accept", tag = "communities", params(("token" = String, Path)),
    responses((status = 200, description = "the community joined, with your role and member id"),
        (status = 422, body = ErrorBody)))]
pub async fn accept(
    State(state): State<AppState>,
    auth: Auth,
    Path(token): Path<String>,
) -> Result<Json<Belonging>, ApiError> {
    Ok(Json(state.app.join_community(&auth.caller, &token, state.now()).await?))
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
    let found = state.app.overview(&auth.caller, CommunityId(id)).await?;
    let profile = found.mine.ok_or(AppError::NotFound { what: "profile", key: id.to_string() })?;
    Ok(Json(SavedProfile { profile, advice: found.advice }))
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
    /// `false` stops being paired in recurring rounds.
    pub pairing: Option<bool>,
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
        pairing: p.pairing,
    };
    Ok(Json(state.app.set_my_profile(&auth.caller, CommunityId(id), change).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileReplacement {
    /// The name others see (default: the one you have there).
    pub name: Option<String>,
    #[schema(value_type = Option<String>)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub offers: Vec<String>,
    #[serde(default)]
    pub seeks: Vec<String>,
    #[serde(default)]
    pub interests: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub sector: Option<String>,
    pub city: Option<String>,
    pub department: Option<String>,
    /// Whether you are matched and shown to others (default true).
    pub matching: Option<bool>,
    /// Whether recurring pairing rounds may pair you (default true; they
    /// pair only members who are matched too).
    pub pairing: Option<bool>,
}

/// Replaces your profile in the community: what the body leaves out is
/// cleared. Answers `{"profile", "advice"}`.
#[utoipa::path(put, path = "/communities/{id}/profile", tag = "communities", params(("id" = i64, Path)), request_body = ProfileReplacement,
    responses((status = 200, description = "`{\"profile\", \"advice\"}`"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn replace_profile(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(p): ApiJson<ProfileReplacement>,
) -> Result<Json<SavedProfile>, ApiError> {
    let change = ProfileChange {
        name: p.name,
        lang: p.lang,
        offers: Some(p.offers),
        seeks: Some(p.seeks),
        interests: Some(p.interests),
        languages: Some(p.languages),
        sector: Some(p.sector.unwrap_or_default()),
        city: Some(p.city.unwrap_or_default()),
        department: Some(p.department.unwrap_or_default()),
        opt_in: Some(p.matching.unwrap_or(true)),
        pairing: Some(p.pairing.unwrap_or(true)),
    };
    Ok(Json(state.app.set_my_profile(&auth.caller, CommunityId(id), change).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchParams {
    /// How many (default 10, at most 100).
    pub k: Option<usize>,
    /// Only members of this sector (any case).
    pub sector: Option<String>,
    /// Only members in this city.
    pub city: Option<String>,
    /// Only members who speak this language (`it`, `en`, ...).
    pub language: Option<String>,
}

/// Who a match is with: the member's id in the community and what their
/// public profile says of where they are.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchedMember {
    pub id: u64,
    pub name: String,
    pub sector: Option<String>,
    pub city: Option<String>,
}

/// One give-give match.
#[derive(Debug, Serialize, ToSchema)]
pub struct Match {
    pub member: MatchedMember,
    pub score: f64,
    /// How much each side offers what the other seeks (their harmonic mean).
    pub give_give: f64,
    pub shared_interests: f64,
    /// One sentence per reason, in your language.
    pub reasons: Vec<String>,
    /// The reasons in one sentence.
    pub reason: String,
}

impl From<MatchView> for Match {
    fn from(m: MatchView) -> Self {
        Match {
            member: MatchedMember { id: m.member, name: m.name, sector: m.sector, city: m.city },
            score: m.score,
            give_give: m.give_give,
            shared_interests: m.shared_interests,
            reasons: m.reasons,
            reason: m.reason,
        }
    }
}

/// Your best give-give matches, best first, with their reasons, leaving
/// out people in your Keep and members who opted out:
/// `[{"member": {"id", "name", "sector", "city"}, "score", "reasons": [...], ...}]`.
#[utoipa::path(get, path = "/communities/{id}/matches", tag = "communities", params(("id" = i64, Path), MatchParams),
    responses((status = 200, body = [Match]), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn matches(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<MatchParams>, QueryRejection>,
) -> Result<Json<Vec<Match>>, ApiError> {
    let Query(p) = params?;
    let k = p.k.unwrap_or(10).clamp(1, 100);
    let filter = MatchFilter { sector: p.sector, city: p.city, language: p.language };
    let found = state.app.matches_where(&auth.caller, CommunityId(id), k, &filter).await?;
    Ok(Json(found.into_iter().map(Match::from).collect()))
}

//! `/people`: list and search, create, read (the card), change, archive,
//! merge, delete, and a person's timeline.

use super::cached::{self, CachedJson};
use super::PageParams;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ErrorBody, IdPath};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use rete_app::people::{Page, PeopleQuery, PeopleSort, PersonCard};
use rete_app::{AppError, Caller};
use rete_core::{Birthday, DateRule, PersonData, PersonId, Tier};
use serde::Deserialize;
use std::sync::Arc;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Search names, companies, roles, tags and notes (accents and case ignored).
    pub q: Option<String>,
    /// `inner`, `close`, `network` or `archived`.
    #[param(value_type = Option<String>)]
    pub tier: Option<Tier>,
    pub tag: Option<String>,
    pub company: Option<String>,
    pub city: Option<String>,
    pub sector: Option<String>,
    /// `name` (default), `strength` or `last_contact` (most recent first).
    pub sort: Option<String>,
    /// At most this many (default 50, at most 500).
    pub limit: Option<usize>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// People, by name (or by relevance with `q`), a page at a time:
/// `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/people", tag = "people", params(ListParams),
    responses((status = 200, description = "a page of people"), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    auth: Auth,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<CachedJson, ApiError> {
    let Query(p) = params?;
    let sort = match p.sort.as_deref() {
        None | Some("") => None,
        Some(s) => {
            Some(PeopleSort::parse(s).ok_or_else(|| AppError::invalid("sort", "name, strength or last_contact"))?)
        }
    };
    let query = PeopleQuery {
        q: p.q,
        tier: p.tier,
        tag: p.tag,
        company: p.company,
        city: p.city,
        sector: p.sector,
        sort,
        limit: p.limit,
        cursor: p.cursor,
    };
    cached::json(&state, &auth, format!("people {query:?}"), state.app.people(&auth.caller, &query)).await
}

/// The fields of a person a request may set. On create `name` is
/// required; on update an absent field stays as it is and an empty
/// string (or list) clears it.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    pub name: Option<String>,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub nickname: Option<String>,
    pub emails: Option<Vec<String>>,
    pub phones: Option<Vec<String>>,
    pub company: Option<String>,
    pub role: Option<String>,
    pub department: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub sector: Option<String>,
    /// `inner`, `close`, `network` or `archived`.
    #[schema(value_type = Option<String>)]
    pub tier: Option<Tier>,
    /// Days between contacts, overriding the tier's; 0 clears it.
    pub cadence_days: Option<u32>,
    pub tags: Option<Vec<String>>,
    /// `MM-DD` or `YYYY-MM-DD`.
    pub birthday: Option<String>,
    /// When you met: `YYYY-MM-DD` (or today, yesterday, -2w ...).
    pub met_on: Option<String>,
    /// Where you met: a place or an event.
    pub met_at: Option<String>,
    /// The id of the person who introduced you.
    pub introduced_by: Option<i64>,
    pub links: Option<Vec<String>>,
    pub notes: Option<String>,
}

fn text(value: Option<String>, slot: &mut Option<String>) {
    if let Some(v) = value {
        *slot = Some(v).filter(|s| !s.trim().is_empty());
    }
}

fn list_field(value: Option<Vec<String>>, slot: &mut Vec<String>) {
    if let Some(v) = value {
        *slot = v.into_iter().filter(|s| !s.trim().is_empty()).collect();
    }
}

impl PersonInput {
    pub(crate) fn apply(self, caller: &Caller, p: &mut PersonData) -> Result<(), AppError> {
        if let Some(name) = self.name {
            p.name = name;
        }
        text(self.given_name, &mut p.given_name);
        text(self.family_name, &mut p.family_name);
        text(self.nickname, &mut p.nickname);
        list_field(self.emails, &mut p.emails);
        list_field(self.phones, &mut p.phones);
        text(self.company, &mut p.company);
        text(self.role, &mut p.role);
        text(self.department, &mut p.department);
        text(self.city, &mut p.city);
        text(self.address, &mut p.address);
        text(self.sector, &mut p.sector);
        if let Some(t) = self.tier {
            p.tier = t;
        }
        if let Some(c) = self.cadence_days {
            p.cadence_days = (c > 0).then_some(c);
        }
        list_field(self.tags, &mut p.tags);
        if let Some(b) = self.birthday {
            p.birthday = match b.trim() {
                "" => None,
                b => Some(Birthday::parse("birthday", b).map_err(|e| AppError::invalid("birthday", e.to_string()))?),
            };
        }
        if let Some(m) = self.met_on {
            p.met_on = match m.trim() {
                "" => None,
                m => Some(caller.date("met_on", m, DateRule::Happened)?),
            };
        }
        text(self.met_at, &mut p.met_at);
        if let Some(by) = self.introduced_by {
            p.introduced_by = Some(PersonId(by));
        }
        list_field(self.links, &mut p.links);
        text(self.notes, &mut p.notes);
        Ok(())
    }
}

/// Adds a person; answers their card (`rete person show --json`).
#[utoipa::path(post, path = "/people", tag = "people", request_body = PersonInput,
    responses((status = 201, description = "the person's card, with its `id`"), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<PersonInput>,
) -> Result<(StatusCode, Json<Arc<PersonCard>>), ApiError> {
    if input.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        return Err(AppError::required("name", auth.lang()).into());
    }
    let mut data = PersonData::named("");
    input.apply(&auth.caller, &mut data)?;
    let person = state.app.create_person(&auth.caller, data).await?;
    Ok((StatusCode::CREATED, Json(state.app.person_card(&auth.caller, person.id).await?)))
}

/// A person's card: who they are, the strength of the tie, the 12-month
/// balance, a one-sided signal, and every interaction.
#[utoipa::path(get, path = "/people/{id}", tag = "people", params(("id" = i64, Path)),
    responses((status = 200, description = "the card, as `rete person show --json`"), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
) -> Result<Json<Arc<PersonCard>>, ApiError> {
    Ok(Json(state.app.person_card(&auth.caller, PersonId(id)).await?))
}

/// Changes the fields given; answers the card.
#[utoipa::path(patch, path = "/people/{id}", tag = "people", params(("id" = i64, Path)), request_body = PersonInput,
    responses((status = 200, description = "the card"), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(input): ApiJson<PersonInput>,
) -> Result<Json<Arc<PersonCard>>, ApiError> {
    let mut person = state.app.person(&auth.caller, PersonId(id)).await?;
    input.apply(&auth.caller, &mut person.data)?;
    state.app.update_person(&auth.caller, &person).await?;
    Ok(Json(state.app.person_card(&auth.caller, person.id).await?))
}

/// Deletes a person with what is only theirs (their exchanges, follow-ups,
/// milestones and the interactions nobody else was in); answers what went.
#[utoipa::path(delete, path = "/people/{id}", tag = "people", params(("id" = i64, Path)),
    responses((status = 200, description = "what was removed"), (status = 404, body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
) -> Result<Json<rete_app::people::Removal>, ApiError> {
    Ok(Json(state.app.delete_person(&auth.caller, PersonId(id)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ArchiveBody {
    /// Why (kept with the person).
    pub reason: String,
}

/// Archives a person: kept, never nudged about (a red flag stays raised).
#[utoipa::path(post, path = "/people/{id}/archive", tag = "people", params(("id" = i64, Path)), request_body = ArchiveBody,
    responses((status = 200, description = "the card"), (status = 404, body = ErrorBody)))]
pub async fn archive(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(body): ApiJson<ArchiveBody>,
) -> Result<Json<Arc<PersonCard>>, ApiError> {
    let person = state.app.archive_person(&auth.caller, PersonId(id), &body.reason).await?;
    Ok(Json(state.app.person_card(&auth.caller, person.id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeBody {
    /// The id of the duplicate, folded into this person and then gone.
    pub with: i64,
}

/// Folds a duplicate into this person.
#[utoipa::path(post, path = "/people/{id}/merge", tag = "people", params(("id" = i64, Path)), request_body = MergeBody,
    responses((status = 200, description = "the card of the merged person"), (status = 404, body = ErrorBody)))]
pub async fn merge(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    ApiJson(body): ApiJson<MergeBody>,
) -> Result<Json<Arc<PersonCard>>, ApiError> {
    let merged = state.app.merge_people(&auth.caller, PersonId(id), PersonId(body.with)).await?;
    Ok(Json(state.app.person_card(&auth.caller, merged.id).await?))
}

/// Everything recorded with the person, newest first, each entry tagged by
/// `type` (`interaction`, `exchange`, `milestone`, `followup`,
/// `introduction`) with its `id`: `{"items": [...], "next_cursor": "..."}`.
#[utoipa::path(get, path = "/people/{id}/timeline", tag = "people", params(("id" = i64, Path), PageParams),
    responses((status = 200, description = "a page of the timeline"), (status = 404, body = ErrorBody)))]
pub async fn timeline(
    State(state): State<AppState>,
    auth: Auth,
    IdPath(id): IdPath,
    params: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Page<rete_app::timeline::Entry>>, ApiError> {
    let Query(p) = params?;
    let all = Arc::unwrap_or_clone(state.app.timeline(&auth.caller, PersonId(id)).await?);
    Ok(Json(Page::listed(all, p.limit, p.cursor.as_deref())?))
}

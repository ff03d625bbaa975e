//! Grow in the browser: your communities (those you organise and those you
//! joined), founding one, a community's page (your profile there with what
//! would make it sharper, your give-give matches with their reasons, the
//! other members' public profiles; for organisers, links to invite and
//! removing members), and the join page an invitation link opens.

use super::layout::{app_page, page, Section};
use super::{done, html_page, notice, Failure, OrFail, Signed};
use crate::auth::Visitor;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use maud::{html, Markup};
use rete_app::communities::NewCommunity;
use rete_app::grow::{MatchFilter, MatchView, Overview, ProfileChange};
use rete_core::grow::MemberProfile;
use rete_core::{CommunityId, CommunityKind, Role};
use rete_i18n::t;
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    pub ok: Option<String>,
}

/// A community page's query: the notice after a form, and the filters of
/// whom to meet.
#[derive(Debug, Default, Deserialize)]
pub struct ShowQuery {
    pub ok: Option<String>,
    pub sector: Option<String>,
    pub city: Option<String>,
    pub language: Option<String>,
}

fn filter_form(id: i64, f: &MatchFilter, l: &str) -> Markup {
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    html! {
        form method="get" action={ "/communities/" (id) } class="stack" aria-label=(t!("grow.filter", locale = l)) {
            label for="f-sector" { (t!("grow.sector", locale = l)) }
            input type="text" id="f-sector" name="sector" value=(value(&f.sector));
            label for="f-city" { (t!("grow.city", locale = l)) }
            input type="text" id="f-city" name="city" value=(value(&f.city));
            label for="f-language" { (t!("grow.language", locale = l)) }
            input type="text" id="f-language" name="language" value=(value(&f.language)) aria-describedby="f-language-hint";
            p class="muted hint" id="f-language-hint" { (t!("grow.language_hint", locale = l)) }
            button type="submit" class="secondary" { (t!("grow.filter", locale = l)) }
            @if !f.is_empty() { a class="button" href={ "/communities/" (id) } { (t!("grow.filter_clear", locale = l)) } }
        }
    }
}

/// How many matches the page shows.
const MATCHES: usize = 10;

fn kind_label(kind: CommunityKind, l: &str) -> String {
    t!(format!("grow.kind_{}", kind.as_str()), locale = l).into_owned()
}

fn role_label(role: Role, l: &str) -> String {
    t!(format!("grow.role_{}", role.as_str().replace('-', "_")), locale = l).into_owned()
}

pub async fn list(State(state): State<AppState>, who: Signed, Query(q): Query<Notice>) -> Result<Response, Failure> {
    let l = who.l();
    let all = state.app.communities(&who.0.caller).await.or_fail(&who)?;
    let body = html! {
        h1 { (t!("grow.title", locale = l)) }
        (notice(q.ok.as_deref(), l))
        @if all.is_empty() {
            p class="card" { (t!("grow.none", locale = l)) }
        } @else {
            ul class="people card" {
                @for c in &all {
                    li {
                        a href={ "/communities/" (c.community.id.0) } { span class="name" { (c.community.name) } }
                        p class="muted" {
                            (kind_label(c.community.kind, l)) " · " (role_label(c.role, l)) " · "
                            (t!("grow.members_count", locale = l, count = c.members))
                        }
                    }
                }
            }
        }
        section class="card" {
            h2 { (t!("grow.found", locale = l)) }
            p class="muted" { (t!("grow.found_why", locale = l)) }
            form method="post" action="/communities" class="stack" {
                label for="c-name" { (t!("grow.name", locale = l)) }
                input type="text" id="c-name" name="name" required maxlength="120";
                label for="c-kind" { (t!("grow.kind", locale = l)) }
                select id="c-kind" name="kind" {
                    @for k in CommunityKind::ALL {
                        option value=(k.as_str()) selected[*k == CommunityKind::Chapter] { (kind_label(*k, l)) }
                    }
                }
                label for="c-description" { (t!("grow.description", locale = l)) }
                textarea id="c-description" name="description" rows="3" {}
                button type="submit" class="primary" { (t!("grow.found", locale = l)) }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("grow.title", locale = l), Section::More, body)))
}

#[derive(Debug, Deserialize)]
pub struct FoundForm {
    pub name: String,
    pub kind: Option<CommunityKind>,
    #[serde(default)]
    pub description: String,
}

pub async fn found(State(state): State<AppState>, who: Signed, Form(f): Form<FoundForm>) -> Result<Response, Failure> {
    let new = NewCommunity {
        name: f.name,
        kind: f.kind,
        lang: Some(who.lang()),
        description: Some(f.description).filter(|d| !d.trim().is_empty()),
    };
    let c = state.app.found_community(&who.0.caller, &new).await.or_fail(&who)?;
    Ok(done(&format!("/communities/{}", c.id.0), "added"))
}

/// One phrase per line, as the profile's lists are typed.
fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn profile_form(id: i64, mine: &MemberProfile, l: &str) -> Markup {
    let field = |name: &str, label: &str, hint: &str, value: String| {
        html! {
            label for={ "p-" (name) } { (t!(label, locale = l)) }
            textarea id={ "p-" (name) } name=(name) rows="3" aria-describedby={ "p-" (name) "-hint" } { (value) }
            p class="muted hint" id={ "p-" (name) "-hint" } { (t!(hint, locale = l)) }
        }
    };
    html! {
        form method="post" action={ "/communities/" (id) "/profile" } class="stack" {
            label for="p-name" { (t!("grow.shown_as", locale = l)) }
            input type="text" id="p-name" name="name" value=(mine.name) required maxlength="120";
            (field("offers", "grow.offers", "grow.offers_hint", mine.offers.join("\n")))
            (field("seeks", "grow.seeks", "grow.seeks_hint", mine.seeks.join("\n")))
            (field("interests", "grow.interests", "grow.interests_hint", mine.interests.join("\n")))
            label for="p-sector" { (t!("grow.sector", locale = l)) }
            input type="text" id="p-sector" name="sector" value=(mine.sector.clone().unwrap_or_default());
            label for="p-city" { (t!("grow.city", locale = l)) }
            input type="text" id="p-city" name="city" value=(mine.city.clone().unwrap_or_default());
            label for="p-languages" { (t!("grow.languages", locale = l)) }
            input type="text" id="p-languages" name="languages" value=(mine.languages.join(", ")) aria-describedby="p-languages-hint";
            p class="muted hint" id="p-languages-hint" { (t!("grow.languages_hint", locale = l)) }
            label for="p-department" { (t!("grow.department", locale = l)) }
            input type="text" id="p-department" name="department" value=(mine.department.clone().unwrap_or_default());
            label class="check" {
                input type="checkbox" name="matching" value="on" checked[mine.opt_in];
                span { (t!("grow.matching", locale = l)) }
            }
            label class="check" {
                input type="checkbox" name="pairing" value="on" checked[mine.pairing];
                span { (t!("grow.pairing", locale = l)) }
            }
            button type="submit" class="primary" { (t!("grow.save_profile", locale = l)) }
        }
    }
}

fn match_item(m: &MatchView, l: &str) -> Markup {
    html! {
        li {
            p { strong { (m.name) } }
            p { (m.reason) }
            p class="muted" {
                @if let Some(s) = &m.sector { (s) " · " }
                @if let Some(c) = &m.city { (c) " · " }
                (t!("grow.score", locale = l, score = decimal(m.score, l)))
            }
        }
    }
}

/// A score with two decimals, with the reader's decimal mark.
fn decimal(x: f64, l: &str) -> String {
    let text = format!("{x:.2}");
    if l == "it" {
        text.replace('.', ",")
    } else {
        text
    }
}

fn member_item(p: &MemberProfile, id: i64, organises: bool, l: &str) -> Markup {
    html! {
        li {
            span class="name" { (p.name) }
            p class="muted" {
                @for (i, part) in [p.sector.as_deref(), p.city.as_deref(), p.department.as_deref()].into_iter().flatten().enumerate() {
                    @if i > 0 { " · " } (part)
                }
            }
            @if !p.offers.is_empty() { p { (t!("grow.offers_short", locale = l)) ": " (p.offers.join("; ")) } }
            @if !p.seeks.is_empty() { p { (t!("grow.seeks_short", locale = l)) ": " (p.seeks.join("; ")) } }
            @if organises {
                form method="post" action={ "/communities/" (id) "/members/" (p.member) "/remove" } class="inline" {
                    button type="submit" class="link" aria-label=(t!("grow.remove_who", locale = l, name = p.name.as_str())) {
                        (t!("grow.remove", locale = l))
                    }
                }
            }
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Query(q): Query<ShowQuery>,
) -> Result<Response, Failure> {
    let l = who.l();
    let caller = &who.0.caller;
    let cid = CommunityId(id);
    let filter = MatchFilter { sector: q.sector.clone(), city: q.city.clone(), language: q.language.clone() };
    let Overview { belonging, members, mine, advice } = state.app.overview(caller, cid).await.or_fail(&who)?;
    let (community, role) = (&belonging.community, belonging.membership.role);
    // Matches need a profile that offers or seeks something, opted in.
    let ready = mine.as_ref().is_some_and(|m| m.opt_in && !(m.offers.is_empty() && m.seeks.is_empty()));
    let matches =
        if ready { state.app.matches_where(caller, cid, MATCHES, &filter).await.or_fail(&who)? } else { Vec::new() };
    let me = state.app.display_name(caller).await.or_fail(&who)?;
    let blank = MemberProfile::empty(belonging.membership.member, me, who.lang());
    let organises = role.organises();
    let body = html! {
        (notice(q.ok.as_deref(), l))
        section class="card" {
            h1 { (community.name) }
            p class="muted" {
                (kind_label(community.kind, l)) " · " (role_label(role, l)) " · "
                (t!("grow.members_count", locale = l, count = members.len()))
            }
            @if let Some(d) = &community.description { p { (d) } }
        }
        section class="card" aria-labelledby="matches-title" {
            h2 id="matches-title" { (t!("grow.matches", locale = l)) }
            @if !ready {
                p class="muted" { (t!("grow.matches_need_profile", locale = l)) }
            } @else {
                @if matches.is_empty() && filter.is_empty() {
                    p class="muted" { (t!("grow.no_matches", locale = l)) }
                } @else if matches.is_empty() {
                    p class="muted" { (t!("grow.no_matches_filtered", locale = l)) }
                } @else {
                    p class="muted" { (t!("grow.matches_why", locale = l)) }
                    ul class="matches" { @for m in &matches { (match_item(m, l)) } }
                }
                details class="filters" open[!filter.is_empty()] {
                    summary { (t!("grow.filter", locale = l)) }
                    (filter_form(id, &filter, l))
                }
            }
        }
        section class="card" aria-labelledby="profile-title" {
            h2 id="profile-title" { (t!("grow.your_profile", locale = l)) }
            @if !advice.is_empty() {
                div role="status" { ul class="advice" { @for a in &advice { li { (a.text) } } } }
            }
            p class="muted" { (t!("grow.sharp_example", locale = l)) }
            (profile_form(id, mine.as_ref().unwrap_or(&blank), l))
        }
        @if organises {
            section class="card" aria-labelledby="invite-title" {
                h2 id="invite-title" { (t!("grow.invite", locale = l)) }
                p class="muted" { (t!("grow.invite_why", locale = l)) }
                form method="post" action={ "/communities/" (id) "/invite" } class="inline" {
                    button type="submit" class="secondary" { (t!("grow.invite_make", locale = l)) }
                }
            }
        }
        section class="card" aria-labelledby="members-title" {
            h2 id="members-title" { (t!("grow.members", locale = l)) }
            @if members.is_empty() {
                p class="muted" { (t!("grow.no_members", locale = l)) }
            } @else {
                ul class="people" { @for p in &members { (member_item(p, id, organises, l)) } }
            }
        }
        @if role != Role::Organiser {
            section class="card" {
                form method="post" action={ "/communities/" (id) "/leave" } class="inline" {
                    button type="submit" class="link" { (t!("grow.leave", locale = l)) }
                }
            }
        }
    };
    Ok(html_page(app_page(who.lang(), &community.name, Section::More, body)))
}

#[derive(Debug, Default, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub offers: String,
    #[serde(default)]
    pub seeks: String,
    #[serde(default)]
    pub interests: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub languages: String,
    #[serde(default)]
    pub department: String,
    pub matching: Option<String>,
    pub pairing: Option<String>,
}

pub async fn save_profile(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
    Form(f): Form<ProfileForm>,
) -> Result<Response, Failure> {
    let languages = f.languages.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
    let change = ProfileChange {
        name: Some(f.name),
        lang: None,
        offers: Some(lines(&f.offers)),
        seeks: Some(lines(&f.seeks)),
        interests: Some(lines(&f.interests)),
        languages: Some(languages),
        sector: Some(f.sector),
        city: Some(f.city),
        department: Some(f.department),
        opt_in: Some(f.matching.is_some()),
        pairing: Some(f.pairing.is_some()),
    };
    state.app.set_my_profile(&who.0.caller, CommunityId(id), change).await.or_fail(&who)?;
    Ok(done(&format!("/communities/{id}"), "saved"))
}

/// A new link, shown this once, to copy and share.
pub async fn invite(
    State(state): State<AppState>,
    who: Signed,
    headers: axum::http::HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let l = who.l();
    let caller = &who.0.caller;
    let community = state.app.belonging(caller, CommunityId(id)).await.or_fail(&who)?.community;
    let issued = state.app.invite_to_community(caller, CommunityId(id), None, None, state.now()).await.or_fail(&who)?;
    let url = format!("{}/join/{}", crate::api::communities::link_base(&state, &headers), issued.token);
    let until = chrono::DateTime::from_timestamp(issued.info.expires_at, 0).map(|t| t.date_naive());
    let body = html! {
        section class="card" {
            h1 { (t!("grow.invite_ready", locale = l, name = community.name.as_str())) }
            p { (t!("grow.invite_share", locale = l, uses = issued.info.uses_left)) }
            label for="invite-url" { (t!("grow.invite_link", locale = l)) }
            input type="text" id="invite-url" readonly value=(url);
            @if let Some(d) = until { p class="muted" { (t!("grow.invite_until", locale = l, date = super::day(d, &who))) } }
            p { a class="button" href={ "/communities/" (id) } { (t!("grow.back", locale = l, name = community.name.as_str())) } }
        }
    };
    Ok(html_page(app_page(who.lang(), &t!("grow.invite", locale = l), Section::More, body)))
}

pub async fn remove(
    State(state): State<AppState>,
    who: Signed,
    Path((id, member)): Path<(i64, u64)>,
) -> Result<Response, Failure> {
    state.app.remove_member(&who.0.caller, CommunityId(id), member).await.or_fail(&who)?;
    Ok(done(&format!("/communities/{id}"), "removed"))
}

pub async fn leave(State(state): State<AppState>, who: Signed, Path(id): Path<i64>) -> Result<Response, Failure> {
    state.app.leave_community(&who.0.caller, CommunityId(id)).await.or_fail(&who)?;
    Ok(done("/communities", "left"))
}

/// What an invitation link opens: the community, and a button to join (or
/// to sign in or register first, coming back here).
pub async fn join_page(State(state): State<AppState>, visitor: Visitor, Path(token): Path<String>) -> Response {
    let lang = visitor.auth.as_ref().map(|a| a.lang()).unwrap_or(visitor.lang);
    let l = lang.as_str();
    let invited = match state.app.invited_to(&token, state.now()).await {
        Ok(found) => found,
        Err(e) => return (crate::error::status_for(&e), e.message(lang)).into_response(),
    };
    let Some(community) = invited else {
        let body = html! {
            section class="card narrow" {
                h1 { (t!("grow.join_title", locale = l)) }
                p class="error" role="alert" { (t!("grow.invitation_invalid", locale = l)) }
            }
        };
        return (
            StatusCode::GONE,
            Html(page(lang, &t!("grow.join_title", locale = l), visitor.auth.is_some(), body).into_string()),
        )
            .into_response();
    };
    let next = format!("/join/{token}");
    let body = html! {
        section class="card narrow" {
            h1 { (t!("grow.join_to", locale = l, name = community.name.as_str())) }
            p class="muted" { (kind_label(community.kind, l)) }
            @if let Some(d) = &community.description { p { (d) } }
            p { (t!("grow.join_why", locale = l)) }
            @if visitor.auth.is_some() {
                form method="post" action=(next) class="stack" {
                    button type="submit" class="primary" { (t!("grow.join", locale = l)) }
                }
            } @else {
                p { a class="button primary" href={ "/login?next=" (next) } { (t!("grow.join_sign_in", locale = l)) } }
                p { (t!("page.no_account", locale = l)) " " a href={ "/register?next=" (next) } { (t!("page.register", locale = l)) } }
            }
        }
    };
    Html(page(lang, &t!("grow.join_title", locale = l), visitor.auth.is_some(), body).into_string()).into_response()
}

pub async fn join(State(state): State<AppState>, who: Signed, Path(token): Path<String>) -> Result<Response, Failure> {
    let joined = state.app.join_community(&who.0.caller, &token, state.now()).await.or_fail(&who)?;
    Ok(done(&format!("/communities/{}", joined.community.id.0), "joined"))
}

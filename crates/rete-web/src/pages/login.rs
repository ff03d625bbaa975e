//! Signing in and out, registering, and the one-time link that lets the
//! CLI's local user into the browser.

use super::layout::page;
use crate::auth::{removal_cookie, session_secret, sign_in, Visitor};
use crate::error::status_for;
use crate::AppState;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use axum_extra::extract::CookieJar;
use maud::{html, Markup};
use rete_core::Lang;
use rete_i18n::t;
use serde::Deserialize;
use std::net::SocketAddr;

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    /// Where to go once signed in (see [`safe_next`]).
    #[serde(default)]
    pub next: Option<String>,
}

/// `?next=` of the sign-in and registration pages.
#[derive(Debug, Default, Deserialize)]
pub struct NextQuery {
    pub next: Option<String>,
}

/// Where a sign-in may send the browser afterwards: only a community's
/// join page (`/join/` and a hex secret), so a crafted link can never
/// send someone elsewhere.
pub fn safe_next(next: Option<&str>) -> Option<&str> {
    let next = next?;
    let secret = next.strip_prefix("/join/")?;
    (!secret.is_empty() && secret.len() <= 128 && secret.bytes().all(|b| b.is_ascii_hexdigit())).then_some(next)
}

fn login_page(lang: Lang, email: &str, next: Option<&str>, error: Option<&str>) -> Markup {
    let l = lang.as_str();
    page(
        lang,
        &t!("page.login", locale = l),
        false,
        html! {
            section class="card narrow" {
                h1 { (t!("page.login_title", locale = l)) }
                p class="muted" { (t!("page.tagline", locale = l)) }
                @if let Some(e) = error {
                    p class="error" role="alert" id="form-error" { (e) }
                }
                form method="post" action="/login" class="stack" {
                    @if let Some(n) = safe_next(next) {
                        input type="hidden" name="next" value=(n);
                    }
                    label for="email" { (t!("page.email", locale = l)) }
                    input type="email" id="email" name="email" value=(email) autocomplete="username" required autofocus;
                    label for="password" { (t!("page.password", locale = l)) }
                    input type="password" id="password" name="password" autocomplete="current-password" required;
                    button type="submit" class="primary" { (t!("page.login", locale = l)) }
                }
                p {
                    (t!("page.no_account", locale = l)) " "
                    a href={ "/register" @if let Some(n) = safe_next(next) { "?next=" (n) } } { (t!("page.register", locale = l)) }
                }
            }
        },
    )
}

pub async fn form(
    visitor: Visitor,
    query: Result<axum::extract::Query<NextQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let next = query.ok().and_then(|q| q.0.next);
    if visitor.auth.is_some() {
        return Redirect::to(safe_next(next.as_deref()).unwrap_or("/")).into_response();
    }
    Html(login_page(visitor.lang, "", next.as_deref(), None).into_string()).into_response()
}

pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    visitor: Visitor,
    jar: CookieJar,
    Form(f): Form<LoginForm>,
) -> Response {
    let result = async {
        let account = state.app.login(&f.email, &f.password, &peer.ip().to_string(), state.now()).await?;
        sign_in(&state, jar, account).await
    }
    .await;
    match result {
        Ok(jar) => (jar, Redirect::to(safe_next(f.next.as_deref()).unwrap_or("/"))).into_response(),
        Err(e) => {
            let body = login_page(visitor.lang, &f.email, f.next.as_deref(), Some(&e.message(visitor.lang)));
            (status_for(&e), Html(body.into_string())).into_response()
        }
    }
}

/// `rete serve` prints this link for the local account: it signs in once.
pub async fn link(
    State(state): State<AppState>,
    visitor: Visitor,
    jar: CookieJar,
    Path(secret): Path<String>,
) -> Response {
    let result = async {
        match state.app.use_login_link(&secret, state.now()).await? {
            Some(account) => sign_in(&state, jar, account).await.map(Some),
            None => Ok(None),
        }
    }
    .await;
    match result {
        Ok(Some(jar)) => (jar, Redirect::to("/")).into_response(),
        Ok(None) => {
            let l = visitor.lang.as_str();
            let body = page(
                visitor.lang,
                &t!("page.login", locale = l),
                false,
                html! { section class="card narrow" { p class="error" { (t!("page.link_used", locale = l)) } a href="/login" { (t!("page.login", locale = l)) } } },
            );
            (StatusCode::GONE, Html(body.into_string())).into_response()
        }
        Err(e) => (status_for(&e), e.message(visitor.lang)).into_response(),
    }
}

#[derive(Debug, Deserialize)]
pub struct RegisterForm {
    pub name: String,
    pub email: String,
    pub password: String,
    /// From the invitation link (`/register?invitation=inv_...`).
    #[serde(default)]
    pub invitation: Option<String>,
    #[serde(default)]
    pub next: Option<String>,
}

/// `/register?invitation=...`: the link an invitation is shared as.
#[derive(Debug, Default, serde::Deserialize)]
pub struct RegisterQuery {
    pub invitation: Option<String>,
    pub next: Option<String>,
}

/// What the registration form carries along: a server invitation, and
/// where to go afterwards.
struct Carried<'a> {
    invitation: Option<&'a str>,
    next: Option<&'a str>,
}

fn register_page(lang: Lang, name: &str, email: &str, carried: Carried<'_>, error: Option<&str>) -> Markup {
    let l = lang.as_str();
    page(
        lang,
        &t!("page.register", locale = l),
        false,
        html! {
            section class="card narrow" {
                h1 { (t!("page.register_title", locale = l)) }
                @if let Some(e) = error {
                    p class="error" role="alert" id="form-error" { (e) }
                }
                form method="post" action="/register" class="stack" {
                    @if let Some(i) = carried.invitation {
                        input type="hidden" name="invitation" value=(i);
                    }
                    @if let Some(n) = safe_next(carried.next) {
                        input type="hidden" name="next" value=(n);
                    }
                    label for="name" { (t!("page.name", locale = l)) }
                    input type="text" id="name" name="name" value=(name) autocomplete="name" required autofocus;
                    label for="email" { (t!("page.email", locale = l)) }
                    input type="email" id="email" name="email" value=(email) autocomplete="username" required;
                    label for="password" { (t!("page.password", locale = l)) }
                    input type="password" id="password" name="password" autocomplete="new-password" minlength="10" required aria-describedby="password-hint";
                    p class="muted" id="password-hint" { (t!("page.password_hint", locale = l)) }
                    button type="submit" class="primary" { (t!("page.register", locale = l)) }
                }
                p {
                    (t!("page.have_account", locale = l)) " "
                    a href={ "/login" @if let Some(n) = safe_next(carried.next) { "?next=" (n) } } { (t!("page.login", locale = l)) }
                }
            }
        },
    )
}

pub async fn register_form(
    visitor: Visitor,
    query: Result<axum::extract::Query<RegisterQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let query = query.map(|q| q.0).unwrap_or_default();
    if visitor.auth.is_some() {
        return Redirect::to(safe_next(query.next.as_deref()).unwrap_or("/")).into_response();
    }
    let carried = Carried { invitation: query.invitation.as_deref(), next: query.next.as_deref() };
    Html(register_page(visitor.lang, "", "", carried, None).into_string()).into_response()
}

pub async fn register(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    visitor: Visitor,
    jar: CookieJar,
    Form(f): Form<RegisterForm>,
) -> Response {
    let result = async {
        let now = state.now();
        let limit = rete_app::auth::REGISTER_PER_ADDRESS;
        state.app.rate_limit(&format!("register:address:{}", peer.ip()), limit, now).await?;
        let (registration, invitation) = (state.config.registration, f.invitation.as_deref());
        let account = state
            .app
            .register_invited(&f.email, &f.password, &f.name, registration, invitation, visitor.lang, now)
            .await?;
        sign_in(&state, jar, account).await
    }
    .await;
    match result {
        Ok(jar) => (jar, Redirect::to(safe_next(f.next.as_deref()).unwrap_or("/"))).into_response(),
        Err(e) => {
            let message = e.message(visitor.lang);
            let carried = Carried { invitation: f.invitation.as_deref(), next: f.next.as_deref() };
            let body = register_page(visitor.lang, &f.name, &f.email, carried, Some(&message));
            (status_for(&e), Html(body.into_string())).into_response()
        }
    }
}

pub async fn logout(State(state): State<AppState>, headers: HeaderMap, jar: CookieJar) -> Response {
    if let Some(secret) = session_secret(&headers) {
        if let Err(e) = state.app.end_session(&secret).await {
            tracing::warn!(error = %e, "ending a session failed");
        }
    }
    (jar.add(removal_cookie(&state)), Redirect::to("/login")).into_response()
}

//! Settings: language and time zone, the calendar link, the password,
//! where you are signed in, API tokens, a copy of your data, and deleting
//! the account. Secrets (a new calendar link, a new token) are shown once,
//! on the page that made them; only their hashes are kept.

use super::layout::{app_page, Section};
use super::{done, html_page, notice, Failure, OrFail, Signed};
use crate::auth::{removal_cookie, TokenScope};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Form;
use axum_extra::extract::CookieJar;
use maud::{html, Markup};
use rete_app::settings::SettingsChange;
use rete_app::AppError;
use rete_i18n::t;
use serde::Deserialize;

/// The common zones first in the picker; any IANA name is accepted.
const ZONES: [&str; 12] = [
    "Europe/Rome",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Zurich",
    "Europe/Lisbon",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Dubai",
    "UTC",
];

#[derive(Debug, Default, Deserialize)]
pub struct Notice {
    pub ok: Option<String>,
}

/// What a page that just made something shows once.
#[derive(Debug, Default)]
struct Shown {
    calendar_url: Option<String>,
    token: Option<String>,
    error: Option<AppError>,
}

fn when(secs: i64, who: &Signed) -> String {
    match chrono::DateTime::from_timestamp(secs, 0) {
        Some(t) => super::day(t.date_naive(), who),
        None => String::new(),
    }
}

/// A moment as a time of day in the reader's time zone (the server's
/// when they chose none).
fn when_time(secs: i64, zone: Option<&str>) -> String {
    let Some(t) = chrono::DateTime::from_timestamp(secs, 0) else { return String::new() };
    match zone.and_then(rete_app::settings::zone) {
        Some(tz) => t.with_timezone(&tz).format("%H:%M").to_string(),
        None => t.with_timezone(&chrono::Local).format("%H:%M").to_string(),
    }
}

async fn render(state: &AppState, who: &Signed, ok: Option<&str>, shown: Shown) -> Result<Markup, Failure> {
    let l = who.l();
    let account = who.0.account();
    // The CLI's local account has no login until it is given a password:
    // what needs one (preferences, password, calendar) says how.
    let user = match state.app.user(account).await {
        Ok(u) => Some(u),
        Err(AppError::NotFound { .. }) => None,
        Err(e) => return Err(e).or_fail(who),
    };
    let now = state.now();
    let sessions = state.app.sessions(account, now).await.or_fail(who)?;
    let tokens = state.app.tokens(account).await.or_fail(who)?;
    let deliveries = state.app.digest_log(account).await.or_fail(who)?;
    let error_for =
        |field: &str| shown.error.as_ref().filter(|e| e.field() == Some(field)).map(|e| e.message(who.lang()));
    let body = html! {
        h1 { (t!("settings.title", locale = l)) }
        (notice(ok, l))
        @if shown.calendar_url.is_some() || shown.token.is_some() {
            section class="card secret" {
                @if let Some(url) = &shown.calendar_url {
                label for="calendar-url" { (t!("settings.calendar_url", locale = l)) }
                input type="text" id="calendar-url" value=(url) readonly;
                p class="muted hint" { (t!("settings.calendar_once", locale = l)) }
            }
            @if let Some(token) = &shown.token {
                label for="new-token" { (t!("settings.token_new", locale = l)) }
                input type="text" id="new-token" value=(token) readonly;
                p class="muted hint" { (t!("settings.token_once", locale = l)) }
            }
            }
        }
        @if let Some(e) = shown.error.as_ref().filter(|e| e.field().is_none()) { p class="error" role="alert" { (e.message(who.lang())) } }
        @if let Some(user) = &user {
        p class="muted" { (user.name) " · " (user.email) }
        section class="card" id="preferences" {
            h2 { (t!("settings.preferences", locale = l)) }
            form method="post" action="/settings" class="stack" {
                label for="lang" { (t!("settings.language", locale = l)) }
                select id="lang" name="lang" {
                    option value="" selected[user.lang.is_none()] { (t!("settings.lang_browser", locale = l)) }
                    option value="it" selected[user.lang.as_deref() == Some("it")] lang="it" { "Italiano" }
                    option value="en" selected[user.lang.as_deref() == Some("en")] lang="en" { "English" }
                }
                label for="time_zone" { (t!("settings.time_zone", locale = l)) }
                input type="text" id="time_zone" name="time_zone" list="zones" value=(user.time_zone.clone().unwrap_or_default())
                    placeholder="Europe/Rome" autocomplete="off" aria-describedby="zone-hint";
                datalist id="zones" { @for z in ZONES { option value=(z) {} } }
                p class="muted hint" id="zone-hint" { (t!("settings.zone_hint", locale = l, today = super::day(who.0.caller.today, who))) }
                @if let Some(m) = error_for("time_zone") { p class="error" { (m) } }
                button type="submit" class="primary" { (t!("settings.save", locale = l)) }
            }
        }
        section class="card" id="digest" {
            h2 { (t!("settings.digest", locale = l)) }
            p { (t!("settings.digest_why", locale = l)) }
            form method="post" action="/settings/digest" class="stack" {
                label class="check" {
                    input type="checkbox" name="digest" value="on" checked[user.digest];
                    span { (t!("settings.digest_on", locale = l)) }
                }
                label for="digest_hour" { (t!("settings.digest_hour", locale = l)) }
                select id="digest_hour" name="digest_hour" {
                    @for h in 0u8..24 { option value=(h) selected[h == user.digest_hour] { (format!("{h:02}:00")) } }
                }
                @if !state.app.announcer.can_mail() { p class="muted hint" { (t!("settings.digest_no_smtp", locale = l)) } }
                div class="actions" {
                    button type="submit" class="primary" { (t!("settings.save", locale = l)) }
                    button type="submit" class="secondary" formaction="/settings/digest/test" { (t!("settings.digest_test", locale = l)) }
                }
            }
            @if !deliveries.is_empty() {
                h3 { (t!("settings.digest_log", locale = l)) }
                ul class="plain" id="digest-log" {
                    @for d in &deliveries {
                        li {
                            (d.local_date.get(..10).and_then(|x| x.parse::<chrono::NaiveDate>().ok()).map(|x| super::day(x, who)).unwrap_or_default())
                            " · " (t!(if d.kind == "test" { "settings.digest_test_kind" } else { "settings.digest_daily" }, locale = l))
                            " · " span class=[(d.status == "failed").then_some("error")] { (t!(format!("settings.status_{}", d.status), locale = l)) }
                            @if let Some(e) = &d.error { " — " span class="muted" { (e) } }
                            @if let Some(next) = d.next_try_at { " " span class="muted" { (t!("settings.next_try", locale = l, time = when_time(next, user.time_zone.as_deref()))) } }
                        }
                    }
                }
            }
        }
        section class="card" id="calendar" {
            h2 { (t!("settings.calendar", locale = l)) }
            p { (t!("settings.calendar_why", locale = l)) }
            form method="post" action="/settings/calendar" class="inline" {
                button type="submit" class="secondary" { (t!("settings.calendar_new", locale = l)) }
            }
        }
        section class="card" id="password" {
            h2 { (t!("settings.password", locale = l)) }
            form method="post" action="/settings/password" class="stack" {
                input type="email" name="email" value=(user.email) autocomplete="username" hidden;
                label for="current_password" { (t!("settings.current_password", locale = l)) }
                input type="password" id="current_password" name="current_password" autocomplete="current-password" required;
                @if let Some(m) = error_for("current_password") { p class="error" { (m) } }
                label for="new_password" { (t!("settings.new_password", locale = l)) }
                input type="password" id="new_password" name="new_password" autocomplete="new-password" minlength="10" required aria-describedby="new-hint";
                p class="muted hint" id="new-hint" { (t!("page.password_hint", locale = l)) }
                @if let Some(m) = error_for("password").or_else(|| error_for("new_password")) { p class="error" { (m) } }
                button type="submit" class="primary" { (t!("settings.change_password", locale = l)) }
            }
        }
        } @else {
            section class="card" id="local" {
                h2 { (t!("settings.local", locale = l)) }
                p { (t!("settings.local_why", locale = l)) }
                p { code { "rete account set-password --email you@example.com" } }
            }
        }
        section class="card" id="sessions" {
            h2 { (t!("settings.sessions", locale = l)) }
            ul class="plain" {
                @for s in &sessions {
                    li { code { (s.handle) } " · " (t!("settings.signed_in_on", locale = l, date = when(s.created_at, who))) }
                }
            }
            form method="post" action="/settings/sessions/end" class="inline" {
                button type="submit" class="secondary" { (t!("settings.end_others", locale = l)) }
            }
        }
        section class="card" id="tokens" {
            h2 { (t!("settings.tokens", locale = l)) }
            p class="muted" { (t!("settings.tokens_why", locale = l)) }
            @if !tokens.is_empty() {
                ul class="plain" {
                    @for tk in &tokens {
                        li {
                            strong { (tk.name) } " " code { (tk.prefix) "…" } " · " (t!(format!("settings.scope_{}", tk.scope.as_str()), locale = l))
                            form method="post" action={ "/settings/tokens/" (tk.id) "/revoke" } class="inline" {
                                button type="submit" class="link" { (t!("settings.revoke", locale = l)) }
                            }
                        }
                    }
                }
            }
            form method="post" action="/settings/tokens" class="stack" {
                label for="token-name" { (t!("settings.token_name", locale = l)) }
                input type="text" id="token-name" name="name" required;
                @if let Some(m) = error_for("name") { p class="error" { (m) } }
                label for="token-scope" { (t!("settings.token_scope", locale = l)) }
                select id="token-scope" name="scope" {
                    option value="read" { (t!("settings.scope_read", locale = l)) }
                    option value="write" { (t!("settings.scope_write", locale = l)) }
                }
                button type="submit" class="secondary" { (t!("settings.token_create", locale = l)) }
            }
        }
        section class="card" id="data" {
            h2 { (t!("settings.data", locale = l)) }
            p { (t!("settings.data_why", locale = l)) }
            p {
                a class="button secondary" href="/api/v1/account/export?format=json" download { (t!("settings.export_json", locale = l)) } " "
                a class="button secondary" href="/api/v1/account/export?format=vcard" download { (t!("settings.export_vcard", locale = l)) }
            }
        }
        @if user.is_some() {
        section class="card danger" id="delete" {
            h2 { (t!("settings.delete", locale = l)) }
            p { (t!("settings.delete_warning", locale = l)) }
            form method="post" action="/settings/delete" class="stack" {
                label for="delete-password" { (t!("settings.delete_password", locale = l)) }
                input type="password" id="delete-password" name="password" autocomplete="current-password" required;
                        @if let Some(m) = error_for("password").filter(|_| shown.token.is_none() && shown.calendar_url.is_none()) { p class="error" { (m) } }
                button type="submit" class="primary danger-button" { (t!("settings.delete_confirm", locale = l)) }
            }
        }
        }
    };
    Ok(app_page(who.lang(), &t!("settings.title", locale = l), Section::More, body))
}

pub async fn page(State(state): State<AppState>, who: Signed, Query(q): Query<Notice>) -> Result<Response, Failure> {
    Ok(html_page(render(&state, &who, q.ok.as_deref(), Shown::default()).await?))
}

async fn refused(state: &AppState, who: &Signed, error: AppError) -> Result<Response, Failure> {
    let status = crate::error::status_for(&error);
    let page = render(state, who, None, Shown { error: Some(error), ..Shown::default() }).await?;
    Ok((status, Html(page.into_string())).into_response())
}

#[derive(Debug, Deserialize)]
pub struct PreferencesForm {
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub time_zone: String,
}

pub async fn save(
    State(state): State<AppState>,
    who: Signed,
    Form(f): Form<PreferencesForm>,
) -> Result<Response, Failure> {
    let change = SettingsChange { lang: Some(f.lang), time_zone: Some(f.time_zone), ..SettingsChange::default() };
    match state.app.update_settings(who.0.account(), change, who.lang()).await {
        Ok(_) => Ok(done("/settings", "saved")),
        Err(e) => refused(&state, &who, e).await,
    }
}

pub async fn calendar(State(state): State<AppState>, who: Signed, headers: HeaderMap) -> Result<Response, Failure> {
    let secret = state.app.new_calendar_link(who.0.account()).await.or_fail(&who)?;
    let url = super::calendar::link_url(&state, &headers, &secret);
    let shown = Shown { calendar_url: Some(url), ..Shown::default() };
    Ok(html_page(render(&state, &who, Some("calendar"), shown).await?))
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    pub current_password: String,
    pub new_password: String,
}

pub async fn password(
    State(state): State<AppState>,
    who: Signed,
    Form(f): Form<PasswordForm>,
) -> Result<Response, Failure> {
    let keep = who.0.session_secret().map(str::to_string);
    let changed = state
        .app
        .change_password(who.0.account(), &f.current_password, &f.new_password, keep.as_deref(), true, who.lang())
        .await;
    match changed {
        Ok(()) => Ok(done("/settings", "password")),
        Err(e) => refused(&state, &who, e).await,
    }
}

#[derive(Debug, Deserialize)]
pub struct TokenForm {
    pub name: String,
    pub scope: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    who: Signed,
    Form(f): Form<TokenForm>,
) -> Result<Response, Failure> {
    let scope = TokenScope::parse(&f.scope).unwrap_or(TokenScope::Read);
    match state.app.create_token(who.0.account(), &f.name, scope, None, who.lang(), state.now()).await {
        Ok(issued) => {
            let shown = Shown { token: Some(issued.token), ..Shown::default() };
            Ok(html_page(render(&state, &who, None, shown).await?))
        }
        Err(e) => refused(&state, &who, e).await,
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    who: Signed,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    state.app.revoke_token(who.0.account(), id).await.or_fail(&who)?;
    Ok(done("/settings", "token_revoked"))
}

pub async fn end_sessions(State(state): State<AppState>, who: Signed) -> Result<Response, Failure> {
    state.app.end_other_sessions(who.0.account(), who.0.session_secret()).await.or_fail(&who)?;
    Ok(done("/settings", "sessions_ended"))
}

#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    pub password: String,
}

pub async fn delete_account(
    State(state): State<AppState>,
    who: Signed,
    jar: CookieJar,
    Form(f): Form<DeleteForm>,
) -> Result<Response, Failure> {
    match state.app.delete_account_confirmed(who.0.account(), &f.password, who.lang()).await {
        Ok(()) => Ok((jar.add(removal_cookie(&state)), Redirect::to("/login")).into_response()),
        Err(e) => refused(&state, &who, e).await,
    }
}

#[derive(Debug, Deserialize)]
pub struct DigestForm {
    pub digest: Option<String>,
    pub digest_hour: u8,
}

pub async fn digest(
    State(state): State<AppState>,
    who: Signed,
    Form(f): Form<DigestForm>,
) -> Result<Response, Failure> {
    let change = SettingsChange {
        digest: Some(f.digest.is_some()),
        digest_hour: Some(f.digest_hour),
        ..SettingsChange::default()
    };
    match state.app.update_settings(who.0.account(), change, who.lang()).await {
        Ok(_) => Ok(done("/settings", "saved")),
        Err(e) => refused(&state, &who, e).await,
    }
}

pub async fn digest_test(State(state): State<AppState>, who: Signed, headers: HeaderMap) -> Result<Response, Failure> {
    let base = super::calendar::origin(&state, &headers);
    state.app.send_test_digest(who.0.account(), chrono::Utc::now(), &base).await.or_fail(&who)?;
    Ok(done("/settings", "digest_test"))
}

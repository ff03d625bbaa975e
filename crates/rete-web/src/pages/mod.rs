//! The pages, rendered on the server in the visitor's language. No inline
//! script or style (the CSP forbids both): one stylesheet and one small
//! script served by the binary itself; every page works without the
//! script, which only adds conveniences (copying a draft, searching as
//! you type, the offline page).
//!
//! Handlers are thin, as in the API: they take a [`Signed`] visitor (or
//! send them to sign in), call rete-app, and render. A form that fails is
//! shown again with what was typed and the error next to it; an action
//! that fails says why on a page of its own, with the right status.

mod audit;
pub mod calendar;
mod charts;
mod communities;
mod events;
mod followups;
mod home;
mod import;
mod layout;
mod ledger;
mod log;
mod login;
mod network;
mod people;
mod person;
mod settings;
mod statics;
mod today;

use crate::auth::{Auth, Visitor};
use crate::error::status_for;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use layout::{app_page, Section};
use maud::{html, Markup};
use rete_app::AppError;
use rete_core::Lang;
use rete_i18n::t;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/login", get(login::form).post(login::submit))
        .route("/login/link/{secret}", get(login::link))
        .route("/register", get(login::register_form).post(login::register))
        .route("/logout", post(login::logout))
        .route("/today", get(today::page))
        .route("/today/done", post(today::done))
        .route("/today/snooze", post(today::snooze))
        .route("/log", get(log::form).post(log::submit))
        .route("/people", get(people::list).post(people::create))
        .route("/people/new", get(people::new_form))
        .route("/people/names", get(log::names_list))
        .route("/people/{id}", get(person::show))
        .route("/people/{id}/edit", get(people::edit_form).post(people::edit))
        .route("/people/{id}/draft", get(person::draft))
        .route("/people/{id}/exchange", post(person::exchange))
        .route("/people/{id}/followup", post(person::followup))
        .route("/people/{id}/milestone", post(person::milestone))
        .route("/people/{id}/archive", post(person::archive))
        .route("/people/{id}/delete", get(person::delete_form).post(person::delete))
        .route("/people/{id}/merge", get(person::merge_form).post(person::merge))
        .route("/followups", get(followups::page))
        .route("/followups/{id}/done", post(followups::done))
        .route("/followups/{id}/snooze", post(followups::snooze))
        .route("/ledger", get(ledger::page))
        .route("/ledger/{id}/thank", post(ledger::thank))
        .route("/more", get(home::more))
        .route("/events", get(events::list).post(events::create))
        .route("/events/{id}", get(events::show))
        .route("/events/{id}/attend", post(events::attend))
        .route("/events/{id}/debrief", post(events::debrief))
        .route("/communities", get(communities::list).post(communities::found))
        .route("/communities/{id}", get(communities::show))
        .route("/communities/{id}/profile", post(communities::save_profile))
        .route("/communities/{id}/invite", post(communities::invite))
        .route("/communities/{id}/members/{member}/remove", post(communities::remove))
        .route("/communities/{id}/leave", post(communities::leave))
        .route("/join/{token}", get(communities::join_page).post(communities::join))
        .route("/network", get(network::page))
        .route(
            "/import",
            get(import::form_page)
                .post(import::upload)
                .layer(axum::extract::DefaultBodyLimit::max(crate::security::BODY_LIMIT)),
        )
        .route("/audit", get(audit::page))
        .route("/audit/plan", post(audit::plan))
        .route("/audit/plan.md", post(audit::plan_markdown))
        .route("/settings", get(settings::page).post(settings::save))
        .route("/settings/calendar", post(settings::calendar))
        .route("/settings/digest", post(settings::digest))
        .route("/settings/digest/test", post(settings::digest_test))
        .route("/unsubscribe/{secret}", get(home::unsubscribe_form).post(home::unsubscribe))
        .route("/settings/password", post(settings::password))
        .route("/settings/tokens", post(settings::create_token))
        .route("/settings/tokens/{id}/revoke", post(settings::revoke_token))
        .route("/settings/sessions/end", post(settings::end_sessions))
        .route("/settings/delete", post(settings::delete_account))
        .route("/cal/{file}", get(calendar::feed))
        .merge(statics::router())
        .route("/healthz", get(|| async { "ok" }))
        .fallback(home::not_found)
}

/// A signed-in visitor of a page; anyone else is sent to sign in.
#[derive(Debug, Clone)]
pub struct Signed(pub Auth);

impl Signed {
    pub fn lang(&self) -> Lang {
        self.0.lang()
    }

    pub fn l(&self) -> &'static str {
        self.0.lang().as_str()
    }
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = Redirect;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let visitor = match Visitor::from_request_parts(parts, state).await {
            Ok(v) => v,
            Err(never) => match never {},
        };
        visitor.auth.map(Signed).ok_or_else(|| Redirect::to("/login"))
    }
}

/// An action that failed, shown as a page that says why.
#[derive(Debug)]
pub struct Failure {
    lang: Lang,
    error: AppError,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        if !self.error.is_user_error() {
            tracing::error!(error = %self.error, "a page failed");
        }
        let l = self.lang.as_str();
        let body = html! {
            section class="card" {
                h1 { (t!("page.failed", locale = l)) }
                p class="error" role="alert" { (self.error.message(self.lang)) }
                p { a href="/today" { (t!("page.back_today", locale = l)) } }
            }
        };
        let title = t!("page.failed", locale = l);
        (status_for(&self.error), Html(app_page(self.lang, &title, Section::None, body).into_string())).into_response()
    }
}

/// `?` for pages: an [`AppError`] becomes a [`Failure`] in `lang`.
pub trait OrFail<T> {
    fn or_fail(self, who: &Signed) -> Result<T, Failure>;
}

impl<T> OrFail<T> for Result<T, AppError> {
    fn or_fail(self, who: &Signed) -> Result<T, Failure> {
        self.map_err(|error| Failure { lang: who.lang(), error })
    }
}

/// A rendered page as a response.
pub fn html_page(markup: Markup) -> Response {
    Html(markup.into_string()).into_response()
}

/// After a form that worked: back to `to`, with `note` (a message key
/// of `notice.*`, never free text) said at the top of the page.
pub fn done(to: &str, note: &str) -> Response {
    let sep = if to.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{to}{sep}ok={note}")).into_response()
}

/// The notice a page shows after [`done`]: only known keys are said.
pub fn notice(ok: Option<&str>, l: &str) -> Markup {
    const KNOWN: [&str; 20] = [
        "done",
        "snoozed",
        "logged",
        "added",
        "saved",
        "archived",
        "deleted",
        "merged",
        "thanked",
        "recorded",
        "followup",
        "milestone",
        "calendar",
        "password",
        "token_revoked",
        "sessions_ended",
        "digest_test",
        "joined",
        "left",
        "removed",
    ];
    match ok.filter(|k| KNOWN.contains(k)) {
        Some(key) => html! { p class="notice" role="status" { (t!(format!("notice.{key}"), locale = l)) } },
        None => html! {},
    }
}

/// A date as people read it: "9 marzo", with the year when it is not
/// this year's.
pub fn day(d: chrono::NaiveDate, who: &Signed) -> String {
    rete_core::reason::in_sentence(d, who.0.caller.today, who.lang())
}

/// Everyone's name by id, for lists that name people (follow-ups, the
/// ledger). Read a page at a time through the cached people list.
pub async fn names(
    state: &AppState,
    who: &Signed,
) -> Result<std::collections::HashMap<rete_core::PersonId, String>, Failure> {
    let mut out = std::collections::HashMap::new();
    let mut cursor = None;
    loop {
        let query = rete_app::people::PeopleQuery { limit: Some(500), cursor, ..Default::default() };
        let page = state.app.people(&who.0.caller, &query).await.or_fail(who)?;
        out.extend(page.items.iter().map(|p| (p.id, p.name.clone())));
        match &page.next_cursor {
            Some(c) => cursor = Some(c.clone()),
            None => return Ok(out),
        }
    }
}

/// A month key (`YYYY-MM`) as a chart or a list labels it: "mar", "Mar".
pub fn month_short(key: &str, lang: Lang) -> String {
    let month: u32 = key.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    rete_core::reason::term("month", &month.to_string(), lang).chars().take(3).collect()
}

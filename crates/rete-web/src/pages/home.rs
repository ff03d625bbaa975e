//! `/`: Today for a signed-in visitor, the sign-in form for anyone else;
//! and the page for an address that does not exist.

use super::layout::page;
use crate::auth::Visitor;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::html;
use rete_i18n::t;

pub async fn home(visitor: Visitor) -> Response {
    match visitor.auth {
        Some(_) => Redirect::to("/today").into_response(),
        None => Redirect::to("/login").into_response(),
    }
}

/// Everything that is not a tab: the audit, settings (and, as they come,
/// the network picture, imports and events).
pub async fn more(who: super::Signed) -> Response {
    let l = who.l();
    let entries = [
        ("/communities", "more.communities", "more.communities_why"),
        ("/events", "more.events", "more.events_why"),
        ("/import", "more.import", "more.import_why"),
        ("/network", "more.network", "more.network_why"),
        ("/audit", "more.audit", "more.audit_why"),
        ("/settings", "more.settings", "more.settings_why"),
    ];
    let body = html! {
        h1 { (t!("nav.more", locale = l)) }
        ul class="more" {
            @for (href, title, why) in entries {
                li class="card" { a href=(href) { (t!(title, locale = l)) } p class="muted" { (t!(why, locale = l)) } }
            }
        }
    };
    super::html_page(super::layout::app_page(
        who.lang(),
        &t!("nav.more", locale = l),
        super::layout::Section::More,
        body,
    ))
}

/// The digest's unsubscribe link: a page that asks (mail programs open
/// links to look at them), then one button.
pub async fn unsubscribe_form(visitor: Visitor, axum::extract::Path(secret): axum::extract::Path<String>) -> Response {
    let l = visitor.lang.as_str();
    let body = html! {
        section class="card narrow" {
            h1 { (t!("unsubscribe.title", locale = l)) }
            p { (t!("unsubscribe.ask", locale = l)) }
            form method="post" action={ "/unsubscribe/" (secret) } class="stack" {
                button type="submit" class="primary" { (t!("unsubscribe.confirm", locale = l)) }
            }
        }
    };
    Html(page(visitor.lang, &t!("unsubscribe.title", locale = l), false, body).into_string()).into_response()
}

pub async fn unsubscribe(
    axum::extract::State(state): axum::extract::State<crate::AppState>,
    visitor: Visitor,
    axum::extract::Path(secret): axum::extract::Path<String>,
) -> Response {
    let l = visitor.lang.as_str();
    let (status, text) = match state.app.unsubscribe(&secret).await {
        Ok(Some(_)) => (StatusCode::OK, t!("unsubscribe.done", locale = l)),
        Ok(None) => (StatusCode::NOT_FOUND, t!("unsubscribe.unknown", locale = l)),
        Err(e) => (crate::error::status_for(&e), std::borrow::Cow::Owned(e.message(visitor.lang))),
    };
    let body = html! { section class="card narrow" { h1 { (t!("unsubscribe.title", locale = l)) } p role="status" { (text) } } };
    (status, Html(page(visitor.lang, &t!("unsubscribe.title", locale = l), false, body).into_string())).into_response()
}

pub async fn not_found(visitor: Visitor) -> Response {
    let l = visitor.lang.as_str();
    let body = html! { section class="card narrow" { h1 { "404" } p { (t!("page.not_found", locale = l)) } a href="/" { "rete" } } };
    (StatusCode::NOT_FOUND, Html(page(visitor.lang, "404", visitor.auth.is_some(), body).into_string())).into_response()
}

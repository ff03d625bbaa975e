//! The signed-in home: today's actions with their reasons, and how many
//! people you keep. The full Today page comes with the Keep pages.

use super::layout::page;
use crate::auth::Visitor;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::html;
use rust_i18n::t;

pub async fn home(State(state): State<AppState>, visitor: Visitor) -> Response {
    let Some(auth) = visitor.auth else {
        return Redirect::to("/login").into_response();
    };
    let l = auth.lang().as_str();
    let name = match state.app.user(auth.account()).await {
        Ok(u) => u.name,
        Err(_) => "rete".to_string(),
    };
    let caller = auth.caller;
    let items = match state.app.agenda(&caller, caller.today).await {
        Ok(items) => items,
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.message(caller.lang)).into_response(),
    };
    let people = state.app.people_count(&caller).await.unwrap_or(0);
    let body = html! {
        h1 id="hello" { (t!("page.hello", locale = l, name = name)) }
        p class="muted" { (t!("page.people_count", locale = l, count = people)) }
        section class="card" {
            h2 { (t!("page.today", locale = l)) }
            @if items.is_empty() {
                p { (t!("page.nothing_today", locale = l)) }
            } @else {
                ol class="agenda" {
                    @for item in items.iter().take(20) {
                        li {
                            span class="badge action" { (rete_core::reason::term("action", item.kind, caller.lang)) }
                            " "
                            strong { (item.person.name) }
                            @if item.overdue { " " span class="badge late" { (t!("page.overdue", locale = l)) } }
                            p { (item.reason) }
                        }
                    }
                }
            }
        }
    };
    Html(page(caller.lang, &t!("page.today", locale = l), true, body).into_string()).into_response()
}

pub async fn not_found(visitor: Visitor) -> Response {
    let l = visitor.lang.as_str();
    let body = html! { section class="card narrow" { h1 { "404" } p { (t!("page.not_found", locale = l)) } a href="/" { "rete" } } };
    (StatusCode::NOT_FOUND, Html(page(visitor.lang, "404", visitor.auth.is_some(), body).into_string())).into_response()
}

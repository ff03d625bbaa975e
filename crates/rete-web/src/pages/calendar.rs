//! The secret calendar link: `/cal/TOKEN.ics` answers the agenda as the
//! iCalendar feed of `rete calendar`, so Google, Apple and Thunderbird
//! calendars can subscribe. The token is the only proof (a calendar app
//! sends no cookie); a new link replaces it, and the old one answers 404.

use crate::auth::{caller, Who};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use rete_app::calendar::FeedOptions;

/// The address to subscribe to: the public URL when configured, else the
/// host the browser used.
pub fn link_url(state: &AppState, headers: &HeaderMap, secret: &str) -> String {
    format!("{}/cal/{secret}.ics", origin(state, headers))
}

/// Where this server is reached: the public URL, else the browser's host.
pub fn origin(state: &AppState, headers: &HeaderMap) -> String {
    match state.config.origin() {
        Some(o) => o.to_string(),
        None => {
            let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1:7878");
            format!("{}://{host}", if state.config.https() { "https" } else { "http" })
        }
    }
}

pub async fn feed(State(state): State<AppState>, headers: HeaderMap, Path(file): Path<String>) -> Response {
    let Some(secret) = file.strip_suffix(".ics").filter(|s| s.starts_with("cal_")) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let owner: Option<Who> = match state.app.calendar_owner(secret).await {
        Ok(o) => o,
        Err(e) => {
            tracing::error!(error = %e, "reading a calendar link failed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let Some(who) = owner else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let lang = crate::lang::parse(who.lang.as_deref()).unwrap_or(state.config.default_lang);
    let caller = caller(&state, &who, lang, &Method::GET);
    let followups_at = format!("{}/followups", origin(&state, &headers));
    let options = FeedOptions { followups_at: Some(&followups_at), ..FeedOptions::default() };
    match state.app.calendar_feed(&caller, &options).await {
        Ok(ics) => ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], ics).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "the calendar feed failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

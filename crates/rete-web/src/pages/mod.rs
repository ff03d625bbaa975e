//! The pages: sign-in, registration and the signed-in home, rendered on
//! the server in the visitor's language. No inline script or style (the
//! CSP forbids both): one stylesheet served by the binary itself.

mod home;
mod layout;
mod login;

use crate::AppState;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;

const STYLESHEET: &str = include_str!("../../static/rete.css");

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/login", get(login::form).post(login::submit))
        .route("/login/link/{secret}", get(login::link))
        .route("/register", get(login::register_form).post(login::register))
        .route("/logout", post(login::logout))
        .route("/static/rete.css", get(stylesheet))
        .route("/healthz", get(|| async { "ok" }))
        .fallback(home::not_found)
}

async fn stylesheet() -> impl IntoResponse {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")],
        STYLESHEET,
    )
}

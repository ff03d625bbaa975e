//! The files the binary serves itself (no CDN): the stylesheet, the one
//! script, the service worker, the icon, the web app manifest, and the
//! page the service worker shows when the network is gone.

use super::layout::page;
use crate::auth::Visitor;
use crate::AppState;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::{get, MethodRouter};
use axum::Router;
use maud::html;
use rete_i18n::t;
use std::sync::LazyLock;

const STYLESHEET: &str = include_str!("../../static/rete.css");
const SCRIPT: &str = include_str!("../../static/rete.js");
const WORKER: &str = include_str!("../../static/sw.js");
const ICON: &str = include_str!("../../static/icon.svg");
/// htmx 2.0.4 from the npm registry (`htmx.org`, Zero-Clause BSD, see
/// static/LICENSE-htmx.txt), pinned by its version in the file name and
/// its content in the URL's hash.
const HTMX: &str = include_str!("../../static/htmx-2.0.4.min.js");

/// A year: the pages name the files with a hash of their content
/// ([`stylesheet_url`], [`script_url`]), so a new binary's are new URLs.
const CACHED: &str = "public, max-age=31536000, immutable";

/// FNV-1a of a file's bytes, as the version in its URL.
fn version(bytes: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", h >> 32)
}

static STYLESHEET_URL: LazyLock<String> = LazyLock::new(|| format!("/static/rete.css?v={}", version(STYLESHEET)));
static SCRIPT_URL: LazyLock<String> = LazyLock::new(|| format!("/static/rete.js?v={}", version(SCRIPT)));
static HTMX_URL: LazyLock<String> = LazyLock::new(|| format!("/static/htmx.min.js?v={}", version(HTMX)));

pub fn htmx_url() -> &'static str {
    &HTMX_URL
}

pub fn stylesheet_url() -> &'static str {
    &STYLESHEET_URL
}

pub fn script_url() -> &'static str {
    &SCRIPT_URL
}

/// A file of the binary, with its type and caching.
fn file(kind: &'static str, cache: &'static str, body: &'static str) -> MethodRouter<AppState> {
    get(move || async move { ([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, cache)], body) })
}

pub fn router() -> Router<AppState> {
    let js = "text/javascript; charset=utf-8";
    Router::new()
        .route("/static/rete.css", file("text/css; charset=utf-8", CACHED, STYLESHEET))
        .route("/static/rete.js", file(js, CACHED, SCRIPT))
        .route("/static/htmx.min.js", file(js, CACHED, HTMX))
        .route("/static/icon.svg", file("image/svg+xml", CACHED, ICON))
        // The worker is fetched fresh, so a new binary's takes over.
        .route("/sw.js", file(js, "no-cache", WORKER))
        .route("/manifest.webmanifest", get(manifest))
        .route("/offline", get(offline))
}

async fn manifest(visitor: Visitor) -> impl IntoResponse {
    let l = visitor.lang.as_str();
    let body = serde_json::json!({
        "name": "rete",
        "short_name": "rete",
        "description": t!("page.tagline", locale = l),
        "lang": l,
        "start_url": "/today",
        "scope": "/",
        "display": "standalone",
        "background_color": "#f6f7f9",
        "theme_color": "#1f6f5c",
        "icons": [{ "src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" }]
    });
    ([(header::CONTENT_TYPE, "application/manifest+json"), (header::CACHE_CONTROL, CACHED)], body.to_string())
}

async fn offline(visitor: Visitor) -> impl IntoResponse {
    let l = visitor.lang.as_str();
    let body = html! {
        section class="card narrow" {
            h1 { (t!("page.offline_title", locale = l)) }
            p { (t!("page.offline", locale = l)) }
            p { a class="button" href="/today" { (t!("page.retry", locale = l)) } }
        }
    };
    Html(page(visitor.lang, &t!("page.offline_title", locale = l), false, body).into_string())
}

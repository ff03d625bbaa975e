//! The layers around every route: security headers (a strict CSP, no
//! framing, no sniffing, no caching of private pages), the cross-site
//! request check, request ids, body limits, timeouts, panics as 500s, and
//! the API's error bodies in the caller's language.
//!
//! Cross-site requests are refused the way Go 1.25's CrossOriginProtection
//! does, without tokens: a state-changing request from a browser carries
//! `Sec-Fetch-Site` (or at least `Origin`), and unless it says the request
//! came from this site it is answered 403. Requests with a bearer token
//! are exempt (a browser never attaches one by itself), and so are
//! clients that send neither header (curl, scripts), which no browser is.

use crate::{auth, error, AppState};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// The largest request body: uploads of address books are the largest
/// thing rete takes (20 MiB); JSON routes stop far earlier, at
/// [`JSON_LIMIT`], inside their extractor.
pub const BODY_LIMIT: usize = 20 * 1024 * 1024;
pub const JSON_LIMIT: usize = 256 * 1024;

pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

pub fn layers(router: Router, state: AppState) -> Router {
    let x_request_id = HeaderName::from_static("x-request-id");
    let headers: [(HeaderName, &'static str); 8] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=(), payment=()"),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        (HeaderName::from_static("cross-origin-resource-policy"), "same-origin"),
        // Private by default; static files set their own long caching.
        (header::CACHE_CONTROL, "no-store"),
    ];
    let mut router = router
        .layer(middleware::from_fn(error::render))
        .layer(middleware::from_fn_with_state(state, cross_site_check))
        .layer(axum::extract::DefaultBodyLimit::max(JSON_LIMIT))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(30)))
        .layer(CatchPanicLayer::new());
    for (name, value) in headers {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value)));
    }
    router
        .layer(middleware::from_fn(log_request))
        .layer(PropagateRequestIdLayer::new(x_request_id.clone()))
        .layer(SetRequestIdLayer::new(x_request_id, MakeRequestUuid))
}

/// One line per request: method, the route's template (never the raw
/// path, which can hold a login link's secret), status, duration and
/// request id. No header, cookie or body is logged.
async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "(unmatched)".to_string());
    let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        %method, route, status = response.status().as_u16(), ms = started.elapsed().as_millis() as u64, request_id = id,
        "request"
    );
    response
}

/// Whether a state-changing request may proceed.
pub fn same_site(headers: &HeaderMap, method: &Method, host_origin: Option<&str>, public: Option<&str>) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) || auth::has_bearer(headers) {
        return true;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => public.is_some_and(|p| p == origin) || host_origin.is_some_and(|h| h == origin),
    }
}

async fn cross_site_check(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let host_origin = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| format!("{}://{h}", if state.config.https() { "https" } else { "http" }));
    if !same_site(request.headers(), request.method(), host_origin.as_deref(), state.config.origin()) {
        tracing::warn!(method = %request.method(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn cross_site_posts_are_refused_and_the_rest_pass() {
        let post = Method::POST;
        let host = Some("http://127.0.0.1:7878");
        assert!(!same_site(&headers(&[("sec-fetch-site", "cross-site")]), &post, host, None));
        assert!(!same_site(&headers(&[("sec-fetch-site", "same-site")]), &post, host, None));
        assert!(same_site(&headers(&[("sec-fetch-site", "same-origin")]), &post, host, None));
        assert!(!same_site(&headers(&[("origin", "https://evil.example")]), &post, host, None));
        assert!(same_site(&headers(&[("origin", "http://127.0.0.1:7878")]), &post, host, None));
        assert!(same_site(&headers(&[]), &post, host, None), "a script without browser headers");
        assert!(same_site(&headers(&[("sec-fetch-site", "cross-site")]), &Method::GET, host, None));
        let bearer = headers(&[("sec-fetch-site", "cross-site"), ("authorization", "Bearer rete_x")]);
        assert!(same_site(&bearer, &post, host, None));
    }
}

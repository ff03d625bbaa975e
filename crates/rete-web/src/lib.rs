//! rete's server: the JSON API under `/api/v1`, the pages, sign-in and
//! sessions. Handlers are thin: they extract, call rete-app, and render or
//! serialise; every rule lives in rete-app. [`app`] builds the router for
//! a state, [`serve`] runs it until Ctrl-C or SIGTERM, letting requests in
//! flight finish.

rete_i18n::catalog!();

pub mod api;
pub mod auth;
pub mod config;
pub mod error;
pub mod lang;
pub mod pages;
pub mod security;

pub use config::ServerConfig;

use axum::Router;
use rete_app::App;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// What every handler reads: the application and the server's settings.
#[derive(Debug, Clone)]
pub struct AppState {
    pub app: App,
    pub config: Arc<ServerConfig>,
}

impl AppState {
    pub fn new(app: App, config: ServerConfig) -> AppState {
        AppState { app, config: Arc::new(config) }
    }

    /// Now, in Unix seconds.
    pub fn now(&self) -> i64 {
        chrono::Utc::now().timestamp()
    }

    /// The day the agenda is computed for, on the server's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.today_in(None)
    }

    /// The day it is in a user's time zone (the configured day in tests).
    pub fn today_in(&self, time_zone: Option<&str>) -> chrono::NaiveDate {
        self.config.today.unwrap_or_else(|| rete_app::settings::today_in(time_zone))
    }
}

/// The whole application: pages, API and static files, with the security
/// layers around them.
pub fn app(state: AppState) -> Router {
    let (api, _) = api::router().split_for_parts();
    let router =
        Router::new().merge(pages::router()).nest("/api/v1", api.merge(api::docs_router())).with_state(state.clone());
    security::layers(router, state)
}

/// Serves `state` on `listener` until Ctrl-C or SIGTERM; requests in
/// flight finish first. Expired sessions are cleaned every hour.
pub async fn serve(listener: TcpListener, state: AppState) -> anyhow::Result<()> {
    serve_until(listener, state, shutdown_signal()).await
}

/// Serves until `shutdown` completes (tests stop servers this way).
pub async fn serve_until(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let cleaner = tokio::spawn(clean_sessions(state.clone()));
    let base = match state.config.public_url.clone() {
        Some(url) => url,
        None => format!("http://{}", listener.local_addr()?),
    };
    // The daily digest goes out from inside the server: no cron to set up.
    // Every process runs the pass; the claim in the database lets one send.
    let digests = state.app.announcer.can_mail().then(|| tokio::spawn(send_digests(state.clone(), base)));
    let router = app(state);
    let served = axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await;
    cleaner.abort();
    if let Some(d) = digests {
        d.abort();
    }
    Ok(served?)
}

/// Once a minute, the digests whose hour has come (and the retries due).
async fn send_digests(state: AppState, base: String) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    loop {
        tick.tick().await;
        match state.app.digest_pass(chrono::Utc::now(), None, &base).await {
            Ok(p) if p.sent + p.failed > 0 => tracing::info!(sent = p.sent, failed = p.failed, "daily digests"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "the digest pass failed"),
        }
    }
}

async fn clean_sessions(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(3600));
    loop {
        tick.tick().await;
        match state.app.clean_expired(state.now()).await {
            Ok(n) if n > 0 => tracing::info!(sessions = n, "expired sessions removed"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "cleaning expired sessions failed"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

//! `rete serve`: the browser app and the JSON API over the database the
//! CLI uses; `rete account set-password`: the local account's sign-in.

use super::Location;
use crate::cli::{AccountCommand, DigestCommand, ServeArgs};
use crate::context::Ctx;
use crate::failure::bad_input;
use anyhow::Context as _;
use rete_i18n::t;
use rete_web::{AppState, ServerConfig};
use std::io::IsTerminal;
use std::net::SocketAddr;

/// How long the printed sign-in link works.
const LINK_SECS: i64 = 15 * 60;

pub async fn run(ctx: &Ctx, location: &Location, args: ServeArgs) -> anyhow::Result<()> {
    let l = ctx.l();
    let addr_text = args.addr.or_else(|| ctx.server.address.clone()).unwrap_or_else(|| "127.0.0.1:7878".into());
    let addr: SocketAddr =
        addr_text.parse().map_err(|_| bad_input(t!("serve.bad_addr", locale = l, addr = addr_text.as_str())))?;
    let mut config = ServerConfig::from_section(&ctx.server, args.public_url).map_err(|e| bad_input(e.to_string()))?;
    config.default_lang = ctx.lang;
    config.today = std::env::var("RETE_TODAY").ok().filter(|v| !v.is_empty()).map(|_| ctx.today);
    let listener =
        tokio::net::TcpListener::bind(addr).await.with_context(|| t!("serve.cannot_bind", locale = l, addr = addr))?;
    // The address bound (port 0 asks the system for a free one).
    let bound = listener.local_addr().unwrap_or(addr);
    let base = config.public_url.clone().unwrap_or_else(|| format!("http://{bound}"));
    let state = AppState::new(ctx.app(), config);
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
    println!("{}", t!("serve.listening", locale = l, url = base.as_str(), db = location.describe()));
    let has_login = match state.app.user(ctx.account).await {
        Ok(_) => true,
        Err(rete_app::AppError::NotFound { .. }) => false,
        Err(e) => return Err(e.into()),
    };
    if matches!(location, Location::Sqlite { .. }) && !has_login {
        let secret = state.app.create_login_link(ctx.account, state.now(), LINK_SECS).await?;
        println!("{}", t!("serve.link", locale = l, url = format!("{base}/login/link/{secret}")));
    }
    rete_web::serve(listener, state).await
}

pub async fn account(ctx: &Ctx, cmd: AccountCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    match cmd {
        AccountCommand::SetPassword { email, password_stdin } => {
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                line.trim_end_matches(['\r', '\n']).to_string()
            } else if std::io::stdin().is_terminal() {
                rpassword::prompt_password(t!("account.prompt", locale = l).as_ref())?
            } else {
                return Err(bad_input(t!("account.no_terminal", locale = l)));
            };
            let now = chrono::Utc::now().timestamp();
            ctx.app().set_login(ctx.account, &email, &password, ctx.lang, now).await?;
            println!("{}", t!("account.password_set", locale = l, email = email.trim().to_lowercase()));
            Ok(())
        }
    }
}

/// Where the links of a digest point: the configured public URL, else the
/// default local address.
fn digest_base(ctx: &Ctx) -> String {
    ctx.server
        .public_url
        .clone()
        .map(|u| u.trim_end_matches('/').to_string())
        .unwrap_or_else(|| format!("http://{}", ctx.server.address.clone().unwrap_or_else(|| "127.0.0.1:7878".into())))
}

pub async fn digest(ctx: &Ctx, cmd: DigestCommand) -> anyhow::Result<()> {
    let l = ctx.l();
    let app = ctx.app();
    match cmd {
        DigestCommand::Run { date } => {
            if ctx.smtp.is_none() {
                return Err(bad_input(t!("digest.no_smtp", locale = l)));
            }
            let date = match date {
                Some(d) => Some(ctx.date("date", &d, rete_core::DateRule::Planned)?),
                None => None,
            };
            let pass = app.digest_pass(chrono::Utc::now(), date, &digest_base(ctx)).await?;
            println!("{}", t!("digest.sent", locale = l, sent = pass.sent, failed = pass.failed));
            if pass.failed > 0 {
                return Err(anyhow::anyhow!(t!("digest.some_failed", locale = l, failed = pass.failed)));
            }
            Ok(())
        }
        DigestCommand::On { hour, time_zone } => {
            let change = rete_app::settings::SettingsChange {
                digest: Some(true),
                digest_hour: Some(hour),
                time_zone,
                ..Default::default()
            };
            let settings = match app.update_settings(ctx.account, change, ctx.lang).await {
                Err(rete_app::AppError::NotFound { .. }) => return Err(bad_input(t!("digest.no_login", locale = l))),
                other => other?,
            };
            let zone = settings.time_zone.unwrap_or_else(|| "-".into());
            println!("{}", t!("digest.on", locale = l, hour = settings.digest_hour, zone = zone));
            Ok(())
        }
        DigestCommand::Off => {
            let change = rete_app::settings::SettingsChange { digest: Some(false), ..Default::default() };
            match app.update_settings(ctx.account, change, ctx.lang).await {
                Err(rete_app::AppError::NotFound { .. }) => return Err(bad_input(t!("digest.no_login", locale = l))),
                other => other?,
            };
            println!("{}", t!("digest.off", locale = l));
            Ok(())
        }
        DigestCommand::Log { json } => {
            let log = app.digest_log(ctx.account).await?;
            if json {
                return crate::output::json(&log);
            }
            for d in &log {
                let error = d.error.as_deref().map(|e| format!(" ({e})")).unwrap_or_default();
                println!("{}  {}  {}  {}{error}", d.local_date, d.kind, d.status, d.attempts);
            }
            Ok(())
        }
    }
}

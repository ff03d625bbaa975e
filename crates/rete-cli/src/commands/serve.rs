//! `rete serve`: the browser app and the JSON API over the database the
//! CLI uses; `rete account set-password`: the local account's sign-in.

use super::Location;
use crate::cli::{AccountCommand, ServeArgs};
use crate::context::Ctx;
use crate::failure::bad_input;
use anyhow::Context as _;
use rete_web::{AppState, ServerConfig};
use rust_i18n::t;
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
    if matches!(location, Location::Sqlite { .. }) && ctx.store.user(ctx.account).await?.is_none() {
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

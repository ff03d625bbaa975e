//! Sending announcements: e-mail through the configured SMTP relay and
//! Slack-compatible incoming webhooks (Slack and Mattermost both accept a
//! JSON body with a `text` field). Both are blocking clients run off the
//! async runtime; each failure names the recipient so the organiser knows
//! whom to tell by hand.

use crate::config::{SmtpConfig, SmtpSecurity};
use anyhow::Context as _;
use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

/// One e-mail to send.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
}

fn transport(cfg: &SmtpConfig) -> anyhow::Result<SmtpTransport> {
    let builder = match cfg.security {
        SmtpSecurity::Starttls => SmtpTransport::starttls_relay(&cfg.host)?.port(cfg.port.unwrap_or(587)),
        SmtpSecurity::Tls => SmtpTransport::relay(&cfg.host)?.port(cfg.port.unwrap_or(465)),
        SmtpSecurity::None => SmtpTransport::builder_dangerous(&cfg.host).port(cfg.port.unwrap_or(25)),
    };
    let builder = match (&cfg.username, &cfg.password_env) {
        (Some(user), Some(var)) => {
            let password = std::env::var(var).with_context(|| format!("smtp.password_env: {var} is not set"))?;
            builder.credentials(Credentials::new(user.clone(), password))
        }
        _ => builder,
    };
    Ok(builder.timeout(Some(std::time::Duration::from_secs(20))).build())
}

/// Sends every mail over one connection pool; returns, per mail, the error if it failed.
pub async fn send_mails(cfg: &SmtpConfig, mails: Vec<Mail>) -> anyhow::Result<Vec<Option<String>>> {
    let cfg = cfg.clone();
    tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<Option<String>>> {
        let from: Mailbox = cfg.from.parse().with_context(|| format!("smtp.from: '{}' is not an address", cfg.from))?;
        let transport = transport(&cfg)?;
        Ok(mails
            .into_iter()
            .map(|m| {
                let mut builder =
                    Message::builder().from(from.clone()).subject(m.subject).header(ContentType::TEXT_PLAIN);
                for to in &m.to {
                    match to.parse::<Mailbox>() {
                        Ok(mb) => builder = builder.to(mb),
                        Err(e) => return Some(format!("{to}: {e}")),
                    }
                }
                let message = match builder.body(m.body) {
                    Ok(message) => message,
                    Err(e) => return Some(e.to_string()),
                };
                transport.send(&message).err().map(|e| format!("{}: {e}", m.to.join(", ")))
            })
            .collect())
    })
    .await?
}

/// Posts `text` to an incoming webhook.
pub async fn post_webhook(url: &str, text: String) -> anyhow::Result<()> {
    let url = url.to_string();
    let body = serde_json::json!({ "text": text }).to_string();
    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let agent: ureq::Agent =
            ureq::Agent::config_builder().timeout_global(Some(std::time::Duration::from_secs(20))).build().into();
        agent
            .post(&url)
            .header("Content-Type", "application/json")
            .send(body.as_bytes())
            .with_context(|| format!("webhook {}", redact(&url)))?;
        Ok(())
    })
    .await?
}

/// A webhook URL's secret is its path: messages show the host only.
fn redact(url: &str) -> String {
    match url.find("://").map(|s| s + 3) {
        Some(start) => {
            let host_end = url[start..].find('/').map_or(url.len(), |i| start + i);
            format!("{}/…", &url[..host_end])
        }
        None => "…".to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn webhook_secrets_stay_out_of_messages() {
        assert_eq!(super::redact("https://hooks.slack.com/services/T0/B0/XyZ"), "https://hooks.slack.com/…");
    }
}

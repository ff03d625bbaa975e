//! Announcements: e-mail through an SMTP relay and Slack-compatible
//! incoming webhooks (Slack and Mattermost both accept a JSON body with a
//! `text` field), behind [`Announcer`] so the CLI, the server and the
//! tests share one path. [`Relay`] is the real one: lettre and ureq,
//! blocking clients run off the async workers. Each failure names the
//! recipient, so the organiser knows whom to tell by hand; a webhook's
//! secret path never appears in a message.

use async_trait::async_trait;
use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use serde::Deserialize;

/// One e-mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
}

/// The SMTP relay (`[smtp]` in config.toml). The password is read from the
/// environment variable named by `password_env`, so it never sits in the
/// config file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: Option<u16>,
    /// The sender, e.g. "Club Milano <pairing@club.example>".
    pub from: String,
    pub username: Option<String>,
    pub password_env: Option<String>,
    /// `starttls` (default, port 587), `tls` (port 465) or `none` (a local relay only).
    #[serde(default)]
    pub security: SmtpSecurity,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    #[default]
    Starttls,
    Tls,
    None,
}

/// Where announcements go.
#[async_trait]
pub trait Announcer: Send + Sync + std::fmt::Debug {
    /// Whether e-mail can be sent at all (a relay is configured).
    fn can_mail(&self) -> bool;
    /// Sends every mail; per mail, why it failed, if it did. `Err` when no
    /// mail could be tried (the relay is misconfigured).
    async fn send_mails(&self, mails: Vec<Mail>) -> Result<Vec<Option<String>>, String>;
    /// Posts `text` to an incoming webhook.
    async fn post_webhook(&self, url: &str, text: String) -> Result<(), String>;
}

/// The real announcer: the configured SMTP relay (if any) and HTTP(S)
/// webhooks.
#[derive(Debug, Clone, Default)]
pub struct Relay {
    pub smtp: Option<SmtpConfig>,
}

impl Relay {
    pub fn new(smtp: Option<SmtpConfig>) -> Relay {
        Relay { smtp }
    }
}

fn transport(cfg: &SmtpConfig) -> Result<SmtpTransport, String> {
    let builder = match cfg.security {
        SmtpSecurity::Starttls => {
            SmtpTransport::starttls_relay(&cfg.host).map_err(|e| e.to_string())?.port(cfg.port.unwrap_or(587))
        }
        SmtpSecurity::Tls => SmtpTransport::relay(&cfg.host).map_err(|e| e.to_string())?.port(cfg.port.unwrap_or(465)),
        SmtpSecurity::None => SmtpTransport::builder_dangerous(&cfg.host).port(cfg.port.unwrap_or(25)),
    };
    let builder = match (&cfg.username, &cfg.password_env) {
        (Some(user), Some(var)) => {
            let password = std::env::var(var).map_err(|_| format!("smtp.password_env: {var} is not set"))?;
            builder.credentials(Credentials::new(user.clone(), password))
        }
        _ => builder,
    };
    Ok(builder.timeout(Some(std::time::Duration::from_secs(20))).build())
}

/// A webhook URL's secret is its path: messages show the host only.
pub fn redact(url: &str) -> String {
    match url.find("://").map(|s| s + 3) {
        Some(start) => {
            let host_end = url[start..].find('/').map_or(url.len(), |i| start + i);
            format!("{}/…", &url[..host_end])
        }
        None => "…".to_string(),
    }
}

#[async_trait]
impl Announcer for Relay {
    fn can_mail(&self) -> bool {
        self.smtp.is_some()
    }

    async fn send_mails(&self, mails: Vec<Mail>) -> Result<Vec<Option<String>>, String> {
        let Some(cfg) = self.smtp.clone() else {
            return Err("no [smtp] relay is configured".into());
        };
        tokio::task::spawn_blocking(move || -> Result<Vec<Option<String>>, String> {
            let from: Mailbox =
                cfg.from.parse().map_err(|e| format!("smtp.from: '{}' is not an address: {e}", cfg.from))?;
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
        .await
        .map_err(|e| format!("mail task: {e}"))?
    }

    async fn post_webhook(&self, url: &str, text: String) -> Result<(), String> {
        let url = url.to_string();
        let body = serde_json::json!({ "text": text }).to_string();
        tokio::task::spawn_blocking(move || -> Result<(), String> {
            let agent: ureq::Agent =
                ureq::Agent::config_builder().timeout_global(Some(std::time::Duration::from_secs(20))).build().into();
            agent
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.as_bytes())
                .map(|_| ())
                .map_err(|e| format!("webhook {}: {e}", redact(&url)))
        })
        .await
        .map_err(|e| format!("webhook task: {e}"))?
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn webhook_secrets_stay_out_of_messages() {
        assert_eq!(super::redact("https://hooks.slack.com/services/T0/B0/XyZ"), "https://hooks.slack.com/…");
    }
}

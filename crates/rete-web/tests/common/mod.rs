//! A real server on a real socket for each test: SQLite in a temporary
//! file, or PostgreSQL in a fresh schema of the server named by
//! `RETE_TEST_POSTGRES`. Requests go over HTTP with ureq; nothing is mocked.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod smtp;

/// Each case runs once on SQLite and once on PostgreSQL.
#[allow(unused_macros)]
macro_rules! on_both {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                let dir = tempfile::tempdir().unwrap();
                super::$name(&super::common::sqlite_db(&dir));
            })+
        }
        mod postgres {
            $(#[test]
            fn $name() {
                super::$name(&super::common::postgres_db());
            })+
        }
    };
}

use rete_app::App;
use rete_core::agenda::AgendaRules;
use rete_store::Store;
use rete_web::{AppState, ServerConfig};
use serde_json::Value;
use std::sync::{mpsc, Arc};

#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(std::path::PathBuf),
    Postgres { url: String, schema: String },
}

/// A database for one test (two servers may share it).
pub fn sqlite_db(dir: &tempfile::TempDir) -> Db {
    Db::Sqlite(dir.path().join("rete.db"))
}

pub fn postgres_db() -> Db {
    use rete_store_postgres::testing;
    Db::Postgres { url: testing::server_url(), schema: testing::fresh_schema("rete_w") }
}

async fn open(db: &Db) -> Arc<dyn Store> {
    match db {
        Db::Sqlite(path) => Arc::new(
            rete_store_sqlite::SqliteStore::open(path, rete_store_sqlite::OpenMode::CreateIfMissing).await.unwrap(),
        ),
        Db::Postgres { url, schema } => {
            Arc::new(rete_store_postgres::PostgresStore::connect_in_schema(url, Some(schema)).await.unwrap())
        }
    }
}

/// A running server; dropping it shuts it down.
pub struct Server {
    pub base: String,
    pub store: Arc<dyn Store>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn start(db: &Db) -> Server {
    start_with(db, ServerConfig::default())
}

pub fn start_with(db: &Db, config: ServerConfig) -> Server {
    start_full(db, config, None)
}

/// A server whose mail goes to the SMTP server on `port` (loopback).
pub fn start_mailing(db: &Db, port: u16) -> Server {
    let smtp = rete_app::announce::SmtpConfig {
        host: "127.0.0.1".into(),
        port: Some(port),
        from: "rete <digest@rete.example>".into(),
        username: None,
        password_env: None,
        security: rete_app::announce::SmtpSecurity::None,
    };
    start_full(db, ServerConfig::default(), Some(smtp))
}

fn start_full(db: &Db, config: ServerConfig, smtp: Option<rete_app::announce::SmtpConfig>) -> Server {
    let (ready_tx, ready_rx) = mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let db = db.clone();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        runtime.block_on(async move {
            let store = open(&db).await;
            let relay = std::sync::Arc::new(rete_app::announce::Relay::new(smtp));
            let app = App::new(store.clone(), AgendaRules::default()).with_announcer(relay);
            let state = AppState::new(app, config);
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            ready_tx.send((format!("http://{addr}"), store)).unwrap();
            rete_web::serve_until(listener, state, async move {
                let _ = stop_rx.await;
            })
            .await
            .unwrap();
        });
    });
    let (base, store) = ready_rx.recv().expect("the server did not start");
    Server { base, store, stop: Some(stop_tx), thread: Some(thread) }
}

/// An HTTP answer: status, headers, body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: ureq::http::HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The value of the session cookie this answer sets.
    pub fn session_cookie(&self) -> Option<String> {
        self.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find_map(|c| {
            let first = c.split(';').next()?;
            let value = first.strip_prefix("rete_session=")?;
            (!value.is_empty()).then(|| value.to_string())
        })
    }
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::new_with_config(ureq::config::Config::builder().http_status_as_error(false).max_redirects(0).build())
}

/// A request: method, URL, headers and an optional body.
pub fn call(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&str>) -> Answer {
    let mut req = ureq::http::Request::builder().method(method).uri(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = req.body(body.unwrap_or("").to_string()).unwrap();
    let mut res = agent().run(req).unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let body = res.body_mut().read_to_string().unwrap_or_default();
    Answer { status, headers, body }
}

/// A signed-in API client.
#[derive(Debug, Clone)]
pub struct Client {
    pub base: String,
    pub auth: Vec<(String, String)>,
    pub email: String,
}

impl Client {
    fn headers<'a>(&'a self, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
        let mut h: Vec<(&str, &str)> = self.auth.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        h.extend_from_slice(extra);
        h
    }

    pub fn get(&self, path: &str) -> Answer {
        call("GET", &format!("{}{path}", self.base), &self.headers(&[]), None)
    }

    pub fn send(&self, method: &str, path: &str, body: &Value) -> Answer {
        let text = body.to_string();
        call(
            method,
            &format!("{}{path}", self.base),
            &self.headers(&[("content-type", "application/json")]),
            Some(&text),
        )
    }

    pub fn post(&self, path: &str, body: &Value) -> Answer {
        self.send("POST", path, body)
    }

    /// A request with a body that is not JSON, or none at all.
    pub fn raw(&self, method: &str, path: &str, content_type: Option<&str>, body: Option<&str>) -> Answer {
        let extra: Vec<(&str, &str)> = content_type.map(|t| vec![("content-type", t)]).unwrap_or_default();
        call(method, &format!("{}{path}", self.base), &self.headers(&extra), body)
    }

    /// Posts a form as a browser does (`application/x-www-form-urlencoded`).
    pub fn form(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let body = fields.iter().map(|(k, v)| format!("{k}={}", urlencode(v))).collect::<Vec<_>>().join("&");
        call(
            "POST",
            &format!("{}{path}", self.base),
            &self.headers(&[("content-type", "application/x-www-form-urlencoded")]),
            Some(&body),
        )
    }
}

/// Registers `email` and signs in through the form: a browser's session.
pub fn browser_session(base: &str, email: &str, name: &str) -> Client {
    register(base, email, name);
    let answer = form_login(base, email, PASSWORD, None);
    assert_eq!(answer.status, 303, "{}", answer.body);
    session_client(base, email, &answer.session_cookie().expect("a session cookie"))
}

pub const PASSWORD: &str = "caffè alle otto con Giulia";

/// Registers `email` and returns a client holding a write token.
pub fn register(base: &str, email: &str, name: &str) -> Client {
    let body = serde_json::json!({ "email": email, "password": PASSWORD, "name": name }).to_string();
    let r = call("POST", &format!("{base}/api/v1/auth/register"), &[("content-type", "application/json")], Some(&body));
    assert_eq!(r.status, 201, "{}", r.body);
    token_client(base, email)
}

pub fn token_client(base: &str, email: &str) -> Client {
    let body = serde_json::json!({ "email": email, "password": PASSWORD }).to_string();
    let r = call("POST", &format!("{base}/api/v1/auth/token"), &[("content-type", "application/json")], Some(&body));
    assert_eq!(r.status, 201, "{}", r.body);
    let token = r.json()["token"].as_str().unwrap().to_string();
    Client {
        base: base.to_string(),
        auth: vec![("authorization".into(), format!("Bearer {token}"))],
        email: email.into(),
    }
}

/// Signs in through the login form; returns the session cookie.
pub fn form_login(base: &str, email: &str, password: &str, cookie: Option<&str>) -> Answer {
    let body = format!("email={}&password={}", urlencode(email), urlencode(password));
    let cookie_header = cookie.map(|c| format!("rete_session={c}"));
    let mut headers = vec![("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "same-origin")];
    if let Some(c) = &cookie_header {
        headers.push(("cookie", c.as_str()));
    }
    call("POST", &format!("{base}/login"), &headers, Some(&body))
}

pub fn session_client(base: &str, email: &str, cookie: &str) -> Client {
    Client {
        base: base.to_string(),
        auth: vec![
            ("cookie".into(), format!("rete_session={cookie}")),
            ("sec-fetch-site".into(), "same-origin".into()),
        ],
        email: email.into(),
    }
}

pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

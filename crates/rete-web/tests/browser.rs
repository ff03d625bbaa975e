//! A real headless Chromium (Debian's `chromium` and `chromium-driver`)
//! signs in through the login form, in Italian, at phone width and at
//! desktop width; screenshots land in `target/screenshots/`. In CI the
//! driver is always installed (`.ci/run`); elsewhere the case says loudly
//! that it did not run, and fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use fantoccini::{ClientBuilder, Locator};
use serde_json::json;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn chromedriver() -> Driver {
    let path = std::env::var("RETE_TEST_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    if !std::path::Path::new(&path).exists() {
        assert!(std::env::var_os("CI").is_none(), "chromedriver must be installed in CI ({path})");
        eprintln!("{path} is missing: this browser case is NOT RUN");
        panic!("install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) to run the browser tests");
    }
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(&path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not listen on {port}");
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver { child, url: format!("http://127.0.0.1:{port}") }
}

fn screenshots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_person_signs_in_through_the_form_in_italian() {
    let driver = chromedriver();
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sqlite_db(&dir));
    let client = register(&server.base, "lucia@example.it", "Lucia Ferri");
    let person = client.post("/api/v1/people", &json!({"name": "Marco Rossi", "company": "Acme"})).json()["id"]
        .as_i64()
        .unwrap();
    client.post(
        "/api/v1/interactions",
        &json!({"kind": "meeting", "with": [person], "on": "yesterday", "topics": "export"}),
    );
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": std::env::var("RETE_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.path().display()),
                    "--window-size=390,844", "--lang=it-IT"],
                "prefs": {"intl.accept_languages": "it-IT,it"}
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let browser =
            ClientBuilder::new(connector).capabilities(caps).connect(&driver.url).await.expect("a Chromium session");
        browser.goto(&format!("{}/", server.base)).await.unwrap();
        // Not signed in: the home sends the visitor to the form, in Italian.
        let title = browser.wait().for_element(Locator::Css("h1")).await.unwrap().text().await.unwrap();
        assert_eq!(title, "Accedi a rete");
        std::fs::write(screenshots().join("login-phone.png"), browser.screenshot().await.unwrap()).unwrap();

        browser.find(Locator::Id("email")).await.unwrap().send_keys("lucia@example.it").await.unwrap();
        browser.find(Locator::Id("password")).await.unwrap().send_keys("not her password").await.unwrap();
        browser.find(Locator::Css("button[type=submit]")).await.unwrap().click().await.unwrap();
        let error = browser.wait().for_element(Locator::Id("form-error")).await.unwrap().text().await.unwrap();
        assert_eq!(error, "L'indirizzo e-mail o la password non sono corretti.");
        // The e-mail typed stays in the form.
        let kept = browser.find(Locator::Id("email")).await.unwrap().prop("value").await.unwrap();
        assert_eq!(kept.as_deref(), Some("lucia@example.it"));

        browser.find(Locator::Id("password")).await.unwrap().send_keys(PASSWORD).await.unwrap();
        browser.find(Locator::Css("button[type=submit]")).await.unwrap().click().await.unwrap();
        let hello = browser.wait().for_element(Locator::Id("hello")).await.unwrap().text().await.unwrap();
        assert_eq!(hello, "Ciao, Lucia Ferri");
        let page = browser.source().await.unwrap();
        assert!(page.contains("Marco Rossi"), "today's agenda names yesterday's contact");
        std::fs::write(screenshots().join("home-phone.png"), browser.screenshot().await.unwrap()).unwrap();
        browser.set_window_size(1280, 800).await.unwrap();
        std::fs::write(screenshots().join("home-desktop.png"), browser.screenshot().await.unwrap()).unwrap();

        // Signing out ends the session: the home asks to sign in again.
        browser.find(Locator::Css("header form button")).await.unwrap().click().await.unwrap();
        // Wait for the sign-in form itself: the home's own h1 may still be
        // there, and go stale, while the browser navigates.
        browser.wait().for_element(Locator::Css("form[action='/login'] input#password")).await.unwrap();
        let title = browser.find(Locator::Css("h1")).await.unwrap().text().await.unwrap();
        assert_eq!(title, "Accedi a rete");
        browser.close().await.unwrap();
    });
}

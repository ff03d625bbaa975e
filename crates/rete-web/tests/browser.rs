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

/// A Chromium session at phone size (360 × 800), in Italian, with a
/// profile of its own.
async fn session(driver: &Driver, profile: &tempfile::TempDir) -> fantoccini::Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": std::env::var("RETE_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.path().display()),
                "--window-size=360,800", "--lang=it-IT"],
            "prefs": {"intl.accept_languages": "it-IT,it"}
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector).capabilities(caps).connect(&driver.url).await.expect("a Chromium session")
}

/// axe-core's script, installed from the npm registry by `.ci/run`
/// (`RETE_TEST_AXE`, else `target/npm/node_modules/axe-core/axe.min.js`).
fn axe_source() -> String {
    let path = std::env::var("RETE_TEST_AXE").map(PathBuf::from).unwrap_or_else(|_| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/npm/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core is missing at {} ({e}): `npm install --prefix target/npm axe-core@4` (CI does it)",
            path.display()
        )
    })
}

/// Runs axe-core in the page and fails on any serious or critical
/// violation, naming the rule and the elements.
async fn accessible(browser: &fantoccini::Client, axe: &str, page: &str) {
    browser.execute(&format!("{axe}\n;return true;"), vec![]).await.unwrap();
    let found = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).catch(e => done(null)).then(r => r && done(JSON.stringify(
               r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => ({ id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))));",
            vec![],
        )
        .await
        .unwrap();
    let found = found.as_str().unwrap_or_else(|| panic!("axe-core did not answer on {page}: {found}"));
    assert_eq!(found, "[]", "accessibility violations on {page}");
    // A phone's width without sideways scrolling, and targets a thumb hits
    // (44 px) for every control.
    let layout = browser
        .execute(
            "const wide = document.documentElement.scrollWidth > window.innerWidth + 1;
             const small = Array.from(document.querySelectorAll(
                 'button, select, .chip, .tab, .button, input[type=text], input[type=email], input[type=password], input[type=search], input[type=date], input[type=number]'))
               .filter(e => e.offsetParent !== null && !e.closest('[hidden]'))
               .filter(e => e.getBoundingClientRect().height < 43.5)
               .map(e => e.outerHTML.slice(0, 80));
             return JSON.stringify({ wide, width: document.documentElement.scrollWidth, small });",
            vec![],
        )
        .await
        .unwrap();
    let layout: serde_json::Value = serde_json::from_str(layout.as_str().unwrap()).unwrap();
    assert_eq!(layout["wide"], false, "{page} scrolls sideways: {layout}");
    assert_eq!(layout["small"], json!([]), "{page} has targets under 44 px: {layout}");
}

async fn shot(browser: &fantoccini::Client, name: &str) {
    std::fs::write(screenshots().join(format!("{name}.png")), browser.screenshot().await.unwrap()).unwrap();
}

/// Clicks `css` as a thumb would: scrolled to the middle of the screen
/// first, clear of the tab bar fixed at the bottom of a phone's screen.
async fn click(browser: &fantoccini::Client, css: &str) {
    let element = browser.wait().for_element(Locator::Css(css)).await.unwrap();
    let arg = serde_json::to_value(&element).unwrap();
    browser.execute("arguments[0].scrollIntoView({block: 'center'});", vec![arg]).await.unwrap();
    element.click().await.unwrap();
}

/// The page's text content of `css`.
async fn text_of(browser: &fantoccini::Client, css: &str) -> String {
    browser.wait().for_element(Locator::Css(css)).await.unwrap().text().await.unwrap()
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
        let browser = session(&driver, &profile).await;
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

/// Keep on a phone, in Italian: add a person, log yesterday's meeting,
/// see the thank-you in Today and mark it done, open the draft, record a
/// referral and thank for it, search as you type, make a calendar link
/// that answers a feed; every page passes axe-core, at phone and desktop
/// width.
#[test]
fn keep_on_a_phone_in_the_browser() {
    let driver = chromedriver();
    let axe = axe_source();
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sqlite_db(&dir));
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let browser = session(&driver, &profile).await;
        let base = &server.base;
        // Register through the form, sign out, sign in again.
        browser.goto(&format!("{base}/register")).await.unwrap();
        accessible(&browser, &axe, "register").await;
        browser.find(Locator::Id("name")).await.unwrap().send_keys("Sara Galli").await.unwrap();
        browser.find(Locator::Id("email")).await.unwrap().send_keys("sara@example.it").await.unwrap();
        browser.find(Locator::Id("password")).await.unwrap().send_keys(PASSWORD).await.unwrap();
        click(&browser, "button[type=submit]").await;
        assert_eq!(text_of(&browser, "#hello").await, "Ciao, Sara Galli");
        click(&browser, "header form button").await;
        browser.wait().for_element(Locator::Css("form[action='/login'] input#password")).await.unwrap();
        accessible(&browser, &axe, "login").await;
        browser.find(Locator::Id("email")).await.unwrap().send_keys("sara@example.it").await.unwrap();
        browser.find(Locator::Id("password")).await.unwrap().send_keys(PASSWORD).await.unwrap();
        click(&browser, "button[type=submit]").await;
        assert_eq!(text_of(&browser, "#hello").await, "Ciao, Sara Galli");
        // A new account is shown how to begin.
        assert!(text_of(&browser, "#first-steps").await.contains("LinkedIn"));
        accessible(&browser, &axe, "Today (empty)").await;
        shot(&browser, "today-empty-phone").await;

        // Import LinkedIn's export: first the preview, then the import,
        // with the same files still chosen.
        browser.goto(&format!("{base}/import")).await.unwrap();
        accessible(&browser, &axe, "import").await;
        let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rete-formats/tests/data/linkedin_connections.csv");
        let csv = csv.canonicalize().unwrap();
        browser.find(Locator::Id("files")).await.unwrap().send_keys(&csv.display().to_string()).await.unwrap();
        click(&browser, "button[name=step][value=preview]").await;
        let started = Instant::now();
        while !text_of(&browser, "#import-result").await.contains("Creerebbe") {
            assert!(started.elapsed() < Duration::from_secs(10), "no preview");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let preview = text_of(&browser, "#import-result").await;
        assert!(preview.contains("linkedin_connections.csv"));
        // The rejected row says why in the reader's language.
        assert!(preview.contains("5 campi dove l'intestazione ne ha 7"), "{preview}");
        shot(&browser, "import-preview-phone").await;
        click(&browser, "button[name=step][value=commit]").await;
        let started = Instant::now();
        while !text_of(&browser, "#import-result").await.contains("Importato") {
            assert!(started.elapsed() < Duration::from_secs(10), "no import");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        accessible(&browser, &axe, "import done").await;

        // Add a person.
        browser.goto(&format!("{base}/people/new")).await.unwrap();
        accessible(&browser, &axe, "new person").await;
        browser.find(Locator::Id("name")).await.unwrap().send_keys("Giulia <b>Conti</b>").await.unwrap();
        browser.find(Locator::Id("company")).await.unwrap().send_keys("Studio Conti").await.unwrap();
        browser.find(Locator::Id("emails")).await.unwrap().send_keys("giulia@conti.example").await.unwrap();
        browser.find(Locator::Id("phones")).await.unwrap().send_keys("+39 347 5550123").await.unwrap();
        click(&browser, "form.card button[type=submit]").await;
        assert_eq!(text_of(&browser, "#person-name").await, "Giulia <b>Conti</b>", "the name is text, not markup");
        let url = browser.current_url().await.unwrap();
        let id: i64 = url.path().trim_start_matches("/people/").parse().unwrap();

        // Log yesterday's meeting from the person's page.
        click(&browser, &format!("a[href='/log?with={id}']")).await;
        browser.wait().for_element(Locator::Id("topics")).await.unwrap();
        // The type-ahead's names come with the first focus (the script).
        click(&browser, "#with").await;
        browser.wait().for_element(Locator::Css("datalist#people-names option")).await.unwrap();
        accessible(&browser, &axe, "log").await;
        let yesterday = (chrono::Local::now().date_naive() - chrono::Days::new(1)).to_string();
        browser.execute("document.getElementById('on').value = arguments[0];", vec![json!(yesterday)]).await.unwrap();
        browser.find(Locator::Id("topics")).await.unwrap().send_keys("il nuovo studio").await.unwrap();
        shot(&browser, "log-phone").await;
        click(&browser, "form.card button[type=submit]").await;
        assert!(text_of(&browser, ".notice").await.starts_with("Registrato"));

        // Today asks for the thank-you; done takes it off the list.
        browser.goto(&format!("{base}/today")).await.unwrap();
        let thank = format!("form[action='/today/done']:has(input[name=kind][value=thank_you]):has(input[name=person][value='{id}']) button");
        browser.wait().for_element(Locator::Css(&thank)).await.unwrap();
        accessible(&browser, &axe, "Today").await;
        shot(&browser, "today-phone").await;
        browser.set_window_size(1280, 900).await.unwrap();
        shot(&browser, "today-desktop").await;
        browser.set_window_size(360, 800).await.unwrap();
        click(&browser, &thank).await;
        assert!(text_of(&browser, ".notice").await.starts_with("Fatto"));
        assert!(browser.find(Locator::Css(&thank)).await.is_err(), "the thank-you is done");

        // The draft, with the copy button the script shows and WhatsApp.
        browser.goto(&format!("{base}/people/{id}/draft?kind=one-to-one")).await.unwrap();
        let draft = browser.wait().for_element(Locator::Id("draft-text")).await.unwrap().prop("value").await.unwrap();
        assert!(draft.unwrap_or_default().contains("Giulia"));
        assert!(browser.find(Locator::Css("button[data-copy]")).await.unwrap().is_displayed().await.unwrap());
        assert!(browser.find(Locator::Css("a[href^='https://wa.me/393475550123']")).await.is_ok());
        accessible(&browser, &axe, "draft").await;
        shot(&browser, "draft-phone").await;

        // A referral received, then thanked from the ledger.
        browser.goto(&format!("{base}/people/{id}")).await.unwrap();
        click(&browser, ".forms details:first-child summary").await;
        click(&browser, "input[name=direction][value=received]").await;
        browser.find(Locator::Id("x-note")).await.unwrap().send_keys("un cliente a Bologna").await.unwrap();
        click(&browser, ".forms details:first-child button[type=submit]").await;
        assert!(text_of(&browser, ".notice").await.starts_with("Scambio registrato"));
        accessible(&browser, &axe, "person").await;
        shot(&browser, "person-phone").await;
        browser.set_window_size(1280, 900).await.unwrap();
        shot(&browser, "person-desktop").await;
        browser.set_window_size(360, 800).await.unwrap();
        browser.goto(&format!("{base}/ledger")).await.unwrap();
        accessible(&browser, &axe, "ledger").await;
        shot(&browser, "ledger-phone").await;
        click(&browser, "#unthanked form button").await;
        assert!(text_of(&browser, ".notice").await.starts_with("Ringraziamento"));

        // Search as you type (the script), accents ignored.
        browser.goto(&format!("{base}/people")).await.unwrap();
        accessible(&browser, &axe, "people").await;
        browser.find(Locator::Id("q")).await.unwrap().send_keys("cönti").await.unwrap();
        let started = Instant::now();
        loop {
            let url = browser.current_url().await.unwrap();
            if url.query().is_some_and(|q| q.contains("q=")) {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(10), "the list did not follow the typing");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(text_of(&browser, "#people-results").await.contains("Giulia"));
        shot(&browser, "people-phone").await;

        browser.goto(&format!("{base}/followups")).await.unwrap();
        accessible(&browser, &axe, "follow-ups").await;

        // The audit's charts and the network picture, at both widths.
        browser.goto(&format!("{base}/audit")).await.unwrap();
        browser.wait().for_element(Locator::Css("#chart-ledger svg")).await.unwrap();
        accessible(&browser, &axe, "audit").await;
        shot(&browser, "audit-phone").await;
        browser.goto(&format!("{base}/network")).await.unwrap();
        browser.wait().for_element(Locator::Css(&format!("svg.network a[href='/people/{id}']"))).await.unwrap();
        accessible(&browser, &axe, "network").await;
        shot(&browser, "network-phone").await;
        browser.set_window_size(1280, 900).await.unwrap();
        shot(&browser, "network-desktop").await;
        browser.goto(&format!("{base}/audit")).await.unwrap();
        shot(&browser, "audit-desktop").await;
        browser.set_window_size(360, 800).await.unwrap();
        browser.goto(&format!("{base}/more")).await.unwrap();
        accessible(&browser, &axe, "more").await;
        browser.goto(&format!("{base}/events")).await.unwrap();
        accessible(&browser, &axe, "events").await;

        // Settings: a calendar link that a calendar app can read.
        browser.goto(&format!("{base}/settings")).await.unwrap();
        accessible(&browser, &axe, "settings").await;
        click(&browser, "form[action='/settings/calendar'] button").await;
        let link = browser.wait().for_element(Locator::Id("calendar-url")).await.unwrap().prop("value").await.unwrap().unwrap();
        shot(&browser, "settings-phone").await;
        let feed = call("GET", &link, &[], None);
        assert_eq!(feed.status, 200);
        assert!(feed.body.starts_with("BEGIN:VCALENDAR"));

        click(&browser, "header form button").await;
        browser.wait().for_element(Locator::Css("form[action='/login'] input#password")).await.unwrap();
        browser.close().await.unwrap();
    });
}

/// Waits (up to 10 s) until `css` holds `needle`: after a click the old
/// page may still be there, or going.
async fn wait_text(browser: &fantoccini::Client, css: &str, needle: &str) -> String {
    let started = Instant::now();
    loop {
        if let Ok(found) = browser.find(Locator::Css(css)).await {
            if let Ok(text) = found.text().await {
                if text.contains(needle) {
                    return text;
                }
            }
        }
        assert!(started.elapsed() < Duration::from_secs(10), "{css} never showed '{needle}'");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Fills the textarea or input `id` with `text`.
async fn type_into(browser: &fantoccini::Client, id: &str, text: &str) {
    let field = browser.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Grow on two phones: an organiser founds a chapter, writes a profile and
/// makes an invitation link; a second person opens it signed out,
/// registers through it, lands back on it and joins; both write their
/// profiles and each finds the other among whom to meet, with the reason.
#[test]
fn a_community_on_two_phones() {
    let driver = chromedriver();
    let axe = axe_source();
    let dir = tempfile::tempdir().unwrap();
    let server = start(&sqlite_db(&dir));
    let (first, second) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let base = &server.base;
        let olga = session(&driver, &first).await;
        olga.goto(&format!("{base}/register")).await.unwrap();
        type_into(&olga, "name", "Olga Ferri").await;
        type_into(&olga, "email", "olga@example.it").await;
        type_into(&olga, "password", PASSWORD).await;
        click(&olga, "button[type=submit]").await;
        wait_text(&olga, "#hello", "Olga").await;
        olga.goto(&format!("{base}/communities")).await.unwrap();
        accessible(&olga, &axe, "communities (none)").await;
        type_into(&olga, "c-name", "BNI Leonardo").await;
        type_into(&olga, "c-description", "Ogni martedì alle 7, in centro a Milano.").await;
        click(&olga, "form[action='/communities'] button[type=submit]").await;
        wait_text(&olga, "h1", "BNI Leonardo").await;
        type_into(&olga, "p-offers", "commercialista per startup\nbilanci e controllo di gestione").await;
        type_into(&olga, "p-seeks", "siti web per studi professionali").await;
        type_into(&olga, "p-city", "Milano").await;
        click(&olga, "form[action$='/profile'] button[type=submit]").await;
        wait_text(&olga, ".notice", "Salvato").await;
        click(&olga, "form[action$='/invite'] button").await;
        let link = olga.wait().for_element(Locator::Id("invite-url")).await.unwrap();
        let link = link.prop("value").await.unwrap().unwrap();
        assert!(link.contains("/join/"), "{link}");
        accessible(&olga, &axe, "invitation link").await;
        shot(&olga, "community-invitation-phone").await;

        // Someone without an account opens the link.
        let luca = session(&driver, &second).await;
        luca.goto(&link).await.unwrap();
        wait_text(&luca, "h1", "Entra in BNI Leonardo").await;
        accessible(&luca, &axe, "join (signed out)").await;
        shot(&luca, "community-join-phone").await;
        click(&luca, "a[href^='/register?next=']").await;
        wait_text(&luca, "h1", "").await;
        luca.wait().for_element(Locator::Css("input[name=next]")).await.unwrap();
        type_into(&luca, "name", "Luca Bassi").await;
        type_into(&luca, "email", "luca@example.it").await;
        type_into(&luca, "password", PASSWORD).await;
        click(&luca, "button[type=submit]").await;
        // Back on the link, signed in: one button joins.
        luca.wait().for_element(Locator::Css("form[action^='/join/'] button")).await.unwrap();
        click(&luca, "form[action^='/join/'] button").await;
        wait_text(&luca, ".notice", "Ora fai parte").await;
        type_into(&luca, "p-offers", "siti web per studi professionali").await;
        type_into(&luca, "p-seeks", "commercialista per startup").await;
        type_into(&luca, "p-interests", "vela").await;
        click(&luca, "form[action$='/profile'] button[type=submit]").await;
        let matches = wait_text(&luca, "section[aria-labelledby='matches-title']", "Olga Ferri").await;
        assert!(matches.contains("commercialista"), "{matches}");
        // Filtered to a city where nobody is: the page says so and offers everyone.
        let page = luca.current_url().await.unwrap();
        luca.goto(&format!("{}?city=Roma", page.as_str().split('?').next().unwrap())).await.unwrap();
        wait_text(&luca, "section[aria-labelledby='matches-title']", "con questi filtri").await;
        accessible(&luca, &axe, "community (filtered)").await;
        click(&luca, "details.filters a.button").await;
        wait_text(&luca, "section[aria-labelledby='matches-title']", "Olga Ferri").await;
        let members = text_of(&luca, "section[aria-labelledby='members-title']").await;
        assert!(members.contains("Olga Ferri") && !members.contains("Rimuovi"), "a member removes nobody: {members}");
        accessible(&luca, &axe, "community (member)").await;
        shot(&luca, "community-member-phone").await;

        olga.goto(&format!("{base}/communities")).await.unwrap();
        click(&olga, "ul.people a").await;
        let matches = wait_text(&olga, "section[aria-labelledby='matches-title']", "Luca Bassi").await;
        assert!(matches.contains("siti web"), "{matches}");
        accessible(&olga, &axe, "community (organiser)").await;
        shot(&olga, "community-organiser-phone").await;
        // The whole page at phone width: profile, invitation, members.
        olga.set_window_size(360, 2600).await.unwrap();
        shot(&olga, "community-organiser-phone-whole").await;
        olga.set_window_size(1280, 900).await.unwrap();
        shot(&olga, "community-organiser-desktop").await;
        olga.close().await.unwrap();
        luca.close().await.unwrap();
    });
}

//! The pages over a real socket, on SQLite and on PostgreSQL, as a
//! browser without its script sends them: forms posted, redirects
//! followed by hand. A day of Keep (add, log, thank, snooze, draft, give,
//! promise, edit, delete), every page route as the wrong user, escaping,
//! and the calendar link.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use common::*;
use serde_json::json;

on_both!(
    a_day_of_keep_in_the_pages,
    every_page_as_another_user_finds_nothing,
    the_calendar_link_and_settings,
    importing_address_books_through_the_page,
    the_digest_from_settings_and_its_unsubscribe_link,
);

fn the_digest_from_settings_and_its_unsubscribe_link(db: &Db) {
    let dir = tempfile::tempdir().unwrap();
    let smtp = common::smtp::Smtp::start(dir.path());
    let server = start_mailing(db, smtp.port);
    let s = browser_session(&server.base, "tina@example.it", "Tina Moro");
    s.post("/api/v1/people", &json!({"name": "Ugo Lenti", "met_on": "yesterday"}));
    assert!(s.get("/settings").body.contains("id=\"digest\""));
    let saved = s.form("/settings/digest", &[("digest", "on"), ("digest_hour", "7")]);
    assert_eq!(location(&saved), "/settings?ok=saved");
    let me = s.get("/api/v1/account").json();
    assert_eq!((me["digest"].as_bool(), me["digest_hour"].as_u64()), (Some(true), Some(7)));

    // "Send me a test": a real mail, logged in Settings.
    let test = s.form("/settings/digest/test", &[]);
    assert_eq!(location(&test), "/settings?ok=digest_test");
    let started = std::time::Instant::now();
    while smtp.mails().is_empty() {
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "no mail arrived");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let mail = smtp.mails().remove(0);
    assert!(mail.contains("tina@example.it"), "{mail}");
    let log = s.get("/settings");
    assert!(log.body.contains("id=\"digest-log\""), "{}", log.body);
    assert!(log.body.contains("sent"));

    // The link in the mail turns the digest off, after asking.
    let at = mail.find("/unsubscribe/uns_").expect("an unsubscribe link");
    let path: String = mail[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || "/_".contains(*c)).collect();
    let ask = call("GET", &format!("{}{path}", server.base), &[], None);
    assert_eq!(ask.status, 200);
    assert!(ask.body.contains(&format!("action=\"{path}\"")));
    assert_eq!(s.get("/api/v1/account").json()["digest"], true, "looking at the link changes nothing");
    let off = call("POST", &format!("{}{path}", server.base), &[], None);
    assert_eq!(off.status, 200, "{}", off.body);
    assert_eq!(s.get("/api/v1/account").json()["digest"], false);
    assert_eq!(call("POST", &format!("{}/unsubscribe/uns_nothing", server.base), &[], None).status, 404);
}

/// A `multipart/form-data` body as a browser sends the import form.
fn multipart(files: &[(&str, &[u8])], fields: &[(&str, &str)]) -> (String, Vec<u8>) {
    let boundary = "----reteTestBoundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn upload(s: &Client, files: &[(&str, &[u8])], step: &str) -> Answer {
    let (content_type, body) = multipart(files, &[("region", "IT"), ("step", step)]);
    let mut headers: Vec<(&str, &str)> = s.auth.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    headers.push(("content-type", &content_type));
    let url = format!("{}/import", s.base);
    let req = ureq::http::Request::builder().method("POST").uri(&url);
    let req = headers.iter().fold(req, |r, (k, v)| r.header(*k, *v)).body(body).unwrap();
    let mut res = agent().run(req).unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    Answer { status, headers, body: res.body_mut().read_to_string().unwrap_or_default() }
}

fn importing_address_books_through_the_page(db: &Db) {
    let server = start(db);
    let s = browser_session(&server.base, "irene@example.it", "Irene");
    let linkedin =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../rete-formats/tests/data/linkedin_connections.csv"))
            .unwrap();
    let phone =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/testdata/vcards/John_Doe_IPHONE.vcf"))
            .unwrap();
    assert_eq!(s.get("/import").status, 200);
    let count = |s: &Client| s.get("/api/v1/people?limit=500").json()["items"].as_array().unwrap().len();

    // The preview says what would happen, by name, and writes nothing.
    let files: [(&str, &[u8]); 2] = [("Connections.csv", &linkedin), ("John Doe.vcf", &phone)];
    let preview = upload(&s, &files, "preview");
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.body.contains("Connections.csv") && preview.body.contains("John Doe.vcf"));
    assert!(preview.body.contains("Would create"), "{}", preview.body);
    assert!(preview.body.contains("Giulia Conti"), "the preview names whom it creates");
    assert_eq!(count(&s), 0, "a preview writes nothing");

    // Importing writes what the preview said.
    let done = upload(&s, &files, "commit");
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Imported"));
    let after = count(&s);
    assert!(after >= 5, "{after} people after the import");
    // The same files again merge into the people kept: nobody new.
    let again = upload(&s, &files, "preview");
    assert!(again.body.contains("Would create 0"), "{}", again.body);
    upload(&s, &files, "commit");
    assert_eq!(count(&s), after);

    // A file that is no address book is refused by name; nothing is written.
    let junk = upload(&s, &[("notes.txt", b"just some words\n")], "commit");
    assert_eq!(junk.status, 422, "{}", junk.body);
    assert!(junk.body.contains("notes.txt"));
    assert_eq!(count(&s), after);
}

/// Where a form's answer sends the browser.
fn location(a: &Answer) -> String {
    assert_eq!(a.status, 303, "expected a redirect, got {}: {}", a.status, a.body);
    a.header("location").unwrap().to_string()
}

/// The id in `/people/12?ok=...`.
fn person_in(location: &str) -> i64 {
    location.trim_start_matches("/people/").split('?').next().unwrap().parse().unwrap()
}

fn kinds_for(s: &Client, person: i64) -> Vec<String> {
    let today = s.get("/api/v1/today").json();
    today
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["person"]["id"].as_i64() == Some(person))
        .map(|i| i["kind"].as_str().unwrap().to_string())
        .collect()
}

fn a_day_of_keep_in_the_pages(db: &Db) {
    let server = start(db);
    let s = browser_session(&server.base, "paola@example.it", "Paola Neri");

    // A new account is taught how to begin, not shown an empty list.
    let first = s.get("/today");
    assert_eq!(first.status, 200);
    assert!(first.body.contains("id=\"first-steps\""), "{}", first.body);
    assert!(s.get("/people").body.contains("Connections.csv"));

    // Adding a person: names are text, never markup.
    let added = s.form(
        "/people",
        &[
            ("name", "Marco <script>alert(1)</script> \"Rossi\" \u{202e}ABC"),
            ("company", "Acme & Figli"),
            ("emails", "marco@acme.it"),
            ("phones", "+39 333 1234567"),
        ],
    );
    let to = location(&added);
    assert!(to.ends_with("?ok=added"), "{to}");
    let id = person_in(&to);
    let page = s.get(&format!("/people/{id}"));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Marco &lt;script&gt;alert(1)&lt;/script&gt; &quot;Rossi&quot;"), "{}", page.body);
    assert!(!page.body.contains("<script>alert"), "a name ran as markup");
    assert!(page.body.contains("Acme &amp; Figli"));
    assert!(page.body.contains("href=\"mailto:marco@acme.it\""));

    // A form without its required name is shown again with the error.
    let nameless = s.form("/people", &[("name", " "), ("company", "Kept")]);
    assert_eq!(nameless.status, 422);
    assert!(nameless.body.contains("value=\"Kept\""), "what was typed stays");

    // Logging yesterday's meeting asks for a thank-you today.
    let logged = s.form(
        "/log",
        &[("kind", "meeting"), ("with", &format!("#{id} Marco")), ("on", "yesterday"), ("topics", "export")],
    );
    assert_eq!(location(&logged), format!("/people/{id}?ok=logged"));
    let names = s.get("/people/names");
    assert!(names.body.starts_with("<datalist id=\"people-names\">"), "{}", names.body);
    assert!(names.body.contains(&format!("value=\"#{id} Marco")));
    let today = s.get("/today");
    assert!(today.body.contains("value=\"thank_you\""), "{}", today.body);
    assert!(kinds_for(&s, id).contains(&"thank_you".to_string()));

    // Done: the thank-you is recorded as a message sent today, and goes.
    let done = s.form("/today/done", &[("kind", "thank_you"), ("person", &id.to_string())]);
    assert_eq!(location(&done), "/today?ok=done");
    assert!(!kinds_for(&s, id).contains(&"thank_you".to_string()));
    let card = s.get(&format!("/api/v1/people/{id}")).json();
    let kinds: Vec<&str> =
        card["interactions"].as_array().unwrap().iter().map(|i| i["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, vec!["message", "meeting"], "{card}");

    // Snooze: the one-to-one to propose is put off for a week.
    assert!(kinds_for(&s, id).contains(&"propose_one_to_one".to_string()));
    let snoozed =
        s.form("/today/snooze", &[("kind", "propose_one_to_one"), ("person", &id.to_string()), ("until", "+1w")]);
    assert_eq!(location(&snoozed), "/today?ok=snoozed");
    assert!(!kinds_for(&s, id).contains(&"propose_one_to_one".to_string()));
    // A snooze into the past is refused, in words.
    let past =
        s.form("/today/snooze", &[("kind", "keep_in_touch"), ("person", &id.to_string()), ("date", "2001-01-01")]);
    assert_eq!(past.status, 422, "{}", past.body);

    // The draft offers the e-mail and WhatsApp of the person.
    let draft = s.get(&format!("/people/{id}/draft?kind=thanks"));
    assert_eq!(draft.status, 200);
    assert!(draft.body.contains("mailto:marco@acme.it?body="), "{}", draft.body);
    assert!(draft.body.contains("https://wa.me/393331234567?text="));

    // The ledger: closed business received, typed as an English reader
    // writes it (this session is in English).
    let given = s.form(
        "/people/{id}/exchange".replace("{id}", &id.to_string()).as_str(),
        &[("direction", "received"), ("kind", "business"), ("amount", "1,250.50"), ("note", "il sito")],
    );
    assert_eq!(location(&given), format!("/people/{id}?ok=recorded"));
    let exchange = s.get("/api/v1/exchanges").json()["items"][0].clone();
    assert_eq!(exchange["amount_cents"], 125_050);
    let ledger = s.get("/ledger");
    assert!(ledger.body.contains("€1,250.50"), "{}", ledger.body);
    let xid = exchange["id"].as_i64().unwrap();
    assert!(ledger.body.contains(&format!("/ledger/{xid}/thank")));
    let thanked = s.form(&format!("/ledger/{xid}/thank"), &[("back", &format!("/people/{id}"))]);
    assert_eq!(location(&thanked), format!("/people/{id}?ok=thanked"));
    assert!(s.get(&format!("/api/v1/exchanges/{xid}")).json()["thanked_on"].is_string());
    // Only a page of this site is a place to go back to.
    let elsewhere = s.form(&format!("/ledger/{xid}/thank"), &[("back", "https://evil.example/")]);
    assert_eq!(location(&elsewhere), "/ledger?ok=thanked");

    // A promise, then done from the follow-ups page.
    let promised = s.form(&format!("/people/{id}/followup"), &[("text", "send the deck"), ("due", "+1d")]);
    assert_eq!(location(&promised), format!("/people/{id}?ok=followup"));
    let open = s.get("/followups");
    assert!(open.body.contains("send the deck"));
    let fid = s.get("/api/v1/followups").json()["items"][0]["id"].as_i64().unwrap();
    assert_eq!(location(&s.form(&format!("/followups/{fid}/done"), &[])), "/followups?ok=done");
    assert!(s.get("/followups?show=done").body.contains("send the deck"));

    // The timeline shows everything, in order.
    let page = s.get(&format!("/people/{id}"));
    for wanted in ["entry-interaction", "entry-exchange", "entry-followup", "il sito"] {
        assert!(page.body.contains(wanted), "the timeline lacks {wanted}");
    }

    // Editing keeps what was typed when it fails, saves when it does not.
    let bad = s.form(&format!("/people/{id}/edit"), &[("name", "Marco Rossi"), ("cadence_days", "often")]);
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("cadence_days"));
    let renamed = s.form(&format!("/people/{id}/edit"), &[("name", "Marco Rossi"), ("tier", "inner")]);
    assert_eq!(location(&renamed), format!("/people/{id}?ok=saved"));
    assert_eq!(s.get(&format!("/api/v1/people/{id}")).json()["tier"], "inner");
    let by_strength = s.get("/api/v1/people?sort=strength").json();
    assert_eq!(by_strength["items"][0]["id"].as_i64(), Some(id), "the only tie with contacts is the strongest");
    assert_eq!(s.get("/api/v1/people?sort=loudest").status, 422);
    assert!(s.get("/people?sort=last_contact&sector=").body.contains(&format!("/people/{id}")));
    let found = s.get("/people?q=rossi");
    assert!(found.body.contains(&format!("/people/{id}")), "search finds the new name");

    // An event: added, whom you met there, and a debrief that says what
    // it needs.
    let event = s.form(
        "/events",
        &[("name", "Aperitivo BNI"), ("on", "yesterday"), ("place", "Milano"), ("topics", "export, vino")],
    );
    let event_page = location(&event);
    assert!(event_page.starts_with("/events/"), "{event_page}");
    let eid = event_page.trim_start_matches("/events/").split('?').next().unwrap().to_string();
    let attended = s.form(&format!("/events/{eid}/attend"), &[("with", &format!("#{id}"))]);
    assert_eq!(location(&attended), format!("/events/{eid}?ok=saved"));
    let shown = s.get(&format!("/events/{eid}"));
    assert!(shown.body.contains(&format!("href=\"/people/{id}\"")), "{}", shown.body);
    assert!(s.get("/events").body.contains("Aperitivo BNI"));
    let debrief = s.form(&format!("/events/{eid}/debrief"), &[]);
    assert_eq!(debrief.status, 409, "{}", debrief.body);
    assert!(debrief.body.contains("seating plan"));

    // The network picture links the person, their name as text in the SVG.
    s.post("/api/v1/people", &json!({"name": "Eva <script>alert(2)</script> \u{202e}RTL"}));
    let network = s.get("/network");
    assert!(network.body.contains("<title>Eva &lt;script&gt;alert(2)&lt;/script&gt;"), "names are text in the SVG");
    assert!(!network.body.contains("<script>alert"));
    assert_eq!(network.status, 200);
    assert!(network.body.contains(&format!("<a href=\"/people/{id}\">")), "{}", network.body);
    assert!(network.body.contains("<title>Marco Rossi</title>"));
    assert!(!network.body.contains(" style="), "the CSP allows no inline style");

    // The audit: findings, four charts drawn as SVG, and the plan.
    let audit = s.get("/audit");
    assert_eq!(audit.status, 200);
    assert_eq!(audit.body.matches("<svg").count(), 4, "four charts");
    for chart in ["chart-interactions", "chart-ledger", "chart-tiers", "chart-strength"] {
        assert!(audit.body.contains(chart), "the audit lacks {chart}");
    }
    assert!(!audit.body.contains(" style="), "the CSP allows no inline style");
    let mut answers: Vec<(String, String)> = (0..17).map(|i| (format!("q{i}"), "no".to_string())).collect();
    answers[1].1 = "yes".into();
    let fields: Vec<(&str, &str)> = answers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let plan = s.form("/audit/plan", &fields);
    assert_eq!(plan.status, 200, "{}", plan.body);
    assert!(plan.body.contains("id=\"plan\""));
    let download = s.form("/audit/plan.md", &fields);
    assert_eq!(download.status, 200);
    assert!(download.header("content-type").unwrap().starts_with("text/markdown"));
    assert!(download.header("content-disposition").unwrap().starts_with("attachment"));
    assert!(download.body.starts_with("# "), "{}", download.body);
    let unanswered = s.form("/audit/plan", &fields[..16]);
    assert_eq!(unanswered.status, 422);

    // Deleting asks first, then the page is gone.
    assert_eq!(s.get(&format!("/people/{id}/delete")).status, 200);
    assert_eq!(location(&s.form(&format!("/people/{id}/delete"), &[])), "/people?ok=deleted");
    assert_eq!(s.get(&format!("/people/{id}")).status, 404);

    // Signed out, every page sends the visitor to sign in.
    let anonymous = call("GET", &format!("{}/today", server.base), &[], None);
    assert_eq!(anonymous.status, 303);
    assert_eq!(anonymous.header("location"), Some("/login"));
}

fn every_page_as_another_user_finds_nothing(db: &Db) {
    let server = start(db);
    let a = register(&server.base, "anna@example.it", "Anna");
    let p = a.post("/api/v1/people", &json!({"name": "Segreta Riservati", "notes": "PRIVATE-NOTE"})).json()["id"]
        .as_i64()
        .unwrap();
    let f = a.post("/api/v1/followups", &json!({"person": p, "due": "+1w", "text": "PRIVATE-PROMISE"})).json()["id"]
        .as_i64()
        .unwrap();
    let x = a
        .post(
            "/api/v1/exchanges",
            &json!({"direction": "received", "kind": "referral", "person": p, "note": "PRIVATE"}),
        )
        .json()["id"]
        .as_i64()
        .unwrap();
    let e =
        a.post("/api/v1/events", &json!({"name": "PRIVATE-DINNER", "attendees": [p]})).json()["id"].as_i64().unwrap();
    let c =
        a.post("/api/v1/communities", &json!({"name": "PRIVATE-CLUB", "kind": "club"})).json()["id"].as_i64().unwrap();
    a.send("PUT", &format!("/api/v1/communities/{c}/profile"), &json!({"offers": ["PRIVATE-OFFER"]}));
    let b = browser_session(&server.base, "bruno@example.it", "Bruno");
    let own = person_in(&location(&b.form("/people", &[("name", "Bruno's own")])));
    let (p, f, x, e, c) = (p.to_string(), f.to_string(), x.to_string(), e.to_string(), c.to_string());
    let gets = [
        format!("/people/{p}"),
        format!("/people/{p}/edit"),
        format!("/people/{p}/draft?kind=thanks"),
        format!("/people/{p}/delete"),
        format!("/people/{own}/merge?with=%23{p}"),
        format!("/people/{p}/merge?with=%23{own}"),
        format!("/log?with={p}"),
        format!("/events/{e}"),
        format!("/communities/{c}"),
    ];
    for path in &gets {
        let answer = b.get(path);
        assert_eq!(answer.status, 404, "GET {path}: {}", answer.body);
        assert!(!answer.body.contains("Segreta") && !answer.body.contains("PRIVATE"), "GET {path} leaked");
    }
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("/people/{p}/edit"), vec![("name", "overwritten")]),
        (format!("/people/{p}/exchange"), vec![("direction", "given"), ("kind", "advice")]),
        (format!("/people/{p}/followup"), vec![("text", "x"), ("due", "+1d")]),
        (format!("/people/{p}/milestone"), vec![("kind", "award")]),
        (format!("/people/{p}/archive"), vec![("reason", "x")]),
        (format!("/people/{p}/delete"), vec![]),
        (format!("/people/{own}/merge"), vec![("with", p.as_str())]),
        (format!("/followups/{f}/done"), vec![]),
        (format!("/followups/{f}/snooze"), vec![("until", "+1d")]),
        (format!("/ledger/{x}/thank"), vec![]),
        ("/today/done".into(), vec![("kind", "follow_up"), ("person", p.as_str()), ("followup", f.as_str())]),
        ("/today/snooze".into(), vec![("kind", "keep_in_touch"), ("person", p.as_str()), ("until", "+1d")]),
        ("/log".into(), vec![("kind", "call"), ("with", "#0")]),
        (format!("/events/{e}/attend"), vec![("with", "Bruno's own")]),
        (format!("/events/{e}/debrief"), vec![]),
        // A community Bruno does not belong to: nothing of it, whatever he posts.
        (format!("/communities/{c}/profile"), vec![("name", "Bruno"), ("offers", "overwritten")]),
        (format!("/communities/{c}/invite"), vec![]),
        (format!("/communities/{c}/members/0/remove"), vec![]),
        (format!("/communities/{c}/leave"), vec![]),
    ];
    let log_with = format!("#{p}");
    let mut posts = posts;
    posts.push(("/log".into(), vec![("kind", "call"), ("with", log_with.as_str())]));
    for (path, fields) in &posts {
        let answer = b.form(path, fields);
        assert_eq!(answer.status, 404, "POST {path}: {}", answer.body);
        assert!(!answer.body.contains("Segreta") && !answer.body.contains("PRIVATE"), "POST {path} leaked");
    }
    // B's own lists name nobody of A's.
    for path in [
        "/today",
        "/people",
        "/people/names",
        "/followups",
        "/ledger",
        "/settings",
        "/events",
        "/network",
        "/audit",
        "/communities",
    ] {
        let answer = b.get(path);
        assert_eq!(answer.status, 200, "GET {path}");
        assert!(!answer.body.contains("Segreta") && !answer.body.contains("PRIVATE"), "GET {path} leaked");
    }
    // A's data is as it was.
    let card = a.get(&format!("/api/v1/people/{p}")).json();
    assert_eq!(card["name"], "Segreta Riservati");
    assert_eq!(card["notes"], "PRIVATE-NOTE");
    let open = a.get("/api/v1/followups").json();
    assert_eq!(open["items"][0]["text"], "PRIVATE-PROMISE");
    assert!(open["items"][0]["snoozed_until"].is_null());
    assert!(a.get(&format!("/api/v1/exchanges/{x}")).json()["thanked_on"].is_null());
}

fn the_calendar_link_and_settings(db: &Db) {
    let server = start(db);
    let s = browser_session(&server.base, "carlo@example.it", "Carlo");
    let person = s.post("/api/v1/people", &json!({"name": "Giulia Conti", "birthday": "03-10"})).json()["id"].clone();
    assert!(person.is_i64());

    let made = s.post("/api/v1/account/calendar-link", &json!({}));
    assert_eq!(made.status, 200, "{}", made.body);
    let url = made.json()["url"].as_str().unwrap().to_string();
    assert!(url.starts_with(&format!("{}/cal/cal_", server.base)) && url.ends_with(".ics"), "{url}");
    // A calendar app sends no cookie: the link alone is the proof.
    let feed = call("GET", &url, &[], None);
    assert_eq!(feed.status, 200);
    assert!(feed.header("content-type").unwrap().starts_with("text/calendar"));
    assert!(feed.body.starts_with("BEGIN:VCALENDAR"), "{}", feed.body);
    assert!(feed.body.contains("Giulia Conti"), "the birthday is in the feed");
    // A new link ends the old one.
    let again = s.post("/api/v1/account/calendar-link", &json!({})).json()["url"].as_str().unwrap().to_string();
    assert_ne!(again, url);
    assert_eq!(call("GET", &url, &[], None).status, 404);
    assert_eq!(call("GET", &again, &[], None).status, 200);
    assert_eq!(call("GET", &format!("{}/cal/cal_0000.ics", server.base), &[], None).status, 404);
    assert_eq!(call("GET", &format!("{}/cal/nothing", server.base), &[], None).status, 404);
    // A token cannot make or end the link: that takes the browser.
    let token = token_client(&server.base, "carlo@example.it");
    assert_eq!(token.post("/api/v1/account/calendar-link", &json!({})).status, 403);
    assert_eq!(s.send("DELETE", "/api/v1/account/calendar-link", &json!({})).status, 204);
    assert_eq!(call("GET", &again, &[], None).status, 404);
    // The settings page makes one too, shown once.
    let page = s.form("/settings/calendar", &[]);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("/cal/cal_"));

    // Settings through the API: language, time zone, digest.
    let set = token.send(
        "PATCH",
        "/api/v1/account",
        &json!({"lang": "it", "time_zone": "europe/rome", "digest": true, "digest_hour": 7}),
    );
    assert_eq!(set.status, 200, "{}", set.body);
    let me = set.json();
    assert_eq!((me["lang"].as_str(), me["time_zone"].as_str()), (Some("it"), Some("Europe/Rome")));
    assert_eq!((me["digest"].as_bool(), me["digest_hour"].as_u64()), (Some(true), Some(7)));
    for (body, field) in [
        (json!({"digest_hour": 24}), "digest_hour"),
        (json!({"time_zone": "Nowhere/City"}), "time_zone"),
        (json!({"lang": "fr"}), "lang"),
    ] {
        let refused = token.send("PATCH", "/api/v1/account", &body);
        assert_eq!(refused.status, 422, "{body}: {}", refused.body);
        assert_eq!(refused.json()["error"]["field"], field);
    }
    // The pages speak the language chosen.
    assert!(s.get("/today").body.contains("Ciao, Carlo"));
    let bad_zone = s.form("/settings", &[("lang", "it"), ("time_zone", "Marte/Olympus")]);
    assert_eq!(bad_zone.status, 422);
    assert!(bad_zone.body.contains("Marte/Olympus non è un fuso orario"), "{}", bad_zone.body);
    assert_eq!(location(&s.form("/settings", &[("lang", "en"), ("time_zone", "")])), "/settings?ok=saved");
    assert!(s.get("/today").body.contains("Hello, Carlo"));
    assert!(token.get("/api/v1/account").json()["time_zone"].is_null());
}

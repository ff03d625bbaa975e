//! The JSON API over a real socket, on SQLite and on PostgreSQL: the
//! exact forms scripts rely on, private data staying private on every
//! route, cross-site refusals, rate limits, sessions and tokens.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use common::*;
use serde_json::{json, Value};

on_both!(
    the_forms_scripts_rely_on,
    every_route_as_another_user_finds_nothing,
    cross_site_requests_are_refused,
    logins_are_rate_limited,
    a_login_renews_the_session,
    tokens_have_scopes_and_end_when_revoked,
    password_change_and_logout_end_sessions,
    errors_have_one_shape,
    security_headers_on_every_response,
    deleting_the_account_deletes_everything,
    the_ledger_and_followups,
    a_write_elsewhere_shows_at_once,
    a_sign_in_ended_elsewhere_ends_at_once,
    a_community_is_shared_through_an_invitation_link,
    keep_and_grow_resources,
    registration_by_invitation,
);

/// Two servers on one database keep their own caches of cards, pages of
/// people and the agenda: a write through either (or the CLI) shows on
/// the other's very next read, and a write's own answer is never an
/// answer cached before it.
fn a_write_elsewhere_shows_at_once(db: &Db) {
    let a = start(db);
    let b = start(db);
    let on_a = register(&a.base, "c@example.it", "Carla");
    let on_b = Client { base: b.base.clone(), ..on_a.clone() };
    let id =
        on_a.post("/api/v1/people", &json!({"name": "Paolo Neri", "city": "Torino"})).json()["id"].as_i64().unwrap();
    let card = format!("/api/v1/people/{id}");
    for _ in 0..2 {
        assert_eq!(on_a.get(&card).json()["city"], "Torino");
        assert_eq!(on_a.get("/api/v1/people?q=neri").json()["items"][0]["city"], "Torino");
    }
    let before = on_a.get("/api/v1/today").json();
    let patched = on_b.send("PATCH", &card, &json!({"city": "Verona"}));
    assert_eq!(patched.json()["city"], "Verona", "the write's own answer");
    assert_eq!(on_a.get(&card).json()["city"], "Verona", "the other server's cached card ended");
    assert_eq!(on_a.get("/api/v1/people?q=neri").json()["items"][0]["city"], "Verona");
    on_b.post("/api/v1/followups", &json!({"person": id, "due": "today", "text": "call about Verona"}));
    let after = on_a.get("/api/v1/today").json();
    assert_ne!(before, after, "the agenda shows the new follow-up: {after}");
    assert!(after.to_string().contains("Verona"), "{after}");
    // Its own edits, read back on the same server.
    let again = on_a.send("PATCH", &card, &json!({"city": "Padova"}));
    assert_eq!(again.json()["city"], "Padova");
    assert_eq!(on_a.get(&card).json()["city"], "Padova");
}

/// A server keeps the sign-ins it read while nothing commits (SQLite):
/// a logout or a revoked token on another server ends them on the very
/// next request here.
fn a_sign_in_ended_elsewhere_ends_at_once(db: &Db) {
    let a = start(db);
    let b = start(db);
    register(&a.base, "s@example.it", "Sara");
    let cookie = form_login(&a.base, "s@example.it", PASSWORD, None).session_cookie().unwrap();
    let on_a = session_client(&a.base, "s@example.it", &cookie);
    let on_b = Client { base: b.base.clone(), ..on_a.clone() };
    let secret = on_a.post("/api/v1/tokens", &json!({"name": "script", "scope": "read"})).json()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let script = Client {
        base: b.base.clone(),
        auth: vec![("authorization".into(), format!("Bearer {secret}"))],
        email: "s".into(),
    };
    for _ in 0..3 {
        assert_eq!(on_b.get("/api/v1/account").status, 200);
        assert_eq!(script.get("/api/v1/people").status, 200);
    }
    let tokens = on_a.get("/api/v1/tokens").json();
    let id =
        tokens["items"].as_array().unwrap().iter().find(|t| t["name"] == "script").unwrap()["id"].as_i64().unwrap();
    assert_eq!(on_a.send("DELETE", &format!("/api/v1/tokens/{id}"), &json!({})).status, 204);
    assert_eq!(script.get("/api/v1/people").status, 401, "the token revoked on the other server");
    assert_eq!(on_b.get("/api/v1/account").status, 200);
    assert_eq!(on_a.post("/api/v1/auth/logout", &json!({})).status, 204);
    assert_eq!(on_b.get("/api/v1/account").status, 401, "the session ended on the other server");
}

/// An organiser founds a community and shares a link; two members join,
/// write their profiles and find each other in their matches, seeing only
/// public profiles; a stranger finds nothing; a removed member is gone
/// from the members and the matches at once.
fn a_community_is_shared_through_an_invitation_link(db: &Db) {
    let server = start(db);
    let org = register(&server.base, "org@example.it", "Olga Organizza");
    let created = org.post("/api/v1/communities", &json!({"name": "BNI Leonardo", "kind": "chapter", "lang": "it"}));
    assert_eq!(created.status, 201, "{}", created.body);
    let created = created.json();
    assert_eq!(created["kind"], "chapter");
    let c = created["id"].as_i64().unwrap();
    let base = format!("/api/v1/communities/{c}");
    // The organiser's members file, with an e-mail only the organiser sees.
    let file = "{\"id\": 1, \"name\": \"Giulia Conti\", \"lang\": \"it\", \"email\": \"giulia@example.it\", \"offers\": [\"fotografia aziendale\"]}\n";
    let imported = org.raw("POST", &format!("{base}/members"), Some("application/x-ndjson"), Some(file));
    assert_eq!(imported.status, 200, "{}", imported.body);
    // No body at all: a week, fifty joinings.
    let link = org.raw("POST", &format!("{base}/invitations"), None, None);
    assert_eq!(link.status, 201, "{}", link.body);
    let link = link.json();
    let token = link["token"].as_str().unwrap().to_string();
    assert!(link["url"].as_str().unwrap().ends_with(&format!("/join/{token}")), "{link}");

    let anna = register(&server.base, "anna@example.it", "Anna Rossi");
    let bruno = register(&server.base, "bruno@example.it", "Bruno Neri");
    let stranger = register(&server.base, "s@example.it", "Sandro Estraneo");
    assert_eq!(anna.get(&base).status, 404, "before joining");
    let joined = anna.post(&format!("/api/v1/invitations/{token}/accept"), &json!({}));
    assert_eq!(joined.status, 200, "{}", joined.body);
    assert_eq!(joined.json()["role"], "member");
    let anna_id = joined.json()["member"].as_u64().unwrap();
    let again = anna.post(&format!("/api/v1/invitations/{token}/accept"), &json!({}));
    assert_eq!(again.json()["member"].as_u64(), Some(anna_id), "joining twice changes nothing");
    let bruno_id =
        bruno.post(&format!("/api/v1/invitations/{token}/accept"), &json!({})).json()["member"].as_u64().unwrap();
    assert_ne!(anna_id, bruno_id);
    assert_ne!(anna_id, 1, "a new member id, not the imported one");

    let put = anna.send(
        "PUT",
        &format!("{base}/profile"),
        &json!({"offers": ["siti web per studi legali"], "seeks": ["commercialista per startup"],
                "interests": ["vela"], "sector": "informatica", "city": "Milano", "languages": ["it", "en"],
                "department": null, "matching": true, "pairing": true}),
    );
    assert_eq!(put.status, 200, "{}", put.body);
    assert_eq!(put.json()["profile"]["member"].as_u64(), Some(anna_id));
    let put = bruno.send(
        "PUT",
        &format!("{base}/profile"),
        &json!({"offers": ["commercialista per startup"], "seeks": ["siti web per studi legali"],
                "interests": ["vela"], "city": "Milano", "matching": true, "pairing": false}),
    );
    assert_eq!(put.status, 200, "{}", put.body);

    let members = anna.get(&format!("{base}/members"));
    assert_eq!(members.status, 200, "{}", members.body);
    let items = members.json().as_array().unwrap().clone();
    let bruno_seen = items.iter().find(|m| m["id"].as_u64() == Some(bruno_id)).expect("Bruno among the members");
    assert_eq!(bruno_seen["name"], "Bruno Neri");
    assert_eq!(bruno_seen["pairing"], false);
    assert!(!items.iter().any(|m| m["id"].as_u64() == Some(anna_id)), "not herself");
    assert!(!members.body.contains("giulia@example.it") && !members.body.contains("email"), "{}", members.body);
    assert!(org.get(&format!("{base}/members")).body.contains("giulia@example.it"), "the organiser's file");

    let matches = anna.get(&format!("{base}/matches"));
    assert_eq!(matches.status, 200, "{}", matches.body);
    let first = &matches.json()[0];
    assert_eq!(first["member"]["id"].as_u64(), Some(bruno_id), "{}", matches.body);
    assert_eq!(first["member"]["name"], "Bruno Neri");
    assert!(first["score"].as_f64().unwrap() > 0.0);
    let reasons: Vec<&str> = first["reasons"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    assert!(reasons.len() >= 2, "what he offers her, what she offers him, vela: {reasons:?}");
    assert!(reasons.iter().any(|r| r.contains("commercialista")), "{reasons:?}");
    assert!(reasons.iter().all(|r| r.ends_with('.')), "{reasons:?}");
    assert_eq!(bruno.get(&format!("{base}/matches")).json()[0]["member"]["id"].as_u64(), Some(anna_id));
    // A profile edit shows in the other's matches on the next request,
    // through this server's warm engine and through another server's.
    let elsewhere = start(db);
    let bruno_there = Client { base: elsewhere.base.clone(), ..bruno.clone() };
    let anna_there = Client { base: elsewhere.base.clone(), ..anna.clone() };
    assert!(anna_there.get(&format!("{base}/matches")).body.contains("Bruno Neri"), "warm there too");
    let reasons_of = |answer: Answer| answer.json()[0]["reasons"].to_string();
    let edited = json!({"offers": ["revisione legale dei conti"], "seeks": ["siti web per studi legali"],
                        "interests": ["vela"], "city": "Milano"});
    assert_eq!(bruno.send("PUT", &format!("{base}/profile"), &edited).status, 200);
    // He no longer offers what she seeks: that reason is gone at once.
    let here = reasons_of(anna.get(&format!("{base}/matches")));
    assert!(here.contains("siti web") && !here.contains("commercialista"), "{here}");
    let there = reasons_of(anna_there.get(&format!("{base}/matches")));
    assert!(there.contains("siti web") && !there.contains("commercialista"), "the other server rebuilt: {there}");
    let back = json!({"offers": ["commercialista per startup"], "seeks": ["siti web per studi legali"],
                      "interests": ["vela"], "city": "Milano", "pairing": false});
    assert_eq!(bruno_there.send("PUT", &format!("{base}/profile"), &back).status, 200);
    assert!(reasons_of(anna.get(&format!("{base}/matches"))).contains("commercialista"), "edited elsewhere");
    assert!(reasons_of(anna_there.get(&format!("{base}/matches"))).contains("commercialista"));

    // Filters: a city he is not in leaves him out; his city, any case, keeps him.
    assert_eq!(anna.get(&format!("{base}/matches?city=Roma")).json(), json!([]));
    let milano = anna.get(&format!("{base}/matches?city=milano")).json();
    assert_eq!(milano[0]["member"]["id"].as_u64(), Some(bruno_id), "{milano}");
    assert_eq!(anna.get(&format!("{base}/matches?language=de")).json(), json!([]), "nobody speaks German");

    // A page at a time: the next one's address in a Link header.
    let one = anna.get(&format!("{base}/members?limit=1"));
    assert_eq!(one.json().as_array().unwrap().len(), 1);
    let next = one.headers.get("link").expect("a next page").to_str().unwrap().to_string();
    assert!(next.contains("rel=\"next\"") && next.contains("limit=1"), "{next}");
    let next_url = next.trim_start_matches('<').split('>').next().unwrap().to_string();
    let second = anna.get(&next_url);
    assert_eq!(second.json().as_array().unwrap().len(), 1, "{}", second.body);
    assert_ne!(second.json()[0]["id"], one.json()[0]["id"]);
    let listed = anna.get("/api/v1/communities").json();
    assert_eq!(listed["items"][0]["role"], "member", "{listed}");

    // What members may not do, and what a stranger finds: nothing.
    assert_eq!(anna.post(&format!("{base}/invitations"), &json!({})).status, 404);
    assert_eq!(anna.get(&format!("{base}/invitations")).status, 404);
    assert_eq!(anna.send("DELETE", &format!("{base}/members/{bruno_id}"), &json!({})).status, 404);
    assert_eq!(anna.send("PATCH", &base, &json!({"webhook": "https://example.com/x"})).status, 404);
    for path in ["", "/members", "/matches", "/profile", "/invitations"] {
        let answer = stranger.get(&format!("{base}{path}"));
        assert_eq!(answer.status, 404, "{path}: {}", answer.body);
        assert!(!answer.body.contains("Bruno") && !answer.body.contains("BNI"), "{path}: {}", answer.body);
    }
    assert_eq!(stranger.send("PUT", &format!("{base}/profile"), &json!({"offers": ["x"]})).status, 404);
    assert_eq!(stranger.send("DELETE", &format!("{base}/membership"), &json!({})).status, 404);

    // A co-organiser may invite; only the organiser names one.
    let role = format!("{base}/members/{anna_id}/role");
    assert_eq!(bruno.send("PUT", &role, &json!({"role": "co-organiser"})).status, 404, "a member names nobody");
    assert_eq!(org.send("PUT", &role, &json!({"role": "co-organiser"})).status, 204);
    assert_eq!(anna.post(&format!("{base}/invitations"), &json!({})).status, 201, "a co-organiser invites");
    assert_eq!(org.send("PUT", &role, &json!({"role": "organiser"})).status, 422, "one organiser");
    assert_eq!(org.send("PUT", &role, &json!({"role": "member"})).status, 204);
    assert_eq!(anna.post(&format!("{base}/invitations"), &json!({})).status, 404, "a member again");

    // Removed: out of the members and of Anna's matches at once.
    assert_eq!(org.send("DELETE", &format!("{base}/members/{bruno_id}"), &json!({})).status, 204);
    assert_eq!(bruno.get(&format!("{base}/members")).status, 404, "a removed member sees nothing");
    assert_eq!(bruno.get(&base).status, 404);
    let after = anna.get(&format!("{base}/matches")).json();
    assert!(!after.as_array().unwrap().iter().any(|m| m["member"]["id"].as_u64() == Some(bruno_id)), "{after}");
    // Leaving; a revoked link admits nobody.
    assert_eq!(org.send("DELETE", &format!("{base}/membership"), &json!({})).status, 422, "the organiser stays");
    assert_eq!(anna.send("DELETE", &format!("{base}/membership"), &json!({})).status, 204);
    assert_eq!(anna.get(&base).status, 404);
    let links = org.get(&format!("{base}/invitations")).json();
    assert_eq!(links["items"].as_array().unwrap().len(), 2, "Olga's and the one Anna made: {links}");
    for link in links["items"].as_array().unwrap() {
        let id = link["id"].as_i64().unwrap();
        assert_eq!(org.send("DELETE", &format!("{base}/invitations/{id}"), &json!({})).status, 204);
    }
    let refused = stranger.post(&format!("/api/v1/invitations/{token}/accept"), &json!({}));
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(refused.json()["error"]["field"], "invitation");
}

fn the_ledger_and_followups(db: &Db) {
    let server = start(db);
    let m = register(&server.base, "m@example.it", "Maria");
    let p = m.post("/api/v1/people", &json!({"name": "Paolo Neri"})).json()["id"].as_i64().unwrap();
    let received = m.post(
        "/api/v1/exchanges",
        &json!({"direction": "received", "kind": "business", "person": p, "on": "-3d", "amount_cents": 350_050, "note": "the Verona contract"}),
    );
    assert_eq!(received.status, 201, "{}", received.body);
    let received = received.json();
    assert_eq!(received["amount_cents"], 350_050);
    let id = received["id"].as_i64().unwrap();
    // The agenda asks to thank for it; thanking clears it.
    let today = m.get("/api/v1/today").json();
    assert!(today.as_array().unwrap().iter().any(|i| i["kind"] == "thank_for_exchange"), "{today}");
    let thanked = m.post(&format!("/api/v1/exchanges/{id}/thank"), &json!({}));
    assert_eq!(thanked.status, 200, "{}", thanked.body);
    assert!(thanked.json()["thanked_on"].is_string());
    let today = m.get("/api/v1/today").json();
    assert!(!today.as_array().unwrap().iter().any(|i| i["kind"] == "thank_for_exchange"));
    let given = m.post("/api/v1/exchanges", &json!({"direction": "given", "kind": "referral", "person": p})).json();
    let refused = m.post(&format!("/api/v1/exchanges/{}/thank", given["id"]), &json!({}));
    assert_eq!(refused.status, 409);
    assert_eq!(refused.json()["error"]["code"], "refused");
    let negative = m
        .post("/api/v1/exchanges", &json!({"direction": "given", "kind": "business", "person": p, "amount_cents": -5}));
    assert_eq!(negative.status, 422);
    assert_eq!(negative.json()["error"]["field"], "amount");
    assert_eq!(m.get(&format!("/api/v1/exchanges?person={p}")).json()["items"].as_array().unwrap().len(), 2);

    // Corrections: absent fields stay, the rules of recording hold.
    let other = m.post("/api/v1/people", &json!({"name": "Sara Gialli"})).json()["id"].as_i64().unwrap();
    let url = format!("/api/v1/exchanges/{id}");
    let fixed = m.send("PATCH", &url, &json!({"kind": "referral", "person": other, "note": " the Verona lead "}));
    assert_eq!(fixed.status, 200, "{}", fixed.body);
    let got = m.get(&url).json();
    assert_eq!(
        (&got["kind"], &got["person"], &got["note"], &got["amount_cents"]),
        (&json!("referral"), &json!(other), &json!("the Verona lead"), &json!(350_050)),
        "{got}"
    );
    assert!(got["thanked_on"].is_string(), "the thanks stay: {got}");
    let unthanked = m.send("PATCH", &url, &json!({"not_thanked": true})).json();
    assert!(unthanked["thanked_on"].is_null(), "{unthanked}");
    let late = m.send("PATCH", &url, &json!({"on": "+1w"}));
    assert_eq!((late.status, late.json()["error"]["field"].clone()), (422, json!("on")), "{}", late.body);
    assert_eq!(m.send("PATCH", &url, &json!({"direction": "given"})).status, 422, "the direction stays");
    let interaction = m.post("/api/v1/interactions", &json!({"kind": "call", "with": [p], "notes": "prima"})).json();
    let url = format!("/api/v1/interactions/{}", interaction["id"]);
    let fixed = m.send("PATCH", &url, &json!({"kind": "meeting", "with": [p, other], "on": "-2d", "notes": ""}));
    assert_eq!(fixed.status, 200, "{}", fixed.body);
    let got = m.get(&url).json();
    assert_eq!((&got["kind"], &got["notes"]), (&json!("meeting"), &Value::Null), "{got}");
    assert_eq!(got["with"].as_array().unwrap().len(), 2, "{got}");
    assert_eq!(m.send("PATCH", &url, &json!({"with": []})).json()["error"]["field"], "with");

    let f = m.post("/api/v1/followups", &json!({"person": p, "due": "+2d", "text": "send the brochure"}));
    assert_eq!(f.status, 201, "{}", f.body);
    let fid = f.json()["id"].as_i64().unwrap();
    let past = m.post(&format!("/api/v1/followups/{fid}/snooze"), &json!({"until": "yesterday"}));
    assert_eq!(past.status, 422);
    assert_eq!(past.json()["error"]["field"], "until");
    assert_eq!(m.post(&format!("/api/v1/followups/{fid}/snooze"), &json!({"until": "+1w"})).status, 200);
    let url = format!("/api/v1/followups/{fid}");
    let fixed = m.send("PATCH", &url, &json!({"text": "send the new brochure", "person": other}));
    assert_eq!(fixed.status, 200, "{}", fixed.body);
    let open = m.get("/api/v1/followups").json();
    let got = &open["items"][0];
    assert_eq!((&got["text"], &got["person"]), (&json!("send the new brochure"), &json!(other)), "{open}");
    assert!(got["snoozed_until"].is_string(), "a new text keeps the snooze: {got}");
    let moved = m.send("PATCH", &url, &json!({"due": "+3d"})).json();
    assert!(moved["snoozed_until"].is_null(), "a new due date ends it: {moved}");
    assert_eq!(m.send("PATCH", &url, &json!({"text": "  "})).json()["error"]["field"], "text");
    assert_eq!(m.send("PATCH", &url, &json!({"due": "2040-01-01"})).json()["error"]["field"], "due");
    assert_eq!(m.get("/api/v1/followups").json()["items"][0]["text"], "send the new brochure");
    assert_eq!(m.post(&format!("/api/v1/followups/{fid}/done"), &json!({})).status, 200);
    assert_eq!(m.get("/api/v1/followups").json()["items"].as_array().unwrap().len(), 0);
    assert_eq!(m.get("/api/v1/followups?all=true").json()["items"].as_array().unwrap().len(), 1);
    // The person's timeline holds it all, newest first, each with its id.
    let timeline = m.get(&format!("/api/v1/people/{p}/timeline")).json();
    let entries = timeline["items"].as_array().unwrap();
    let kinds: Vec<&str> = entries.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["exchange", "interaction"], "newest first: {timeline}");
    assert_eq!(entries[1]["id"], interaction["id"], "{timeline}");
    // What was moved to the other person is on their timeline now.
    let theirs = m.get(&format!("/api/v1/people/{other}/timeline")).json();
    let theirs: Vec<(String, i64)> = theirs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["type"].as_str().unwrap().to_string(), e["id"].as_i64().unwrap()))
        .collect();
    assert!(theirs.contains(&("followup".to_string(), fid)), "{theirs:?}");
    assert!(theirs.contains(&("exchange".to_string(), id)), "{theirs:?}");
    let first = m.get(&format!("/api/v1/people/{p}/timeline?limit=1")).json();
    assert_eq!(first["items"].as_array().unwrap().len(), 1);
    assert!(first["next_cursor"].is_string());
    assert_eq!(m.send("DELETE", &format!("/api/v1/followups/{fid}"), &json!({})).status, 200);
    assert_eq!(m.send("DELETE", &format!("/api/v1/exchanges/{id}"), &json!({})).status, 200);
    assert_eq!(m.get(&format!("/api/v1/exchanges/{id}")).status, 404);
}

fn the_forms_scripts_rely_on(db: &Db) {
    let server = start(db);
    let anna = register(&server.base, "anna@example.it", "Anna Bianchi");

    let created =
        anna.post("/api/v1/people", &json!({"name": "Marco Rossi", "company": "Acme", "emails": ["marco@acme.it"]}));
    assert_eq!(created.status, 201, "{}", created.body);
    let card = created.json();
    let id = card["id"].as_i64().unwrap();
    for field in ["name", "company", "emails", "tier", "strength", "balance_12m", "interactions", "last_contact"] {
        assert!(card.get(field).is_some(), "the card lacks {field}: {card}");
    }

    let got = anna.get(&format!("/api/v1/people/{id}"));
    assert_eq!(got.status, 200);
    assert_eq!(got.json()["name"], "Marco Rossi");

    let found = anna.get("/api/v1/people?q=ross").json();
    assert_eq!(found["items"].as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found["items"][0]["id"].as_i64(), Some(id));

    let logged = anna.post(
        "/api/v1/interactions",
        &json!({"kind": "meeting", "with": [id], "on": "yesterday", "topics": "export to Germany", "notes": "wants an intro to a logistics firm", "purpose": "social", "by": "them"}),
    );
    assert_eq!(logged.status, 201, "{}", logged.body);
    assert_eq!(logged.json()["with"], json!([id]));

    let card = anna.get(&format!("/api/v1/people/{id}")).json();
    assert_eq!(card["interactions"].as_array().unwrap().len(), 1);
    assert!(card["last_contact"].is_string());

    // Yesterday's meeting with someone new asks for a thank-you today.
    let today = anna.get("/api/v1/today");
    assert_eq!(today.status, 200);
    let items = today.json();
    let items = items.as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i["person"]["id"].as_i64() == Some(id)));
    for field in ["kind", "person", "due", "reason", "overdue"] {
        assert!(items[0].get(field).is_some(), "an agenda item lacks {field}");
    }

    // Pages of people follow the cursor to the end.
    for n in 0..4 {
        assert_eq!(anna.post("/api/v1/people", &json!({"name": format!("Persona {n}")})).status, 201);
    }
    let first = anna.get("/api/v1/people?limit=3").json();
    assert_eq!(first["items"].as_array().unwrap().len(), 3);
    let cursor = first["next_cursor"].as_str().unwrap().to_string();
    let second = anna.get(&format!("/api/v1/people?limit=3&cursor={cursor}")).json();
    assert_eq!(second["items"].as_array().unwrap().len(), 2);
    assert!(second["next_cursor"].is_null());
}

/// User A's ids, which user B will ask for.
struct Owned {
    person: i64,
    interaction: i64,
    token: i64,
    exchange: i64,
    followup: i64,
    milestone: i64,
    event: i64,
    community: i64,
}

fn seed_secret(a: &Client) -> Owned {
    let person = a
        .post("/api/v1/people", &json!({"name": "Segreta Riservati", "notes": "PRIVATE-NOTE", "company": "Nascosta"}))
        .json()["id"]
        .as_i64()
        .unwrap();
    let interaction = a
        .post("/api/v1/interactions", &json!({"kind": "call", "with": [person], "notes": "PRIVATE-CALL"}))
        .json()["id"]
        .as_i64()
        .unwrap();
    let token = a.get("/api/v1/tokens").json()["items"][0]["id"].as_i64().unwrap();
    let exchange = a
        .post(
            "/api/v1/exchanges",
            &json!({"direction": "received", "kind": "referral", "person": person, "note": "PRIVATE-REFERRAL"}),
        )
        .json()["id"]
        .as_i64()
        .unwrap();
    let followup =
        a.post("/api/v1/followups", &json!({"person": person, "due": "+1w", "text": "PRIVATE-PROMISE"})).json()["id"]
            .as_i64()
            .unwrap();
    let milestone = a
        .post("/api/v1/milestones", &json!({"person": person, "kind": "promotion", "note": "PRIVATE-PROMOTION"}))
        .json()["id"]
        .as_i64()
        .unwrap();
    let event = a.post("/api/v1/events", &json!({"name": "PRIVATE-DINNER", "attendees": [person]})).json()["id"]
        .as_i64()
        .unwrap();
    let community = a.post("/api/v1/communities", &json!({"name": "PRIVATE-CLUB"})).json()["id"].as_i64().unwrap();
    let members = "{\"id\": 7, \"name\": \"Segreta Socia\", \"lang\": \"it\", \"offers\": [\"PRIVATE-OFFER\"]}\n";
    let added = call(
        "POST",
        &format!("{}/api/v1/communities/{community}/members", a.base),
        &a.auth.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(),
        Some(members),
    );
    assert_eq!(added.status, 200, "{}", added.body);
    let profile = a.send(
        "PATCH",
        &format!("/api/v1/communities/{community}/profile"),
        &json!({"offers": ["PRIVATE-GIFT", "consulenza fiscale per startup"], "seeks": ["PRIVATE-NEED"]}),
    );
    assert_eq!(profile.status, 200, "{}", profile.body);
    Owned { person, interaction, token, exchange, followup, milestone, event, community }
}

fn every_route_as_another_user_finds_nothing(db: &Db) {
    let server = start(db);
    let a = register(&server.base, "a@example.it", "Alice");
    let owned = seed_secret(&a);
    let b = register(&server.base, "b@example.it", "Bruno");
    let own = b.post("/api/v1/people", &json!({"name": "Bruno's own"})).json()["id"].as_i64().unwrap();

    let doc = call("GET", &format!("{}/api/v1/openapi.json", server.base), &[], None).json();
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 10, "the document lists the routes: {paths:?}");
    let mut walked = 0;
    for (path, item) in paths {
        for method in item.as_object().unwrap().keys() {
            let method = method.to_uppercase();
            // Registering and signing in are public; logging out would
            // end B's own token mid-walk (it is tested on its own).
            if path.starts_with("/auth/") {
                continue;
            }
            let id = if path.starts_with("/tokens/") {
                owned.token
            } else if path.starts_with("/interactions/") {
                owned.interaction
            } else if path.starts_with("/exchanges/") {
                owned.exchange
            } else if path.starts_with("/followups/") {
                owned.followup
            } else if path.starts_with("/milestones/") {
                owned.milestone
            } else if path.starts_with("/events/") {
                owned.event
            } else if path.starts_with("/communities/") {
                owned.community
            } else {
                owned.person
            };
            let url = format!("/api/v1{}", path.replace("{id}", &id.to_string()))
                .replace("{member}", "1")
                .replace("{invitation}", "1");
            let body = match (method.as_str(), path.as_str()) {
                ("POST", "/interactions") => json!({"kind": "call", "with": [owned.person]}),
                ("POST", "/people") => json!({"name": "Nuovo"}),
                ("POST", p) if p.ends_with("/merge") => json!({"with": own}),
                ("POST", p) if p.ends_with("/archive") => json!({"reason": "x"}),
                ("POST", "/exchanges") => json!({"direction": "given", "kind": "advice", "person": owned.person}),
                ("POST", "/followups") => json!({"person": owned.person, "due": "+1d", "text": "x"}),
                ("POST", "/today/done") => json!({"kind": "follow_up", "person": own, "followup": owned.followup}),
                ("POST", "/today/snooze") => json!({"kind": "keep_in_touch", "person": owned.person, "until": "+1d"}),
                ("POST", p) if p.ends_with("/snooze") => json!({"until": "+1d"}),
                ("PATCH", "/account") => json!({"lang": "it"}),
                ("POST", "/milestones") => json!({"person": owned.person, "kind": "award"}),
                ("POST", "/events") => json!({"name": "B's event", "attendees": [owned.person]}),
                ("POST", p) if p.ends_with("/attend") => json!({"with": [own]}),
                ("POST", "/communities") => json!({"name": "B's club"}),
                ("POST", "/audit/plan") => json!({"answers": vec![true; 17]}),
                ("PATCH", p) if p.starts_with("/communities/") && p.ends_with("/profile") => {
                    json!({"offers": ["overwritten"]})
                }
                ("PATCH", p) if p.starts_with("/communities/") => json!({"webhook": "https://example.com/hook"}),
                ("PUT", p) if p.ends_with("/role") => json!({"role": "co-organiser"}),
                ("PATCH", p) if p.starts_with("/milestones/") => json!({"note": "overwritten"}),
                ("PATCH", p) if p.starts_with("/events/") => json!({"place": "overwritten"}),
                ("PATCH", p) if p.starts_with("/exchanges/") => json!({"note": "overwritten"}),
                ("PATCH", p) if p.starts_with("/followups/") => json!({"text": "overwritten"}),
                ("PATCH", _) => json!({"notes": "overwritten"}),
                _ => json!({}),
            };
            let answer = if method == "GET" { b.get(&url) } else { b.send(&method, &url, &body) };
            walked += 1;
            assert!(
                !answer.body.contains("PRIVATE") && !answer.body.contains("Segreta"),
                "{method} {url} leaked A's data to B: {}",
                answer.body
            );
            match (method.as_str(), path.as_str()) {
                // B's own collections and account.
                (
                    "GET",
                    "/people" | "/interactions" | "/exchanges" | "/followups" | "/today" | "/tokens" | "/account"
                    | "/account/sessions" | "/account/export" | "/milestones" | "/events" | "/audit" | "/audit/quiz"
                    | "/communities",
                )
                | ("POST", "/audit/plan")
                | ("PATCH", "/account") => {
                    assert_eq!(answer.status, 200, "{method} {url}: {}", answer.body)
                }
                // Creating with A's ids inside the body: A's person is not B's.
                ("POST", "/interactions" | "/exchanges" | "/followups" | "/milestones" | "/events") => {
                    assert_eq!(answer.status, 404, "{method} {url}: {}", answer.body)
                }
                // Another's follow-up or person, named in the body.
                ("POST", "/today/done" | "/today/snooze") => {
                    assert_eq!(answer.status, 404, "{method} {url}: {}", answer.body)
                }
                // The calendar link takes a session; B walks with a token.
                ("POST" | "DELETE", "/account/calendar-link") => {
                    assert_eq!(answer.status, 403, "{method} {url}: {}", answer.body)
                }
                // A body that is no address book is refused, naming the file.
                ("POST", "/imports") => assert_eq!(answer.status, 422, "{method} {url}: {}", answer.body),
                ("POST", "/communities") => assert_eq!(answer.status, 201, "{method} {url}: {}", answer.body),
                // B's own invitations; making one takes a session, B walks with a token.
                ("GET", "/invitations") => assert_eq!(answer.status, 200, "{method} {url}: {}", answer.body),
                ("POST", "/invitations") => assert_eq!(answer.status, 403, "{method} {url}: {}", answer.body),
                // No invitation has that secret.
                ("POST", "/invitations/{token}/accept") => {
                    assert_eq!(answer.status, 422, "{method} {url}: {}", answer.body)
                }
                ("POST", "/people" | "/tokens") | ("DELETE", "/account") | ("POST", "/account/password") => {
                    assert_ne!(answer.status, 500, "{method} {url}")
                }
                (_, p) if p.contains("{id}") => assert_eq!(answer.status, 404, "{method} {url}: {}", answer.body),
                _ => panic!("a route the privacy test does not classify: {method} {path}; add it here"),
            }
        }
    }
    assert!(walked >= 20, "walked {walked} routes");
    // A's data is intact.
    let card = a.get(&format!("/api/v1/people/{}", owned.person)).json();
    assert_eq!(card["notes"], "PRIVATE-NOTE");
    assert_eq!(card["interactions"].as_array().unwrap().len(), 1);
    assert_eq!(a.get(&format!("/api/v1/interactions/{}", owned.interaction)).json()["notes"], "PRIVATE-CALL");
    assert_eq!(a.get("/api/v1/tokens").status, 200);
    assert_eq!(a.get(&format!("/api/v1/exchanges/{}", owned.exchange)).json()["note"], "PRIVATE-REFERRAL");
    assert_eq!(a.get(&format!("/api/v1/milestones/{}", owned.milestone)).json()["note"], "PRIVATE-PROMOTION");
    let event = a.get(&format!("/api/v1/events/{}", owned.event)).json();
    assert_eq!(event["attendees"], json!([owned.person]), "B's attend or edit did not touch it: {event}");
    assert!(event["place"].is_null());
    let club = a.get(&format!("/api/v1/communities/{}", owned.community)).json();
    assert_eq!(club["members"], 1);
    assert!(club["webhook"].is_null(), "{club}");
    let mine = a.get(&format!("/api/v1/communities/{}/profile", owned.community)).json();
    assert_eq!(mine["profile"]["offers"][0], "PRIVATE-GIFT");
    let b_clubs = b.get("/api/v1/communities").json();
    assert!(!b_clubs.to_string().contains("PRIVATE"), "{b_clubs}");
    let open = a.get("/api/v1/followups").json();
    assert_eq!(open["items"][0]["text"], "PRIVATE-PROMISE", "B's snooze or done did not touch it");
    assert!(open["items"][0]["snoozed_until"].is_null());
}

fn cross_site_requests_are_refused(db: &Db) {
    let server = start(db);
    register(&server.base, "c@example.it", "Carla");
    let cookie = form_login(&server.base, "c@example.it", PASSWORD, None).session_cookie().unwrap();
    let session = format!("rete_session={cookie}");
    let body = json!({"name": "Evil"}).to_string();
    let url = format!("{}/api/v1/people", server.base);
    let headers_cross =
        [("cookie", session.as_str()), ("content-type", "application/json"), ("sec-fetch-site", "cross-site")];
    assert_eq!(call("POST", &url, &headers_cross, Some(&body)).status, 403);
    let headers_origin =
        [("cookie", session.as_str()), ("content-type", "application/json"), ("origin", "https://evil.example")];
    assert_eq!(call("POST", &url, &headers_origin, Some(&body)).status, 403);
    // The login form too.
    let form = "email=c%40example.it&password=x";
    let login = [("content-type", "application/x-www-form-urlencoded"), ("sec-fetch-site", "cross-site")];
    assert_eq!(call("POST", &format!("{}/login", server.base), &login, Some(form)).status, 403);
    // Nothing was created; the same request from the site itself works.
    let same = [("cookie", session.as_str()), ("content-type", "application/json"), ("sec-fetch-site", "same-origin")];
    assert_eq!(call("GET", &url, &same, None).json()["items"].as_array().unwrap().len(), 0);
    assert_eq!(call("POST", &url, &same, Some(&body)).status, 201);
}

fn logins_are_rate_limited(db: &Db) {
    let server = start(db);
    register(&server.base, "d@example.it", "Dario");
    let wrong = json!({"email": "d@example.it", "password": "not the password"}).to_string();
    let url = format!("{}/api/v1/auth/token", server.base);
    let mut statuses = Vec::new();
    for _ in 0..12 {
        statuses.push(call("POST", &url, &[("content-type", "application/json")], Some(&wrong)));
    }
    assert!(
        statuses[..9].iter().all(|a| a.status == 401),
        "{:?}",
        statuses.iter().map(|a| a.status).collect::<Vec<_>>()
    );
    let limited = statuses.last().unwrap();
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(limited.header("retry-after").unwrap().parse::<u64>().unwrap() > 0);
    assert_eq!(limited.json()["error"]["code"], "rate_limited");
    // Even the right password waits now: the counter is the account's.
    let right = json!({"email": "d@example.it", "password": PASSWORD}).to_string();
    assert_eq!(call("POST", &url, &[("content-type", "application/json")], Some(&right)).status, 429);
    // The form counts against the same limit.
    assert_eq!(form_login(&server.base, "d@example.it", PASSWORD, None).status, 429);
}

fn a_login_renews_the_session(db: &Db) {
    let server = start(db);
    register(&server.base, "e@example.it", "Elena");
    let first = form_login(&server.base, "e@example.it", PASSWORD, None);
    assert_eq!(first.status, 303);
    assert_eq!(first.header("location"), Some("/"));
    let cookie = first.header("set-cookie").unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http on localhost: {cookie}");
    let old = first.session_cookie().unwrap();
    let again = form_login(&server.base, "e@example.it", PASSWORD, Some(&old));
    let new = again.session_cookie().unwrap();
    assert_ne!(old, new, "the session id is renewed at login");
    assert_eq!(session_client(&server.base, "e", &old).get("/api/v1/account").status, 401);
    let me = session_client(&server.base, "e", &new).get("/api/v1/account");
    assert_eq!(me.status, 200);
    assert_eq!(me.json()["email"], "e@example.it");
}

fn tokens_have_scopes_and_end_when_revoked(db: &Db) {
    let server = start(db);
    let writer = register(&server.base, "f@example.it", "Franco");
    let cookie = form_login(&server.base, "f@example.it", PASSWORD, None).session_cookie().unwrap();
    let browser = session_client(&server.base, "f@example.it", &cookie);
    let issued =
        browser.post("/api/v1/tokens", &json!({"name": "read-only backup", "scope": "read", "expires_in_days": 30}));
    assert_eq!(issued.status, 201, "{}", issued.body);
    let secret = issued.json()["token"].as_str().unwrap().to_string();
    assert!(secret.starts_with("rete_"));
    let reader = Client {
        base: server.base.clone(),
        auth: vec![("authorization".into(), format!("Bearer {secret}"))],
        email: "f".into(),
    };
    assert_eq!(reader.get("/api/v1/people").status, 200);
    assert_eq!(reader.post("/api/v1/people", &json!({"name": "X"})).status, 403);
    // A token, even a writing one, cannot make tokens.
    assert_eq!(writer.post("/api/v1/tokens", &json!({"name": "more", "scope": "write"})).status, 403);
    // Listed without secrets, with a last-used time.
    let list = browser.get("/api/v1/tokens");
    assert!(!list.body.contains(&secret));
    let listed = list.json();
    let read_token = listed["items"].as_array().unwrap().iter().find(|t| t["scope"] == "read").unwrap().clone();
    assert!(read_token["last_used_at"].is_i64());
    assert!(read_token["expires_at"].is_i64());
    let id = read_token["id"].as_i64().unwrap();
    assert_eq!(browser.send("DELETE", &format!("/api/v1/tokens/{id}"), &json!({})).status, 204);
    assert_eq!(reader.get("/api/v1/people").status, 401);
}

fn password_change_and_logout_end_sessions(db: &Db) {
    let server = start(db);
    register(&server.base, "g@example.it", "Giulia");
    let one = form_login(&server.base, "g@example.it", PASSWORD, None).session_cookie().unwrap();
    let two = form_login(&server.base, "g@example.it", PASSWORD, None).session_cookie().unwrap();
    let browser = session_client(&server.base, "g", &one);
    assert_eq!(browser.get("/api/v1/account/sessions").json()["items"].as_array().unwrap().len(), 2);
    let weak =
        browser.post("/api/v1/account/password", &json!({"current_password": PASSWORD, "new_password": "password123"}));
    assert_eq!(weak.status, 422);
    assert_eq!(weak.json()["error"]["field"], "password");
    let changed = browser.post(
        "/api/v1/account/password",
        &json!({"current_password": PASSWORD, "new_password": "un'altra frase lunga"}),
    );
    assert_eq!(changed.status, 204, "{}", changed.body);
    assert_eq!(session_client(&server.base, "g", &two).get("/api/v1/account").status, 401);
    assert_eq!(browser.get("/api/v1/account").status, 200);
    assert_eq!(form_login(&server.base, "g@example.it", PASSWORD, None).status, 401);
    assert_eq!(browser.post("/api/v1/auth/logout", &json!({})).status, 204);
    assert_eq!(browser.get("/api/v1/account").status, 401);
}

fn errors_have_one_shape(db: &Db) {
    let server = start(db);
    let h = register(&server.base, "h@example.it", "Ugo");
    let missing = h.post("/api/v1/people", &json!({"company": "Acme"}));
    assert_eq!(missing.status, 422);
    assert_eq!(missing.json()["error"]["field"], "name");
    let bad_kind = h.post("/api/v1/interactions", &json!({"kind": "dinner", "with": [1]}));
    assert_eq!(bad_kind.status, 422);
    assert_eq!(bad_kind.json()["error"]["field"], "kind");
    let person = h.post("/api/v1/people", &json!({"name": "Rita"})).json()["id"].as_i64().unwrap();
    let future = h.post("/api/v1/interactions", &json!({"kind": "call", "with": [person], "on": "+10000-01-01"}));
    assert_eq!(future.status, 422, "{}", future.body);
    assert_eq!(future.json()["error"]["field"], "on");
    let later = h.post("/api/v1/interactions", &json!({"kind": "call", "with": [person], "on": "+1m"}));
    assert_eq!(later.status, 422);
    let unknown = h.get("/api/v1/people/999999");
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["error"]["code"], "not_found");
    assert_eq!(h.get("/api/v1/people/not-a-number").status, 404);
    assert_eq!(h.get("/api/v1/no/such/route").json()["error"]["code"], "not_found");
    let huge = json!({"name": "x".repeat(400 * 1024)});
    let too_large = h.post("/api/v1/people", &huge);
    assert_eq!(too_large.status, 413);
    assert_eq!(too_large.json()["error"]["code"], "too_large");
    let long_name = h.post("/api/v1/people", &json!({"name": "x".repeat(301)}));
    assert_eq!(long_name.status, 422);
    let taken = call(
        "POST",
        &format!("{}/api/v1/auth/register", server.base),
        &[("content-type", "application/json"), ("accept-language", "it-IT,it;q=0.9")],
        Some(&json!({"email": "H@example.it", "password": PASSWORD, "name": "Ugo"}).to_string()),
    );
    assert_eq!(taken.status, 409);
    assert_eq!(taken.json()["error"]["message"], "Esiste già un account con questo indirizzo e-mail.");
    let unauthenticated = call("GET", &format!("{}/api/v1/people", server.base), &[], None);
    assert_eq!(unauthenticated.status, 401);
    assert_eq!(unauthenticated.json()["error"]["code"], "unauthenticated");
}

fn security_headers_on_every_response(db: &Db) {
    let server = start(db);
    let client = register(&server.base, "i@example.it", "Ida");
    let answers = [
        call("GET", &format!("{}/login", server.base), &[], None),
        call("GET", &format!("{}/no-such-page", server.base), &[], None),
        call("GET", &format!("{}/static/rete.css", server.base), &[], None),
        call("GET", &format!("{}/api/v1/openapi.json", server.base), &[], None),
        client.get("/api/v1/people"),
        client.get("/api/v1/people/424242"),
    ];
    for a in &answers {
        let csp = a.header("content-security-policy").unwrap();
        assert!(
            csp.contains("default-src 'self'")
                && csp.contains("frame-ancestors 'none'")
                && !csp.contains("unsafe-inline")
        );
        assert_eq!(a.header("x-content-type-options"), Some("nosniff"));
        assert!(a.header("referrer-policy").is_some());
        assert!(a.header("x-request-id").is_some());
    }
    assert_eq!(answers[4].header("cache-control"), Some("no-store"));
    assert_eq!(answers[1].status, 404);
    assert!(answers[2].header("cache-control").unwrap().contains("max-age"));
}

fn deleting_the_account_deletes_everything(db: &Db) {
    let server = start(db);
    let j = register(&server.base, "j@example.it", "Jacopo");
    let person = j.post("/api/v1/people", &json!({"name": "Lucia Verdi", "emails": ["lucia@verdi.it"]})).json()["id"]
        .as_i64()
        .unwrap();
    j.post("/api/v1/interactions", &json!({"kind": "meeting", "with": [person]}));
    let backup = j.get("/api/v1/account/export");
    assert_eq!(backup.status, 200);
    assert!(backup.header("content-disposition").unwrap().contains("attachment"));
    let doc: Value = backup.json();
    assert_eq!(doc["people"].as_array().unwrap().len(), 1);
    let vcard = j.get("/api/v1/account/export?format=vcard");
    assert!(vcard.body.contains("BEGIN:VCARD") && vcard.body.contains("Lucia Verdi"));

    let cookie = form_login(&server.base, "j@example.it", PASSWORD, None).session_cookie().unwrap();
    let browser = session_client(&server.base, "j", &cookie);
    // A token may not delete the account; the wrong password neither.
    assert_eq!(j.send("DELETE", "/api/v1/account", &json!({"password": PASSWORD})).status, 403);
    assert_eq!(browser.send("DELETE", "/api/v1/account", &json!({"password": "wrong password!"})).status, 422);
    assert_eq!(browser.send("DELETE", "/api/v1/account", &json!({"password": PASSWORD})).status, 204);
    assert_eq!(browser.get("/api/v1/account").status, 401);
    assert_eq!(j.get("/api/v1/people").status, 401);
    assert_eq!(form_login(&server.base, "j@example.it", PASSWORD, None).status, 401);
    // The e-mail is free again, and the new account starts empty.
    let again = register(&server.base, "j@example.it", "Jacopo");
    assert_eq!(again.get("/api/v1/people").json()["items"].as_array().unwrap().len(), 0);
}

/// Milestones, events, drafts, the audit, imports and communities: the
/// rest of Keep and Grow, as resources.
fn keep_and_grow_resources(db: &Db) {
    let server = start(db);
    let m = register(&server.base, "g@example.it", "Giulia");
    let raw = |method: &str, path: &str, body: &str| {
        let headers: Vec<(&str, &str)> = m.auth.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        call(method, &format!("{}{path}", m.base), &headers, Some(body))
    };
    // An import: a dry run writes nothing, the commit writes it all.
    let vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luca Verdi\r\nN:Verdi;Luca;;;\r\nEMAIL:luca@verdi.it\r\nORG:Verdi Srl\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara Blu\r\nN:Blu;Sara;;;\r\nTEL:+39 333 1234567\r\nEND:VCARD\r\n";
    let dry = raw("POST", "/api/v1/imports?dry_run=true&file=contatti.vcf", vcard);
    assert_eq!(dry.status, 200, "{}", dry.body);
    let dry = dry.json();
    assert_eq!(dry["kind"], "vcard");
    assert_eq!(dry["report"]["created"], 2);
    assert_eq!(dry["report"]["file"], "contatti.vcf");
    assert_eq!(m.get("/api/v1/people").json()["items"].as_array().unwrap().len(), 0, "a dry run writes nothing");
    let done = raw("POST", "/api/v1/imports?file=contatti.vcf", vcard);
    assert_eq!(done.status, 201, "{}", done.body);
    assert_eq!(m.get("/api/v1/people").json()["items"].as_array().unwrap().len(), 2);
    let again = raw("POST", "/api/v1/imports?kind=vcard", vcard).json();
    assert_eq!(again["report"]["unchanged"], 2, "{again}");
    let junk = raw("POST", "/api/v1/imports?file=foto.jpg", "\u{1}\u{2}not a card");
    assert_eq!(junk.status, 422, "{}", junk.body);
    assert_eq!(junk.json()["error"]["field"], "file");
    assert!(junk.json()["error"]["message"].as_str().unwrap().contains("foto.jpg"), "{}", junk.body);
    let bad_kind = raw("POST", "/api/v1/imports?kind=excel", vcard);
    assert_eq!(bad_kind.json()["error"]["field"], "kind");

    let luca = m.get("/api/v1/people?q=verdi").json()["items"][0]["id"].as_i64().unwrap();
    // Milestones: add, correct, list, delete.
    let ms =
        m.post("/api/v1/milestones", &json!({"person": luca, "kind": "new-job", "on": "-2d", "note": "CTO at Verdi"}));
    assert_eq!(ms.status, 201, "{}", ms.body);
    let ms_id = ms.json()["id"].as_i64().unwrap();
    let fixed = m.send("PATCH", &format!("/api/v1/milestones/{ms_id}"), &json!({"kind": "promotion"}));
    assert_eq!(fixed.json()["kind"], "promotion", "{}", fixed.body);
    let far = m.send("PATCH", &format!("/api/v1/milestones/{ms_id}"), &json!({"on": "2999-01-01"}));
    assert_eq!(far.status, 422);
    assert_eq!(far.json()["error"]["field"], "on");
    assert_eq!(m.get(&format!("/api/v1/milestones?person={luca}")).json()["items"].as_array().unwrap().len(), 1);
    // The agenda asks for a congratulation, and a draft names the promotion.
    let today = m.get("/api/v1/today").json();
    assert!(today.to_string().contains("Luca Verdi"), "{today}");
    let draft = m.get(&format!("/api/v1/people/{luca}/draft?kind=congrats"));
    assert_eq!(draft.status, 200, "{}", draft.body);
    let draft = draft.json();
    assert!(draft["text"].as_str().unwrap().contains("Luca"), "{draft}");
    assert_eq!(draft["email"], "luca@verdi.it");
    let nothing = m.get(&format!("/api/v1/people/{luca}/draft?kind=thanks"));
    assert_eq!(nothing.status, 409, "nothing received yet: {}", nothing.body);
    assert_eq!(m.get(&format!("/api/v1/people/{luca}/draft?kind=dinner")).json()["error"]["field"], "kind");
    assert_eq!(m.send("DELETE", &format!("/api/v1/milestones/{ms_id}"), &json!({})).status, 200);

    // Events: add, attend, correct.
    let ev = m.post("/api/v1/events", &json!({"name": "Aperitivo BNI", "on": "yesterday", "place": "Milano"}));
    assert_eq!(ev.status, 201, "{}", ev.body);
    let ev_id = ev.json()["id"].as_i64().unwrap();
    let attended = m.post(&format!("/api/v1/events/{ev_id}/attend"), &json!({"with": [luca]}));
    assert_eq!(attended.json()["attendees"], json!([luca]), "{}", attended.body);
    assert_eq!(m.post(&format!("/api/v1/events/{ev_id}/attend"), &json!({"with": []})).status, 422);
    let moved = m.send("PATCH", &format!("/api/v1/events/{ev_id}"), &json!({"place": "Monza", "remove": [luca]}));
    assert_eq!(moved.json()["place"], "Monza");
    assert_eq!(moved.json()["attendees"], json!([]));
    assert_eq!(m.get("/api/v1/events").json()["items"].as_array().unwrap().len(), 1);

    // The audit and the self-assessment.
    assert_eq!(m.get("/api/v1/audit").status, 200);
    let quiz = m.get("/api/v1/audit/quiz").json();
    let n = quiz.as_array().unwrap().len();
    assert_eq!(n, 17);
    let plan = m.post("/api/v1/audit/plan", &json!({"answers": vec![false; n]}));
    assert_eq!(plan.status, 200);
    assert!(plan.header("content-type").unwrap().starts_with("text/markdown"));
    assert!(plan.body.starts_with('#'), "{}", plan.body);
    let short = m.post("/api/v1/audit/plan", &json!({"answers": [true]}));
    assert_eq!(short.json()["error"]["field"], "answers");

    // A community: members from a file, my profile with advice, matches
    // that leave out people I know (Luca, by his e-mail).
    let club = m.post("/api/v1/communities", &json!({"name": "BNI Milano Centro"})).json();
    let club_id = club["id"].as_i64().unwrap();
    let members = concat!(
        r#"{"id": 1, "name": "Anna Neri", "lang": "it", "offers": ["consulenza fiscale per startup"], "seeks": ["clienti nel design"], "interests": ["vela"]}"#,
        "\n",
        r#"{"id": 2, "name": "L. Verdi", "email": "LUCA@verdi.it", "lang": "it", "offers": ["siti web per studi di design"], "seeks": ["clienti nel design"]}"#,
        "\n",
        r#"{"id": 3, "name": "Paolo Gialli", "lang": "it", "offers": ["siti web per studi di design"], "seeks": ["clienti nel design"], "interests": ["vela"]}"#,
        "\n"
    );
    let added = raw("POST", &format!("/api/v1/communities/{club_id}/members"), members);
    assert_eq!(added.status, 200, "{}", added.body);
    assert_eq!(added.json()["members"], 3);
    let broken =
        raw("POST", &format!("/api/v1/communities/{club_id}/members?file=soci.jsonl"), "{\"id\": 9}\nnot json\n");
    assert_eq!(broken.status, 422);
    assert_eq!(broken.json()["error"]["field"], "file");
    assert!(broken.json()["error"]["message"].as_str().unwrap().contains("soci.jsonl"), "{}", broken.body);
    assert_eq!(m.get(&format!("/api/v1/communities/{club_id}")).json()["members"], 3, "a bad file wrote nothing");
    assert_eq!(m.get(&format!("/api/v1/communities/{club_id}/profile")).status, 404, "no profile yet");
    assert_eq!(m.get(&format!("/api/v1/communities/{club_id}/matches")).status, 409, "matches need a profile");
    let saved = m.send(
        "PATCH",
        &format!("/api/v1/communities/{club_id}/profile"),
        &json!({"offers": ["clienti nel design"], "seeks": ["siti web per studi di design"], "interests": ["vela"]}),
    );
    assert_eq!(saved.status, 200, "{}", saved.body);
    let advice = saved.json()["advice"].clone();
    assert!(advice.as_array().unwrap().iter().any(|a| a["code"] == "few_offers"), "{advice}");
    let found = m.get(&format!("/api/v1/communities/{club_id}/matches")).json();
    let names: Vec<&str> = found.as_array().unwrap().iter().map(|v| v["member"]["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Paolo Gialli"), "{found}");
    assert!(!names.contains(&"L. Verdi"), "a member with Luca's e-mail is someone I know: {found}");
    assert!(found[0]["reason"].as_str().unwrap().len() > 10, "{found}");
    let hook = m.send("PATCH", &format!("/api/v1/communities/{club_id}"), &json!({"webhook": "ftp://x"}));
    assert_eq!(hook.json()["error"]["field"], "webhook");
    assert_eq!(m.get("/api/v1/communities").json()["items"][0]["members"], 3);
}

/// A server by invitation admits whoever holds a live invitation, as many
/// times as it allows; without one, registering is refused.
fn registration_by_invitation(db: &Db) {
    let open = start(db);
    register(&open.base, "owner@example.it", "Olga");
    let config = rete_web::ServerConfig { registration: rete_app::auth::Registration::Invite, ..Default::default() };
    let by_invite = start_with(db, config);
    let base = by_invite.base.clone();
    let cookie = form_login(&base, "owner@example.it", PASSWORD, None).session_cookie().unwrap();
    let owner = session_client(&base, "owner@example.it", &cookie);
    let reg = |email: &str, invitation: Option<&str>| {
        let mut body = json!({"email": email, "password": PASSWORD, "name": "Nuovo"});
        if let Some(i) = invitation {
            body["invitation"] = json!(i);
        }
        call(
            "POST",
            &format!("{base}/api/v1/auth/register"),
            &[("content-type", "application/json")],
            Some(&body.to_string()),
        )
    };
    let refused = reg("a@example.it", None);
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(refused.json()["error"]["code"], "registration_closed");
    let made = owner.post("/api/v1/invitations", &json!({"uses": 2, "expires_in_days": 7}));
    assert_eq!(made.status, 201, "{}", made.body);
    let secret = made.json()["invitation"].as_str().unwrap().to_string();
    assert!(secret.starts_with("inv_"));
    let wrong = reg("a@example.it", Some("inv_forged"));
    assert_eq!(wrong.status, 422);
    assert_eq!(wrong.json()["error"]["field"], "invitation");
    // A refused registration (the e-mail is taken) uses nothing up.
    assert_eq!(reg("owner@example.it", Some(&secret)).status, 409);
    assert_eq!(reg("a@example.it", Some(&secret)).status, 201);
    assert_eq!(owner.get("/api/v1/invitations").json()["items"][0]["uses_left"], 1);
    assert_eq!(reg("b@example.it", Some(&secret)).status, 201);
    let used_up = reg("c@example.it", Some(&secret));
    assert_eq!(used_up.status, 422, "{}", used_up.body);
    assert_eq!(owner.get("/api/v1/invitations").json()["items"], json!([]), "a used-up invitation is no longer listed");
    // The link opens the form with the invitation in it.
    let page = call("GET", &format!("{base}/register?invitation={secret}"), &[], None);
    assert!(page.body.contains(&format!("value=\"{secret}\"")), "{}", page.body);
    // Revoking; a token cannot make invitations; another user cannot revoke.
    let another = owner.post("/api/v1/invitations", &json!({})).json();
    let other_user = token_client(&base, "a@example.it");
    assert_eq!(other_user.post("/api/v1/invitations", &json!({})).status, 403, "tokens never make invitations");
    let id = another["id"].as_i64().unwrap();
    assert_eq!(other_user.send("DELETE", &format!("/api/v1/invitations/{id}"), &json!({})).status, 404);
    assert_eq!(owner.send("DELETE", &format!("/api/v1/invitations/{id}"), &json!({})).status, 204);
    assert_eq!(reg("d@example.it", another["invitation"].as_str()).status, 422, "revoked");
    assert_eq!(owner.post("/api/v1/invitations", &json!({"uses": 0})).json()["error"]["field"], "uses");
}

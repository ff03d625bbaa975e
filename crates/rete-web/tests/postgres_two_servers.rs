//! Several server processes behind one load balancer share one
//! PostgreSQL: a session made by one is honoured by the other, and the
//! login rate limit counts across both.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use serde_json::json;

#[test]
fn two_servers_share_sessions_and_limits() {
    let db = postgres_db();
    let one = start(&db);
    let two = start(&db);
    assert_ne!(one.base, two.base);
    register(&one.base, "k@example.it", "Katia");
    let cookie = form_login(&one.base, "k@example.it", PASSWORD, None).session_cookie().unwrap();
    let on_two = session_client(&two.base, "k", &cookie);
    let me = on_two.get("/api/v1/account");
    assert_eq!(me.status, 200, "{}", me.body);
    assert_eq!(me.json()["name"], "Katia");
    assert_eq!(on_two.post("/api/v1/people", &json!({"name": "Made on two"})).status, 201);
    let on_one = session_client(&one.base, "k", &cookie);
    assert_eq!(on_one.get("/api/v1/people").json()["items"][0]["name"], "Made on two");
    // Logging out on one ends the session on two.
    assert_eq!(on_one.post("/api/v1/auth/logout", &json!({})).status, 204);
    assert_eq!(on_two.get("/api/v1/account").status, 401);
    // Wrong passwords on alternating servers share one counter.
    let wrong = json!({"email": "k@example.it", "password": "wrong wrong wrong"}).to_string();
    let mut last = 0;
    for n in 0..11 {
        let base = if n % 2 == 0 { &one.base } else { &two.base };
        last =
            call("POST", &format!("{base}/api/v1/auth/token"), &[("content-type", "application/json")], Some(&wrong))
                .status;
    }
    assert_eq!(last, 429);
}

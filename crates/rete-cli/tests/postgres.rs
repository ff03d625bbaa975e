//! The CLI on PostgreSQL: the same scenario as on SQLite, through
//! `--database-url`, in a schema of its own on the server named by
//! `RETE_TEST_POSTGRES` (always set in CI; elsewhere this test fails
//! loudly rather than skip).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::process::Command;

#[test]
fn keep_and_today_on_postgres() {
    let base = rete_store_postgres::testing::server_url();
    let schema = rete_store_postgres::testing::fresh_schema("rete_cli");
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&base).await.unwrap();
        sqlx::raw_sql(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"))
            .execute(&mut conn)
            .await
            .unwrap();
    });
    let sep = if base.contains('?') { '&' } else { '?' };
    let url = format!("{base}{sep}options=-c%20search_path%3D{schema}");
    let rete = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_rete"))
            .arg("--database-url")
            .arg(&url)
            .args(args)
            .env("RETE_TODAY", "2026-11-23")
            .env("RETE_CONFIG", "/dev/null")
            .env("LANG", "en_GB.UTF-8")
            .env_remove("RETE_DB")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    rete(&[
        "person",
        "add",
        "Niccolò Bianchi",
        "--email",
        "n@bianchi.it",
        "--met-on",
        "2026-11-20",
        "--met-at",
        "Fiera",
    ]);
    rete(&["log", "meeting", "--with", "niccolo", "--on", "2026-11-22", "--topics", "export"]);
    rete(&["receive", "referral", "--from", "Niccolò", "--on", "2026-11-22"]);
    let hits: Value = serde_json::from_str(&rete(&["search", "niccolo", "--json"])).unwrap();
    assert_eq!(hits[0]["person"]["name"], "Niccolò Bianchi");
    let today: Value = serde_json::from_str(&rete(&["today", "--json"])).unwrap();
    let kinds: Vec<&str> = today.as_array().unwrap().iter().map(|i| i["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"thank_you") && kinds.contains(&"thank_for_exchange"), "{kinds:?}");
    let backup = rete(&["export", "json"]);
    assert!(backup.contains("Niccolò Bianchi"));
    rt.block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&base).await.unwrap();
        sqlx::raw_sql(&format!("DROP SCHEMA {schema} CASCADE")).execute(&mut conn).await.unwrap();
    });
}

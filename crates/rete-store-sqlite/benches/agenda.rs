//! The agenda benchmark of issue 3: `rete today` on 50,000 people and
//! 1,000,000 interactions in SQLite. Run with
//! `cargo bench -p rete-store-sqlite --bench agenda`; figures go to
//! docs/performance.md. Not a test: nothing here fails because a machine
//! is slow.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use rete_core::agenda::{agenda, AgendaRules};
use rete_store::Store;
use rete_store_sqlite::{OpenMode, SqliteStore};
use std::time::{Duration, Instant};

const PEOPLE: i64 = 50_000;
const INTERACTIONS: i64 = 1_000_000;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = std::env::temp_dir().join("rete-bench-agenda");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("agenda-{PEOPLE}-{INTERACTIONS}.db"));
    let fresh = !path.exists();
    let store = SqliteStore::open(&path, OpenMode::CreateIfMissing).await.unwrap();
    let account = store.local_account().await.unwrap();
    if fresh {
        let t = Instant::now();
        seed(&path).await;
        eprintln!("seeded {PEOPLE} people and {INTERACTIONS} interactions in {:.1?}", t.elapsed());
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let rules = AgendaRules::default();
    let mut times: Vec<Duration> = Vec::new();
    let mut facts_times: Vec<Duration> = Vec::new();
    let mut actions = 0;
    for _ in 0..11 {
        let t = Instant::now();
        let facts = store.agenda_facts(account, today).await.unwrap();
        facts_times.push(t.elapsed());
        actions = agenda(&facts, &rules, today).len();
        times.push(t.elapsed());
    }
    times.sort();
    facts_times.sort();
    let t = Instant::now();
    let people = store.people(account).await.unwrap().len();
    println!("reading {people} people alone: {:.1?}", t.elapsed());
    println!(
        "agenda of {PEOPLE} people, {INTERACTIONS} interactions: median {:.1?} (min {:.1?}, max {:.1?}); reading the facts: median {:.1?}; {actions} actions",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        facts_times[facts_times.len() / 2]
    );
}

/// Fills the database with SQL: generating a million rows through the
/// store's API would benchmark the generator, not the agenda.
async fn seed(path: &std::path::Path) {
    use sqlx::Connection;
    let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", path.display())).await.unwrap();
    let script = format!(
        "BEGIN;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {PEOPLE})
         INSERT INTO people (id, account_id, name, name_folded, tier, status, met_on, birthday)
         SELECT i, 1, 'Person ' || i, 'person ' || i,
                CASE WHEN i % 25 = 0 THEN 'inner' WHEN i % 25 < 5 THEN 'close' ELSE 'network' END,
                'active', date('2026-11-23', '-' || (i % 700) || ' days'),
                CASE WHEN i % 3 = 0 THEN printf('--%02d-%02d', 1 + i % 12, 1 + i % 28) END
         FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {INTERACTIONS})
         INSERT INTO interactions (id, account_id, kind, on_date, purpose, by_whom)
         SELECT i, 1,
                CASE i % 6 WHEN 0 THEN 'meeting' WHEN 1 THEN 'call' WHEN 2 THEN 'message'
                           WHEN 3 THEN 'one-to-one' WHEN 4 THEN 'event' ELSE 'message' END,
                date('2026-11-23', '-' || ((i * 7919) % 730) || ' days'),
                CASE i % 4 WHEN 0 THEN 'ask' WHEN 1 THEN 'give' ELSE 'social' END,
                CASE WHEN i % 3 = 0 THEN 'them' ELSE 'me' END
         FROM n;
         INSERT INTO interaction_people (interaction_id, person_id)
         SELECT id, 1 + ((id * 104729) % {PEOPLE}) FROM interactions;
         COMMIT;"
    );
    sqlx::raw_sql(&script).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

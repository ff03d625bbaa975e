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

// The allocator of the `rete` binary, so the figure is the one `rete today`
// sees.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    // The first call of a day far from the last one recomputes every
    // summary; the bench starts from a day a year back so it always does.
    let before = today - chrono::Days::new(365);
    store.agenda_facts(account, &rules.window(before)).await.unwrap();
    let t = Instant::now();
    let facts = store.agenda_facts(account, &rules.window(today)).await.unwrap();
    let rebuild = t.elapsed();
    let mut actions = agenda(&facts, &rules, today).len();
    // Then the same day again (`rete today` twice), and each following day
    // (the morning's agenda: people with interactions at either end of the
    // 12-month window are recomputed).
    let mut same_day: Vec<Duration> = Vec::new();
    let mut rules_time: Vec<Duration> = Vec::new();
    for _ in 0..11 {
        let t = Instant::now();
        let facts = store.agenda_facts(account, &rules.window(today)).await.unwrap();
        let read = t.elapsed();
        actions = agenda(&facts, &rules, today).len();
        same_day.push(t.elapsed());
        rules_time.push(t.elapsed() - read);
    }
    let mut next_day: Vec<Duration> = Vec::new();
    for n in 1..=11 {
        let day = today + chrono::Days::new(n);
        let t = Instant::now();
        let facts = store.agenda_facts(account, &rules.window(day)).await.unwrap();
        agenda(&facts, &rules, day);
        next_day.push(t.elapsed());
    }
    same_day.sort();
    rules_time.sort();
    next_day.sort();
    let t = Instant::now();
    let people = store.people(account).await.unwrap().len();
    println!("reading {people} full people alone: {:.1?}", t.elapsed());
    println!("agenda of {PEOPLE} people, {INTERACTIONS} interactions ({actions} actions):");
    println!("  first call, every summary recomputed: {rebuild:.1?}");
    println!(
        "  same day again: median {:.1?} (min {:.1?}, max {:.1?})",
        same_day[same_day.len() / 2],
        same_day[0],
        same_day[same_day.len() - 1]
    );
    println!("    of which the rules (rete_core::agenda): median {:.1?}", rules_time[rules_time.len() / 2]);
    println!(
        "  each next day: median {:.1?} (min {:.1?}, max {:.1?})",
        next_day[next_day.len() / 2],
        next_day[0],
        next_day[next_day.len() - 1]
    );
    // Leave the database as the next run expects it.
    store.agenda_facts(account, &rules.window(before)).await.unwrap();
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

//! The store conformance suite on SQLite, each case on a fresh file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_store_sqlite::{OpenMode, SqliteStore};
use std::sync::Arc;

async fn fresh() -> Arc<SqliteStore> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rete.db");
    // The directory must outlive the store; tests are short, so leak it.
    std::mem::forget(dir);
    Arc::new(SqliteStore::open(&path, OpenMode::CreateIfMissing).await.unwrap())
}

rete_store::conformance_tests!(fresh().await);

#[tokio::test]
async fn must_exist_refuses_a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = SqliteStore::open(&dir.path().join("typo.db"), OpenMode::MustExist).await.unwrap_err();
    assert!(err.to_string().contains("typo.db"), "{err}");
    assert!(!dir.path().join("typo.db").exists(), "an empty database was created");
}

#[tokio::test]
async fn concurrent_writers_wait_instead_of_failing() {
    use rete_core::PersonData;
    use rete_store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rete.db");
    let a = SqliteStore::open(&path, OpenMode::CreateIfMissing).await.unwrap();
    let b = SqliteStore::open(&path, OpenMode::MustExist).await.unwrap();
    let account = a.local_account().await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..20 {
        let store = if i % 2 == 0 { a.clone() } else { b.clone() };
        tasks.push(tokio::spawn(async move { store.add_person(account, &PersonData::named(format!("P{i}"))).await }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(a.people(account).await.unwrap().len(), 20);
}

/// The stamp a server keeps sign-ins under: the same while only reads
/// happen, different after any commit through another connection (as
/// another process's would be), whether that commit was its own or not.
#[tokio::test]
async fn the_change_stamp_moves_with_every_commit_and_only_then() {
    use rete_core::PersonData;
    use rete_store::Store;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rete.db");
    let server = SqliteStore::open(&path, OpenMode::CreateIfMissing).await.unwrap();
    let other = SqliteStore::open(&path, OpenMode::MustExist).await.unwrap();
    let account = server.local_account().await.unwrap();
    server.add_person(account, &PersonData::named("Carla Bianchi")).await.unwrap();
    let before = server.change_stamp().expect("a file in WAL mode has a stamp");
    for _ in 0..3 {
        server.people(account).await.unwrap();
        other.people(account).await.unwrap();
        assert_eq!(server.change_stamp(), Some(before), "reads commit nothing");
    }
    other.add_person(account, &PersonData::named("Paolo Neri")).await.unwrap();
    let after = server.change_stamp().unwrap();
    assert_ne!(after, before, "a commit through another connection");
    server.add_person(account, &PersonData::named("Rita Gallo")).await.unwrap();
    assert_ne!(server.change_stamp().unwrap(), after, "its own commit");
    assert_eq!(server.change_stamp(), other.change_stamp(), "one file, one stamp");
}

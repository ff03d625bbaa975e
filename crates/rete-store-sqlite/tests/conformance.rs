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

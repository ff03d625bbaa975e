//! The undo journal on a real file: a command's changes come back out in
//! one step, a server's writes are never journaled, and a step is refused
//! once someone else changed the account after it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rete_core::PersonData;
use rete_store::{Store, StoreError};
use rete_store_sqlite::{OpenMode, SqliteStore};

#[tokio::test]
async fn a_step_is_refused_once_another_program_changed_the_account() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rete.db");
    // A CLI command: journaled.
    let (cli, start) = SqliteStore::open_journaled(&path, OpenMode::CreateIfMissing).await.unwrap();
    let account = cli.local_account().await.unwrap();
    let journal = start.begin(account).await.unwrap();
    cli.add_person(account, &PersonData::named("Anna Rossi")).await.unwrap();
    journal.finish("rete person add 'Anna Rossi'").await.unwrap();
    cli.close().await;

    // A server on the same file: its write is not journaled, and it moves
    // the account past the step.
    let server = SqliteStore::open(&path, OpenMode::MustExist).await.unwrap();
    server.add_person(account, &PersonData::named("Bruno Neri")).await.unwrap();
    match server.undo(account).await {
        Err(StoreError::Conflict { field: "undo", message }) => {
            assert!(message.contains("rete person add 'Anna Rossi'"), "{message}")
        }
        other => panic!("the server's change would have been lost: {other:?}"),
    }
    assert_eq!(server.people(account).await.unwrap().len(), 2, "nothing was taken back");
}

#[tokio::test]
async fn a_server_pays_nothing_and_an_empty_journal_has_nothing_to_undo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rete.db");
    let server = SqliteStore::open(&path, OpenMode::CreateIfMissing).await.unwrap();
    let account = server.local_account().await.unwrap();
    server.add_person(account, &PersonData::named("Anna Rossi")).await.unwrap();
    assert_eq!(server.undo(account).await.unwrap(), None);
    assert_eq!(server.people(account).await.unwrap().len(), 1);
}

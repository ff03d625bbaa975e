//! The use cases on a real SQLite file (and PostgreSQL in CI), called the
//! way the CLI and the server call them, without spawning either.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use rete_app::auth::{Registration, TokenScope};
use rete_app::people::PeopleQuery;
use rete_app::{App, AppError, Caller};
use rete_core::agenda::AgendaRules;
use rete_core::{Initiator, InteractionData, InteractionKind, Lang, PersonData, PersonId, Tier};
use rete_store::Store;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

async fn sqlite(dir: &tempfile::TempDir) -> Arc<dyn Store> {
    let path = dir.path().join("rete.db");
    Arc::new(rete_store_sqlite::SqliteStore::open(&path, rete_store_sqlite::OpenMode::CreateIfMissing).await.unwrap())
}

async fn postgres() -> Arc<dyn Store> {
    let Ok(url) = std::env::var("RETE_TEST_POSTGRES") else {
        assert!(std::env::var_os("CI").is_none(), "RETE_TEST_POSTGRES must be set in CI");
        eprintln!("RETE_TEST_POSTGRES is not set: this PostgreSQL case is NOT RUN");
        panic!("set RETE_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test to run the PostgreSQL cases");
    };
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let schema = format!("rete_a_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), nanos);
    Arc::new(rete_store_postgres::PostgresStore::connect_in_schema(&url, Some(&schema)).await.unwrap())
}

macro_rules! on_both {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                let dir = tempfile::tempdir().unwrap();
                super::$name(super::sqlite(&dir).await).await;
            })+
        }
        mod postgres {
            $(#[tokio::test]
            async fn $name() {
                super::$name(super::postgres().await).await;
            })+
        }
    };
}

on_both!(
    people_are_found_filtered_and_paged,
    interactions_are_checked,
    accounts_sessions_and_tokens,
    the_agenda_names_people,
    pairing_runs_once_a_period
);

async fn caller(app: &App, email: &str) -> Caller {
    let account =
        app.register(email, "una frase lunga e mia", "Test", Registration::Open, Lang::En, 1_000).await.unwrap();
    Caller::new(account, Lang::En, today())
}

fn person(name: &str, company: Option<&str>, city: Option<&str>) -> PersonData {
    let mut p = PersonData::named(name);
    p.company = company.map(str::to_string);
    p.city = city.map(str::to_string);
    p
}

async fn people_are_found_filtered_and_paged(store: Arc<dyn Store>) {
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let other = caller(&app, "other@example.it").await;
    let a = app.create_person(&me, person("Marco Rossi", Some("Acme"), Some("Milano"))).await.unwrap();
    app.create_person(&me, person("Marco Rossi", Some("Beta Srl"), Some("Torino"))).await.unwrap();
    let mut inner = person("Giulia Bianchi", Some("Acme"), Some("Milano"));
    inner.tier = Tier::Inner;
    inner.tags = vec!["Export".into()];
    app.create_person(&me, inner).await.unwrap();
    app.create_person(&other, person("Marco Rossi", Some("Gamma"), None)).await.unwrap();

    match app.find_person(&me, "marco rossi").await {
        Err(AppError::Ambiguous { candidates, .. }) => {
            assert_eq!(candidates.len(), 2, "only my own people: {candidates:?}");
            assert!(candidates.iter().any(|c| c.label == "Marco Rossi (Acme)"));
        }
        other => panic!("expected ambiguous, got {other:?}"),
    }
    assert_eq!(app.find_person(&me, &format!("#{}", a.id)).await.unwrap().id, a.id);
    assert!(matches!(app.find_person(&other, &a.id.to_string()).await, Err(AppError::NotFound { .. })));
    assert!(matches!(app.find_person(&me, "Nessuno").await, Err(AppError::NotFound { what: "person", .. })));

    let q = |f: fn(&mut PeopleQuery)| {
        let mut q = PeopleQuery::default();
        f(&mut q);
        q
    };
    assert_eq!(app.people(&me, &q(|q| q.company = Some("acme".into()))).await.unwrap().items.len(), 2);
    assert_eq!(app.people(&me, &q(|q| q.city = Some("torino".into()))).await.unwrap().items.len(), 1);
    assert_eq!(app.people(&me, &q(|q| q.tier = Some(Tier::Inner))).await.unwrap().items.len(), 1);
    assert_eq!(app.people(&me, &q(|q| q.tag = Some("export".into()))).await.unwrap().items.len(), 1);
    assert_eq!(app.people(&me, &q(|q| q.q = Some("bianchi".into()))).await.unwrap().items.len(), 1);
    let page = app.people(&me, &q(|q| q.limit = Some(2))).await.unwrap();
    assert_eq!(page.items.len(), 2);
    let rest = app
        .people(&me, &PeopleQuery { limit: Some(2), cursor: page.next_cursor.clone(), ..PeopleQuery::default() })
        .await
        .unwrap();
    assert_eq!(rest.items.len(), 1);
    assert!(rest.next_cursor.is_none());
    let long = person(&"x".repeat(301), None, None);
    assert!(matches!(app.create_person(&me, long).await, Err(AppError::Invalid { field: "name", .. })));
}

async fn interactions_are_checked(store: Arc<dyn Store>) {
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let other = caller(&app, "other@example.it").await;
    let mine = app.create_person(&me, person("Anna", None, None)).await.unwrap();
    let theirs = app.create_person(&other, person("Bea", None, None)).await.unwrap();
    let data = |with: Vec<PersonId>, on: NaiveDate| InteractionData {
        kind: InteractionKind::Meeting,
        on,
        with,
        topics: Some("  ".into()),
        notes: None,
        purpose: None,
        by: Initiator::Me,
    };
    let logged = app.log_interaction(&me, data(vec![mine.id, mine.id], today())).await.unwrap();
    assert_eq!(logged.with, vec![mine.id], "duplicates collapse");
    assert_eq!(logged.topics, None, "blank topics are none");
    let far = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    let e = app.log_interaction(&me, data(vec![mine.id], far)).await.unwrap_err();
    assert_eq!(e.field(), Some("on"));
    assert!(e.message(Lang::It).contains("nel futuro"), "{}", e.message(Lang::It));
    assert!(matches!(app.log_interaction(&me, data(vec![theirs.id], today())).await, Err(AppError::NotFound { .. })));
    assert!(matches!(
        app.log_interaction(&me, data(vec![], today())).await,
        Err(AppError::Invalid { field: "with", .. })
    ));
    assert_eq!(app.interactions(&me, Some(mine.id), None).await.unwrap().len(), 1);
    assert!(app.interactions(&other, None, None).await.unwrap().is_empty());
    assert!(matches!(app.interaction(&other, logged.id).await, Err(AppError::NotFound { .. })));
    let card = app.person_card(&me, mine.id).await.unwrap();
    assert_eq!(card.last_contact, Some(today()));
    assert!(card.strength > 0.0);
}

async fn accounts_sessions_and_tokens(store: Arc<dyn Store>) {
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "Me@Example.it").await;
    let weak = app.register("x@example.it", "password123", "X", Registration::Open, Lang::En, 1).await;
    assert!(matches!(weak, Err(AppError::Invalid { field: "password", .. })));
    let taken = app.register("me@example.it", "una frase lunga e mia", "Again", Registration::Open, Lang::En, 1).await;
    assert!(matches!(taken, Err(AppError::Conflict { field: "email", .. })));
    let closed = app.register("y@example.it", "una frase lunga e mia", "Y", Registration::Closed, Lang::En, 1).await;
    assert!(matches!(closed, Err(AppError::RegistrationClosed)));

    assert_eq!(app.login("ME@example.it", "una frase lunga e mia", "1.2.3.4", 2_000).await.unwrap(), me.account);
    assert!(matches!(app.login("me@example.it", "wrong", "1.2.3.4", 2_000).await, Err(AppError::BadCredentials)));
    assert!(matches!(app.login("nobody@example.it", "wrong", "1.2.3.4", 2_000).await, Err(AppError::BadCredentials)));

    let session = app.start_session(me.account, 3_000, 100).await.unwrap();
    assert_eq!(app.session_account(&session.secret, 3_050).await.unwrap().map(|s| s.account), Some(me.account));
    assert_eq!(app.session_account(&session.secret, 3_100).await.unwrap(), None, "expired at its end");
    assert_eq!(app.clean_expired(3_100).await.unwrap(), 1);

    let token = app.create_token(me.account, "script", TokenScope::Read, Some(1), Lang::En, 10_000).await.unwrap();
    assert!(token.token.starts_with("rete_") && token.info.prefix.len() < token.token.len());
    let grant = app.token_grant(&token.token, 10_001).await.unwrap().unwrap();
    assert_eq!((grant.account, grant.scope), (me.account, TokenScope::Read));
    assert_eq!(app.tokens(me.account).await.unwrap()[0].last_used_at, Some(10_001));
    assert!(app.token_grant(&token.token, 10_000 + 86_400).await.unwrap().is_none(), "expired after a day");
    assert!(app.token_grant("rete_forged", 10_001).await.unwrap().is_none());

    let link = app.create_login_link(me.account, 20_000, 60).await.unwrap();
    assert_eq!(app.use_login_link(&link, 20_010).await.unwrap(), Some(me.account));
    assert_eq!(app.use_login_link(&link, 20_011).await.unwrap(), None, "a link works once");
    let late = app.create_login_link(me.account, 20_000, 60).await.unwrap();
    assert_eq!(app.use_login_link(&late, 20_061).await.unwrap(), None, "nor after it expires");

    for _ in 0..10 {
        app.rate_limit("login:account:z", rete_app::auth::LOGIN_PER_ACCOUNT, 30_000).await.unwrap();
    }
    match app.rate_limit("login:account:z", rete_app::auth::LOGIN_PER_ACCOUNT, 30_001).await {
        Err(AppError::RateLimited { retry_after }) => assert!(retry_after > 0 && retry_after <= 900),
        other => panic!("expected a limit, got {other:?}"),
    }
    // The next window starts afresh.
    app.rate_limit("login:account:z", rete_app::auth::LOGIN_PER_ACCOUNT, 30_000 + 900).await.unwrap();

    app.delete_account(me.account).await.unwrap();
    assert!(matches!(
        app.login("me@example.it", "una frase lunga e mia", "1.2.3.4", 40_000).await,
        Err(AppError::BadCredentials)
    ));
}

async fn the_agenda_names_people(store: Arc<dyn Store>) {
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let p = app.create_person(&me, person("Carla Neri", None, None)).await.unwrap();
    let yesterday = today().pred_opt().unwrap();
    let data = InteractionData {
        kind: InteractionKind::Meeting,
        on: yesterday,
        with: vec![p.id],
        topics: Some("export".into()),
        notes: None,
        purpose: None,
        by: Initiator::Me,
    };
    app.log_interaction(&me, data).await.unwrap();
    let items = app.agenda(&me, today()).await.unwrap();
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i.person.name == "Carla Neri"));
    assert!(items.iter().any(|i| i.kind == "thank_you"), "{items:?}");
    let it = app.agenda(&Caller { lang: Lang::It, ..me }, today()).await.unwrap();
    assert_ne!(it[0].reason, items[0].reason, "reasons are in the caller's language");
}

/// A pairing run stores its groups and says what it could not announce;
/// the next run waits for the period, a forced dry run stores nothing.
async fn pairing_runs_once_a_period(store: Arc<dyn Store>) {
    use rete_app::pairing::{PairingOptions, PairingOutcome, Period, Prefer};
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "organiser@example.it").await;
    let members = concat!(
        r#"{"id": 1, "name": "Anna Neri", "lang": "it", "department": "Vendite", "email": "anna@example.it", "offers": ["contatti nel retail"], "seeks": ["analisi dati"]}"#,
        "\n",
        r#"{"id": 2, "name": "Bruno Blu", "lang": "it", "department": "Dati", "email": "bruno@example.it", "offers": ["analisi dati"], "seeks": ["contatti nel retail"]}"#,
        "\n",
        r#"{"id": 3, "name": "Carla Rossi", "lang": "it", "department": "Vendite", "offers": ["formazione"], "seeks": ["analisi dati"]}"#,
        "\n",
        r#"{"id": 4, "name": "Dario Verdi", "lang": "it", "department": "Dati", "offers": ["analisi dati"], "seeks": ["formazione"]}"#,
        "\n"
    );
    let club = app.import_members(&me, "Azienda", members.as_bytes(), "soci.jsonl").await.unwrap();
    assert_eq!(club.imported, 4);
    let id = club.community.community.id;
    let options = PairingOptions {
        period: Period::parse("2w").unwrap(),
        prefer: Prefer::CrossDepartment,
        include_me: false,
        force: false,
        dry_run: false,
    };
    let PairingOutcome::Run(run) = app.pairing_run(&me, id, options).await.unwrap() else {
        panic!("the first run is due")
    };
    assert!(run.stored);
    assert_eq!(run.groups.len(), 2);
    for g in &run.groups {
        let depts: Vec<_> = g.members.iter().map(|m| m.department.clone()).collect();
        assert_ne!(depts[0], depts[1], "pairs across departments: {depts:?}");
        assert!(!g.reason.is_empty());
    }
    assert_eq!(run.next_on, today() + chrono::Days::new(14));
    assert!(run.failed.is_empty(), "{:?}", run.failed);
    assert_eq!(run.unsent, 1, "only Anna and Bruno have addresses, and no relay is configured");
    match app.pairing_run(&me, id, options).await.unwrap() {
        PairingOutcome::NotDue { last, due } => {
            assert_eq!((last, due), (today(), today() + chrono::Days::new(14)));
        }
        PairingOutcome::Run(_) => panic!("the period has not passed"),
    }
    let forced = PairingOptions { force: true, dry_run: true, ..options };
    let PairingOutcome::Run(dry) = app.pairing_run(&me, id, forced).await.unwrap() else { panic!("forced") };
    assert!(!dry.stored);
    assert_eq!(app.pairing_history(&me, id).await.unwrap().len(), 1, "a dry run stores nothing");
    let other = caller(&app, "someone@example.it").await;
    assert!(matches!(app.pairing_history(&other, id).await, Err(AppError::NotFound { .. })));
}

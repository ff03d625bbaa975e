//! The use cases on a real SQLite file (and PostgreSQL in CI), called the
//! way the CLI and the server call them, without spawning either.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use rete_app::auth::{Registration, TokenScope};
use rete_app::calendar::FeedOptions;
use rete_app::debrief::{Debriefed, NotDebriefed};
use rete_app::grow::ProfileChange;
use rete_app::intros::{IntroPaths, KnownWell};
use rete_app::people::PeopleQuery;
use rete_app::{App, AppError, Caller};
use rete_core::agenda::AgendaRules;
use rete_core::seating::{Participant, Seat};
use rete_core::{
    Birthday, Direction, EventData, ExchangeData, ExchangeKind, Initiator, InteractionData, InteractionKind,
    IntroStatus, Lang, Origin, PersonData, PersonId, Purpose, Status, Tier,
};
use rete_store::Store;
use std::sync::Arc;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

async fn sqlite(dir: &tempfile::TempDir) -> Arc<dyn Store> {
    let path = dir.path().join("rete.db");
    Arc::new(rete_store_sqlite::SqliteStore::open(&path, rete_store_sqlite::OpenMode::CreateIfMissing).await.unwrap())
}

async fn postgres() -> Arc<dyn Store> {
    use rete_store_postgres::testing;
    let (url, schema) = (testing::server_url(), testing::fresh_schema("rete_a"));
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
    keep_records_are_corrected_under_the_rules_of_recording,
    accounts_sessions_and_tokens,
    the_agenda_names_people,
    pairing_runs_once_a_period,
    invitations_admit_as_many_as_they_allow,
    a_debrief_brings_tablemates_in_once,
    suggestions_rank_events_and_leave_out_people_you_know,
    intro_paths_ask_and_close,
    the_calendar_feed_carries_the_agenda,
    members_are_invited_to_an_event_by_name_or_all,
    a_network_is_exported_in_every_format_and_its_backup_keeps_its_ids,
    a_limit_slides_across_the_turn_of_its_window
);

/// Ten attempts in the last second of a window leave none for the first
/// seconds of the next (a fixed window allowed ten more at once); as the
/// new window goes on, the old attempts weigh less, and they are forgotten
/// after it.
async fn a_limit_slides_across_the_turn_of_its_window(store: Arc<dyn Store>) {
    use rete_app::auth::Limit;
    let app = App::new(store, AgendaRules::default());
    let limit = Limit { attempts: 10, window_secs: 100 };
    let end_of_window = 1_000_099;
    for _ in 0..10 {
        app.rate_limit("test:bucket", limit, end_of_window).await.unwrap();
    }
    let turned = app.rate_limit("test:bucket", limit, end_of_window + 2).await;
    assert!(matches!(turned, Err(AppError::RateLimited { .. })), "{turned:?}");
    // Halfway through the next window half the old ones still weigh: five
    // more attempts pass (the refused one counted), then it refuses again.
    for _ in 0..4 {
        app.rate_limit("test:bucket", limit, 1_000_150).await.unwrap();
    }
    assert!(app.rate_limit("test:bucket", limit, 1_000_150).await.is_err());
    // Two windows on, the old ones are gone.
    app.rate_limit("test:bucket", limit, 1_000_300).await.unwrap();
}

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

/// Editing an interaction, an exchange or a follow-up checks what
/// recording one checks: the date's bounds (naming the field), that the
/// people named are the caller's, and the text.
async fn keep_records_are_corrected_under_the_rules_of_recording(store: Arc<dyn Store>) {
    use rete_app::followups::FollowupChange;
    use rete_app::interactions::InteractionChange;
    use rete_app::ledger::ExchangeChange;
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let other = caller(&app, "other@example.it").await;
    let anna = app.create_person(&me, person("Anna", None, None)).await.unwrap();
    let bruno = app.create_person(&me, person("Bruno", None, None)).await.unwrap();
    let theirs = app.create_person(&other, person("Bea", None, None)).await.unwrap();
    let far = day("2030-01-01");

    // An interaction.
    let logged = app.log_interaction(&me, met(vec![anna.id], InteractionKind::Call, day("2026-06-10"))).await.unwrap();
    let change = InteractionChange {
        kind: Some(InteractionKind::Meeting),
        on: Some(day("2026-06-12")),
        with: Some(vec![bruno.id, anna.id, bruno.id]),
        topics: Some("  export  ".into()),
        notes: Some("wants an intro".into()),
        purpose: Some(Purpose::Give),
        by: Some(Initiator::Them),
    };
    let edited = app.update_interaction(&me, logged.id, change).await.unwrap();
    assert_eq!((edited.kind, edited.on), (InteractionKind::Meeting, day("2026-06-12")));
    assert_eq!(edited.with, vec![anna.id, bruno.id], "sorted, each once");
    assert_eq!(edited.topics.as_deref(), Some("export"), "trimmed");
    assert_eq!((edited.purpose, edited.by), (Some(Purpose::Give), Initiator::Them));
    assert_eq!(app.interaction(&me, logged.id).await.unwrap(), edited, "the answer is what is stored");
    let cleared = InteractionChange { notes: Some(" ".into()), ..InteractionChange::default() };
    let cleared = app.update_interaction(&me, logged.id, cleared).await.unwrap();
    assert_eq!((cleared.notes.as_deref(), cleared.topics.as_deref()), (None, Some("export")), "absent fields stay");
    let e = app
        .update_interaction(&me, logged.id, InteractionChange { on: Some(far), ..InteractionChange::default() })
        .await
        .unwrap_err();
    assert_eq!(e.field(), Some("on"), "{e}");
    let foreign = InteractionChange { with: Some(vec![anna.id, theirs.id]), ..InteractionChange::default() };
    assert!(matches!(app.update_interaction(&me, logged.id, foreign).await, Err(AppError::NotFound { .. })));
    let nobody = InteractionChange { with: Some(vec![]), ..InteractionChange::default() };
    assert!(matches!(
        app.update_interaction(&me, logged.id, nobody).await,
        Err(AppError::Invalid { field: "with", .. })
    ));
    let long = InteractionChange { topics: Some("x".repeat(2_001)), ..InteractionChange::default() };
    assert!(matches!(
        app.update_interaction(&me, logged.id, long).await,
        Err(AppError::Invalid { field: "topics", .. })
    ));
    assert!(matches!(
        app.update_interaction(&other, logged.id, InteractionChange::default()).await,
        Err(AppError::NotFound { .. })
    ));
    assert_eq!(app.interaction(&me, logged.id).await.unwrap().with, vec![anna.id, bruno.id], "refusals wrote nothing");

    // An exchange, thanked, then moved after its thanks.
    let data = ExchangeData {
        direction: Direction::Received,
        kind: ExchangeKind::Referral,
        person: anna.id,
        on: day("2026-06-01"),
        amount_cents: None,
        note: None,
        thanked_on: None,
    };
    let received = app.record_exchange(&me, data).await.unwrap();
    app.thank_exchange(&me, received.id, Some("2026-06-03")).await.unwrap();
    let change = ExchangeChange {
        kind: Some(ExchangeKind::Business),
        person: Some(bruno.id),
        on: Some(day("2026-06-05")),
        amount_cents: Some(120_000),
        note: Some(" the Verona contract ".into()),
        not_thanked: false,
    };
    let edited = app.update_exchange(&me, received.id, change).await.unwrap();
    assert_eq!((edited.kind, edited.person, edited.on), (ExchangeKind::Business, bruno.id, day("2026-06-05")));
    assert_eq!((edited.amount_cents, edited.note.as_deref()), (Some(120_000), Some("the Verona contract")));
    assert_eq!(edited.direction, Direction::Received);
    assert_eq!(edited.thanked_on, Some(day("2026-06-05")), "thanks are never before the exchange");
    assert_eq!(app.exchange(&me, received.id).await.unwrap(), edited);
    let unthank = ExchangeChange { not_thanked: true, ..ExchangeChange::default() };
    let unthanked = app.update_exchange(&me, received.id, unthank).await.unwrap();
    assert_eq!((unthanked.thanked_on, unthanked.amount_cents), (None, Some(120_000)));
    let e = app
        .update_exchange(&me, received.id, ExchangeChange { on: Some(far), ..ExchangeChange::default() })
        .await
        .unwrap_err();
    assert_eq!(e.field(), Some("on"), "{e}");
    let foreign = ExchangeChange { person: Some(theirs.id), ..ExchangeChange::default() };
    assert!(matches!(app.update_exchange(&me, received.id, foreign).await, Err(AppError::NotFound { .. })));
    let free = ExchangeChange { amount_cents: Some(0), ..ExchangeChange::default() };
    assert!(matches!(
        app.update_exchange(&me, received.id, free).await,
        Err(AppError::Invalid { field: "amount", .. })
    ));
    assert!(matches!(
        app.update_exchange(&other, received.id, ExchangeChange::default()).await,
        Err(AppError::NotFound { .. })
    ));
    assert_eq!(app.exchange(&me, received.id).await.unwrap().person, bruno.id);

    // A follow-up, snoozed, done, then corrected.
    let promised = app.add_followup(&me, anna.id, day("2026-06-20"), "  send the deck ").await.unwrap();
    assert_eq!(promised.text, "send the deck");
    app.snooze_followup(&me, promised.id, day("2026-06-25")).await.unwrap();
    let change =
        FollowupChange { person: Some(bruno.id), text: Some("send the new deck".into()), ..Default::default() };
    let edited = app.update_followup(&me, promised.id, change).await.unwrap();
    assert_eq!((edited.person, edited.text.as_str()), (bruno.id, "send the new deck"));
    assert_eq!(edited.snoozed_until, Some(day("2026-06-25")), "a new text keeps the snooze");
    app.complete_followup(&me, promised.id, today()).await.unwrap();
    let change = FollowupChange { due: Some(day("2026-07-01")), reopen: true, ..FollowupChange::default() };
    let edited = app.update_followup(&me, promised.id, change).await.unwrap();
    assert_eq!((edited.due, edited.snoozed_until, edited.done_on), (day("2026-07-01"), None, None));
    assert_eq!(app.followup(&me, promised.id).await.unwrap(), edited);
    let e = app
        .update_followup(&me, promised.id, FollowupChange { due: Some(day("2037-01-01")), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(e.field(), Some("due"), "{e}");
    let e = app
        .update_followup(&me, promised.id, FollowupChange { due: Some(day("1899-12-31")), ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(e.field(), Some("due"), "{e}");
    let blank = FollowupChange { text: Some("  ".into()), ..FollowupChange::default() };
    assert!(matches!(app.update_followup(&me, promised.id, blank).await, Err(AppError::Invalid { field: "text", .. })));
    let foreign = FollowupChange { person: Some(theirs.id), ..FollowupChange::default() };
    assert!(matches!(app.update_followup(&me, promised.id, foreign).await, Err(AppError::NotFound { .. })));
    assert!(matches!(
        app.update_followup(&other, promised.id, FollowupChange::default()).await,
        Err(AppError::NotFound { .. })
    ));
    assert_eq!(app.followup(&me, promised.id).await.unwrap().text, "send the new deck");

    // Archiving keeps a red flag raised, and is the caller's alone.
    let mut flagged = app.person(&me, anna.id).await.unwrap();
    flagged.data.status = Status::RedFlag;
    app.update_person(&me, &flagged).await.unwrap();
    let archived = app.archive_person(&me, anna.id, " moved abroad ").await.unwrap();
    assert_eq!((archived.tier, archived.status), (Tier::Archived, Status::RedFlag));
    assert_eq!(archived.status_reason.as_deref(), Some("moved abroad"));
    assert!(matches!(app.archive_person(&other, bruno.id, "x").await, Err(AppError::NotFound { .. })));
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

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn met(with: Vec<PersonId>, kind: InteractionKind, on: NaiveDate) -> InteractionData {
    InteractionData { kind, on, with, topics: None, notes: None, purpose: None, by: Initiator::Me }
}

async fn event(app: &App, me: &Caller, name: &str, on: &str, topics: &[&str]) -> rete_core::Event {
    let data = EventData {
        name: name.into(),
        on: day(on),
        place: None,
        topics: topics.iter().map(|t| t.to_string()).collect(),
        attendees: Vec::new(),
    };
    app.add_event(me, data).await.unwrap()
}

const CLUB: &str = r#"{"id": 1, "name": "Zeno Amico", "lang": "it", "offers": ["contratti"], "email": "zeno@example.it"}
{"id": 2, "name": "Anna Riva", "lang": "it", "offers": ["fotografia aziendale"], "seeks": ["sviluppo siti web"], "city": "Milano"}
{"id": 3, "name": "Neri Carla", "lang": "it", "offers": ["fotografia aziendale per cataloghi"], "seeks": ["siti web"]}
{"id": 4, "name": "Piero Lontano", "lang": "it", "offers": ["idraulica"]}
"#;

async fn a_debrief_brings_tablemates_in_once(store: Arc<dyn Store>) {
    let app = App::new(store.clone(), AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let club = app.import_members(&me, "Club Milano", CLUB.as_bytes(), "club.jsonl").await.unwrap();
    let c = club.community.community.id;
    let mut zeno = person("Zeno A.", Some("Acme"), None);
    zeno.emails = vec!["zeno@example.it".into()];
    let zeno = app.create_person(&me, zeno).await.unwrap();
    let carla = app.create_person(&me, person("Carla Neri", None, None)).await.unwrap();
    let yuri = app.create_person(&me, person("Yuri Collega", None, None)).await.unwrap();
    let e = event(&app, &me, "Speed date di giugno", "2026-06-14", &["export"]).await;
    let member = |member| Participant::Member { community: c, member };
    let seat = |round, table, who| Seat { round, table, who };
    let seats = vec![
        seat(1, 1, Participant::Me),
        seat(1, 1, Participant::Person { id: yuri.id }),
        seat(1, 2, member(4)),
        seat(1, 2, member(2)),
        seat(2, 1, Participant::Me),
        seat(2, 1, member(1)),
        seat(2, 2, member(4)),
        seat(2, 2, member(3)),
        seat(3, 1, Participant::Me),
        seat(3, 1, member(2)),
        seat(3, 2, member(4)),
        seat(3, 2, Participant::Person { id: yuri.id }),
        seat(4, 1, Participant::Me),
        seat(4, 1, member(3)),
    ];
    store.save_seating(me.account, e.id, &seats).await.unwrap();
    let Debriefed::Done(d) = app.debrief(&me, e.id).await.unwrap() else { panic!("debriefed") };
    let by_name: Vec<(&str, bool, Vec<u32>)> =
        d.met.iter().map(|m| (m.name.as_str(), m.new, m.rounds.clone())).collect();
    // Zeno by his e-mail and Carla by her name in the other order are the
    // people you know; Anna is new; Piero never sat with you.
    assert_eq!(
        by_name,
        vec![
            ("Yuri Collega", false, vec![1]),
            ("Zeno A.", false, vec![2]),
            ("Anna Riva", true, vec![3]),
            ("Carla Neri", false, vec![4])
        ],
        "{:?}",
        d.met
    );
    assert_eq!(d.met[1].id, zeno.id);
    assert_eq!(d.met[3].id, carla.id);
    let anna = app.store.person(me.account, d.met[2].id).await.unwrap();
    assert_eq!(
        (anna.met_on, anna.met_at.as_deref(), anna.tier),
        (Some(e.on), Some("Speed date di giugno"), Tier::Network)
    );
    assert_eq!(anna.city.as_deref(), Some("Milano"));
    assert_eq!(app.store.person(me.account, zeno.id).await.unwrap().met_on, Some(e.on), "how you met, when unknown");
    assert_eq!(app.store.people(me.account).await.unwrap().len(), 4, "one person added");
    assert_eq!((d.thank_on, d.one_to_one_on), (today(), day("2026-06-17")));
    assert_eq!(d.followups.len(), 8, "a thank-you and a one-to-one for each of four");
    assert!(d.followups.iter().all(|f| f.origin == Origin::Debrief));
    let for_anna: Vec<(NaiveDate, &str)> =
        d.followups.iter().filter(|f| f.person == anna.id).map(|f| (f.due, f.text.as_str())).collect();
    assert_eq!(
        for_anna,
        vec![
            (today(), "Thank Anna Riva for the conversation at Speed date di giugno"),
            (day("2026-06-17"), "Propose a one-to-one to Anna Riva (met at Speed date di giugno)")
        ]
    );
    let logged = app.store.interaction(me.account, d.logged.unwrap()).await.unwrap();
    assert_eq!(logged.kind, InteractionKind::SpeedDate, "tables of two");
    assert_eq!(logged.with.len(), 4);
    assert_eq!(app.event(&me, e.id).await.unwrap().attendees.len(), 4);

    let Debriefed::Done(again) = app.debrief(&me, e.id).await.unwrap() else { panic!("debriefed again") };
    assert!(again.followups.is_empty() && again.logged.is_none(), "twice changes nothing");
    assert!(again.met.iter().all(|m| !m.new));
    assert_eq!(app.store.people(me.account).await.unwrap().len(), 4);
    assert_eq!(app.followups(&me, true).await.unwrap().len(), 8);

    let empty = event(&app, &me, "Senza piano", "2026-06-10", &[]).await;
    let not = app.debrief(&me, empty.id).await.unwrap();
    assert!(matches!(not, Debriefed::Not { why: NotDebriefed::NoPlan, .. }), "{not:?}");
    store.save_seating(me.account, empty.id, &[seat(1, 1, member(2)), seat(1, 1, member(3))]).await.unwrap();
    let not = app.debrief(&me, empty.id).await.unwrap();
    assert!(matches!(not, Debriefed::Not { why: NotDebriefed::NotSeated, .. }), "{not:?}");
    let other = caller(&app, "other@example.it").await;
    assert!(matches!(app.debrief(&other, e.id).await, Err(AppError::NotFound { .. })));
}

async fn suggestions_rank_events_and_leave_out_people_you_know(store: Arc<dyn Store>) {
    let app = App::new(store.clone(), AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let club = app.import_members(&me, "Club Milano", CLUB.as_bytes(), "club.jsonl").await.unwrap();
    let c = club.community.community.id;
    let none = app.suggest_events(&me, 90, 10).await.unwrap();
    assert!(none.events.is_empty() && !none.has_wants);
    let change = ProfileChange {
        offers: Some(vec!["sviluppo siti web".into()]),
        seeks: Some(vec!["fotografia aziendale".into()]),
        interests: Some(vec!["vela".into()]),
        ..ProfileChange::default()
    };
    app.set_my_profile(&me, c, change).await.unwrap();
    // Carla Neri, a fine match, is already someone you know.
    app.create_person(&me, person("Carla Neri", None, None)).await.unwrap();
    let sail = event(&app, &me, "Serata vela", "2026-07-10", &["vela", "networking"]).await;
    let photo = event(&app, &me, "Fiera della fotografia aziendale", "2026-07-20", &["fotografia aziendale"]).await;
    event(&app, &me, "Convegno idraulica", "2026-07-01", &["idraulica"]).await;
    event(&app, &me, "Passato", "2026-06-01", &["vela"]).await;
    event(&app, &me, "Troppo lontano", "2026-12-01", &["fotografia aziendale"]).await;
    store.invite_to_event(me.account, sail.id, c, &[2, 3]).await.unwrap();
    let found = app.suggest_events(&me, 90, 10).await.unwrap();
    assert!(found.has_wants);
    let names: Vec<&str> = found.events.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["Fiera della fotografia aziendale", "Serata vela", "Convegno idraulica"], "{found:?}");
    assert_eq!(found.events[0].id, photo.id);
    assert_eq!(found.events[0].topics, vec!["fotografia aziendale"]);
    assert_eq!(found.events[1].matches, vec!["Anna Riva"], "Carla Neri is known: not a match to meet");
    assert_eq!(found.events[1].reason, "on what you look for: vela; one of your best matches attends: Anna Riva");
    assert_eq!(found.events[2].reason, "nothing links it to you yet");
    assert!(found.events[0].score > found.events[1].score && found.events[1].score > found.events[2].score);
    assert_eq!(app.suggest_events(&me, 90, 1).await.unwrap().events.len(), 1);
    let it = app.suggest_events(&Caller { lang: Lang::It, ..me }, 90, 10).await.unwrap();
    assert!(it.events[1].reason.contains("ci sarà uno dei tuoi migliori abbinamenti"), "{:?}", it.events[1]);
}

async fn intro_paths_ask_and_close(store: Arc<dyn Store>) {
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let marco = app.create_person(&me, person("Marco Rossi", None, None)).await.unwrap();
    let giulia = app.create_person(&me, person("Giulia Conti", Some("Acme"), None)).await.unwrap();
    let mut dario = person("Dario Neri", Some("ACME"), None);
    dario.role = Some("CTO".into());
    let dario = app.create_person(&me, dario).await.unwrap();
    let mut sara = person("Sara Vicina", None, None);
    sara.tier = Tier::Close;
    let sara = app.create_person(&me, sara).await.unwrap();
    for days_ago in [1, 20, 40, 60, 90, 120] {
        let on = today() - chrono::Days::new(days_ago);
        app.log_interaction(&me, met(vec![marco.id], InteractionKind::OneToOne, on)).await.unwrap();
    }
    let together = met(vec![marco.id, giulia.id], InteractionKind::Meeting, day("2026-06-01"));
    app.log_interaction(&me, together).await.unwrap();

    let IntroPaths::Paths { target, paths } = app.intro_paths(&me, dario.id, 3).await.unwrap() else {
        panic!("paths to Dario")
    };
    assert_eq!(target.id, Some(dario.id));
    assert_eq!(paths[0].introducer.id, Some(giulia.id), "{paths:?}");
    assert_eq!(paths[0].links.first().unwrap().from.id, None, "from you");
    assert!(paths[0].links.last().unwrap().reason.contains("colleagues at"), "{paths:?}");
    // Someone you know well needs no introduction, by the tie or by the tier.
    match app.intro_paths(&me, marco.id, 3).await.unwrap() {
        IntroPaths::KnownWell { target, why: KnownWell::Strength { strength } } => {
            assert_eq!(target.id, Some(marco.id));
            assert!(strength >= rete_app::intros::KNOWN_WELL_STRENGTH, "{strength}");
        }
        other => panic!("Marco is known well: {other:?}"),
    }
    assert!(matches!(
        app.intro_paths(&me, sara.id, 3).await.unwrap(),
        IntroPaths::KnownWell { why: KnownWell::Tier { tier: Tier::Close }, .. }
    ));
    let IntroPaths::Paths { paths, .. } = app.intro_paths(&me, giulia.id, 3).await.unwrap() else {
        panic!("Giulia is not known well")
    };
    assert_eq!(paths[0].introducer.id, Some(marco.id), "{paths:?}");

    assert!(matches!(app.ask_intro(&me, dario.id, giulia.id, None).await, Err(AppError::Refused(_))));
    assert!(matches!(
        app.ask_intro(&me, dario.id, dario.id, Some("x")).await,
        Err(AppError::Invalid { field: "via", .. })
    ));
    let asked = app.ask_intro(&me, dario.id, giulia.id, Some("  a pilot customer in logistics ")).await.unwrap();
    assert!(asked.text.contains("Hi Giulia,") && asked.text.contains("Dario Neri (CTO, ACME)"), "{}", asked.text);
    assert!(asked.text.contains("pilot customer in logistics"), "{}", asked.text);
    assert_eq!(asked.intro.why.as_deref(), Some("a pilot customer in logistics"));
    let list = app.intros(&me).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].status, &list[0].target.name, &list[0].via.name),
        (IntroStatus::Asked, &dario.name, &giulia.name)
    );

    let on = today().pred_opt().unwrap();
    let closed = app.close_intro(&me, asked.intro.id, false, on).await.unwrap();
    assert_eq!((closed.intro.status, closed.intro.closed_on), (IntroStatus::Made, Some(on)));
    let gift = closed.exchange.unwrap();
    assert_eq!((gift.person, gift.direction, gift.kind), (giulia.id, Direction::Received, ExchangeKind::Introduction));
    assert_eq!(gift.note.as_deref(), Some("introduced you to Dario Neri"));
    let write = closed.followup.unwrap();
    assert_eq!((write.person, write.due), (dario.id, today()));
    assert_eq!(write.text, "Write to Dario Neri: Giulia Conti introduced you");
    assert_eq!(app.store.person(me.account, dario.id).await.unwrap().introduced_by, Some(giulia.id));
    match app.close_intro(&Caller { lang: Lang::It, ..me }, asked.intro.id, true, on).await {
        Err(AppError::Refused(m)) => assert_eq!(m, format!("la presentazione #{} è già fatta", asked.intro.id)),
        other => panic!("already made: {other:?}"),
    }
    let other = caller(&app, "other@example.it").await;
    assert!(matches!(app.close_intro(&other, asked.intro.id, true, on).await, Err(AppError::NotFound { .. })));
    assert!(app.intros(&other).await.unwrap().is_empty());
    assert!(matches!(app.intro_paths(&other, dario.id, 3).await, Err(AppError::NotFound { .. })));
}

async fn the_calendar_feed_carries_the_agenda(store: Arc<dyn Store>) {
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let mut marco = person("Marco Gallo", None, None);
    marco.birthday = Some(Birthday::parse("birthday", "02-29").unwrap());
    let marco = app.create_person(&me, marco).await.unwrap();
    let mut sara = person("Sara Neri", None, None);
    sara.birthday = Some(Birthday::parse("birthday", "1985-12-01").unwrap());
    let sara = app.create_person(&me, sara).await.unwrap();
    let mut gone = person("Archiviato", None, None);
    gone.birthday = Some(Birthday::parse("birthday", "1985-12-02").unwrap());
    gone.tier = Tier::Archived;
    let gone = app.create_person(&me, gone).await.unwrap();
    let soon = app.add_followup(&me, sara.id, day("2026-06-30"), "mandare il preventivo").await.unwrap();
    let far = app.add_followup(&me, sara.id, day("2027-01-30"), "troppo lontano").await.unwrap();
    let yesterday = today().pred_opt().unwrap();
    app.log_interaction(&me, met(vec![marco.id], InteractionKind::Meeting, yesterday)).await.unwrap();

    let ics = app.calendar_feed(&me, &FeedOptions::default()).await.unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"), "{ics}");
    let lines: Vec<&str> = ics.split("\r\n").collect();
    let block = |uid: &str| -> Vec<&str> {
        let at = lines.iter().position(|l| *l == format!("UID:{uid}")).unwrap_or_else(|| panic!("{uid} in {ics}"));
        let end = lines[at..].iter().position(|l| l.starts_with("END:")).unwrap() + at;
        assert!(lines[at - 1].starts_with("BEGIN:"), "{uid}");
        lines[at - 1..end].to_vec()
    };
    let todo = block(&format!("followup-{}@rete", soon.id));
    assert_eq!(todo[0], "BEGIN:VTODO");
    assert!(todo.contains(&"DUE;VALUE=DATE:20260630") && todo.contains(&"SUMMARY:Sara Neri: mandare il preventivo"));
    assert!(!ics.contains(&format!("followup-{}@rete", far.id)) && !ics.contains("troppo lontano"), "beyond 30 days");
    let thank = block(&format!("thank_you-{}-{yesterday}@rete", marco.id));
    assert_eq!(thank[0], "BEGIN:VTODO");
    assert!(thank.contains(&"DUE;VALUE=DATE:20260615"), "{thank:?}");
    let leap = block(&format!("birthday-{}@rete", marco.id));
    assert_eq!(leap[0], "BEGIN:VEVENT");
    assert!(
        leap.contains(&"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1") && leap.contains(&"SUMMARY:Marco Gallo's birthday")
    );
    let born = block(&format!("birthday-{}@rete", sara.id));
    assert!(born.contains(&"DTSTART;VALUE=DATE:19851201") && born.contains(&"RRULE:FREQ=YEARLY"), "{born:?}");
    assert!(!ics.contains(&format!("birthday-{}@rete", gone.id)), "archived people are not nudged");
    assert_eq!(ics, app.calendar_feed(&me, &FeedOptions::default()).await.unwrap(), "same day, same feed");

    let longer = FeedOptions { days: 365, followups_at: Some("rete.example/f") };
    let it = app.calendar_feed(&Caller { lang: Lang::It, ..me }, &longer).await.unwrap();
    assert!(it.contains(&format!("UID:followup-{}@rete", far.id)), "within a year");
    assert!(it.contains("SUMMARY:Compleanno di Sara Neri"), "{it}");
    assert!(it.contains("DESCRIPTION:Un follow-up promesso a Sara Neri (rete.example/f)"), "{it}");
    let other = caller(&app, "other@example.it").await;
    let theirs = app.calendar_feed(&other, &FeedOptions::default()).await.unwrap();
    assert!(!theirs.contains("BEGIN:VTODO") && !theirs.contains("BEGIN:VEVENT"), "{theirs}");
}

/// An invitation admits its number of registrations before it expires;
/// a registration refused for another reason uses nothing up.
async fn invitations_admit_as_many_as_they_allow(store: Arc<dyn Store>) {
    let app = App::new(store, AgendaRules::default());
    let owner = caller(&app, "owner@example.it").await;
    let pw = "una frase lunga e mia";
    let invite = |email: &'static str, secret: Option<String>, now: i64| {
        let app = app.clone();
        async move { app.register_invited(email, pw, "N", Registration::Invite, secret.as_deref(), Lang::It, now).await }
    };
    assert!(matches!(invite("a@example.it", None, 2_000).await, Err(AppError::RegistrationClosed)));
    let issued = app.create_invitation(owner.account, 2, 7, Lang::It, 2_000).await.unwrap();
    let secret = Some(issued.invitation.clone());
    let weak =
        app.register_invited("a@example.it", "corta", "N", Registration::Invite, secret.as_deref(), Lang::It, 2_001);
    assert!(matches!(weak.await, Err(AppError::Invalid { field: "password", .. })));
    assert!(matches!(invite("owner@example.it", secret.clone(), 2_002).await, Err(AppError::Conflict { .. })));
    invite("a@example.it", secret.clone(), 2_003).await.unwrap();
    invite("b@example.it", secret.clone(), 2_004).await.unwrap();
    match invite("c@example.it", secret.clone(), 2_005).await {
        Err(AppError::Invalid { field: "invitation", message }) => assert!(message.contains("invito"), "{message}"),
        other => panic!("used up: {other:?}"),
    }
    let late = app.create_invitation(owner.account, 5, 1, Lang::It, 3_000).await.unwrap();
    let expired = invite("d@example.it", Some(late.invitation.clone()), 3_000 + 86_400).await;
    assert!(matches!(expired, Err(AppError::Invalid { field: "invitation", .. })), "expired after a day");
    assert_eq!(app.invitations(owner.account, 3_001).await.unwrap().len(), 1, "the used-up one is not listed");
    let someone = caller(&app, "someone@example.it").await;
    assert!(matches!(app.revoke_invitation(someone.account, late.info.id).await, Err(AppError::NotFound { .. })));
    app.revoke_invitation(owner.account, late.info.id).await.unwrap();
    assert!(invite("e@example.it", Some(late.invitation), 3_002).await.is_err(), "revoked");
    assert!(matches!(
        app.create_invitation(owner.account, 0, 7, Lang::En, 1).await,
        Err(AppError::Invalid { field: "uses", .. })
    ));
}

async fn members_are_invited_to_an_event_by_name_or_all(store: Arc<dyn Store>) {
    use rete_app::events::{Invited, Invitees};
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "organiser@example.it").await;
    let members = concat!(
        r#"{"id": 1, "name": "Anna Neri", "lang": "it", "offers": ["foto"]}"#,
        "\n",
        r#"{"id": 2, "name": "Bruno Blu", "lang": "it", "offers": ["siti"], "opt_in": false}"#,
        "\n",
        r#"{"id": 3, "name": "Carla Rossi", "lang": "it", "offers": ["contratti"]}"#,
        "\n",
        r#"{"id": 4, "name": "Carla Rossi", "lang": "it", "offers": ["grafica"]}"#,
        "\n"
    );
    let club = app.import_members(&me, "Club", members.as_bytes(), "soci.jsonl").await.unwrap();
    let club = club.community.community;
    let e = event(&app, &me, "Aperitivo", "2026-06-14", &[]).await;
    let named = |keys: &[&str]| Invitees::Named(keys.iter().map(|k| k.to_string()).collect());
    // By id and by name, accents and case aside.
    let done = app.invite_to_event(&me, e.id, &club, &named(&["#3", "anna neri"])).await.unwrap();
    assert_eq!(done, Invited { invited: 2, guests: 2 });
    // Refused, naming why, and nothing is written.
    for (keys, says) in
        [(&["Bruno Blu"][..], "opted out"), (&["Carla Rossi"], "use the member id"), (&["Zoe"], "nobody called 'Zoe'")]
    {
        match app.invite_to_event(&me, e.id, &club, &named(keys)).await {
            Err(AppError::Invalid { field: "members", message }) => assert!(message.contains(says), "{message}"),
            other => panic!("{keys:?}: {other:?}"),
        }
    }
    // Everyone who opted in: Anna and both Carlas, not Bruno; invited once each.
    let all = app.invite_to_event(&me, e.id, &club, &Invitees::All).await.unwrap();
    assert_eq!(all, Invited { invited: 3, guests: 3 });
    // Another account's event is not yours.
    let other = caller(&app, "someone@example.it").await;
    assert!(matches!(app.invite_to_event(&other, e.id, &club, &Invitees::All).await, Err(AppError::NotFound { .. })));
}

async fn a_network_is_exported_in_every_format_and_its_backup_keeps_its_ids(store: Arc<dyn Store>) {
    use rete_app::export::VCardVersion;
    let app = App::new(store, AgendaRules::default());
    let me = caller(&app, "me@example.it").await;
    let anna = app.create_person(&me, person("Anna Neri", Some("Acme"), None)).await.unwrap();
    let bruno = app.create_person(&me, person("Bruno Blu", None, Some("Monza"))).await.unwrap();
    let met = InteractionData {
        kind: InteractionKind::Meeting,
        on: today(),
        with: vec![anna.id, bruno.id],
        topics: Some("il sito".into()),
        notes: None,
        purpose: None,
        by: Initiator::Me,
    };
    app.log_interaction(&me, met).await.unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    let cards = text(app.export_vcard(&me, VCardVersion::V3).await.unwrap());
    assert_eq!(cards.matches("BEGIN:VCARD").count(), 2, "{cards}");
    assert!(cards.contains("VERSION:3.0") && cards.contains("Anna Neri"), "{cards}");
    let csv = text(app.export_csv(&me).await.unwrap());
    assert_eq!(csv.lines().count(), 3, "a header and two people: {csv}");
    let graph = text(app.export_graphml(&me).await.unwrap());
    assert_eq!(graph.matches("<node ").count(), 2, "{graph}");
    assert!(graph.contains("interaction"), "the meeting of the two is an edge: {graph}");
    // A backup keeps its ids: into another account of the same database it
    // is refused in words, and nothing is written.
    let backup = app.export_backup(&me).await.unwrap();
    let other = caller(&app, "copy@example.it").await;
    match app.restore_backup(&other, &backup).await {
        Err(AppError::Conflict { field: "database", message }) => {
            assert!(message.contains("empty database"), "{message}")
        }
        refused => panic!("{refused:?}"),
    }
    assert!(app.export_backup(&other).await.unwrap().is_empty());
}

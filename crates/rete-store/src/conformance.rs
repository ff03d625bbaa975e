//! The conformance suite: the behaviour every `Store` backend must show,
//! case for case. Each backend's `tests/conformance.rs` calls
//! `conformance_tests!` with an async factory of fresh, empty stores.

use crate::{Store, StoreError};
use chrono::NaiveDate;
use rete_core::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
}

fn logged(kind: InteractionKind, on: NaiveDate, with: Vec<PersonId>) -> InteractionData {
    InteractionData { kind, on, with, topics: None, notes: None, purpose: None, by: Initiator::Me }
}

fn person(name: &str) -> PersonData {
    PersonData::named(name)
}

/// A failed expectation, with what was seen.
fn fail<T>(what: impl Into<String>) -> Result<T, String> {
    Err(what.into())
}

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return fail(format!($($msg)+));
        }
    };
}

type CaseResult = Result<(), String>;

fn se(e: StoreError) -> String {
    e.to_string()
}

pub async fn person_roundtrip(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let mut p = person("Niccolò Bianchi");
    p.emails = vec!["Niccolo@Example.it".into()];
    p.phones = vec!["+39 02 1234567".into()];
    p.company = Some("Bianchi & Figli".into());
    p.tier = Tier::Close;
    p.tags = vec!["bni".into(), "vela".into()];
    p.birthday = Some(Birthday::parse("birthday", "03-09").map_err(|e| e.to_string())?);
    p.met_on = Some(d("2025-03-09"));
    p.met_at = Some("Aperitivo BNI Milano".into());
    p.links = vec!["https://www.linkedin.com/in/nbianchi".into()];
    let id = store.add_person(a, &p).await.map_err(se)?;
    let got = store.person(a, id).await.map_err(se)?;
    ensure!(got.name == "Niccolò Bianchi", "name {}", got.name);
    ensure!(got.emails == vec!["niccolo@example.it"], "emails {:?}", got.emails);
    ensure!(got.tags == vec!["bni", "vela"], "tags {:?}", got.tags);
    ensure!(got.birthday.map(|b| b.to_string()).as_deref() == Some("--03-09"), "birthday {:?}", got.birthday);
    ensure!(got.met_on == Some(d("2025-03-09")), "met_on {:?}", got.met_on);
    ensure!(got.tier == Tier::Close, "tier {}", got.tier);
    let mut edited = got.clone();
    edited.data.role = Some("CEO".into());
    edited.data.tier = Tier::Inner;
    store.update_person(a, &edited).await.map_err(se)?;
    let again = store.person(a, id).await.map_err(se)?;
    ensure!(again.role.as_deref() == Some("CEO") && again.tier == Tier::Inner, "update lost: {again:?}");
    match store.person(a, PersonId(id.0 + 1000)).await {
        Err(StoreError::NotFound { .. }) => Ok(()),
        other => fail(format!("missing person should be NotFound, got {other:?}")),
    }
}

pub async fn duplicate_email_is_refused(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let mut p = person("Anna Riva");
    p.emails = vec!["anna@riva.it".into()];
    store.add_person(a, &p).await.map_err(se)?;
    let mut q = person("Anna R.");
    q.emails = vec!["ANNA@riva.it".into()];
    match store.add_person(a, &q).await {
        Err(StoreError::Conflict { field: "email", message }) => {
            ensure!(message.contains("Anna Riva"), "message should name the holder: {message}");
        }
        other => return fail(format!("expected an email conflict, got {other:?}")),
    }
    let people = store.people(a).await.map_err(se)?;
    ensure!(people.len() == 1, "nothing may be written on a conflict: {} people", people.len());
    Ok(())
}

pub async fn accounts_are_isolated(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let b = store.account("someone-else").await.map_err(se)?;
    ensure!(a != b, "two accounts share an id");
    let id = store.add_person(a, &person("Solo Mio")).await.map_err(se)?;
    ensure!(store.people(b).await.map_err(se)?.is_empty(), "account b sees account a's people");
    ensure!(matches!(store.person(b, id).await, Err(StoreError::NotFound { .. })), "cross-account read");
    let mut e = person("Same Mail");
    e.emails = vec!["same@mail.it".into()];
    store.add_person(a, &e).await.map_err(se)?;
    store.add_person(b, &e).await.map_err(se)?;
    ensure!(store.local_account().await.map_err(se)? == a, "local account is not stable");
    Ok(())
}

pub async fn names_resolve_accent_insensitively(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    store.add_person(a, &person("Niccolò Rossi")).await.map_err(se)?;
    store.add_person(a, &person("Nicola Rossi")).await.map_err(se)?;
    store.add_person(a, &person("Marta Rossi")).await.map_err(se)?;
    let exact = store.people_named(a, "niccolo rossi").await.map_err(se)?;
    ensure!(exact.len() == 1 && exact[0].name == "Niccolò Rossi", "exact: {exact:?}");
    let partial = store.people_named(a, "rossi").await.map_err(se)?;
    ensure!(partial.len() == 3, "partial: {}", partial.len());
    let none = store.people_named(a, "100%").await.map_err(se)?;
    ensure!(none.is_empty(), "wildcards must be literal");
    Ok(())
}

pub async fn search_is_ranked_and_accent_insensitive(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let mut n = person("Niccolò Ferri");
    n.company = Some("Studio Ferri".into());
    n.notes = Some("Esperto di vela e di diritto societario".into());
    let niccolo = store.add_person(a, &n).await.map_err(se)?;
    let mut g = person("Giulia Conti");
    g.role = Some("Avvocata".into());
    g.tags = vec!["diritto".into()];
    g.notes = Some("diritto diritto societario".into());
    let giulia = store.add_person(a, &g).await.map_err(se)?;
    store.add_person(a, &person("Marco Neri")).await.map_err(se)?;
    let hits = store.search(a, "niccolo", 10).await.map_err(se)?;
    ensure!(hits.len() == 1 && hits[0].person.id == niccolo, "niccolo: {hits:?}");
    let hits = store.search(a, "DIRITTO", 10).await.map_err(se)?;
    ensure!(hits.len() == 2, "diritto: {} hits", hits.len());
    ensure!(
        hits[0].person.id == giulia,
        "the denser match ranks first: {:?}",
        hits.iter().map(|h| &h.person.name).collect::<Vec<_>>()
    );
    let hits = store.search(a, "avvoc", 10).await.map_err(se)?;
    ensure!(hits.len() == 1 && hits[0].person.id == giulia, "prefix: {hits:?}");
    // An edit re-indexes.
    let mut m = store.people_named(a, "Marco Neri").await.map_err(se)?.remove(0);
    m.data.company = Some("Ferramenta Neri".into());
    store.update_person(a, &m).await.map_err(se)?;
    ensure!(store.search(a, "ferramenta", 10).await.map_err(se)?.len() == 1, "edit not indexed");
    ensure!(store.search(a, "  ", 10).await.map_err(se)?.is_empty(), "blank query");
    let b = store.account("other").await.map_err(se)?;
    ensure!(store.search(b, "niccolo", 10).await.map_err(se)?.is_empty(), "search leaks across accounts");
    Ok(())
}

pub async fn interactions_and_ledger(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let p1 = store.add_person(a, &person("Luca Verdi")).await.map_err(se)?;
    let p2 = store.add_person(a, &person("Sara Blu")).await.map_err(se)?;
    let i = InteractionData {
        kind: InteractionKind::OneToOne,
        on: d("2026-11-20"),
        with: vec![p1, p2],
        topics: Some("export in Germania".into()),
        notes: None,
        purpose: Some(Purpose::Give),
        by: Initiator::Me,
    };
    store.add_interaction(a, &i).await.map_err(se)?;
    let mut older = i.clone();
    older.on = d("2026-01-10");
    older.with = vec![p1];
    older.kind = InteractionKind::Call;
    store.add_interaction(a, &older).await.map_err(se)?;
    let all = store.interactions(a, Some(p1)).await.map_err(se)?;
    ensure!(all.len() == 2 && all[0].on == d("2026-11-20"), "newest first: {all:?}");
    ensure!(all[0].with == vec![p1, p2], "with: {:?}", all[0].with);
    ensure!(store.interactions(a, Some(p2)).await.map_err(se)?.len() == 1, "filter by person");
    let bad = InteractionData { with: vec![PersonId(99_999)], ..i.clone() };
    ensure!(
        matches!(store.add_interaction(a, &bad).await, Err(StoreError::NotFound { .. })),
        "unknown person accepted"
    );
    ensure!(store.interactions(a, None).await.map_err(se)?.len() == 2, "a failed insert left a row");

    let ex = ExchangeData {
        direction: Direction::Received,
        kind: ExchangeKind::Business,
        person: p1,
        on: d("2026-11-01"),
        amount_cents: Some(150_000),
        note: Some("sito web".into()),
        thanked_on: None,
    };
    let eid = store.add_exchange(a, &ex).await.map_err(se)?;
    let thanked = store.thank_exchange(a, eid, d("2026-11-02")).await.map_err(se)?;
    ensure!(thanked.thanked_on == Some(d("2026-11-02")) && thanked.amount_cents == Some(150_000), "{thanked:?}");
    ensure!(
        matches!(
            store.thank_exchange(a, ExchangeId(eid.0 + 50), d("2026-11-02")).await,
            Err(StoreError::NotFound { .. })
        ),
        "thank missing"
    );
    ensure!(store.exchanges(a, Some(p2)).await.map_err(se)?.is_empty(), "exchange filter");
    Ok(())
}

pub async fn followups_lifecycle(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let p = store.add_person(a, &person("Elena Gallo")).await.map_err(se)?;
    let f = FollowupData {
        person: p,
        due: d("2026-11-25"),
        text: "send the proposal".into(),
        origin: Origin::Manual,
        done_on: None,
        snoozed_until: None,
    };
    let id1 = store.add_followup(a, &f).await.map_err(se)?;
    let id2 = store
        .add_followup(a, &FollowupData { due: d("2026-11-21"), text: "call back".into(), ..f.clone() })
        .await
        .map_err(se)?;
    let open = store.followups(a, false).await.map_err(se)?;
    ensure!(open.iter().map(|f| f.id).collect::<Vec<_>>() == vec![id2, id1], "due order: {open:?}");
    let s = store.snooze_followup(a, id2, d("2026-12-01")).await.map_err(se)?;
    ensure!(s.snoozed_until == Some(d("2026-12-01")), "snooze");
    let open = store.followups(a, false).await.map_err(se)?;
    ensure!(open[0].id == id1, "snoozed moves later");
    store.complete_followup(a, id1, d("2026-11-23")).await.map_err(se)?;
    ensure!(store.followups(a, false).await.map_err(se)?.len() == 1, "done leaves the open list");
    ensure!(store.followups(a, true).await.map_err(se)?.len() == 2, "done stays in history");
    ensure!(
        matches!(store.snooze_followup(a, id1, d("2026-12-01")).await, Err(StoreError::Conflict { .. })),
        "snoozing a done follow-up"
    );
    ensure!(
        matches!(
            store.complete_followup(a, FollowupId(id1.0 + 77), d("2026-11-23")).await,
            Err(StoreError::NotFound { .. })
        ),
        "missing follow-up"
    );
    Ok(())
}

pub async fn events_and_milestones(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let p1 = store.add_person(a, &person("Paolo Marino")).await.map_err(se)?;
    let p2 = store.add_person(a, &person("Chiara Fontana")).await.map_err(se)?;
    let e = EventData {
        name: "Aperitivo BNI Milano".into(),
        on: d("2026-03-09"),
        place: Some("Milano".into()),
        topics: vec!["networking".into()],
        attendees: vec![],
    };
    let eid = store.add_event(a, &e).await.map_err(se)?;
    store.attend_event(a, eid, &[p1, p2], None).await.map_err(se)?;
    let ev = store.attend_event(a, eid, &[p1], None).await.map_err(se)?;
    ensure!(ev.attendees == vec![p1, p2], "attendees {:?}", ev.attendees);
    let found = store.events_named(a, "aperitivo bni").await.map_err(se)?;
    ensure!(found.len() == 1 && found[0].id == eid, "events_named {found:?}");
    ensure!(
        matches!(store.attend_event(a, EventId(eid.0 + 9), &[p1], None).await, Err(StoreError::NotFound { .. })),
        "missing event"
    );
    let m = MilestoneData {
        person: p2,
        kind: MilestoneKind::Promotion,
        on: d("2026-11-15"),
        note: Some("now partner".into()),
    };
    store.add_milestone(a, &m).await.map_err(se)?;
    let ms = store.milestones(a, Some(p2)).await.map_err(se)?;
    ensure!(ms.len() == 1 && ms[0].kind == MilestoneKind::Promotion, "milestones {ms:?}");
    Ok(())
}

pub async fn merge_moves_everything(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let mut k = person("Roberto Sala");
    k.emails = vec!["roberto@sala.it".into()];
    let keep = store.add_person(a, &k).await.map_err(se)?;
    let mut g = person("Rob Sala");
    g.emails = vec!["rob@gmail.com".into()];
    g.company = Some("Sala Srl".into());
    let gone = store.add_person(a, &g).await.map_err(se)?;
    let mut intro = person("Introdotto");
    intro.introduced_by = Some(gone);
    let third = store.add_person(a, &intro).await.map_err(se)?;
    let both = InteractionData {
        kind: InteractionKind::Meeting,
        on: d("2026-10-01"),
        with: vec![keep, gone],
        topics: None,
        notes: None,
        purpose: None,
        by: Initiator::Me,
    };
    store.add_interaction(a, &both).await.map_err(se)?;
    store.add_interaction(a, &InteractionData { with: vec![gone], ..both.clone() }).await.map_err(se)?;
    store
        .add_exchange(
            a,
            &ExchangeData {
                direction: Direction::Given,
                kind: ExchangeKind::Advice,
                person: gone,
                on: d("2026-10-02"),
                amount_cents: None,
                note: None,
                thanked_on: None,
            },
        )
        .await
        .map_err(se)?;
    let merged = store.merge_people(a, keep, gone).await.map_err(se)?;
    ensure!(merged.emails == vec!["roberto@sala.it", "rob@gmail.com"], "emails {:?}", merged.emails);
    ensure!(merged.company.as_deref() == Some("Sala Srl"), "company filled");
    ensure!(matches!(store.person(a, gone).await, Err(StoreError::NotFound { .. })), "gone still exists");
    ensure!(store.interactions(a, Some(keep)).await.map_err(se)?.len() == 2, "interactions moved");
    ensure!(store.exchanges(a, Some(keep)).await.map_err(se)?.len() == 1, "exchanges moved");
    ensure!(store.person(a, third).await.map_err(se)?.introduced_by == Some(keep), "introducer moved");
    // The e-mail of the merged-away record now belongs to `keep`.
    let mut dup = person("Another");
    dup.emails = vec!["rob@gmail.com".into()];
    ensure!(matches!(store.add_person(a, &dup).await, Err(StoreError::Conflict { .. })), "merged e-mail not indexed");
    Ok(())
}

pub async fn bulk_import_is_one_transaction(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let existing = store.add_person(a, &person("Esistente")).await.map_err(se)?;
    // More rows than one multi-row statement holds, and every column set
    // on some of them: bulk paths spell the column list again.
    let created: Vec<PersonData> = (0..3200)
        .map(|i| {
            let mut p = person(&format!("Contatto Numero {i}"));
            p.emails = vec![format!("c{i}@example.it")];
            p.company = Some(if i % 2 == 0 { "Àcme Srl".into() } else { "Beta".into() });
            if i % 7 == 0 {
                p.emails.push(format!("altro{i}@example.com"));
                p.phones = vec![format!("+39333{i:07}")];
                p.role = Some("Socia".into());
                p.department = Some("Vendite".into());
                p.city = Some("Forlì".into());
                p.sector = Some("legal".into());
                p.tier = Tier::Inner;
                p.cadence_days = Some(30);
                p.tags = vec!["bni".into(), "golf".into()];
                p.birthday = Some(Birthday { year: if i % 2 == 0 { Some(1980) } else { None }, month: 2, day: 29 });
                p.met_on = Some(d("2023-01-12"));
                p.met_at = Some("LinkedIn".into());
                p.introduced_by = Some(existing);
                p.links = vec![format!("https://www.linkedin.com/in/contatto-{i}")];
                p.notes = Some("Conosciuta al \"Caffè\" del lunedì".into());
                p.status = Status::RedFlag;
                p.status_reason = Some("mai risposto".into());
            }
            p
        })
        .collect();
    let mut updated = store.person(a, existing).await.map_err(se)?;
    updated.data.role = Some("Socia".into());
    let ids = store.import_people(a, created.clone(), vec![updated]).await.map_err(se)?;
    ensure!(ids.len() == 3200, "ids {}", ids.len());
    for i in [0, 7, 700, 1499, 1500, 3199] {
        let p = store.person(a, ids[i]).await.map_err(se)?;
        ensure!(p.data == created[i], "person {i} read back as {p:?}");
    }
    ensure!(store.person(a, existing).await.map_err(se)?.role.as_deref() == Some("Socia"), "merge applied");
    ensure!(store.search(a, "acme", 5000).await.map_err(se)?.len() == 1600, "imported people are searchable");
    let hits = store.search(a, "forli golf", 5000).await.map_err(se)?;
    ensure!(
        hits.len() == 458 && hits.iter().all(|h| ids[..].contains(&h.person.id)),
        "search documents: {}",
        hits.len()
    );
    // An e-mail clash anywhere rolls everything back: with someone known,
    // or between two of the new people.
    let fresh = |i: usize| {
        let mut p = person(&format!("Nuovo {i}"));
        p.emails = vec![format!("nuovo{i}@example.it")];
        p
    };
    let before = store.people(a).await.map_err(se)?.len();
    let mut known = vec![fresh(0), fresh(1), fresh(2)];
    known[2].emails = vec!["c5@example.it".into()];
    ensure!(matches!(store.import_people(a, known, vec![]).await, Err(StoreError::Conflict { .. })), "clash must fail");
    let mut twins = vec![fresh(3), fresh(4), fresh(5)];
    twins[2].emails = vec!["nuovo3@example.it".into()];
    ensure!(matches!(store.import_people(a, twins, vec![]).await, Err(StoreError::Conflict { .. })), "twins must fail");
    ensure!(store.people(a).await.map_err(se)?.len() == before, "a failed import wrote rows");
    ensure!(store.search(a, "nuovo", 10).await.map_err(se)?.is_empty(), "a failed import left search documents");
    Ok(())
}

pub async fn communities_and_profiles(store: &dyn Store) -> CaseResult {
    use rete_core::grow::{MemberProfile, ME};
    let a = store.local_account().await.map_err(se)?;
    let c = store.create_community(a, "BNI Leonardo").await.map_err(se)?;
    ensure!(store.create_community(a, "bni leonardo").await.map_err(se)?.id == c.id, "names fold");
    let found = store.find_community(a, " Bni Leonardo ").await.map_err(se)?;
    ensure!(found.map(|f| f.id) == Some(c.id), "a lookup folds names");
    ensure!(store.find_community(a, "BNI Leonardi").await.map_err(se)?.is_none(), "a typo finds nothing");
    ensure!(store.communities(a).await.map_err(se)?.len() == 1, "a lookup never creates");
    let mut me = MemberProfile::empty(ME, "Io", Lang::It);
    me.offers = vec!["sviluppo siti web".into()];
    me.languages = vec!["it".into(), "en".into()];
    let mut other = MemberProfile::empty(7, "Giulia Conti", Lang::En);
    other.seeks = vec!["web development".into()];
    other.email = Some("giulia@example.com".into());
    other.opt_in = false;
    store.upsert_profiles(a, c.id, &[me.clone(), other.clone()]).await.map_err(se)?;
    me.offers.push("e-commerce".into());
    store.upsert_profiles(a, c.id, std::slice::from_ref(&me)).await.map_err(se)?;
    let all = store.profiles(a, c.id).await.map_err(se)?;
    ensure!(all == vec![me, other], "profiles round trip: {all:?}");
    let b = store.account("else").await.map_err(se)?;
    ensure!(store.profiles(b, c.id).await.map_err(se)?.is_empty(), "profiles leak across accounts");
    ensure!(store.find_community(b, "BNI Leonardo").await.map_err(se)?.is_none(), "another account's community");
    ensure!(matches!(store.upsert_profiles(b, c.id, &[]).await, Err(StoreError::NotFound { .. })), "foreign community");
    ensure!(store.communities(a).await.map_err(se)?.len() == 1, "communities");
    store.set_community_webhook(a, c.id, Some("http://127.0.0.1:9/hook")).await.map_err(se)?;
    let c2 = store.create_community(a, "BNI LEONARDO").await.map_err(se)?;
    ensure!(c2.webhook.as_deref() == Some("http://127.0.0.1:9/hook"), "webhook kept: {c2:?}");
    ensure!(
        matches!(store.set_community_webhook(b, c.id, None).await, Err(StoreError::NotFound { .. })),
        "webhook of a foreign community"
    );
    Ok(())
}

/// A community shared by accounts: an organiser, members who join by a
/// link and write their own profiles, and nobody else seeing anything.
pub async fn shared_communities(store: &dyn Store) -> CaseResult {
    use crate::memberships::CommunitySpec;
    use rete_core::grow::{MemberProfile, ME};
    let org = store.account("organiser").await.map_err(se)?;
    let anna = store.account("anna").await.map_err(se)?;
    let bruno = store.account("bruno").await.map_err(se)?;
    let stranger = store.account("stranger").await.map_err(se)?;
    let spec = CommunitySpec {
        name: "BNI Leonardo",
        kind: CommunityKind::Chapter,
        lang: Some(Lang::It),
        description: Some("Ogni martedì"),
    };
    let c = store.found_community(org, &spec).await.map_err(se)?;
    ensure!(c.kind == CommunityKind::Chapter && c.lang == Some(Lang::It), "kind and language kept: {c:?}");
    ensure!(
        store.found_community(org, &spec).await.map_err(se)?.id == c.id,
        "the same name answers the same community"
    );
    let mut imported = MemberProfile::empty(1, "Giulia Conti", Lang::It);
    imported.email = Some("giulia@example.it".into());
    store.upsert_profiles(org, c.id, &[imported]).await.map_err(se)?;
    let now = 1_000_000;
    store.create_community_invitation(org, c.id, "h1", now, now + 3600, 2).await.map_err(se)?;
    ensure!(
        matches!(
            store.create_community_invitation(anna, c.id, "h2", now, now + 3600, 1).await,
            Err(StoreError::NotFound { .. })
        ),
        "a non-member makes no invitation"
    );
    let shown = store.invited_to("h1", now).await.map_err(se)?;
    ensure!(shown.map(|s| s.name) == Some("BNI Leonardo".into()), "the link shows its community");
    ensure!(store.invited_to("nope", now).await.map_err(se)?.is_none(), "an unknown link shows nothing");
    let joined = store.join_community(anna, "h1", now, "Anna Rossi", Lang::It).await.map_err(se)?;
    ensure!(joined.membership.role == Role::Member && joined.membership.member == 2, "a new member id: {joined:?}");
    let again = store.join_community(anna, "h1", now, "Anna Rossi", Lang::It).await.map_err(se)?;
    ensure!(again.membership.member == 2, "joining twice changes nothing");
    ensure!(
        matches!(store.join_community(bruno, "h1", now + 7200, "Bruno", Lang::It).await, Err(StoreError::Invalid(_))),
        "an expired link"
    );
    store.join_community(bruno, "h1", now, "Bruno Neri", Lang::En).await.map_err(se)?;
    ensure!(store.community_invitations(org, c.id, now).await.map_err(se)?.is_empty(), "the link is used up");
    ensure!(
        matches!(store.join_community(stranger, "h1", now, "S", Lang::It).await, Err(StoreError::Invalid(_))),
        "a used-up link"
    );
    // Anna writes her profile; whatever member id she names, it is hers.
    let mut mine = MemberProfile::empty(ME, "Anna Rossi", Lang::It);
    mine.offers = vec!["siti web per studi legali".into()];
    mine.email = Some("anna@example.it".into());
    let saved = store.set_own_profile(anna, c.id, &mine).await.map_err(se)?;
    ensure!(saved.member == 2 && saved.email.is_none(), "her own member id, no e-mail: {saved:?}");
    let (_, seen) = store.community_profiles(bruno, c.id).await.map_err(se)?;
    ensure!(seen.len() == 3, "bruno sees the organiser's import, anna and himself: {seen:?}");
    ensure!(seen.iter().all(|p| p.email.is_none()), "members see no e-mails");
    let (_, organiser_sees) = store.community_profiles(org, c.id).await.map_err(se)?;
    ensure!(
        organiser_sees.iter().any(|p| p.email.as_deref() == Some("giulia@example.it")),
        "the organiser keeps e-mails"
    );
    ensure!(
        store.upsert_profiles(org, c.id, &[MemberProfile::empty(2, "Not Anna", Lang::It)]).await.is_err(),
        "a members file never overwrites a joined member"
    );
    for (who, what) in [(stranger, "a stranger")] {
        ensure!(matches!(store.belonging(who, c.id).await, Err(StoreError::NotFound { .. })), "{what} belongs");
        ensure!(
            matches!(store.community_profiles(who, c.id).await, Err(StoreError::NotFound { .. })),
            "{what} reads profiles"
        );
        ensure!(
            matches!(store.set_own_profile(who, c.id, &mine).await, Err(StoreError::NotFound { .. })),
            "{what} writes"
        );
    }
    ensure!(
        store.joined(anna).await.map_err(se)?.len() == 1 && store.joined(stranger).await.map_err(se)?.is_empty(),
        "joined"
    );
    ensure!(
        matches!(store.remove_member(anna, c.id, 3).await, Err(StoreError::NotFound { .. })),
        "a member removes nobody"
    );
    ensure!(
        store.set_member_role(org, c.id, 1, Role::CoOrganiser).await.is_err(),
        "an imported profile has no account"
    );
    store.set_member_role(org, c.id, 2, Role::CoOrganiser).await.map_err(se)?;
    ensure!(store.belonging(anna, c.id).await.map_err(se)?.membership.role == Role::CoOrganiser, "anna co-organises");
    ensure!(store.set_member_role(anna, c.id, 3, Role::CoOrganiser).await.is_err(), "only the organiser names them");
    let (_, seen) = store.community_profiles(anna, c.id).await.map_err(se)?;
    ensure!(seen.iter().any(|p| p.email.is_some()), "co-organisers see e-mails");
    store.set_member_role(org, c.id, 2, Role::Member).await.map_err(se)?;
    store.remove_member(org, c.id, 3).await.map_err(se)?;
    ensure!(
        matches!(store.community_profiles(bruno, c.id).await, Err(StoreError::NotFound { .. })),
        "a removed member sees nothing"
    );
    ensure!(
        !store.community_profiles(anna, c.id).await.map_err(se)?.1.iter().any(|p| p.member == 3),
        "his profile is gone"
    );
    ensure!(store.leave_community(org, c.id).await.is_err(), "the organiser does not leave");
    store.leave_community(anna, c.id).await.map_err(se)?;
    ensure!(store.community_profiles(org, c.id).await.map_err(se)?.1.len() == 1, "only the import is left");
    Ok(())
}

/// Guests, a saved seating plan, pairing history and introductions.
pub async fn events_that_produce_relationships(store: &dyn Store) -> CaseResult {
    use rete_core::seating::{IntroData, PairingRun, Participant, Seat};
    let a = store.local_account().await.map_err(se)?;
    let c = store.create_community(a, "Club").await.map_err(se)?;
    let anna = store.add_person(a, &person("Anna")).await.map_err(se)?;
    let bruno = store.add_person(a, &person("Bruno")).await.map_err(se)?;
    let ev = store
        .add_event(
            a,
            &EventData {
                name: "Speed date".into(),
                on: d("2026-05-04"),
                place: None,
                topics: vec![],
                attendees: vec![anna],
            },
        )
        .await
        .map_err(se)?;
    store.invite_to_event(a, ev, c.id, &[3, 5]).await.map_err(se)?;
    store.invite_to_event(a, ev, c.id, &[5]).await.map_err(se)?;
    ensure!(store.event_guests(a, ev).await.map_err(se)? == vec![(c.id, 3), (c.id, 5)], "guests");
    let seats = vec![
        Seat { round: 1, table: 1, who: Participant::Me },
        Seat { round: 1, table: 1, who: Participant::Member { community: c.id, member: 3 } },
        Seat { round: 1, table: 2, who: Participant::Person { id: anna } },
        Seat { round: 1, table: 2, who: Participant::Member { community: c.id, member: 5 } },
    ];
    store.save_seating(a, ev, &seats).await.map_err(se)?;
    store.save_seating(a, ev, &seats).await.map_err(se)?;
    let back = store.seating(a, ev).await.map_err(se)?;
    ensure!(back.len() == 4 && seats.iter().all(|s| back.contains(s)), "seating round trip: {back:?}");
    let b = store.account("else").await.map_err(se)?;
    ensure!(store.seating(b, ev).await.map_err(se)?.is_empty(), "seating leaks across accounts");
    ensure!(matches!(store.save_seating(b, ev, &seats).await, Err(StoreError::NotFound { .. })), "foreign event");

    let first = PairingRun { on: d("2026-01-05"), groups: vec![vec![1, 2], vec![3, 4, 5]] };
    let second = PairingRun { on: d("2026-01-19"), groups: vec![vec![1, 3], vec![2, 4]] };
    store.record_pairing(a, c.id, &second).await.map_err(se)?;
    store.record_pairing(a, c.id, &first).await.map_err(se)?;
    ensure!(store.pairings(a, c.id).await.map_err(se)? == vec![first.clone(), second], "pairing history");
    let twice = PairingRun { on: d("2026-02-02"), groups: vec![vec![1, 2], vec![2, 3]] };
    ensure!(matches!(store.record_pairing(a, c.id, &twice).await, Err(StoreError::Invalid(_))), "a member twice");
    ensure!(store.pairings(a, c.id).await.map_err(se)?.len() == 2, "a refused run writes nothing");

    let ask = IntroData {
        target: anna,
        via: bruno,
        asked_on: d("2026-03-01"),
        why: Some("she runs the fintech meetup".into()),
        status: IntroStatus::Asked,
        closed_on: None,
    };
    let id = store.add_intro(a, &ask).await.map_err(se)?;
    ensure!(
        matches!(store.add_intro(a, &IntroData { via: anna, ..ask.clone() }).await, Err(StoreError::Invalid(_))),
        "self-introduction"
    );
    let made = store.close_intro(a, id, IntroStatus::Made, d("2026-03-09")).await.map_err(se)?;
    ensure!(made.status == IntroStatus::Made && made.closed_on == Some(d("2026-03-09")), "closed: {made:?}");
    ensure!(store.intros(b).await.map_err(se)?.is_empty(), "intros leak across accounts");
    let carla = store.add_person(a, &person("Carla")).await.map_err(se)?;
    store.merge_people(a, carla, bruno).await.map_err(se)?;
    ensure!(store.intros(a).await.map_err(se)?[0].via == carla, "merge moves introductions");
    Ok(())
}

/// A window that holds every active person with a date: the summaries
/// case compares them all.
fn everyone(today: NaiveDate) -> rete_core::agenda::AgendaWindow {
    let mut w = rete_core::agenda::AgendaRules::default().window(today);
    w.cold_inner = d("9999-12-31");
    w.cold_close = w.cold_inner;
    w.cold_network = w.cold_inner;
    w
}

/// The agenda a store's facts give must be the agenda of everyone: the
/// store reads only the people inside the day's window, so a bound that
/// leaves out someone who has an action fails here. A network with every
/// rule's case (tiers, red flags, own cadences, birthdays at the year's
/// end and on 29 February, milestones, both sides of the ledger, manual
/// follow-ups for archived people) is walked day by day.
pub async fn agenda_reads_only_who_can_act(store: &dyn Store) -> CaseResult {
    use rete_core::agenda::{agenda, AgendaFacts, AgendaRules};
    let a = store.local_account().await.map_err(se)?;
    let tiers = [Tier::Inner, Tier::Close, Tier::Network, Tier::Network, Tier::Archived];
    let birthdays = ["--02-29", "--12-31", "--01-02", "1980-01-15", "--02-28", "--03-01"];
    let mut ids = Vec::new();
    for i in 0..60u64 {
        let mut p = person(&format!("Persona {i}"));
        p.tier = tiers[(i % 5) as usize];
        if i % 11 == 3 {
            p.status = Status::RedFlag;
        }
        if i % 9 == 4 {
            p.cadence_days = Some(7 + (i as u32 % 20));
        }
        if i % 4 == 1 {
            p.birthday = Birthday::parse("birthday", birthdays[(i / 4) as usize % birthdays.len()]).ok();
        }
        if i % 3 != 0 {
            p.met_on = Some(d("2026-06-01") + chrono::Days::new(i * 3));
            p.met_at = Some(format!("Evento {i}"));
        }
        ids.push(store.add_person(a, &p).await.map_err(se)?);
    }
    let kinds = InteractionKind::ALL;
    let purposes = [None, Some(Purpose::Ask), Some(Purpose::Give), Some(Purpose::Social), Some(Purpose::Ask)];
    for n in 0..240u64 {
        // Spread over 2026-07-01 .. 2027-01-20, a person every few.
        let who = ids[((n * 7) % 47) as usize];
        let other = ids[((n * 13 + 5) % 60) as usize];
        let with = if n % 10 == 0 { vec![who, other] } else { vec![who] };
        let data = InteractionData {
            kind: kinds[(n % kinds.len() as u64) as usize],
            on: d("2026-07-01") + chrono::Days::new((n * 17) % 204),
            with,
            topics: None,
            notes: None,
            purpose: purposes[(n % 5) as usize],
            by: if (n / 2) % 3 == 0 { Initiator::Them } else { Initiator::Me },
        };
        store.add_interaction(a, &data).await.map_err(se)?;
    }
    // Someone whose own cadence, not the tier's, makes the tie cold.
    let mut own = person("Cadenza Propria");
    own.cadence_days = Some(10);
    let own = store.add_person(a, &own).await.map_err(se)?;
    let mut i = logged(InteractionKind::Call, d("2026-10-01"), vec![own]);
    i.purpose = Some(Purpose::Social);
    store.add_interaction(a, &i).await.map_err(se)?;
    // Born on 29 February, in touch a week before the 28th of a common
    // year: only the birthday brings them into the window.
    let mut leap = person("Bisestile");
    leap.tier = Tier::Close;
    leap.birthday = Birthday::parse("birthday", "--02-29").ok();
    let leap = store.add_person(a, &leap).await.map_err(se)?;
    let mut i = logged(InteractionKind::Call, d("2027-02-14"), vec![leap]);
    i.purpose = Some(Purpose::Social);
    store.add_interaction(a, &i).await.map_err(se)?;
    // Messages of theirs that wait for a reply.
    for k in 0..5u64 {
        let mut i =
            logged(InteractionKind::Message, d("2026-10-01") + chrono::Days::new(k * 20), vec![ids[47 + k as usize]]);
        i.by = Initiator::Them;
        store.add_interaction(a, &i).await.map_err(se)?;
    }
    for n in 0..30u64 {
        let on = d("2026-09-01") + chrono::Days::new(n * 5);
        store
            .add_exchange(
                a,
                &ExchangeData {
                    direction: if n % 3 == 0 { Direction::Given } else { Direction::Received },
                    kind: ExchangeKind::ALL[(n % ExchangeKind::ALL.len() as u64) as usize],
                    person: ids[((n * 11) % 13) as usize],
                    on,
                    amount_cents: None,
                    note: None,
                    thanked_on: (n % 4 == 0).then_some(on),
                },
            )
            .await
            .map_err(se)?;
        store
            .add_milestone(
                a,
                &MilestoneData {
                    person: ids[((n * 19 + 2) % 60) as usize],
                    kind: MilestoneKind::ALL[(n % MilestoneKind::ALL.len() as u64) as usize],
                    on,
                    note: None,
                },
            )
            .await
            .map_err(se)?;
        store
            .add_followup(
                a,
                &FollowupData {
                    person: ids[((n * 23 + 4) % 60) as usize],
                    due: on + chrono::Days::new(20),
                    text: format!("impegno {n}"),
                    origin: [Origin::Manual, Origin::Rule, Origin::Debrief][(n % 3) as usize],
                    done_on: None,
                    snoozed_until: None,
                },
            )
            .await
            .map_err(se)?;
    }
    let people = store.people(a).await.map_err(se)?;
    let all = store.interactions(a, None).await.map_err(se)?;
    let followups = store.followups(a, false).await.map_err(se)?;
    let exchanges = store.exchanges(a, None).await.map_err(se)?;
    let milestones = store.milestones(a, None).await.map_err(se)?;
    let unlimited = AgendaRules { keep_in_touch_per_day: 0, ..AgendaRules::default() };
    let mut kinds_seen = std::collections::BTreeSet::new();
    let mut fewer = false;
    let mut days: Vec<NaiveDate> = (0..70).map(|n| d("2026-09-20") + chrono::Days::new(n * 2)).collect();
    days.extend(["2027-02-20", "2027-02-21", "2027-02-22", "2027-02-27", "2027-12-27", "2028-02-22"].map(d));
    for today in days {
        for rules in [&unlimited, &AgendaRules::default()] {
            let window = rules.window(today);
            let facts = store.agenda_facts(a, &window).await.map_err(se)?;
            fewer |= facts.people.len() < people.len();
            let mine = agenda(&facts, rules, today);
            let full = AgendaFacts {
                people: people.clone(),
                summaries: rete_core::summary::summarize(&all, today),
                followups: followups.clone(),
                exchanges: exchanges.clone(),
                milestones: milestones.clone(),
            };
            let expected = agenda(&full, rules, today);
            kinds_seen.extend(expected.iter().map(|x| x.kind));
            ensure!(
                mine == expected,
                "{today}: the store's agenda differs from everyone's:\n store {:?}\n full  {:?}",
                mine.iter().map(|x| (x.kind, x.person)).collect::<Vec<_>>(),
                expected.iter().map(|x| (x.kind, x.person)).collect::<Vec<_>>()
            );
        }
    }
    ensure!(kinds_seen.len() == 9, "the walk must meet every rule, met {kinds_seen:?}");
    ensure!(fewer, "some day must read fewer people than the network holds");
    Ok(())
}

/// The store's contact summaries must equal the definition in rete-core.
pub async fn agenda_facts_match_the_core_definition(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let p1 = store.add_person(a, &person("Uno")).await.map_err(se)?;
    let p2 = store.add_person(a, &person("Due")).await.map_err(se)?;
    let p3 = store.add_person(a, &person("Tre")).await.map_err(se)?;
    let kinds = InteractionKind::ALL;
    let purposes = [None, Some(Purpose::Ask), Some(Purpose::Give), Some(Purpose::Social)];
    let mut n = 0u64;
    for day in (0..800).step_by(23) {
        let kind = kinds[(day / 23) % kinds.len()];
        let with = match day % 3 {
            0 => vec![p1],
            1 => vec![p1, p2],
            _ => vec![p2],
        };
        let data = InteractionData {
            kind,
            on: d("2027-01-10") - chrono::Days::new(day as u64),
            with,
            topics: None,
            notes: None,
            purpose: purposes[(day / 7) % 4],
            by: if day % 2 == 0 { Initiator::Me } else { Initiator::Them },
        };
        store.add_interaction(a, &data).await.map_err(se)?;
        n += 1;
    }
    let today = d("2026-11-23");
    let facts = store.agenda_facts(a, &everyone(today)).await.map_err(se)?;
    let all = store.interactions(a, None).await.map_err(se)?;
    let expected = rete_core::summary::summarize(&all, today);
    ensure!(n > 30, "setup");
    ensure!(facts.summaries == expected, "summaries differ:\n store {:?}\n core  {:?}", facts.summaries, expected);
    ensure!(!facts.summaries.contains_key(&p3), "no interactions, no summary");
    ensure!(facts.people.len() == 3, "people");
    // The store keeps the summaries between calls: they must stay exact as
    // days pass (forward, a jump, backwards), interactions are logged and
    // people merged.
    let steps: [(&str, Option<InteractionData>, bool); 9] = [
        ("2026-11-23", Some(logged(InteractionKind::OneToOne, d("2026-11-20"), vec![p3])), false),
        ("2026-11-24", None, false),
        ("2026-12-31", Some(logged(InteractionKind::Message, d("2026-12-31"), vec![p1, p3])), false),
        ("2027-01-10", None, false),
        ("2027-09-01", None, false),
        ("2026-10-01", None, true),
        ("2026-10-02", None, false),
        // Steps longer than the 23 days between interactions, both ways,
        // so counts move in place in both directions.
        ("2026-08-25", None, false),
        ("2026-10-30", None, false),
    ];
    for (day, log, merge) in steps {
        if let Some(mut i) = log {
            i.purpose = Some(Purpose::Ask);
            store.add_interaction(a, &i).await.map_err(se)?;
        }
        if merge {
            store.merge_people(a, p2, p3).await.map_err(se)?;
        }
        let today = d(day);
        let facts = store.agenda_facts(a, &everyone(today)).await.map_err(se)?;
        let all = store.interactions(a, None).await.map_err(se)?;
        let expected = rete_core::summary::summarize(&all, today);
        ensure!(
            facts.summaries == expected,
            "{day}: summaries differ:\n store {:?}\n core  {:?}",
            facts.summaries,
            expected
        );
    }
    Ok(())
}

/// Builds a small but complete account, for the backup cases.
pub async fn seed(store: &dyn Store, a: AccountId) -> Result<(), StoreError> {
    let mut first = person("Zeno Alfieri");
    first.birthday = Birthday::parse("birthday", "1970-01-31").ok();
    first.emails = vec!["zeno@alfieri.it".into()];
    let z = store.add_person(a, &first).await?;
    let mut second = person("Beatrice Ùlivi");
    second.introduced_by = Some(z);
    second.tags = vec!["padel".into()];
    let b = store.add_person(a, &second).await?;
    store
        .add_interaction(
            a,
            &InteractionData {
                kind: InteractionKind::Event,
                on: d("2026-05-05"),
                with: vec![z, b],
                topics: Some("fiera".into()),
                notes: Some("ottimo".into()),
                purpose: Some(Purpose::Social),
                by: Initiator::Them,
            },
        )
        .await?;
    let e = store
        .add_exchange(
            a,
            &ExchangeData {
                direction: Direction::Received,
                kind: ExchangeKind::Referral,
                person: b,
                on: d("2026-05-06"),
                amount_cents: Some(99),
                note: None,
                thanked_on: None,
            },
        )
        .await?;
    store.thank_exchange(a, e, d("2026-05-07")).await?;
    let f = store
        .add_followup(
            a,
            &FollowupData {
                person: z,
                due: d("2026-06-01"),
                text: "caffè".into(),
                origin: Origin::Rule,
                done_on: None,
                snoozed_until: None,
            },
        )
        .await?;
    store.complete_followup(a, f, d("2026-06-02")).await?;
    store
        .add_milestone(a, &MilestoneData { person: b, kind: MilestoneKind::Award, on: d("2026-04-01"), note: None })
        .await?;
    let ev = store
        .add_event(
            a,
            &EventData {
                name: "Fiera".into(),
                on: d("2026-05-05"),
                place: None,
                topics: vec!["made in italy".into()],
                attendees: vec![],
            },
        )
        .await?;
    store.attend_event(a, ev, &[b, z], None).await?;
    Ok(())
}

pub async fn backup_roundtrip(store: &dyn Store, empty: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    seed(store, a).await.map_err(se)?;
    // A gap in the ids must survive the round trip.
    let tmp = store.add_person(a, &person("Temp")).await.map_err(se)?;
    let keep = store.add_person(a, &person("Temp Two")).await.map_err(se)?;
    store.merge_people(a, keep, tmp).await.map_err(se)?;
    // Grow: a community with profiles (yours too), pairing runs, an event
    // with guests and a seating plan, introduction requests.
    events_that_produce_relationships(store).await?;
    let club = store.create_community(a, "Club").await.map_err(se)?;
    let mut mine = rete_core::grow::MemberProfile::empty(rete_core::grow::ME, "Io", Lang::It);
    mine.offers = vec!["consulenza fiscale".into()];
    let mut theirs = rete_core::grow::MemberProfile::empty(3, "Tre", Lang::En);
    theirs.seeks = vec!["tax advice".into()];
    theirs.email = Some("tre@example.com".into());
    theirs.opt_in = false;
    store.upsert_profiles(a, club.id, &[mine, theirs]).await.map_err(se)?;
    store.set_community_webhook(a, club.id, Some("http://127.0.0.1:9/hook")).await.map_err(se)?;
    store.create_community(a, "Second").await.map_err(se)?;
    let first = store.export(a).await.map_err(se)?;
    let counts = first.counts();
    ensure!(
        counts.communities == 2 && counts.profiles == 2 && counts.intros == 1,
        "the backup must hold Grow: {counts:?}"
    );
    ensure!(first.communities.iter().any(|c| c.pairings.len() == 2), "pairing runs missing from the backup");
    ensure!(first.event_guests.iter().any(|g| g.guests.len() == 2), "event guests missing from the backup");
    ensure!(first.seating.iter().any(|s| s.seats.len() == 4), "seating missing from the backup");
    let b = empty.local_account().await.map_err(se)?;
    empty.import(b, &first).await.map_err(se)?;
    let second = empty.export(b).await.map_err(se)?;
    ensure!(first == second, "export -> import -> export differs");
    // Version 1 documents (no Grow) still restore.
    let mut old = first.clone();
    old.version = 1;
    old.communities.clear();
    old.event_guests.clear();
    old.seating.clear();
    old.intros.clear();
    let v1 = serde_json::to_value(&old).map_err(|e| e.to_string())?;
    let mut v1 = v1.as_object().cloned().unwrap_or_default();
    for key in ["communities", "event_guests", "seating", "intros"] {
        v1.remove(key);
    }
    let old: Backup = serde_json::from_value(serde_json::Value::Object(v1)).map_err(|e| e.to_string())?;
    ensure!(old.communities.is_empty() && old.version == 1, "a version 1 document reads");
    // A document naming the same id twice is refused, naming the list.
    let mut twice = first.clone();
    twice.people.push(twice.people[0].clone());
    let fresh = empty.account("twice").await.map_err(se)?;
    match empty.import(fresh, &twice).await {
        Err(StoreError::Invalid(f)) if f.field == "people" && f.message.contains("twice") => {}
        other => return fail(format!("a repeated id must be refused by name, got {other:?}")),
    }
    // New rows after an import get fresh ids.
    let next = empty.add_person(b, &person("After Import")).await.map_err(se)?;
    ensure!(first.people.iter().all(|p| p.id != next), "id reused after import");
    match empty.import(b, &first).await {
        Err(StoreError::Conflict { field: "database", .. }) => Ok(()),
        other => fail(format!("import into a non-empty database must be refused, got {other:?}")),
    }
}

pub async fn failed_import_writes_nothing(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let mut backup = Backup::empty();
    backup.people.push(Person { id: PersonId(1), data: person("Uno") });
    backup.exchanges.push(Exchange {
        id: ExchangeId(1),
        data: ExchangeData {
            direction: Direction::Given,
            kind: ExchangeKind::Favour,
            person: PersonId(42),
            on: d("2026-01-01"),
            amount_cents: None,
            note: None,
            thanked_on: None,
        },
    });
    ensure!(store.import(a, &backup).await.is_err(), "a dangling reference must fail the import");
    ensure!(store.people(a).await.map_err(se)?.is_empty(), "a failed import left people behind");
    Ok(())
}

/// Everything can be corrected: each record read back, edited, deleted;
/// another account sees none of it; deleting a person takes what is only
/// theirs and leaves shared interactions to the others; the kept contact
/// summaries follow edits and deletions.
pub async fn everything_can_be_corrected(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let other = store.account("someone else").await.map_err(se)?;
    let anna = store.add_person(a, &person("Anna Corretti")).await.map_err(se)?;
    let bruno = store.add_person(a, &person("Bruno Corretti")).await.map_err(se)?;
    let meeting = |on: &str, with: Vec<PersonId>| InteractionData {
        kind: InteractionKind::Meeting,
        on: d(on),
        with,
        topics: Some("fiera".into()),
        notes: None,
        purpose: None,
        by: Initiator::Me,
    };
    let shared = store.add_interaction(a, &meeting("2026-03-01", vec![anna, bruno])).await.map_err(se)?;
    let alone = store.add_interaction(a, &meeting("2026-03-05", vec![anna])).await.map_err(se)?;
    let window = everyone(d("2026-03-10"));
    let last_on = |facts: &rete_core::agenda::AgendaFacts, p: PersonId| facts.summaries.get(&p).and_then(|s| s.last_on);
    let facts = store.agenda_facts(a, &window).await.map_err(se)?;
    ensure!(last_on(&facts, anna) == Some(d("2026-03-05")), "summary before the edit");

    // An interaction: read, edited (date and people), deleted.
    let mut i = store.interaction(a, alone).await.map_err(se)?;
    ensure!(i.with == vec![anna] && i.on == d("2026-03-05"), "interaction read back: {i:?}");
    i.data.on = d("2026-03-02");
    i.data.with = vec![bruno];
    store.update_interaction(a, &i).await.map_err(se)?;
    ensure!(store.interaction(a, alone).await.map_err(se)?.with == vec![bruno], "edited people");
    let facts = store.agenda_facts(a, &window).await.map_err(se)?;
    ensure!(last_on(&facts, anna) == Some(d("2026-03-01")), "the summary follows an edit");
    ensure!(last_on(&facts, bruno) == Some(d("2026-03-02")), "the summary follows an edit (new person)");
    store.delete_interaction(a, alone).await.map_err(se)?;
    ensure!(matches!(store.interaction(a, alone).await, Err(StoreError::NotFound { .. })), "deleted interaction");
    let facts = store.agenda_facts(a, &window).await.map_err(se)?;
    ensure!(last_on(&facts, bruno) == Some(d("2026-03-01")), "the summary follows a deletion");

    // An exchange, a follow-up, a milestone, an event.
    let ex = store
        .add_exchange(
            a,
            &ExchangeData {
                direction: Direction::Received,
                kind: ExchangeKind::Referral,
                person: anna,
                on: d("2026-03-03"),
                amount_cents: None,
                note: None,
                thanked_on: None,
            },
        )
        .await
        .map_err(se)?;
    let mut e = store.exchange(a, ex).await.map_err(se)?;
    e.data.kind = ExchangeKind::Business;
    e.data.amount_cents = Some(120_000);
    store.update_exchange(a, &e).await.map_err(se)?;
    ensure!(store.exchange(a, ex).await.map_err(se)?.amount_cents == Some(120_000), "edited exchange");
    let fu = store
        .add_followup(
            a,
            &FollowupData {
                person: bruno,
                due: d("2026-03-20"),
                text: "mandare il preventivo".into(),
                origin: Origin::Manual,
                done_on: None,
                snoozed_until: None,
            },
        )
        .await
        .map_err(se)?;
    let mut f = store.followup(a, fu).await.map_err(se)?;
    f.data.text = "mandare il preventivo firmato".into();
    store.update_followup(a, &f).await.map_err(se)?;
    ensure!(store.followup(a, fu).await.map_err(se)?.text == "mandare il preventivo firmato", "edited follow-up");
    let ms = store
        .add_milestone(a, &MilestoneData { person: anna, kind: MilestoneKind::NewJob, on: d("2026-02-01"), note: None })
        .await
        .map_err(se)?;
    let mut m = store.milestone(a, ms).await.map_err(se)?;
    m.data.kind = MilestoneKind::Promotion;
    store.update_milestone(a, &m).await.map_err(se)?;
    ensure!(store.milestone(a, ms).await.map_err(se)?.kind == MilestoneKind::Promotion, "edited milestone");
    let ev = store
        .add_event(
            a,
            &EventData {
                name: "Fiera".into(),
                on: d("2026-03-01"),
                place: None,
                topics: vec![],
                attendees: vec![anna],
            },
        )
        .await
        .map_err(se)?;
    let mut event = store.event(a, ev).await.map_err(se)?;
    event.data.name = "Fiera di marzo".into();
    event.data.attendees = vec![anna, bruno];
    store.update_event(a, &event).await.map_err(se)?;
    let back = store.event(a, ev).await.map_err(se)?;
    ensure!(back.name == "Fiera di marzo" && back.attendees.len() == 2, "edited event: {back:?}");

    // Another account reads, edits and deletes none of it.
    ensure!(matches!(store.interaction(other, shared).await, Err(StoreError::NotFound { .. })), "foreign interaction");
    ensure!(
        matches!(store.delete_interaction(other, shared).await, Err(StoreError::NotFound { .. })),
        "foreign delete"
    );
    ensure!(matches!(store.exchange(other, ex).await, Err(StoreError::NotFound { .. })), "foreign exchange");
    ensure!(
        matches!(store.update_exchange(other, &e).await, Err(StoreError::NotFound { .. })),
        "foreign exchange edit"
    );
    ensure!(
        matches!(store.delete_exchange(other, ex).await, Err(StoreError::NotFound { .. })),
        "foreign exchange delete"
    );
    ensure!(matches!(store.followup(other, fu).await, Err(StoreError::NotFound { .. })), "foreign follow-up");
    ensure!(
        matches!(store.update_followup(other, &f).await, Err(StoreError::NotFound { .. })),
        "foreign follow-up edit"
    );
    ensure!(
        matches!(store.delete_followup(other, fu).await, Err(StoreError::NotFound { .. })),
        "foreign follow-up delete"
    );
    ensure!(matches!(store.milestone(other, ms).await, Err(StoreError::NotFound { .. })), "foreign milestone");
    ensure!(
        matches!(store.delete_milestone(other, ms).await, Err(StoreError::NotFound { .. })),
        "foreign milestone delete"
    );
    ensure!(matches!(store.update_event(other, &event).await, Err(StoreError::NotFound { .. })), "foreign event edit");
    ensure!(matches!(store.delete_event(other, ev).await, Err(StoreError::NotFound { .. })), "foreign event delete");
    ensure!(
        matches!(store.delete_person(other, anna).await, Err(StoreError::NotFound { .. })),
        "foreign person delete"
    );
    let mut foreign = store.interaction(a, shared).await.map_err(se)?;
    foreign.data.with = vec![anna];
    ensure!(
        matches!(store.update_interaction(other, &foreign).await, Err(StoreError::NotFound { .. })),
        "foreign interaction edit"
    );

    // Deleting Anna: her own interaction, exchange and milestone go; the
    // shared meeting stays with Bruno, the event keeps him.
    let own = store.add_interaction(a, &meeting("2026-03-06", vec![anna])).await.map_err(se)?;
    let removal = store.delete_person(a, anna).await.map_err(se)?;
    ensure!(
        removal.interactions == 1 && removal.exchanges == 1 && removal.milestones == 1 && removal.followups == 0,
        "removal counts: {removal:?}"
    );
    ensure!(matches!(store.interaction(a, own).await, Err(StoreError::NotFound { .. })), "her own interaction went");
    ensure!(store.interaction(a, shared).await.map_err(se)?.with == vec![bruno], "the shared meeting stays");
    ensure!(store.event(a, ev).await.map_err(se)?.attendees == vec![bruno], "the event keeps the others");
    ensure!(store.search(a, "anna", 10).await.map_err(se)?.is_empty(), "her search document went");
    ensure!(matches!(store.person(a, anna).await, Err(StoreError::NotFound { .. })), "she is gone");

    store.delete_event(a, ev).await.map_err(se)?;
    ensure!(matches!(store.event(a, ev).await, Err(StoreError::NotFound { .. })), "deleted event");
    store.delete_followup(a, fu).await.map_err(se)?;
    ensure!(store.followups(a, true).await.map_err(se)?.is_empty(), "deleted follow-up");
    Ok(())
}

/// Expands to one `#[tokio::test]` per case. `$make` is an async
/// expression giving a fresh, empty store (`Arc<dyn Store>` or a value
/// implementing it) each time it is evaluated.
#[macro_export]
macro_rules! conformance_tests {
    ($make:expr) => {
        $crate::conformance_tests!(@cases $make;
            person_roundtrip, duplicate_email_is_refused, accounts_are_isolated,
            names_resolve_accent_insensitively, search_is_ranked_and_accent_insensitive,
            interactions_and_ledger, followups_lifecycle, events_and_milestones,
            merge_moves_everything, failed_import_writes_nothing, agenda_facts_match_the_core_definition,
            agenda_reads_only_who_can_act,
            bulk_import_is_one_transaction, communities_and_profiles, shared_communities, events_that_produce_relationships,
            everything_can_be_corrected, revision_moves_with_writes);

        #[tokio::test]
        async fn backup_roundtrip() {
            let a = $make;
            let b = $make;
            if let Err(e) = $crate::conformance::backup_roundtrip(&*a, &*b).await {
                panic!("backup_roundtrip: {e}");
            }
        }
    };
    (@cases $make:expr; $($case:ident),+) => {$(
        #[tokio::test]
        async fn $case() {
            let store = $make;
            if let Err(e) = $crate::conformance::$case(&*store).await {
                panic!("{}: {e}", stringify!($case));
            }
        }
    )+};
}

/// The revision a server's caches are keyed on: every committed write to
/// an account's data moves it, reads (the agenda's too, though it may
/// refresh its summaries) and failed writes do not, nor do another
/// account's writes.
pub async fn revision_moves_with_writes(store: &dyn Store) -> CaseResult {
    let a = store.local_account().await.map_err(se)?;
    let b = store.account("altro").await.map_err(se)?;
    store.create_session("hash-a", a, 0, 1_000).await.map_err(se)?;
    let revision =
        || async { store.session_account("hash-a", 1).await.map_err(se).map(|s| s.map(|s| s.revision).unwrap_or(-1)) };
    let r0 = revision().await?;
    let id = store.add_person(a, &person("Giulia Neri")).await.map_err(se)?;
    let r1 = revision().await?;
    ensure!(r1 > r0, "adding a person moved the revision from {r0} to {r1}");
    let rules = rete_core::agenda::AgendaRules::default();
    store.agenda_facts(a, &rules.window(d("2026-05-01"))).await.map_err(se)?;
    store.agenda_facts(a, &rules.window(d("2026-05-02"))).await.map_err(se)?;
    store.people(a).await.map_err(se)?;
    ensure!(revision().await? == r1, "reads left the revision at {r1}");
    let bad = logged(InteractionKind::Call, d("2026-04-30"), vec![PersonId(id.0 + 1_000)]);
    ensure!(store.add_interaction(a, &bad).await.is_err(), "an interaction with nobody known is refused");
    ensure!(revision().await? == r1, "a failed write left the revision at {r1}");
    store.add_person(b, &person("Marco Blu")).await.map_err(se)?;
    ensure!(revision().await? == r1, "another account's write left mine at {r1}");
    let call = store.add_interaction(a, &logged(InteractionKind::Call, d("2026-04-30"), vec![id])).await.map_err(se)?;
    let r2 = revision().await?;
    ensure!(r2 > r1, "logging a call moved the revision");
    store.delete_interaction(a, call).await.map_err(se)?;
    let r3 = revision().await?;
    ensure!(r3 > r2, "deleting it moved the revision");
    let mut p = store.person(a, id).await.map_err(se)?;
    p.data.city = Some("Torino".into());
    store.update_person(a, &p).await.map_err(se)?;
    ensure!(revision().await? > r3, "editing a person moved the revision");
    Ok(())
}

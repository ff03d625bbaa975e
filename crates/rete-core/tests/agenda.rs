//! The agenda's rules, one scenario per kind, plus ranking and the
//! exceptions (archived, red-flagged, already done).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use rete_core::agenda::{agenda, ActionKind, AgendaFacts, AgendaRules, Why};
use rete_core::reason::render;
use rete_core::summary::summarize;
use rete_core::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const TODAY: &str = "2026-11-23";

struct World {
    people: Vec<Person>,
    interactions: Vec<Interaction>,
    exchanges: Vec<Exchange>,
    followups: Vec<Followup>,
    milestones: Vec<Milestone>,
}

impl World {
    fn new() -> World {
        World { people: vec![], interactions: vec![], exchanges: vec![], followups: vec![], milestones: vec![] }
    }

    fn person(&mut self, name: &str, tier: Tier) -> PersonId {
        let id = PersonId(self.people.len() as i64 + 1);
        let mut data = PersonData::named(name);
        data.tier = tier;
        self.people.push(Person { id, data });
        id
    }

    fn meet(&mut self, who: PersonId, kind: InteractionKind, on: &str, by: Initiator, purpose: Option<Purpose>) {
        let id = InteractionId(self.interactions.len() as i64 + 1);
        self.interactions.push(Interaction {
            id,
            data: InteractionData { kind, on: d(on), with: vec![who], topics: None, notes: None, purpose, by },
        });
    }

    fn exchange(&mut self, who: PersonId, direction: Direction, on: &str, thanked: Option<&str>) {
        let id = ExchangeId(self.exchanges.len() as i64 + 1);
        self.exchanges.push(Exchange {
            id,
            data: ExchangeData {
                direction,
                kind: ExchangeKind::Referral,
                person: who,
                on: d(on),
                amount_cents: None,
                note: None,
                thanked_on: thanked.map(d),
            },
        });
    }

    fn run(&self) -> Vec<agenda::Action> {
        let facts = AgendaFacts {
            people: self.people.clone(),
            summaries: summarize(&self.interactions, d(TODAY)),
            followups: self.followups.clone(),
            exchanges: self.exchanges.clone(),
            milestones: self.milestones.clone(),
        };
        agenda(&facts, &AgendaRules::default(), d(TODAY))
    }
}

fn kinds_for(actions: &[agenda::Action], who: PersonId) -> Vec<ActionKind> {
    actions.iter().filter(|a| a.person == who).map(|a| a.kind).collect()
}

#[test]
fn thank_you_after_a_recent_meeting_until_something_is_sent() {
    let mut w = World::new();
    let a = w.person("Anna", Tier::Close);
    w.meet(a, InteractionKind::Meeting, "2026-10-01", Initiator::Me, None);
    w.meet(a, InteractionKind::Meeting, "2026-11-22", Initiator::Me, None);
    let actions = w.run();
    assert_eq!(kinds_for(&actions, a), vec![ActionKind::ThankYou]);
    let text = render(&actions[0].why, d(TODAY), Lang::En);
    assert!(text.contains("22 November"), "{text}");
    assert!(render(&actions[0].why, d(TODAY), Lang::It).contains("22 novembre"));
    w.meet(a, InteractionKind::Message, "2026-11-23", Initiator::Me, None);
    assert!(kinds_for(&w.run(), a).is_empty(), "a message sent since closes it");
    // Three days later it is no longer a thank-you.
    let mut old = World::new();
    let b = old.person("Bruno", Tier::Close);
    old.meet(b, InteractionKind::Meeting, "2026-11-01", Initiator::Me, None);
    old.meet(b, InteractionKind::OneToOne, "2026-11-20", Initiator::Me, None);
    assert!(!kinds_for(&old.run(), b).contains(&ActionKind::ThankYou));
}

#[test]
fn propose_one_to_one_after_a_first_meeting() {
    let mut w = World::new();
    let c = w.person("Carla", Tier::Network);
    w.people[0].data.met_at = Some("Aperitivo BNI Milano".into());
    w.meet(c, InteractionKind::SpeedDate, "2026-11-19", Initiator::Me, None);
    let actions = w.run();
    assert_eq!(kinds_for(&actions, c), vec![ActionKind::ProposeOneToOne]);
    let text = render(&actions[0].why, d(TODAY), Lang::En);
    assert!(text.contains("19 November at Aperitivo BNI Milano"), "{text}");
    w.meet(c, InteractionKind::OneToOne, "2026-11-21", Initiator::Me, None);
    assert!(!kinds_for(&w.run(), c).contains(&ActionKind::ProposeOneToOne));
}

#[test]
fn a_debrief_speaks_instead_of_the_rules() {
    let mut w = World::new();
    let c = w.person("Carla", Tier::Network);
    w.meet(c, InteractionKind::SpeedDate, "2026-11-22", Initiator::Me, None);
    assert_eq!(kinds_for(&w.run(), c), vec![ActionKind::ThankYou, ActionKind::ProposeOneToOne]);
    w.followups.push(Followup {
        id: FollowupId(1),
        data: FollowupData {
            person: c,
            due: d("2026-11-23"),
            text: "Thank Carla for the speed date".into(),
            origin: Origin::Debrief,
            done_on: None,
            snoozed_until: None,
        },
    });
    assert_eq!(kinds_for(&w.run(), c), vec![ActionKind::FollowUp], "the debrief's follow-up, said once");
}

#[test]
fn follow_ups_due_and_overdue_first() {
    let mut w = World::new();
    let a = w.person("Anna", Tier::Network);
    let b = w.person("Bea", Tier::Inner);
    w.meet(a, InteractionKind::Call, "2026-11-20", Initiator::Me, None);
    w.meet(b, InteractionKind::OneToOne, "2026-11-10", Initiator::Me, None);
    for (who, due, text) in
        [(a, "2026-11-20", "send the proposal"), (b, "2026-11-23", "call back"), (b, "2026-11-30", "later")]
    {
        let id = FollowupId(w.followups.len() as i64 + 1);
        w.followups.push(Followup {
            id,
            data: FollowupData {
                person: who,
                due: d(due),
                text: text.into(),
                origin: Origin::Manual,
                done_on: None,
                snoozed_until: None,
            },
        });
    }
    let actions = w.run();
    let f: Vec<_> = actions.iter().filter(|x| x.kind == ActionKind::FollowUp).collect();
    assert_eq!(f.len(), 2, "the future one is not due");
    assert_eq!(f[0].person, a, "overdue before due, even for a weaker tie");
    assert!(render(&f[0].why, d(TODAY), Lang::En).contains("3 days late"));
}

#[test]
fn birthdays_and_milestones() {
    let mut w = World::new();
    let a = w.person("Anna", Tier::Network);
    w.people[0].data.birthday = Birthday::parse("b", "1980-11-28").ok();
    let b = w.person("Bea", Tier::Network);
    w.people[1].data.birthday = Birthday::parse("b", "12-25").ok();
    w.meet(a, InteractionKind::Call, "2026-11-01", Initiator::Me, None);
    w.meet(b, InteractionKind::Call, "2026-11-01", Initiator::Me, None);
    w.milestones.push(Milestone {
        id: MilestoneId(1),
        data: MilestoneData {
            person: b,
            kind: MilestoneKind::Promotion,
            on: d("2026-11-15"),
            note: Some("partner".into()),
        },
    });
    let actions = w.run();
    assert_eq!(kinds_for(&actions, a), vec![ActionKind::Birthday]);
    let bday = actions.iter().find(|x| x.kind == ActionKind::Birthday).unwrap();
    assert_eq!(bday.due, d("2026-11-28"));
    assert!(render(&bday.why, d(TODAY), Lang::It).contains("compie 46 anni"));
    assert_eq!(kinds_for(&actions, b), vec![ActionKind::Milestone]);
    // A message after the milestone counts as congratulating.
    w.meet(b, InteractionKind::Message, "2026-11-16", Initiator::Me, None);
    assert!(kinds_for(&w.run(), b).is_empty());
}

#[test]
fn keep_in_touch_follows_the_cadence_and_spares_archived_and_flagged() {
    let mut w = World::new();
    let inner = w.person("Inner", Tier::Inner);
    let network = w.person("Network", Tier::Network);
    let archived = w.person("Archived", Tier::Archived);
    let flagged = w.person("Flagged", Tier::Inner);
    w.people[3].data.status = Status::RedFlag;
    let custom = w.person("Custom", Tier::Network);
    w.people[4].data.cadence_days = Some(7);
    for p in [inner, network, archived, flagged, custom] {
        w.meet(p, InteractionKind::Call, "2026-11-01", Initiator::Me, None);
    }
    let actions = w.run();
    assert_eq!(kinds_for(&actions, inner), vec![ActionKind::KeepInTouch], "22 days > 14");
    // The daily budget keeps the strongest cold ties only.
    let mut busy = World::new();
    for i in 0..8 {
        let p = busy.person(&format!("P{i}"), Tier::Inner);
        for k in 0..=i {
            busy.meet(p, InteractionKind::Call, &format!("2026-10-{:02}", 1 + k), Initiator::Me, None);
        }
    }
    let cold: Vec<_> = busy.run().into_iter().filter(|a| a.kind == ActionKind::KeepInTouch).collect();
    assert_eq!(cold.len(), AgendaRules::default().keep_in_touch_per_day as usize);
    assert_eq!(cold[0].person, PersonId(8), "the most active tie comes first");
    assert!(kinds_for(&actions, network).is_empty(), "22 days < 90");
    assert!(kinds_for(&actions, archived).is_empty());
    assert!(kinds_for(&actions, flagged).is_empty());
    assert_eq!(kinds_for(&actions, custom), vec![ActionKind::KeepInTouch], "a per-person cadence overrides the tier");
    let k = actions.iter().find(|a| a.person == inner).unwrap();
    assert_eq!(k.due, d("2026-11-15"));
    assert!(render(&k.why, d(TODAY), Lang::En).contains("1 November, 22 days ago"));
    // Any logged interaction resets the clock.
    w.meet(inner, InteractionKind::Message, "2026-11-20", Initiator::Them, None);
    assert!(!kinds_for(&w.run(), inner).contains(&ActionKind::KeepInTouch));
}

#[test]
fn unthanked_exchanges_and_give_back() {
    let mut w = World::new();
    let a = w.person("Anna", Tier::Network);
    w.meet(a, InteractionKind::Call, "2026-11-10", Initiator::Me, None);
    w.exchange(a, Direction::Received, "2026-11-01", None);
    w.exchange(a, Direction::Received, "2026-06-01", Some("2026-06-02"));
    w.exchange(a, Direction::Received, "2026-03-01", Some("2026-03-02"));
    w.exchange(a, Direction::Received, "2025-01-01", None); // too old to nag about
    let actions = w.run();
    let kinds = kinds_for(&actions, a);
    assert!(kinds.contains(&ActionKind::ThankForExchange));
    assert!(kinds.contains(&ActionKind::GiveBack), "3 received, 0 given in 12 months");
    assert_eq!(actions.iter().filter(|x| x.kind == ActionKind::ThankForExchange).count(), 1);
    let t = actions.iter().find(|x| x.kind == ActionKind::ThankForExchange).unwrap();
    assert!(matches!(t.why, Why::ThankForExchange { id: ExchangeId(1), .. }));
    w.exchange(a, Direction::Given, "2026-11-20", None);
    assert!(kinds_for(&w.run(), a).contains(&ActionKind::GiveBack), "3 received vs 1 given: still 2 more");
    w.exchange(a, Direction::Given, "2026-11-21", None);
    assert!(!kinds_for(&w.run(), a).contains(&ActionKind::GiveBack), "3 received vs 2 given is within the surplus");

    let mut asker = World::new();
    let b = asker.person("Bruno", Tier::Network);
    for on in ["2026-05-01", "2026-08-01", "2026-11-01"] {
        asker.meet(b, InteractionKind::Call, on, Initiator::Me, Some(Purpose::Ask));
    }
    let actions = asker.run();
    let gb = actions.iter().find(|x| x.kind == ActionKind::GiveBack).unwrap();
    assert!(render(&gb.why, d(TODAY), Lang::En).contains("asked 3 times"));
}

#[test]
fn reply_to_their_message() {
    let mut w = World::new();
    let a = w.person("Anna", Tier::Network);
    w.meet(a, InteractionKind::Call, "2026-10-01", Initiator::Me, None);
    w.meet(a, InteractionKind::Message, "2026-11-20", Initiator::Them, Some(Purpose::Ask));
    assert_eq!(kinds_for(&w.run(), a), vec![ActionKind::Reply]);
    let mut fresh = World::new();
    let b = fresh.person("Bea", Tier::Network);
    fresh.meet(b, InteractionKind::Call, "2026-10-01", Initiator::Me, None);
    fresh.meet(b, InteractionKind::Message, "2026-11-23", Initiator::Them, None);
    assert!(kinds_for(&fresh.run(), b).is_empty(), "not older than a day");
    w.meet(a, InteractionKind::Call, "2026-11-21", Initiator::Me, None);
    assert!(kinds_for(&w.run(), a).is_empty(), "answered");
}

#[test]
fn ranking_prefers_stronger_ties_among_equals() {
    let mut w = World::new();
    let weak = w.person("Weak", Tier::Network);
    let strong = w.person("Strong", Tier::Network);
    for p in [weak, strong] {
        w.people[(p.0 - 1) as usize].data.birthday = Birthday::parse("b", "11-25").ok();
    }
    w.meet(weak, InteractionKind::Call, "2026-03-01", Initiator::Me, None);
    for on in ["2026-09-01", "2026-10-01", "2026-11-01", "2026-11-15"] {
        w.meet(strong, InteractionKind::OneToOne, on, Initiator::Me, None);
    }
    let actions = w.run();
    assert_eq!(actions[0].person, strong);
    assert!(actions[0].strength > actions[1].strength);
}

#[test]
fn meeting_someone_recorded_on_their_card_counts_as_a_meeting() {
    let mut w = World::new();
    // A card from a fair two days ago: `person add --met-on --met-at`.
    let card = w.person("Carla Fiera", Tier::Network);
    w.people[0].data.met_on = Some(d("2026-11-21"));
    w.people[0].data.met_at = Some("Fiera Made in Italy".into());
    // A LinkedIn connection of the same day is no meeting.
    let linked = w.person("Lino Kedin", Tier::Network);
    w.people[1].data.met_on = Some(d("2026-11-21"));
    w.people[1].data.met_at = Some(LINKEDIN_CONNECTION.into());
    let actions = w.run();
    assert_eq!(kinds_for(&actions, card), vec![ActionKind::ThankYou, ActionKind::ProposeOneToOne]);
    let thanks = actions.iter().find(|a| a.person == card).unwrap();
    let text = render(&thanks.why, d(TODAY), Lang::En);
    assert!(text.contains("21 November") && text.contains("Fiera Made in Italy"), "{text}");
    assert!(kinds_for(&actions, linked).is_empty(), "no thank-you for a click");

    // Four days on, the thank-you window has closed and the one-to-one
    // opens, as after a logged first meeting.
    w.people[0].data.met_on = Some(d("2026-11-18"));
    assert_eq!(kinds_for(&w.run(), card), vec![ActionKind::ProposeOneToOne]);
    // The card's meeting starts the last-contact clock too: nothing is
    // cold the day after.
    w.people[0].data.met_on = Some(d("2026-11-22"));
    w.people[0].data.tier = Tier::Inner;
    assert!(!kinds_for(&w.run(), card).contains(&ActionKind::KeepInTouch));
}

#[test]
fn a_follow_up_shows_the_day_before_it_is_due_unless_put_off() {
    let mut w = World::new();
    let a = w.person("Anna Rossi", Tier::Network);
    let followup = |due: &str, snoozed: Option<&str>| Followup {
        id: FollowupId(1),
        data: FollowupData {
            person: a,
            due: d(due),
            text: "send the quote".into(),
            origin: Origin::Manual,
            done_on: None,
            snoozed_until: snoozed.map(d),
        },
    };
    w.followups = vec![followup("2026-11-24", None)];
    assert!(kinds_for(&w.run(), a).contains(&ActionKind::FollowUp), "due tomorrow: a day's notice");
    w.followups = vec![followup("2026-11-25", None)];
    assert!(!kinds_for(&w.run(), a).contains(&ActionKind::FollowUp), "due the day after: not yet");
    w.followups = vec![followup("2026-11-20", Some("2026-11-24"))];
    assert!(!kinds_for(&w.run(), a).contains(&ActionKind::FollowUp), "put off until tomorrow: not today");
}

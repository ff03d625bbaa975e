//! The iCalendar feed read back by a real iCalendar parser (calcard).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use calcard::icalendar::{ICalendar, ICalendarComponentType, ICalendarProperty};
use chrono::NaiveDate;
use rete_formats::ical::{write, Todo, Yearly};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn the_feed_parses_cleanly_with_stable_uids() {
    let todos = vec![
        Todo {
            uid: "followup-7@rete".into(),
            summary: "Giulia Conti: mandare il preventivo, con i prezzi; e le date".into(),
            description: "hai promesso: mandare il preventivo\nentro il 25 novembre".into(),
            due: d("2026-11-25"),
            alarm: true,
        },
        Todo {
            uid: "thank_you-3-2026-11-22@rete".into(),
            summary: "Thank Marco".into(),
            description: String::new(),
            due: d("2026-11-23"),
            alarm: false,
        },
    ];
    let yearly = vec![
        Yearly {
            uid: "birthday-3@rete".into(),
            summary: "Compleanno di Niccolò Bianchi".into(),
            month: 3,
            day: 9,
            year: Some(1980),
        },
        Yearly { uid: "birthday-4@rete".into(), summary: "Birthday of Anna".into(), month: 2, day: 29, year: None },
    ];
    let mut out = Vec::new();
    write("rete", d("2026-11-23"), &todos, &yearly, &mut out).unwrap();
    let text = String::from_utf8(out.clone()).unwrap();
    assert!(text.lines().all(|l| l.len() <= 76), "folded");
    assert!(text.contains("\r\n"), "CRLF line endings");

    let cal = ICalendar::parse(&text).expect("parses");
    let of = |t: ICalendarComponentType| cal.components.iter().filter(|c| c.component_type == t).count();
    assert_eq!(of(ICalendarComponentType::VTodo), 2);
    assert_eq!(of(ICalendarComponentType::VEvent), 2);
    assert_eq!(of(ICalendarComponentType::VAlarm), 3);
    let uids: Vec<String> = cal
        .components
        .iter()
        .flat_map(|c| c.entries.iter())
        .filter(|e| e.name == ICalendarProperty::Uid)
        .map(|e| format!("{:?}", e.values))
        .collect();
    assert_eq!(uids.len(), 4);
    assert!(uids[0].contains("followup-7@rete"));
    let todo = cal.components.iter().find(|c| c.component_type == ICalendarComponentType::VTodo).unwrap();
    let summary = todo.entries.iter().find(|e| e.name == ICalendarProperty::Summary).unwrap();
    assert!(
        format!("{:?}", summary.values).contains("mandare il preventivo, con i prezzi; e le date"),
        "unescaped back"
    );
    let rrules: Vec<_> =
        cal.components.iter().flat_map(|c| c.entries.iter()).filter(|e| e.name == ICalendarProperty::Rrule).collect();
    assert_eq!(rrules.len(), 2);
    for r in rrules {
        assert!(format!("{:?}", r.values).contains("RecurrenceRule"), "RRULE read as a rule: {:?}", r.values);
    }
    // The same input gives the same bytes: a re-import updates, never duplicates.
    let mut again = Vec::new();
    write("rete", d("2026-11-23"), &todos, &yearly, &mut again).unwrap();
    assert_eq!(out, again);
}

//! The one-line reason of each agenda action, in Italian and English. The
//! sentences cite the facts (the date, the place, the promise) because a
//! reason you can check is a reason you act on.

use crate::agenda::Why;
use crate::vocab::Lang;
use chrono::{Datelike, NaiveDate};
use rete_i18n::t;

/// "9 March" or "9 marzo": how people say a date in a sentence.
pub fn day_month(d: NaiveDate, lang: Lang) -> String {
    let month = t!(format!("month.{}", d.month()), locale = lang.as_str());
    format!("{} {month}", d.day())
}

/// A date in a sentence written on `today`: "9 March", or "9 March 2024"
/// when it is not this year's.
pub fn in_sentence(d: NaiveDate, today: NaiveDate, lang: Lang) -> String {
    if d.year() == today.year() {
        day_month(d, lang)
    } else {
        format!("{} {}", day_month(d, lang), d.year())
    }
}

/// The translated name of a closed-vocabulary value, e.g. `exchange.referral`.
pub fn term(group: &str, value: &str, lang: Lang) -> String {
    t!(format!("{group}.{value}"), locale = lang.as_str()).into_owned()
}

/// Where a meeting was: a LinkedIn connection is no place you met at.
fn at(place: &Option<String>, lang: Lang) -> String {
    match place {
        Some(p) if !connected_on_linkedin(place) => t!("reason.at", locale = lang.as_str(), place = p).into_owned(),
        _ => String::new(),
    }
}

fn connected_on_linkedin(place: &Option<String>) -> bool {
    place.as_deref() == Some(crate::person::LINKEDIN_CONNECTION)
}

fn note(n: &Option<String>) -> String {
    n.as_ref().map(|n| format!(" ({n})")).unwrap_or_default()
}

/// Italian elides the article before a day that starts with a vowel
/// sound: "l'1 dicembre", "l'8 marzo", "l'11 aprile", never "il 1
/// dicembre". Sentences are written with "il %{date}"; this puts the
/// article right once the date is in (English text passes unchanged).
pub fn elide_articles(text: String, lang: Lang) -> String {
    if lang != Lang::It || !(text.contains("il 1") || text.contains("il 8")) {
        return text;
    }
    let mut out = text;
    for month in 1..=12 {
        let name = t!(format!("month.{month}"), locale = "it");
        for day in [1, 8, 11] {
            let (wrong, right) = (format!("il {day} {name}"), format!("l'{day} {name}"));
            if out.contains(&wrong) {
                out = out.replace(&wrong, &right);
            }
        }
    }
    out
}

/// The reason of an action, relative to `today`.
pub fn render(why: &Why, today: NaiveDate, lang: Lang) -> String {
    elide_articles(render_words(why, today, lang), lang)
}

fn render_words(why: &Why, today: NaiveDate, lang: Lang) -> String {
    let l = lang.as_str();
    let dm = |d: NaiveDate| in_sentence(d, today, lang);
    match why {
        Why::ThankYou { on, place } => {
            t!("reason.thank_you", locale = l, date = dm(*on), at = at(place, lang)).into_owned()
        }
        Why::ProposeOneToOne { first_on, place } => {
            t!("reason.propose_one_to_one", locale = l, date = dm(*first_on), at = at(place, lang)).into_owned()
        }
        Why::FollowUp { text, due, .. } => {
            let late = (today - *due).num_days();
            if late > 0 {
                t!("reason.follow_up_late", locale = l, text = text, date = dm(*due), days = late).into_owned()
            } else {
                t!("reason.follow_up", locale = l, text = text).into_owned()
            }
        }
        Why::Birthday { on, age } => {
            let when = if *on == today { t!("reason.today", locale = l).into_owned() } else { dm(*on) };
            match age {
                Some(a) => t!("reason.birthday_age", locale = l, date = when, age = a).into_owned(),
                None => t!("reason.birthday", locale = l, date = when).into_owned(),
            }
        }
        Why::Milestone { kind, on, note: n } => t!(
            "reason.milestone",
            locale = l,
            what = term("milestone", kind.as_str(), lang),
            date = dm(*on),
            note = note(n)
        )
        .into_owned(),
        Why::KeepInTouch { last_on, met_on, place, cadence } => match (last_on, met_on) {
            (Some(last), _) => t!(
                "reason.keep_in_touch",
                locale = l,
                date = dm(*last),
                days = (today - *last).num_days(),
                cadence = cadence
            )
            .into_owned(),
            (None, Some(met)) if connected_on_linkedin(place) => {
                t!("reason.keep_in_touch_connected", locale = l, date = dm(*met)).into_owned()
            }
            (None, Some(met)) => {
                t!("reason.keep_in_touch_never", locale = l, date = dm(*met), at = at(place, lang)).into_owned()
            }
            (None, None) => t!("reason.keep_in_touch_unknown", locale = l).into_owned(),
        },
        Why::ThankForExchange { id, kind, on, note: n } => t!(
            "reason.thank_for_exchange",
            locale = l,
            what = term("exchange", kind.as_str(), lang),
            date = dm(*on),
            note = note(n),
            id = id
        )
        .into_owned(),
        Why::GiveBack { received, given, asks } => {
            if received > given {
                t!("reason.give_back_ledger", locale = l, received = received, given = given).into_owned()
            } else {
                t!("reason.give_back_asks", locale = l, asks = asks).into_owned()
            }
        }
        Why::Reply { on } => t!("reason.reply", locale = l, date = dm(*on)).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linkedin_connection_is_not_a_meeting() {
        let today: NaiveDate = "2026-12-02".parse().unwrap();
        let why = Why::KeepInTouch {
            last_on: None,
            met_on: Some("2019-12-01".parse().unwrap()),
            place: Some("LinkedIn".into()),
            cadence: 90,
        };
        let it = render(&why, today, Lang::It);
        assert_eq!(it, "vi siete collegati su LinkedIn l'1 dicembre 2019 e da allora non vi siete mai sentiti");
        let en = render(&why, today, Lang::En);
        assert!(en.starts_with("you connected on LinkedIn on 1 December 2019"), "{en}");
        assert!(!en.contains("met"));
        let thanks = Why::ThankYou { on: "2026-12-01".parse().unwrap(), place: Some("LinkedIn".into()) };
        assert!(!render(&thanks, today, Lang::En).contains("LinkedIn"), "the meeting was not at LinkedIn");
        let fair = Why::ThankYou { on: "2026-12-01".parse().unwrap(), place: Some("Fiera".into()) };
        assert!(render(&fair, today, Lang::En).contains("Fiera"));
    }

    #[test]
    fn dates_carry_the_year_only_when_it_is_not_this_one() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
        assert_eq!(in_sentence(d(2026, 3, 9), today, Lang::En), "9 March");
        assert_eq!(in_sentence(d(2019, 12, 1), today, Lang::It), "1 dicembre 2019");
    }

    #[test]
    fn italian_elides_the_article_before_one_eight_and_eleven() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default();
        let said = |on| render(&Why::Reply { on }, today, Lang::It);
        assert_eq!(said(d(12, 1)), "ti ha scritto l'1 dicembre e non hai risposto");
        assert_eq!(said(d(3, 8)), "ti ha scritto l'8 marzo e non hai risposto");
        assert_eq!(said(d(4, 11)), "ti ha scritto l'11 aprile e non hai risposto");
        assert_eq!(said(d(11, 18)), "ti ha scritto il 18 novembre e non hai risposto");
        assert_eq!(said(d(11, 10)), "ti ha scritto il 10 novembre e non hai risposto");
        assert_eq!(
            render(&Why::Reply { on: d(12, 1) }, today, Lang::En),
            "they wrote on 1 December and you have not answered"
        );
    }
}

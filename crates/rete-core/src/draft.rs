//! Message drafts a person could send as they are: specific to the
//! relationship (where you met, what you talked about, their news), in
//! Italian or English. When nothing specific is known, there is no draft:
//! a generic message is one of the classic networking mistakes.

use crate::reason::{in_sentence, term};
use crate::vocab::{ExchangeKind, Lang, MilestoneKind};
use chrono::NaiveDate;
use rete_i18n::t;
use serde::Serialize;

/// What a draft may be for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftKind {
    Thanks,
    FollowUp,
    OneToOne,
    Congrats,
    Reconnect,
    Give,
}

impl crate::vocab::Vocabulary for DraftKind {
    fn all() -> &'static [Self] {
        &[
            DraftKind::Thanks,
            DraftKind::FollowUp,
            DraftKind::OneToOne,
            DraftKind::Congrats,
            DraftKind::Reconnect,
            DraftKind::Give,
        ]
    }
    fn as_str(self) -> &'static str {
        match self {
            DraftKind::Thanks => "thanks",
            DraftKind::FollowUp => "follow-up",
            DraftKind::OneToOne => "one-to-one",
            DraftKind::Congrats => "congrats",
            DraftKind::Reconnect => "reconnect",
            DraftKind::Give => "give",
        }
    }
    fn aliases(self) -> &'static [&'static str] {
        match self {
            DraftKind::FollowUp => &["followup"],
            _ => &[],
        }
    }
}

impl std::str::FromStr for DraftKind {
    type Err = crate::vocab::UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::vocab::spelled(s, "kind")
    }
}

/// A reconnect draft says "it's been a while": not before a month.
pub const RECONNECT_AFTER_DAYS: i64 = 30;

/// An encounter or contact, as a draft cites it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moment {
    pub on: NaiveDate,
    pub place: Option<String>,
    pub topics: Option<String>,
}

/// The specific facts a draft can draw on.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DraftFacts {
    pub name: String,
    /// How you met.
    pub met: Option<Moment>,
    /// The last time you were in touch.
    pub last: Option<Moment>,
    /// The latest exchange they gave you.
    pub received: Option<(ExchangeKind, NaiveDate, Option<String>)>,
    /// Their latest milestone.
    pub milestone: Option<(MilestoneKind, NaiveDate, Option<String>)>,
    /// Something they need that you can help with (from their profile or
    /// what they told you).
    pub their_need: Option<String>,
    /// What you offer that meets it.
    pub your_offer: Option<String>,
}

/// No specific detail to build a message on, and what to record so there is one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct NoDetail(pub String);

/// How a message greets someone: their first name.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

fn when(d: NaiveDate, today: NaiveDate, lang: Lang) -> String {
    let l = lang.as_str();
    match (today - d).num_days() {
        0 => t!("draft.today", locale = l).into_owned(),
        1 => t!("draft.yesterday", locale = l).into_owned(),
        _ => t!("draft.on_date", locale = l, date = in_sentence(d, today, lang)).into_owned(),
    }
}

/// Whether the moment is a LinkedIn connection, not a meeting.
fn connected(m: &Moment) -> bool {
    m.place.as_deref() == Some(crate::person::LINKEDIN_CONNECTION)
}

/// " at the place", unless the moment was no meeting (a LinkedIn connection).
fn place(m: &Moment, lang: Lang) -> String {
    match &m.place {
        Some(p) if !connected(m) => t!("draft.at", locale = lang.as_str(), place = p).into_owned(),
        _ => String::new(),
    }
}

fn topics(m: &Moment, lang: Lang) -> String {
    m.topics.as_ref().map(|x| t!("draft.about", locale = lang.as_str(), topics = x).into_owned()).unwrap_or_default()
}

/// Writes the message, or says which detail is missing.
pub fn draft(kind: DraftKind, f: &DraftFacts, today: NaiveDate, lang: Lang) -> Result<String, NoDetail> {
    draft_words(kind, f, today, lang).map(|text| crate::reason::elide_articles(text, lang))
}

fn draft_words(kind: DraftKind, f: &DraftFacts, today: NaiveDate, lang: Lang) -> Result<String, NoDetail> {
    let l = lang.as_str();
    let name = first_name(&f.name);
    let missing = |key: &str| NoDetail(t!(format!("draft.missing.{key}"), locale = l, name = f.name).into_owned());
    let hello = t!("draft.hello", locale = l, name = name).into_owned();
    let bye = t!("draft.bye", locale = l).into_owned();
    let body = match kind {
        DraftKind::Thanks => {
            if let Some((k, on, note)) = &f.received {
                let note = note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
                t!(
                    "draft.thanks_exchange",
                    locale = l,
                    what = term("exchange", k.as_str(), lang),
                    when = when(*on, today, lang),
                    note = note
                )
                .into_owned()
            } else if let Some(m) = f.last.as_ref().or(f.met.as_ref()) {
                t!(
                    "draft.thanks_meeting",
                    locale = l,
                    when = when(m.on, today, lang),
                    at = place(m, lang),
                    about = topics(m, lang)
                )
                .into_owned()
            } else {
                return Err(missing("thanks"));
            }
        }
        DraftKind::FollowUp => {
            let m = f.last.as_ref().filter(|m| m.topics.is_some()).ok_or_else(|| missing("follow_up"))?;
            t!("draft.follow_up", locale = l, when = when(m.on, today, lang), about = topics(m, lang)).into_owned()
        }
        DraftKind::OneToOne => {
            let m = f.met.as_ref().or(f.last.as_ref()).ok_or_else(|| missing("one_to_one"))?;
            if connected(m) && m.topics.is_none() {
                return Ok(format!(
                    "{hello}\n\n{}\n\n{bye}",
                    t!("draft.one_to_one_connected", locale = l, when = when(m.on, today, lang))
                ));
            }
            t!(
                "draft.one_to_one",
                locale = l,
                when = when(m.on, today, lang),
                at = place(m, lang),
                about = topics(m, lang)
            )
            .into_owned()
        }
        DraftKind::Congrats => {
            let (k, _, note) = f.milestone.as_ref().ok_or_else(|| missing("congrats"))?;
            let what = note.clone().unwrap_or_else(|| term("milestone", k.as_str(), lang));
            t!("draft.congrats", locale = l, what = what).into_owned()
        }
        DraftKind::Reconnect => {
            let m = f.last.as_ref().or(f.met.as_ref()).ok_or_else(|| missing("reconnect"))?;
            // "It's been a while" must be true.
            let days = (today - m.on).num_days();
            if days < RECONNECT_AFTER_DAYS {
                let date = crate::reason::in_sentence(m.on, today, lang);
                return Err(NoDetail(
                    t!("draft.too_recent", locale = l, name = f.name, date = date, days = days).into_owned(),
                ));
            }
            if m.topics.is_none() && (m.place.is_none() || connected(m)) {
                return Err(missing("reconnect"));
            }
            t!(
                "draft.reconnect",
                locale = l,
                when = when(m.on, today, lang),
                at = place(m, lang),
                about = topics(m, lang)
            )
            .into_owned()
        }
        DraftKind::Give => {
            let need = f.their_need.as_ref().ok_or_else(|| missing("give"))?;
            match &f.your_offer {
                Some(offer) => t!("draft.give_offer", locale = l, need = need, offer = offer).into_owned(),
                None => t!("draft.give", locale = l, need = need).into_owned(),
            }
        }
    };
    Ok(format!("{hello}\n\n{body}\n\n{bye}"))
}

/// What a request for an introduction can cite.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IntroFacts {
    /// Who makes the introduction.
    pub introducer: String,
    /// The last time you were in touch with the introducer.
    pub last: Option<Moment>,
    /// Whom you want to meet.
    pub target: String,
    /// Their role and company, e.g. "CTO at Acme".
    pub target_work: Option<String>,
    /// Why you want to meet them, in your words.
    pub why: Option<String>,
    /// What you can offer them (from their profile against yours).
    pub your_offer: Option<String>,
}

/// The message asking `introducer` for a warm introduction. A request with
/// no reason to meet and nothing to offer is the kind introducers ignore:
/// it says what to add instead.
pub fn intro_request(f: &IntroFacts, today: NaiveDate, lang: Lang) -> Result<String, NoDetail> {
    let l = lang.as_str();
    if f.why.is_none() && f.your_offer.is_none() {
        return Err(NoDetail(t!("draft.missing.intro", locale = l, name = f.target).into_owned()));
    }
    let hello = t!("draft.hello", locale = l, name = first_name(&f.introducer)).into_owned();
    let bye = t!("draft.bye", locale = l).into_owned();
    let opening = match &f.last {
        Some(m) => t!("draft.intro.since", locale = l, when = when(m.on, today, lang)).into_owned(),
        None => t!("draft.intro.hope", locale = l).into_owned(),
    };
    let work = f.target_work.as_ref().map(|w| format!(" ({w})")).unwrap_or_default();
    let mut body = vec![opening, t!("draft.intro.ask", locale = l, target = f.target, work = work).into_owned()];
    if let Some(why) = &f.why {
        body.push(t!("draft.intro.why", locale = l, why = why.trim_end_matches('.')).into_owned());
    }
    if let Some(offer) = &f.your_offer {
        body.push(t!("draft.intro.offer", locale = l, offer = offer).into_owned());
    }
    body.push(t!("draft.intro.how", locale = l).into_owned());
    Ok(format!("{hello}\n\n{}\n\n{bye}", body.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn reconnecting_is_for_ties_that_have_been_quiet_a_while() {
        let f = facts();
        // Last in touch the day before: "it's been a while" would be false.
        let err = draft(DraftKind::Reconnect, &f, d("2026-11-23"), Lang::En).unwrap_err();
        assert!(err.0.contains("yesterday") && err.0.contains("too recent"), "{}", err.0);
        let it = draft(DraftKind::Reconnect, &f, d("2026-11-25"), Lang::It).unwrap_err();
        assert!(it.0.contains("3 giorni fa"), "{}", it.0);
        let later = draft(DraftKind::Reconnect, &f, d("2027-01-10"), Lang::En).unwrap();
        assert!(later.contains("it's been a while"), "{later}");
    }

    fn facts() -> DraftFacts {
        DraftFacts {
            name: "Giulia Conti".into(),
            met: Some(Moment { on: d("2026-03-09"), place: Some("Aperitivo BNI Milano".into()), topics: None }),
            last: Some(Moment { on: d("2026-11-22"), place: None, topics: Some("il nuovo sito dello studio".into()) }),
            ..Default::default()
        }
    }

    #[test]
    fn a_linkedin_connection_is_no_meeting_in_a_draft() {
        let today = d("2026-12-02");
        let facts = DraftFacts {
            name: "Marco Rossi".into(),
            met: Some(Moment { on: d("2019-12-01"), place: Some("LinkedIn".into()), topics: None }),
            ..Default::default()
        };
        let it = draft(DraftKind::OneToOne, &facts, today, Lang::It).unwrap();
        assert!(it.contains("ci siamo collegati su LinkedIn l'1 dicembre 2019"), "{it}");
        assert!(!it.contains("conoscerti"));
        let en = draft(DraftKind::OneToOne, &facts, today, Lang::En).unwrap();
        assert!(!en.contains("at LinkedIn") && !en.contains("meeting you"), "{en}");
        assert!(
            draft(DraftKind::Reconnect, &facts, today, Lang::En).is_err(),
            "a connection alone is nothing to reconnect on"
        );
    }

    #[test]
    fn an_introduction_request_says_why_and_what_you_offer() {
        let mut f = IntroFacts {
            introducer: "Marco Rossi".into(),
            last: Some(Moment { on: d("2026-11-20"), place: None, topics: None }),
            target: "Dario Neri".into(),
            target_work: Some("CTO, Acme".into()),
            why: None,
            your_offer: None,
        };
        let none = intro_request(&f, d("2026-11-23"), Lang::En).unwrap_err();
        assert!(none.0.contains("--why"), "{none}");
        f.why = Some("I am looking for a pilot customer in logistics".into());
        f.your_offer = Some("route optimisation".into());
        let en = intro_request(&f, d("2026-11-23"), Lang::En).unwrap();
        assert!(en.starts_with("Hi Marco,"), "{en}");
        assert!(en.contains("Dario Neri (CTO, Acme)") && en.contains("pilot customer in logistics"), "{en}");
        assert!(en.contains("route optimisation") && en.contains("20 November"), "{en}");
        let it = intro_request(&f, d("2026-11-23"), Lang::It).unwrap();
        assert!(it.starts_with("Ciao Marco,") && it.contains("presentarmi Dario Neri"), "{it}");
    }

    #[test]
    fn thanks_cites_when_and_what() {
        let it = draft(DraftKind::Thanks, &facts(), d("2026-11-23"), Lang::It).unwrap();
        assert!(it.starts_with("Ciao Giulia,"), "{it}");
        assert!(it.contains("ieri") && it.contains("il nuovo sito dello studio"), "{it}");
        let en = draft(DraftKind::OneToOne, &facts(), d("2026-11-23"), Lang::En).unwrap();
        assert!(en.contains("9 March") && en.contains("Aperitivo BNI Milano"), "{en}");
    }

    #[test]
    fn no_detail_no_boilerplate() {
        let bare = DraftFacts { name: "Marco Neri".into(), ..Default::default() };
        for kind in [DraftKind::Thanks, DraftKind::FollowUp, DraftKind::Congrats, DraftKind::Reconnect, DraftKind::Give]
        {
            let err = draft(kind, &bare, d("2026-11-23"), Lang::En).unwrap_err();
            assert!(err.0.contains("Marco Neri"), "{err}");
        }
    }

    #[test]
    fn congrats_and_give_use_their_news_and_needs() {
        let mut f = facts();
        f.milestone = Some((MilestoneKind::Promotion, d("2026-11-15"), Some("la nomina a partner".into())));
        f.their_need = Some("un fotografo per il catalogo".into());
        f.your_offer = Some("fotografia aziendale".into());
        let c = draft(DraftKind::Congrats, &f, d("2026-11-23"), Lang::It).unwrap();
        assert!(c.contains("la nomina a partner"), "{c}");
        let g = draft(DraftKind::Give, &f, d("2026-11-23"), Lang::En).unwrap();
        assert!(g.contains("un fotografo per il catalogo") && g.contains("fotografia aziendale"), "{g}");
    }
}

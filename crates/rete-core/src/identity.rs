//! Who is who: the one rule for joining two records of the same person
//! ([`absorb`]) and the one rule for telling whether someone is a person
//! already known ([`same_person`], [`KnownPeople`]).
//!
//! `person merge` (every backend), the import planner and the pages that
//! hide people you already know all used to carry their own copy, and the
//! copies disagreed (an import dropped the note a merge kept, a merge kept
//! `+39 333 1234567` and `+393331234567` as two phones). Living here, in
//! the pure domain crate, every caller gets the same answer.

use crate::date::Birthday;
use crate::ids::PersonId;
use crate::person::{email_form, Person, PersonData};
use crate::text::{fold, search_terms};
use crate::vocab::Status;
use std::collections::HashMap;

/// Joins `gone` into `keep`, the record the user chose to keep (or, in an
/// import, the person already known). What the kept record holds stays,
/// but for three values that say strictly more: an earlier first meeting,
/// the year of the same birthday, a red flag. `gone` fills the gaps and
/// adds to the lists; what cannot join (its name, a different birthday,
/// the place of a later meeting) goes with it. Joining a record twice
/// changes nothing the second time, so importing a file twice is a no-op.
///
/// - The name, tier and the kept record's every filled field stay.
/// - E-mails (trimmed, any case), tags (any case; accents count, `papa`
///   is not `papà`), links (the same page or LinkedIn profile however
///   spelt, see [`link_key`]) and phones (the same digits, see
///   [`phone_digits`]) are unioned: the kept order first, then what only
///   `gone` has, in its order and spelling.
/// - Company, role, department, city, sector, given and family name (each
///   on its own), nickname, address, cadence and introducer are filled
///   when the kept record has none.
/// - `met_on` is the earliest of the two: the first time you met. The
///   place (`met_at`) fills an empty one unless it belongs to a later
///   meeting than the kept date (the kept record's own place is never
///   replaced, not even when an earlier date arrives from `gone`).
/// - A birthday with a year replaces the same day and month without one;
///   two different days keep the kept one.
/// - Notes are concatenated (a blank line between) unless one already
///   contains the other, word for word, case, accents and punctuation
///   aside: then the fuller note stands alone, so re-importing an export
///   or merging a copy never doubles a note.
/// - A red flag survives the merge, with its reason: a warning about a
///   person must not vanish because their record had a twin. An empty
///   reason is filled from a record with the same status.
///
/// The store adds what only it knows: an introducer pointing at either
/// record is cleared.
pub fn absorb(keep: &mut PersonData, gone: &PersonData) {
    absorb_with(keep, gone, phone_digits);
}

/// [`absorb`], with phones compared by `phone_key`: every spelling of one
/// number must give one key. The importer passes E.164 in the user's
/// region (phone metadata lives in `rete-formats`), so a typed national
/// `333 1234567` meets an imported `+393331234567`; the rule is otherwise
/// the same.
pub fn absorb_with(keep: &mut PersonData, gone: &PersonData, phone_key: impl Fn(&str) -> String) {
    union(&mut keep.emails, &gone.emails, |e| email_form(e.to_string()));
    union(&mut keep.phones, &gone.phones, phone_key);
    union(&mut keep.tags, &gone.tags, |t| t.trim().to_lowercase());
    union(&mut keep.links, &gone.links, |l| linkedin_key(l).unwrap_or_else(|| link_key(l)));
    for (k, g) in [
        (&mut keep.company, &gone.company),
        (&mut keep.role, &gone.role),
        (&mut keep.department, &gone.department),
        (&mut keep.city, &gone.city),
        (&mut keep.sector, &gone.sector),
        (&mut keep.given_name, &gone.given_name),
        (&mut keep.family_name, &gone.family_name),
        (&mut keep.nickname, &gone.nickname),
        (&mut keep.address, &gone.address),
    ] {
        if k.is_none() {
            k.clone_from(g);
        }
    }
    keep.cadence_days = keep.cadence_days.or(gone.cadence_days);
    keep.introduced_by = keep.introduced_by.or(gone.introduced_by);
    let place_fits = match (keep.met_on, gone.met_on) {
        (Some(k), Some(g)) => g <= k,
        _ => true,
    };
    if keep.met_at.is_none() && place_fits {
        keep.met_at.clone_from(&gone.met_at);
    }
    keep.met_on = match (keep.met_on, gone.met_on) {
        (Some(k), Some(g)) => Some(k.min(g)),
        (k, g) => k.or(g),
    };
    keep.birthday = better_birthday(keep.birthday, gone.birthday);
    keep.notes = joined_notes(keep.notes.take(), gone.notes.as_deref());
    if gone.status == Status::RedFlag && keep.status != Status::RedFlag {
        keep.status = Status::RedFlag;
        keep.status_reason = gone.status_reason.clone().or(keep.status_reason.take());
    } else if gone.status == keep.status && keep.status_reason.is_none() {
        keep.status_reason.clone_from(&gone.status_reason);
    }
}

/// Appends the items of `from` whose key `into` does not hold yet.
fn union(into: &mut Vec<String>, from: &[String], key: impl Fn(&str) -> String) {
    let mut keys: Vec<String> = into.iter().map(|v| key(v)).collect();
    for item in from {
        let k = key(item);
        if !keys.contains(&k) {
            keys.push(k);
            into.push(item.clone());
        }
    }
}

/// The kept birthday, unless the other is the same day with the year.
fn better_birthday(keep: Option<Birthday>, gone: Option<Birthday>) -> Option<Birthday> {
    match (keep, gone) {
        (Some(k), Some(g)) if k.year.is_none() && g.year.is_some() && (k.month, k.day) == (g.month, g.day) => Some(g),
        (k, g) => k.or(g),
    }
}

/// Both notes, once each: see [`absorb`].
fn joined_notes(keep: Option<String>, gone: Option<&str>) -> Option<String> {
    match (keep, gone) {
        (Some(k), Some(g)) if note_contains(&k, g) => Some(k),
        (Some(k), Some(g)) if note_contains(g, &k) => Some(g.to_string()),
        (Some(k), Some(g)) => Some(format!("{k}\n\n{g}")),
        (k, g) => k.or_else(|| g.map(str::to_string)),
    }
}

/// Whether `note` appears in `text` as a run of whole words (so `ok` is
/// not in `book`), ignoring case, accents, punctuation and line breaks.
fn note_contains(text: &str, note: &str) -> bool {
    let needle = search_terms(note);
    if needle.is_empty() {
        return text.contains(note.trim());
    }
    let hay = search_terms(text);
    hay.windows(needle.len()).any(|w| w == needle.as_slice())
}

/// How two phones compare when no region is known: their digits, a
/// leading `00` (the international prefix of most of the world) read as
/// `+`. So `+39 333 1234567`, `+393331234567` and `0039 333 1234567` are
/// one number; a national `333 1234567` stays apart, since only a region
/// could say which country it is in. Text without digits compares as
/// typed.
pub fn phone_digits(raw: &str) -> String {
    let t = raw.trim();
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return t.to_lowercase();
    }
    match digits.strip_prefix("00") {
        Some(rest) if !t.starts_with('+') => rest.to_string(),
        _ => digits,
    }
}

/// A comparison key for any link: no scheme, no `www.`, no trailing slash,
/// no query or fragment, lower case.
pub fn link_key(url: &str) -> String {
    let mut s = url.trim();
    for scheme in ["https://", "http://", "HTTPS://", "HTTP://"] {
        if let Some(rest) = s.strip_prefix(scheme) {
            s = rest;
            break;
        }
    }
    let s = s.split(['?', '#']).next().unwrap_or(s);
    let mut s = s.trim_end_matches('/').to_lowercase();
    if let Some(rest) = s.strip_prefix("www.") {
        s = rest.to_string();
    }
    s
}

/// The canonical key of a LinkedIn member profile (`linkedin.com/in/slug`),
/// or `None` when the URL is not one. Country subdomains (`it.`, `uk.`)
/// point at the same profile, and two different profiles are two people
/// for certain.
pub fn linkedin_key(url: &str) -> Option<String> {
    let key = link_key(url);
    let (host, path) = key.split_once('/')?;
    let is_linkedin = host == "linkedin.com" || host.ends_with(".linkedin.com");
    let slug = path.strip_prefix("in/")?;
    let slug = slug.split('/').next().unwrap_or(slug);
    (is_linkedin && !slug.is_empty()).then(|| format!("linkedin.com/in/{slug}"))
}

/// Case- and accent-folded, spaces collapsed. ASCII text (most names in
/// a large export) skips Unicode decomposition, with the same result.
pub fn fold_name(text: &str) -> String {
    let folded = if text.is_ascii() { text.to_ascii_lowercase() } else { fold(text) };
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The words of a name already passed through [`fold_name`] that say who
/// someone is: punctuation dropped (`Rossi, Mario`), titles (`avv.`,
/// `dott.`, `mr`) and remarks in brackets (`(lavoro)`) left out, repeats
/// dropped, sorted so that the order of given and family name does not
/// matter.
pub fn name_words(folded: &str) -> Vec<String> {
    const TITLES: &[&str] =
        &["avv", "dott", "dottssa", "dottoressa", "ing", "arch", "prof", "sig", "sigra", "dr", "mr", "mrs", "ms"];
    let mut depth = 0usize;
    let mut words: Vec<String> = Vec::new();
    for raw in folded.split_whitespace() {
        if raw.starts_with(['(', '[']) {
            depth += 1;
        }
        let closes = raw.ends_with([')', ']']);
        if depth == 0 {
            let w: String = raw.chars().filter(|c| c.is_alphanumeric() || *c == '\'' || *c == '-').collect();
            if !w.is_empty() && !TITLES.contains(&w.as_str()) && !words.contains(&w) {
                words.push(w);
            }
        }
        if closes {
            depth = depth.saturating_sub(1);
        }
    }
    words.sort();
    words
}

/// Whether every word of `small` is in `large`, an initial (`g`)
/// standing for any word it starts: `G. Rossi` is within `Giuseppe
/// Rossi`, `Mario Rossi` within `Mario Giuseppe Rossi`. Takes
/// [`name_words`].
pub fn words_within(small: &[String], large: &[String]) -> bool {
    small.iter().all(|w| large.iter().any(|l| l == w || (is_initial(w) && l.starts_with(w.as_str()))))
}

fn is_initial(word: &str) -> bool {
    word.chars().count() == 1
}

/// Whether two [`name_words`] name one person when nothing else (an
/// e-mail) says so: the same words, or the words of one within the
/// other's, provided that one has at least two words and a whole word
/// among them, and its initials stand for words its whole words do not
/// already take. `Maria` alone is not `Maria Rossi`, `M. R.` is nobody
/// in particular, and `R. Riva` is not `Anna Riva`. (The importer, which
/// has a shared e-mail or phone to go on, is content with
/// [`words_within`].)
fn names_agree(a: &[String], b: &[String]) -> bool {
    // No name is nobody; a name within no name cannot be.
    !a.is_empty() && (a == b || telling_within(a, b) || telling_within(b, a))
}

fn telling_within(small: &[String], large: &[String]) -> bool {
    let whole = |w: &String| !is_initial(w);
    small.len() >= 2
        && small.iter().any(whole)
        && words_within(small, large)
        // Initials are one per letter (`name_words` drops repeats), so
        // each needs its own word, one not named whole.
        && small.iter().filter(|w| is_initial(w)).all(|i| {
            large.iter().any(|l| l.starts_with(i.as_str()) && !small.iter().filter(|w| whole(w)).any(|w| w == l))
        })
}

/// Whether two names name one person: word order, case, accents, titles,
/// bracketed remarks, initials and middle names aside (`Dott. Rossi,
/// Mario` is `mario g. rossi`), as the import planner compares names.
pub fn same_name(a: &str, b: &str) -> bool {
    names_agree(&name_words(&fold_name(a)), &name_words(&fold_name(b)))
}

/// Whether two records are one person by the recognition rule: an e-mail
/// in common (any case), or the same name by [`same_name`]. Against many
/// people, build a [`KnownPeople`] once: it answers the same, faster.
pub fn same_person<A: AsRef<str>, B: AsRef<str>>(name_a: &str, emails_a: &[A], name_b: &str, emails_b: &[B]) -> bool {
    let b: Vec<String> = emails_b.iter().map(|e| email_form(e.as_ref().to_string())).collect();
    emails_a.iter().any(|e| b.contains(&email_form(e.as_ref().to_string()))) || same_name(name_a, name_b)
}

/// The people already known, indexed once for [`same_person`] against
/// each of many candidates (a community's members, an import's rows):
/// an e-mail is one hash lookup, a name a few.
///
/// A name is found by its exact words, or through the pairs (a whole
/// word, the first letter of another word) of the shorter of the two
/// names, which every name within another shares with it; the few people
/// behind a pair are then checked word by word.
#[derive(Debug, Clone, Default)]
pub struct KnownPeople {
    ids: Vec<PersonId>,
    emails: HashMap<String, usize>,
    exact: HashMap<String, usize>,
    pairs: HashMap<(String, char), Vec<usize>>,
    /// The words of each name a person goes by: the display name, and
    /// given with family name when both are set.
    names: Vec<Vec<Vec<String>>>,
}

impl KnownPeople {
    /// Indexes `people`; when several match a candidate, the first in
    /// `people` is the one found.
    pub fn new(people: &[Person]) -> Self {
        let mut known = KnownPeople::default();
        for person in people {
            known.add(person.id, &person.data);
        }
        known
    }

    /// Adds one person, as [`KnownPeople::new`] does for each.
    pub fn add(&mut self, id: PersonId, data: &PersonData) {
        let index = self.ids.len();
        self.ids.push(id);
        for e in &data.emails {
            self.emails.entry(email_form(e.clone())).or_insert(index);
        }
        let mut names = vec![name_words(&fold_name(&data.name))];
        if let (Some(g), Some(f)) = (&data.given_name, &data.family_name) {
            let parts = name_words(&fold_name(&format!("{g} {f}")));
            if !names.contains(&parts) {
                names.push(parts);
            }
        }
        for words in &names {
            self.exact.entry(words.join(" ")).or_insert(index);
            for key in pair_keys(words) {
                let slot = self.pairs.entry(key).or_default();
                if slot.last() != Some(&index) {
                    slot.push(index);
                }
            }
        }
        self.names.push(names);
    }

    /// How many people are indexed.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Whether the candidate is someone already known, by [`same_person`].
    pub fn knows<S: AsRef<str>>(&self, name: &str, emails: &[S]) -> bool {
        self.find(name, emails).is_some()
    }

    /// The known person the candidate is: by e-mail first (the stronger
    /// key), then by name; `None` for someone new.
    pub fn find<S: AsRef<str>>(&self, name: &str, emails: &[S]) -> Option<PersonId> {
        emails.iter().find_map(|e| self.find_email(e.as_ref())).or_else(|| self.find_name(name))
    }

    /// The known person holding this e-mail address, in any case.
    pub fn find_email(&self, email: &str) -> Option<PersonId> {
        self.emails.get(&email_form(email.to_string())).map(|&i| self.ids[i])
    }

    /// The first known person going by this name, by [`same_name`].
    pub fn find_name(&self, name: &str) -> Option<PersonId> {
        let words = name_words(&fold_name(name));
        if words.is_empty() {
            return None;
        }
        let exact = self.exact.get(&words.join(" ")).copied();
        let within = pair_keys(&words)
            .filter_map(|key| self.pairs.get(&key))
            .flatten()
            .copied()
            .filter(|&i| self.names[i].iter().any(|known| names_agree(known, &words)))
            .min();
        exact.into_iter().chain(within).min().map(|i| self.ids[i])
    }
}

/// Every (whole word, first letter of any word) of a name: a name within
/// another shares at least one of these with it (see [`KnownPeople`]).
fn pair_keys(words: &[String]) -> impl Iterator<Item = (String, char)> + '_ {
    words
        .iter()
        .filter(|w| !is_initial(w))
        .flat_map(move |whole| words.iter().filter_map(|w| w.chars().next()).map(move |c| (whole.clone(), c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn birthday(s: &str) -> Option<Birthday> {
        Birthday::parse("birthday", s).ok()
    }

    fn joined(keep: &PersonData, gone: &PersonData) -> PersonData {
        let mut k = keep.clone();
        absorb(&mut k, gone);
        k
    }

    #[test]
    fn the_kept_name_tier_and_filled_fields_stay() {
        let mut keep = PersonData::named("Anna Riva");
        keep.tier = crate::Tier::Inner;
        keep.company = Some("Riva Srl".into());
        keep.role = Some("CEO".into());
        keep.department = Some("Board".into());
        keep.city = Some("Milano".into());
        keep.sector = Some("Legal".into());
        keep.given_name = Some("Anna".into());
        keep.family_name = Some("Riva".into());
        keep.nickname = Some("Annie".into());
        keep.address = Some("Via Roma 1".into());
        keep.cadence_days = Some(10);
        keep.introduced_by = Some(PersonId(1));
        let mut gone = PersonData::named("A. Riva");
        gone.company = Some("Other".into());
        gone.role = Some("Intern".into());
        gone.department = Some("Sales".into());
        gone.city = Some("Roma".into());
        gone.sector = Some("Food".into());
        gone.given_name = Some("Annamaria".into());
        gone.family_name = Some("Rive".into());
        gone.nickname = Some("Nina".into());
        gone.address = Some("Via Po 2".into());
        gone.cadence_days = Some(99);
        gone.introduced_by = Some(PersonId(2));
        let merged = joined(&keep, &gone);
        assert_eq!(merged, keep, "nothing the kept record holds is overwritten");
        assert_eq!(merged.tier, crate::Tier::Inner);
    }

    #[test]
    fn empty_fields_are_filled_each_on_its_own() {
        let mut keep = PersonData::named("Anna Riva");
        keep.given_name = Some("Anna".into());
        let mut gone = PersonData::named("Riva, Anna");
        gone.tier = crate::Tier::Close;
        gone.company = Some("Riva Srl".into());
        gone.role = Some("CEO".into());
        gone.department = Some("Board".into());
        gone.city = Some("Milano".into());
        gone.sector = Some("Legal".into());
        gone.given_name = Some("Anna Maria".into());
        gone.family_name = Some("Riva".into());
        gone.nickname = Some("Annie".into());
        gone.address = Some("Via Roma 1\n20100 Milano".into());
        gone.cadence_days = Some(14);
        gone.introduced_by = Some(PersonId(3));
        let m = joined(&keep, &gone);
        assert_eq!(m.name, "Anna Riva");
        assert_eq!(m.tier, crate::Tier::Network, "the kept tier stays");
        assert_eq!(m.company.as_deref(), Some("Riva Srl"));
        assert_eq!(m.role.as_deref(), Some("CEO"));
        assert_eq!(m.department.as_deref(), Some("Board"));
        assert_eq!(m.city.as_deref(), Some("Milano"));
        assert_eq!(m.sector.as_deref(), Some("Legal"));
        assert_eq!(m.given_name.as_deref(), Some("Anna"), "a given name already there stays");
        assert_eq!(m.family_name.as_deref(), Some("Riva"), "the missing family name is filled");
        assert_eq!(m.nickname.as_deref(), Some("Annie"));
        assert_eq!(m.address.as_deref(), Some("Via Roma 1\n20100 Milano"));
        assert_eq!(m.cadence_days, Some(14));
        assert_eq!(m.introduced_by, Some(PersonId(3)));
        let bare = joined(&PersonData::named("Anna Riva"), &gone);
        assert_eq!(
            (bare.given_name.as_deref(), bare.family_name.as_deref()),
            (Some("Anna Maria"), Some("Riva")),
            "both parts, when the kept record has neither"
        );
    }

    #[test]
    fn emails_are_unioned_in_any_case() {
        let mut keep = PersonData::named("A");
        keep.emails = vec!["anna@a.it".into()];
        let mut gone = PersonData::named("A");
        gone.emails = vec!["ANNA@A.IT".into(), " anna@b.it".into(), "Ä@b.it".into()];
        let mut again = PersonData::named("A");
        again.emails = vec!["ä@B.IT".into(), "anna@b.it".into()];
        let mut m = joined(&keep, &gone);
        assert_eq!(m.emails, ["anna@a.it", " anna@b.it", "Ä@b.it"]);
        absorb(&mut m, &again);
        assert_eq!(m.emails, ["anna@a.it", " anna@b.it", "Ä@b.it"], "Unicode case and spaces aside");
    }

    #[test]
    fn phones_meet_by_their_digits() {
        let mut keep = PersonData::named("A");
        keep.phones = vec!["+39 333 1234567".into()];
        let mut gone = PersonData::named("A");
        gone.phones = vec!["+393331234567".into(), "0039 333-123-4567".into(), "02 555 1234".into()];
        let m = joined(&keep, &gone);
        assert_eq!(m.phones, ["+39 333 1234567", "02 555 1234"]);
        assert_eq!(phone_digits("+39 (333) 123.4567"), "393331234567");
        assert_eq!(phone_digits("0039 3331234567"), "393331234567");
        assert_eq!(phone_digits("+0039"), "0039", "a + is already international");
        assert_ne!(phone_digits("333 1234567"), phone_digits("+39 333 1234567"), "no region, no country");

        // The importer reads national numbers in a region.
        let mut national = PersonData::named("A");
        national.phones = vec!["333 1234567".into()];
        let mut imported = PersonData::named("A");
        imported.phones = vec!["+393331234567".into()];
        let e164 = |p: &str| {
            let d = phone_digits(p);
            if p.trim().starts_with('+') {
                d
            } else {
                format!("39{d}")
            }
        };
        absorb_with(&mut national, &imported, e164);
        assert_eq!(national.phones, ["333 1234567"]);
    }

    #[test]
    fn tags_meet_in_any_case_but_not_without_accents() {
        let mut keep = PersonData::named("A");
        keep.tags = vec!["Clienti".into(), "papà".into()];
        let mut gone = PersonData::named("A");
        gone.tags = vec!["clienti".into(), "PAPÀ".into(), "papa".into(), "BNI".into()];
        assert_eq!(joined(&keep, &gone).tags, ["Clienti", "papà", "papa", "BNI"]);
    }

    #[test]
    fn links_meet_however_spelt() {
        let mut keep = PersonData::named("A");
        keep.links = vec!["https://www.linkedin.com/in/anna-riva/".into(), "http://riva.it".into()];
        let mut gone = PersonData::named("A");
        gone.links = vec![
            "https://it.linkedin.com/in/Anna-Riva?trk=x".into(),
            "https://www.riva.it/".into(),
            "https://riva.it/blog".into(),
        ];
        assert_eq!(
            joined(&keep, &gone).links,
            ["https://www.linkedin.com/in/anna-riva/", "http://riva.it", "https://riva.it/blog"]
        );
        assert_eq!(link_key("http://www.IBM.com/"), "ibm.com");
        assert_eq!(linkedin_key("https://www.linkedin.com/company/acme"), None);
        assert_eq!(linkedin_key("https://example.com/in/giulia"), None);
        assert_eq!(linkedin_key("https://www.linkedin.com/in/"), None);
        assert_eq!(
            linkedin_key("www.linkedin.com/in/giulia-conti/details/experience/").as_deref(),
            Some("linkedin.com/in/giulia-conti")
        );
    }

    #[test]
    fn the_earliest_meeting_wins_with_its_place() {
        let dated = |on: Option<&str>, at: Option<&str>| {
            let mut p = PersonData::named("A");
            p.met_on = on.map(day);
            p.met_at = at.map(str::to_string);
            p
        };
        let m = joined(&dated(Some("2022-05-01"), None), &dated(Some("2019-01-10"), Some("BNI")));
        assert_eq!((m.met_on, m.met_at.as_deref()), (Some(day("2019-01-10")), Some("BNI")), "earlier, with its place");
        let m = joined(&dated(Some("2019-01-10"), None), &dated(Some("2022-05-01"), Some("LinkedIn")));
        assert_eq!((m.met_on, m.met_at), (Some(day("2019-01-10")), None), "a later meeting's place is not the first's");
        let m = joined(&dated(Some("2022-05-01"), Some("Milano")), &dated(Some("2019-01-10"), Some("BNI")));
        assert_eq!((m.met_on, m.met_at.as_deref()), (Some(day("2019-01-10")), Some("Milano")), "the kept place stays");
        let m = joined(&dated(None, None), &dated(Some("2020-02-02"), Some("Roma")));
        assert_eq!((m.met_on, m.met_at.as_deref()), (Some(day("2020-02-02")), Some("Roma")));
        let m = joined(&dated(Some("2020-02-02"), None), &dated(None, Some("Roma")));
        assert_eq!((m.met_on, m.met_at.as_deref()), (Some(day("2020-02-02")), Some("Roma")), "an undated place fills");
        let m = joined(&dated(Some("2020-02-02"), None), &dated(Some("2020-02-02"), Some("Roma")));
        assert_eq!(m.met_at.as_deref(), Some("Roma"), "the same day is the same meeting");
    }

    #[test]
    fn a_birthday_learns_its_year_but_a_different_day_does_not_win() {
        let with = |b: &str| {
            let mut p = PersonData::named("A");
            p.birthday = birthday(b);
            p
        };
        let show = |p: PersonData| p.birthday.map(|b| b.to_string());
        assert_eq!(show(joined(&with("03-09"), &with("1980-03-09"))).as_deref(), Some("1980-03-09"));
        assert_eq!(show(joined(&with("1980-03-09"), &with("03-09"))).as_deref(), Some("1980-03-09"));
        assert_eq!(show(joined(&with("1980-03-09"), &with("1981-03-09"))).as_deref(), Some("1980-03-09"));
        assert_eq!(show(joined(&with("03-09"), &with("1980-04-09"))).as_deref(), Some("--03-09"));
        assert_eq!(show(joined(&PersonData::named("A"), &with("1980-04-09"))).as_deref(), Some("1980-04-09"));
    }

    #[test]
    fn notes_are_joined_once() {
        let noted = |n: Option<&str>| {
            let mut p = PersonData::named("A");
            p.notes = n.map(str::to_string);
            p
        };
        let notes = |k, g| joined(&noted(k), &noted(g)).notes;
        assert_eq!(notes(Some("met at BNI"), Some("likes sailing")).as_deref(), Some("met at BNI\n\nlikes sailing"));
        assert_eq!(
            notes(Some("Met at BNI.\n\nLikes sailing!"), Some("likes   sailing")).as_deref(),
            Some("Met at BNI.\n\nLikes sailing!")
        );
        assert_eq!(
            notes(Some("likes sailing"), Some("Met at BNI. Likes sailing.")).as_deref(),
            Some("Met at BNI. Likes sailing.")
        );
        assert_eq!(notes(Some("book club"), Some("ok")).as_deref(), Some("book club\n\nok"), "whole words only");
        assert_eq!(notes(None, Some("x")).as_deref(), Some("x"));
        assert_eq!(notes(Some("x"), None).as_deref(), Some("x"));
        assert_eq!(notes(Some("caffè!"), Some("CAFFE")).as_deref(), Some("caffè!"));
        let mut twice = joined(&noted(Some("a")), &noted(Some("b")));
        absorb(&mut twice, &noted(Some("b")));
        assert_eq!(twice.notes.as_deref(), Some("a\n\nb"), "joining again adds nothing");
    }

    #[test]
    fn a_red_flag_survives_with_its_reason() {
        let flagged = |status, reason: Option<&str>| {
            let mut p = PersonData::named("A");
            p.status = status;
            p.status_reason = reason.map(str::to_string);
            p
        };
        let m = joined(&flagged(Status::Active, None), &flagged(Status::RedFlag, Some("never pays")));
        assert_eq!((m.status, m.status_reason.as_deref()), (Status::RedFlag, Some("never pays")));
        let m = joined(&flagged(Status::RedFlag, Some("rude")), &flagged(Status::Active, None));
        assert_eq!((m.status, m.status_reason.as_deref()), (Status::RedFlag, Some("rude")));
        let m = joined(&flagged(Status::RedFlag, None), &flagged(Status::RedFlag, Some("rude")));
        assert_eq!(m.status_reason.as_deref(), Some("rude"), "an empty reason is filled");
        let m = joined(&flagged(Status::RedFlag, None), &flagged(Status::Active, Some("moved away")));
        assert_eq!(m.status_reason, None, "another status's reason does not explain the flag");
    }

    #[test]
    fn joining_a_record_twice_changes_nothing_the_second_time() {
        let mut keep = PersonData::named("Anna Riva");
        keep.emails = vec!["anna@a.it".into()];
        keep.met_on = Some(day("2021-01-01"));
        let mut gone = PersonData::named("Anna");
        gone.emails = vec!["anna@b.it".into()];
        gone.phones = vec!["+39 333 1234567".into()];
        gone.tags = vec!["x".into()];
        gone.links = vec!["https://riva.it".into()];
        gone.notes = Some("n".into());
        gone.met_on = Some(day("2020-01-01"));
        gone.met_at = Some("BNI".into());
        gone.birthday = birthday("1980-03-09");
        gone.status = Status::RedFlag;
        let once = joined(&keep, &gone);
        assert_eq!(joined(&once, &gone), once);
    }

    #[test]
    fn names_fold_order_accents_titles_initials_and_middle_names() {
        assert!(same_name("Rossi, Mario", "mario rossi"));
        assert!(same_name("Dott. Niccolò Forlì (lavoro)", "Niccolo Forli"));
        assert!(same_name("G. Rossi", "Giuseppe Rossi"));
        assert!(same_name("Mario Giuseppe Rossi", "Mario Rossi"));
        assert!(same_name("Cher", "CHER"));
        assert!(!same_name("Mario Rossi", "Maria Rossi"));
        assert!(!same_name("Maria", "Maria Rossi"), "one word is too little to tell");
        assert!(!same_name("M. R.", "Mario Rossi"), "initials alone are nobody in particular");
        assert!(!same_name("R. Riva", "Anna Riva"), "an initial needs a word of its own");
        assert!(same_name("A. Riva", "Anna Riva"));
        assert!(words_within(&name_words("r riva"), &name_words("anna riva")), "the importer's looser test");
        assert!(!same_name("", ""));
        assert_eq!(name_words(&fold_name("Avv. Rossi, Mario  [casa]")), ["mario", "rossi"]);
    }

    #[test]
    fn a_person_is_known_by_email_or_name() {
        assert!(same_person("Anna", &["ANNA@a.it"], "Riva", &["anna@a.it"]));
        assert!(same_person::<&str, &str>("Riva Anna", &[], "Anna Riva", &[]));
        assert!(!same_person("Anna Riva", &["anna@a.it"], "Anna Rossi", &["anna@b.it"]));

        let mut anna = PersonData::named("Anna Riva");
        anna.emails = vec!["anna@riva.it".into()];
        let mut heiko = PersonData::named("Mustermann (Acme)");
        heiko.given_name = Some("Heiko".into());
        heiko.family_name = Some("Mustermann".into());
        let mut mario = PersonData::named("Mario Giuseppe Rossi");
        mario.emails = vec![" Mario@Rossi.IT".into()];
        let people = [
            Person { id: PersonId(1), data: anna },
            Person { id: PersonId(2), data: heiko },
            Person { id: PersonId(3), data: mario },
            Person { id: PersonId(4), data: PersonData::named("Cher") },
            Person { id: PersonId(5), data: PersonData::named("J. K.") },
        ];
        let known = KnownPeople::new(&people);
        assert_eq!(known.len(), 5);
        assert_eq!(known.find("Someone Else", &["ANNA@riva.it"]), Some(PersonId(1)), "by e-mail whatever the name");
        assert_eq!(known.find("Riva, Anna", &[] as &[&str]), Some(PersonId(1)));
        assert_eq!(known.find_name("Heiko Mustermann"), Some(PersonId(2)), "by given and family name");
        assert_eq!(known.find_name("Karl Mustermann"), None, "another given name");
        assert_eq!(known.find_name("Dott. Mario Rossi"), Some(PersonId(3)), "a middle name aside");
        assert_eq!(known.find_name("M. Rossi"), Some(PersonId(3)), "an initial");
        assert_eq!(known.find_name("cher"), Some(PersonId(4)));
        assert_eq!(known.find_name("K. J."), Some(PersonId(5)), "the very same initials");
        assert_eq!(known.find_name("J. Kowalski"), None);
        assert_eq!(known.find_email("mario@rossi.it"), Some(PersonId(3)));
        assert!(!known.knows("Maria Rossi", &["maria@rossi.it"]));
        assert!(!known.knows("Anna", &[] as &[&str]));
        assert!(!known.knows("", &[] as &[&str]));
        assert!(known.knows("Anna Bianchi", &["anna@riva.it"]));

        // The index answers as the pairwise rule does.
        let names = [
            "Anna Riva",
            "A. Riva",
            "Riva",
            "R. Riva",
            "Anna Maria Riva",
            "Maria Riva",
            "Heiko Mustermann",
            "H. Mustermann",
            "Mustermann Heiko Karl",
            "Mario Rossi",
            "M. G. Rossi",
            "Giuseppe Rossi",
            "Cher",
            "cher bono",
            "Dott. Rossi",
            "j k",
            "J. Kowalski",
        ];
        for candidate in names {
            let pairwise = people.iter().any(|p| {
                same_name(candidate, &p.name)
                    || p.given_name
                        .as_ref()
                        .zip(p.family_name.as_ref())
                        .is_some_and(|(g, f)| same_name(candidate, &format!("{g} {f}")))
            });
            assert_eq!(known.find_name(candidate).is_some(), pairwise, "{candidate}");
        }
    }
}

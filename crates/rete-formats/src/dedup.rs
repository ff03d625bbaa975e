//! The import planner: for each imported record, create a new person,
//! merge into one already known, or leave that one unchanged. It is pure
//! (people in, plan out) so `--dry-run` shows exactly what a real import
//! would write, and the CLI applies the plan in one transaction.
//!
//! Matching uses strong keys first: the same e-mail (any case), the same
//! phone once in E.164, the same LinkedIn profile. A shared e-mail or
//! phone whose names clearly disagree (a family's home line, an office
//! switchboard, `info@`) is not one person: both are kept and listed as
//! possible duplicates for `rete person merge`. The same name written two
//! ways (`Rossi, Mario` and `Mario Rossi`, with or without accents, a
//! middle name or an initial) agrees. Failing strong keys, the same name
//! and company (accents, case and word order folded), unless the two
//! carry different LinkedIn profiles or different birth dates: those are
//! two people. Records of the file are matched against each other too, so a
//! contact listed twice is created once. The fields are joined by the one
//! merge rule, [`rete_core::identity::absorb`] (`person merge` uses it
//! too), with phones compared in E.164: it fills what is missing, adds to
//! lists and adds a note not already held, never overwrites what the user
//! typed, so importing the same file twice leaves everything unchanged.

use crate::contact::{ImportedContact, ParsedFile, RejectKind, Rejected, Warning};
use crate::phone::{self, digits_key};
use crate::report::{ImportReport, PossibleDuplicate};
use foldhash::{HashMap, HashMapExt};
use rete_core::identity::{absorb_with, fold_name, linkedin_key, name_words, words_within};
use rete_core::person::email_form;
use rete_core::{Birthday, Person, PersonData, PersonId};

/// What to do with one person. People are boxed: a plan of 30,000 entries
/// is sorted by line, and moving a pointer beats moving a whole person.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanEntry {
    /// A new person, from the record at `line`; `duplicates` are later
    /// lines of the same file describing the same person.
    Create { person: Box<PersonData>, line: usize, duplicates: Vec<usize> },
    /// An existing person gains fields or list items.
    Merge { into: PersonId, merged: Box<PersonData>, line: usize, duplicates: Vec<usize> },
    /// An existing person matched and the file added nothing.
    Unchanged { person: PersonId, line: usize, duplicates: Vec<usize> },
    /// A record that cannot become a person.
    Rejected(Rejected),
}

impl PlanEntry {
    /// The line of the record the entry comes from.
    pub fn line(&self) -> usize {
        match self {
            PlanEntry::Create { line, .. } | PlanEntry::Merge { line, .. } | PlanEntry::Unchanged { line, .. } => *line,
            PlanEntry::Rejected(r) => r.line,
        }
    }
}

/// Every entry, in the order of the file, and what the user should know
/// about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPlan {
    pub entries: Vec<PlanEntry>,
    /// Optional fields left empty because they did not read.
    pub warnings: Vec<Warning>,
    /// Records kept apart although they share an e-mail or phone.
    pub possible_duplicates: Vec<PossibleDuplicate>,
    /// National phone numbers read in the default region because their
    /// card gave no country.
    pub phones_region_assumed: usize,
    /// The encoding assumed for a file that declared none.
    pub encoding: Option<String>,
}

impl ImportPlan {
    /// The counts the user sees, and the JSON of `--json`.
    pub fn report(&self) -> ImportReport {
        let mut report = ImportReport {
            warnings: self.warnings.clone(),
            possible_duplicates: self.possible_duplicates.clone(),
            phones_region_assumed: self.phones_region_assumed,
            encoding: self.encoding.clone(),
            ..Default::default()
        };
        for entry in &self.entries {
            let dups = match entry {
                PlanEntry::Create { duplicates, .. } => {
                    report.created += 1;
                    duplicates.len()
                }
                PlanEntry::Merge { duplicates, .. } => {
                    report.merged += 1;
                    duplicates.len()
                }
                PlanEntry::Unchanged { duplicates, .. } => {
                    report.unchanged += 1;
                    duplicates.len()
                }
                PlanEntry::Rejected(r) => {
                    report.rejected.push(r.clone());
                    0
                }
            };
            report.duplicates_in_file += dups;
        }
        report
    }

    /// The plan with rows a parser rejected added, all in line order.
    pub fn with_rejected(mut self, rejected: Vec<Rejected>) -> Self {
        if !rejected.is_empty() {
            self.entries.extend(rejected.into_iter().map(PlanEntry::Rejected));
            self.entries.sort_by_key(PlanEntry::line);
        }
        self
    }

    /// The plan with what a parser left besides contacts: its rejected
    /// rows, its warnings and the encoding it assumed.
    pub fn with_rest(mut self, rest: ParsedFile) -> Self {
        self.warnings.extend(rest.warnings);
        self.warnings.sort_by_key(|w| w.line);
        self.encoding = rest.encoding.or(self.encoding);
        self.with_rejected(rest.rejected)
    }

    /// Whether applying the plan would write nothing.
    pub fn is_noop(&self) -> bool {
        self.entries.iter().all(|e| matches!(e, PlanEntry::Unchanged { .. } | PlanEntry::Rejected(_)))
    }
}

/// Plans the import of `incoming` against the people already known, with
/// national phone numbers read as Italian ([`phone::DEFAULT_REGION`]).
pub fn plan_import(existing: &[Person], incoming: Vec<ImportedContact>) -> ImportPlan {
    plan_import_in(existing, incoming, phone::DEFAULT_REGION)
}

/// Plans a whole parsed file: its records, and the rows the parser
/// already rejected, all in line order.
pub fn plan_file(existing: &[Person], mut parsed: ParsedFile, region: &str) -> ImportPlan {
    let contacts = std::mem::take(&mut parsed.contacts);
    plan_import_in(existing, contacts, region).with_rest(parsed)
}

/// As [`plan_import`], reading national phone numbers as dialled in `region`.
pub fn plan_import_in(existing: &[Person], incoming: Vec<ImportedContact>, region: &str) -> ImportPlan {
    // Conversions and keys are per record: computed on every core, in
    // order; matching them against each other stays sequential.
    let prepared = par_map(incoming, |contact| prepare(contact, region));
    plan_prepared(existing, prepared, region)
}

/// As [`plan_import_in`], taking the records as a parser hands them over
/// (from another thread, say): planning runs while the file is read.
/// Add the parser's own rejected rows with [`ImportPlan::with_rejected`].
pub fn plan_stream(
    existing: &[Person],
    incoming: impl IntoIterator<Item = ImportedContact>,
    region: &str,
) -> ImportPlan {
    plan_prepared(existing, incoming.into_iter().map(|contact| prepare(contact, region)), region)
}

/// A record turned into a person with its matching keys (and how many of
/// its phones were read in the default region), or rejected.
type Prepared = Result<(usize, Box<PersonData>, Record, usize), Rejected>;

fn prepare(contact: ImportedContact, region: &str) -> Prepared {
    let line = contact.line;
    let parts = part_names(&contact);
    let (data, assumed) = contact.into_person_data_counting(region);
    match data.normalize() {
        Ok(data) => {
            let mut names = vec![fold_name(&data.name)];
            for n in parts {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            let record = Record::of(&data, names, region);
            Ok((line, Box::new(data), record, assumed))
        }
        Err(error) => Err(Rejected::new(line, RejectKind::Invalid { field: error.field, error: Box::new(error) })),
    }
}

fn plan_prepared(existing: &[Person], prepared: impl IntoIterator<Item = Prepared>, region: &str) -> ImportPlan {
    let prepared = prepared.into_iter();
    let size = existing.len() + prepared.size_hint().0;
    let mut planner = Planner {
        existing,
        region,
        targets: Vec::with_capacity(size),
        by_key: HashMap::with_capacity(size * 2),
        by_name: HashMap::with_capacity(size * 2),
    };
    let known = par_map(existing.iter().collect(), |person: &Person| {
        Record::of(&person.data, vec![fold_name(&person.data.name)], region)
    });
    for (i, record) in known.into_iter().enumerate() {
        planner.add(Data::Known(i), None, record);
    }
    let mut rejected = Vec::new();
    let mut possible_duplicates = Vec::new();
    let mut phones_region_assumed = 0;
    for item in prepared {
        match item {
            Ok((line, data, record, assumed)) => {
                phones_region_assumed += assumed;
                let (found, kept_apart) = planner.find(&record);
                match found {
                    Some(index) => planner.merge_into(index, &data, line, record),
                    None => planner.add(Data::New(data), Some(line), record),
                }
                if let Some((other, key)) = kept_apart {
                    possible_duplicates.push(planner.possible_duplicate(line, other, key));
                }
            }
            Err(r) => rejected.push(r),
        }
    }
    planner.settle_emails();
    let mut entries: Vec<PlanEntry> = planner
        .targets
        .into_iter()
        .filter_map(|t| {
            let line = t.line?;
            let duplicates = t.duplicates;
            Some(match t.data {
                Data::Known(i) => PlanEntry::Unchanged { person: existing[i].id, line, duplicates },
                Data::New(person) => match t.known.map(|i| &existing[i]) {
                    None => PlanEntry::Create { person, line, duplicates },
                    // A merge that added nothing leaves the person as it was.
                    Some(p) if p.data == *person => PlanEntry::Unchanged { person: p.id, line, duplicates },
                    Some(p) => PlanEntry::Merge { into: p.id, merged: person, line, duplicates },
                },
            })
        })
        .collect();
    entries.extend(rejected.into_iter().map(PlanEntry::Rejected));
    entries.sort_by_key(PlanEntry::line);
    ImportPlan { entries, possible_duplicates, phones_region_assumed, ..Default::default() }
}

/// A target's person: one already known (its index among the existing),
/// read from the caller's slice until a merge changes it, or the plan's
/// own copy.
enum Data {
    Known(usize),
    New(Box<PersonData>),
}

/// A person the file may merge into: one already known or one this
/// import creates.
struct Target {
    /// Its index among the existing people, if it is one.
    known: Option<usize>,
    data: Data,
    /// The first line of the file that matched or created it.
    line: Option<usize>,
    duplicates: Vec<usize>,
    /// Its LinkedIn profiles, kept to test conflicts cheaply.
    linkedin: Vec<String>,
    /// The words of each name it goes by, to tell whether a record
    /// sharing its e-mail or phone is the same person.
    words: Vec<Vec<String>>,
}

/// A strong key: the same value means the same person.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    LinkedIn(String),
    Email(String),
    Phone(String),
}

/// The matching keys of one person or record, computed once.
struct Record {
    /// LinkedIn first, then e-mails, then phones: the order of trust.
    keys: Vec<Key>,
    linkedin: Vec<String>,
    /// Each name the record goes by with its company, see [`name_company`].
    names: Vec<String>,
    /// The words of those names, see [`name_words`]; empty when the name
    /// is only an e-mail or a number.
    words: Vec<Vec<String>>,
    birthday: Option<Birthday>,
}

impl Record {
    fn of(data: &PersonData, names: Vec<String>, region: &str) -> Self {
        let linkedin: Vec<String> = data.links.iter().filter_map(|l| linkedin_key(l)).collect();
        let mut keys: Vec<Key> = linkedin.iter().cloned().map(Key::LinkedIn).collect();
        keys.extend(data.emails.iter().map(|e| Key::Email(email_key(e))));
        keys.extend(data.phones.iter().filter_map(|p| phone_key(p, region)).map(Key::Phone));
        let company = data.company.as_deref().map(fold_name).unwrap_or_default();
        let is_address = data.emails.iter().any(|e| fold_name(e) == names.first().map_or("", String::as_str))
            || data.phones.contains(&data.name);
        let words: Vec<Vec<String>> = if is_address {
            Vec::new()
        } else {
            names.iter().map(|n| name_words(n)).filter(|w| !w.is_empty()).collect()
        };
        let names = words.iter().map(|w| name_company(&w.join(" "), &company)).collect();
        Record { keys, linkedin, names, words, birthday: data.birthday }
    }
}

/// `f` over `items` on every core, results in the order of `items`. Below
/// a few thousand items the threads would cost more than they save.
fn par_map<T: Send, U: Send>(mut items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads < 2 || items.len() < 4096 {
        return items.into_iter().map(f).collect();
    }
    let per = items.len().div_ceil(threads);
    let mut parts = Vec::with_capacity(threads);
    while items.len() > per {
        parts.push(items.split_off(items.len() - per));
    }
    parts.push(items);
    parts.reverse();
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> =
            parts.into_iter().map(|part| s.spawn(move || part.into_iter().map(f).collect::<Vec<U>>())).collect();
        // A job panics only on a bug: pass the panic on.
        let mut out = Vec::new();
        for h in handles {
            out.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

struct Planner<'e> {
    existing: &'e [Person],
    region: &'e str,
    targets: Vec<Target>,
    by_key: HashMap<Key, usize>,
    /// Folded name and company, joined by a unit separator, to the
    /// targets bearing them.
    by_name: HashMap<String, Vec<usize>>,
}

impl Planner<'_> {
    fn data(&self, index: usize) -> &PersonData {
        match &self.targets[index].data {
            Data::Known(i) => &self.existing[*i].data,
            Data::New(data) => data,
        }
    }

    /// The target's person, copied from the caller's on its first change.
    fn data_mut(&mut self, index: usize) -> &mut PersonData {
        let target = &mut self.targets[index];
        if let Data::Known(i) = target.data {
            target.data = Data::New(Box::new(self.existing[i].data.clone()));
        }
        match &mut target.data {
            Data::New(data) => data,
            Data::Known(_) => unreachable!("replaced above"),
        }
    }

    fn add(&mut self, data: Data, line: Option<usize>, r: Record) {
        let index = self.targets.len();
        let known = match data {
            Data::Known(i) => Some(i),
            Data::New(_) => None,
        };
        let words = r.words.clone();
        self.targets.push(Target { known, data, line, duplicates: Vec::new(), linkedin: r.linkedin.clone(), words });
        self.index(index, r);
    }

    fn merge_into(&mut self, index: usize, data: &PersonData, line: usize, r: Record) {
        let region = self.region;
        let had_company = self.data(index).company.is_some();
        absorb_with(self.data_mut(index), data, |p| phone_key(p, region).unwrap_or_else(|| p.trim().to_string()));
        let target = &mut self.targets[index];
        match target.line {
            None => target.line = Some(line),
            Some(_) => target.duplicates.push(line),
        }
        for k in &r.linkedin {
            if !target.linkedin.contains(k) {
                target.linkedin.push(k.clone());
            }
        }
        for w in &r.words {
            if !target.words.contains(w) {
                target.words.push(w.clone());
            }
        }
        // A company learnt from this record makes the target findable
        // under its own name and that company.
        let own = self.data(index);
        let learnt = if had_company { None } else { own.company.as_deref().map(fold_name) };
        let own_name = fold_name(&own.name);
        self.index(index, r);
        if let Some(company) = learnt.filter(|_| !own_name.is_empty()) {
            let names = Record {
                keys: Vec::new(),
                linkedin: Vec::new(),
                names: vec![name_company(&name_words(&own_name).join(" "), &company)],
                words: Vec::new(),
                birthday: None,
            };
            self.index(index, names);
        }
    }

    /// Records keys and names for a target; a strong key already held by
    /// another target stays with the first.
    fn index(&mut self, index: usize, r: Record) {
        for key in r.keys {
            self.by_key.entry(key).or_insert(index);
        }
        for name in r.names {
            let slot = self.by_name.entry(name).or_default();
            if !slot.contains(&index) {
                slot.push(index);
            }
        }
    }

    /// The target this record describes, if any, and a target it was
    /// kept apart from although they share an e-mail or phone (with that
    /// key), for the report.
    fn find(&self, r: &Record) -> (Option<usize>, Option<(usize, Key)>) {
        let mut kept_apart = None;
        for key in &r.keys {
            if let Some(&index) = self.by_key.get(key) {
                if self.conflicts(index, r) {
                    continue;
                }
                // A LinkedIn profile is one person whatever the name says.
                if matches!(key, Key::LinkedIn(_)) || self.names_agree(index, r) {
                    return (Some(index), None);
                }
                kept_apart.get_or_insert((index, key.clone()));
            }
        }
        let by_name = r
            .names
            .iter()
            .filter_map(|name| self.by_name.get(name))
            .flatten()
            .copied()
            .find(|&index| !self.conflicts(index, r));
        (by_name, kept_apart.filter(|(other, _)| Some(*other) != by_name))
    }

    /// Whether the target and the record can be one person by their
    /// names: some name of one is, word for word, within a name of the
    /// other. A record named only by an address or a number agrees.
    fn names_agree(&self, index: usize, r: &Record) -> bool {
        let target = &self.targets[index];
        if target.words.is_empty() || r.words.is_empty() {
            return true;
        }
        target.words.iter().any(|a| r.words.iter().any(|b| words_within(a, b) || words_within(b, a)))
    }

    /// The report's line for a record kept apart from target `other`.
    fn possible_duplicate(&self, line: usize, other: usize, key: Key) -> PossibleDuplicate {
        let target = &self.targets[other];
        let (shared, value) = match key {
            Key::Email(e) => ("email", e),
            Key::Phone(p) => ("phone", p),
            Key::LinkedIn(l) => ("linkedin", l),
        };
        PossibleDuplicate {
            line,
            other_line: if target.known.is_none() { target.line } else { None },
            other_person: target.known.map(|i| self.existing[i].id),
            other_name: self.data(other).name.clone(),
            shared: shared.to_string(),
            value,
        }
    }

    /// Two records that cannot be one person: different LinkedIn
    /// profiles, or different birth dates.
    fn conflicts(&self, index: usize, r: &Record) -> bool {
        let target = &self.targets[index];
        let linkedin_conflict = !target.linkedin.is_empty()
            && !r.linkedin.is_empty()
            && !target.linkedin.iter().any(|k| r.linkedin.contains(k));
        let birthday_conflict = match (self.data(index).birthday, r.birthday) {
            (Some(x), Some(y)) => {
                (x.month, x.day) != (y.month, y.day) || matches!((x.year, y.year), (Some(p), Some(q)) if p != q)
            }
            _ => false,
        };
        linkedin_conflict || birthday_conflict
    }

    /// One e-mail belongs to one person. When a strong key kept two
    /// records apart (two LinkedIn profiles, two birth dates) but they
    /// share an address, the first holder keeps it: existing people come
    /// first, so they never lose theirs, and the store never sees a clash.
    fn settle_emails(&mut self) {
        let mut lost: Vec<(usize, String)> = Vec::new();
        {
            let mut owner: HashMap<String, usize> = HashMap::with_capacity(self.targets.len());
            // What the existing people hold now is theirs, whatever a merge
            // brought to someone before them (existing targets come first,
            // in the order of `existing`).
            for (i, p) in self.existing.iter().enumerate() {
                for e in &p.data.emails {
                    owner.insert(email_key(e), i);
                }
            }
            for i in 0..self.targets.len() {
                for e in &self.data(i).emails {
                    let held = *owner.entry(email_key(e)).or_insert(i);
                    if held != i {
                        lost.push((i, e.clone()));
                    }
                }
            }
        }
        for (i, email) in lost {
            self.data_mut(i).emails.retain(|e| *e != email);
        }
    }
}

/// How e-mails compare: as rete keeps them, trimmed, in any case.
fn email_key(email: &str) -> String {
    email_form(email.to_string())
}

/// A folded name and a folded company, joined by a unit separator: the
/// weak key.
fn name_company(name: &str, company: &str) -> String {
    let mut key = String::with_capacity(name.len() + 1 + company.len());
    key.push_str(name);
    key.push('\u{1f}');
    key.push_str(company);
    key
}

/// E.164 when the number is valid, else its digits. Numbers already in
/// E.164 (what rete stores) skip the phone library, which matters when
/// planning against tens of thousands of people.
fn phone_key(raw: &str, region: &str) -> Option<String> {
    let t = raw.trim();
    let is_e164 = t.len() > 8 && t.starts_with('+') && t[1..].bytes().all(|b| b.is_ascii_digit());
    if is_e164 {
        return Some(t.to_string());
    }
    phone::to_e164(t, region).or_else(|| digits_key(t))
}

/// The names a record may be known by besides its display name: "given
/// family" and "family given", folded (a vCard's FN often carries titles
/// the user's own entry lacks).
fn part_names(contact: &ImportedContact) -> Vec<String> {
    match (&contact.given_name, &contact.family_name) {
        (Some(g), Some(f)) => vec![fold_name(&format!("{g} {f}")), fold_name(&format!("{f} {g}"))],
        _ => Vec::new(),
    }
}

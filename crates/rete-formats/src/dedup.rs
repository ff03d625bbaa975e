//! The import planner: for each imported record, create a new person,
//! merge into one already known, or leave that one unchanged. It is pure
//! (people in, plan out) so `--dry-run` shows exactly what a real import
//! would write, and the CLI applies the plan in one transaction.
//!
//! Matching uses strong keys first: the same e-mail (any case), the same
//! phone once in E.164, the same LinkedIn profile. Failing those, the same
//! name and company (accents and case folded), unless the two carry
//! different LinkedIn profiles or different birth dates: those are two
//! people. Records of the file are matched against each other too, so a
//! contact listed twice is created once. Merging only fills what is
//! missing and adds to lists; it never overwrites what the user typed, so
//! importing the same file twice leaves everything unchanged.

use crate::contact::{ImportedContact, ParsedFile, Rejected};
use crate::links::{link_key, linkedin_key};
use crate::phone::{self, digits_key};
use crate::report::ImportReport;
use foldhash::{HashMap, HashMapExt};
use rete_core::person::email_form;
use rete_core::text::fold;
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

/// Every entry, in the order of the file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPlan {
    pub entries: Vec<PlanEntry>,
}

impl ImportPlan {
    /// The counts the user sees, and the JSON of `--json`.
    pub fn report(&self) -> ImportReport {
        let mut report = ImportReport::default();
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
pub fn plan_file(existing: &[Person], parsed: ParsedFile, region: &str) -> ImportPlan {
    plan_import_in(existing, parsed.contacts, region).with_rejected(parsed.rejected)
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

/// A record turned into a person with its matching keys, or rejected.
type Prepared = Result<(usize, Box<PersonData>, Record), Rejected>;

fn prepare(contact: ImportedContact, region: &str) -> Prepared {
    let line = contact.line;
    let parts = part_names(&contact);
    match contact.into_person_data_in(region).normalize() {
        Ok(data) => {
            let mut names = vec![fold_name(&data.name)];
            for n in parts {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            let record = Record::of(&data, names, region);
            Ok((line, Box::new(data), record))
        }
        Err(e) => Err(Rejected { line, reason: e.to_string() }),
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
    for item in prepared {
        match item {
            Ok((line, data, record)) => match planner.find(&record) {
                Some(index) => planner.merge_into(index, &data, line, record),
                None => planner.add(Data::New(data), Some(line), record),
            },
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
    ImportPlan { entries }
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
    birthday: Option<Birthday>,
}

impl Record {
    fn of(data: &PersonData, names: Vec<String>, region: &str) -> Self {
        let linkedin: Vec<String> = data.links.iter().filter_map(|l| linkedin_key(l)).collect();
        let mut keys: Vec<Key> = linkedin.iter().cloned().map(Key::LinkedIn).collect();
        keys.extend(data.emails.iter().map(|e| Key::Email(email_key(e))));
        keys.extend(data.phones.iter().filter_map(|p| phone_key(p, region)).map(Key::Phone));
        let company = data.company.as_deref().map(fold_name).unwrap_or_default();
        let names = names.iter().filter(|n| !n.is_empty()).map(|n| name_company(n, &company)).collect();
        Record { keys, linkedin, names, birthday: data.birthday }
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
        self.targets.push(Target { known, data, line, duplicates: Vec::new(), linkedin: r.linkedin.clone() });
        self.index(index, r);
    }

    fn merge_into(&mut self, index: usize, data: &PersonData, line: usize, r: Record) {
        let region = self.region;
        let had_company = self.data(index).company.is_some();
        merge(self.data_mut(index), data, region);
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
                names: vec![name_company(&own_name, &company)],
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

    /// The target this record describes, if any.
    fn find(&self, r: &Record) -> Option<usize> {
        for key in &r.keys {
            if let Some(&index) = self.by_key.get(key) {
                if !self.conflicts(index, r) {
                    return Some(index);
                }
            }
        }
        r.names
            .iter()
            .filter_map(|name| self.by_name.get(name))
            .flatten()
            .copied()
            .find(|&index| !self.conflicts(index, r))
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

/// Case- and accent-folded, spaces collapsed. ASCII text (most names in
/// a large export) skips Unicode decomposition, with the same result.
fn fold_name(text: &str) -> String {
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

/// Fills what `into` lacks from `from` and adds list items it does not
/// have; never replaces a value already there.
fn merge(into: &mut PersonData, from: &PersonData, region: &str) {
    fill(&mut into.company, &from.company);
    fill(&mut into.role, &from.role);
    fill(&mut into.department, &from.department);
    fill(&mut into.city, &from.city);
    fill(&mut into.sector, &from.sector);
    fill(&mut into.met_at, &from.met_at);
    fill(&mut into.notes, &from.notes);
    if into.met_on.is_none() {
        into.met_on = from.met_on;
    }
    match (&mut into.birthday, from.birthday) {
        (None, b) => into.birthday = b,
        // A year-less birthday learns its year from the same day and month.
        (Some(have), Some(new)) if have.year.is_none() && (have.month, have.day) == (new.month, new.day) => {
            have.year = new.year
        }
        _ => {}
    }
    union(&mut into.emails, &from.emails, |e| Some(e.to_lowercase()));
    union(&mut into.phones, &from.phones, |p| phone_key(p, region).or_else(|| Some(p.trim().to_string())));
    union(&mut into.links, &from.links, |l| Some(linkedin_key(l).unwrap_or_else(|| link_key(l))));
    union(&mut into.tags, &from.tags, |t| Some(fold(t.trim())));
}

fn fill(slot: &mut Option<String>, from: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(from);
    }
}

/// Appends the items of `from` whose key is not in `into` yet.
fn union(into: &mut Vec<String>, from: &[String], key: impl Fn(&str) -> Option<String>) {
    for item in from {
        let k = key(item);
        if !into.iter().any(|have| key(have) == k) {
            into.push(item.clone());
        }
    }
}

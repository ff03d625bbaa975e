//! The current set of members, reduced to what scoring and explaining need:
//! for each member its id, language and the ids of its phrases. Phrases and
//! stems are interned once for the whole community, so a phrase that a
//! thousand members wrote is analysed (folded, split, stemmed) once, and a
//! member costs a few bytes per phrase instead of its strings.

use std::collections::HashMap;

use crate::error::MatchError;
use crate::profile::{Lang, Profile};
use crate::text::TextPipeline;

/// Index of a stem in the engine's vocabulary. Offers, seeks and interests
/// share one id space; each TF-IDF space keeps its own document frequencies.
pub(crate) type TermId = u32;
/// Index of an interned (language, phrase) pair.
pub(crate) type PhraseId = u32;

/// The three text fields of a profile, as array indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Offers = 0,
    Seeks = 1,
    Interests = 2,
}

impl Field {
    pub(crate) const ALL: [Field; 3] = [Field::Offers, Field::Seeks, Field::Interests];
}

/// An analysed phrase: its text as written (for explanations) and its terms.
#[derive(Debug)]
pub(crate) struct Phrase {
    pub text: Box<str>,
    pub lang: Lang,
    pub terms: Box<[TermId]>,
}

/// One member: the phrases of each field, in the order written.
#[derive(Debug)]
pub(crate) struct Member {
    pub id: u64,
    pub fields: [Box<[PhraseId]>; 3],
}

/// Members in a stable order (input order, new members appended), with the
/// interned phrases and stems they point to.
#[derive(Debug, Default)]
pub(crate) struct Members {
    pipeline: TextPipeline,
    stems: Vec<Box<str>>,
    stem_ids: HashMap<Box<str>, TermId>,
    phrases: Vec<Phrase>,
    phrase_ids: [HashMap<Box<str>, PhraseId>; 2],
    list: Vec<Member>,
    slots: HashMap<u64, u32>,
}

impl Members {
    /// Analyses `profiles` in order; a repeated id is an error.
    pub fn from_profiles(profiles: Vec<Profile>) -> Result<Members, MatchError> {
        let mut m = Members::default();
        m.list.reserve(profiles.len());
        m.slots.reserve(profiles.len());
        for p in profiles {
            if m.slots.contains_key(&p.id) {
                return Err(MatchError::DuplicateId(p.id));
            }
            m.push(p)?;
        }
        Ok(m)
    }

    /// Adds a new member at the end, or replaces the one with the same id in
    /// place (its position, and so its place in batch output, is kept).
    pub fn upsert(&mut self, p: Profile) -> Result<(), MatchError> {
        match self.slots.get(&p.id) {
            Some(&slot) => {
                let member = self.analyse(p);
                self.list[slot as usize] = member;
                Ok(())
            }
            None => self.push(p),
        }
    }

    /// Removes a member; later members move up one place. False when absent.
    pub fn remove(&mut self, id: u64) -> bool {
        let Some(slot) = self.slots.remove(&id) else {
            return false;
        };
        self.list.remove(slot as usize);
        for s in self.slots.values_mut() {
            if *s > slot {
                *s -= 1;
            }
        }
        true
    }

    fn push(&mut self, p: Profile) -> Result<(), MatchError> {
        let slot = u32::try_from(self.list.len())
            .ok()
            .filter(|&s| s < u32::MAX)
            .ok_or(MatchError::TooManyProfiles(self.list.len() + 1))?;
        self.slots.insert(p.id, slot);
        let member = self.analyse(p);
        self.list.push(member);
        Ok(())
    }

    fn analyse(&mut self, p: Profile) -> Member {
        let lang = p.lang;
        let fields = [p.offers, p.seeks, p.interests]
            .map(|phrases| phrases.iter().map(|t| self.intern_phrase(t, lang)).collect());
        Member { id: p.id, fields }
    }

    fn intern_phrase(&mut self, text: &str, lang: Lang) -> PhraseId {
        if let Some(&id) = self.phrase_ids[lang.index()].get(text) {
            return id;
        }
        let terms = self.pipeline.terms(text, lang).into_iter().map(|stem| self.intern_stem(stem)).collect();
        // Phrase ids stay below the member count times phrases per member,
        // far from u32::MAX when slots fit in u32; saturate rather than wrap.
        let id = PhraseId::try_from(self.phrases.len()).unwrap_or(PhraseId::MAX);
        self.phrases.push(Phrase { text: text.into(), lang, terms });
        self.phrase_ids[lang.index()].insert(text.into(), id);
        id
    }

    fn intern_stem(&mut self, stem: String) -> TermId {
        if let Some(&id) = self.stem_ids.get(stem.as_str()) {
            return id;
        }
        let id = TermId::try_from(self.stems.len()).unwrap_or(TermId::MAX);
        let stem: Box<str> = stem.into();
        self.stems.push(stem.clone());
        self.stem_ids.insert(stem, id);
        id
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn members(&self) -> &[Member] {
        &self.list
    }

    pub fn slot(&self, id: u64) -> Option<usize> {
        self.slots.get(&id).map(|&s| s as usize)
    }

    pub fn phrase(&self, id: PhraseId) -> &Phrase {
        &self.phrases[id as usize]
    }

    /// Number of distinct stems ever seen (term ids are below it).
    pub fn vocabulary_len(&self) -> usize {
        self.stems.len()
    }

    pub fn pipeline(&self) -> &TextPipeline {
        &self.pipeline
    }

    /// All terms of one field of one member, repeats kept.
    pub fn field_terms(&self, slot: usize, field: Field) -> impl Iterator<Item = TermId> + '_ {
        self.list[slot].fields[field as usize].iter().flat_map(|&p| self.phrases[p as usize].terms.iter().copied())
    }
}

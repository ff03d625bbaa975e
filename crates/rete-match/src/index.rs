//! The numeric side of the engine: TF-IDF weights of every member's fields
//! as sparse unit vectors, and the same weights transposed into postings
//! (for each term, the members whose field holds it). Derived entirely from
//! [`Members`], so it can be thrown away and rebuilt after any change, which
//! keeps scores exact without re-analysing any text.

use crate::members::{Field, Members, TermId};

/// One non-zero of a sparse vector: a term (in a member's row) or a member
/// slot (in a posting list), and its weight.
///
/// Weights are f32: they halve the memory traffic of the hot loops, and the
/// scores stay within about 1e-7 of the float64 reference, far inside the
/// 1e-4 MATCHING.md allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Entry {
    pub key: u32,
    pub w: f32,
}

/// Compressed sparse rows: row `r` is `entries[start[r]..start[r + 1]]`,
/// keys ascending.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    start: Vec<usize>,
    entries: Vec<Entry>,
}

impl Rows {
    /// Row `r`; empty past the last row.
    pub fn row(&self, r: usize) -> &[Entry] {
        &self.entries[self.span(r)]
    }

    pub fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }

    /// Where row `r` lies in [`Rows::entries`].
    pub fn span(&self, r: usize) -> std::ops::Range<usize> {
        match (self.start.get(r), self.start.get(r + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Rows of raw term counts (weight = tf) of one field of every member.
    fn term_counts(members: &Members, field: Field) -> Rows {
        let mut rows = Rows { start: Vec::with_capacity(members.len() + 1), entries: Vec::new() };
        rows.start.push(0);
        let mut terms: Vec<TermId> = Vec::new();
        for slot in 0..members.len() {
            terms.clear();
            terms.extend(members.field_terms(slot, field));
            terms.sort_unstable();
            let row_start = rows.entries.len();
            for &t in &terms {
                match rows.entries[row_start..].last_mut() {
                    Some(e) if e.key == t => e.w += 1.0,
                    _ => rows.entries.push(Entry { key: t, w: 1.0 }),
                }
            }
            rows.start.push(rows.entries.len());
        }
        rows
    }

    /// Adds one to `df[t]` for every term of every row.
    fn count_documents(&self, df: &mut [u32]) {
        for e in &self.entries {
            df[e.key as usize] += 1;
        }
    }

    /// Turns raw counts into L2-normalised `tf * idf` (computed in f64,
    /// stored in f32).
    fn weigh(&mut self, idf: &[f64]) {
        for r in 0..self.len() {
            let row = &mut self.entries[self.start[r]..self.start[r + 1]];
            let norm = row
                .iter()
                .map(|e| {
                    let x = f64::from(e.w) * idf[e.key as usize];
                    x * x
                })
                .sum::<f64>()
                .sqrt();
            for e in row.iter_mut() {
                // Empty rows never get here; a row's norm is > 0 as idf >= 1.
                e.w = (f64::from(e.w) * idf[e.key as usize] / norm) as f32;
            }
        }
    }

    /// The transpose: for each of `keys` columns, the rows holding it, rows
    /// ascending (a counting sort, linear time).
    fn transpose(&self, keys: usize) -> Rows {
        let mut start = vec![0usize; keys + 1];
        for e in &self.entries {
            start[e.key as usize + 1] += 1;
        }
        for i in 0..keys {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut entries = vec![Entry { key: 0, w: 0.0 }; self.entries.len()];
        for r in 0..self.len() {
            for e in self.row(r) {
                let at = &mut fill[e.key as usize];
                // Slots fit in u32: Members refuses more.
                entries[*at] = Entry { key: r as u32, w: e.w };
                *at += 1;
            }
        }
        Rows { start, entries }
    }

    fn heap_bytes(&self) -> usize {
        self.start.capacity() * std::mem::size_of::<usize>() + self.entries.capacity() * std::mem::size_of::<Entry>()
    }
}

/// `ln((1 + D) / (1 + df)) + 1`, scikit-learn's smooth idf, for every term.
fn smooth_idf(df: &[u32], documents: usize) -> Vec<f64> {
    let d = documents as f64;
    df.iter().map(|&n| ((1.0 + d) / (1.0 + f64::from(n))).ln() + 1.0).collect()
}

/// Terms an [`InterestCard`] holds; members with more (well under 1%) are
/// read from the rows instead.
const CARD_TERMS: usize = 8;
/// `terms[0]` of a card whose member has more than [`CARD_TERMS`] terms.
const OVERFLOW: u32 = u32::MAX;
/// Term of an unused place of a card (its weight is 0).
const UNUSED: u32 = u32::MAX - 1;

/// One member's interests vector in a single cache line, so that scoring a
/// candidate's shared interests costs one cache miss instead of two (row
/// start, row).
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(crate) struct InterestCard {
    terms: [u32; CARD_TERMS],
    weights: [f32; CARD_TERMS],
}

impl InterestCard {
    fn new(row: &[Entry]) -> InterestCard {
        let mut card = InterestCard { terms: [UNUSED; CARD_TERMS], weights: [0.0; CARD_TERMS] };
        if row.len() > CARD_TERMS {
            card.terms[0] = OVERFLOW;
        } else {
            for (i, e) in row.iter().enumerate() {
                card.terms[i] = e.key;
                card.weights[i] = e.w;
            }
        }
        card
    }

    /// Reads the card, so that a later [`InterestCard::dot`] finds it in
    /// the cache.
    pub fn first_term(&self) -> u32 {
        self.terms[0]
    }

    /// The cosine with a dense query vector, summed in ascending term order
    /// (like every other path: see the search module), or `None` when the
    /// vector did not fit and must be read from the rows.
    pub fn dot(&self, dense: &[f32]) -> Option<f32> {
        if self.terms[0] == OVERFLOW {
            return None;
        }
        Some(
            self.terms
                .iter()
                .zip(&self.weights)
                .fold(0.0f32, |acc, (&t, &w)| acc + dense.get(t as usize).copied().unwrap_or(0.0) * w),
        )
    }
}

/// The bit of each interest term in [`InterestKey::mask`]: bits go to
/// terms by falling document frequency, so the common (often shared)
/// interests are told apart exactly and only rare ones share the last bit.
fn interest_bits(df: &[u32]) -> Vec<u8> {
    let mut by_df: Vec<usize> = (0..df.len()).filter(|&t| df[t] > 0).collect();
    by_df.sort_unstable_by_key(|&t| (std::cmp::Reverse(df[t]), t));
    let mut bit = vec![63u8; df.len()];
    for (rank, &t) in by_df.iter().take(63).enumerate() {
        bit[t] = rank as u8;
    }
    bit
}

/// Runs the three jobs on threads of their own, results in order.
fn in_parallel<T: Send>(jobs: [impl FnOnce() -> T + Send; 3]) -> [T; 3] {
    std::thread::scope(|s| {
        // A job panics only on a bug: pass the panic on.
        jobs.map(|job| s.spawn(job)).map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })
}

/// Unit TF-IDF vectors of all members, by member and by term.
#[derive(Debug, Default)]
pub(crate) struct Index {
    /// Member id of each slot.
    pub ids: Vec<u64>,
    /// By slot: the three fields' vectors, indexed by [`Field`].
    pub by_member: [Rows; 3],
    /// By term: the postings of each field, indexed by [`Field`].
    pub by_term: [Rows; 3],
    /// By slot: the cheap summary of the member's interests the search
    /// reads for every candidate, see [`InterestKey`].
    pub interest_keys: Vec<InterestKey>,
    /// By slot: the interests vector in one cache line, see [`InterestCard`].
    pub interest_cards: Vec<InterestCard>,
    /// By term: the largest interests weight any member has for it, to bound
    /// a shared-interests cosine without reading the other member's vector.
    pub interest_max: Vec<f32>,
    /// By term: the bit of [`InterestKey::mask`] it sets.
    pub interest_bit: Vec<u8>,
}

/// What the search reads of a candidate's interests before deciding
/// whether to read them: 16 bytes, one cache miss for both.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
pub(crate) struct InterestKey {
    /// A 64-bit summary of the interest terms (the 63 most common terms one
    /// bit each, every other term bit 63). Members whose masks do not meet
    /// share no interest, and the mask bounds the cosine when they do.
    pub mask: u64,
    /// The largest shared-interests cosine the member could have with
    /// anyone (its weights times the terms' largest weights, see
    /// [`shared_reach`]). A pair shares at most the smaller of the two.
    pub reach: f32,
}

/// Largest `shared` can be, with room for f32 rounding of unit vectors.
pub(crate) const SHARED_MAX: f64 = 1.0 + 1e-5;
/// Slack on bounds of sums computed in f32 (a handful of terms, each
/// rounding by at most 6e-8 relative).
pub(crate) const ROUNDING: f64 = 1.0 + 1e-5;

/// A bound on a shared-interests cosine from the products of one side's
/// weights with the largest weights of the same terms.
pub(crate) fn shared_reach(products: impl Iterator<Item = f64>) -> f32 {
    (products.sum::<f64>() * ROUNDING).min(SHARED_MAX) as f32
}

impl Index {
    /// Computes weights and postings for the current members: the exchange
    /// space counts offers and seeks as 2N documents, interests as N.
    pub fn build(members: &Members) -> Index {
        let n = members.len();
        let terms = members.vocabulary_len();
        // The three fields are independent: each gets a thread (the
        // batch's index of 100,000 members takes a third less).
        let mut by_member = in_parallel(Field::ALL.map(|f| move || Rows::term_counts(members, f)));

        let mut df_exchange = vec![0u32; terms];
        by_member[Field::Offers as usize].count_documents(&mut df_exchange);
        by_member[Field::Seeks as usize].count_documents(&mut df_exchange);
        let idf_exchange = smooth_idf(&df_exchange, 2 * n);
        let mut df_interests = vec![0u32; terms];
        by_member[Field::Interests as usize].count_documents(&mut df_interests);
        let idf_interests = smooth_idf(&df_interests, n);

        by_member[Field::Offers as usize].weigh(&idf_exchange);
        by_member[Field::Seeks as usize].weigh(&idf_exchange);
        by_member[Field::Interests as usize].weigh(&idf_interests);
        let by_term = {
            let rows = &by_member;
            in_parallel([0, 1, 2].map(|f| move || rows[f].transpose(terms)))
        };
        let interest_bit = interest_bits(&df_interests);
        let interests = &by_member[Field::Interests as usize];
        let interest_cards = (0..n).map(|r| InterestCard::new(interests.row(r))).collect();
        let interests_t = &by_term[Field::Interests as usize];
        let interest_max: Vec<f32> =
            (0..terms).map(|t| interests_t.row(t).iter().fold(0.0f32, |m, e| m.max(e.w))).collect();
        let interest_keys = (0..n)
            .map(|r| {
                let row = interests.row(r);
                InterestKey {
                    mask: row.iter().fold(0u64, |m, e| m | 1u64 << interest_bit[e.key as usize]),
                    reach: shared_reach(row.iter().map(|e| f64::from(e.w) * f64::from(interest_max[e.key as usize]))),
                }
            })
            .collect();
        Index {
            ids: members.members().iter().map(|m| m.id).collect(),
            by_member,
            by_term,
            interest_keys,
            interest_cards,
            interest_max,
            interest_bit,
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Heap memory held, for the benchmark's report.
    pub fn heap_bytes(&self) -> usize {
        self.ids.capacity() * 8
            + self.interest_keys.capacity() * std::mem::size_of::<InterestKey>()
            + self.interest_cards.capacity() * std::mem::size_of::<InterestCard>()
            + self.interest_max.capacity() * 4
            + self.interest_bit.capacity()
            + self.by_member.iter().chain(self.by_term.iter()).map(Rows::heap_bytes).sum::<usize>()
    }
}

//! Helpers shared by the integration tests: the fixture, an independent
//! brute-force scorer written straight from MATCHING.md (f64, every pair),
//! and a tie-aware comparison of top-k lists.

// Test helpers may panic: a broken fixture should fail the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)] // each test binary uses its own subset

use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use rete_match::text::TextPipeline;
use rete_match::{read_profiles, Profile};

/// Scores closer than this are a tie: the engine sums in f32, the brute
/// force in f64, so equal scores may differ in the last bits.
pub const TIE: f64 = 1e-6;

pub fn data(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// The 1500 profiles of `gen_profiles.py --n 1500 --seed 7`.
pub fn fixture() -> Vec<Profile> {
    let file = File::open(data("profiles-1500-seed7.jsonl")).expect("fixture");
    read_profiles(BufReader::new(file)).expect("fixture parses")
}

type Sparse = Vec<(usize, f64)>;

/// Every pair's score, by the definition and nothing else.
pub struct BruteForce {
    ids: Vec<u64>,
    offers: Vec<Sparse>,
    seeks: Vec<Sparse>,
    interests: Vec<Sparse>,
}

impl BruteForce {
    pub fn new(profiles: &[Profile]) -> BruteForce {
        let text = TextPipeline::new();
        let mut vocab: HashMap<String, usize> = HashMap::new();
        let mut counts = |phrases: &[String], lang| -> HashMap<usize, f64> {
            let mut tf = HashMap::new();
            for p in phrases {
                for stem in text.terms(p, lang) {
                    let n = vocab.len();
                    let t = *vocab.entry(stem).or_insert(n);
                    *tf.entry(t).or_insert(0.0) += 1.0;
                }
            }
            tf
        };
        let offers: Vec<_> = profiles.iter().map(|p| counts(&p.offers, p.lang)).collect();
        let seeks: Vec<_> = profiles.iter().map(|p| counts(&p.seeks, p.lang)).collect();
        let interests: Vec<_> = profiles.iter().map(|p| counts(&p.interests, p.lang)).collect();
        let idf = |docs: &[&Vec<HashMap<usize, f64>>]| -> HashMap<usize, f64> {
            let mut df: HashMap<usize, f64> = HashMap::new();
            let mut n = 0.0;
            for field in docs {
                for doc in field.iter() {
                    n += 1.0;
                    for &t in doc.keys() {
                        *df.entry(t).or_insert(0.0) += 1.0;
                    }
                }
            }
            df.into_iter().map(|(t, d)| (t, ((1.0 + n) / (1.0 + d)).ln() + 1.0)).collect()
        };
        let idf_exchange = idf(&[&offers, &seeks]);
        let idf_interests = idf(&[&interests]);
        let unit = |docs: Vec<HashMap<usize, f64>>, idf: &HashMap<usize, f64>| -> Vec<Sparse> {
            docs.into_iter()
                .map(|tf| {
                    let mut v: Sparse = tf.into_iter().map(|(t, c)| (t, c * idf[&t])).collect();
                    let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
                    v.iter_mut().for_each(|(_, x)| *x /= norm);
                    v.sort_by_key(|e| e.0);
                    v
                })
                .collect()
        };
        BruteForce {
            ids: profiles.iter().map(|p| p.id).collect(),
            offers: unit(offers, &idf_exchange),
            seeks: unit(seeks, &idf_exchange),
            interests: unit(interests, &idf_interests),
        }
    }

    fn dot(x: &Sparse, y: &Sparse) -> f64 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].0.cmp(&y[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += x[i].1 * y[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// Score of the profiles at positions `a` and `b`.
    pub fn score(&self, a: usize, b: usize) -> f64 {
        let s_ab = Self::dot(&self.seeks[a], &self.offers[b]);
        let s_ba = Self::dot(&self.seeks[b], &self.offers[a]);
        let gg = if s_ab > 0.0 && s_ba > 0.0 { 2.0 * s_ab * s_ba / (s_ab + s_ba) } else { 0.0 };
        0.8 * gg + 0.2 * Self::dot(&self.interests[a], &self.interests[b])
    }

    /// Every other profile's score for the profile at position `a`, by id.
    pub fn row(&self, a: usize) -> HashMap<u64, f64> {
        (0..self.ids.len())
            .filter(|&b| b != a)
            .map(|b| (self.ids[b], self.score(a, b)))
            .filter(|&(_, s)| s > 0.0)
            .collect()
    }

    /// The exact top-k of position `a`: best first, ties by lower id.
    pub fn top_k(&self, a: usize, k: usize) -> Vec<(u64, f64)> {
        let mut all: Vec<(u64, f64)> = self.row(a).into_iter().collect();
        all.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        all.truncate(k);
        all
    }
}

/// Checks one member's top-k against the exact row of scores: same length,
/// the same score at every rank (within [`TIE`]), every listed id scored
/// right, and the same ids except among those tied with the k-th.
pub fn assert_top_k(who: u64, got: &[(u64, f64)], row: &HashMap<u64, f64>, k: usize) {
    let mut want: Vec<(u64, f64)> = row.iter().map(|(&i, &s)| (i, s)).collect();
    want.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    want.truncate(k);
    assert_eq!(got.len(), want.len(), "member {who}: list length");
    for (rank, (g, w)) in got.iter().zip(&want).enumerate() {
        assert!((g.1 - w.1).abs() <= TIE, "member {who} rank {rank}: score {} vs exact {}", g.1, w.1);
        let exact = row.get(&g.0).copied().unwrap_or(0.0);
        assert!((g.1 - exact).abs() <= TIE, "member {who}: {} listed with {} but scores {exact}", g.0, g.1);
    }
    for pair in got.windows(2) {
        let ordered = pair[0].1 > pair[1].1 || (pair[0].1 == pair[1].1 && pair[0].0 < pair[1].0);
        assert!(ordered, "member {who}: not best first, ties by id: {pair:?}");
    }
    if let Some(&(_, last)) = want.last() {
        let sure = |list: &[(u64, f64)]| -> Vec<u64> {
            let mut ids: Vec<u64> = list.iter().filter(|(i, _)| row[i] > last + TIE).map(|(i, _)| *i).collect();
            ids.sort_unstable();
            ids
        };
        assert_eq!(sure(got), sure(&want), "member {who}: ids above the k-th");
    }
}

//! Table plans (tables of three or more): a design when one applies, local search otherwise;
//! and which mix of table sizes a design takes to the rounds asked.

use crate::design::{self, Built};
use crate::mix::table_counts;
use crate::mix::{pairs_per_round, repeat_free_bound};
use crate::relabel::hide_ties;
use crate::request::{Method, MixOption};
use crate::score::{repeat_lower_bound, score};
use crate::search::{local_search, Stop};
use std::time::{Duration, Instant};

/// Rounds of a table plan and how they were made.
#[derive(Debug)]
pub(crate) struct TableRounds {
    pub rounds: Vec<Vec<Vec<usize>>>,
    pub method: Method,
    pub detail: String,
}

/// Whether the design for this mix was already looked for (when the mix was chosen).
#[derive(Debug)]
pub(crate) enum Tried {
    /// not yet: [`plan_tables`] looks for it
    Not,
    /// yes, with this outcome
    Already(Option<Built>),
}

/// Plans `rounds` rounds of `n` people seated as `sizes` (from [`crate::mix::table_sizes`]).
// The request's parts travel apart: pairs and mixes need different subsets of them.
#[allow(clippy::too_many_arguments)]
pub(crate) fn plan_tables(
    n: usize,
    s: usize,
    sizes: &[usize],
    rounds: usize,
    ties: &[(usize, usize)],
    seed: u64,
    budget: Duration,
    design: Tried,
) -> TableRounds {
    let start = Instant::now();
    let deadline = start + budget;
    if sizes.len() == 1 {
        return TableRounds {
            rounds: vec![vec![(0..n).collect()]; rounds],
            method: Method::SingleTable,
            detail: format!("everyone at one table of {n}"),
        };
    }
    let bound = repeat_free_bound(n, sizes);
    let need = rounds.min(bound);
    let lower = repeat_lower_bound(n, rounds, pairs_per_round(sizes), ties.len());
    let designable = sizes.iter().all(|&k| k == s || (s >= 4 && k == s - 1));
    let built = match design {
        Tried::Already(built) => built,
        Tried::Not if designable => design::build(n, s, sizes.len(), need, start + budget / 2),
        Tried::Not => None,
    };
    match built {
        Some(mut b) => {
            if !ties.is_empty() {
                hide_ties(n, &mut b.rounds, ties, seed, deadline);
            }
            if rounds > b.rounds.len() || score(&b.rounds, ties).repeats > 0 {
                let why = if rounds > b.rounds.len() { "rounds beyond the bound" } else { "ties" };
                let rounds =
                    local_search(n, sizes, rounds, ties, b.rounds, seed, Stop { deadline, lower_bound: lower });
                TableRounds {
                    rounds,
                    method: Method::DesignThenLocalSearch,
                    detail: format!("{}, then local search for {why}", b.detail),
                }
            } else {
                TableRounds { rounds: b.rounds, method: b.method, detail: b.detail }
            }
        }
        None => TableRounds {
            rounds: local_search(n, sizes, rounds, ties, Vec::new(), seed, Stop { deadline, lower_bound: lower }),
            method: Method::LocalSearch,
            detail: "greedy rounds improved by tabu search over swaps within a round".to_string(),
        },
    }
}

/// Whether a design takes `n` people seated as `sizes` (tables of `s` and `s − 1`, `s` the
/// largest) to `rounds` rounds without repeats; the design comes back too, so the plan of
/// the mix chosen does not look for it again.
pub(crate) fn weigh(n: usize, sizes: &[usize], rounds: usize, deadline: Instant) -> (MixOption, Tried) {
    let s = sizes.iter().copied().max().unwrap_or(0);
    let repeat_free_bound = repeat_free_bound(n, sizes);
    let option = |reached_by: Option<String>| MixOption { tables: table_counts(sizes), repeat_free_bound, reached_by };
    let designable = s >= 3 && sizes.iter().all(|&k| k == s || (s >= 4 && k == s - 1));
    if rounds == 1 {
        return (option(Some("a single round: any seating".to_string())), Tried::Not);
    }
    if sizes.len() == 1 || rounds > repeat_free_bound || !designable {
        return (option(None), Tried::Not);
    }
    let built = design::build(n, s, sizes.len(), rounds, deadline);
    (option(built.as_ref().map(|b| b.detail.clone())), Tried::Already(built))
}

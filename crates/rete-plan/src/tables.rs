//! Table plans (tables of three or more): a design when one applies, local search otherwise.

use crate::design;
use crate::mix::{pairs_per_round, repeat_free_bound};
use crate::relabel::hide_ties;
use crate::request::Method;
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

/// Plans `rounds` rounds of `n` people seated as `sizes` (from [`crate::mix::table_sizes`]).
pub(crate) fn plan_tables(
    n: usize,
    s: usize,
    sizes: &[usize],
    rounds: usize,
    ties: &[(usize, usize)],
    seed: u64,
    budget: Duration,
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
    let built = if designable { design::build(n, s, need, start + budget / 2) } else { None };
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

//! The entry point: validates a request, dispatches to pairs or tables, and scores the result.

use crate::error::PlanError;
use crate::mix::{repeat_free_bound, table_counts, table_sizes};
use crate::pairs::plan_pairs;
use crate::request::{Method, Plan, PlanRequest, TableCount};
use crate::score::score;
use crate::tables::plan_tables;

/// Most people planned: the planner keeps people × people matrices.
pub const MAX_PEOPLE: usize = 5000;

/// Plans a speed-networking event; see the crate documentation.
pub fn plan(req: &PlanRequest) -> Result<Plan, PlanError> {
    let n = req.people;
    if n < 2 {
        return Err(PlanError::TooFewPeople(n));
    }
    if n > MAX_PEOPLE {
        return Err(PlanError::TooManyPeople { got: n, max: MAX_PEOPLE });
    }
    if req.table_size < 2 {
        return Err(PlanError::TableTooSmall(req.table_size));
    }
    if req.rounds == 0 {
        return Err(PlanError::NoRounds);
    }
    if let Some(&(a, b)) = req.ties.iter().find(|&&(a, b)| a >= n || b >= n) {
        return Err(PlanError::TieOutOfRange(a, b, n));
    }
    let mut ties: Vec<(usize, usize)> =
        req.ties.iter().filter(|(a, b)| a != b).map(|&(a, b)| if a < b { (a, b) } else { (b, a) }).collect();
    ties.sort_unstable();
    ties.dedup();

    let (mut rounds, rests, tables, method, detail, bound) = if req.table_size == 2 {
        let p = plan_pairs(n, req.rounds, &ties, req.weight, req.seed);
        let (method, detail) = if p.round_robin == 0 {
            (Method::MaxWeightMatching, "maximum-weight matching (blossom) among pairs not yet met".to_string())
        } else if p.matched <= 1 {
            (
                Method::RoundRobin,
                "round-robin (circle method) relabelled so round 1 is the maximum-weight matching".to_string(),
            )
        } else {
            (
                Method::MatchingThenRoundRobin,
                format!(
                    "maximum-weight matching for {} rounds, round-robin (circle method) for {}",
                    p.matched, p.round_robin
                ),
            )
        };
        let bound = if n.is_multiple_of(2) { n - 1 } else { n };
        (p.rounds, p.rests, vec![TableCount { size: 2, count: n / 2 }], method, detail, bound)
    } else {
        let sizes = table_sizes(n, req.table_size);
        let t = plan_tables(n, req.table_size, &sizes, req.rounds, &ties, req.seed, req.budget);
        let bound = repeat_free_bound(n, &sizes);
        (t.rounds, vec![Vec::new(); req.rounds], table_counts(&sizes), t.method, t.detail, bound)
    };
    for round in &mut rounds {
        for t in round.iter_mut() {
            t.sort_unstable();
        }
        round.sort();
    }
    let s = score(&rounds, &ties);
    Ok(Plan {
        rounds,
        rests,
        repeats: s.repeats,
        pairs_met: s.pairs_met,
        tables,
        method,
        method_detail: detail,
        repeat_free_bound: Some(bound),
        beyond_bound: req.rounds > bound,
    })
}

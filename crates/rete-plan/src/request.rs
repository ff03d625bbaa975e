//! The planner's input ([`PlanRequest`]) and output ([`Plan`]), kept apart from
//! the algorithms so the CLI can depend on their shape alone.

use serde::Serialize;
use std::fmt;
use std::time::Duration;

/// What to plan: `people` indices `0..people`, tables of `table_size`, `rounds` rounds.
#[derive(Clone, Copy)]
pub struct PlanRequest<'a> {
    /// number of people, indexed `0..people`
    pub people: usize,
    /// people per table; 2 plans pairs
    pub table_size: usize,
    /// rounds wanted
    pub rounds: usize,
    /// pairs (i, j) who already know each other: avoided like repeats
    pub ties: &'a [(usize, usize)],
    /// give-give score of a pair, symmetric, >= 0 (only used when table_size == 2; None = all equal)
    pub weight: Option<&'a (dyn Fn(usize, usize) -> f64 + Sync)>,
    /// seed for the randomised parts (deterministic output for a seed when the search
    /// finishes before the budget)
    pub seed: u64,
    /// time budget for the searches
    pub budget: Duration,
    /// Table sizes the organiser allows: one size, or two adjacent ones (`[4, 5]`). The
    /// planner then picks the mix of them that a construction takes to `rounds` without
    /// repeats, fewest tables first. `None`: ⌈N/S⌉ tables of `table_size` (and S−1), with
    /// a mix of more, smaller tables only offered ([`Plan::offer`]) when that one falls short.
    pub allowed: Option<&'a [usize]>,
}

impl<'a> PlanRequest<'a> {
    /// A request with no ties, equal weights, seed 0 and a 5 second budget.
    pub fn new(people: usize, table_size: usize, rounds: usize) -> PlanRequest<'static> {
        PlanRequest {
            people,
            table_size,
            rounds,
            ties: &[],
            weight: None,
            seed: 0,
            budget: Duration::from_secs(5),
            allowed: None,
        }
    }
}

impl fmt::Debug for PlanRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PlanRequest")
            .field("people", &self.people)
            .field("table_size", &self.table_size)
            .field("rounds", &self.rounds)
            .field("ties", &self.ties.len())
            .field("weight", &self.weight.is_some())
            .field("seed", &self.seed)
            .field("budget", &self.budget)
            .field("allowed", &self.allowed)
            .finish()
    }
}

/// How many tables of one size each round has (the same mix every round).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TableCount {
    /// people at such a table
    pub size: usize,
    /// tables of that size per round
    pub count: usize,
}

/// One way to seat everyone every round with tables of the allowed sizes, and whether a
/// construction reaches the rounds asked with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MixOption {
    /// the tables of every round, largest first
    pub tables: Vec<TableCount>,
    /// proven upper bound on the rounds that can be free of repeats with these tables
    pub repeat_free_bound: usize,
    /// the construction that gives the rounds asked without repeats with these tables, when
    /// one is known and found in time (e.g. "transversal design TD(5,7) minus 6 people who
    /// never meet"); `None` beyond the best known
    pub reached_by: Option<String>,
}

/// The construction or algorithm that produced the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// everyone fits at one table
    SingleTable,
    /// parallel classes of lines of an affine geometry AG(m, q)
    AffineGeometry,
    /// parallel classes of a resolvable transversal design TD(k, q) built from AG(2, q)
    TransversalDesign,
    /// a Kirkman-style resolvable design developed cyclically from base blocks found by exact search
    CyclicDesign,
    /// a resolvable group divisible design with groups of two, developed cyclically
    GroupDivisibleDesign,
    /// a Kirkman triple system on 3v points from one on v points and a resolvable TD(3, v)
    Tripling,
    /// tabu search over swaps of two people within a round
    LocalSearch,
    /// a design for the first rounds, then tabu search for the rest (rounds beyond the bound or ties)
    DesignThenLocalSearch,
    /// every round is a maximum-weight matching among pairs not yet met
    MaxWeightMatching,
    /// maximum-weight matchings first, round-robin rounds (circle method) once they would block later rounds
    MatchingThenRoundRobin,
    /// every round comes from the round-robin (circle method)
    RoundRobin,
}

/// A plan: who sits with whom in each round, and how good it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// round → table → people (each table sorted, tables sorted by their first person)
    pub rounds: Vec<Vec<Vec<usize>>>,
    /// round → people sitting out (pairs with an odd count: one person per round)
    pub rests: Vec<Vec<usize>>,
    /// Σ over pairs of (times together − 1), plus every seating of a pair who already knew each other
    pub repeats: usize,
    /// distinct pairs seated together at least once who did not already know each other
    pub pairs_met: usize,
    /// the table mix of every round, largest tables first
    pub tables: Vec<TableCount>,
    /// what produced the plan
    pub method: Method,
    /// human-readable detail of the method, e.g. "affine plane AG(2,4)"
    pub method_detail: String,
    /// proven upper bound on the rounds that can be free of repeats (ignoring ties)
    pub repeat_free_bound: Option<usize>,
    /// whether the rounds asked for exceed that bound, so repeats were unavoidable
    pub beyond_bound: bool,
    /// the most rounds the literature seats without repeats with this mix of tables (rete's
    /// ⌈N/S⌉ tables of S and S − 1), when rete lists it ([`crate::LITERATURE`]): a plan with
    /// repeats for more rounds than this is beyond the best known
    pub best_known: Option<usize>,
    /// the mixes weighed, fewest tables first, with whether a construction reaches the
    /// rounds asked: every mix of [`PlanRequest::allowed`], or the other mixes of S and S−1
    /// looked at for an offer; empty when none was weighed
    pub mixes: Vec<MixOption>,
    /// with tables of S (no `allowed`), when the plan has repeats: a mix of S and S−1 with
    /// more, smaller tables that a construction takes to the rounds asked without repeats
    pub offer: Option<MixOption>,
}

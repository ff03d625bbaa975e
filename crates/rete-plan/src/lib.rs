//! Seating plans for events: who sits with whom, round after round.
//!
//! [`plan`] builds a speed-networking plan: `N` people at tables of `S` for `R`
//! rounds with nobody meeting the same person twice (nor someone they already
//! know) for as long as that is possible. Tables (`S >= 3`) are the social golfer
//! problem: the planner first tries exact combinatorial designs (affine
//! geometries over finite fields, resolvable transversal designs, cyclic Kirkman
//! and group divisible designs found by a small exact search, the 8-4-10
//! design developed from translations of GF(2)^3, with people
//! deleted for uneven counts) and falls back to a tabu local search. Pairs
//! (`S = 2`) are maximum-weight matchings round after round so the best
//! conversations come first, guarded by a round-robin (circle method) so that
//! every requested round stays repeat-free.
//!
//! [`pairing_round`] computes one round of recurring pairing (pairs and at most
//! one trio) that avoids pairs who already met in earlier runs.
//!
//! ```
//! use rete_plan::{plan, PlanRequest};
//! let plan = plan(&PlanRequest::new(15, 3, 7))?;
//! assert_eq!(plan.repeats, 0);
//! assert_eq!(plan.pairs_met, 105);
//! # Ok::<(), rete_plan::PlanError>(())
//! ```
// Index loops over people and rounds read closer to the mathematics than iterator chains.
#![allow(clippy::needless_range_loop)]

mod affine;
mod cyclic;
mod design;
mod difference;
mod error;
mod field;
mod known;
mod matching;
mod mix;
mod pairs;
mod plan;
mod recurring;
mod relabel;
mod request;
mod score;
mod search;
mod tables;
mod translation;

pub use error::PlanError;
pub use known::{best_known, Known, LITERATURE};
pub use plan::{plan, MAX_PEOPLE};
pub use recurring::pairing_round;
pub use request::{Method, MixOption, Plan, PlanRequest, TableCount};
pub use score::{score, Score};

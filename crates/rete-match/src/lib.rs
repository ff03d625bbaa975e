//! Give-give matching for rete communities.
//!
//! A match must be good for both sides: what `a` seeks should be what `b`
//! offers and the other way round, with shared interests as a tie-breaker.
//! The score is fixed exactly by `shared/bench/MATCHING.md` (TF-IDF over
//! Snowball stems, harmonic mean of the two directions, plus a fifth for
//! shared interests); this crate computes it, finds every member's exact
//! top-k fast, keeps up with members joining, editing and leaving, and says
//! in plain Italian or English why two people match.
//!
//! ```
//! use rete_match::{read_profiles, Engine, Lang};
//!
//! let jsonl = r#"{"id": 1, "lang": "it", "offers": ["consulenza legale"], "seeks": ["sviluppo web"]}
//! {"id": 2, "lang": "it", "offers": ["sviluppo siti web"], "seeks": ["consulenza legale"]}"#;
//! let engine = Engine::build(read_profiles(jsonl.as_bytes())?)?;
//! let top = engine.query(1, 10)?;
//! assert_eq!(top[0].0, 2);
//! let why = engine.explain(1, 2, Lang::It)?;
//! assert!(why.render_named(Lang::It, "Marco").starts_with("Marco offre sviluppo siti web"));
//! # Ok::<(), rete_match::MatchError>(())
//! ```

rete_i18n::catalog!();

mod engine;
mod error;
mod explain;
mod i18n;
mod index;
mod members;
mod output;
mod profile;
pub mod score;
mod search;
pub mod text;
mod topk;

pub use engine::{Engine, Matches};
pub use error::MatchError;
pub use explain::{Explanation, Reason};
/// `a`, `a e b`, `a, b e c`: a list as the explanations write it.
pub use i18n::list;
pub use output::write_top_k;
pub use profile::{read_profiles, Lang, Profile};

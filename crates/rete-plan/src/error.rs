//! Errors of the planner: requests that cannot describe an event.

/// Why a plan could not be made at all (plans that merely need repeats are not errors).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// Fewer than two people cannot meet anybody.
    #[error("need at least 2 people, got {0}")]
    TooFewPeople(usize),
    /// Tables of one are not a conversation.
    #[error("table size must be at least 2, got {0}")]
    TableTooSmall(usize),
    /// A plan of zero rounds is empty.
    #[error("the number of rounds must be at least 1")]
    NoRounds,
    /// The planner keeps a people × people matrix; beyond this it would use too much memory.
    #[error("at most {max} people can be planned, got {got}")]
    TooManyPeople {
        /// the request
        got: usize,
        /// the limit
        max: usize,
    },
    /// A tie names someone who is not among the people.
    #[error("tie ({0}, {1}) names someone outside 0..{2}")]
    TieOutOfRange(usize, usize, usize),
    /// Allowed table sizes must be one size or two adjacent ones, each at least 3.
    #[error("table sizes must be one size or two adjacent ones, each at least 3, got {0:?}")]
    BadSizes(Vec<usize>),
    /// No mix of the allowed sizes seats exactly this many people.
    #[error("{people} people cannot all be seated at tables of {sizes:?}")]
    NoMix {
        /// the request
        people: usize,
        /// the allowed sizes
        sizes: Vec<usize>,
    },
}

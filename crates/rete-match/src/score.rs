//! The give-give formula of MATCHING.md in one place, so the fast search,
//! explanations and tests combine the cosines the same way.

/// Weight of the give-give part of the score.
pub const W_GIVE: f64 = 0.8;
/// Weight of the shared-interests part of the score.
pub const W_SHARED: f64 = 0.2;

/// Harmonic mean of the two directions; 0 when either is 0, so a match has
/// to be good for both people.
pub fn give_give(s_ab: f64, s_ba: f64) -> f64 {
    if s_ab > 0.0 && s_ba > 0.0 {
        2.0 * s_ab * s_ba / (s_ab + s_ba)
    } else {
        0.0
    }
}

/// `0.8 * give_give + 0.2 * shared`.
pub fn score(give_give: f64, shared: f64) -> f64 {
    W_GIVE * give_give + W_SHARED * shared
}

//! Events that produce relationships: who is invited to an event from a
//! community, the seating plan saved for it, the rounds of a recurring
//! pairing and the introductions you asked for. These are the facts the
//! debrief, the next pairing run and the agenda read back.

use crate::ids::{CommunityId, PersonId};
use crate::vocab::IntroStatus;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Someone seated at an event: you, a person of your network, or a member
/// of a community who is not (yet) in your network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Participant {
    Me,
    Person { id: PersonId },
    Member { community: CommunityId, member: u64 },
}

/// One participant's place in one round (rounds and tables count from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seat {
    pub round: u32,
    pub table: u32,
    pub who: Participant,
}

/// One run of a community's recurring pairing: the groups formed (pairs,
/// and one trio when the count is odd), by member key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairingRun {
    pub on: NaiveDate,
    pub groups: Vec<Vec<u64>>,
}

impl PairingRun {
    /// How many times each pair (smaller key first) has been grouped together
    /// over `runs`: what the next run must not repeat.
    pub fn met(runs: &[PairingRun]) -> std::collections::HashMap<(u64, u64), u32> {
        let mut met = std::collections::HashMap::new();
        for run in runs {
            for group in &run.groups {
                for (i, &a) in group.iter().enumerate() {
                    for &b in &group[i + 1..] {
                        *met.entry((a.min(b), a.max(b))).or_insert(0) += 1;
                    }
                }
            }
        }
        met
    }
}

/// A warm introduction you asked `via` to make to `target`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntroData {
    pub target: PersonId,
    pub via: PersonId,
    pub asked_on: NaiveDate,
    /// Why you want to meet them, in your words (it goes into the draft).
    pub why: Option<String>,
    pub status: IntroStatus,
    pub closed_on: Option<NaiveDate>,
}
pub type Intro = crate::record::Record<crate::ids::IntroId, IntroData>;

//! Id newtypes, so a person id can never be passed where an exchange id is
//! expected. They are plain database row ids underneath.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )+};
}

id_type! {
    /// The owner of every row; the CLI's local mode has exactly one.
    AccountId,
    PersonId,
    InteractionId,
    ExchangeId,
    FollowupId,
    MilestoneId,
    EventId,
    CommunityId,
    IntroId,
}

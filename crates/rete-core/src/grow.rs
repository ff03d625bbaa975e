//! Grow: communities and the public profiles their members publish. Only
//! these profiles enter matching; the private network never does.

use crate::ids::CommunityId;
use crate::vocab::{CommunityKind, Lang, Role};
use serde::{Deserialize, Serialize};

/// A business club, a chapter, a company, an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Community {
    pub id: CommunityId,
    pub name: String,
    /// A Slack-compatible incoming webhook (Slack and Mattermost accept the
    /// same JSON) where recurring pairings are announced.
    #[serde(default)]
    pub webhook: Option<String>,
    #[serde(default)]
    pub kind: CommunityKind,
    /// The language the community speaks (its invitations, its mail).
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub description: Option<String>,
}

impl Community {
    /// A community of that name, with nothing else set yet.
    pub fn named(id: CommunityId, name: impl Into<String>) -> Community {
        Community {
            id,
            name: name.into(),
            webhook: None,
            kind: CommunityKind::default(),
            lang: None,
            description: None,
        }
    }
}

/// What an account is in one community: its role and its member id there
/// (the organiser's own profile is [`ME`]; a member who joined has the id
/// given at joining, never their account's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub role: Role,
    pub member: u64,
}

/// The member key of the local user's own profile in every community.
pub const ME: u64 = 0;

/// What one member publishes: what they offer, seek and care about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberProfile {
    /// The member's id in the community (`ME` for you).
    pub member: u64,
    pub name: String,
    pub lang: Lang,
    #[serde(default)]
    pub offers: Vec<String>,
    #[serde(default)]
    pub seeks: Vec<String>,
    #[serde(default)]
    pub interests: Vec<String>,
    pub sector: Option<String>,
    pub city: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub department: Option<String>,
    /// Where the community reaches the member (pairing announcements); it is
    /// the organiser's data, never shown to other members.
    #[serde(default)]
    pub email: Option<String>,
    /// Opted out members are never matched nor shown.
    pub opt_in: bool,
    /// Whether recurring pairing rounds may pair the member (they must be
    /// opted in as well).
    #[serde(default = "yes")]
    pub pairing: bool,
}

fn yes() -> bool {
    true
}

impl MemberProfile {
    pub fn empty(member: u64, name: impl Into<String>, lang: Lang) -> Self {
        MemberProfile {
            member,
            name: name.into(),
            lang,
            offers: Vec::new(),
            seeks: Vec::new(),
            interests: Vec::new(),
            sector: None,
            city: None,
            languages: Vec::new(),
            department: None,
            email: None,
            opt_in: true,
            pairing: true,
        }
    }
}

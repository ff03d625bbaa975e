//! Communities shared by accounts: who belongs to which, with what role,
//! the invitation links that let someone join, and the profile each
//! member writes for themselves.
//!
//! The account that created a community keeps it as before (the
//! `Store` methods on communities are its own); these methods are how
//! other accounts reach it. Every method takes the calling account and
//! answers `NotFound` for a community it does not belong to, exactly as
//! for one that does not exist: a non-member, a member of another
//! community and a removed member learn nothing.

use crate::error::Result;
use async_trait::async_trait;
use rete_core::grow::{Community, MemberProfile, Membership};
use rete_core::{AccountId, CommunityId, CommunityKind, Lang};
use serde::Serialize;

/// What a new community is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommunitySpec<'a> {
    pub name: &'a str,
    pub kind: CommunityKind,
    pub lang: Option<Lang>,
    pub description: Option<&'a str>,
}

/// An invitation link to join a community, as its organisers see it
/// (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommunityInvitation {
    pub id: i64,
    pub created_at: i64,
    pub expires_at: i64,
    /// Joinings it still admits.
    pub uses_left: i64,
}

/// A community an account belongs to, and what it is there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Belonging {
    #[serde(flatten)]
    pub community: Community,
    #[serde(flatten)]
    pub membership: Membership,
    /// The community's revision (migration 0014), which every change to
    /// its members or profiles moves forward.
    #[serde(skip)]
    pub revision: i64,
}

#[async_trait]
pub trait Memberships: Send + Sync {
    /// Creates a community that `account` organises; one of the same name
    /// (any case and accents) that it organises already is answered as it
    /// is.
    async fn found_community(&self, account: AccountId, spec: &CommunitySpec<'_>) -> Result<Community>;
    /// The community and what `account` is in it: its organiser (member
    /// [`rete_core::grow::ME`]), a co-organiser or a member.
    async fn belonging(&self, account: AccountId, community: CommunityId) -> Result<Belonging>;
    /// The communities the account joined (not those it organises).
    async fn joined(&self, account: AccountId) -> Result<Vec<Belonging>>;

    /// A link to join, made by an organiser (`NotFound` for anyone else).
    async fn create_community_invitation(
        &self,
        account: AccountId,
        community: CommunityId,
        hash: &str,
        now: i64,
        expires_at: i64,
        uses: u32,
    ) -> Result<i64>;
    /// The links that still admit someone (organisers only).
    async fn community_invitations(
        &self,
        account: AccountId,
        community: CommunityId,
        now: i64,
    ) -> Result<Vec<CommunityInvitation>>;
    async fn revoke_community_invitation(&self, account: AccountId, community: CommunityId, id: i64) -> Result<()>;
    /// The community a link whose secret hashes to `hash` opens, while it
    /// admits someone: what the join page shows before anyone signs in.
    async fn invited_to(&self, hash: &str, now: i64) -> Result<Option<Community>>;
    /// Joins through the link whose secret hashes to `hash`, taking one of
    /// its uses and writing an empty profile under `name`: a new member id,
    /// the role of member. Someone who belongs already keeps what they are
    /// and takes no use. An unknown, expired or used-up link is `Invalid`
    /// on `invitation`, and nothing is written.
    async fn join_community(
        &self,
        account: AccountId,
        hash: &str,
        now: i64,
        name: &str,
        lang: Lang,
    ) -> Result<Belonging>;

    /// What the account is in the community and every profile it may read
    /// there, with the organiser's data (e-mails) only for its organisers:
    /// one access check and one read for what a page shows.
    async fn community_profiles(
        &self,
        account: AccountId,
        community: CommunityId,
    ) -> Result<(Belonging, Vec<MemberProfile>)>;
    /// Writes the account's own profile in the community, under its member
    /// id whatever `profile.member` says.
    async fn set_own_profile(
        &self,
        account: AccountId,
        community: CommunityId,
        profile: &MemberProfile,
    ) -> Result<MemberProfile>;
    /// Leaves the community: membership and profile go (the organiser
    /// cannot leave what they created: `Invalid` on `community`).
    async fn leave_community(&self, account: AccountId, community: CommunityId) -> Result<()>;
    /// The organiser names a member who joined with an account co-organiser,
    /// or makes a co-organiser a member again (`Invalid` on `role` for
    /// anyone but the organiser, or for `organiser`; `NotFound` for a
    /// member without an account).
    async fn set_member_role(
        &self,
        account: AccountId,
        community: CommunityId,
        member: u64,
        role: rete_core::Role,
    ) -> Result<()>;
    /// An organiser removes a member (who joined or was imported): the
    /// membership and the profile go at once.
    async fn remove_member(&self, account: AccountId, community: CommunityId, member: u64) -> Result<()>;
}

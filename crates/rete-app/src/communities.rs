//! Communities shared by accounts: founding one, the invitation links
//! that let others join, joining, leaving and removing members. What a
//! member then does there (a profile, matches) is `grow`'s; the store
//! answers not-found to anyone who does not belong.

use crate::auth::{random_secret, secret_hash};
use crate::{App, AppError, Caller, Result};
use rete_core::grow::Community;
use rete_core::{CommunityId, CommunityKind, Lang, Role};
use rete_i18n::t;
use rete_store::memberships::CommunitySpec;
pub use rete_store::memberships::{Belonging, CommunityInvitation};
use serde::Serialize;

/// The longest a community's name may be.
pub const MAX_NAME: usize = 120;
/// An invitation link holds a week unless asked otherwise, at most 90 days.
pub const DEFAULT_VALID_DAYS: u32 = 7;
pub const MAX_VALID_DAYS: u32 = 90;
/// A link admits 50 joinings unless asked otherwise, at most 10,000.
pub const DEFAULT_USES: u32 = 50;
pub const MAX_USES: u32 = 10_000;

/// An invitation link just made: its secret is shown once.
#[derive(Debug, Clone, Serialize)]
pub struct IssuedCommunityInvitation {
    /// The secret to put in the link (`/join/{token}`).
    pub token: String,
    #[serde(flatten)]
    pub info: CommunityInvitation,
}

/// What a new community is, as a front end read it.
#[derive(Debug, Clone, Default)]
pub struct NewCommunity {
    pub name: String,
    pub kind: Option<CommunityKind>,
    pub lang: Option<Lang>,
    pub description: Option<String>,
}

impl App {
    /// Founds a community you organise (or answers yours of that name).
    pub async fn found_community(&self, caller: &Caller, new: &NewCommunity) -> Result<Community> {
        let l = caller.lang.as_str();
        let name = new.name.trim();
        if name.is_empty() {
            return Err(AppError::required("name", caller.lang));
        }
        if name.chars().count() > MAX_NAME {
            return Err(AppError::invalid("name", t!("field.too_long", locale = l, max = MAX_NAME)));
        }
        let spec = CommunitySpec {
            name,
            kind: new.kind.unwrap_or_default(),
            lang: new.lang,
            description: new.description.as_deref(),
        };
        Ok(self.store.found_community(caller.account, &spec).await?)
    }

    /// A link to join the community, for its organisers.
    pub async fn invite_to_community(
        &self,
        caller: &Caller,
        id: CommunityId,
        valid_days: Option<u32>,
        uses: Option<u32>,
        now: i64,
    ) -> Result<IssuedCommunityInvitation> {
        let l = caller.lang.as_str();
        let days = valid_days.unwrap_or(DEFAULT_VALID_DAYS);
        if !(1..=MAX_VALID_DAYS).contains(&days) {
            return Err(AppError::invalid(
                "valid_days",
                t!("field.between", locale = l, min = 1, max = MAX_VALID_DAYS),
            ));
        }
        let uses = uses.unwrap_or(DEFAULT_USES);
        if !(1..=MAX_USES).contains(&uses) {
            return Err(AppError::invalid("uses", t!("field.between", locale = l, min = 1, max = MAX_USES)));
        }
        let token = random_secret();
        let expires_at = now + i64::from(days) * 86_400;
        let id = self
            .store
            .create_community_invitation(caller.account, id, &secret_hash(&token), now, expires_at, uses)
            .await?;
        let info = CommunityInvitation { id, created_at: now, expires_at, uses_left: i64::from(uses) };
        Ok(IssuedCommunityInvitation { token, info })
    }

    /// The community's links that still admit someone (organisers only).
    pub async fn community_invitations(
        &self,
        caller: &Caller,
        id: CommunityId,
        now: i64,
    ) -> Result<Vec<CommunityInvitation>> {
        Ok(self.store.community_invitations(caller.account, id, now).await?)
    }

    pub async fn revoke_community_invitation(&self, caller: &Caller, id: CommunityId, invitation: i64) -> Result<()> {
        Ok(self.store.revoke_community_invitation(caller.account, id, invitation).await?)
    }

    /// The community a link opens, while it admits someone (`None` for a
    /// link that is unknown, expired or used up).
    pub async fn invited_to(&self, token: &str, now: i64) -> Result<Option<Community>> {
        Ok(self.store.invited_to(&secret_hash(token.trim()), now).await?)
    }

    /// Joins the community a link's secret opens, under your account's
    /// name (you can change it in your profile there).
    pub async fn join_community(&self, caller: &Caller, token: &str, now: i64) -> Result<Belonging> {
        let name = self.display_name(caller).await?;
        let joined =
            self.store.join_community(caller.account, &secret_hash(token.trim()), now, &name, caller.lang).await;
        joined.map_err(|e| match AppError::from(e) {
            AppError::Field(f) if f.field == "invitation" => {
                AppError::invalid("invitation", t!("grow.invitation_invalid", locale = caller.lang.as_str()))
            }
            other => other,
        })
    }

    /// Leaves a community you joined: your profile there goes at once.
    pub async fn leave_community(&self, caller: &Caller, id: CommunityId) -> Result<()> {
        self.store.leave_community(caller.account, id).await.map_err(|e| match AppError::from(e) {
            AppError::Field(f) if f.field == "community" => {
                AppError::invalid("community", t!("grow.organiser_stays", locale = caller.lang.as_str()))
            }
            other => other,
        })?;
        // They no longer belong, so the new revision is not theirs to read:
        // the engines are rebuilt on the next request.
        self.engines.forget(id).await;
        Ok(())
    }

    /// The organiser names a co-organiser (who may then invite and remove
    /// members), or makes one a member again.
    pub async fn set_member_role(&self, caller: &Caller, id: CommunityId, member: u64, role: Role) -> Result<()> {
        Ok(self.store.set_member_role(caller.account, id, member, role).await?)
    }

    /// An organiser removes a member: out of the members and every match
    /// at once.
    pub async fn remove_member(&self, caller: &Caller, id: CommunityId, member: u64) -> Result<()> {
        self.store.remove_member(caller.account, id, member).await?;
        let revision = self.belonging(caller, id).await?.revision;
        self.engines.changed(id, revision, crate::engines::Change::Remove(member)).await;
        Ok(())
    }
}

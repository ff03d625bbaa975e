//! The `Memberships` implementation both sqlx backends share.
//! `sql_store_impl!` expands it inside its own module, so it uses that
//! module's helpers (`db_err`, `begin_write`, `community_row`,
//! `profiles_of`, `upsert_profiles_in`).

/// Expands the shared `Memberships` implementation for `$store` over `$db`.
#[macro_export]
macro_rules! sql_memberships_impl {
    ($store:ty, $db:ty) => {
        /// `COMMUNITY_COLUMNS` of `communities c`, for joins.
        const COMMUNITY_COLUMNS_C: &str = "c.id, c.name, c.webhook, c.kind, c.lang, c.description";

        type BelongingRow = (i64, String, Option<String>, String, Option<String>, Option<String>, String, i64, i64);

        fn belonging_row(row: BelongingRow) -> Result<::rete_store::memberships::Belonging> {
            let (id, name, webhook, kind, lang, description, role, member, revision) = row;
            let community = community_row((id, name, webhook, kind, lang, description))?;
            let role = parse("membership", &role)?;
            let member = u64::try_from(member).map_err(|e| corrupt("membership", e))?;
            let membership = ::rete_core::grow::Membership { role, member };
            Ok(::rete_store::memberships::Belonging { community, membership, revision })
        }

        /// What `account` is in `community`, on `conn` (a transaction's or
        /// the pool's); `NotFound` when nothing.
        async fn belonging_on<'c, E>(conn: E, account: AccountId, community: CommunityId) -> Result<::rete_store::memberships::Belonging>
        where
            E: ::sqlx::Executor<'c, Database = $db>,
        {
            let row: Option<BelongingRow> = ::sqlx::query_as(&format!(
                "SELECT {COMMUNITY_COLUMNS_C}, 'organiser', 0, c.revision FROM communities c WHERE c.id = $1 AND c.account_id = $2 \
                 UNION ALL \
                 SELECT {COMMUNITY_COLUMNS_C}, m.role, m.member, c.revision FROM memberships m \
                 JOIN communities c ON c.id = m.community_id WHERE m.community_id = $1 AND m.account_id = $2"
            ))
            .bind(community.0)
            .bind(account.0)
            .fetch_optional(conn)
            .await
            .map_err(db_err)?;
            row.map(belonging_row).transpose()?.ok_or_else(|| StoreError::not_found("community", community))
        }

        /// As `belonging_on`, for what only organisers may do.
        async fn organising<'c, E>(conn: E, account: AccountId, community: CommunityId) -> Result<::rete_store::memberships::Belonging>
        where
            E: ::sqlx::Executor<'c, Database = $db>,
        {
            let found = belonging_on(conn, account, community).await?;
            if found.membership.role.organises() {
                Ok(found)
            } else {
                Err(StoreError::not_found("community", community))
            }
        }

        /// Takes a member out of the community: their membership, if they
        /// joined with an account, and their profile, moving the revision.
        /// Whether there was a profile to take.
        async fn drop_member(tx: &mut Tx, community: CommunityId, member: i64) -> Result<bool> {
            ::sqlx::query("DELETE FROM memberships WHERE community_id = $1 AND member = $2")
                .bind(community.0)
                .bind(member)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
            let done = ::sqlx::query("DELETE FROM profiles WHERE community_id = $1 AND member = $2")
                .bind(community.0)
                .bind(member)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
            community_changed(tx, community).await?;
            Ok(done.rows_affected() > 0)
        }

        #[async_trait]
        impl ::rete_store::memberships::Memberships for $store {
            async fn found_community(
                &self,
                account: AccountId,
                spec: &::rete_store::memberships::CommunitySpec<'_>,
            ) -> Result<::rete_core::grow::Community> {
                let name = text::clean_line(spec.name.trim().to_string());
                if name.is_empty() {
                    return Err(InvalidField::new("name", "must not be empty").into());
                }
                if name.chars().count() > 120 {
                    return Err(InvalidField::new("name", "at most 120 characters").into());
                }
                let description = spec.description.map(|d| text::clean_block(d.trim().to_string())).filter(|d| !d.is_empty());
                if description.as_ref().is_some_and(|d| d.chars().count() > 2000) {
                    return Err(InvalidField::new("description", "at most 2000 characters").into());
                }
                let mut tx = begin_account_write(self, account).await?;
                let row = community_named_or_new(&mut tx, account, &name, spec.kind, spec.lang, description.as_deref()).await?;
                tx.commit().await.map_err(db_err)?;
                community_row(row)
            }

            async fn belonging(&self, account: AccountId, community: CommunityId) -> Result<::rete_store::memberships::Belonging> {
                belonging_on(&self.pool, account, community).await
            }

            async fn joined(&self, account: AccountId) -> Result<Vec<::rete_store::memberships::Belonging>> {
                let rows: Vec<BelongingRow> = ::sqlx::query_as(&format!(
                    "SELECT {COMMUNITY_COLUMNS_C}, m.role, m.member, c.revision FROM memberships m \
                     JOIN communities c ON c.id = m.community_id WHERE m.account_id = $1 ORDER BY c.name_folded, c.id"
                ))
                .bind(account.0)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter().map(belonging_row).collect()
            }

            async fn create_community_invitation(
                &self,
                account: AccountId,
                community: CommunityId,
                hash: &str,
                now: i64,
                expires_at: i64,
                uses: u32,
            ) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                organising(&mut *tx, account, community).await?;
                let (id,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO community_invitations (hash, community_id, created_by, created_at, expires_at, uses_left) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(hash)
                .bind(community.0)
                .bind(account.0)
                .bind(now)
                .bind(expires_at)
                .bind(i64::from(uses))
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(id)
            }

            async fn community_invitations(
                &self,
                account: AccountId,
                community: CommunityId,
                now: i64,
            ) -> Result<Vec<::rete_store::memberships::CommunityInvitation>> {
                organising(&self.pool, account, community).await?;
                let rows: Vec<(i64, i64, i64, i64)> = ::sqlx::query_as(
                    "SELECT id, created_at, expires_at, uses_left FROM community_invitations \
                     WHERE community_id = $1 AND expires_at > $2 AND uses_left > 0 ORDER BY created_at DESC, id DESC",
                )
                .bind(community.0)
                .bind(now)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, created_at, expires_at, uses_left)| ::rete_store::memberships::CommunityInvitation {
                        id,
                        created_at,
                        expires_at,
                        uses_left,
                    })
                    .collect())
            }

            async fn revoke_community_invitation(&self, account: AccountId, community: CommunityId, id: i64) -> Result<()> {
                let mut tx = self.begin_write().await?;
                organising(&mut *tx, account, community).await?;
                let done = ::sqlx::query("DELETE FROM community_invitations WHERE id = $1 AND community_id = $2")
                    .bind(id)
                    .bind(community.0)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound { what: "invitation", id: id.to_string() });
                }
                tx.commit().await.map_err(db_err)
            }

            async fn invited_to(&self, hash: &str, now: i64) -> Result<Option<::rete_core::grow::Community>> {
                let row: Option<CommunityRow> = ::sqlx::query_as(&format!(
                    "SELECT {COMMUNITY_COLUMNS_C} FROM community_invitations i JOIN communities c ON c.id = i.community_id \
                     WHERE i.hash = $1 AND i.uses_left > 0 AND i.expires_at > $2"
                ))
                .bind(hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                row.map(community_row).transpose()
            }

            async fn join_community(
                &self,
                account: AccountId,
                hash: &str,
                now: i64,
                name: &str,
                lang: ::rete_core::Lang,
            ) -> Result<::rete_store::memberships::Belonging> {
                let mut tx = self.begin_write().await?;
                let link: Option<(i64, i64)> = ::sqlx::query_as(
                    "SELECT id, community_id FROM community_invitations WHERE hash = $1 AND uses_left > 0 AND expires_at > $2",
                )
                .bind(hash)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_err)?;
                let Some((link, community)) = link else {
                    return Err(InvalidField::new("invitation", "this invitation is unknown, expired or used up").into());
                };
                let community = CommunityId(community);
                // Joinings of one community one at a time (the revision's
                // row lock on PostgreSQL; SQLite's write lock is held
                // already): the next member id is read, then taken.
                community_changed(&mut tx, community).await?;
                if let Ok(already) = belonging_on(&mut *tx, account, community).await {
                    tx.commit().await.map_err(db_err)?;
                    return Ok(already);
                }
                ::sqlx::query("UPDATE community_invitations SET uses_left = uses_left - 1 WHERE id = $1")
                    .bind(link)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                let (member,): (i64,) = ::sqlx::query_as(
                    "SELECT COALESCE(MAX(m), 0) + 1 FROM (SELECT member AS m FROM profiles WHERE community_id = $1 \
                     UNION ALL SELECT member FROM memberships WHERE community_id = $1) AS taken",
                )
                .bind(community.0)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
                ::sqlx::query(
                    "INSERT INTO memberships (community_id, account_id, member, role, joined_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(community.0)
                .bind(account.0)
                .bind(member)
                .bind(::rete_core::Role::Member.as_str())
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                let member = u64::try_from(member).map_err(|e| corrupt("membership", e))?;
                let profile = ::rete_core::grow::MemberProfile::empty(member, text::clean_line(name.trim().to_string()), lang);
                upsert_profiles_in(&mut tx, community, ::std::slice::from_ref(&profile)).await?;
                let joined = belonging_on(&mut *tx, account, community).await?;
                tx.commit().await.map_err(db_err)?;
                Ok(joined)
            }

            async fn community_profiles(
                &self,
                account: AccountId,
                community: CommunityId,
            ) -> Result<(::rete_store::memberships::Belonging, Vec<::rete_core::grow::MemberProfile>)> {
                let mut conn = self.pool.acquire().await.map_err(db_err)?;
                let found = belonging_on(&mut *conn, account, community).await?;
                let mut all = profiles_of(&mut conn, community).await?;
                if !found.membership.role.organises() {
                    // A member sees public profiles: no e-mail, and nobody
                    // who opted out but themselves.
                    let me = found.membership.member;
                    all.retain(|p| p.opt_in || p.member == me);
                    for p in &mut all {
                        p.email = None;
                    }
                }
                Ok((found, all))
            }

            async fn set_own_profile(
                &self,
                account: AccountId,
                community: CommunityId,
                profile: &::rete_core::grow::MemberProfile,
            ) -> Result<::rete_core::grow::MemberProfile> {
                let mut tx = begin_account_write(self, account).await?;
                let found = belonging_on(&mut *tx, account, community).await?;
                let mut mine = profile.clone();
                mine.member = found.membership.member;
                if found.membership.role != ::rete_core::Role::Organiser {
                    // Only the organiser keeps e-mails (from a members file).
                    mine.email = None;
                }
                upsert_profiles_in(&mut tx, community, ::std::slice::from_ref(&mine)).await?;
                community_changed(&mut tx, community).await?;
                tx.commit().await.map_err(db_err)?;
                Ok(mine)
            }

            async fn leave_community(&self, account: AccountId, community: CommunityId) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let found = belonging_on(&mut *tx, account, community).await?;
                if found.membership.role == ::rete_core::Role::Organiser {
                    return Err(InvalidField::new("community", "its organiser cannot leave it").into());
                }
                drop_member(&mut tx, community, member_key(found.membership.member)?).await?;
                tx.commit().await.map_err(db_err)
            }

            async fn set_member_role(
                &self,
                account: AccountId,
                community: CommunityId,
                member: u64,
                role: ::rete_core::Role,
            ) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let found = organising(&mut *tx, account, community).await?;
                if found.membership.role != ::rete_core::Role::Organiser {
                    return Err(InvalidField::new("role", "only the organiser names co-organisers").into());
                }
                if role == ::rete_core::Role::Organiser {
                    return Err(InvalidField::new("role", "a community has one organiser").into());
                }
                let done = ::sqlx::query("UPDATE memberships SET role = $1 WHERE community_id = $2 AND member = $3")
                    .bind(role.as_str())
                    .bind(community.0)
                    .bind(member_key(member)?)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound { what: "member", id: member.to_string() });
                }
                tx.commit().await.map_err(db_err)
            }

            async fn remove_member(&self, account: AccountId, community: CommunityId, member: u64) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let found = organising(&mut *tx, account, community).await?;
                if member == ::rete_core::grow::ME || member == found.membership.member {
                    return Err(InvalidField::new("member", "an organiser is not removed; a co-organiser leaves").into());
                }
                let key = member_key(member)?;
                let role: Option<(String,)> =
                    ::sqlx::query_as("SELECT role FROM memberships WHERE community_id = $1 AND member = $2")
                        .bind(community.0)
                        .bind(key)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db_err)?;
                if role.is_some_and(|(r,)| r != ::rete_core::Role::Member.as_str())
                    && found.membership.role != ::rete_core::Role::Organiser
                {
                    return Err(InvalidField::new("member", "only the organiser removes a co-organiser").into());
                }
                if !drop_member(&mut tx, community, key).await? {
                    return Err(StoreError::NotFound { what: "member", id: member.to_string() });
                }
                tx.commit().await.map_err(db_err)
            }
        }
    };
}

//! The `Accounts` implementation both sqlx backends share: plain SQL that
//! SQLite and PostgreSQL read alike. `sql_store_impl!` expands it inside
//! its own module, so it uses that module's `db_err` and `begin_write`.

/// Expands the shared `Accounts` implementation for `$store` over `$db`.
#[macro_export]
macro_rules! sql_accounts_impl {
    ($store:ty, $db:ty) => {
        #[derive(::sqlx::FromRow)]
        struct UserRow {
            account_id: i64,
            email: String,
            name: String,
            password_hash: Option<String>,
            lang: Option<String>,
            created_at: i64,
            time_zone: Option<String>,
            digest: bool,
            digest_hour: i64,
        }

        impl UserRow {
            fn into_user(self) -> ::rete_store::accounts::User {
                ::rete_store::accounts::User {
                    account: AccountId(self.account_id),
                    email: self.email,
                    name: self.name,
                    password_hash: self.password_hash,
                    lang: self.lang,
                    created_at: self.created_at,
                    time_zone: self.time_zone,
                    digest: self.digest,
                    digest_hour: u8::try_from(self.digest_hour.clamp(0, 23)).unwrap_or(0),
                }
            }
        }

        fn token_scope(text: &str) -> Result<::rete_store::accounts::TokenScope> {
            ::rete_store::accounts::TokenScope::parse(text).ok_or_else(|| corrupt("api token", text))
        }

        const USER_COLS: &str =
            "account_id, email, name, password_hash, lang, created_at, time_zone, digest, digest_hour";

        /// Deletes row `id` of `table` when it is `account`'s; `NotFound`
        /// (as `what`) otherwise, exactly as for a row that does not exist.
        async fn delete_owned(
            pool: &::sqlx::Pool<$db>,
            table: &str,
            what: &'static str,
            account: AccountId,
            id: i64,
        ) -> Result<()> {
            let done = ::sqlx::query(&format!("DELETE FROM {table} WHERE id = $1 AND account_id = $2"))
                .bind(id)
                .bind(account.0)
                .execute(pool)
                .await
                .map_err(db_err)?;
            if done.rows_affected() == 0 {
                return Err(StoreError::not_found(what, id));
            }
            Ok(())
        }

        #[async_trait]
        impl ::rete_store::accounts::Accounts for $store {
            async fn create_user(
                &self,
                email: &str,
                name: &str,
                password_hash: &str,
                now: i64,
                invitation: Option<&str>,
            ) -> Result<AccountId> {
                let mut tx = self.begin_write().await?;
                if let Some(hash) = invitation {
                    let taken = ::sqlx::query(
                        "UPDATE invitations SET uses_left = uses_left - 1 \
                         WHERE hash = $1 AND uses_left > 0 AND expires_at > $2",
                    )
                    .bind(hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                    if taken.rows_affected() == 0 {
                        return Err(InvalidField::new("invitation", "unknown, expired or used up").into());
                    }
                }
                let taken: Option<(i64,)> = ::sqlx::query_as("SELECT account_id FROM users WHERE email = $1")
                    .bind(email)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_err)?;
                let name_taken: Option<(i64,)> = ::sqlx::query_as("SELECT id FROM accounts WHERE name = $1")
                    .bind(email)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_err)?;
                if taken.is_some() || name_taken.is_some() {
                    return Err(StoreError::Conflict { field: "email", message: "already registered".into() });
                }
                let (id,): (i64,) = ::sqlx::query_as("INSERT INTO accounts (name) VALUES ($1) RETURNING id")
                    .bind(email)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_err)?;
                ::sqlx::query(
                    "INSERT INTO users (account_id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(id)
                .bind(email)
                .bind(name)
                .bind(password_hash)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                tx.commit().await.map_err(db_err)?;
                Ok(AccountId(id))
            }

            async fn user_by_email(&self, email: &str) -> Result<Option<::rete_store::accounts::User>> {
                let row: Option<UserRow> =
                    ::sqlx::query_as(&format!("SELECT {USER_COLS} FROM users WHERE email = $1"))
                        .bind(email)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                Ok(row.map(UserRow::into_user))
            }

            async fn user(&self, account: AccountId) -> Result<Option<::rete_store::accounts::User>> {
                let row: Option<UserRow> =
                    ::sqlx::query_as(&format!("SELECT {USER_COLS} FROM users WHERE account_id = $1"))
                        .bind(account.0)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                Ok(row.map(UserRow::into_user))
            }

            async fn set_login(
                &self,
                account: AccountId,
                email: &str,
                name: &str,
                password_hash: &str,
                now: i64,
            ) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let taken: Option<(i64,)> =
                    ::sqlx::query_as("SELECT account_id FROM users WHERE email = $1 AND account_id <> $2")
                        .bind(email)
                        .bind(account.0)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(db_err)?;
                if taken.is_some() {
                    return Err(StoreError::Conflict { field: "email", message: "already registered".into() });
                }
                ::sqlx::query(
                    "INSERT INTO users (account_id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (account_id) DO UPDATE SET email = excluded.email, name = excluded.name, \
                     password_hash = excluded.password_hash",
                )
                .bind(account.0)
                .bind(email)
                .bind(name)
                .bind(password_hash)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                tx.commit().await.map_err(db_err)
            }

            async fn set_password(&self, account: AccountId, password_hash: &str) -> Result<()> {
                let done = ::sqlx::query("UPDATE users SET password_hash = $1 WHERE account_id = $2")
                    .bind(password_hash)
                    .bind(account.0)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::not_found("user", account));
                }
                Ok(())
            }

            async fn set_settings(
                &self,
                account: AccountId,
                settings: &::rete_store::accounts::UserSettings,
            ) -> Result<()> {
                let done = ::sqlx::query(
                    "UPDATE users SET lang = $1, time_zone = $2, digest = $3, digest_hour = $4 WHERE account_id = $5",
                )
                .bind(&settings.lang)
                .bind(&settings.time_zone)
                .bind(settings.digest)
                .bind(i64::from(settings.digest_hour))
                .bind(account.0)
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::not_found("user", account));
                }
                Ok(())
            }

            async fn set_calendar_hash(&self, account: AccountId, hash: Option<&str>) -> Result<()> {
                let done = ::sqlx::query("UPDATE users SET calendar_hash = $1 WHERE account_id = $2")
                    .bind(hash)
                    .bind(account.0)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::not_found("user", account));
                }
                Ok(())
            }

            async fn calendar_account(&self, hash: &str) -> Result<Option<::rete_store::accounts::SignedIn>> {
                let row: Option<(i64, Option<String>, Option<String>, i64)> = ::sqlx::query_as(
                    "SELECT u.account_id, u.lang, u.time_zone, a.revision FROM users u \
                     JOIN accounts a ON a.id = u.account_id WHERE u.calendar_hash = $1",
                )
                .bind(hash)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(|(account, lang, time_zone, revision)| ::rete_store::accounts::SignedIn {
                    account: AccountId(account),
                    lang,
                    time_zone,
                    revision,
                    expires_at: None,
                }))
            }

            async fn delete_account(&self, account: AccountId) -> Result<()> {
                let mut tx = self.begin_write().await?;
                // People point at each other (introduced by) and are pointed
                // at by their activity: clear the self-reference first so
                // the cascade never trips on an order.
                ::sqlx::query("UPDATE people SET introduced_by = NULL WHERE account_id = $1")
                    .bind(account.0)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                // The profiles it wrote in communities it joined are its own
                // too; its memberships go with the account.
                ::sqlx::query(
                    "UPDATE communities SET revision = revision + 1 \
                     WHERE id IN (SELECT community_id FROM memberships WHERE account_id = $1)",
                )
                .bind(account.0)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                ::sqlx::query(
                    "DELETE FROM profiles WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = $1 \
                     AND m.community_id = profiles.community_id AND m.member = profiles.member)",
                )
                .bind(account.0)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                let done = ::sqlx::query("DELETE FROM accounts WHERE id = $1")
                    .bind(account.0)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::not_found("account", account));
                }
                tx.commit().await.map_err(db_err)
            }

            async fn create_session(&self, hash: &str, account: AccountId, now: i64, expires_at: i64) -> Result<()> {
                ::sqlx::query("INSERT INTO sessions (id_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
                    .bind(hash)
                    .bind(account.0)
                    .bind(now)
                    .bind(expires_at)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            async fn session_account(&self, hash: &str, now: i64) -> Result<Option<::rete_store::accounts::SignedIn>> {
                let row: Option<(i64, Option<String>, Option<String>, i64, i64)> = ::sqlx::query_as(
                    "SELECT s.account_id, u.lang, u.time_zone, a.revision, s.expires_at FROM sessions s \
                     JOIN accounts a ON a.id = s.account_id LEFT JOIN users u ON u.account_id = s.account_id \
                     WHERE s.id_hash = $1 AND s.expires_at > $2",
                )
                .bind(hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(|(account, lang, time_zone, revision, expires_at)| ::rete_store::accounts::SignedIn {
                    account: AccountId(account),
                    lang,
                    time_zone,
                    revision,
                    expires_at: Some(expires_at),
                }))
            }

            async fn sessions(&self, account: AccountId, now: i64) -> Result<Vec<::rete_store::accounts::SessionInfo>> {
                let rows: Vec<(String, i64, i64)> = ::sqlx::query_as(
                    "SELECT id_hash, created_at, expires_at FROM sessions WHERE account_id = $1 AND expires_at > $2 \
                     ORDER BY created_at DESC",
                )
                .bind(account.0)
                .bind(now)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(hash, created_at, expires_at)| ::rete_store::accounts::SessionInfo {
                        handle: hash.chars().take(8).collect(),
                        created_at,
                        expires_at,
                    })
                    .collect())
            }

            async fn delete_session(&self, hash: &str) -> Result<()> {
                ::sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(hash)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            async fn delete_other_sessions(&self, account: AccountId, keep: Option<&str>) -> Result<u64> {
                let done = ::sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2")
                    .bind(account.0)
                    .bind(keep.unwrap_or(""))
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(done.rows_affected())
            }

            async fn delete_expired_sessions(&self, now: i64) -> Result<u64> {
                let done = ::sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                ::sqlx::query("DELETE FROM login_links WHERE expires_at <= $1")
                    .bind(now)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(done.rows_affected())
            }

            async fn create_token(
                &self,
                account: AccountId,
                token: &::rete_store::accounts::NewToken<'_>,
            ) -> Result<i64> {
                let (id,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO api_tokens (account_id, name, prefix, hash, scope, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(account.0)
                .bind(token.name)
                .bind(token.prefix)
                .bind(token.hash)
                .bind(token.scope.as_str())
                .bind(token.now)
                .bind(token.expires_at)
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(id)
            }

            async fn tokens(&self, account: AccountId) -> Result<Vec<::rete_store::accounts::ApiToken>> {
                let rows: Vec<(i64, String, String, String, i64, Option<i64>, Option<i64>)> = ::sqlx::query_as(
                    "SELECT id, name, prefix, scope, created_at, expires_at, last_used_at FROM api_tokens \
                     WHERE account_id = $1 ORDER BY id",
                )
                .bind(account.0)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter()
                    .map(|(id, name, prefix, scope, created_at, expires_at, last_used_at)| {
                        let scope = token_scope(&scope)?;
                        Ok(::rete_store::accounts::ApiToken { id, name, prefix, scope, created_at, expires_at, last_used_at })
                    })
                    .collect()
            }

            async fn use_token(&self, hash: &str, now: i64) -> Result<Option<::rete_store::accounts::TokenGrant>> {
                let row: Option<(i64, i64, String, Option<i64>, Option<String>, Option<String>, i64, Option<i64>)> = ::sqlx::query_as(
                    "SELECT t.id, t.account_id, t.scope, t.last_used_at, u.lang, u.time_zone, a.revision, t.expires_at FROM api_tokens t \
                     JOIN accounts a ON a.id = t.account_id LEFT JOIN users u ON u.account_id = t.account_id \
                     WHERE t.hash = $1 AND (t.expires_at IS NULL OR t.expires_at > $2)",
                )
                .bind(hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                let Some((token, account, scope, last_used, lang, time_zone, revision, expires_at)) = row else {
                    return Ok(None);
                };
                // The last use is kept to the minute: a write on every call
                // would make each read of a script a write transaction.
                if last_used.is_none_or(|t| now - t >= 60) {
                    ::sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                        .bind(token)
                        .bind(now)
                        .execute(&self.pool)
                        .await
                        .map_err(db_err)?;
                }
                let scope = token_scope(&scope)?;
                let account = AccountId(account);
                Ok(Some(::rete_store::accounts::TokenGrant { account, token, scope, lang, time_zone, revision, expires_at }))
            }

            async fn digest_users(&self) -> Result<Vec<::rete_store::accounts::DigestUser>> {
                let rows: Vec<(i64, String, String, Option<String>, Option<String>, i64)> = ::sqlx::query_as(
                    "SELECT account_id, email, name, lang, time_zone, digest_hour FROM users WHERE digest ORDER BY account_id",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(account, email, name, lang, time_zone, hour)| ::rete_store::accounts::DigestUser {
                        account: AccountId(account),
                        email,
                        name,
                        lang,
                        time_zone,
                        digest_hour: u8::try_from(hour.clamp(0, 23)).unwrap_or(0),
                    })
                    .collect())
            }

            async fn claim_digest(&self, account: AccountId, local_date: &str, kind: &str, now: i64) -> Result<Option<i64>> {
                let row: Option<(i64,)> = ::sqlx::query_as(
                    "INSERT INTO digest_deliveries (account_id, local_date, kind, status, attempts, claimed_at) \
                     VALUES ($1, $2, $3, 'sending', 1, $4) \
                     ON CONFLICT (account_id, local_date, kind) DO NOTHING RETURNING id",
                )
                .bind(account.0)
                .bind(local_date)
                .bind(kind)
                .bind(now)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(|(id,)| id))
            }

            async fn claim_digest_retries(
                &self,
                now: i64,
                max_attempts: i64,
                stale_before: i64,
            ) -> Result<Vec<::rete_store::accounts::DigestRetry>> {
                let rows: Vec<(i64, i64, String, String)> = ::sqlx::query_as(
                    "UPDATE digest_deliveries SET status = 'sending', attempts = attempts + 1, claimed_at = $1, \
                     next_try_at = NULL \
                     WHERE (status = 'failed' AND next_try_at IS NOT NULL AND next_try_at <= $1 AND attempts < $2) \
                        OR (status = 'sending' AND claimed_at < $3) \
                     RETURNING id, account_id, local_date, kind",
                )
                .bind(now)
                .bind(max_attempts)
                .bind(stale_before)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, account, local_date, kind)| ::rete_store::accounts::DigestRetry {
                        id,
                        account: AccountId(account),
                        local_date,
                        kind,
                    })
                    .collect())
            }

            async fn finish_digest(&self, id: i64, now: i64, error: Option<&str>, next_try_at: Option<i64>) -> Result<()> {
                let (status, sent_at) = match error {
                    None => ("sent", Some(now)),
                    Some(_) => ("failed", None),
                };
                ::sqlx::query(
                    "UPDATE digest_deliveries SET status = $1, sent_at = $2, error = $3, next_try_at = $4 WHERE id = $5",
                )
                .bind(status)
                .bind(sent_at)
                .bind(error)
                .bind(next_try_at)
                .bind(id)
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(())
            }

            async fn digest_log(&self, account: AccountId, limit: i64) -> Result<Vec<::rete_store::accounts::DigestDelivery>> {
                type Row = (i64, String, String, String, i64, i64, Option<i64>, Option<String>, Option<i64>);
                let rows: Vec<Row> = ::sqlx::query_as(
                    "SELECT id, local_date, kind, status, attempts, claimed_at, sent_at, error, next_try_at \
                     FROM digest_deliveries WHERE account_id = $1 ORDER BY claimed_at DESC, id DESC LIMIT $2",
                )
                .bind(account.0)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, local_date, kind, status, attempts, claimed_at, sent_at, error, next_try_at)| {
                        ::rete_store::accounts::DigestDelivery {
                            id,
                            local_date,
                            kind,
                            status,
                            attempts,
                            claimed_at,
                            sent_at,
                            error,
                            next_try_at,
                        }
                    })
                    .collect())
            }

            async fn set_unsubscribe_hash(&self, account: AccountId, hash: &str) -> Result<()> {
                ::sqlx::query("UPDATE users SET unsubscribe_hash = $1 WHERE account_id = $2")
                    .bind(hash)
                    .bind(account.0)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            async fn unsubscribe(&self, hash: &str) -> Result<Option<AccountId>> {
                let row: Option<(i64,)> =
                    ::sqlx::query_as("UPDATE users SET digest = FALSE WHERE unsubscribe_hash = $1 RETURNING account_id")
                        .bind(hash)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                Ok(row.map(|(a,)| AccountId(a)))
            }

            async fn create_invitation(
                &self,
                account: AccountId,
                hash: &str,
                now: i64,
                expires_at: i64,
                uses: u32,
            ) -> Result<i64> {
                let (id,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO invitations (hash, account_id, created_at, expires_at, uses_left) \
                     VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(hash)
                .bind(account.0)
                .bind(now)
                .bind(expires_at)
                .bind(i64::from(uses))
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(id)
            }

            async fn invitations(&self, account: AccountId, now: i64) -> Result<Vec<::rete_store::accounts::Invitation>> {
                let rows: Vec<(i64, i64, i64, i64)> = ::sqlx::query_as(
                    "SELECT id, created_at, expires_at, uses_left FROM invitations \
                     WHERE account_id = $1 AND expires_at > $2 AND uses_left > 0 ORDER BY created_at DESC, id DESC",
                )
                .bind(account.0)
                .bind(now)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, created_at, expires_at, uses_left)| ::rete_store::accounts::Invitation {
                        id,
                        created_at,
                        expires_at,
                        uses_left,
                    })
                    .collect())
            }

            async fn revoke_invitation(&self, account: AccountId, id: i64) -> Result<()> {
                delete_owned(&self.pool, "invitations", "invitation", account, id).await
            }

            async fn revoke_token(&self, account: AccountId, id: i64) -> Result<()> {
                delete_owned(&self.pool, "api_tokens", "token", account, id).await
            }

            async fn create_login_link(&self, hash: &str, account: AccountId, expires_at: i64) -> Result<()> {
                ::sqlx::query("INSERT INTO login_links (hash, account_id, expires_at) VALUES ($1, $2, $3)")
                    .bind(hash)
                    .bind(account.0)
                    .bind(expires_at)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            async fn take_login_link(&self, hash: &str, now: i64) -> Result<Option<AccountId>> {
                let row: Option<(i64, i64)> =
                    ::sqlx::query_as("DELETE FROM login_links WHERE hash = $1 RETURNING account_id, expires_at")
                        .bind(hash)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                Ok(row.filter(|(_, expires)| *expires > now).map(|(a, _)| AccountId(a)))
            }

            async fn hit(&self, bucket: &str, window_start: i64, previous_start: i64) -> Result<(u32, u32)> {
                ::sqlx::query("DELETE FROM rate_limits WHERE bucket = $1 AND window_start < $2")
                    .bind(bucket)
                    .bind(previous_start)
                    .execute(&self.pool)
                    .await
                    .map_err(db_err)?;
                let (hits,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
                     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits",
                )
                .bind(bucket)
                .bind(window_start)
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
                let previous: Option<(i64,)> =
                    ::sqlx::query_as("SELECT hits FROM rate_limits WHERE bucket = $1 AND window_start = $2")
                        .bind(bucket)
                        .bind(previous_start)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
                Ok((count(hits), previous.map_or(0, |(n,)| count(n))))
            }
        }
    };
}

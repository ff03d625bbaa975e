//! rete's store on PostgreSQL, for `rete serve` with many users.
//!
//! The SQL shared with SQLite comes from `rete_store::sql_store_impl!`;
//! this file holds what only PostgreSQL does: connecting (optionally inside
//! one schema, which is how the tests isolate themselves), full text with
//! `tsvector`, and moving identity sequences after a restore.

pub mod testing;

use rete_core::{text, PersonData};
use rete_store::{Result, StoreError, PERSON_WRITE_COLUMNS};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{Postgres, Transaction};
use std::str::FromStr;
use std::time::Duration;

/// rete's store on a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
}

/// A PostgreSQL error keeps the driver's error, and its SQLSTATE, as its
/// source (the shared SQL body maps errors through this).
fn db_err(e: sqlx::Error) -> StoreError {
    StoreError::Database(Box::new(e))
}

/// Tables whose identity sequence must follow restored ids.
const IDENTITY_TABLES: &[&str] = &[
    "people",
    "interactions",
    "exchanges",
    "followups",
    "milestones",
    "events",
    "communities",
    "intros",
    "pairing_runs",
];

impl PostgresStore {
    pub const BACKEND: &'static str = "postgres";

    /// Connects to `url` and applies the migrations.
    pub async fn connect(url: &str) -> Result<Self> {
        Self::connect_in_schema(url, None).await
    }

    /// Connects with `search_path` set to `schema` (created if missing), so
    /// that every table lives there: one database can hold many isolated
    /// rete instances, one per test.
    pub async fn connect_in_schema(url: &str, schema: Option<&str>) -> Result<Self> {
        let mut options =
            PgConnectOptions::from_str(url).map_err(|e| StoreError::Backend(format!("invalid PostgreSQL URL: {e}")))?;
        if let Some(schema) = schema {
            if !schema.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(StoreError::Backend(format!("invalid schema name '{schema}'")));
            }
            let admin = PgPoolOptions::new().max_connections(1).connect_with(options.clone()).await.map_err(db_err)?;
            sqlx::query(&format!("CREATE SCHEMA IF NOT EXISTS {schema}")).execute(&admin).await.map_err(db_err)?;
            admin.close().await;
            options = options.options([("search_path", schema)]);
        }
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Backend(format!("cannot connect to PostgreSQL: {e}")))?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .map_err(|e| StoreError::Backend(format!("migrating PostgreSQL: {e}")))?;
        Ok(PostgresStore { pool })
    }

    async fn begin_write(&self) -> Result<Transaction<'static, Postgres>> {
        self.pool.begin().await.map_err(db_err)
    }

    /// PostgreSQL writers do not lock each other out of a whole database:
    /// a write can always begin.
    async fn try_begin_write(&self) -> Result<Option<Transaction<'static, Postgres>>> {
        self.begin_write().await.map(Some)
    }

    async fn write_search_doc(tx: &mut Transaction<'static, Postgres>, person: i64, doc: &str) -> Result<()> {
        sqlx::query("UPDATE people SET search_doc = $2 WHERE id = $1")
            .bind(person)
            .bind(doc)
            .execute(&mut **tx)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    /// Imported people in multi-row statements: a round trip per row
    /// would dominate an import of tens of thousands.
    async fn insert_people(
        tx: &mut Transaction<'static, Postgres>,
        account: i64,
        people: &[PersonData],
    ) -> Result<Vec<i64>> {
        let json = |list: &[String]| serde_json::to_string(list).unwrap_or_else(|_| "[]".to_string());
        let mut ids = Vec::with_capacity(people.len());
        // 26 parameters a row: 1,500 rows stay well below PostgreSQL's
        // 65,535 bound parameters.
        for chunk in people.chunks(1500) {
            let mut qb = sqlx::QueryBuilder::<Postgres>::new(format!(
                "INSERT INTO people ({PERSON_WRITE_COLUMNS}, search_doc) "
            ));
            // In the order of PERSON_WRITE_COLUMNS, then the document.
            qb.push_values(chunk, |mut b, p| {
                b.push_bind(account)
                    .push_bind(&p.name)
                    .push_bind(text::fold(&p.name))
                    .push_bind(json(&p.emails))
                    .push_bind(json(&p.phones))
                    .push_bind(&p.company)
                    .push_bind(&p.role)
                    .push_bind(&p.department)
                    .push_bind(&p.city)
                    .push_bind(&p.sector)
                    .push_bind(p.tier.as_str())
                    .push_bind(p.cadence_days.map(i64::from))
                    .push_bind(json(&p.tags))
                    .push_bind(p.birthday.map(|b| b.to_string()))
                    .push_bind(p.met_on)
                    .push_bind(&p.met_at)
                    .push_bind(p.introduced_by.map(|i| i.0))
                    .push_bind(json(&p.links))
                    .push_bind(&p.notes)
                    .push_bind(p.status.as_str())
                    .push_bind(&p.status_reason)
                    .push_bind(&p.given_name)
                    .push_bind(&p.family_name)
                    .push_bind(&p.nickname)
                    .push_bind(&p.address)
                    .push_bind(p.search_document());
            });
            qb.push(" RETURNING id");
            let mut new_ids: Vec<i64> = qb
                .build_query_as::<(i64,)>()
                .fetch_all(&mut **tx)
                .await
                .map_err(db_err)?
                .into_iter()
                .map(|r| r.0)
                .collect();
            // Identity values follow the order of the rows (the statement
            // draws them in order), but RETURNING may list them in any.
            new_ids.sort_unstable();
            let emails: Vec<(i64, &String)> =
                chunk.iter().zip(&new_ids).flat_map(|(p, id)| p.emails.iter().map(move |e| (*id, e))).collect();
            for emails in emails.chunks(10_000) {
                let mut qb =
                    sqlx::QueryBuilder::<Postgres>::new("INSERT INTO person_emails (account_id, email, person_id) ");
                qb.push_values(emails, |mut b, (id, email)| {
                    b.push_bind(account).push_bind(*email).push_bind(*id);
                });
                if let Err(e) = qb.build().execute(&mut **tx).await {
                    let unique = e.as_database_error().is_some_and(|d| d.is_unique_violation());
                    return Err(if unique {
                        StoreError::Conflict {
                            field: "email",
                            message: "an imported e-mail already belongs to someone".into(),
                        }
                    } else {
                        db_err(e)
                    });
                }
            }
            ids.extend(new_ids);
        }
        Ok(ids)
    }

    async fn delete_search_doc(_tx: &mut Transaction<'static, Postgres>, _person: i64) -> Result<()> {
        // The document is a column of the row, deleted with it.
        Ok(())
    }

    /// Every term must match, the last one as a prefix; ranked by `ts_rank`.
    async fn search_ids(&self, account: i64, terms: &[String], limit: i64) -> Result<Vec<(i64, f64)>> {
        // Terms are letters and digits only (see `rete_core::text`), so
        // quoting them is enough to keep tsquery syntax out.
        let query = terms
            .iter()
            .enumerate()
            .map(|(i, t)| if i + 1 == terms.len() { format!("'{t}':*") } else { format!("'{t}'") })
            .collect::<Vec<_>>()
            .join(" & ");
        sqlx::query_as(
            "SELECT id, ts_rank(search_tsv, q)::float8 AS rank FROM people, to_tsquery('simple', $1) q \
             WHERE account_id = $2 AND search_tsv @@ q ORDER BY rank DESC, id LIMIT $3",
        )
        .bind(query)
        .bind(account)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)
    }

    /// Many accounts share the server: the planner picks the index.
    const ACCOUNT_PEOPLE: &str = "people p";

    /// All rows of a query folded into one JSON array of arrays (see the
    /// SQLite store: one row instead of 50,000 for the agenda).
    fn json_rows(columns: &str, order: &str) -> String {
        let order = if order.is_empty() { String::new() } else { format!(" ORDER BY {order}") };
        format!("COALESCE(json_agg(json_build_array({columns}){order}), '[]'::json)::text")
    }

    async fn close_store(&self) {
        self.pool.close().await;
    }

    /// PostgreSQL has no mark of its commits that a client can read
    /// without a round trip, so a server on it asks on every sign-in.
    fn change_stamp_now(&self) -> Option<rete_store::ChangeStamp> {
        None
    }

    async fn after_import(tx: &mut Transaction<'static, Postgres>) -> Result<()> {
        for table in IDENTITY_TABLES {
            sqlx::query(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT MAX(id) FROM {table}), 1))"
            ))
            .execute(&mut **tx)
            .await
            .map_err(db_err)?;
        }
        Ok(())
    }
}

rete_store::sql_store_impl!(PostgresStore, ::sqlx::Postgres);

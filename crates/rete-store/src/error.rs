//! Store errors. `NotFound`, `Conflict` and `Invalid` are the user's to fix
//! (the CLI exits 2 on them); `Backend` is ours or the machine's (exit 1).

use rete_core::InvalidField;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A row the caller named does not exist (or belongs to another account).
    #[error("{what} {id} not found")]
    NotFound { what: &'static str, id: String },
    /// A uniqueness rule of the data model, such as one e-mail per person.
    #[error("{field}: {message}")]
    Conflict { field: &'static str, message: String },
    /// A value the data model refuses.
    #[error(transparent)]
    Invalid(#[from] InvalidField),
    /// Another program holds the database's write lock past the wait.
    #[error("another program is writing to the database")]
    Locked,
    /// The database file (or its directory) cannot be written.
    #[error("the database is read-only")]
    ReadOnly,
    /// The database itself failed: I/O, a lost connection, a migration.
    #[error("database error: {0}")]
    Backend(String),
    /// The database driver failed; its error is kept as the source, so a
    /// log or `{:#}` shows the whole chain.
    #[error("database error")]
    Database(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    pub fn not_found(what: &'static str, id: impl ToString) -> Self {
        StoreError::NotFound { what, id: id.to_string() }
    }

    /// Whether the user can fix this by changing their input.
    pub fn is_user_error(&self) -> bool {
        !matches!(self, StoreError::Backend(_) | StoreError::Database(_) | StoreError::Locked | StoreError::ReadOnly)
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

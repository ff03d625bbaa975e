//! A stored row: the data a user typed plus the id the store gave it. The
//! same data type serves the "add" form (no id yet) and the stored row.

use serde::{Deserialize, Serialize};
use std::ops::{Deref, DerefMut};

/// A row with its id; derefs to its data so `person.name` reads naturally.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record<Id, T> {
    pub id: Id,
    #[serde(flatten)]
    pub data: T,
}

impl<Id, T> Deref for Record<Id, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.data
    }
}

impl<Id, T> DerefMut for Record<Id, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.data
    }
}

//! A user's copy of their data: the lossless JSON backup (every table they
//! own) and their people as vCard, for any address book.

use crate::{App, AppError, Caller, Result};
use rete_core::Backup;
use rete_formats::vcard::VCardVersion;

impl App {
    pub async fn export_backup(&self, caller: &Caller) -> Result<Backup> {
        Ok(self.store.export(caller.account).await?)
    }

    /// Every person as vCard 4.0.
    pub async fn export_vcard(&self, caller: &Caller) -> Result<Vec<u8>> {
        let people = self.store.people(caller.account).await?;
        let mut out = Vec::new();
        rete_formats::vcard::write(&people, VCardVersion::V4, &mut out)
            .map_err(|e| AppError::Internal(format!("writing vCard: {e}")))?;
        Ok(out)
    }
}

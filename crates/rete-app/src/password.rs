//! Passwords: the rule a new one must pass, and argon2id hashing off the
//! async threads (a hash takes tens of milliseconds of CPU by design; on a
//! request thread it would stall every other request).

use crate::{AppError, Result};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rete_core::Lang;
use rete_i18n::t;

pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 256;

/// Passwords of ten characters or more that lists of leaked passwords
/// rank highest (shorter ones already fail the length rule), lower-cased.
const COMMON: &[&str] = &[
    "1234567890",
    "0123456789",
    "9876543210",
    "1234567891",
    "12345678910",
    "123456789a",
    "a123456789",
    "qwertyuiop",
    "qwerty1234",
    "1234qwerty",
    "qwerty12345",
    "qwertyuiop123",
    "1q2w3e4r5t",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "qazwsxedc123",
    "zaq12wsxcde",
    "asdfghjkl1",
    "aa12345678",
    "abcd123456",
    "abc1234567",
    "password12",
    "password123",
    "password1234",
    "password01",
    "passw0rd123",
    "password!1",
    "passwordpassword",
    "iloveyou12",
    "iloveyou123",
    "princess123",
    "sunshine123",
    "superman123",
    "football123",
    "baseball123",
    "computer123",
    "monkey12345",
    "dragon1234",
    "letmein123",
    "welcome123",
    "welcome2024",
    "welcome2025",
    "welcome2026",
    "changeme123",
    "administrator",
    "trustno1234",
    "michael123",
    "charlie123",
    "liverpool1",
    "juventus123",
    "juventus1897",
    "forzajuve1",
    "forzainter",
    "forzamilan",
    "forzanapoli",
    "forzaroma1",
    "napoli1926",
    "ciao123456",
    "ciaociao12",
    "amoremio123",
    "password2024",
    "password2025",
    "password2026",
    "qwertzuiop",
    "azertyuiop",
    "1234567890a",
    "q1w2e3r4t5",
    "q1w2e3r4t5y6",
    "1a2b3c4d5e",
    "0987654321",
];

/// Why `password` cannot be used, or `Ok`. Sequences and one repeated
/// character count as common.
pub fn check(password: &str, email: &str, lang: Lang) -> Result<()> {
    let l = lang.as_str();
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(AppError::invalid("password", t!("password.too_short", locale = l, min = MIN_CHARS)));
    }
    if chars > MAX_CHARS {
        return Err(AppError::invalid("password", t!("password.too_long", locale = l, max = MAX_CHARS)));
    }
    let lower = password.to_lowercase();
    if lower == email.trim().to_lowercase() {
        return Err(AppError::invalid("password", t!("password.like_email", locale = l)));
    }
    let first = lower.chars().next();
    let repeated = lower.chars().all(|c| Some(c) == first);
    let sequence =
        ["01234567890123456789", "98765432109876543210", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"]
            .iter()
            .any(|run| run.contains(&lower));
    if repeated || sequence || COMMON.contains(&lower.as_str()) {
        return Err(AppError::invalid("password", t!("password.too_common", locale = l)));
    }
    Ok(())
}

/// The argon2id PHC string of `password` (OWASP's parameters: 19 MiB, 2
/// passes), computed on the blocking pool.
pub async fn hash(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Internal(format!("hashing a password: {e}")))
    })
    .await
    .map_err(|e| AppError::Internal(format!("hashing task: {e}")))?
}

/// Whether `password` matches `phc`. Without a hash (an unknown e-mail, an
/// account with no password) it still spends the time of a check, so the
/// answer's timing does not tell which e-mails are registered.
pub async fn verify(password: String, phc: Option<String>) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        let argon = Argon2::default();
        match phc {
            Some(phc) => {
                let parsed = PasswordHash::new(&phc)
                    .map_err(|e| AppError::Internal(format!("a stored hash is unreadable: {e}")))?;
                Ok(argon.verify_password(password.as_bytes(), &parsed).is_ok())
            }
            None => {
                let salt = SaltString::generate(&mut OsRng);
                let _ = argon.hash_password(password.as_bytes(), &salt);
                Ok(false)
            }
        }
    })
    .await
    .map_err(|e| AppError::Internal(format!("hashing task: {e}")))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_passwords_are_refused_with_the_reason() {
        let e = check("short", "a@b.it", Lang::En).unwrap_err();
        assert!(e.message(Lang::En).contains("at least 10"), "{}", e.message(Lang::En));
        assert_eq!(e.field(), Some("password"));
        for weak in ["1234567890", "Password123", "aaaaaaaaaaaa", "abcdefghijk", "ForzaInter"] {
            assert!(check(weak, "a@b.it", Lang::It).is_err(), "{weak} was accepted");
        }
        assert!(check("mario.rossi@example.it", "Mario.Rossi@example.it", Lang::En).is_err());
        assert!(check("caffè con Giulia alle 8", "a@b.it", Lang::En).is_ok());
    }

    #[tokio::test]
    async fn a_hash_verifies_only_its_password() {
        let phc = hash("una frase lunga e mia".into()).await.unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify("una frase lunga e mia".into(), Some(phc.clone())).await.unwrap());
        assert!(!verify("un'altra frase".into(), Some(phc)).await.unwrap());
        assert!(!verify("anything at all".into(), None).await.unwrap());
    }
}

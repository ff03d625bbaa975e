//! The closed vocabularies of the data model (tiers, interaction kinds,
//! exchange kinds...). One macro gives each the same spelling everywhere:
//! the CLI argument, the JSON field and the database column all use the
//! kebab-case name, so a value never has to be translated between layers.

use std::fmt;

/// A value outside a closed vocabulary. It names the field and lists what
/// is accepted, because the user typed it and needs to know what to type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: unknown value '{value}' (expected one of: {expected})")]
pub struct UnknownValue {
    pub field: &'static str,
    pub value: String,
    pub expected: String,
}

/// What every closed vocabulary has: its values and their spelling. Front
/// ends list the values from it (the CLI's `--help` and its refusals, the
/// pages' select boxes) instead of repeating them.
pub trait Vocabulary: Copy + Send + Sync + 'static {
    /// Every value, in declaration order.
    fn all() -> &'static [Self];
    /// The canonical spelling used by the CLI, JSON and SQL.
    fn as_str(self) -> &'static str;
    /// Other spellings read as this value (`followup`).
    fn aliases(self) -> &'static [&'static str] {
        &[]
    }
}

/// The value `text` spells, by its canonical spelling or an alias, in any
/// case and with `_` for `-`: the reading every vocabulary's `FromStr` does.
pub fn spelled<T: Vocabulary>(text: &str, field: &'static str) -> Result<T, UnknownValue> {
    let wanted = text.trim().to_lowercase().replace('_', "-");
    T::all().iter().copied().find(|v| v.as_str() == wanted || v.aliases().contains(&wanted.as_str())).ok_or_else(|| {
        UnknownValue {
            field,
            value: text.to_string(),
            expected: T::all().iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", "),
        }
    })
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $field:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical spelling used by the CLI, JSON and SQL.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl Vocabulary for $name {
            fn all() -> &'static [Self] {
                $name::ALL
            }
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                spelled(s, $field)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

vocabulary! {
    /// How close a person is; each tier has a keep-in-touch cadence.
    Tier, "tier" {
        Inner = "inner",
        Close = "close",
        Network = "network",
        Archived = "archived",
    }
}

impl Tier {
    /// Days between contacts before the tie counts as going cold; `None`
    /// means never nudge.
    pub fn default_cadence_days(self) -> Option<u32> {
        match self {
            Tier::Inner => Some(14),
            Tier::Close => Some(30),
            Tier::Network => Some(90),
            Tier::Archived => None,
        }
    }
}

vocabulary! {
    /// Whether rete should nudge about a person at all.
    Status, "status" {
        Active = "active",
        /// Kept for the record, but every nudge stops (a one-sided or
        /// unpleasant relationship).
        RedFlag = "red-flag",
    }
}

vocabulary! {
    /// What kind of contact an interaction was.
    InteractionKind, "kind" {
        Meeting = "meeting",
        Call = "call",
        Message = "message",
        OneToOne = "one-to-one",
        Event = "event",
        SpeedDate = "speed-date",
    }
}

impl InteractionKind {
    /// Meetings in person are the ones that deserve a thank-you note.
    pub fn is_encounter(self) -> bool {
        matches!(
            self,
            InteractionKind::Meeting | InteractionKind::OneToOne | InteractionKind::Event | InteractionKind::SpeedDate
        )
    }
}

vocabulary! {
    /// Why an interaction happened: networking is healthy when giving and
    /// socialising outweigh asking.
    Purpose, "purpose" {
        Give = "give",
        Ask = "ask",
        Social = "social",
    }
}

vocabulary! {
    /// Who started an interaction.
    Initiator, "by" {
        Me = "me",
        Them = "them",
    }
}

vocabulary! {
    /// Direction of an exchange in the reciprocity ledger.
    Direction, "direction" {
        Given = "given",
        Received = "received",
    }
}

vocabulary! {
    /// What was given or received.
    ExchangeKind, "kind" {
        Referral = "referral",
        Introduction = "introduction",
        Advice = "advice",
        Favour = "favour",
        Business = "business",
    }
}

vocabulary! {
    /// Events in a person's life worth a congratulation.
    MilestoneKind, "kind" {
        Birthday = "birthday",
        NewJob = "new-job",
        Promotion = "promotion",
        Award = "award",
        Anniversary = "anniversary",
    }
}

vocabulary! {
    /// Where a request for a warm introduction stands.
    IntroStatus, "status" {
        Asked = "asked",
        Made = "made",
        Declined = "declined",
    }
}

vocabulary! {
    /// What a community is: it decides nothing yet but how it is shown
    /// (a chapter's ledger, a company's departments).
    CommunityKind, "kind" {
        /// A business chapter (BNI-style), meeting weekly.
        Chapter = "chapter",
        Club = "club",
        /// A company's people, for internal networking.
        Company = "company",
        /// An event's attendees.
        Event = "event",
    }
}

// `vocabulary!` derives a fixed set of traits, so the default is written out.
#[allow(clippy::derivable_impls)]
impl Default for CommunityKind {
    fn default() -> Self {
        CommunityKind::Club
    }
}

vocabulary! {
    /// What an account is in a community it belongs to.
    Role, "role" {
        /// Created it; sees aggregates, invites, removes.
        Organiser = "organiser",
        /// Named by the organiser; may do what the organiser does but
        /// delete the community or name others.
        CoOrganiser = "co-organiser",
        /// Sees the other members' public profiles, and nothing else of them.
        Member = "member",
    }
}

impl Role {
    /// Whether the role may invite, remove members and see aggregates.
    pub fn organises(self) -> bool {
        matches!(self, Role::Organiser | Role::CoOrganiser)
    }
}

vocabulary! {
    /// Who created a follow-up: the user by hand, or one of the agenda's rules.
    Origin, "origin" {
        Manual = "manual",
        Rule = "rule",
        Debrief = "debrief",
    }
}

vocabulary! {
    /// The languages rete speaks: every text a person reads exists in both.
    Lang, "lang" {
        En = "en",
        It = "it",
    }
}

impl Lang {
    /// Reads a POSIX locale such as `it_IT.UTF-8`; anything not Italian is English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_lowercase().starts_with("it") {
            Lang::It
        } else {
            Lang::En
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kebab_and_snake_spellings() {
        assert_eq!("one-to-one".parse::<InteractionKind>(), Ok(InteractionKind::OneToOne));
        assert_eq!("speed_date".parse::<InteractionKind>(), Ok(InteractionKind::SpeedDate));
        assert_eq!(" Inner ".parse::<Tier>(), Ok(Tier::Inner));
    }

    #[test]
    fn unknown_value_names_field_and_choices() {
        let err = "lunch".parse::<InteractionKind>().unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("kind: unknown value 'lunch'"), "{text}");
        assert!(text.contains("one-to-one"), "{text}");
    }

    #[test]
    fn serde_uses_canonical_spelling() {
        let json = serde_json::to_string(&ExchangeKind::Business).unwrap();
        assert_eq!(json, "\"business\"");
        let back: MilestoneKind = serde_json::from_str("\"new-job\"").unwrap();
        assert_eq!(back, MilestoneKind::NewJob);
    }
}

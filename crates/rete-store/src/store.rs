//! The `Store` trait: one method per use case, so a backend can answer each
//! with the queries that suit it, and callers never see SQL.

use crate::error::Result;
use async_trait::async_trait;
use chrono::NaiveDate;
use rete_core::agenda::{AgendaFacts, AgendaWindow};
use rete_core::*;
use serde::Serialize;

/// One search result: the person and how well they matched (higher is better).
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub person: Person,
    pub rank: f64,
}

/// What deleting a person removed with them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PersonRemoval {
    pub person: Option<Person>,
    /// Interactions only they took part in.
    pub interactions: u64,
    pub exchanges: u64,
    pub followups: u64,
    pub milestones: u64,
}

/// The persistence of everything an account owns. Every method takes the
/// account, so one schema serves the single-user CLI and the server alike.
/// Sign-in state (users, sessions, tokens) is the `Accounts` part.
#[async_trait]
pub trait Store: crate::accounts::Accounts + crate::memberships::Memberships + Send + Sync + std::fmt::Debug {
    /// `sqlite` or `postgres`, for messages and diagnostics.
    fn backend(&self) -> &'static str;

    /// Ends the session: SQLite folds its write-ahead log into the file
    /// (so a copy of the file is the whole network); connections close.
    async fn close(&self);

    /// A mark that changes whenever a write commits to the database, from
    /// any process, read without a query; `None` when the backend cannot
    /// tell that cheaply. What was read under one mark still holds while
    /// the mark is the same, so a long-running server may keep it (the
    /// sign-ins of `rete_app`) without asking the database again.
    fn change_stamp(&self) -> Option<ChangeStamp>;

    /// The account of the CLI's local mode, created on first use.
    async fn local_account(&self) -> Result<AccountId>;
    /// An account by name, created when missing (the server's users).
    async fn account(&self, name: &str) -> Result<AccountId>;

    async fn add_person(&self, account: AccountId, person: &PersonData) -> Result<PersonId>;
    async fn update_person(&self, account: AccountId, person: &Person) -> Result<()>;
    async fn person(&self, account: AccountId, id: PersonId) -> Result<Person>;
    /// Everyone, ordered by name.
    async fn people(&self, account: AccountId) -> Result<Vec<Person>>;
    /// People whose name matches `name` accent- and case-insensitively:
    /// exact matches if any, else those whose name contains it.
    async fn people_named(&self, account: AccountId, name: &str) -> Result<Vec<Person>>;
    /// Applies an import in one transaction: `merged` people are updated,
    /// `created` ones inserted in bulk (an address book of 30,000 contacts
    /// must not take 30,000 round trips). Returns the new ids in the order
    /// of `created`. Nothing is written if anything fails. Takes the
    /// people by value: they are normalised in place, not copied.
    async fn import_people(
        &self,
        account: AccountId,
        created: Vec<PersonData>,
        merged: Vec<Person>,
    ) -> Result<Vec<PersonId>>;
    /// Folds `gone` into `keep`: lists are joined, empty fields filled, and
    /// every interaction, exchange, follow-up, milestone and attendance
    /// moves to `keep`. `gone` no longer exists afterwards.
    /// Puts off the agenda's `kind` action about `person` until `until`,
    /// the day it may show again; a later snooze replaces an earlier one.
    async fn snooze_action(&self, account: AccountId, person: PersonId, kind: &str, until: NaiveDate) -> Result<()>;
    /// The actions put off beyond `today`, as (person, kind).
    async fn action_snoozes(&self, account: AccountId, today: NaiveDate) -> Result<Vec<(PersonId, String)>>;
    async fn merge_people(&self, account: AccountId, keep: PersonId, gone: PersonId) -> Result<Person>;
    /// Full text over names, companies, roles, tags and notes, ranked.
    async fn search(&self, account: AccountId, query: &str, limit: u32) -> Result<Vec<SearchHit>>;

    async fn add_interaction(&self, account: AccountId, interaction: &InteractionData) -> Result<InteractionId>;
    /// Newest first; only those involving `person` when given.
    async fn interactions(&self, account: AccountId, person: Option<PersonId>) -> Result<Vec<Interaction>>;

    async fn add_exchange(&self, account: AccountId, exchange: &ExchangeData) -> Result<ExchangeId>;
    /// Newest first; only those with `person` when given.
    async fn exchanges(&self, account: AccountId, person: Option<PersonId>) -> Result<Vec<Exchange>>;
    async fn thank_exchange(&self, account: AccountId, id: ExchangeId, on: NaiveDate) -> Result<Exchange>;

    async fn add_followup(&self, account: AccountId, followup: &FollowupData) -> Result<FollowupId>;
    /// Open ones by due date, or all when `include_done`.
    async fn followups(&self, account: AccountId, include_done: bool) -> Result<Vec<Followup>>;
    async fn complete_followup(&self, account: AccountId, id: FollowupId, on: NaiveDate) -> Result<Followup>;
    async fn snooze_followup(&self, account: AccountId, id: FollowupId, until: NaiveDate) -> Result<Followup>;

    async fn add_milestone(&self, account: AccountId, milestone: &MilestoneData) -> Result<MilestoneId>;
    async fn milestones(&self, account: AccountId, person: Option<PersonId>) -> Result<Vec<Milestone>>;

    async fn add_event(&self, account: AccountId, event: &EventData) -> Result<EventId>;
    async fn event(&self, account: AccountId, id: EventId) -> Result<Event>;
    /// Newest first.
    async fn events(&self, account: AccountId) -> Result<Vec<Event>>;
    async fn events_named(&self, account: AccountId, name: &str) -> Result<Vec<Event>>;
    /// Adds attendees (people already attending are left as they are) and,
    /// in the same transaction, the
    /// `encounter` with them when there is one (an event that happened).
    async fn attend_event(
        &self,
        account: AccountId,
        event: EventId,
        people: &[PersonId],
        encounter: Option<&InteractionData>,
    ) -> Result<Event>;

    /// What the daily agenda of `window.today` reads: the people inside the
    /// window (with the fields the rules read) and their contact summaries
    /// as of that day (see `rete_core::summary`), open follow-ups, and the
    /// ledger and milestones of the last 12 months. Someone outside the
    /// window can have no action that day, so a network of 50,000 people
    /// costs what its few thousand candidates cost. The summaries are kept
    /// by the store between calls, so this may write.
    async fn agenda_facts(&self, account: AccountId, window: &AgendaWindow) -> Result<AgendaFacts>;

    /// A community by name (accent- and case-insensitive), if the account
    /// has one by that name. A lookup never writes: a typo in a name must
    /// not start a new community.
    async fn find_community(&self, account: AccountId, name: &str) -> Result<Option<rete_core::grow::Community>>;
    /// The community by that name, created when missing (`community add`,
    /// `community import`: commands that say they create).
    async fn create_community(&self, account: AccountId, name: &str) -> Result<rete_core::grow::Community>;
    async fn communities(&self, account: AccountId) -> Result<Vec<rete_core::grow::Community>>;
    /// Inserts or replaces members' profiles (by member key), in one transaction.
    async fn upsert_profiles(
        &self,
        account: AccountId,
        community: CommunityId,
        profiles: &[rete_core::grow::MemberProfile],
    ) -> Result<()>;
    /// Every profile of a community, by member key.
    async fn profiles(&self, account: AccountId, community: CommunityId)
        -> Result<Vec<rete_core::grow::MemberProfile>>;

    /// Sets or clears where a community's pairings are announced.
    async fn set_community_webhook(
        &self,
        account: AccountId,
        community: CommunityId,
        webhook: Option<&str>,
    ) -> Result<()>;

    /// Invites members of a community to an event (again is harmless).
    async fn invite_to_event(
        &self,
        account: AccountId,
        event: EventId,
        community: CommunityId,
        members: &[u64],
    ) -> Result<()>;
    /// The community members invited to an event.
    async fn event_guests(&self, account: AccountId, event: EventId) -> Result<Vec<(CommunityId, u64)>>;
    /// Replaces the seating plan saved for an event.
    async fn save_seating(&self, account: AccountId, event: EventId, seats: &[rete_core::seating::Seat]) -> Result<()>;
    /// The seating plan saved for an event, by round and table (empty if none).
    async fn seating(&self, account: AccountId, event: EventId) -> Result<Vec<rete_core::seating::Seat>>;

    /// Stores one run of a community's recurring pairing.
    async fn record_pairing(
        &self,
        account: AccountId,
        community: CommunityId,
        run: &rete_core::seating::PairingRun,
    ) -> Result<()>;
    /// Every run of a community's recurring pairing, oldest first.
    async fn pairings(&self, account: AccountId, community: CommunityId)
        -> Result<Vec<rete_core::seating::PairingRun>>;

    /// Records a request for a warm introduction.
    async fn add_intro(&self, account: AccountId, intro: &rete_core::seating::IntroData) -> Result<IntroId>;
    /// Every introduction request, oldest first.
    async fn intros(&self, account: AccountId) -> Result<Vec<rete_core::seating::Intro>>;
    /// Marks an introduction as made or declined on a date.
    async fn close_intro(
        &self,
        account: AccountId,
        id: IntroId,
        status: IntroStatus,
        on: NaiveDate,
    ) -> Result<rete_core::seating::Intro>;

    /// Deletes a person and what is only theirs: their exchanges,
    /// follow-ups, milestones, introductions and seats, and the
    /// interactions nobody else took part in; shared interactions and
    /// events keep the others. People they introduced keep no introducer.
    async fn delete_person(&self, account: AccountId, id: PersonId) -> Result<PersonRemoval>;

    async fn interaction(&self, account: AccountId, id: InteractionId) -> Result<Interaction>;
    /// Replaces an interaction's fields and people.
    async fn update_interaction(&self, account: AccountId, interaction: &Interaction) -> Result<()>;
    async fn delete_interaction(&self, account: AccountId, id: InteractionId) -> Result<Interaction>;

    async fn exchange(&self, account: AccountId, id: ExchangeId) -> Result<Exchange>;
    async fn update_exchange(&self, account: AccountId, exchange: &Exchange) -> Result<()>;
    async fn delete_exchange(&self, account: AccountId, id: ExchangeId) -> Result<Exchange>;

    async fn followup(&self, account: AccountId, id: FollowupId) -> Result<Followup>;
    async fn update_followup(&self, account: AccountId, followup: &Followup) -> Result<()>;
    async fn delete_followup(&self, account: AccountId, id: FollowupId) -> Result<Followup>;

    async fn milestone(&self, account: AccountId, id: MilestoneId) -> Result<Milestone>;
    async fn update_milestone(&self, account: AccountId, milestone: &Milestone) -> Result<()>;
    async fn delete_milestone(&self, account: AccountId, id: MilestoneId) -> Result<Milestone>;

    /// Replaces an event's fields and attendees; guests and seating stay.
    async fn update_event(&self, account: AccountId, event: &Event) -> Result<()>;
    /// Deletes an event with its attendance, guests and seating plan; the
    /// people met there stay, with how they were met.
    async fn delete_event(&self, account: AccountId, id: EventId) -> Result<Event>;

    /// Every row of the account, in canonical order.
    async fn export(&self, account: AccountId) -> Result<Backup>;
    /// Restores a backup into an account that holds nothing yet, keeping
    /// every id, in one transaction.
    async fn import(&self, account: AccountId, backup: &Backup) -> Result<()>;
}

/// See [`Store::change_stamp`]: equal marks mean no write committed in
/// between. The bytes are the backend's own (SQLite's wal-index header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeStamp(pub [u8; 48]);

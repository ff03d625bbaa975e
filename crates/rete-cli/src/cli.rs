//! The command line, as clap reads it. Only parsing lives here; each
//! command's behaviour is in `commands/`.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use rete_core::draft::DraftKind;
use rete_core::{ExchangeKind, Initiator, InteractionKind, Lang, MilestoneKind, Purpose, Tier, Vocabulary};
use std::ffi::OsString;
use std::path::PathBuf;

/// rete keeps your professional network alive: who you met, what you
/// promised, who gave what, and what to do today.
#[derive(Debug, Parser)]
#[command(name = "rete", version, about, max_term_width = 100)]
pub struct Cli {
    /// SQLite database file (default: rete.db in your data directory).
    #[arg(long, global = true, env = "RETE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Use a PostgreSQL server instead of the SQLite file.
    #[arg(long, global = true, env = "RETE_DATABASE_URL", value_name = "postgres://...")]
    pub database_url: Option<String>,
    /// Language of everything rete prints (default: the configuration, then LANG).
    #[arg(long, global = true, value_name = "it|en", value_parser = vocab::<Lang>(), ignore_case = true)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Command,
}

/// A closed vocabulary as clap's possible values, so that `--help` lists
/// them and a typo gets "did you mean". The other spellings the vocabulary
/// reads (`one_to_one`, `followup`, any case: each argument ignores case)
/// still read, as they always have.
fn vocab<T: Vocabulary>() -> impl TypedValueParser<Value = T> {
    let values = T::all().iter().map(|v| {
        let text = v.as_str();
        let value = PossibleValue::new(text).aliases(v.aliases().iter().copied());
        if text.contains('-') {
            value.alias(text.replace('-', "_"))
        } else {
            value
        }
    });
    PossibleValuesParser::new(values).try_map(|text: String| rete_core::vocab::spelled::<T>(&text, "value"))
}

// Parsed once per run: boxing the large variant would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database (needed once when --db names a new file).
    Init,
    /// Build a realistic demo network in a fresh database and show it.
    Demo(DemoArgs),
    /// What to do today, and why: thank-yous, follow-ups, ties going cold...
    Today(TodayArgs),
    /// Your habits against the classic networking mistakes, with evidence.
    Audit(AuditArgs),
    /// The agenda as an iCalendar feed: rete calendar > rete.ics
    Calendar(CalendarArgs),
    /// Draft a specific, personal message to someone.
    Draft(DraftArgs),
    /// Communities you belong to: a club, a chapter, a company, an event.
    #[command(subcommand)]
    Community(CommunityCommand),
    /// Your public profile in a community: what you offer, seek and care about.
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Your best give-give matches in a community, with the reasons.
    Matches(MatchesArgs),
    /// Give-give matches for every profile of a JSON Lines file (MATCHING.md).
    Match(MatchArgs),
    /// Add, edit, show and list people.
    #[command(subcommand)]
    Person(PersonCommand),
    /// Log an interaction (a meeting, a call, a message, a one-to-one...),
    /// or list, edit and delete the ones logged.
    Log(LogCommand),
    /// Record something you gave (a referral, an introduction, advice...).
    Give(GiveArgs),
    /// Record something you received.
    Receive(ReceiveArgs),
    /// Mark a received exchange as thanked.
    Thank(ThankArgs),
    /// The give/receive ledger; edit or delete an exchange recorded wrong.
    Ledger(LedgerCommand),
    /// Follow-ups: what you promised to do, and when.
    #[command(subcommand)]
    Followup(FollowupCommand),
    /// Milestones: new jobs, promotions, awards, anniversaries.
    #[command(subcommand)]
    Milestone(MilestoneCommand),
    /// Events where you meet people.
    #[command(subcommand)]
    #[command(alias = "events")]
    Event(EventCommand),
    /// Plan speed-networking rounds: tables (or pairs) where nobody meets twice.
    Plan(PlanArgs),
    /// Pair a community's members every period, never the same pair twice.
    #[command(subcommand)]
    Pairing(PairingCommand),
    /// Warm introductions: who can introduce you, asking, recording.
    #[command(subcommand)]
    Intro(IntroCommand),
    /// Full-text search over names, companies, roles, tags and notes.
    Search(SearchArgs),
    /// Take back the last command that changed something (again for the
    /// one before, up to 20): what it added goes, what it changed or
    /// deleted comes back.
    Undo(UndoArgs),
    /// A consistent copy of the whole database, safe while rete runs.
    Backup(BackupArgs),
    /// Replace the database with a copy made by `rete backup`.
    Restore(RestoreArgs),
    /// Write your network to standard output.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Bring a network in; `rete import FILE` tells the kind from the content.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Serve rete in the browser and as a JSON API (SQLite by default, the
    /// same file the CLI uses; PostgreSQL with --database-url).
    Serve(ServeArgs),
    /// The sign-in of your local account, for `rete serve`.
    #[command(subcommand)]
    Account(AccountCommand),
    /// The daily digest e-mail of the agenda (sent by `rete serve` at each
    /// user's hour; `run` sends the ones due now, by hand).
    #[command(subcommand)]
    Digest(DigestCommand),
}

impl Command {
    /// Whether the command only reads, so that `rete undo` has nothing to
    /// record and the journal's triggers need not be set up (most of the
    /// cost of opening the file). A command missing here is journaled: a
    /// read taken for a write costs a few milliseconds, a write taken for
    /// a read would lose its undo.
    pub fn only_reads(&self) -> bool {
        match self {
            // `today` refreshes its cached summaries, which undo rebuilds
            // rather than records.
            Command::Today(_)
            | Command::Calendar(_)
            | Command::Draft(_)
            | Command::Matches(_)
            | Command::Match(_)
            | Command::Search(_)
            | Command::Export(_)
            | Command::Audit(_) => true,
            Command::Person(p) => {
                matches!(p, PersonCommand::Show { .. } | PersonCommand::Timeline { .. } | PersonCommand::List { .. })
            }
            Command::Log(l) => matches!(l.action, Some(LogAction::List { .. })),
            Command::Ledger(l) => matches!(l.action, None | Some(LedgerAction::List(_))),
            Command::Followup(f) => matches!(f, FollowupCommand::List { .. }),
            Command::Milestone(m) => matches!(m, MilestoneCommand::List(_)),
            Command::Event(e) => {
                matches!(e, EventCommand::List(_) | EventCommand::Show { .. } | EventCommand::Suggest { .. })
            }
            Command::Community(c) => matches!(c, CommunityCommand::List { .. }),
            Command::Profile(p) => matches!(p, ProfileCommand::Show { .. } | ProfileCommand::Check { .. }),
            Command::Pairing(p) => matches!(p, PairingCommand::History { .. }),
            Command::Intro(i) => matches!(i, IntroCommand::Path { .. } | IntroCommand::List { .. }),
            Command::Digest(d) => matches!(d, DigestCommand::Log { .. }),
            _ => false,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum DigestCommand {
    /// Send the digests due now (each user's hour has come in their time
    /// zone), once per user and day, over `[smtp]`; prints how many.
    Run {
        /// Send the digests of this day, whatever the hour.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Turn the local account's digest on (it needs a login: rete account set-password).
    On {
        /// The local hour to send it at, 0 to 23 (default 8).
        #[arg(long, default_value_t = 8)]
        hour: u8,
        /// An IANA time zone such as Europe/Rome (default: keep the one set, else the server's).
        #[arg(long, value_name = "ZONE")]
        time_zone: Option<String>,
    },
    /// Turn the local account's digest off.
    Off,
    /// The local account's latest deliveries.
    Log {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Where to listen, e.g. 127.0.0.1:7878 or 0.0.0.0:8080 (default from
    /// `[server] address`, else 127.0.0.1:7878).
    #[arg(long, value_name = "HOST:PORT")]
    pub addr: Option<String>,
    /// The address people reach the server at, e.g. https://rete.example.org
    /// (cookies become Secure when it is https).
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Give the local account an e-mail and password to sign in to `rete serve` with.
    SetPassword {
        /// The e-mail you will sign in with.
        #[arg(long)]
        email: String,
        /// Read the password from the first line of standard input instead of asking.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Seed of the generated network (the same seed gives the same people).
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Roughly how many people.
    #[arg(long, default_value_t = 300)]
    pub people: usize,
    /// Then serve it in the browser (the default when run in a terminal).
    #[arg(long, conflicts_with = "no_serve")]
    pub serve: bool,
    /// Only build it and show the tour (the default when not in a terminal).
    #[arg(long)]
    pub no_serve: bool,
    /// Where to serve it (default 127.0.0.1:7878).
    #[arg(long, value_name = "HOST:PORT")]
    pub addr: Option<String>,
}

#[derive(Debug, Args)]
pub struct TodayArgs {
    /// The day to plan (default: today).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Show at most this many actions.
    #[arg(long)]
    pub limit: Option<usize>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Take the 17-question self-assessment and get an action plan.
    #[arg(long)]
    pub quiz: bool,
    /// Answers for scripts: 17 comma-separated yes/no (implies --quiz).
    #[arg(long, value_name = "yes,no,...")]
    pub answers: Option<String>,
    /// Write the plan (Markdown) to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Include follow-ups due within this many days.
    #[arg(long, default_value_t = 30)]
    pub days: u32,
}

#[derive(Debug, Args)]
pub struct DraftArgs {
    pub person: String,
    /// What the message is for.
    #[arg(long, value_parser = vocab::<DraftKind>(), ignore_case = true)]
    pub kind: DraftKind,
}

#[derive(Debug, Subcommand)]
pub enum CommunityCommand {
    /// Create a community (or find it).
    Add { name: String },
    /// Your communities and how many profiles each holds.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Change a community's settings.
    Set {
        name: String,
        /// Slack-compatible incoming webhook for pairing announcements.
        #[arg(long, value_name = "URL")]
        webhook: Option<String>,
        /// Stop announcing on the webhook.
        #[arg(long, conflicts_with = "webhook")]
        no_webhook: bool,
    },
    /// Bring in members' public profiles (JSON Lines, MATCHING.md's format).
    Import {
        name: String,
        #[arg(long, value_name = "FILE")]
        input: PathBuf,
    },
}

#[derive(Debug, Args, Default)]
pub struct ProfileFields {
    /// The name others see.
    #[arg(long)]
    pub name: Option<String>,
    /// Something you can give (repeatable; replaces the list).
    #[arg(long = "offer", value_name = "TEXT")]
    pub offers: Vec<String>,
    /// Something you are looking for (repeatable; replaces the list).
    #[arg(long = "seek", value_name = "TEXT")]
    pub seeks: Vec<String>,
    /// A personal or professional interest (repeatable; replaces the list).
    #[arg(long = "interest", value_name = "TEXT")]
    pub interests: Vec<String>,
    #[arg(long)]
    pub sector: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// A language you speak (repeatable).
    #[arg(long = "language", value_name = "CODE")]
    pub languages: Vec<String>,
    #[arg(long)]
    pub department: Option<String>,
    /// The language your profile is written in.
    #[arg(long, value_parser = vocab::<Lang>(), ignore_case = true)]
    pub profile_lang: Option<Lang>,
    /// Stop being matched and shown to others.
    #[arg(long, conflicts_with = "opt_in")]
    pub opt_out: bool,
    /// Be matched again.
    #[arg(long)]
    pub opt_in: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Create or change your profile; prints advice to make it specific.
    Set {
        #[arg(long)]
        community: Option<String>,
        #[command(flatten)]
        fields: ProfileFields,
    },
    /// Your profile.
    Show {
        #[arg(long)]
        community: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Points at vague offers and seeks, and how to sharpen them.
    Check {
        #[arg(long)]
        community: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct MatchesArgs {
    #[arg(long)]
    pub community: Option<String>,
    #[arg(long, default_value_t = 10)]
    pub k: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// Profiles, one JSON object a line (- for standard input).
    #[arg(long, value_name = "FILE")]
    pub input: PathBuf,
    /// How many matches per profile.
    #[arg(long, default_value_t = 10)]
    pub k: usize,
    /// Worker threads (default: every core).
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// The fields a person can be given on the command line; shared by `add`
/// and `edit`, where every flag is optional.
#[derive(Debug, Args, Default)]
pub struct PersonFields {
    /// E-mail address (repeatable).
    #[arg(long = "email", value_name = "E")]
    pub emails: Vec<String>,
    /// Phone number (repeatable).
    #[arg(long = "phone", value_name = "P")]
    pub phones: Vec<String>,
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub department: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// Given name, as phones sort by it (default: from the name).
    #[arg(long, value_name = "NAME")]
    pub given: Option<String>,
    /// Family name (default: from the name).
    #[arg(long, value_name = "NAME")]
    pub family: Option<String>,
    /// Business sector (legal, marketing, web...).
    #[arg(long)]
    pub sector: Option<String>,
    #[arg(long, value_parser = vocab::<Tier>(), ignore_case = true)]
    pub tier: Option<Tier>,
    /// Days between contacts, overriding the tier's cadence.
    #[arg(long, value_name = "DAYS")]
    pub cadence: Option<u32>,
    /// YYYY-MM-DD, or MM-DD when the year is unknown.
    #[arg(long, value_name = "DATE")]
    pub birthday: Option<String>,
    /// When you met.
    #[arg(long, value_name = "DATE")]
    pub met_on: Option<String>,
    /// Where you met: a place or an event.
    #[arg(long, value_name = "PLACE")]
    pub met_at: Option<String>,
    /// Who introduced you (id or name).
    #[arg(long, value_name = "PERSON")]
    pub introduced_by: Option<String>,
    /// Tag (repeatable).
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// A link such as the LinkedIn profile (repeatable).
    #[arg(long = "link", value_name = "URL")]
    pub links: Vec<String>,
    /// Free notes.
    #[arg(long = "note", value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a person; prints the new id.
    Add {
        name: String,
        #[command(flatten)]
        fields: PersonFields,
        /// A different person with the name of someone already kept (a
        /// namesake); without it, rete refuses and names who is there.
        #[arg(long)]
        new: bool,
        #[arg(long)]
        json: bool,
    },
    /// Change a person: given fields replace, list flags add.
    Edit {
        person: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        fields: PersonFields,
        /// Remove an e-mail, phone, tag or link (repeatable).
        #[arg(long, value_name = "VALUE")]
        remove: Vec<String>,
        /// Stop all nudges about this person, keeping the record.
        #[arg(long, value_name = "REASON")]
        red_flag: Option<String>,
        /// Lift a red flag.
        #[arg(long)]
        clear_flag: bool,
    },
    /// Everything about one person.
    Show {
        person: String,
        #[arg(long)]
        json: bool,
    },
    /// Everything recorded with a person, newest first, with the ids that
    /// correct it: interactions, exchanges, follow-ups, milestones,
    /// introductions.
    Timeline {
        person: String,
        /// Show at most this many entries (0: all; default 50).
        #[arg(long)]
        limit: Option<usize>,
        #[arg(long)]
        json: bool,
    },
    /// Everyone, or those of a tier or tag.
    List {
        #[arg(long, value_parser = vocab::<Tier>(), ignore_case = true)]
        tier: Option<Tier>,
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Keep the record but stop every nudge.
    Archive {
        person: String,
        #[arg(long)]
        reason: String,
    },
    /// Fold B into A (same person recorded twice); B disappears.
    Merge { a: String, b: String },
    /// Delete a person with what is only theirs (asks first).
    Delete {
        person: String,
        /// Do not ask.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
}

/// `rete log KIND --with P` records; `rete log list|edit|delete` corrects.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct LogCommand {
    #[command(subcommand)]
    pub action: Option<LogAction>,
    #[command(flatten)]
    pub new: LogArgs,
}

#[derive(Debug, Subcommand)]
pub enum LogAction {
    /// Interactions, newest first, with their ids.
    List {
        /// Only those with this person (id or name).
        #[arg(long = "with", value_name = "PERSON")]
        with: Option<String>,
        /// Only those on or after this date.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Show at most this many (0 for all).
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Correct an interaction: given fields replace (--with replaces the people).
    Edit {
        id: i64,
        #[arg(long, value_parser = vocab::<InteractionKind>(), ignore_case = true)]
        kind: Option<InteractionKind>,
        /// A new date.
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// Who was there (id or name, repeatable; replaces the list).
        #[arg(long = "with", value_name = "PERSON")]
        with: Vec<String>,
        #[arg(long)]
        topics: Option<String>,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long, value_parser = vocab::<Purpose>(), ignore_case = true)]
        purpose: Option<Purpose>,
        #[arg(long, value_parser = vocab::<Initiator>(), ignore_case = true)]
        by: Option<Initiator>,
    },
    /// Delete an interaction logged by mistake.
    Delete { id: i64 },
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// What kind of interaction.
    #[arg(value_parser = vocab::<InteractionKind>(), ignore_case = true)]
    pub kind: Option<InteractionKind>,
    /// Who was there (id or name, repeatable).
    #[arg(long = "with", value_name = "PERSON")]
    pub with: Vec<String>,
    /// When it happened.
    #[arg(long, value_name = "DATE", default_value = "today", allow_hyphen_values = true)]
    pub on: String,
    /// What you talked about.
    #[arg(long)]
    pub topics: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    #[arg(long, value_parser = vocab::<Purpose>(), ignore_case = true)]
    pub purpose: Option<Purpose>,
    /// Who started it.
    #[arg(long, default_value = "me", value_parser = vocab::<Initiator>(), ignore_case = true)]
    pub by: Initiator,
}

#[derive(Debug, Args)]
pub struct ExchangeFields {
    /// When it happened.
    #[arg(long, value_name = "DATE", default_value = "today")]
    pub on: String,
    /// For closed business: the amount in euros.
    #[arg(long, value_name = "EUR", allow_negative_numbers = true)]
    pub amount: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct GiveArgs {
    /// What you gave.
    #[arg(value_parser = vocab::<ExchangeKind>(), ignore_case = true)]
    pub kind: ExchangeKind,
    #[arg(long, value_name = "PERSON")]
    pub to: String,
    #[command(flatten)]
    pub fields: ExchangeFields,
}

#[derive(Debug, Args)]
pub struct ReceiveArgs {
    /// What you received.
    #[arg(value_parser = vocab::<ExchangeKind>(), ignore_case = true)]
    pub kind: ExchangeKind,
    #[arg(long, value_name = "PERSON")]
    pub from: String,
    #[command(flatten)]
    pub fields: ExchangeFields,
}

/// `rete ledger` lists; `rete ledger edit|delete ID` corrects.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LedgerCommand {
    #[command(subcommand)]
    pub action: Option<LedgerAction>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum LedgerAction {
    /// Every exchange, newest first, with its id.
    List(ListArgs),
    /// Correct an exchange: given fields replace.
    Edit {
        id: i64,
        #[arg(long, value_parser = vocab::<ExchangeKind>(), ignore_case = true)]
        kind: Option<ExchangeKind>,
        /// Who it was with (id or name).
        #[arg(long, value_name = "PERSON")]
        person: Option<String>,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// For closed business: the amount in euros.
        #[arg(long, value_name = "EUR", allow_negative_numbers = true)]
        amount: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// Forget the thank-you recorded (it was not sent).
        #[arg(long)]
        not_thanked: bool,
    },
    /// Delete an exchange recorded by mistake (or twice).
    Delete { id: i64 },
}

#[derive(Debug, Args)]
pub struct ThankArgs {
    pub exchange: i64,
    #[arg(long, value_name = "DATE", default_value = "today")]
    pub on: String,
}

#[derive(Debug, Subcommand)]
pub enum FollowupCommand {
    /// Promise something to someone by a date.
    Add {
        #[arg(long = "with", value_name = "PERSON")]
        with: String,
        #[arg(long, value_name = "DATE")]
        due: String,
        text: String,
    },
    /// Open follow-ups by due date.
    List {
        /// Include the done ones.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Mark one done.
    Done {
        id: i64,
        #[arg(long, value_name = "DATE", default_value = "today")]
        on: String,
    },
    /// Put one off (until tomorrow, +1w, a date...).
    Snooze {
        id: i64,
        #[arg(long, value_name = "DATE")]
        until: String,
    },
    /// Correct a follow-up: given fields replace.
    Edit {
        id: i64,
        #[arg(long = "with", value_name = "PERSON")]
        with: Option<String>,
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        #[arg(long)]
        text: Option<String>,
        /// Open it again (it was not done).
        #[arg(long)]
        reopen: bool,
    },
    /// Delete a follow-up.
    Delete { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum MilestoneCommand {
    /// Record a milestone.
    Add {
        #[arg(long = "for", value_name = "PERSON")]
        person: String,
        #[arg(long, value_parser = vocab::<MilestoneKind>(), ignore_case = true)]
        kind: MilestoneKind,
        #[arg(long, value_name = "DATE")]
        on: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// All milestones, newest first.
    List(ListArgs),
    /// Correct a milestone: given fields replace.
    Edit {
        id: i64,
        #[arg(long, value_parser = vocab::<MilestoneKind>(), ignore_case = true)]
        kind: Option<MilestoneKind>,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Delete a milestone.
    Delete { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Record an event.
    Add {
        name: String,
        #[arg(long, value_name = "DATE")]
        on: String,
        #[arg(long)]
        place: Option<String>,
        /// A topic (repeatable).
        #[arg(long = "topic", value_name = "T")]
        topics: Vec<String>,
    },
    /// Who you met there (id or name, repeatable).
    Attend {
        event: String,
        #[arg(long = "with", value_name = "PERSON", required = true)]
        with: Vec<String>,
    },
    /// Invite members of a community to an event (for the seating plan).
    Invite {
        event: String,
        #[arg(long)]
        community: String,
        /// Member ids or names; none with --all.
        members: Vec<String>,
        /// Every member who opted in.
        #[arg(long, conflicts_with = "members")]
        all: bool,
    },
    /// After the event: bring whom you sat with into your network, with
    /// how you met and the thank-you and one-to-one follow-ups.
    Debrief {
        event: String,
        #[arg(long)]
        json: bool,
    },
    /// Upcoming events ranked by how well they fit you, each with its reason.
    Suggest {
        /// Look this many days ahead.
        #[arg(long, default_value_t = 90)]
        days: u32,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Events, newest first.
    List(ListArgs),
    /// One event with its attendees.
    Show {
        event: String,
        #[arg(long)]
        json: bool,
    },
    /// Correct an event: given fields replace.
    Edit {
        event: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long)]
        place: Option<String>,
        /// A topic (repeatable; replaces the list).
        #[arg(long = "topic", value_name = "T")]
        topics: Vec<String>,
        /// Someone who was not there after all (id or name, repeatable).
        #[arg(long = "remove", value_name = "PERSON")]
        remove: Vec<String>,
    },
    /// Delete an event; the people met there stay in your network.
    Delete { event: String },
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (a new file).
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A copy made by `rete backup`.
    pub file: PathBuf,
    /// Do not ask before replacing the database.
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    pub query: String,
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// A lossless JSON backup of everything.
    Json,
    /// Everyone as vCards (4.0, or 3.0 for Google and older phones).
    Vcard {
        #[arg(long, default_value = "4.0", value_parser = ["4.0", "3.0"])]
        version: String,
    },
    /// Everyone as CSV, one person a line.
    Csv,
    /// Your network as a graph: people, introductions, shared events and interactions.
    Graphml,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Restore a JSON backup into an empty database.
    Json { file: PathBuf },
    /// LinkedIn's Connections.csv ("Get a copy of your data").
    Linkedin(ContactImport),
    /// vCard files (2.1, 3.0, 4.0) from any address book.
    Vcard(ContactImport),
    /// Google Contacts CSV export (old or new format, UTF-8 or UTF-16).
    Google(ContactImport),
    /// Outlook or Outlook.com contacts CSV, in English or Italian.
    Outlook(ContactImport),
    /// `rete import FILE [--dry-run] [--region R] [--json]`: the kind is
    /// guessed from the content and said.
    #[command(external_subcommand)]
    Guess(Vec<OsString>),
}

#[derive(Debug, Args)]
pub struct ContactImport {
    /// The file, or - for standard input.
    pub file: PathBuf,
    /// Show what would happen and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Region for phone numbers written without a country code.
    #[arg(long, default_value = "IT")]
    pub region: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("who").required(true).args(["people", "event", "input"])))]
pub struct PlanArgs {
    /// Plan for this many anonymous participants (numbered from 1).
    #[arg(long)]
    pub people: Option<usize>,
    /// Plan for an event: you, its attendees and invited members, avoiding
    /// people who already know each other; the plan is saved for the debrief.
    #[arg(long)]
    pub event: Option<String>,
    /// Plan from a profiles file (MATCHING.md's JSON Lines); ids are the profiles' ids.
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// People per table; 2 plans one-to-one speed dates.
    #[arg(long, default_value_t = 4)]
    pub table_size: usize,
    /// Table sizes you allow, e.g. 4,5: rete picks the mix of them that
    /// keeps the rounds free of repeats, fewest tables first.
    #[arg(long, value_name = "SIZES", value_delimiter = ',', conflicts_with = "table_size")]
    pub tables: Option<Vec<usize>>,
    #[arg(long)]
    pub rounds: usize,
    /// With --event: you organise but do not sit.
    #[arg(long)]
    pub without_me: bool,
    /// Seed of the search (the same seed gives the same plan).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Seconds the search may take when no construction fits.
    #[arg(long, default_value_t = 5.0)]
    pub time_limit: f64,
    #[arg(long)]
    pub json: bool,
}

/// What recurring pairing prefers among unmet pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Prefer {
    CrossDepartment,
    CrossSector,
    Score,
}

#[derive(Debug, Subcommand)]
pub enum PairingCommand {
    /// Form this period's pairs and announce them (e-mail, webhook).
    Run {
        #[arg(long)]
        community: String,
        /// The period: 7d, 14d, 2w, 1m...
        #[arg(long, default_value = "14d")]
        every: String,
        #[arg(long, value_enum, default_value_t = Prefer::CrossDepartment)]
        prefer: Prefer,
        /// Pair your own profile too (by default you organise, members meet).
        #[arg(long)]
        include_me: bool,
        /// Run even if the period since the last run has not passed.
        #[arg(long)]
        force: bool,
        /// Show the pairs; store and announce nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// The pairs of every past run.
    History {
        #[arg(long)]
        community: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum IntroCommand {
    /// Who in your network can introduce you to PERSON, strongest path first.
    Path {
        person: String,
        #[arg(long, default_value_t = 3)]
        max: usize,
        #[arg(long)]
        json: bool,
    },
    /// Ask INTRODUCER for an introduction to PERSON: records it and drafts the message.
    Ask {
        person: String,
        #[arg(long, value_name = "INTRODUCER")]
        via: String,
        /// Why you want to meet them (goes into the message).
        #[arg(long)]
        why: Option<String>,
    },
    /// Introduction requests and where they stand.
    List {
        #[arg(long)]
        json: bool,
    },
    /// The introduction happened (or was declined): it enters the ledger.
    Done {
        id: i64,
        #[arg(long)]
        declined: bool,
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
}

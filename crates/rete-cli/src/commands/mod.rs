//! One module per command; `run` opens the store and dispatches.

mod audit;
mod backup;
mod calendar;
mod contacts;
mod debrief;
mod demo;
mod directory;
mod draft;
mod event;
mod followup;
mod grow;
mod intro;
mod ledger;
mod log;
mod matching;
mod milestone;
mod pairing;
mod person;
mod plan;
mod search;
mod serve;
mod suggest;
mod timeline;
pub mod today;
mod undo;

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::context::{self, Ctx};
use rete_core::Lang;
use rete_i18n::t;
use rete_store::Store;
use rete_store_postgres::PostgresStore;
use rete_store_sqlite::{OpenMode, SqliteStore};
use std::path::PathBuf;
use std::sync::Arc;

/// Where the data lives, decided once from flags, environment and config.
#[derive(Debug, Clone)]
pub enum Location {
    Sqlite { path: PathBuf, named: bool },
    Postgres(String),
}

impl Location {
    pub fn choose(cli: &Cli, config: &Config) -> Location {
        if let Some(url) = cli.database_url.clone().or_else(|| config.database_url.clone()) {
            return Location::Postgres(url);
        }
        match cli.db.clone().or_else(|| config.db.clone()) {
            Some(path) => Location::Sqlite { path, named: true },
            None => Location::Sqlite { path: Config::default_db(), named: false },
        }
    }

    /// Opens the store; a database the user named must already exist
    /// unless `create` (init, demo, import).
    pub async fn open(&self, create: bool) -> anyhow::Result<Arc<dyn Store>> {
        Ok(self.open_with(create, false, None).await?.0)
    }

    /// Opens the store, with the journal `rete undo` reads when `journal`
    /// and the file is SQLite (PostgreSQL keeps none: pg_dump is its undo).
    ///
    /// With `lang`, a write that waits a second for another program says so
    /// on standard error, in that language.
    async fn open_with(
        &self,
        create: bool,
        journal: bool,
        lang: Option<Lang>,
    ) -> anyhow::Result<(Arc<dyn Store>, Option<rete_store_sqlite::JournalStart>)> {
        Ok(match self {
            Location::Postgres(url) => (Arc::new(PostgresStore::connect(url).await?), None),
            Location::Sqlite { path, named } => {
                let mode = if create || !named { OpenMode::CreateIfMissing } else { OpenMode::MustExist };
                let (mut store, start) = if journal {
                    let (store, start) = SqliteStore::open_journaled(path, mode).await?;
                    (store, Some(start))
                } else {
                    (SqliteStore::open(path, mode).await?, None)
                };
                if let Some(lang) = lang {
                    let text =
                        t!("store.waiting", locale = lang.as_str(), path = path.display().to_string()).into_owned();
                    store = store
                        .with_wait_notice(rete_store_sqlite::WaitNotice(Arc::new(move || eprintln!("rete: {text}"))));
                }
                (Arc::new(store), start)
            }
        })
    }

    pub fn describe(&self) -> String {
        match self {
            Location::Sqlite { path, .. } => path.display().to_string(),
            Location::Postgres(url) => redact(url),
        }
    }
}

/// A URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

pub async fn run(cli: Cli, config: Config, lang: Lang) -> anyhow::Result<()> {
    let location = Location::choose(&cli, &config);
    let today = context::today()?;
    if let Command::Match(args) = &cli.command {
        return matching::batch(args);
    }
    if let Command::Plan(args) = &cli.command {
        if args.event.is_none() {
            return plan::run_offline(args, lang);
        }
    }
    if let Command::Demo(args) = &cli.command {
        return demo::run(&location, cli.db.is_some(), args, lang, today, &config).await;
    }
    // Only `init` (and `demo`, above) create a database the user named: a
    // typo in --db must not start an empty network, whatever the command.
    let create = matches!(cli.command, Command::Init);
    // Every command is journaled for `rete undo` except the server (its
    // writes are the browser's, not a command's) and the commands that
    // replace or copy the whole file, or are undo itself.
    // A command that only reads has nothing to journal.
    let journal = !cli.command.only_reads()
        && !matches!(
            cli.command,
            Command::Init | Command::Serve(_) | Command::Undo(_) | Command::Backup(_) | Command::Restore(_)
        );
    let (store, journal) = location.open_with(create, journal, Some(lang)).await?;
    let account = store.local_account().await?;
    let journal = match journal {
        Some(start) => Some(start.begin(account).await?),
        None => None,
    };
    let ctx = Ctx {
        store,
        account,
        lang,
        today,
        rules: config.agenda.clone(),
        smtp: config.smtp.clone(),
        server: config.server.clone(),
    };
    let done = dispatch(&ctx, &location, cli.command, lang).await;
    if let Some(journal) = journal {
        // A change that cannot be made undoable is still made; say so.
        if let Err(e) = journal.finish(&undo::command_line()).await {
            eprintln!("rete: {}", t!("undo.not_recorded", locale = ctx.l(), error = e.to_string()));
        }
    }
    // After `rete restore` the store is closed already; closing twice is harmless.
    ctx.store.close().await;
    done.map_err(|e| e.context(crate::failure::Database(location.describe())))
}

async fn dispatch(ctx: &Ctx, location: &Location, command: Command, lang: Lang) -> anyhow::Result<()> {
    let ctx = ctx.clone();
    match command {
        Command::Init => {
            println!("{}", t!("init.ready", locale = ctx.l(), path = location.describe()));
            Ok(())
        }
        Command::Demo(_) | Command::Match(_) => Ok(()),
        Command::Today(args) => today::run(&ctx, args).await,
        Command::Draft(args) => draft::run(&ctx, args).await,
        Command::Audit(args) => audit::run(&ctx, args).await,
        Command::Calendar(args) => calendar::run(&ctx, args).await,
        Command::Community(cmd) => grow::community_cmd(&ctx, cmd).await,
        Command::Profile(cmd) => grow::profile_cmd(&ctx, cmd).await,
        Command::Matches(args) => grow::matches(&ctx, args).await,
        Command::Person(cmd) => person::run(&ctx, cmd).await,
        Command::Log(args) => log::run(&ctx, args).await,
        Command::Give(args) => ledger::give(&ctx, args).await,
        Command::Receive(args) => ledger::receive(&ctx, args).await,
        Command::Thank(args) => ledger::thank(&ctx, args).await,
        Command::Ledger(cmd) => ledger::run(&ctx, cmd).await,
        Command::Followup(cmd) => followup::run(&ctx, cmd).await,
        Command::Milestone(cmd) => milestone::run(&ctx, cmd).await,
        Command::Event(cmd) => event::run(&ctx, cmd).await,
        Command::Search(args) => search::run(&ctx, args).await,
        Command::Plan(args) => match &args.event {
            Some(event) => plan::run_event(&ctx, &args, event).await,
            None => plan::run_offline(&args, lang),
        },
        Command::Pairing(cmd) => pairing::run(&ctx, cmd).await,
        Command::Intro(cmd) => intro::run(&ctx, cmd).await,
        Command::Undo(args) => undo::run(&ctx, location, args).await,
        Command::Backup(args) => backup::backup_file(&ctx, location, &args).await,
        Command::Restore(args) => backup::restore_file(&ctx, location, &args).await,
        Command::Export(cmd) => backup::export(&ctx, cmd).await,
        Command::Import(cmd) => backup::import(&ctx, cmd).await,
        Command::Serve(args) => serve::run(&ctx, location, args).await,
        Command::Account(cmd) => serve::account(&ctx, cmd).await,
        Command::Digest(cmd) => serve::digest(&ctx, cmd).await,
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(redact("postgres://u:secret@h:5432/db"), "postgres://u:***@h:5432/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
    }
}

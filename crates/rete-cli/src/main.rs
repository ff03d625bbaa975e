//! The `rete` binary: parses the command line, loads the configuration
//! once, opens the store the user chose, and runs one command. Errors
//! become exit codes here and nowhere else: 0 ok, 1 failure, 2 bad input.

rust_i18n::i18n!("locales", fallback = "en");

mod cli;
mod commands;
mod config;
mod context;
mod failure;
mod output;
mod resolve;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let config = match config::Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("rete: {e:#}");
            return ExitCode::from(2);
        }
    };
    let lang = config::resolve_lang(cli.lang, &config);
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("rete: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(commands::run(cli, config, lang)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let (code, message) = failure::describe(&e, lang);
            if !message.is_empty() {
                eprintln!("rete: {message}");
            }
            ExitCode::from(code)
        }
    }
}

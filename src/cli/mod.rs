//! The command line: clap definitions and handlers. The only code that prints.
//!
//! Each noun has its own file or folder (`custctl contact log add` lives in `contact/`),
//! with an `…Args` struct and a `run` function; this file holds the global options, the
//! top-level dispatch, and [`App`], which hands handlers the database, clock and output.

pub mod account;
pub mod admin;
pub mod audit;
pub mod catalog;
pub mod completions;
pub mod contact;
pub mod export;
pub mod import;
pub mod instrument;
pub mod output;
pub mod person;
pub mod profile;
pub mod region;
pub mod relationship;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::domain::text;
use crate::domain::time::parse_timestamp;
use crate::error::{Error, Result};
use crate::ops::Context;
use crate::store::Db;
use output::{ColorChoice, Format, Output};

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 unexpected failure, 2 usage error, 3 not found, 4 conflict with a business \
rule, 5 invalid input data, 6 storage failure.

Environment: CUSTCTL_DB (database path), CUSTCTL_ACTOR (who makes changes), CUSTCTL_NOW (fix the \
clock, RFC 3339), CUSTCTL_BUSY_TIMEOUT_MS (wait for other writers), CUSTCTL_PHONE_REGION (region of \
phone numbers in national form, e.g. DE), NO_COLOR.";

#[derive(Debug, Parser)]
#[command(
    name = "custctl",
    version,
    about = "Administer customer master data: persons, contacts, accounts and how they pay",
    after_help = AFTER_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database file [default: $XDG_DATA_HOME/custctl/custctl.db]
    #[arg(
        long,
        global = true,
        env = "CUSTCTL_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,
    /// Output format
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "table",
        value_name = "FORMAT"
    )]
    pub format: Format,
    /// Short for --format json
    #[arg(long, global = true)]
    pub json: bool,
    /// Who makes the change [default: $USER]
    #[arg(
        long,
        global = true,
        env = "CUSTCTL_ACTOR",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub actor: Option<String>,
    /// Silence messages (not data)
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// When to colour output
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: ColorChoice,
    /// Create the database (with its folder and key file) when it does not exist, as
    /// `init` does; without it only `init` creates one
    #[arg(long, global = true)]
    pub create: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create or migrate the database; print its path and schema version
    Init,
    /// Check the database, the audit chain and every business invariant
    Doctor,
    /// Copy the database consistently (while others write), with its key file
    Backup(admin::BackupArgs),
    /// List audit entries, or verify the audit chain
    Audit(audit::AuditArgs),
    /// Set up catalogs: contact classes and types, characteristic types, letter templates,
    /// receipt methods, profile classes
    Catalog(catalog::CatalogArgs),
    /// Persons and organisations, their contact points and relationships
    Person(person::PersonArgs),
    /// Customer contacts: the record of every time a customer got in touch
    Contact(contact::ContactArgs),
    /// Customer accounts, their sites, receipt methods and contacts
    Account(account::AccountArgs),
    /// Payment instruments: cards and bank accounts
    Instrument(instrument::InstrumentArgs),
    /// Relationships between accounts
    Relationship(relationship::RelationshipArgs),
    /// Account profiles: a profile class for a period, with overrides
    Profile(profile::ProfileArgs),
    /// Write every record as NDJSON
    Export(export::ExportArgs),
    /// Read an export back
    Import(import::ImportArgs),
    /// Print shell completions
    Completions(completions::CompletionsArgs),
}

/// What a handler works with: the output, the clock and actor, and the database, opened on
/// first use.
pub struct App {
    pub out: Output,
    pub ctx: Context,
    /// The `--actor` value when it was typed on the command line (not from the environment).
    pub actor_flag: Option<String>,
    db_path: PathBuf,
    db: Option<Db>,
    /// Whether a missing database may be created (`init`, `--create`).
    create: bool,
}

impl App {
    /// The database (opened and migrated on first use), the context and the output. A
    /// missing database is "not found" (3) unless this command may create it.
    pub fn open(&mut self) -> Result<(&mut Db, &Context, &Output)> {
        if self.db.is_none() {
            self.db = Some(self.open_new_handle()?);
        }
        let db = self.db.as_mut().expect("opened above");
        Ok((db, &self.ctx, &self.out))
    }

    /// A separate handle on the database, under the same rule for creating it.
    pub fn open_new_handle(&self) -> Result<Db> {
        if self.create {
            Db::open(&self.db_path)
        } else {
            Db::open_existing(&self.db_path)
        }
    }

    /// Lets this command create a missing database (`init`).
    pub fn allow_create(&mut self) {
        self.create = true;
    }

    pub fn db_path(&self) -> &PathBuf {
        &self.db_path
    }
}

/// The clap tree, for completions, man pages and tests.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Parses `args`, runs the command, prints any error; returns the exit code.
pub fn main_with(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    let parsed = command()
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m).map(|cli| (cli, m)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => return clap_error(e, wants_json(&args)),
    };
    // `audit --actor A` filters by actor; only a flag typed on the command line counts
    // there, not the acting user taken from CUSTCTL_ACTOR.
    let actor_flag = match matches.value_source("actor") {
        Some(clap::parser::ValueSource::CommandLine) => cli.global.actor.clone(),
        _ => None,
    };
    let format = if cli.global.json {
        Format::Json
    } else {
        cli.global.format
    };
    let out = Output::new(format, cli.global.quiet, cli.global.color);
    let result = app(&cli.global, out.clone()).and_then(|mut app| {
        app.actor_flag = actor_flag;
        let result = dispatch(cli.command, &mut app);
        for (from, to) in crate::store::person::take_redirects() {
            app.out.note(format!(
                "note: person {from} was merged into person {to}; using {to}"
            ));
        }
        result
    });
    match result {
        Ok(()) => 0,
        Err(err) => {
            out.error(&err);
            err.exit_code()
        }
    }
}

fn clap_error(e: clap::Error, json: bool) -> i32 {
    use clap::error::ErrorKind as K;
    match e.kind() {
        K::DisplayHelp | K::DisplayVersion | K::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == K::DisplayHelpOnMissingArgumentOrSubcommand {
                2
            } else {
                0
            }
        }
        _ if json => {
            let text = e.render().to_string();
            let message = text
                .lines()
                .next()
                .unwrap_or("invalid arguments")
                .trim_start_matches("error: ")
                .to_string();
            output::print_error(&Error::usage(message).with_hint("see custctl --help"), true);
            2
        }
        _ => {
            let _ = e.print();
            2
        }
    }
}

/// Whether the raw arguments ask for JSON, for errors found before parsing succeeds.
fn wants_json(args: &[OsString]) -> bool {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter().enumerate().any(|(i, a)| {
        a == "--json"
            || a == "--format=json"
            || a == "--format=ndjson"
            || (a == "--format"
                && matches!(args.get(i + 1).map(String::as_str), Some("json" | "ndjson")))
    })
}

fn app(global: &GlobalArgs, out: Output) -> Result<App> {
    let actor = match &global.actor {
        Some(a) => a.clone(),
        None => std::env::var("USER")
            .ok()
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| "unknown".into()),
    };
    let actor = text::text("actor", &actor, text::CODE_MAX)?;
    let now = match std::env::var("CUSTCTL_NOW") {
        Ok(v) => parse_timestamp("CUSTCTL_NOW", &v).map_err(|e| {
            Error::usage(e.message)
                .with_hint("CUSTCTL_NOW takes an RFC 3339 timestamp, e.g. 2026-11-22T10:15:00Z")
        })?,
        Err(_) => chrono::Utc::now(),
    };
    // The store reads it when it opens the database; a value it cannot use is a usage
    // error here rather than a silent fallback to the default.
    if let Some(v) = std::env::var_os("CUSTCTL_BUSY_TIMEOUT_MS").filter(|v| !v.is_empty()) {
        let v = v.to_string_lossy();
        if v.parse::<u64>().is_err() {
            return Err(Error::usage(format!(
                "CUSTCTL_BUSY_TIMEOUT_MS: '{}' is not a number of milliseconds",
                crate::domain::time::printable(&v)
            ))
            .with_hint("set it to a whole number of milliseconds, e.g. CUSTCTL_BUSY_TIMEOUT_MS=30000, or unset it (30000)"));
        }
    }
    Ok(App {
        out,
        ctx: Context::new(actor, now),
        actor_flag: None,
        db_path: db_path(global.db.clone())?,
        db: None,
        create: global.create,
    })
}

/// `--db` > `CUSTCTL_DB` (both in `path`) > `$XDG_DATA_HOME/custctl/custctl.db` >
/// `~/.local/share/custctl/custctl.db`.
fn db_path(path: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(p) = path.filter(|p| !p.as_os_str().is_empty()) {
        return Ok(p);
    }
    let data_home = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".local/share"))
        })
        .ok_or_else(|| {
            Error::usage(
                "no database path: neither --db, CUSTCTL_DB, XDG_DATA_HOME nor HOME is set",
            )
            .with_hint("pass --db PATH")
        })?;
    Ok(data_home.join("custctl").join("custctl.db"))
}

fn dispatch(command: Command, app: &mut App) -> Result<()> {
    match command {
        Command::Init => admin::init(app),
        Command::Doctor => admin::doctor(app),
        Command::Backup(args) => admin::backup(args, app),
        Command::Audit(args) => audit::run(args, app),
        Command::Catalog(args) => catalog::run(args, app),
        Command::Person(args) => person::run(args, app),
        Command::Contact(args) => contact::run(args, app),
        Command::Account(args) => account::run(args, app),
        Command::Instrument(args) => instrument::run(args, app),
        Command::Relationship(args) => relationship::run(args, app),
        Command::Profile(args) => profile::run(args, app),
        Command::Export(args) => export::run(args, app),
        Command::Import(args) => import::run(args, app),
        Command::Completions(args) => completions::run(args, app),
    }
}

/// `--backdate`, flattened into every command that changes a dated record: allows an
/// effective date before today (product.md §1, "back-dating").
#[derive(Debug, Clone, Copy, Args)]
pub struct BackdateArg {
    /// Allow a date before today: a correction of the past, audited with what `--on` answered
    /// before and after
    #[arg(long)]
    pub backdate: bool,
}

/// Parses an optional `--on`/`--start`/`--end` style date argument.
pub fn opt_date(field: &str, value: Option<&str>) -> Result<Option<chrono::NaiveDate>> {
    value
        .map(|v| crate::domain::time::parse_date(field, v))
        .transpose()
}

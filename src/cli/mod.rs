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
pub mod config;
pub mod contact;
pub mod export;
pub mod import;
pub mod instrument;
pub mod output;
pub mod person;
pub mod postgres;
pub mod profile;
pub mod region;
pub mod relationship;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::domain::reference::RecordRef;
use crate::domain::text;
use crate::domain::time::parse_timestamp;
use crate::error::{Error, Result};
use crate::ops::Context;
use crate::store::Db;
use crate::store::location::Location;
use output::{ColorChoice, Format, Output};

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 unexpected failure, 2 usage error, 3 not found, 4 conflict with a business \
rule, 5 invalid input data, 6 storage failure.

Environment: CUSTCTL_DB (database path or postgresql:// URL), CUSTCTL_KEY_FILE (the key file), CUSTCTL_ACTOR (who makes changes), CUSTCTL_FORMAT \
(output format), CUSTCTL_CURRENCY (of new accounts), CUSTCTL_NOW (fix the clock, RFC 3339), \
CUSTCTL_BUSY_TIMEOUT_MS (wait for other writers), CUSTCTL_PHONE_REGION (region of phone numbers \
in national form, e.g. DE), CUSTCTL_CONFIG (the config file), NO_COLOR. \
A flag wins over the environment, which wins over the config file \
($XDG_CONFIG_HOME/custctl/config.toml); see custctl config show.";

#[derive(Debug, Parser)]
#[command(
    name = "custctl",
    version,
    about = "Administer customer master data: persons, contacts, accounts and how they pay",
    after_help = AFTER_HELP,
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
    /// The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default:
    /// $XDG_DATA_HOME/custctl/custctl.db]
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on
    /// PostgreSQL]
    #[arg(long, global = true, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// Output format [env: CUSTCTL_FORMAT] [default: table]
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Short for --format json
    #[arg(long, global = true)]
    pub json: bool,
    /// Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]
    #[arg(long, global = true, value_name = "NAME")]
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
    /// Print shell completions, or install them where the shell looks
    Completions(completions::CompletionsArgs),
    /// The settings in force and where each came from
    Config(config::ConfigArgs),
}

/// What a handler works with: the output, the clock and actor, and the database, opened on
/// first use.
pub struct App {
    pub out: Output,
    pub settings: config::Settings,
    pub ctx: Context,
    /// The SQLite file (empty on PostgreSQL, whose commands go through [`postgres`]).
    db_path: PathBuf,
    location: Location,
    /// `--key-file`/`CUSTCTL_KEY_FILE`/config, else `<db>.key` (SQLite).
    key_file: Option<PathBuf>,
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
        if let Location::Postgres(conninfo) = &self.location {
            return Db::open_postgres(conninfo, &postgres::key_file(self)?, self.create);
        }
        Db::open_with_key(&self.db_path, &self.key_file_path(), self.create)
    }

    /// The key file of the database.
    pub fn key_file_path(&self) -> PathBuf {
        self.key_file
            .clone()
            .unwrap_or_else(|| crate::store::keyfile::key_path(&self.db_path))
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
    let (cli, _matches) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => return clap_error(e, wants_json(&args)),
    };
    let format_flag = if cli.global.json {
        Some(Format::Json)
    } else {
        cli.global.format
    };
    let settings = match config::Settings::load(&cli.global, format_flag) {
        Ok(s) => s,
        Err(err) => {
            output::print_error(&err, wants_json(&args));
            return err.exit_code();
        }
    };
    crate::store::set_busy_timeout(std::time::Duration::from_millis(
        settings.busy_timeout_ms.value,
    ));
    let out = Output::new(settings.format.value, cli.global.quiet, cli.global.color);
    let result = app(settings, out.clone(), cli.global.create).and_then(|mut app| {
        let result = dispatch(cli.command, &mut app);
        for warning in crate::store::postgres::connect::take_warnings() {
            app.out.warn(warning);
        }
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
            // The first line, with what it lists on the indented lines below it (the missing
            // arguments, the possible values).
            let text = e.render().to_string();
            let mut lines = text.lines();
            let mut message = lines
                .next()
                .unwrap_or("invalid arguments")
                .trim_start_matches("error: ")
                .to_string();
            let listed: Vec<&str> = lines
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            if !listed.is_empty() {
                message = format!("{} {}", message.trim_end(), listed.join(", "));
            }
            output::print_error(&Error::usage(message).with_hint("see custctl --help"), true);
            2
        }
        _ => {
            // clap repeats the offending value: a card number typed in the wrong place is
            // redacted like in every other error.
            let styled = std::io::IsTerminal::is_terminal(&std::io::stderr())
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let rendered = if styled {
                e.render().ansi().to_string()
            } else {
                e.render().to_string()
            };
            let text = crate::domain::card::redact(&rendered);
            let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
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

fn app(settings: config::Settings, out: Output, create: bool) -> Result<App> {
    let actor = text::text("actor", &settings.actor.value, text::CODE_MAX)?;
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
    if let Some(key_file) = &settings.key_file.value {
        crate::outfile::protect(key_file, "the database's key file");
    }
    Ok(App {
        out,
        ctx: Context::new(actor, now),
        db_path: settings
            .database
            .value
            .sqlite_path()
            .map(PathBuf::from)
            .unwrap_or_default(),
        location: settings.database.value.clone(),
        key_file: settings.key_file.value.clone(),
        settings,
        db: None,
        create,
    })
}

fn dispatch(command: Command, app: &mut App) -> Result<()> {
    // `init` has its own form on PostgreSQL (it names no file); every other command runs the
    // same code on both backends (a statement without a PostgreSQL form yet refuses, 2).
    if app.location.is_postgres() && matches!(command, Command::Init) {
        return postgres::init(app);
    }
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
        Command::Config(args) => config::run(args, app),
    }
}

/// A contact named by id or `ext:VALUE`, for clap.
pub fn contact_ref(value: &str) -> std::result::Result<RecordRef, String> {
    RecordRef::parse("contact", value).map_err(|e| e.message)
}

/// An instrument named by id or `ext:VALUE`, for clap.
pub fn instrument_ref(value: &str) -> std::result::Result<RecordRef, String> {
    RecordRef::parse("instrument", value).map_err(|e| e.message)
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

//! A PostgreSQL database (`--db postgresql://…`): what this version runs on it. `init`
//! creates the schema and records the key's fingerprint; `doctor` connects and reports the
//! schema version and the key; `config` and `completions` need no database. Every other
//! command is refused here, in one place, as a usage error (2): its PostgreSQL statements
//! follow in a later version (issue 15).

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::output::{Format, ListFlags, ListSpec};
use crate::cli::{App, Command, completions, config};
use crate::error::{Error, Result};
use crate::store::location::Location;
use crate::store::postgres::{PgDb, SCHEMA_VERSION};

pub fn dispatch(command: Command, app: &mut App) -> Result<()> {
    match command {
        Command::Init => init(app),
        Command::Doctor => doctor(app),
        Command::Config(args) => config::run(args, app),
        Command::Completions(args) => completions::run(args, app),
        other => Err(not_yet(&format!("`custctl {}`", name(&other)))),
    }
}

/// The refusal of a command that does not run on PostgreSQL yet (usage, exit 2).
pub fn not_yet(what: &str) -> Error {
    Error::usage(format!(
        "{what} does not run on PostgreSQL in this version of custctl: it runs only `init` and `doctor` there; the other commands follow"
    ))
    .with_hint("use a SQLite database file (--db PATH) for the other commands meanwhile")
}

fn name(command: &Command) -> &'static str {
    match command {
        Command::Init => "init",
        Command::Doctor => "doctor",
        Command::Backup(_) => "backup",
        Command::Audit(_) => "audit",
        Command::Catalog(_) => "catalog",
        Command::Person(_) => "person",
        Command::Contact(_) => "contact",
        Command::Account(_) => "account",
        Command::Instrument(_) => "instrument",
        Command::Relationship(_) => "relationship",
        Command::Profile(_) => "profile",
        Command::Export(_) => "export",
        Command::Import(_) => "import",
        Command::Completions(_) => "completions",
        Command::Config(_) => "config",
    }
}

fn open(app: &App, create: bool) -> Result<PgDb> {
    let Location::Postgres(conninfo) = &app.location else {
        return Err(Error::internal("not a PostgreSQL database"));
    };
    PgDb::open(conninfo, &key_file(app)?, create)
}

/// The key file a PostgreSQL database needs named: there is no folder beside it.
pub fn key_file(app: &App) -> Result<PathBuf> {
    app.key_file.clone().ok_or_else(|| {
        Error::usage("a PostgreSQL database needs its key file named: there is no folder beside it for one")
            .with_hint("pass --key-file FILE, set CUSTCTL_KEY_FILE, or set key_file in the config file; `init` creates it when the database is new")
    })
}

#[derive(Debug, Serialize)]
struct InitReport {
    /// The connection string, its password redacted.
    path: String,
    key_path: PathBuf,
    schema_version: i64,
}

fn init(app: &mut App) -> Result<()> {
    let mut db = open(app, true)?;
    db.key()?;
    let report = InitReport {
        path: db.shown().to_string(),
        key_path: db.key_path().to_path_buf(),
        schema_version: db.schema_version()?,
    };
    app.out.note(format!(
        "database {} at schema version {}",
        report.path, report.schema_version
    ));
    app.out.object(&report)
}

#[derive(Debug, Serialize)]
struct DoctorReport {
    backend: &'static str,
    database: String,
    schema_version: i64,
    key_path: PathBuf,
    checks: Vec<CheckRow>,
    /// What `doctor` checks on SQLite and not yet here.
    not_yet_checked: &'static [&'static str],
}

#[derive(Debug, Serialize)]
struct CheckRow {
    check: &'static str,
    status: &'static str,
    problems: usize,
}

const CHECKS: ListSpec = ListSpec {
    noun: "checks",
    default: &["check", "status", "problems"],
    all: &["check", "status", "problems"],
};

fn doctor(app: &mut App) -> Result<()> {
    // `--create` creates the schema as `init` does.
    let mut db = open(app, app.create)?;
    db.key()?;
    let version = db.schema_version()?;
    let ok = |check| CheckRow {
        check,
        status: "ok",
        problems: 0,
    };
    let report = DoctorReport {
        backend: "postgresql",
        database: db.shown().to_string(),
        schema_version: version,
        key_path: db.key_path().to_path_buf(),
        checks: vec![
            ok("connection"),
            CheckRow {
                check: "schema-version",
                status: if version == SCHEMA_VERSION {
                    "ok"
                } else {
                    "failed"
                },
                problems: usize::from(version != SCHEMA_VERSION),
            },
            ok("key-fingerprint"),
        ],
        not_yet_checked: &["invariants", "audit-chain", "record-digests"],
    };
    if app.out.format == Format::Table {
        app.out
            .list(&CHECKS, &ListFlags::default(), &report.checks)?;
    } else {
        app.out.object(&report)?;
    }
    app.out.note(format!(
        "{} at schema version {version}; on PostgreSQL this version checks the connection, the schema and the key (the invariants and the audit chain follow)",
        report.database
    ));
    Ok(())
}

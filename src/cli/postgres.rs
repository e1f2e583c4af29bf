//! What differs on a PostgreSQL database (`--db postgresql://…`) at the command line:
//! `init` creates the schema and records the key's fingerprint, and reports the URL (its
//! password redacted) instead of a file; the key file must be named, as there is no folder
//! beside the database for one. Every other command runs the same code as on SQLite.

use std::path::PathBuf;

use serde::Serialize;

use crate::cli::App;
use crate::error::{Error, Result};
use crate::store::location::Location;
use crate::store::postgres::PgDb;

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

pub fn init(app: &mut App) -> Result<()> {
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

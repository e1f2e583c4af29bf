//! `custctl init`, `doctor`, `backup`.

use std::path::PathBuf;

use clap::Args;

use crate::cli::App;
use crate::error::{Error, Result};
use crate::ops::{admin, doctor};

pub fn init(app: &mut App) -> Result<()> {
    app.allow_create();
    let (db, _, out) = app.open()?;
    let report = admin::init(db)?;
    out.note(format!(
        "database {} at schema version {}",
        report.path.display(),
        report.schema_version
    ));
    out.object(&report)
}

pub fn doctor(app: &mut App) -> Result<()> {
    let (db, _, out) = app.open()?;
    let report = doctor::run(db)?;
    out.object(&report)?;
    if report.storage_broken() {
        return Err(Error::storage(format!(
            "the database failed its integrity check: {}",
            report.integrity.join("; ")
        ))
        .with_hint("restore from a backup"));
    }
    if report.invariants_broken() {
        let first = report
            .findings
            .first()
            .map(|f| f.problem.clone())
            .or_else(|| report.foreign_keys.first().cloned())
            .unwrap_or_default();
        let count = report.findings.len() + report.foreign_keys.len();
        return Err(Error::conflict(format!(
            "{count} problem(s) found; the first: {first}"
        )));
    }
    out.note("no problems found");
    Ok(())
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The copy to create; its key goes to FILE.key
    file: PathBuf,
    /// Replace FILE (and FILE.key) if they exist
    #[arg(long)]
    force: bool,
}

pub fn backup(args: BackupArgs, app: &mut App) -> Result<()> {
    let (db, ctx, out) = app.open()?;
    let report = admin::backup(db, ctx, &args.file, args.force)?;
    out.note(format!(
        "backed up to {} with its key {}",
        report.path.display(),
        report.key_path.display()
    ));
    out.object(&report)
}

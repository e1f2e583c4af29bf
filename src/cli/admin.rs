//! `custctl init`, `doctor`, `backup`.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::cli::App;
use crate::cli::output::{Format, ListFlags, ListSpec};
use crate::error::{Error, Result};
use crate::ops::{admin, doctor};

pub fn init(app: &mut App) -> Result<()> {
    app.allow_create();
    let (db, _, out) = app.open()?;
    let mut report = admin::init(db)?;
    // The key file `--key-file` named, not `<db>.key` (which ops assumes).
    report.key_path = db.key_path().to_path_buf();
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
    if out.format == Format::Table {
        out.list(&CHECKS, &ListFlags::default(), &check_rows(&report))?;
        if !report.findings.is_empty() {
            out.list(&FINDINGS, &ListFlags::default(), &report.findings)?;
        }
    } else {
        out.object(&report)?;
    }
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

const CHECKS: ListSpec = ListSpec {
    noun: "checks",
    default: &["check", "status", "problems"],
    all: &["check", "status", "problems"],
};

const FINDINGS: ListSpec = ListSpec {
    noun: "problems",
    default: &["check", "problem"],
    all: &["check", "problem"],
};

/// One line per check for the table: its name, ok or failed, and how many problems.
#[derive(Debug, Serialize)]
struct CheckRow {
    check: String,
    status: &'static str,
    problems: usize,
}

fn check_rows(report: &doctor::DoctorReport) -> Vec<CheckRow> {
    let row = |check: &str, problems: usize| CheckRow {
        check: check.to_string(),
        status: if problems == 0 { "ok" } else { "failed" },
        problems,
    };
    let mut rows = vec![
        row("integrity", report.integrity.len()),
        row("foreign-keys", report.foreign_keys.len()),
    ];
    for check in &report.checks {
        let found = report.findings.iter().filter(|f| f.check == *check).count();
        rows.push(row(check, found));
    }
    rows
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

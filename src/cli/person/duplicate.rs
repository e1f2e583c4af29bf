//! `custctl person duplicates` and `custctl person merge`.

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::cli::App;
use crate::cli::output::{Format, ListFlags, ListSpec};
use crate::domain::duplicate::DEFAULT_THRESHOLD;
use crate::domain::person::PersonRef;
use crate::error::Result;
use crate::ops::duplicate::{self as ops, Prefer};

#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    /// The lowest score (0-100) of a pair to report; see README "Duplicates" for the weights
    #[arg(long, value_name = "S", default_value_t = DEFAULT_THRESHOLD,
          value_parser = clap::value_parser!(u32).range(0..=100))]
    threshold: u32,
    #[command(flatten)]
    list: ListFlags,
}

/// NDJSON: one candidate group a line, as in the JSON's `groups`.
const GROUPS: ListSpec = ListSpec {
    noun: "duplicate candidates",
    default: &["score", "reasons", "persons"],
    all: &["score", "reasons", "persons", "pairs"],
};

/// Tables and CSV: one line a group.
const ROWS: ListSpec = ListSpec {
    noun: "duplicate candidates",
    default: &["group", "score", "reasons", "persons"],
    all: &["group", "score", "reasons", "persons"],
};

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The person that stays (id or ext:ID)
    #[arg(value_name = "KEEP")]
    keep: String,
    /// The persons merged into KEEP (kept as records that refer to it)
    #[arg(value_name = "DUPLICATE", required = true)]
    duplicates: Vec<String>,
    /// Print what would move, write nothing
    #[arg(long)]
    dry_run: bool,
    /// Whose value stays when a characteristic differs (else the merge is refused)
    #[arg(long, value_enum)]
    prefer: Option<PreferArg>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PreferArg {
    Keep,
    Duplicate,
}

#[derive(Serialize)]
struct Row {
    group: usize,
    score: u32,
    reasons: String,
    persons: String,
}

pub fn duplicates(a: DuplicatesArgs, app: &mut App) -> Result<()> {
    let (db, _, out) = app.open()?;
    let found = ops::duplicates(db, a.threshold)?;
    match out.format {
        Format::Json => out.object(&found),
        Format::Ndjson => out.list(&GROUPS, &a.list, &found.groups),
        _ => {
            let rows: Vec<Row> = found
                .groups
                .iter()
                .enumerate()
                .map(|(i, g)| Row {
                    group: i + 1,
                    score: g.score,
                    reasons: g
                        .reasons
                        .iter()
                        .map(|r| {
                            serde_json::to_value(r)
                                .ok()
                                .and_then(|v| v.as_str().map(String::from))
                                .unwrap_or_default()
                        })
                        .collect::<Vec<_>>()
                        .join(","),
                    persons: g
                        .persons
                        .iter()
                        .map(|p| format!("{} {}", p.id, p.name))
                        .collect::<Vec<_>>()
                        .join("; "),
                })
                .collect();
            for s in &found.skipped {
                out.warn(format!(
                    "{} persons share one key ({:?}); not compared",
                    s.persons, s.reason
                ));
            }
            out.list(&ROWS, &a.list, &rows)
        }
    }
}

pub fn merge(a: MergeArgs, app: &mut App) -> Result<()> {
    let keep = PersonRef::parse(&a.keep)?;
    let dups = a
        .duplicates
        .iter()
        .map(|d| PersonRef::parse(d))
        .collect::<Result<Vec<_>>>()?;
    let prefer = a.prefer.map(|p| match p {
        PreferArg::Keep => Prefer::Keep,
        PreferArg::Duplicate => Prefer::Duplicate,
    });
    let (db, ctx, out) = app.open()?;
    let report = ops::merge(db, ctx, &keep, &dups, prefer, a.dry_run)?;
    out.object(&report)
}

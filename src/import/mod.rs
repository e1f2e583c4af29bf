//! The streaming CSV/NDJSON import pipeline shared by every importable entity.
//!
//! One pipeline reads the file (CSV with a header row, or NDJSON), maps its columns to the
//! entity's fields, checks every row and upserts it by its key, inside one `BEGIN IMMEDIATE`
//! transaction. Memory stays flat: rows are read one at a time, the keys seen go to a
//! temporary SQLite table, and the error report spills to a temporary file.
//!
//! Each part has its file: `source.rs` (the file or stdin, counted, hashed, decoded),
//! `scan.rs` and `parse.rs` (strict CSV and NDJSON rows, without a database), `columns.rs`
//! (a header's names to the entity's fields), `entity.rs` (the [`Entity`] trait and [`Row`]),
//! `report.rs` (invalid rows and the counts), `rejects.rs` (the rejects file and its
//! masking), `run.rs` (the transaction and the loop over rows); then one file per entity.
//!
//! **One path per rule.** An entity's `prepare` reads a row's cells (their form) and which
//! record it names, and for a new record runs the add's rules (`ops::person::check_add`,
//! `ops::account::check_add`, `ops::instrument::check_add`, which `add_in` calls too); its
//! `write` inserts it with the add's `insert_checked`, or updates a known record through the
//! same `update_in` as the update command, inside the import's transaction with the same
//! `Context`, so every rule lives in `ops`/`domain` only. An update runs in its own
//! savepoint: a row that `update_in` refuses after it began writing is rolled back alone and
//! rejected; an insert needs none (its rules were checked before it wrote). New records get
//! no audit entry of their own: the import's entry for the file counts them (product.md
//! §3.7); the audit digests are sealed every few thousand rows (flat memory). The contact
//! import is the bulk path (multi-row inserts, foreign keys checked set-based); it calls
//! `contact add`'s checks through `ops::contact::check_new` and says in `contact.rs` where it
//! differs.
//!
//! Two rows with the same key and different values are both invalid, each naming the other's
//! line. The second is found only after the first was written, so when that happens the
//! pipeline rolls back and reads the file again knowing the clashing keys (stdin is spooled
//! to a temporary file first so that it can be read twice).

pub mod account;
mod columns;
pub mod contact;
mod entity;
pub mod instrument;
mod parse;
pub mod person;
mod rejects;
mod report;
mod run;
pub mod scan;
pub mod site;
mod source;

use crate::error::{Error, Result};

pub use entity::{Entity, KeyState, Outcome, Row, RowError, at};
pub use parse::{Event, Raw, parse_rows};
pub use report::{ErrorLog, Hooks, Report, RowReport, Summary};
pub use run::run;
pub use source::{InputFormat, Source};

/// Fields that `list` output carries but an import does not set: accepted and ignored, so
/// that what `list --format ndjson` prints can be imported back; and the `error` column of a
/// rejects file, so that a fixed rejects file imports as it is.
pub const OUTPUT_ONLY: &[&str] = &["id", "created_at", "updated_at", "person_name", "error"];

/// How to read a file and what to do with invalid rows.
#[derive(Debug, Clone)]
pub struct Options {
    pub source: Source,
    pub format: Option<InputFormat>,
    /// `(source column, lower-cased; field)` pairs from `--map SOURCE=FIELD`.
    pub maps: Vec<(String, String)>,
    pub ignore_unknown: bool,
    pub delimiter: u8,
    /// `--delimiter` was given: a `sep=` line naming another delimiter refuses the file.
    pub delimiter_given: bool,
    pub encoding: Option<&'static encoding_rs::Encoding>,
    pub skip_invalid: bool,
    /// `--rejects FILE`, checked as an output.
    pub rejects: Option<crate::outfile::Target>,
    pub dry_run: bool,
    /// `--exclusive`: the database to the import for its duration: on SQLite a rollback
    /// journal instead of the write-ahead log (`Db::with_rollback_journal`), on PostgreSQL
    /// the loaded tables locked and unloaded (`store::import::unload`).
    pub exclusive: bool,
}

impl Options {
    /// The input format: as given, else by the file's extension (`.ndjson`, `.jsonl`,
    /// `.json` are NDJSON), else CSV.
    pub fn input_format(&self) -> InputFormat {
        if let Some(f) = self.format {
            return f;
        }
        match &self.source {
            Source::Path(p) => match p
                .extension()
                .and_then(|e| e.to_str())
                .map(|e| e.to_ascii_lowercase())
                .as_deref()
            {
                Some("ndjson" | "jsonl" | "json") => InputFormat::Ndjson,
                _ => InputFormat::Csv,
            },
            Source::Stdin => InputFormat::Csv,
        }
    }
}

/// Parses `SOURCE=FIELD` of `--map`.
pub fn parse_map(value: &str) -> Result<(String, String)> {
    match value.split_once('=') {
        Some((s, f)) if !s.trim().is_empty() && !f.trim().is_empty() => {
            Ok((s.trim().to_lowercase(), f.trim().to_lowercase()))
        }
        _ => Err(
            Error::usage(format!("--map takes SOURCE=FIELD, not '{value}'"))
                .with_hint("e.g. --map 'Customer Id=external_id'"),
        ),
    }
}

/// Parses `--delimiter`: one ASCII character, or `tab` / `\t`.
pub fn parse_delimiter(value: &str) -> Result<u8> {
    match value {
        "\\t" | "tab" | "\t" => Ok(b'\t'),
        v if v.len() == 1 && v.is_ascii() && v != "\"" && v != "\n" && v != "\r" => {
            Ok(v.as_bytes()[0])
        }
        _ => Err(Error::usage(format!(
            "--delimiter takes one ASCII character (or tab), not '{value}'"
        ))),
    }
}

/// Parses `--encoding NAME` (any WHATWG label: windows-1252, iso-8859-1, utf-16le, ...).
pub fn parse_encoding(value: &str) -> Result<&'static encoding_rs::Encoding> {
    encoding_rs::Encoding::for_label(value.trim().as_bytes()).ok_or_else(|| {
        Error::usage(format!("unknown encoding '{value}'"))
            .with_hint("use a label such as utf-8, windows-1252, iso-8859-1, iso-8859-15, utf-16le")
    })
}

//! The streaming CSV/NDJSON import pipeline shared by every importable entity.
//!
//! One pipeline reads the file (CSV with a header row, or NDJSON), maps its columns to the
//! entity's fields, checks every row and upserts it by its key, inside one `BEGIN IMMEDIATE`
//! transaction. An entity plugs in through [`Entity`]: its field names, its key, a `prepare`
//! step that checks one row (form, then references, then rules; reads only) and a `write`
//! step that applies the plan. Memory stays flat: rows are read one at a time, the keys seen
//! go to a temporary SQLite table, and the error report spills to a temporary file.
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
mod source;

use crate::error::{Error, Result};

pub use entity::{Entity, KeyState, Outcome, Row, RowError, at};
pub use parse::{Event, Raw, parse_rows};
pub use report::{ErrorLog, Hooks, Report, RowReport, Summary};
pub use run::run;
pub use source::{InputFormat, Source};

use std::path::PathBuf;

/// Fields that `list` output carries but an import does not set: accepted and ignored, so
/// that what `list --format ndjson` prints can be imported back.
pub const OUTPUT_ONLY: &[&str] = &["id", "created_at", "updated_at"];
/// How to read a file and what to do with invalid rows.
#[derive(Debug, Clone)]
pub struct Options {
    pub source: Source,
    pub format: Option<InputFormat>,
    /// `(source column, lower-cased; field)` pairs from `--map SOURCE=FIELD`.
    pub maps: Vec<(String, String)>,
    pub ignore_unknown: bool,
    pub delimiter: u8,
    pub encoding: Option<&'static encoding_rs::Encoding>,
    pub skip_invalid: bool,
    pub rejects: Option<PathBuf>,
    pub dry_run: bool,
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

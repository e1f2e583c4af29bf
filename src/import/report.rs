//! Reporting: each invalid row ([`RowReport`]), all of them ([`ErrorLog`], spilled to a
//! temporary file beyond a bound), the counts ([`Summary`]) and the result ([`Report`]).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Seek, Write};

use serde::{Deserialize, Serialize};

use super::source::temp_file;
use crate::error::{Error, Result};

/// One invalid row.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RowReport {
    pub line: u64,
    pub column: Option<String>,
    pub kind: String,
    pub message: String,
    pub hint: Option<String>,
}

impl RowReport {
    /// `column: message` (the text of a rejects file's `error` column).
    pub fn text(&self) -> String {
        match &self.column {
            Some(c) => format!("{c}: {}", self.message),
            None => self.message.clone(),
        }
    }
}

/// The invalid rows, kept in memory up to a bound and spilled to a temporary file beyond it.
pub struct ErrorLog {
    memory: Vec<RowReport>,
    file: Option<BufWriter<File>>,
    count: u64,
}

const ERRORS_IN_MEMORY: usize = 10_000;

impl ErrorLog {
    pub(super) fn new() -> Self {
        ErrorLog {
            memory: Vec::new(),
            file: None,
            count: 0,
        }
    }

    pub(super) fn push(&mut self, report: RowReport) -> Result<()> {
        self.count += 1;
        if self.file.is_none() && self.memory.len() < ERRORS_IN_MEMORY {
            self.memory.push(report);
            return Ok(());
        }
        if self.file.is_none() {
            let mut f = BufWriter::new(temp_file("errors")?);
            for r in self.memory.drain(..) {
                serde_json::to_writer(&mut f, &r)?;
                f.write_all(b"\n")?;
            }
            self.file = Some(f);
        }
        let f = self.file.as_mut().expect("created above");
        serde_json::to_writer(&mut *f, &report)?;
        f.write_all(b"\n")?;
        Ok(())
    }

    pub fn len(&self) -> u64 {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Every report, in the order found.
    pub fn for_each(&mut self, mut f: impl FnMut(&RowReport) -> Result<()>) -> Result<()> {
        match self.file.take() {
            None => {
                for r in &self.memory {
                    f(r)?;
                }
            }
            Some(w) => {
                let mut file = w.into_inner().map_err(|e| Error::from(e.into_error()))?;
                file.rewind()?;
                for line in BufReader::new(file).lines() {
                    let r: RowReport = serde_json::from_str(&line?)?;
                    f(&r)?;
                }
            }
        }
        Ok(())
    }
}

/// The counts an import reports.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub read: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
    pub seconds: f64,
    pub rows_per_second: f64,
}

/// The result of an import: counts, invalid rows, and whether anything was written.
pub struct Report {
    pub summary: Summary,
    pub errors: ErrorLog,
    pub committed: bool,
    pub dry_run: bool,
    /// Invalid rows were set aside (`--skip-invalid`), not a reason to stop.
    pub skip_invalid: bool,
    /// For the user, beside the summary (`--exclusive` fell back to WAL, ...).
    pub warnings: Vec<String>,
}

/// Callbacks for the command line: each invalid row as it is found, and progress (bytes of
/// input read).
pub struct Hooks<'a> {
    pub on_error: &'a mut dyn FnMut(&RowReport),
    pub progress: &'a mut dyn FnMut(u64),
}

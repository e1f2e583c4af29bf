//! `custctl export [--entities KIND,...]`

use std::io::BufWriter;

use clap::Args;

use crate::cli::App;
use crate::cli::import::progress_bar;
use crate::error::Result;
use crate::ops::export as ops;

/// Write every record as NDJSON, one record a line: {"kind": KIND, "record": {...}}, in an
/// order that `custctl import` can read back (catalogs and persons before what refers to
/// them). The audit log is not exported. Bank numbers are in full: keep an export like the
/// database.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only these kinds (comma-separated; the names are the `kind` values of an export)
    #[arg(long, value_name = "KIND,...", value_delimiter = ',')]
    entities: Vec<String>,
}

pub fn run(args: ExportArgs, app: &mut App) -> Result<()> {
    let (db, ctx, out) = app.open()?;
    let bar = progress_bar(out, None);
    let entities: Vec<String> = args
        .entities
        .iter()
        .map(|e| e.trim().to_string())
        .filter(|e| !e.is_empty())
        .collect();
    let mut stdout = BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let counts = ops::export(db, ctx, &entities, &mut stdout, &mut |n| {
        if let Some(b) = &bar {
            b.set_position(n);
        }
    })?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let total: u64 = counts.values().sum();
    out.note(format!("exported {total} records"));
    Ok(())
}

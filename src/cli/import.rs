//! `custctl import FILE|-` (read an export back), and the options and summary shared by
//! every `… import` command (`person import`, `account import`, ...).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::App;
use crate::cli::output::{Format, Output};
use crate::error::{Error, Result};
use crate::import::{self, Entity, Hooks, InputFormat, Options, Report, RowReport, Source};
use crate::outfile::{Protected, Target};

/// The options of every entity import (`person import`, `account import`, ...).
#[derive(Debug, Args)]
pub struct FileImportArgs {
    /// The file to read (`-` for stdin)
    #[arg(value_name = "FILE")]
    pub file: String,
    /// csv (with a header row) or ndjson [default: by the file's extension, else csv]
    #[arg(long, value_name = "FORMAT", value_parser = ["csv", "ndjson"])]
    pub input_format: Option<String>,
    /// Read the column SOURCE as the field FIELD (repeatable)
    #[arg(long = "map", value_name = "SOURCE=FIELD")]
    pub maps: Vec<String>,
    /// Ignore columns that are not fields of the record (instead of refusing the file)
    #[arg(long)]
    pub ignore_unknown: bool,
    /// The CSV field separator (one character, or `tab`)
    #[arg(long, value_name = "C", default_value = ",")]
    pub delimiter: String,
    /// The file's encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Write the valid rows and set the invalid ones aside (exit 0)
    #[arg(long)]
    pub skip_invalid: bool,
    /// With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,
    /// With --rejects: replace FILE if it exists
    #[arg(long, requires = "rejects")]
    pub force: bool,
    /// Check every row and report the counts, but write nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl FileImportArgs {
    /// The options; `--rejects FILE` is checked as an output that must not be the database
    /// at `db_path` (or its side files) nor the file being read.
    pub fn options(&self, db_path: &Path) -> Result<Options> {
        let source = Source::parse(&self.file);
        let mut protected = Protected::new().database(db_path);
        if let Source::Path(p) = &source {
            protected = protected.input(p);
        }
        let rejects = self
            .rejects
            .as_deref()
            .map(|p| Target::check(p, self.force, &protected))
            .transpose()?;
        Ok(Options {
            source,
            format: self.input_format.as_deref().map(|f| {
                if f == "ndjson" {
                    InputFormat::Ndjson
                } else {
                    InputFormat::Csv
                }
            }),
            maps: self
                .maps
                .iter()
                .map(|m| import::parse_map(m))
                .collect::<Result<_>>()?,
            ignore_unknown: self.ignore_unknown,
            delimiter: import::parse_delimiter(&self.delimiter)?,
            encoding: self
                .encoding
                .as_deref()
                .map(import::parse_encoding)
                .transpose()?,
            skip_invalid: self.skip_invalid,
            rejects,
            dry_run: self.dry_run,
        })
    }
}

/// A progress bar on stderr when it is a terminal and `--quiet` is not given.
pub fn progress_bar(out: &Output, total: Option<u64>) -> Option<ProgressBar> {
    if out.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = match total {
        Some(t) => ProgressBar::new(t).with_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner(),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    Some(bar)
}

/// Runs an entity import and prints its summary; exit 5 when invalid rows stopped it.
pub fn run_entity<E: Entity>(entity: &mut E, args: &FileImportArgs, app: &mut App) -> Result<()> {
    let opts = args.options(app.db_path())?;
    let (db, ctx, out) = app.open()?;
    let bar = progress_bar(out, opts.source.size());
    // Each invalid row on stderr as it is found (text formats); under JSON formats they go
    // into the summary's `errors`.
    let text_errors = !out.json_errors();
    let mut on_error = |r: &RowReport| {
        if text_errors {
            if let Some(bar) = &bar {
                bar.suspend(|| print_row_error(r));
            } else {
                print_row_error(r);
            }
        }
    };
    let mut progress = |bytes: u64| {
        if let Some(bar) = &bar {
            bar.set_position(bytes);
        }
    };
    let report = import::run(
        db,
        ctx,
        entity,
        &opts,
        &mut Hooks {
            on_error: &mut on_error,
            progress: &mut progress,
        },
    )?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    print_report(out, report)
}

fn print_row_error(r: &RowReport) {
    let column = r
        .column
        .as_deref()
        .map(|c| format!(", column {c}"))
        .unwrap_or_default();
    eprintln!("line {}{column}: {}", r.line, r.message);
}

/// Prints the summary (with the invalid rows under JSON formats) and turns a stopped
/// import into exit 5.
pub fn print_report(out: &Output, mut report: Report) -> Result<()> {
    let s = &report.summary;
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match out.format {
        Format::Json | Format::Ndjson => {
            let pretty = out.format == Format::Json;
            let head = serde_json::to_value(s)?;
            let mut head_text = if pretty {
                serde_json::to_string_pretty(&head)?
            } else {
                serde_json::to_string(&head)?
            };
            // Stream the errors into the object: drop the closing brace and append them.
            head_text.truncate(head_text.trim_end().len() - 1);
            let head_text = head_text.trim_end().to_string();
            stdout.write_all(head_text.as_bytes())?;
            stdout.write_all(if pretty {
                b",\n  \"errors\": ["
            } else {
                b",\"errors\":["
            })?;
            let mut first = true;
            report.errors.for_each(|r| {
                if !first {
                    stdout.write_all(b",")?;
                }
                first = false;
                if pretty {
                    stdout.write_all(b"\n    ")?;
                }
                serde_json::to_writer(&mut stdout, r)?;
                Ok(())
            })?;
            if pretty {
                stdout.write_all(if first { b"]\n}\n" } else { b"\n  ]\n}\n" })?;
            } else {
                stdout.write_all(b"]}\n")?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut stdout);
            w.write_record([
                "read",
                "inserted",
                "updated",
                "unchanged",
                "rejected",
                "seconds",
                "rows_per_second",
            ])?;
            w.write_record([
                s.read.to_string(),
                s.inserted.to_string(),
                s.updated.to_string(),
                s.unchanged.to_string(),
                s.rejected.to_string(),
                s.seconds.to_string(),
                s.rows_per_second.to_string(),
            ])?;
            w.flush()?;
        }
        Format::Table => {
            writeln!(
                stdout,
                "read {}, inserted {}, updated {}, unchanged {}, rejected {} in {:.3} s ({} rows/s){}",
                s.read,
                s.inserted,
                s.updated,
                s.unchanged,
                s.rejected,
                s.seconds,
                s.rows_per_second,
                if report.dry_run {
                    " (dry run: nothing written)"
                } else {
                    ""
                }
            )?;
        }
    }
    stdout.flush()?;
    if !report.committed && !report.dry_run {
        return Err(Error::invalid(format!(
            "{} of {} rows are invalid; nothing was written",
            s.rejected, s.read
        ))
        .with_hint(
            "fix the rows listed, or pass --skip-invalid --rejects FILE to write the valid ones",
        ));
    }
    if report.dry_run && s.rejected > 0 && !report.skip_invalid {
        // A dry run reports like the real run would: invalid rows are exit 5 unless
        // --skip-invalid.
        return Err(Error::invalid(format!(
            "{} of {} rows are invalid (dry run: nothing written)",
            s.rejected, s.read
        )));
    }
    Ok(())
}

/// Read an export (`custctl export`) back into an EMPTY database: every kind, in the order
/// written, with ids kept. The audit log is not imported; the import writes its own entry.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The export to read (`-` for stdin)
    #[arg(value_name = "FILE")]
    file: String,
    /// Give the new database this key file (the source database's `.key`), so that card
    /// fingerprints keep matching
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
}

pub fn run(args: ImportArgs, app: &mut App) -> Result<()> {
    use crate::store::keyfile;
    if let Some(key_file) = &args.key {
        let key = keyfile::read(key_file)?.ok_or_else(|| {
            Error::not_found(format!(
                "the key file {} does not exist",
                key_file.display()
            ))
        })?;
        let path = app.db_path().clone();
        {
            let mut db = app.open_new_handle()?;
            crate::ops::import::ensure_empty(&mut db, true)?;
            // The database takes the key's fingerprint first: should the rename below fail,
            // the old key is refused and running the import again completes the swap.
            db.adopt_key_fingerprint(&key)?;
        }
        let target = keyfile::key_path(&path);
        let tmp = target.with_extension(format!("key.new{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        keyfile::write_private(&tmp, key.as_bytes())?;
        std::fs::rename(&tmp, &target)
            .map_err(|e| Error::storage(format!("cannot replace {}: {e}", target.display())))?;
    }
    let (db, ctx, out) = app.open()?;
    let bar = progress_bar(out, None);
    let mut input: Box<dyn std::io::BufRead> = if args.file == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin().lock()))
    } else {
        let f = std::fs::File::open(&args.file).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::not_found(format!("the file {} does not exist", args.file))
            } else {
                Error::storage(format!("cannot read {}: {e}", args.file))
            }
        })?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(
                Error::invalid(format!("{} is a folder, not a file", args.file))
                    .with_hint("name the export file to import, e.g. FOLDER/all.ndjson"),
            );
        }
        Box::new(std::io::BufReader::with_capacity(64 * 1024, f))
    };
    let counts = crate::ops::import::import(db, ctx, &args.file, &mut input, &mut |n| {
        if let Some(b) = &bar {
            b.set_position(n);
        }
    })?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let total: u64 = counts.values().sum();
    out.object(&serde_json::json!({"read": total, "kinds": counts}))
}

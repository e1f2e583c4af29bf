//! `custctl import FILE|-` (read an export back), and the options and summary shared by
//! every `… import` command (`person import`, `account import`, ...).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::cli::App;
use crate::cli::output::{Format, ListFlags, ListSpec, Output};
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
    /// The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=`
    /// first line names, else `,`]
    #[arg(long, value_name = "C")]
    pub delimiter: Option<String>,
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
    /// Take the database to the import while it runs: faster for a large file, but other
    /// commands wait until it is done. SQLite: a rollback journal instead of the write-ahead
    /// log (falls back to the log, with a warning, when another connection has the database
    /// open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign
    /// keys are built and checked again in one pass each
    #[arg(long)]
    pub exclusive: bool,
}

impl FileImportArgs {
    /// The options; `--rejects FILE` is checked as an output that must not be the database
    /// at `db_path` (or its side files) nor the file being read.
    pub fn options(&self, db_path: &Path) -> Result<Options> {
        let source = Source::parse(&self.file);
        let head = peek(&source);
        if self.encoding.is_none()
            && let Some(encoding) = utf16_bom(&head)
        {
            return Err(Error::invalid(format!(
                "{} is UTF-16 (it starts with a UTF-16 byte-order mark)",
                source.name()
            ))
            .with_hint(format!("name its encoding with --encoding {encoding}")));
        }
        let format = match self.input_format.as_deref() {
            Some("ndjson") => Some(InputFormat::Ndjson),
            Some(_) => Some(InputFormat::Csv),
            // Standard input has no extension: NDJSON when its first non-blank byte opens
            // an object.
            None if matches!(source, Source::Stdin) && first_non_blank(&head) == Some(b'{') => {
                Some(InputFormat::Ndjson)
            }
            None => None,
        };
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
            format,
            maps: self
                .maps
                .iter()
                .map(|m| import::parse_map(m))
                .collect::<Result<_>>()?,
            ignore_unknown: self.ignore_unknown,
            delimiter: import::parse_delimiter(self.delimiter.as_deref().unwrap_or(","))?,
            delimiter_given: self.delimiter.is_some(),
            encoding: self
                .encoding
                .as_deref()
                .map(import::parse_encoding)
                .transpose()?,
            skip_invalid: self.skip_invalid,
            rejects,
            dry_run: self.dry_run,
            exclusive: self.exclusive,
        })
    }
}

/// The first bytes of the input, without consuming them: read from the file, or looked at
/// in standard input's buffer (which the import then reads from the start). Empty when the
/// input cannot be read (the import reports why).
fn peek(source: &Source) -> Vec<u8> {
    use std::io::{BufRead, Read};
    match source {
        Source::Path(path) => {
            let mut head = Vec::new();
            if let Ok(f) = std::fs::File::open(path) {
                let _ = f.take(4096).read_to_end(&mut head);
            }
            head
        }
        Source::Stdin => std::io::stdin()
            .lock()
            .fill_buf()
            .map(|b| b.to_vec())
            .unwrap_or_default(),
    }
}

/// The encoding a UTF-16 byte-order mark names.
fn utf16_bom(head: &[u8]) -> Option<&'static str> {
    match head {
        [0xFF, 0xFE, ..] => Some("utf-16le"),
        [0xFE, 0xFF, ..] => Some("utf-16be"),
        _ => None,
    }
}

/// The first byte that is not blank, after a UTF-8 byte-order mark.
fn first_non_blank(head: &[u8]) -> Option<u8> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.iter().copied().find(|b| !b.is_ascii_whitespace())
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
    for w in &report.warnings {
        out.warn(w);
    }
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
/// `custctl import columns ENTITY` lists the columns each entity import accepts.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ImportArgs {
    #[command(subcommand)]
    command: Option<ImportCommand>,
    /// The export to read (`-` for stdin)
    #[arg(value_name = "FILE", required = true)]
    file: Option<String>,
    /// Give the new database this key file (the source database's `.key`), so that card
    /// fingerprints keep matching
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and
    /// whether it is required
    Columns(ColumnsArgs),
}

#[derive(Debug, Args)]
struct ColumnsArgs {
    /// person, account, contact, instrument or site
    #[arg(value_parser = ["person", "account", "contact", "instrument", "site"])]
    entity: String,
    #[command(flatten)]
    list: ListFlags,
}

const COLUMNS: ListSpec = ListSpec {
    noun: "columns",
    default: &["column", "type", "required", "about"],
    all: &["column", "type", "required", "about"],
};

/// One column an import accepts.
#[derive(Debug, Serialize)]
struct ColumnDoc {
    column: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    required: &'static str,
    about: &'static str,
}

const fn col(
    column: &'static str,
    kind: &'static str,
    required: &'static str,
    about: &'static str,
) -> ColumnDoc {
    ColumnDoc {
        column,
        kind,
        required,
        about,
    }
}

const IGNORED_NOTE: &str = "accepted and ignored";

/// The columns of each entity import, in the order of its fields. A test checks that they
/// are exactly the fields the import reads.
fn column_docs(entity: &str) -> Vec<ColumnDoc> {
    match entity {
        "person" => vec![
            col(
                "external_id",
                "text",
                "no",
                "the key: a row with one updates the person that has it",
            ),
            col(
                "name",
                "text",
                "yes, unless first_name or last_name",
                "the full name",
            ),
            col(
                "first_name",
                "text",
                "no",
                "a person's first name (the name is formed from them)",
            ),
            col("last_name", "text", "no", "a person's last name"),
            col("kind", "person|organization", "no", "default person"),
            col("email", "email address", "no", "the primary email"),
            col("phone", "phone number", "no", "the primary phone"),
        ],
        "account" => vec![
            col(
                "number",
                "text",
                "yes",
                "the key: a row updates the account with this number",
            ),
            col(
                "name",
                "text",
                "yes, for a new account",
                "the account's name",
            ),
            col("person_id", "integer", "no", "the customer party by id"),
            col(
                "person_external_id",
                "text",
                "no",
                "the customer party by external id; without either, an organisation named after the account",
            ),
            col("currency", "ISO 4217 code", "no", "default USD"),
            col("status", "active|inactive", "no", "default active"),
        ],
        "contact" => vec![
            col(
                "external_id",
                "text",
                "no",
                "the key: a row with one updates the contact that has it",
            ),
            col(
                "person_id",
                "integer",
                "yes, or person_external_id",
                "the person by id",
            ),
            col(
                "person_external_id",
                "text",
                "yes, or person_id",
                "the person by external id",
            ),
            col("class", "code", "yes", "the contact class"),
            col("type", "code", "yes", "the contact type (under the class)"),
            col(
                "method",
                "phone|email|fax|postal|sms|in-person|web|other",
                "no",
                "how",
            ),
            col("direction", "inbound|outbound", "no", "who got in touch"),
            col("contacted_at", "RFC 3339 timestamp", "no", "default now"),
            col("user", "text", "no", "who recorded it; default the actor"),
            col("comment", "text", "no", "what it was about"),
            col(
                "open",
                "true|false",
                "no",
                "an open case file; default false",
            ),
            col(
                "char.TYPE",
                "a value of characteristic TYPE",
                "when the type requires it",
                "one column per characteristic",
            ),
        ],
        "instrument" => vec![
            col(
                "external_id",
                "text",
                "no",
                "the key: a row with one updates the instrument that has it",
            ),
            col(
                "account",
                "account number",
                "yes",
                "the account it pays for",
            ),
            col(
                "card_number",
                "card number",
                "yes, or iban or bank_account",
                "a card (never stored: tokenised)",
            ),
            col(
                "expiry",
                "YYYY-MM",
                "with card_number",
                "the card's expiry month",
            ),
            col("holder", "text", "no", "the card or account holder"),
            col(
                "iban",
                "IBAN",
                "yes, or card_number or bank_account",
                "a bank account by IBAN",
            ),
            col("bic", "BIC", "no", "the BIC of the IBAN's bank"),
            col(
                "bank_account",
                "text",
                "yes, or card_number or iban",
                "a domestic bank account number",
            ),
            col(
                "bank_code",
                "text",
                "with bank_account",
                "the domestic bank code",
            ),
            col(
                "country",
                "ISO 3166 code",
                "with bank_account",
                "the bank account's country",
            ),
            col(
                "currency",
                "ISO 4217 code",
                "for a bank account",
                "the bank account's currency",
            ),
            col("primary", "true|false", "no", "primary of its scope"),
            col("start", "date", "no", "first active day; default today"),
            col("end", "date", "no", "last active day"),
            col(
                "preference",
                "integer",
                "no",
                "order among instruments without a primary",
            ),
            col("site_id", "integer", "no", "a bill-to site of the account"),
        ],
        "site" => vec![
            col(
                "account",
                "account number",
                "yes",
                "the account; with address and postal_code the key",
            ),
            col(
                "address",
                "text",
                "yes",
                "the address; a row updates the site in use with this address and postal code",
            ),
            col("city", "text", "no", "the city"),
            col(
                "postal_code",
                "text",
                "no",
                "the postal code (part of the key)",
            ),
            col("country", "ISO 3166 code", "no", "the country"),
            col(
                "uses",
                "bill-to,ship-to,statements,dunning",
                "yes, for a new site",
                "every use of the site (comma-separated)",
            ),
            col(
                "primary",
                "true|false",
                "no",
                "the primary site for every use it has",
            ),
            col(
                "primary_for",
                "uses",
                "no",
                "the primary site for these uses (comma-separated)",
            ),
        ],
        _ => Vec::new(),
    }
}

/// `custctl import columns ENTITY`: the columns above, then the ones accepted and ignored.
fn columns(args: ColumnsArgs, out: &Output) -> Result<()> {
    let mut docs = column_docs(&args.entity);
    let ignored: Vec<&'static str> = import::OUTPUT_ONLY
        .iter()
        .copied()
        .chain(ignored_fields(&args.entity).iter().copied())
        .collect();
    docs.extend(ignored.into_iter().map(|c| col(c, "", "no", IGNORED_NOTE)));
    out.list(&COLUMNS, &args.list, &docs)
}

fn ignored_fields(entity: &str) -> &'static [&'static str] {
    use crate::import::{account::AccountImport, contact::ContactImport};
    use crate::import::{instrument::InstrumentImport, person::PersonImport, site::SiteImport};
    match entity {
        "site" => SiteImport::IGNORED,
        "person" => PersonImport::IGNORED,
        "account" => AccountImport::IGNORED,
        "contact" => ContactImport::IGNORED,
        "instrument" => InstrumentImport::IGNORED,
        _ => &[],
    }
}

pub fn run(args: ImportArgs, app: &mut App) -> Result<()> {
    use crate::store::keyfile;
    if let Some(ImportCommand::Columns(c)) = args.command {
        return columns(c, &app.out);
    }
    let file = args
        .file
        .ok_or_else(|| Error::usage("the export to read is missing: custctl import FILE"))?;
    if let Some(key_file) = &args.key {
        let key = keyfile::read(key_file)?.ok_or_else(|| {
            Error::not_found(format!(
                "the key file {} does not exist",
                key_file.display()
            ))
        })?;
        let target = app.key_file_path();
        {
            let mut db = app.open_new_handle()?;
            crate::ops::import::ensure_empty(&mut db, true)?;
            // The database takes the key's fingerprint first: should the rename below fail,
            // the old key is refused and running the import again completes the swap.
            db.adopt_key_fingerprint(&key)?;
        }
        let tmp = target.with_extension(format!("key.new{}", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        keyfile::write_private(&tmp, key.as_bytes())?;
        std::fs::rename(&tmp, &target)
            .map_err(|e| Error::storage(format!("cannot replace {}: {e}", target.display())))?;
    }
    let (db, ctx, out) = app.open()?;
    let bar = progress_bar(out, None);
    let mut input: Box<dyn std::io::BufRead> = if file == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin().lock()))
    } else {
        let f = std::fs::File::open(&file).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::not_found(format!("the file {} does not exist", file))
            } else {
                Error::storage(format!("cannot read {}: {e}", file))
            }
        })?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(Error::invalid(format!("{file} is a folder, not a file"))
                .with_hint("name the export file to import, e.g. FOLDER/all.ndjson"));
        }
        Box::new(std::io::BufReader::with_capacity(64 * 1024, f))
    };
    let counts = crate::ops::import::import(db, ctx, &file, &mut input, &mut |n| {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{account::AccountImport, contact::ContactImport};
    use crate::import::{instrument::InstrumentImport, person::PersonImport};

    #[test]
    fn every_field_an_import_reads_is_documented() {
        for (entity, fields, prefix) in [
            ("person", PersonImport::FIELDS, PersonImport::DYNAMIC_PREFIX),
            (
                "account",
                AccountImport::FIELDS,
                AccountImport::DYNAMIC_PREFIX,
            ),
            (
                "contact",
                ContactImport::FIELDS,
                ContactImport::DYNAMIC_PREFIX,
            ),
            (
                "instrument",
                InstrumentImport::FIELDS,
                InstrumentImport::DYNAMIC_PREFIX,
            ),
            (
                "site",
                crate::import::site::SiteImport::FIELDS,
                crate::import::site::SiteImport::DYNAMIC_PREFIX,
            ),
        ] {
            let mut want: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
            if let Some(p) = prefix {
                want.push(format!("{p}TYPE"));
            }
            let got: Vec<String> = column_docs(entity)
                .iter()
                .map(|d| d.column.to_string())
                .collect();
            assert_eq!(got, want, "{entity}");
        }
    }
}

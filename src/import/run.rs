//! The run: one transaction, every event of the parser handled (counted, checked by the
//! entity, written or rejected), keys seen twice found, the audit entry, the commit.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::Write;
use std::time::Instant;

use serde_json::{Map, Value, json};
use sha2::Digest;

use super::columns::{Columns, printable};
use super::parse::{Event, Raw, parse_rows};
use super::rejects::{Rejects, looks_like_card, mask, mask_text, mask_value};
use super::report::{ErrorLog, Hooks, Report, RowReport, Summary};
use super::source::{Source, open_input, temp_file};
use super::{Entity, KeyState, Options, Outcome, Row, RowError, at};
use crate::domain::card::{mask_pans, redact};
use crate::error::{Error, Result};
use crate::ops::Context;
use crate::store::audit::{NewEntry, append};
use crate::store::{Db, Writer, import as store};

/// A generous guess of the bytes of one row, to compare a file's size with a table's rows.
const BYTES_PER_ROW_GUESS: u64 = 200;

/// Keys found twice with different values: key → (first line, its hash, a line with other
/// values).
type Clashes = HashMap<String, (u64, i64, u64)>;

struct Attempt<'a, E: Entity> {
    entity: &'a mut E,
    ctx: &'a Context,
    summary: Summary,
    errors: ErrorLog,
    /// The rejects file, created when first needed (the CSV header, or the first rejected
    /// NDJSON line), so that a file refused before any row leaves none.
    rejects: Option<Rejects>,
    rejects_to: Option<&'a Options>,
    /// The CSV delimiter the file is read with, and whether it began with a `sep=` line
    /// (the rejects file is written the same way, so that it imports again as it is).
    dialect: (u8, bool),
    known: &'a Clashes,
    found: Clashes,
    /// Errors on lines before this were already reported by an earlier attempt.
    reported_before: u64,
    /// A clash was found: stop writing, only look for more clashes.
    scan_only: bool,
    scan_only_from: u64,
    /// Every key goes through the key table (else only those [`Entity::key_state`] says).
    keyed: bool,
    /// A key was found twice that the key table did not track: the attempt stops here and
    /// starts again keyed; rows from this line on were not handled.
    restart_from: Option<u64>,
    /// Rows written since the last [`Writer::seal`].
    since_seal: u64,
}

/// Rows between two seals of the audit digests (see [`Writer::seal`]): what the seal
/// remembers stays bounded by what this many rows touch.
const SEAL_EVERY: u64 = 4096;

/// How an attempt that must start again keyed stops the parser.
fn restart_signal() -> Error {
    Error::internal("the import starts again with every key tracked")
}

/// Imports one file. Returns the report; the caller decides the exit code (5 when rows were
/// invalid and nothing was written).
pub fn run<E: Entity>(
    db: &mut Db,
    ctx: &Context,
    entity: &mut E,
    opts: &Options,
    hooks: &mut Hooks<'_>,
) -> Result<Report> {
    if opts.exclusive && !opts.dry_run {
        // Each page written once (no checkpoint), at the price of the database to itself
        // for the import's duration; a dry run writes nothing, so it needs no switch.
        let (mut report, warnings) =
            db.with_rollback_journal(|db| run_in_mode(db, ctx, entity, opts, hooks))?;
        report.warnings.extend(warnings);
        if E::BULK_TABLE.is_none() && db.dialect() == crate::store::Dialect::Postgres {
            report.warnings.push(format!(
                "--exclusive changes nothing on PostgreSQL for {} import: only contact and \
                 person imports take their tables for the load",
                E::KIND
            ));
        }
        return Ok(report);
    }
    run_in_mode(db, ctx, entity, opts, hooks)
}

fn run_in_mode<E: Entity>(
    db: &mut Db,
    ctx: &Context,
    entity: &mut E,
    opts: &Options,
    hooks: &mut Hooks<'_>,
) -> Result<Report> {
    let columns = Columns {
        kind: E::KIND,
        fields: E::FIELDS,
        ignored: E::IGNORED,
        prefix: E::DYNAMIC_PREFIX,
        opts,
    };
    columns.check_maps()?;
    // The file's name goes into the audit entry.
    crate::domain::text::no_card_number("the file name", &opts.source.name())?;
    // Standard input is kept, so that the file can be read again (a repeated key, a retry).
    let spool = match opts.source {
        Source::Stdin => {
            let mut f = temp_file("stdin")?;
            std::io::copy(&mut std::io::stdin().lock(), &mut f)?;
            Some(f)
        }
        Source::Path(_) => None,
    };
    // As `Db::write` does: an import PostgreSQL aborted as a deadlock (with a reader of a
    // table `--exclusive` locks, say) runs again from the start.
    let mut attempt = 1;
    loop {
        let out = if E::FOREIGN_KEYS_OFF {
            // The bulk path: no foreign-key probe per row; the entity checks every parent,
            // set-based, before COMMIT.
            db.without_foreign_keys(|db| attempts(db, ctx, entity, opts, hooks, spool.as_ref()))
        } else {
            attempts(db, ctx, entity, opts, hooks, spool.as_ref())
        };
        match out {
            Err(e) if crate::store::run_again(&e, attempt, crate::store::WRITE_ATTEMPTS) => {
                attempt += 1
            }
            out => return out,
        }
    }
}

fn attempts<E: Entity>(
    db: &mut Db,
    ctx: &Context,
    entity: &mut E,
    opts: &Options,
    hooks: &mut Hooks<'_>,
    spool: Option<&std::fs::File>,
) -> Result<Report> {
    let started = Instant::now();
    let spool_size = match spool {
        Some(f) => Some(f.metadata()?.len()),
        None => None,
    };
    let key = db.key()?.clone();
    db.bulk_cache()?;
    let mut known = Clashes::new();
    let mut reported_before = 0;
    let mut keyed = false;
    loop {
        let tx = db.begin_bulk()?;
        let w = Writer {
            conn: &tx.handle(),
            key: &key,
        };
        // Changes seen by an attempt that was rolled back are not this attempt's.
        crate::store::audit::forget_changes();
        store::begin_keys(w.conn)?;
        let rows_guess = opts
            .source
            .size()
            .or(spool_size)
            .map(|bytes| bytes / BYTES_PER_ROW_GUESS);
        entity.begin(&w, ctx, keyed, rows_guess)?;
        // A dry run writes nothing, so it takes nothing off (nor locks anything).
        let exclusive = opts.exclusive && !opts.dry_run;
        let mut unloaded = match (E::BULK_TABLE, opts.source.size().or(spool_size)) {
            (Some(table), Some(bytes))
                if bytes / BYTES_PER_ROW_GUESS > store::count(w.conn, table)? =>
            {
                store::unload(w.conn, table, exclusive, E::FOREIGN_KEYS_OFF)?
            }
            _ => store::Unloaded::default(),
        };
        let rejects_to =
            (opts.rejects.is_some() && opts.skip_invalid && !opts.dry_run).then_some(opts);
        let mut attempt = Attempt {
            entity: &mut *entity,
            ctx,
            summary: Summary::default(),
            errors: ErrorLog::new(),
            rejects: None,
            rejects_to,
            dialect: (opts.delimiter, false),
            known: &known,
            found: Clashes::new(),
            reported_before,
            scan_only: false,
            scan_only_from: u64::MAX,
            keyed,
            restart_from: None,
            since_seal: 0,
        };
        let mut input = open_input(opts, spool)?;
        let reader = std::mem::replace(&mut input.reader, Box::new(std::io::empty()));
        let bytes = input.bytes.clone();
        let parsed = parse_rows::<E>(reader, opts, &mut |event| {
            attempt.event(&w, event, &bytes, hooks)
        })
        .and_then(|()| attempt.open_rejects().map(|_| ()))
        .and_then(|()| attempt.entity.flush(&w));
        if attempt.restart_from.is_none() && attempt.entity.repeat_found() {
            // The last buffered rows repeated a key: every row was handled.
            attempt.restart_from = Some(u64::MAX);
        }
        if let Some(from) = attempt.restart_from {
            // Rows before `from` were handled and their errors reported; read again with
            // every key in the key table (the clash path below then names both lines).
            reported_before = reported_before.max(from.min(attempt.scan_only_from));
            known.extend(attempt.found.drain());
            keyed = true;
            drop(tx);
            continue;
        }
        if let Err(e) = parsed {
            // The file was refused (a verification-code key, broken CSV, a failed write):
            // dropping the temporary rejects file removes it, so none stays behind.
            drop(attempt.rejects.take());
            return Err(e);
        }
        (hooks.progress)(input.bytes.get());
        if !attempt.found.is_empty() {
            // Roll back and read again, now knowing every clashing key.
            reported_before = reported_before.max(attempt.scan_only_from);
            known.extend(attempt.found.drain());
            drop(tx);
            continue;
        }
        let mut summary = attempt.summary;
        let seconds = started.elapsed().as_secs_f64();
        summary.seconds = (seconds * 1000.0).round() / 1000.0;
        summary.rows_per_second = if seconds > 0.0 {
            (summary.read as f64 / seconds).round()
        } else {
            0.0
        };
        let rejects_file = match attempt.rejects.take() {
            Some(r) => Some(r.finish()?),
            None => None,
        };
        let complete = summary.rejected == 0 || opts.skip_invalid;
        let commit = !opts.dry_run && complete;
        if complete {
            unloaded.create_indexes(w.conn)?;
            attempt.entity.check_parents(&w)?;
            unloaded.restore_foreign_keys(w.conn)?;
        }
        if commit {
            let sha = hex::encode(input.hasher.borrow_mut().clone().finalize());
            append(
                w.conn,
                w.key,
                NewEntry {
                    at: &ctx.timestamp(),
                    actor: &ctx.actor,
                    action: "import",
                    entity: E::KIND,
                    entity_id: None,
                    changes: json!({
                        "file": opts.source.name(),
                        "sha256": sha,
                        "read": summary.read,
                        "inserted": summary.inserted,
                        "updated": summary.updated,
                        "unchanged": summary.unchanged,
                        "rejected": summary.rejected,
                    }),
                },
            )?;
            tx.commit(&key)?;
            if let Some(f) = rejects_file {
                f.persist().map_err(|mut e| {
                    e.message = format!(
                        "the import was committed, but its rejects file was not written: {}",
                        e.message
                    );
                    e
                })?;
            }
        } else {
            drop(tx);
        }
        // The time includes the commit (and the checkpoint it may run).
        let seconds = started.elapsed().as_secs_f64();
        summary.seconds = (seconds * 1000.0).round() / 1000.0;
        summary.rows_per_second = if seconds > 0.0 {
            (summary.read as f64 / seconds).round()
        } else {
            0.0
        };
        return Ok(Report {
            summary,
            errors: attempt.errors,
            committed: commit,
            dry_run: opts.dry_run,
            skip_invalid: opts.skip_invalid,
            warnings: Vec::new(),
        });
    }
}

impl<E: Entity> Attempt<'_, E> {
    /// The rejects file, created on first use; `None` without `--skip-invalid --rejects`.
    fn open_rejects(&mut self) -> Result<Option<&mut Rejects>> {
        if self.rejects.is_none()
            && let Some(opts) = self.rejects_to
            && let Some(path) = &opts.rejects
        {
            self.rejects = Some(Rejects::create(path, opts.input_format(), self.dialect)?);
        }
        Ok(self.rejects.as_mut())
    }

    /// Handles one event of the parser: counts, progress, the rejects header, each row.
    fn event(
        &mut self,
        w: &Writer<'_>,
        event: Event<'_>,
        bytes: &Cell<u64>,
        hooks: &mut Hooks<'_>,
    ) -> Result<()> {
        match event {
            Event::Header {
                record: header,
                delimiter,
                sep_line,
            } => {
                self.dialect = (delimiter, sep_line);
                if let Some(Rejects::Csv(r)) = self.open_rejects()? {
                    // An ignored column may be named by a card number.
                    let mut out = csv::ByteRecord::new();
                    for name in header.iter() {
                        if !E::SECRET.is_empty() && looks_like_card(name) {
                            out.push_field(&mask(name));
                        } else {
                            out.push_field(&mask_text(name));
                        }
                    }
                    out.push_field(b"error");
                    r.write_byte_record(&out)?;
                }
                Ok(())
            }
            Event::Row { line, row, raw } => {
                self.summary.read += 1;
                if self.summary.read.is_multiple_of(4096) {
                    (hooks.progress)(bytes.get());
                }
                match row {
                    Err(p) => self.reject(line, p, raw, hooks),
                    Ok(row) => self.process(w, line, row, raw, hooks),
                }
            }
        }
    }

    fn process(
        &mut self,
        w: &Writer<'_>,
        line: u64,
        row: &Row,
        raw: Raw<'_>,
        hooks: &mut Hooks<'_>,
    ) -> Result<()> {
        row.line.set(line);
        if let Some(key_field) = E::KEY
            && let Some(key) = E::row_key(row)
        {
            let key: &str = &key;
            if let Some(&(first, first_hash, other)) = self.known.get(key) {
                let named = if row.hash() == first_hash {
                    other
                } else {
                    first
                };
                let e = Error::invalid(format!(
                    "line {named} has the same {key_field} '{}' with different values",
                    printable(key)
                ))
                .with_hint("a file may name each record once (an exact repeat is allowed)");
                return self.reject_as(line, at(key_field)(e), raw, hooks, true);
            }
            let tracked = self.keyed
                || match self.entity.key_state(w, key)? {
                    KeyState::Untracked => false,
                    KeyState::Tracked => true,
                    KeyState::Repeat => {
                        self.restart_from = Some(line);
                        return Err(restart_signal());
                    }
                };
            if !tracked {
                return self.handle(w, line, row, raw, hooks, true);
            }
            let hash = row.hash();
            let earlier = store::see_key(w.conn, key, line, hash)?;
            row.seen_before.set(earlier.is_some());
            if let Some((first, first_hash)) = earlier
                && first_hash != hash
                && !self.found.contains_key(key)
            {
                self.found
                    .insert(key.to_string(), (first, first_hash, line));
                if !self.scan_only {
                    self.scan_only = true;
                    self.scan_only_from = line;
                }
            }
        }
        self.handle(w, line, row, raw, hooks, false)
    }

    /// Checks and writes one row whose key (if any) was looked at.
    fn handle(
        &mut self,
        w: &Writer<'_>,
        line: u64,
        row: &Row,
        raw: Raw<'_>,
        hooks: &mut Hooks<'_>,
        untracked: bool,
    ) -> Result<()> {
        if self.scan_only {
            return Ok(());
        }
        // `prepare` writes nothing: a row it refuses is rejected as it is. The savepoint, when
        // the plan needs one, covers only the write.
        let mut written = false;
        let mut savepoint = false;
        let done = match self.entity.prepare(w, self.ctx, row) {
            Ok(plan) => {
                savepoint = E::savepoint(&plan);
                if savepoint {
                    w.conn.savepoint("import_row")?;
                }
                written = true;
                self.entity.write(w, self.ctx, plan)
            }
            Err(e) => Err(e),
        };
        match done {
            Ok(outcome) => {
                if savepoint {
                    w.conn.release("import_row")?;
                }
                self.since_seal += 1;
                if self.since_seal >= SEAL_EVERY {
                    // Bounded memory: the records this transaction's entries are about are
                    // checked (and forgotten) every so many rows, not all at COMMIT.
                    self.since_seal = 0;
                    w.seal()?;
                }
                if self.entity.repeat_found() {
                    // A buffered row repeated a key: this row and those before it are done.
                    self.restart_from = Some(line + 1);
                    return Err(restart_signal());
                }
                match outcome {
                    Outcome::Inserted => self.summary.inserted += 1,
                    Outcome::Updated => self.summary.updated += 1,
                    Outcome::Unchanged => self.summary.unchanged += 1,
                }
                Ok(())
            }
            // A refusal of this row (it names a missing record, breaks a rule, holds a bad
            // value): undo what the row wrote, and reject it.
            Err(e) if e.is_refusal() && (savepoint || !written) => {
                if savepoint {
                    w.conn.rollback_to("import_row")?;
                    w.conn.release("import_row")?;
                }
                if untracked {
                    // A later row with this key would not be compared with this one (it
                    // was neither written nor tracked): start again with every key tracked,
                    // which names both lines of such a clash.
                    self.restart_from = Some(line);
                    return Err(restart_signal());
                }
                self.reject(line, e, raw, hooks)
            }
            // Storage and internal failures abort the import (its transaction rolls back).
            Err(e) => Err(e.error),
        }
    }

    fn reject(
        &mut self,
        line: u64,
        e: RowError,
        raw: Raw<'_>,
        hooks: &mut Hooks<'_>,
    ) -> Result<()> {
        self.reject_as(line, e, raw, hooks, false)
    }

    /// Records an invalid row; `clash` marks the rows of a key found twice, which an earlier
    /// attempt did not report.
    fn reject_as(
        &mut self,
        line: u64,
        e: RowError,
        raw: Raw<'_>,
        hooks: &mut Hooks<'_>,
        clash: bool,
    ) -> Result<()> {
        if self.scan_only {
            return Ok(());
        }
        self.summary.rejected += 1;
        // Messages repeat cell values and column names: never a card number among them
        // (the report goes to stderr, the JSON summary and the rejects file).
        let report = RowReport {
            line,
            column: e.column.map(|c| redact(&c)),
            kind: e.error.kind.as_str().to_string(),
            message: redact(&e.error.message),
            hint: e.error.hint.map(|h| redact(&h)),
        };
        if line >= self.reported_before || clash {
            (hooks.on_error)(&report);
        }
        match (self.open_rejects()?, raw) {
            (Some(Rejects::Csv(wr)), Raw::Csv { record, secret }) => {
                let mut out = csv::ByteRecord::new();
                for (i, field) in record.iter().enumerate() {
                    if !field.is_empty()
                        && (secret.contains(&i)
                            || (!E::SECRET.is_empty() && looks_like_card(field)))
                    {
                        out.push_field(&mask(field));
                    } else {
                        out.push_field(&mask_text(field));
                    }
                }
                out.push_field(report.text().as_bytes());
                wr.write_byte_record(&out)?;
            }
            (Some(Rejects::Ndjson(wr)), Raw::Line { bytes, secret }) => {
                let mut obj = std::str::from_utf8(bytes)
                    .ok()
                    .and_then(|t| serde_json::from_str::<Map<String, Value>>(t).ok())
                    .unwrap_or_else(|| {
                        let mut m = Map::new();
                        // A line that is not JSON is kept as text, unless this import
                        // carries secrets that could be anywhere in it.
                        let raw = if E::SECRET.is_empty() {
                            Value::String(mask_pans(&String::from_utf8_lossy(bytes)))
                        } else {
                            Value::Null
                        };
                        m.insert("raw".into(), raw);
                        m
                    });
                for (k, v) in obj.iter_mut() {
                    mask_value(v, secret.contains(k), !E::SECRET.is_empty());
                }
                if obj
                    .keys()
                    .any(|k| looks_like_card(k.as_bytes()) || redact(k) != *k)
                {
                    // A key named by a card number.
                    obj = obj
                        .into_iter()
                        .map(|(k, v)| {
                            if !E::SECRET.is_empty() && looks_like_card(k.as_bytes()) {
                                (String::from_utf8_lossy(&mask(k.as_bytes())).into_owned(), v)
                            } else {
                                (mask_pans(&k), v)
                            }
                        })
                        .collect();
                }
                obj.insert("error".into(), Value::String(report.text()));
                serde_json::to_writer(&mut *wr, &obj)?;
                wr.write_all(b"\n")?;
            }
            _ => {}
        }
        self.errors.push(report)
    }
}

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
pub mod contact;
pub mod instrument;
pub mod person;
pub mod scan;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Instant;

use rusqlite::TransactionBehavior;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::domain::card::redact;
use crate::error::{Error, Result};
use crate::ops::Context;
use crate::store::audit::{NewEntry, append};
use crate::store::{Db, Writer, import as store};
use scan::{Scan, Scanner};

/// Fields that `list` output carries but an import does not set: accepted and ignored, so
/// that what `list --format ndjson` prints can be imported back; and the `error` column of a
/// rejects file, so that a fixed rejects file imports as it is.
pub const OUTPUT_ONLY: &[&str] = &["id", "created_at", "updated_at", "person_name", "error"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Ndjson,
}

#[derive(Debug, Clone)]
pub enum Source {
    Path(PathBuf),
    Stdin,
}

impl Source {
    pub fn parse(value: &str) -> Source {
        if value == "-" {
            Source::Stdin
        } else {
            Source::Path(PathBuf::from(value))
        }
    }

    pub fn name(&self) -> String {
        match self {
            Source::Path(p) => p.display().to_string(),
            Source::Stdin => "-".into(),
        }
    }

    /// The size in bytes, when known (for the progress bar).
    pub fn size(&self) -> Option<u64> {
        match self {
            Source::Path(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Source::Stdin => None,
        }
    }
}

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

// ------------------------------------------------------------------ rows and entities

/// What an import did with one valid row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Inserted,
    Updated,
    Unchanged,
}

/// Why one row is invalid, and the column at fault when there is one.
#[derive(Debug, Clone)]
pub struct RowError {
    pub column: Option<String>,
    pub error: Error,
}

impl From<Error> for RowError {
    fn from(error: Error) -> Self {
        RowError {
            column: None,
            error,
        }
    }
}

/// `.map_err(at("email"))`: the error is about that column.
pub fn at(column: &str) -> impl FnOnce(Error) -> RowError + '_ {
    move |error| RowError {
        column: Some(column.to_string()),
        error,
    }
}

/// One row's cells by field: `None` when the file has no such column, `Some("")` for an
/// empty cell.
#[derive(Debug, Default)]
pub struct Row {
    fields: &'static [&'static str],
    values: Vec<Option<String>>,
    dynamic: Vec<(String, String)>,
    /// Set by the pipeline when the key table has seen this row's key earlier in the file
    /// (a `Cell`: rows reach the pipeline by shared reference).
    seen_before: std::cell::Cell<bool>,
}

impl Row {
    fn new(fields: &'static [&'static str]) -> Self {
        Row {
            fields,
            values: vec![None; fields.len()],
            dynamic: Vec::new(),
            seen_before: std::cell::Cell::new(false),
        }
    }

    /// Whether an earlier row of this file has the same key (so a record with this key may
    /// exist even in a table that was empty when the import began).
    pub fn seen_before(&self) -> bool {
        self.seen_before.get()
    }

    fn clear(&mut self) {
        self.values.iter_mut().for_each(|v| *v = None);
        self.dynamic.clear();
        self.seen_before.set(false);
    }

    /// The cell of `field`: `None` when the column is absent, `Some(None)` when the cell is
    /// empty (or blank), `Some(Some(value))` otherwise.
    pub fn cell(&self, field: &str) -> Option<Option<&str>> {
        let i = self.fields.iter().position(|f| *f == field)?;
        self.values[i]
            .as_deref()
            .map(|v| if v.trim().is_empty() { None } else { Some(v) })
    }

    /// The value of `field`, or `None` when absent or empty.
    pub fn value(&self, field: &str) -> Option<&str> {
        self.cell(field).flatten()
    }

    /// `char.TYPE` style cells: (TYPE, value), in column order.
    pub fn dynamic(&self) -> &[(String, String)] {
        &self.dynamic
    }

    fn hash(&self) -> i64 {
        let mut h = std::hash::DefaultHasher::new();
        for v in &self.values {
            v.as_deref().map(str::trim).hash(&mut h);
        }
        for (k, v) in &self.dynamic {
            k.to_lowercase().hash(&mut h);
            v.trim().hash(&mut h);
        }
        h.finish() as i64
    }
}

/// An importable entity.
pub trait Entity {
    /// What `prepare` decided for a row, for `write` to apply.
    type Plan;
    /// The entity kind, as in the audit log (`person`).
    const KIND: &'static str;
    /// The field names (the JSON field names of the record), lower case.
    const FIELDS: &'static [&'static str];
    /// The field rows upsert by (`external_id`; accounts: `number`).
    const KEY: Option<&'static str>;
    /// A prefix of dynamic columns (`char.` for characteristics).
    const DYNAMIC_PREFIX: Option<&'static str> = None;
    /// Fields never written back anywhere (the rejects file masks them): card numbers.
    const SECRET: &'static [&'static str] = &[];
    /// The table a big import fills: when the file is larger than the rows already there,
    /// its plain secondary indexes are dropped during the import and built again at the end.
    const BULK_TABLE: Option<&'static str> = None;
    /// More output-only fields of this entity's `list` output, accepted and ignored.
    const IGNORED: &'static [&'static str] = &[];

    /// Refuses a file by its column names before any row is read (card verification codes).
    fn check_header(_names: &[&str]) -> Result<()> {
        Ok(())
    }

    /// Checks one row (form, then referenced records, then rules). It writes nothing, except
    /// where a shared insert function checks every rule before its first write and so is
    /// the check itself (instruments).
    fn prepare(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Self::Plan, RowError>;

    /// Applies a plan. A failure here aborts the whole import.
    fn write(&mut self, w: &Writer<'_>, ctx: &Context, plan: Self::Plan) -> Result<Outcome>;
}

#[derive(Debug, Clone, PartialEq)]
enum Slot {
    Field(usize),
    Dynamic(String),
    Ignored,
}

struct Columns<'a> {
    kind: &'static str,
    fields: &'static [&'static str],
    ignored: &'static [&'static str],
    prefix: Option<&'static str>,
    opts: &'a Options,
}

impl Columns<'_> {
    fn check_maps(&self) -> Result<()> {
        for (source, field) in &self.opts.maps {
            let known = self.fields.contains(&field.as_str())
                || self
                    .prefix
                    .is_some_and(|p| field.starts_with(p) && field.len() > p.len());
            if !known {
                return Err(Error::usage(format!(
                    "--map {source}={field}: the {} import has no field '{field}'",
                    self.kind
                ))
                .with_hint(format!("the fields are: {}", self.field_list())));
            }
        }
        Ok(())
    }

    fn field_list(&self) -> String {
        let mut list = self.fields.join(", ");
        if let Some(p) = self.prefix {
            list.push_str(&format!(", {p}TYPE"));
        }
        list
    }

    fn resolve(&self, name: &str) -> Result<Slot> {
        let trimmed = name.trim();
        let lower = trimmed.to_lowercase();
        let target = self
            .opts
            .maps
            .iter()
            .find(|(s, _)| *s == lower)
            .map(|(_, f)| f.as_str())
            .unwrap_or(&lower);
        if let Some(i) = self.fields.iter().position(|f| *f == target) {
            return Ok(Slot::Field(i));
        }
        if let Some(p) = self.prefix
            && target.starts_with(p)
            && target.len() > p.len()
        {
            // Keep the TYPE as written (after the prefix) for the characteristic code.
            let original = if target == lower {
                trimmed.get(p.len()..).unwrap_or(&target[p.len()..])
            } else {
                &target[p.len()..]
            };
            let original = original.trim().to_string();
            return Ok(Slot::Dynamic(original));
        }
        if OUTPUT_ONLY.contains(&target)
            || self.ignored.contains(&target)
            || self.opts.ignore_unknown
        {
            return Ok(Slot::Ignored);
        }
        let mut hint = format!(
            "the columns of the {} import are: {}; rename a column with --map SOURCE=FIELD, or pass --ignore-unknown",
            self.kind,
            self.field_list()
        );
        for (c, flag) in [(';', "';'"), ('\t', "tab"), ('|', "'|'")] {
            if trimmed.contains(c) && self.opts.delimiter != c as u8 {
                hint = format!("the file seems to use another delimiter: pass --delimiter {flag}");
            }
        }
        Err(Error::invalid(format!("unknown column '{}'", printable(trimmed))).with_hint(hint))
    }

    /// Resolves a whole header, refusing two columns for one field.
    fn resolve_all(&self, names: &[&str]) -> Result<Vec<Slot>> {
        let mut slots: Vec<Slot> = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let slot = self.resolve(name)?;
            if slot != Slot::Ignored
                && let Some(j) = slots.iter().position(|s| same_slot(s, &slot))
            {
                return Err(Error::invalid(format!(
                    "columns {} ('{}') and {} ('{}') are both the field {}",
                    j + 1,
                    printable(names[j].trim()),
                    i + 1,
                    printable(name.trim()),
                    self.slot_name(&slot)
                ))
                .with_hint("remove one of them, or rename one with --map SOURCE=FIELD"));
            }
            slots.push(slot);
        }
        Ok(slots)
    }

    fn slot_name(&self, slot: &Slot) -> String {
        match slot {
            Slot::Field(i) => self.fields[*i].to_string(),
            Slot::Dynamic(t) => format!("{}{t}", self.prefix.unwrap_or("")),
            Slot::Ignored => String::new(),
        }
    }
}

fn same_slot(a: &Slot, b: &Slot) -> bool {
    match (a, b) {
        (Slot::Field(x), Slot::Field(y)) => x == y,
        (Slot::Dynamic(x), Slot::Dynamic(y)) => x.eq_ignore_ascii_case(y),
        _ => false,
    }
}

fn printable(v: &str) -> String {
    crate::domain::time::printable(v)
}

// ------------------------------------------------------------------ the report

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
    fn new() -> Self {
        ErrorLog {
            memory: Vec::new(),
            file: None,
            count: 0,
        }
    }

    fn push(&mut self, report: RowReport) -> Result<()> {
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

/// An anonymous temporary file (unlinked at once; gone when closed).
fn temp_file(what: &str) -> Result<File> {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let path = std::env::temp_dir().join(format!(
        "custctl-{what}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::storage(format!("cannot create {}: {e}", path.display())))?;
    let _ = std::fs::remove_file(&path);
    Ok(file)
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
}

/// Callbacks for the command line: each invalid row as it is found, and progress (bytes of
/// input read).
pub struct Hooks<'a> {
    pub on_error: &'a mut dyn FnMut(&RowReport),
    pub progress: &'a mut dyn FnMut(u64),
}

// ------------------------------------------------------------------ reading

/// Counts and hashes the raw bytes of the input.
struct Tap<R> {
    inner: R,
    hasher: Rc<RefCell<Sha256>>,
    bytes: Rc<Cell<u64>>,
}

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.borrow_mut().update(&buf[..n]);
        self.bytes.set(self.bytes.get() + n as u64);
        Ok(n)
    }
}

/// Decodes another encoding to UTF-8 as it streams (dropping a byte-order mark).
struct Decode<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    chunk: Vec<u8>,
    out: Vec<u8>,
    pos: usize,
    finished: bool,
}

impl<R: Read> Read for Decode<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.pos < self.out.len() {
                let n = buf.len().min(self.out.len() - self.pos);
                buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
                self.pos += n;
                return Ok(n);
            }
            if self.finished {
                return Ok(0);
            }
            let n = self.inner.read(&mut self.chunk)?;
            let last = n == 0;
            self.out.clear();
            let max = self.decoder.max_utf8_buffer_length(n).unwrap_or(n * 4 + 16);
            self.out.resize(max, 0);
            let (_, read, written, _) =
                self.decoder
                    .decode_to_utf8(&self.chunk[..n], &mut self.out, last);
            debug_assert_eq!(read, n);
            self.out.truncate(written);
            self.pos = 0;
            self.finished = last;
        }
    }
}

/// Drops a UTF-8 byte-order mark at the start.
struct SkipBom<R> {
    inner: BufReader<R>,
    checked: bool,
}

impl<R: Read> Read for SkipBom<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if !self.checked {
            self.checked = true;
            let head = self.inner.fill_buf()?;
            if head.starts_with(b"\xEF\xBB\xBF") {
                self.inner.consume(3);
            }
        }
        self.inner.read(buf)
    }
}

impl<R: Read> BufRead for SkipBom<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if !self.checked {
            self.checked = true;
            let head = self.inner.fill_buf()?;
            if head.starts_with(b"\xEF\xBB\xBF") {
                self.inner.consume(3);
            }
        }
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.inner.consume(amt)
    }
}

struct Input {
    /// The raw bytes (hashed and counted as they are read), not decoded yet.
    reader: Box<dyn Read>,
    hasher: Rc<RefCell<Sha256>>,
    bytes: Rc<Cell<u64>>,
}

fn open_input(opts: &Options, spool: Option<&File>) -> Result<Input> {
    let raw: Box<dyn Read> = match (spool, &opts.source) {
        (Some(f), _) => {
            let mut f = f.try_clone()?;
            f.rewind()?;
            Box::new(f)
        }
        (None, Source::Path(p)) => Box::new(File::open(p).map_err(|e| open_error(p, e))?),
        (None, Source::Stdin) => Box::new(std::io::stdin()),
    };
    let hasher = Rc::new(RefCell::new(Sha256::new()));
    let bytes = Rc::new(Cell::new(0));
    let tap = Tap {
        inner: raw,
        hasher: hasher.clone(),
        bytes: bytes.clone(),
    };
    let reader: Box<dyn Read> = Box::new(tap);
    Ok(Input {
        reader,
        hasher,
        bytes,
    })
}

fn open_error(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::not_found(format!("the file {} does not exist", path.display()))
    } else {
        Error::storage(format!("cannot read {}: {e}", path.display()))
    }
}

/// Where invalid rows go with `--skip-invalid --rejects FILE`.
enum Rejects {
    Csv(Box<csv::Writer<BufWriter<File>>>),
    Ndjson(BufWriter<File>),
}

impl Rejects {
    fn create(path: &Path, format: InputFormat, delimiter: u8) -> Result<Rejects> {
        let file = File::create(path)
            .map_err(|e| Error::storage(format!("cannot write {}: {e}", path.display())))?;
        let w = BufWriter::new(file);
        Ok(match format {
            InputFormat::Csv => Rejects::Csv(Box::new(
                csv::WriterBuilder::new()
                    .delimiter(delimiter)
                    .from_writer(w),
            )),
            InputFormat::Ndjson => Rejects::Ndjson(w),
        })
    }

    fn flush(&mut self) -> Result<()> {
        match self {
            Rejects::Csv(w) => w.flush()?,
            Rejects::Ndjson(w) => w.flush()?,
        }
        Ok(())
    }
}

// ------------------------------------------------------------------ the run

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
    rejects: Option<Rejects>,
    known: &'a Clashes,
    found: Clashes,
    /// Errors on lines before this were already reported by an earlier attempt.
    reported_before: u64,
    /// A clash was found: stop writing, only look for more clashes.
    scan_only: bool,
    scan_only_from: u64,
}

/// Whether a cell could hold a card number (12 or more digits, spaces and dashes aside), so
/// that a misaligned row of an instrument import cannot leak one into the rejects file.
fn looks_like_card(value: &[u8]) -> bool {
    value.iter().filter(|b| b.is_ascii_digit()).count() >= 12
        && value
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'"'))
}

/// Masks a JSON value of a rejected NDJSON line: every scalar when `all` (a secret key, a
/// number included), else every string or number, however deep, that could be a card number.
fn mask_value(v: &mut Value, all: bool) {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            items.iter_mut().for_each(|i| mask_value(i, all));
            return;
        }
        Value::Object(map) => {
            map.values_mut().for_each(|i| mask_value(i, all));
            return;
        }
        Value::Null | Value::Bool(_) => return,
    };
    if !text.is_empty() && (all || looks_like_card(text.as_bytes())) {
        *v = Value::String(String::from_utf8_lossy(&mask(text.as_bytes())).into_owned());
    }
}

/// A secret value as it may be written: its last four characters.
fn mask(value: &[u8]) -> Vec<u8> {
    let v = String::from_utf8_lossy(value);
    let chars: Vec<char> = v.trim().chars().collect();
    let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
    format!("****{tail}").into_bytes()
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
    let started = Instant::now();
    let columns = Columns {
        kind: E::KIND,
        fields: E::FIELDS,
        ignored: E::IGNORED,
        prefix: E::DYNAMIC_PREFIX,
        opts,
    };
    columns.check_maps()?;
    let spool = match opts.source {
        Source::Stdin => {
            let mut f = temp_file("stdin")?;
            std::io::copy(&mut std::io::stdin().lock(), &mut f)?;
            Some(f)
        }
        Source::Path(_) => None,
    };
    let spool_size = match &spool {
        Some(f) => Some(f.metadata()?.len()),
        None => None,
    };
    let key = db.key()?.clone();
    store::bulk_cache(&db.conn)?;
    let mut known = Clashes::new();
    let mut reported_before = 0;
    loop {
        let tx = db
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let w = Writer {
            conn: &tx,
            key: &key,
        };
        store::begin_keys(w.conn)?;
        let rebuild = match (E::BULK_TABLE, opts.source.size().or(spool_size)) {
            (Some(table), Some(bytes))
                if bytes / BYTES_PER_ROW_GUESS > store::count(w.conn, table)? =>
            {
                store::drop_plain_indexes(w.conn, table)?
            }
            _ => Vec::new(),
        };
        let rejects = match (&opts.rejects, opts.skip_invalid && !opts.dry_run) {
            (Some(path), true) => Some(Rejects::create(path, opts.input_format(), opts.delimiter)?),
            _ => None,
        };
        let mut attempt = Attempt {
            entity: &mut *entity,
            ctx,
            summary: Summary::default(),
            errors: ErrorLog::new(),
            rejects,
            known: &known,
            found: Clashes::new(),
            reported_before,
            scan_only: false,
            scan_only_from: u64::MAX,
        };
        let mut input = open_input(opts, spool.as_ref())?;
        let reader = std::mem::replace(&mut input.reader, Box::new(std::io::empty()));
        let bytes = input.bytes.clone();
        parse_rows::<E>(reader, opts, &mut |event| {
            attempt.event(&w, event, &bytes, hooks)
        })?;
        (hooks.progress)(input.bytes.get());
        if !attempt.found.is_empty() {
            // Roll back and read again, now knowing every clashing key.
            reported_before = attempt.scan_only_from;
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
        if let Some(r) = attempt.rejects.as_mut() {
            r.flush()?;
        }
        let commit = !opts.dry_run && (summary.rejected == 0 || opts.skip_invalid);
        if commit {
            store::create_indexes(w.conn, &rebuild)?;
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
            tx.commit()?;
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
        });
    }
}

// ------------------------------------------------------------------ parsing (no database)

/// The raw form of a row, for the rejects file, with where its secrets are.
pub enum Raw<'a> {
    /// A CSV record and the indexes of its columns that hold secret fields.
    Csv {
        record: &'a csv::ByteRecord,
        secret: &'a [usize],
    },
    /// An NDJSON line (trimmed) and its keys that hold secret fields.
    Line {
        bytes: &'a [u8],
        secret: &'a [String],
    },
}

/// What [`parse_rows`] found.
pub enum Event<'a> {
    /// The CSV header row, accepted (every column resolved, no verification code).
    Header(&'a csv::ByteRecord),
    /// One record (a CSV row, a non-blank NDJSON line) starting on `line` (1-based): its
    /// cells, or why it cannot be read.
    Row {
        line: u64,
        row: std::result::Result<&'a Row, RowError>,
        raw: Raw<'a>,
    },
}

/// The parsing layer of every import, without a database: decodes `input` (`--encoding`, or
/// UTF-8 with its byte-order mark dropped), reads it as CSV (header row, strict scanner,
/// `--delimiter`) or NDJSON, maps its columns to `E`'s fields (`--map`, `--ignore-unknown`,
/// verification-code headers refused) and calls `on` for the header and for each row in
/// order. An `Err` is the whole file refused (bad header, broken CSV); an invalid row is an
/// `Event::Row` with its error. The import pipeline reads every file through this, and so
/// does the `import_rows` fuzz target.
pub fn parse_rows<E: Entity>(
    input: Box<dyn Read>,
    opts: &Options,
    on: &mut dyn FnMut(Event<'_>) -> Result<()>,
) -> Result<()> {
    let columns = Columns {
        kind: E::KIND,
        fields: E::FIELDS,
        ignored: E::IGNORED,
        prefix: E::DYNAMIC_PREFIX,
        opts,
    };
    columns.check_maps()?;
    let reader = decoded(input, opts.encoding);
    match opts.input_format() {
        InputFormat::Csv => parse_csv::<E>(reader, &columns, on),
        InputFormat::Ndjson => parse_ndjson::<E>(reader, &columns, on),
    }
}

/// The input as UTF-8: decoded from `encoding` as it streams, else with a UTF-8 byte-order
/// mark dropped.
fn decoded(
    raw: Box<dyn Read>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Box<dyn BufRead> {
    match encoding {
        Some(enc) => Box::new(BufReader::with_capacity(
            64 * 1024,
            Decode {
                inner: raw,
                decoder: enc.new_decoder_with_bom_removal(),
                chunk: vec![0; 64 * 1024],
                out: Vec::new(),
                pos: 0,
                finished: false,
            },
        )),
        None => Box::new(SkipBom {
            inner: BufReader::with_capacity(64 * 1024, raw),
            checked: false,
        }),
    }
}

fn parse_csv<E: Entity>(
    reader: Box<dyn BufRead>,
    columns: &Columns<'_>,
    on: &mut dyn FnMut(Event<'_>) -> Result<()>,
) -> Result<()> {
    let opts = columns.opts;
    let scanner = Rc::new(RefCell::new(Scanner::new(opts.delimiter)));
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(opts.delimiter)
        .buffer_capacity(64 * 1024)
        .from_reader(Scan::new(reader, scanner.clone()));
    let mut record = csv::ByteRecord::new();
    let next_info = |scanner: &Rc<RefCell<Scanner>>| {
        scanner
            .borrow_mut()
            .queue
            .pop_front()
            .ok_or_else(|| Error::internal("the CSV scanner lost track of the records"))
    };
    if !rdr.read_byte_record(&mut record).map_err(csv_error)? {
        return Err(Error::invalid(format!(
            "{} is empty: a CSV import needs a header row",
            opts.source.name()
        )));
    }
    let info = next_info(&scanner)?;
    if let Some(defect) = info.defect {
        return Err(Error::invalid(format!("line {}: {defect}", info.line)));
    }
    let header = record.clone();
    let mut names = Vec::with_capacity(header.len());
    for field in header.iter() {
        names.push(std::str::from_utf8(field).map_err(|_| not_utf8(info.line))?);
    }
    E::check_header(&names)?;
    let slots = columns.resolve_all(&names)?;
    let secret: Vec<usize> = slots
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s, Slot::Field(f) if E::SECRET.contains(&E::FIELDS[*f])))
        .map(|(i, _)| i)
        .collect();
    let width = header.len();
    on(Event::Header(&header))?;
    let mut row = Row::new(E::FIELDS);
    loop {
        if !rdr.read_byte_record(&mut record).map_err(csv_error)? {
            break;
        }
        let info = next_info(&scanner)?;
        let line = info.line;
        row.clear();
        let problem: Option<RowError> = if let Some(defect) = info.defect {
            Some(Error::invalid(defect).into())
        } else if record.len() != width {
            Some(
                Error::invalid(format!(
                    "the row has {} fields; the header has {width}",
                    record.len()
                ))
                .with_hint(
                    "quote fields that contain the delimiter or a line break; check --delimiter",
                )
                .into(),
            )
        } else {
            let mut problem = None;
            for (i, field) in record.iter().enumerate() {
                let slot = &slots[i];
                if *slot == Slot::Ignored {
                    continue;
                }
                match std::str::from_utf8(field) {
                    Ok(v) => match slot {
                        Slot::Field(f) => row.values[*f] = Some(v.to_string()),
                        Slot::Dynamic(t) => row.dynamic.push((t.clone(), v.to_string())),
                        Slot::Ignored => {}
                    },
                    Err(_) => {
                        problem = Some(RowError {
                            column: Some(names[i].trim().to_string()),
                            error: not_utf8(line),
                        });
                        break;
                    }
                }
            }
            problem
        };
        let raw = Raw::Csv {
            record: &record,
            secret: &secret,
        };
        on(Event::Row {
            line,
            row: match problem {
                Some(p) => Err(p),
                None => Ok(&row),
            },
            raw,
        })?;
    }
    Ok(())
}

fn parse_ndjson<E: Entity>(
    mut reader: Box<dyn BufRead>,
    columns: &Columns<'_>,
    on: &mut dyn FnMut(Event<'_>) -> Result<()>,
) -> Result<()> {
    let mut buf = Vec::with_capacity(4096);
    let mut line = 0u64;
    let mut row = Row::new(E::FIELDS);
    let mut slots: Vec<Slot> = Vec::new();
    let mut secret: Vec<String> = Vec::new();
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        let text = buf.trim_ascii();
        if text.is_empty() {
            continue;
        }
        row.clear();
        slots.clear();
        secret.clear();
        let Ok(utf8) = std::str::from_utf8(text) else {
            on(Event::Row {
                line,
                row: Err(not_utf8(line).into()),
                raw: Raw::Line {
                    bytes: text,
                    secret: &secret,
                },
            })?;
            continue;
        };
        let object: Map<String, Value> = match serde_json::from_str(utf8) {
            Ok(o) => o,
            Err(e) => {
                on(Event::Row {
                    line,
                    row: Err(Error::invalid(format!("not a JSON object: {e}")).into()),
                    raw: Raw::Line {
                        bytes: text,
                        secret: &secret,
                    },
                })?;
                continue;
            }
        };
        let names: Vec<&str> = object.keys().map(String::as_str).collect();
        E::check_header(&names)?;
        // Every key that holds a secret, before anything else is looked at: a row refused
        // for another key still has its secrets masked in the rejects file.
        for name in &names {
            if let Ok(Slot::Field(f)) = columns.resolve(name)
                && E::SECRET.contains(&E::FIELDS[f])
            {
                secret.push(name.to_string());
            }
        }
        let mut problem = None;
        for (name, value) in &object {
            let slot = match columns.resolve(name) {
                Ok(s) => s,
                Err(e) => {
                    problem = Some(RowError {
                        column: Some(name.clone()),
                        error: e,
                    });
                    break;
                }
            };
            if slot != Slot::Ignored && slots.iter().any(|s| same_slot(s, &slot)) {
                problem = Some(RowError {
                    column: Some(name.clone()),
                    error: Error::invalid(format!(
                        "two keys are the field {}",
                        columns.slot_name(&slot)
                    )),
                });
                break;
            }
            let text = match value {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => n.to_string(),
                Value::Array(_) | Value::Object(_) if slot == Slot::Ignored => String::new(),
                Value::Array(_) | Value::Object(_) => {
                    problem = Some(RowError {
                        column: Some(name.clone()),
                        error: Error::invalid("a list or object is not allowed here"),
                    });
                    break;
                }
            };
            match &slot {
                Slot::Field(f) => row.values[*f] = Some(text),
                Slot::Dynamic(t) => row.dynamic.push((t.clone(), text)),
                Slot::Ignored => {}
            }
            slots.push(slot);
        }
        on(Event::Row {
            line,
            row: match problem {
                Some(p) => Err(p),
                None => Ok(&row),
            },
            raw: Raw::Line {
                bytes: text,
                secret: &secret,
            },
        })?;
    }
    Ok(())
}

impl<E: Entity> Attempt<'_, E> {
    /// Handles one event of the parser: counts, progress, the rejects header, each row.
    fn event(
        &mut self,
        w: &Writer<'_>,
        event: Event<'_>,
        bytes: &Cell<u64>,
        hooks: &mut Hooks<'_>,
    ) -> Result<()> {
        match event {
            Event::Header(header) => {
                if let Some(Rejects::Csv(r)) = self.rejects.as_mut() {
                    // An ignored column may be named by a card number.
                    let mut out = csv::ByteRecord::new();
                    for name in header.iter() {
                        if !E::SECRET.is_empty() && looks_like_card(name) {
                            out.push_field(&mask(name));
                        } else {
                            out.push_field(name);
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
        if let Some(key_field) = E::KEY
            && let Some(key) = row.value(key_field).map(str::trim)
        {
            let hash = row.hash();
            if let Some(&(first, first_hash, other)) = self.known.get(key) {
                let named = if hash == first_hash { other } else { first };
                let e = Error::invalid(format!(
                    "line {named} has the same {key_field} '{}' with different values",
                    printable(key)
                ))
                .with_hint("a file may name each record once (an exact repeat is allowed)");
                return self.reject_as(line, at(key_field)(e), raw, hooks, true);
            }
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
        if self.scan_only {
            return Ok(());
        }
        match self.entity.prepare(w, self.ctx, row) {
            Err(e) => self.reject(line, e, raw, hooks),
            Ok(plan) => {
                match self.entity.write(w, self.ctx, plan)? {
                    Outcome::Inserted => self.summary.inserted += 1,
                    Outcome::Updated => self.summary.updated += 1,
                    Outcome::Unchanged => self.summary.unchanged += 1,
                }
                Ok(())
            }
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
        match (self.rejects.as_mut(), raw) {
            (Some(Rejects::Csv(wr)), Raw::Csv { record, secret }) => {
                let mut out = csv::ByteRecord::new();
                for (i, field) in record.iter().enumerate() {
                    if !field.is_empty()
                        && (secret.contains(&i)
                            || (!E::SECRET.is_empty() && looks_like_card(field)))
                    {
                        out.push_field(&mask(field));
                    } else {
                        out.push_field(field);
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
                            Value::String(String::from_utf8_lossy(bytes).into_owned())
                        } else {
                            Value::Null
                        };
                        m.insert("raw".into(), raw);
                        m
                    });
                for (k, v) in obj.iter_mut() {
                    if secret.contains(k) {
                        mask_value(v, true);
                    } else if !E::SECRET.is_empty() {
                        mask_value(v, false);
                    }
                }
                if !E::SECRET.is_empty() && obj.keys().any(|k| looks_like_card(k.as_bytes())) {
                    // A key named by a card number.
                    obj = obj
                        .into_iter()
                        .map(|(k, v)| {
                            if looks_like_card(k.as_bytes()) {
                                (String::from_utf8_lossy(&mask(k.as_bytes())).into_owned(), v)
                            } else {
                                (k, v)
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

fn not_utf8(line: u64) -> Error {
    Error::invalid(format!("line {line} is not valid UTF-8")).with_hint(
        "name the file's encoding with --encoding, e.g. --encoding windows-1252 or --encoding iso-8859-1",
    )
}

fn csv_error(e: csv::Error) -> Error {
    match e.kind() {
        csv::ErrorKind::Io(_) => Error::from(e),
        _ => {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Error::invalid(format!("CSV near line {line}: {e}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::instrument::InstrumentImport;
    use crate::import::person::PersonImport;

    fn opts(format: InputFormat) -> Options {
        Options {
            source: Source::Stdin,
            format: Some(format),
            maps: Vec::new(),
            ignore_unknown: false,
            delimiter: b',',
            encoding: None,
            skip_invalid: false,
            rejects: None,
            dry_run: false,
        }
    }

    /// (line, error message or the name cell) of every row.
    fn rows<E: Entity>(body: &[u8], o: &Options) -> Result<Vec<(u64, String)>> {
        let mut out = Vec::new();
        parse_rows::<E>(Box::new(std::io::Cursor::new(body.to_vec())), o, &mut |e| {
            if let Event::Row { line, row, .. } = e {
                out.push((
                    line,
                    match row {
                        Ok(r) => r.value("name").unwrap_or("").to_string(),
                        Err(e) => format!("error: {}", e.error.message),
                    },
                ));
            }
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn parse_rows_reads_csv_and_ndjson_without_a_database() {
        let csv = b"\xEF\xBB\xBFexternal_id,name\r\nA,Ann\r\n\r\nB,\"Bo\nb\"\nC\n";
        let r = rows::<PersonImport>(csv, &opts(InputFormat::Csv)).unwrap();
        assert_eq!(r[0], (2, "Ann".into()));
        assert_eq!(r[1], (4, "Bo\nb".into()));
        assert_eq!(r[2].0, 6);
        assert!(r[2].1.starts_with("error: the row has 1 fields"));
        let nd = b"{\"name\":\"Ann\"}\n\n{broken\n{\"name\":1}\n";
        let r = rows::<PersonImport>(nd, &opts(InputFormat::Ndjson)).unwrap();
        assert_eq!(r[0], (1, "Ann".into()));
        assert_eq!(r[1].0, 3);
        assert_eq!(r[2], (4, "1".into()));
        // A verification-code header refuses the file before any row.
        let e = rows::<InstrumentImport>(b"account,CVV\nA,1\n", &opts(InputFormat::Csv));
        assert!(e.unwrap_err().message.contains("verification"));
    }

    #[test]
    fn rejected_ndjson_secrets_are_masked_wherever_they_are() {
        // A secret key as a number; a card number in another key, nested in a list.
        let mut v: Value = serde_json::from_str(
            "{\"card_number\":4111111111111111,\"holder\":\"4111 1111 1111 1111\",\"x\":[{\"y\":\"5555555555554444\"}],\"n\":12}",
        )
        .unwrap();
        let Value::Object(map) = &mut v else {
            unreachable!()
        };
        for (k, v) in map.iter_mut() {
            mask_value(v, k == "card_number");
        }
        let text = v.to_string();
        assert!(!text.contains("4111111111111111") && !text.contains("4111 1111"));
        assert!(!text.contains("5555555555554444"));
        assert_eq!(v["card_number"], "****1111");
        assert_eq!(v["x"][0]["y"], "****4444");
        assert_eq!(v["n"], 12);
    }
}

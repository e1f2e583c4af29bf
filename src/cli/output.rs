//! All rendering in one place: table, json, ndjson and csv for objects and lists, messages
//! on stderr, and errors in text or JSON.
//!
//! Lists stream: json, ndjson and csv print each row as it comes; a table sizes its columns
//! from the first [`SAMPLE`] rows and the terminal width, then prints every later row into
//! the same columns, so no list is ever held whole. CSV and table cells are read straight
//! from each row's `Serialize` impl (see [`Capture`]), not through a `serde_json::Value`.

use std::io::{BufWriter, IsTerminal, StdoutLock, Write};

use clap::{Args, ValueEnum};
use comfy_table::{Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde::ser::{self, Impossible};
use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::domain::card::redact;
use crate::error::{Error, ErrorKind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Csv => "csv",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// How many rows a table reads before it fixes its column widths.
pub const SAMPLE: usize = 200;

/// The `history` lists (receipt-method assignments, instruments, account contacts): every
/// version of a dated record, from the audit.
pub const HISTORY: ListSpec = ListSpec {
    noun: "versions",
    default: &[
        "id",
        "version",
        "at",
        "actor",
        "action",
        "start",
        "end",
        "backdated",
    ],
    all: &[
        "id",
        "version",
        "at",
        "actor",
        "action",
        "start",
        "end",
        "backdated",
        "audit_id",
        "changes",
    ],
};

/// What a list prints: its noun (for "no …" when empty), the columns a table shows by
/// default, and every column in the order of the JSON keys.
#[derive(Debug)]
pub struct ListSpec {
    pub noun: &'static str,
    pub default: &'static [&'static str],
    pub all: &'static [&'static str],
}

/// The options every list takes: which columns, which rows, or only how many.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "List options")]
pub struct ListFlags {
    /// Show every column in a table
    #[arg(long, conflicts_with = "columns")]
    pub wide: bool,
    /// The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps
    /// every field)
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub columns: Option<Vec<String>>,
    /// Print at most N rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Skip the first N rows
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: u64,
    /// Print only the number of rows (after --offset and --limit)
    #[arg(long)]
    pub count: bool,
}

impl ListFlags {
    /// The row limit to ask the store for: enough for the offset and the limit.
    pub fn fetch_limit(&self) -> Option<u64> {
        self.limit.map(|l| l.saturating_add(self.offset))
    }
}

#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
}

impl Output {
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> Self {
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        Output {
            format,
            quiet,
            color,
        }
    }

    /// Errors and messages are JSON under `--format json|ndjson`.
    pub fn json_errors(&self) -> bool {
        matches!(self.format, Format::Json | Format::Ndjson)
    }

    /// Prints one object (what `add`, `show` and `update` print).
    pub fn object<T: Serialize>(&self, value: &T) -> Result<()> {
        let mut out = stdout();
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, value)?;
                out.write_all(b"\n")?;
            }
            Format::Ndjson => {
                serde_json::to_writer(&mut out, value)?;
                out.write_all(b"\n")?;
            }
            Format::Csv => {
                let value = serde_json::to_value(value)?;
                let names = field_names(&value);
                let mut csv = csv::Writer::from_writer(out);
                csv.write_record(&names)?;
                csv.write_record(
                    names
                        .iter()
                        .map(|h| cell_text(value.get(h).unwrap_or(&Value::Null))),
                )?;
                csv.flush()?;
                return Ok(());
            }
            Format::Table => {
                let value = serde_json::to_value(value)?;
                let mut table = self.table();
                match &value {
                    Value::Object(map) => {
                        for (key, v) in map {
                            if is_list_of_objects(v) {
                                continue;
                            }
                            table.add_row(vec![self.header_cell(key), Cell::new(cell_text(v))]);
                        }
                        writeln!(out, "{table}")?;
                        // Nested lists (a contact's log, an account's sites) follow as tables.
                        for (key, v) in map {
                            if let Value::Array(items) = v
                                && is_list_of_objects(v)
                            {
                                writeln!(out, "\n{key}:")?;
                                self.value_table(&mut out, items)?;
                            }
                        }
                    }
                    other => writeln!(out, "{}", cell_text(other))?,
                }
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Prints a whole list.
    pub fn list<T: Serialize>(
        &self,
        spec: &ListSpec,
        flags: &ListFlags,
        items: &[T],
    ) -> Result<()> {
        let mut writer = self.list_writer(spec, flags)?;
        for item in items {
            writer.push(item)?;
        }
        writer.finish()
    }

    /// A writer that prints list items as they come, in flat memory whatever the format.
    /// Fails (usage, 2) when `--columns` names a column the list does not have.
    pub fn list_writer<'a>(
        &'a self,
        spec: &'a ListSpec,
        flags: &ListFlags,
    ) -> Result<ListWriter<'a>> {
        let columns: Vec<&'static str> = match &flags.columns {
            Some(names) => names
                .iter()
                .map(|n| {
                    let n = n.trim();
                    spec.all.iter().copied().find(|c| *c == n).ok_or_else(|| {
                        Error::usage(format!("unknown column \"{n}\" for {}", spec.noun))
                            .with_hint(format!("the columns are: {}", spec.all.join(", ")))
                    })
                })
                .collect::<Result<_>>()?,
            None if self.format == Format::Table && !flags.wide => spec.default.to_vec(),
            None => spec.all.to_vec(),
        };
        if columns.is_empty() {
            return Err(Error::usage("--columns names no column")
                .with_hint(format!("the columns are: {}", spec.all.join(", "))));
        }
        let out = stdout();
        let sink = if self.format == Format::Csv && !flags.count {
            Sink::Csv(Box::new(csv::Writer::from_writer(out)))
        } else {
            Sink::Plain(out)
        };
        let table = (self.format == Format::Table).then(|| TableState {
            limit: term_width(),
            pending: Vec::new(),
            widths: None,
        });
        Ok(ListWriter {
            output: self,
            spec,
            out: sink,
            seen: 0,
            count: 0,
            offset: flags.offset,
            limit: flags.limit,
            count_only: flags.count,
            cells: vec![String::new(); columns.len()],
            columns,
            table,
            checked: false,
        })
    }

    /// A message for the user on stderr (not data); silenced by `--quiet`. Under JSON
    /// formats stderr is kept for the error object, so messages are dropped there too.
    pub fn note(&self, message: impl std::fmt::Display) {
        if !self.quiet && !self.json_errors() {
            eprintln!("{message}");
        }
    }

    /// A warning: shown unless `--quiet`, prefixed `warning:`.
    pub fn warn(&self, message: impl std::fmt::Display) {
        if !self.quiet && !self.json_errors() {
            eprintln!("warning: {message}");
        }
    }

    fn table(&self) -> Table {
        let mut table = Table::new();
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        if let Some(width) = term_width() {
            table.set_width(width.min(u16::MAX as usize) as u16);
        }
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table
    }

    fn header_cell(&self, text: &str) -> Cell {
        let cell = Cell::new(text);
        if self.color {
            cell.add_attribute(comfy_table::Attribute::Bold)
        } else {
            cell
        }
    }

    /// A nested list of an object, every column, fitted to the terminal.
    fn value_table(&self, out: &mut Stdout, items: &[Value]) -> Result<()> {
        let header = items.first().map(field_names).unwrap_or_default();
        let names: Vec<&str> = header.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|item| {
                names
                    .iter()
                    .map(|h| one_line(&cell_text(item.get(*h).unwrap_or(&Value::Null))))
                    .collect()
            })
            .collect();
        let widths = layout(&names, &rows, term_width());
        self.table_line(out, &widths, names.iter().copied(), true)?;
        for row in &rows {
            self.table_line(out, &widths, row.iter().map(String::as_str), false)?;
        }
        Ok(())
    }

    /// One line of a list table: each cell fitted to its column (truncated with `…`),
    /// two spaces between columns, no trailing blanks. A last column wider than its
    /// width wraps at spaces onto lines of its own instead, when it is free text.
    fn table_line<'s>(
        &self,
        out: &mut Stdout,
        widths: &[usize],
        cells: impl Iterator<Item = &'s str>,
        header: bool,
    ) -> Result<()> {
        let mut line = String::new();
        let cells: Vec<&str> = cells.collect();
        let last = cells.len().saturating_sub(1);
        let mut wrapped: Vec<String> = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            let w = widths.get(i).copied().unwrap_or(0);
            if i > 0 {
                line.push_str("  ");
            }
            if i == last && !header && cell.contains(' ') && cell.width() > w && w >= 20 {
                wrapped = wrap(cell, w);
                line.push_str(wrapped.first().map(String::as_str).unwrap_or(""));
                continue;
            }
            let text = fit(cell, w);
            if header && self.color {
                line.push_str("\x1b[1m");
                line.push_str(&text);
                line.push_str("\x1b[0m");
            } else {
                line.push_str(&text);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
        if wrapped.len() > 1 {
            let indent: usize = widths[..last].iter().map(|w| w + 2).sum();
            for more in &wrapped[1..] {
                writeln!(out, "{}{more}", " ".repeat(indent))?;
            }
        }
        Ok(())
    }

    /// Prints an error to stderr: `error:` and `hint:` lines, or one JSON object.
    pub fn error(&self, err: &Error) {
        if err.kind == ErrorKind::BrokenPipe {
            return;
        }
        print_error(err, self.json_errors());
    }
}

type Stdout = BufWriter<StdoutLock<'static>>;

fn stdout() -> Stdout {
    BufWriter::with_capacity(64 * 1024, std::io::stdout().lock())
}

/// The width tables fit: `COLUMNS` when set (scripts and tests), else the terminal's; none
/// when stdout is not a terminal (then nothing is cut off).
pub fn term_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
    {
        return Some(n);
    }
    if !std::io::stdout().is_terminal() {
        return None;
    }
    terminal_size::terminal_size().map(|(terminal_size::Width(w), _)| w as usize)
}

pub fn print_error(err: &Error, json: bool) {
    // A last guard: a card number typed in the wrong place never reaches the terminal,
    // whichever message repeats the user's value.
    let message = redact(&err.message);
    let hint = err.hint.as_deref().map(redact);
    if json {
        let mut body = serde_json::json!({
            "kind": err.kind.as_str(),
            "message": message,
            "hint": hint,
        });
        if let Some(details) = &err.details {
            body["details"] = (**details).clone();
        }
        eprintln!("{}", serde_json::json!({ "error": body }));
    } else {
        eprintln!("error: {message}");
        if let Some(hint) = &hint {
            eprintln!("hint: {hint}");
        }
    }
}

pub struct ListWriter<'a> {
    output: &'a Output,
    spec: &'a ListSpec,
    out: Sink,
    /// Rows pushed, before --offset and --limit.
    seen: u64,
    /// Rows printed (or counted).
    count: u64,
    offset: u64,
    limit: Option<u64>,
    count_only: bool,
    /// The columns a table or CSV prints, and one reused buffer per column.
    columns: Vec<&'static str>,
    cells: Vec<String>,
    table: Option<TableState>,
    /// Whether the first row's keys were checked against the spec (debug builds).
    checked: bool,
}

struct TableState {
    limit: Option<usize>,
    /// The first rows, until the widths are fixed.
    pending: Vec<Vec<String>>,
    widths: Option<Vec<usize>>,
}

enum Sink {
    Plain(Stdout),
    Csv(Box<csv::Writer<Stdout>>),
}

impl Sink {
    /// The plain stdout writer (every format but csv).
    fn plain(&mut self) -> Result<&mut Stdout> {
        match self {
            Sink::Plain(out) => Ok(out),
            Sink::Csv(_) => Err(Error::internal("plain output on a csv writer")),
        }
    }
}

impl ListWriter<'_> {
    pub fn push<T: Serialize>(&mut self, item: &T) -> Result<()> {
        self.seen += 1;
        if self.seen <= self.offset || self.limit.is_some_and(|l| self.count >= l) {
            return Ok(());
        }
        self.count += 1;
        if self.count_only {
            return Ok(());
        }
        match self.output.format {
            Format::Json => {
                let out = self.out.plain()?;
                out.write_all(if self.count == 1 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(out, item)?;
            }
            Format::Ndjson => {
                let out = self.out.plain()?;
                serde_json::to_writer(&mut *out, item)?;
                out.write_all(b"\n")?;
            }
            Format::Csv => {
                if self.count == 1 {
                    self.write_csv_header()?;
                }
                self.capture(item)?;
                let Sink::Csv(csv) = &mut self.out else {
                    return Err(Error::internal("csv output without a csv writer"));
                };
                csv.write_record(&self.cells)?;
            }
            Format::Table => {
                self.capture(item)?;
                for cell in &mut self.cells {
                    if cell.contains(|c: char| c.is_control()) {
                        *cell = one_line(cell);
                    }
                }
                let state = self.table.as_mut().expect("a table writer");
                if state.widths.is_none() {
                    state.pending.push(self.cells.clone());
                    if state.pending.len() >= SAMPLE {
                        self.flush_sample()?;
                    }
                } else {
                    let widths = state.widths.take().unwrap_or_default();
                    let out = self.out.plain()?;
                    let result = self.output.table_line(
                        out,
                        &widths,
                        self.cells.iter().map(String::as_str),
                        false,
                    );
                    self.table.as_mut().expect("a table writer").widths = Some(widths);
                    result?;
                }
            }
        }
        Ok(())
    }

    fn write_csv_header(&mut self) -> Result<()> {
        let Sink::Csv(csv) = &mut self.out else {
            return Err(Error::internal("csv output without a csv writer"));
        };
        csv.write_record(&self.columns)?;
        Ok(())
    }

    /// Fills `cells` with the row's values for `columns`.
    fn capture<T: Serialize>(&mut self, item: &T) -> Result<()> {
        let mut keys = (cfg!(debug_assertions) && !self.checked).then(Vec::new);
        let mut capture = Capture {
            columns: &self.columns,
            cells: &mut self.cells,
            keys: keys.as_mut(),
            key: None,
        };
        for cell in capture.cells.iter_mut() {
            cell.clear();
        }
        item.serialize(&mut capture)
            .map_err(|e| Error::internal(format!("a row could not be printed: {}", e.0)))?;
        if let Some(keys) = keys {
            self.checked = true;
            debug_assert_eq!(
                keys, self.spec.all,
                "the columns of {} differ from its ListSpec",
                self.spec.noun
            );
        }
        Ok(())
    }

    /// Fixes the column widths from the rows read so far and prints them.
    fn flush_sample(&mut self) -> Result<()> {
        let state = self.table.as_mut().expect("a table writer");
        let pending = std::mem::take(&mut state.pending);
        let widths = layout(&self.columns, &pending, state.limit);
        let out = self.out.plain()?;
        self.output
            .table_line(out, &widths, self.columns.iter().copied(), true)?;
        for row in &pending {
            self.output
                .table_line(out, &widths, row.iter().map(String::as_str), false)?;
        }
        self.table.as_mut().expect("a table writer").widths = Some(widths);
        Ok(())
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn finish(mut self) -> Result<()> {
        if self.count_only {
            writeln!(self.out.plain()?, "{}", self.count)?;
        } else {
            match self.output.format {
                Format::Json => {
                    self.out.plain()?.write_all(if self.count == 0 {
                        b"[]\n"
                    } else {
                        b"\n]\n"
                    })?;
                }
                Format::Table => {
                    if self.count == 0 {
                        self.output.note(format!("no {}", self.spec.noun));
                    } else if self.table.as_ref().is_some_and(|t| t.widths.is_none()) {
                        self.flush_sample()?;
                    }
                }
                Format::Csv if self.count == 0 => self.write_csv_header()?,
                Format::Ndjson | Format::Csv => {}
            }
        }
        match &mut self.out {
            Sink::Plain(out) => out.flush()?,
            Sink::Csv(w) => w.flush()?,
        }
        Ok(())
    }
}

/// Column widths for a table: each column as wide as its widest cell in `rows` (and its
/// header); when that is wider than `limit`, the widest columns give way first, but a column
/// never gets narrower than its header (or 6), and dates and timestamps are never cut.
fn layout(columns: &[&str], rows: &[Vec<String>], limit: Option<usize>) -> Vec<usize> {
    let n = columns.len();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.width()).collect();
    let mut dated = vec![true; n];
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(n) {
            widths[i] = widths[i].max(cell.width());
            if !cell.is_empty() && !looks_dated(cell) {
                dated[i] = false;
            }
        }
    }
    let Some(limit) = limit else {
        return widths;
    };
    let floor: Vec<usize> = (0..n)
        .map(|i| {
            if dated[i] && !rows.is_empty() {
                widths[i]
            } else {
                widths[i].min(columns[i].width().max(6))
            }
        })
        .collect();
    // A last column of free text wraps (see `table_line`): it gives way first.
    let free_last = n > 0
        && rows
            .iter()
            .any(|r| r.get(n - 1).is_some_and(|c| c.contains(' ')));
    let mut total: usize = widths.iter().sum::<usize>() + 2 * n.saturating_sub(1);
    while total > limit {
        if free_last && widths[n - 1] > floor[n - 1].max(20) {
            widths[n - 1] -= 1;
            total -= 1;
            continue;
        }
        let Some(i) = (0..n)
            .filter(|&i| widths[i] > floor[i])
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)))
        else {
            break;
        };
        widths[i] -= 1;
        total -= 1;
    }
    widths
}

/// A date (2026-11-22), a month (2026-11) or a timestamp.
fn looks_dated(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && !s.contains(' ')
}

/// `s` in exactly `width` columns: padded, or cut with `…`.
fn fit(s: &str, width: usize) -> String {
    let w = s.width();
    if w <= width {
        let mut out = String::with_capacity(s.len() + width - w);
        out.push_str(s);
        out.extend(std::iter::repeat_n(' ', width - w));
        return out;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        out.push(c);
        used += cw;
    }
    if width > 0 {
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

/// Free text cut into lines of at most `width` columns at spaces (a longer word is cut).
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let needed = if line.is_empty() { 0 } else { line.width() + 1 };
        if needed + word.width() > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        if line.width() > width {
            lines.push(fit(&line, width).trim_end().to_string());
            line.clear();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Control characters (line breaks, tabs) as spaces, so that a row stays one line.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn field_names(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map.keys().cloned().collect(),
        _ => vec!["value".into()],
    }
}

fn is_list_of_objects(value: &Value) -> bool {
    matches!(value, Value::Array(items) if items.first().is_some_and(Value::is_object))
}

/// A value as one table or CSV cell: null is empty, lists of words are joined with commas,
/// anything nested is compact JSON.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.iter().all(|i| i.is_string()) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    }
}

// ------------------------------------------------------------------ cells from a row

/// Reads a row (a struct, or a map when it has flattened fields) into one text cell per
/// selected column. Plain values are written straight into the cell; a nested value goes
/// through [`cell_text`], as in every other place a cell is made.
struct Capture<'c> {
    columns: &'c [&'static str],
    cells: &'c mut [String],
    /// Every key of the row, in order (to check a list's spec).
    keys: Option<&'c mut Vec<String>>,
    /// The key of a map entry between `serialize_key` and `serialize_value`.
    key: Option<String>,
}

#[derive(Debug)]
struct CaptureError(String, bool);

impl std::fmt::Display for CaptureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CaptureError {}

impl ser::Error for CaptureError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        CaptureError(msg.to_string(), false)
    }
}

impl CaptureError {
    fn nested() -> Self {
        CaptureError("nested".into(), true)
    }
    fn not_a_row() -> Self {
        CaptureError("a list row that is not an object".into(), false)
    }
}

impl Capture<'_> {
    fn put<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), CaptureError> {
        if let Some(keys) = self.keys.as_mut() {
            keys.push(key.to_string());
        }
        let Some(i) = self.columns.iter().position(|c| *c == key) else {
            return Ok(());
        };
        let cell = &mut self.cells[i];
        cell.clear();
        match value.serialize(CellWriter(cell)) {
            Err(e) if e.1 => {
                let value = serde_json::to_value(value).map_err(ser::Error::custom)?;
                cell.clear();
                cell.push_str(&cell_text(&value));
                Ok(())
            }
            other => other,
        }
    }
}

macro_rules! not_a_row {
    ($($name:ident($($t:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $t),*) -> Result<(), CaptureError> { Err(CaptureError::not_a_row()) })*
    };
}

impl<'a, 'c> ser::Serializer for &'a mut Capture<'c> {
    type Ok = ();
    type Error = CaptureError;
    type SerializeSeq = Impossible<(), CaptureError>;
    type SerializeTuple = Impossible<(), CaptureError>;
    type SerializeTupleStruct = Impossible<(), CaptureError>;
    type SerializeTupleVariant = Impossible<(), CaptureError>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), CaptureError>;

    not_a_row!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), CaptureError> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), CaptureError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), CaptureError> {
        Err(CaptureError::not_a_row())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, CaptureError> {
        Err(CaptureError::not_a_row())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, CaptureError> {
        Err(CaptureError::not_a_row())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, CaptureError> {
        Err(CaptureError::not_a_row())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, CaptureError> {
        Err(CaptureError::not_a_row())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, CaptureError> {
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, CaptureError> {
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, CaptureError> {
        Err(CaptureError::not_a_row())
    }
}

impl ser::SerializeStruct for &mut Capture<'_> {
    type Ok = ();
    type Error = CaptureError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), CaptureError> {
        self.put(key, value)
    }
    fn end(self) -> Result<(), CaptureError> {
        Ok(())
    }
}

impl ser::SerializeMap for &mut Capture<'_> {
    type Ok = ();
    type Error = CaptureError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), CaptureError> {
        let mut text = String::new();
        key.serialize(CellWriter(&mut text))?;
        self.key = Some(text);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), CaptureError> {
        let key = self.key.take().unwrap_or_default();
        self.put(&key, value)
    }
    fn end(self) -> Result<(), CaptureError> {
        Ok(())
    }
}

/// Writes a plain value (text, number, bool, null, unit enum variant) as cell text; anything
/// nested is refused with a "nested" error so that the caller takes the general path.
struct CellWriter<'b>(&'b mut String);

macro_rules! cell_display {
    ($($name:ident($t:ty)),* $(,)?) => {
        $(fn $name(self, v: $t) -> Result<(), CaptureError> {
            use std::fmt::Write as _;
            let _ = write!(self.0, "{v}");
            Ok(())
        })*
    };
}

macro_rules! cell_nested {
    ($($name:ident($($t:ty),*) -> $ret:ty),* $(,)?) => {
        $(fn $name(self, $(_: $t),*) -> Result<$ret, CaptureError> { Err(CaptureError::nested()) })*
    };
}

impl ser::Serializer for CellWriter<'_> {
    type Ok = ();
    type Error = CaptureError;
    type SerializeSeq = Impossible<(), CaptureError>;
    type SerializeTuple = Impossible<(), CaptureError>;
    type SerializeTupleStruct = Impossible<(), CaptureError>;
    type SerializeTupleVariant = Impossible<(), CaptureError>;
    type SerializeMap = Impossible<(), CaptureError>;
    type SerializeStruct = Impossible<(), CaptureError>;
    type SerializeStructVariant = Impossible<(), CaptureError>;

    cell_display!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_char(char),
        serialize_str(&str),
    );
    cell_nested!(
        serialize_f32(f32) -> (),
        serialize_f64(f64) -> (),
        serialize_bytes(&[u8]) -> (),
        serialize_seq(Option<usize>) -> Self::SerializeSeq,
        serialize_tuple(usize) -> Self::SerializeTuple,
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct,
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant,
        serialize_map(Option<usize>) -> Self::SerializeMap,
        serialize_struct(&'static str, usize) -> Self::SerializeStruct,
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant,
    );

    fn serialize_none(self) -> Result<(), CaptureError> {
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), CaptureError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), CaptureError> {
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), CaptureError> {
        self.0.push_str(variant);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), CaptureError> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), CaptureError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), CaptureError> {
        Err(CaptureError::nested())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_cut_with_an_ellipsis_and_padded() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("Söhne", 5), "Söhne");
    }

    #[test]
    fn dates_keep_their_width_and_wide_columns_give_way() {
        let rows = vec![vec!["2026-11-22T10:15:00Z".to_string(), "x".repeat(80)]];
        let w = layout(&["at", "comment"], &rows, Some(50));
        assert_eq!(w, vec![20, 28]);
    }

    #[test]
    fn free_text_wraps_at_spaces() {
        assert_eq!(
            wrap("the primary EUR bank account", 12),
            vec!["the primary", "EUR bank", "account"]
        );
    }
}

//! All rendering in one place: table, json, ndjson and csv for objects and lists, messages
//! on stderr, and errors in text or JSON.

use std::io::{BufWriter, IsTerminal, StdoutLock, Write};

use clap::ValueEnum;
use comfy_table::{Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::domain::card::redact;
use crate::error::{Error, ErrorKind, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
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
        let mut out = BufWriter::new(std::io::stdout().lock());
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
                let mut list = self.list_writer_on(out);
                list.push(value)?;
                return list.finish();
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
                                writeln!(out, "{}", self.list_table(items))?;
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
    pub fn list<T: Serialize>(&self, items: &[T]) -> Result<()> {
        let mut writer = self.list_writer();
        for item in items {
            writer.push(item)?;
        }
        writer.finish()
    }

    /// A writer that prints list items as they come (json, ndjson, csv) so that long lists
    /// stream in flat memory; tables are collected to size their columns.
    pub fn list_writer(&self) -> ListWriter<'_> {
        self.list_writer_on(BufWriter::with_capacity(
            64 * 1024,
            std::io::stdout().lock(),
        ))
    }

    fn list_writer_on(&self, out: Stdout) -> ListWriter<'_> {
        let out = if self.format == Format::Csv {
            Sink::Csv(Box::new(csv::Writer::from_writer(out)))
        } else {
            Sink::Plain(out)
        };
        ListWriter {
            output: self,
            out,
            count: 0,
            header: None,
            rows: Vec::new(),
        }
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

    fn list_table(&self, items: &[Value]) -> Table {
        let mut table = self.table();
        let header = items.first().map(field_names).unwrap_or_default();
        table.set_header(header.iter().map(|h| self.header_cell(h)));
        for item in items {
            table.add_row(
                header
                    .iter()
                    .map(|h| Cell::new(cell_text(item.get(h).unwrap_or(&Value::Null)))),
            );
        }
        table
    }

    /// Prints an error to stderr: `error:` and `hint:` lines, or one JSON object.
    pub fn error(&self, err: &Error) {
        if err.kind == ErrorKind::BrokenPipe {
            return;
        }
        print_error(err, self.json_errors());
    }
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
    out: Sink,
    count: u64,
    header: Option<Vec<String>>,
    rows: Vec<Value>,
}

type Stdout = BufWriter<StdoutLock<'static>>;

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
        match self.output.format {
            Format::Json => {
                let out = self.out.plain()?;
                out.write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(out, item)?;
            }
            Format::Ndjson => {
                let out = self.out.plain()?;
                serde_json::to_writer(&mut *out, item)?;
                out.write_all(b"\n")?;
            }
            Format::Csv => {
                let value = serde_json::to_value(item)?;
                let Sink::Csv(csv) = &mut self.out else {
                    return Err(Error::internal("csv output without a csv writer"));
                };
                if self.header.is_none() {
                    let names = field_names(&value);
                    csv.write_record(&names)?;
                    self.header = Some(names);
                }
                let header = self.header.as_deref().unwrap_or_default();
                csv.write_record(
                    header
                        .iter()
                        .map(|h| cell_text(value.get(h).unwrap_or(&Value::Null))),
                )?;
            }
            Format::Table => self.rows.push(serde_json::to_value(item)?),
        }
        self.count += 1;
        Ok(())
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn finish(mut self) -> Result<()> {
        match self.output.format {
            Format::Json => {
                self.out
                    .plain()?
                    .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
            }
            Format::Table => {
                if self.rows.is_empty() {
                    self.output.note("(none)");
                } else {
                    let table = self.output.list_table(&self.rows);
                    writeln!(self.out.plain()?, "{table}")?;
                }
            }
            Format::Ndjson | Format::Csv => {}
        }
        match &mut self.out {
            Sink::Plain(out) => out.flush()?,
            Sink::Csv(w) => w.flush()?,
        }
        Ok(())
    }
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

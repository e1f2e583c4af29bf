//! Strict CSV and NDJSON row parsing, without a database: the header checked and resolved,
//! each record turned into a [`Row`] or a [`RowError`] with its true line number (the
//! byte-level scanner of `scan.rs` runs beside the csv reader).

use std::cell::RefCell;
use std::io::{BufRead, Read};
use std::rc::Rc;

use serde_json::{Map, Value};

use super::columns::{Columns, Slot, same_slot};
use super::scan::{Scan, Scanner};
use super::source::decoded;
use super::{Entity, InputFormat, Options, Row, RowError};
use crate::error::{Error, Result};

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
    /// The CSV header row, accepted (every column resolved, no verification code), with
    /// the delimiter the file is read with and whether Excel's `sep=` line named it.
    Header {
        record: &'a csv::ByteRecord,
        delimiter: u8,
        sep_line: bool,
    },
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

/// Excel's first line `sep=X` (`sep=;`, `sep=,`, `sep=|`, a tab, or `\t` written out),
/// which names the delimiter and is neither header nor data: the delimiter it names and
/// the input after that line, else the whole input.
fn excel_sep(mut reader: Box<dyn BufRead>) -> Result<(Option<u8>, Box<dyn BufRead>)> {
    // "sep=", the delimiter (two bytes when written `\t`) and a line ending (`\r\n`).
    let mut head = Vec::with_capacity(8);
    reader.by_ref().take(8).read_to_end(&mut head)?;
    let found = (|| {
        if head.len() < 5 || !head[..4].eq_ignore_ascii_case(b"sep=") {
            return None;
        }
        let (delimiter, rest) = match &head[4..] {
            [b'\\', b't', ..] => (b'\t', 6),
            [d, ..] if d.is_ascii() && !matches!(d, b'"' | b'\r' | b'\n') => (*d, 5),
            _ => return None,
        };
        let end = match &head[rest..] {
            [] => rest,
            [b'\r', b'\n', ..] => rest + 2,
            [b'\r' | b'\n', ..] => rest + 1,
            _ => return None,
        };
        Some((delimiter, end))
    })();
    let (delimiter, skip) = match found {
        Some((d, end)) => (Some(d), end),
        None => (None, 0),
    };
    head.drain(..skip);
    Ok((
        delimiter,
        Box::new(std::io::Cursor::new(head).chain(reader)),
    ))
}

fn parse_csv<E: Entity>(
    reader: Box<dyn BufRead>,
    columns: &Columns<'_>,
    on: &mut dyn FnMut(Event<'_>) -> Result<()>,
) -> Result<()> {
    let (sep, reader) = excel_sep(reader)?;
    let effective;
    let adjusted;
    let columns = match sep {
        Some(d) if columns.opts.delimiter_given && d != columns.opts.delimiter => {
            return Err(Error::invalid(format!(
                "line 1 is sep={} (Excel's delimiter line), but --delimiter is {}",
                shown(d),
                shown(columns.opts.delimiter)
            ))
            .with_hint("leave out --delimiter: the file's sep= line names its delimiter"));
        }
        Some(d) => {
            effective = Options {
                delimiter: d,
                ..columns.opts.clone()
            };
            adjusted = Columns {
                opts: &effective,
                ..*columns
            };
            &adjusted
        }
        None => columns,
    };
    let opts = columns.opts;
    // The sep= line is line 1: records start on line 2.
    let first_line = if sep.is_some() { 2 } else { 1 };
    let scanner = Rc::new(RefCell::new(Scanner::starting_on(
        opts.delimiter,
        first_line,
    )));
    let csv_error = |e| csv_error(e, first_line - 1);
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
    on(Event::Header {
        record: &header,
        delimiter: opts.delimiter,
        sep_line: sep.is_some(),
    })?;
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
                        Slot::Field(f) => row.set_value(*f, v),
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
                Value::Array(items)
                    if matches!(&slot, Slot::Field(f) if E::LIST_FIELDS.contains(&E::FIELDS[*f]))
                        && items.iter().all(Value::is_string) =>
                {
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(",")
                }
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

fn not_utf8(line: u64) -> Error {
    Error::invalid(format!("line {line} is not valid UTF-8")).with_hint(
        "name the file's encoding with --encoding, e.g. --encoding windows-1252 or --encoding iso-8859-1",
    )
}

/// A delimiter as written in a message: `;`, or `tab`.
fn shown(d: u8) -> String {
    if d == b'\t' {
        "tab".into()
    } else {
        char::from(d).to_string()
    }
}

/// A csv reader error; `skipped` lines (a `sep=` line) came before what it read.
fn csv_error(e: csv::Error, skipped: u64) -> Error {
    match e.kind() {
        csv::ErrorKind::Io(_) => Error::from(e),
        _ => {
            let line = e.position().map(|p| p.line() + skipped).unwrap_or(0);
            Error::invalid(format!("CSV near line {line}: {e}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Source;
    use crate::import::instrument::InstrumentImport;
    use crate::import::person::PersonImport;

    fn opts(format: InputFormat) -> Options {
        Options {
            source: Source::Stdin,
            format: Some(format),
            maps: Vec::new(),
            ignore_unknown: false,
            delimiter: b',',
            delimiter_given: false,
            encoding: None,
            skip_invalid: false,
            rejects: None,
            dry_run: false,
            exclusive: false,
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
}

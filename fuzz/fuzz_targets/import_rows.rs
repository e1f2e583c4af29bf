//! The import pipeline's parsing layer (`custctl::import::parse_rows`: decoding, the CSV
//! reader and its strict scanner, header mapping, verification-code headers, NDJSON) on
//! arbitrary bytes, without a database. The first two bytes choose the options: the
//! entity, CSV or NDJSON, the encoding, `--ignore-unknown`, a `--map`, the delimiter.
//! Never a panic; every row's line is at least 1 and lines never go back.
#![no_main]

use custctl::import::account::AccountImport;
use custctl::import::contact::ContactImport;
use custctl::import::instrument::InstrumentImport;
use custctl::import::person::PersonImport;
use custctl::import::{Entity, Event, InputFormat, Options, Raw, Source, parse_rows};
use libfuzzer_sys::fuzz_target;

fn run<E: Entity>(body: &[u8], opts: &Options) {
    let format = opts.input_format();
    let mut last_line = 0u64;
    let mut header_seen = false;
    let mut on = |event: Event<'_>| {
        match event {
            Event::Header { record: h, .. } => {
                assert_eq!(format, InputFormat::Csv, "a header event from NDJSON");
                assert!(!header_seen, "two header events");
                header_seen = true;
                let _ = h.len();
            }
            Event::Row { line, row, raw } => {
                assert!(line >= 1, "line {line} is below 1");
                assert!(line >= last_line, "line {line} after line {last_line}");
                if format == InputFormat::Ndjson {
                    assert!(line > last_line, "two NDJSON rows on line {line}");
                } else {
                    assert!(header_seen, "a CSV row before its header");
                }
                last_line = line;
                match row {
                    Ok(row) => {
                        for field in E::FIELDS {
                            if let Some(Some(v)) = row.cell(field) {
                                assert!(!v.trim().is_empty());
                            }
                        }
                        let _ = row.dynamic().len();
                    }
                    Err(e) => {
                        let _ = e.error.to_string();
                        let _ = e.column;
                    }
                }
                match raw {
                    Raw::Csv { record, secret } => {
                        let _ = (record.len(), secret.len());
                    }
                    Raw::Line { bytes, secret } => {
                        assert!(!bytes.is_empty(), "an empty NDJSON line is a row");
                        let _ = secret.len();
                    }
                }
            }
        }
        Ok(())
    };
    let input: Box<dyn std::io::Read> = Box::new(std::io::Cursor::new(body.to_vec()));
    if let Err(e) = parse_rows::<E>(input, opts, &mut on) {
        let _ = e.to_string();
    }
}

fuzz_target!(|data: &[u8]| {
    let [flags, delim, body @ ..] = data else {
        return;
    };
    let format = if flags & 1 == 0 {
        InputFormat::Csv
    } else {
        InputFormat::Ndjson
    };
    let encoding = match (flags >> 3) & 3 {
        0 => None,
        1 => Some(encoding_rs::WINDOWS_1252),
        2 => Some(encoding_rs::UTF_16LE),
        _ => Some(encoding_rs::UTF_8),
    };
    let delimiter = match delim {
        0..=3 => b',',
        4 => b';',
        5 => b'\t',
        6 => b'|',
        d if d.is_ascii() && !matches!(d, b'"' | b'\n' | b'\r') => *d,
        _ => b',',
    };
    let mut maps = Vec::new();
    if flags & 0x40 != 0 {
        maps.push(("customer".to_string(), "name".to_string()));
        maps.push(("nr".to_string(), "number".to_string()));
    }
    let opts = Options {
        source: Source::Stdin,
        format: Some(format),
        maps,
        ignore_unknown: flags & 0x20 != 0,
        delimiter,
        delimiter_given: delim & 0x80 != 0,
        encoding,
        skip_invalid: false,
        rejects: None,
        dry_run: false,
        exclusive: false,
    };
    match (flags >> 1) & 3 {
        0 => run::<PersonImport>(body, &opts),
        1 => run::<AccountImport>(body, &opts),
        2 => run::<ContactImport>(body, &opts),
        _ => run::<InstrumentImport>(body, &opts),
    }
});

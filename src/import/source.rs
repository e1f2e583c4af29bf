//! Where rows come from: the file or stdin ([`Source`]), its format, and the byte stream as
//! read (counted and hashed), decoded (`--encoding`) or with a UTF-8 byte-order mark dropped.

use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use sha2::{Digest, Sha256};

use super::Options;
use crate::error::{Error, Result};

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
/// An anonymous temporary file (unlinked at once; gone when closed).
pub(super) fn temp_file(what: &str) -> Result<File> {
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

pub(super) struct Input {
    /// The raw bytes (hashed and counted as they are read), not decoded yet.
    pub(super) reader: Box<dyn Read>,
    pub(super) hasher: Rc<RefCell<Sha256>>,
    pub(super) bytes: Rc<Cell<u64>>,
}

pub(super) fn open_input(opts: &Options, spool: Option<&File>) -> Result<Input> {
    let raw: Box<dyn Read> = match (spool, &opts.source) {
        (Some(f), _) => {
            let mut f = f.try_clone()?;
            f.rewind()?;
            Box::new(f)
        }
        (None, Source::Path(p)) => {
            let file = File::open(p).map_err(|e| open_error(p, e))?;
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(
                    Error::invalid(format!("{} is a folder, not a file", p.display()))
                        .with_hint("name the file to import, e.g. FOLDER/persons.csv"),
                );
            }
            Box::new(file)
        }
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

/// The input as UTF-8: decoded from `encoding` as it streams, else with a UTF-8 byte-order
/// mark dropped.
pub(super) fn decoded(
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

//! A byte-level watch over CSV input, running beside the csv crate's reader.
//!
//! The csv crate, as configured by default, accepts a quoted field left open at the end of
//! the file and text after a closing quote, and counts lines oddly with bare-CR endings.
//! [`Scan`] wraps the input the csv reader reads, follows the same record structure (quotes,
//! delimiter, `\r`, `\n` and `\r\n` terminators, blank lines skipped) and queues, for every
//! record, the physical line it starts on and the strictness defect found in it, if any. The
//! csv crate still does all the parsing; this only watches.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Read;
use std::rc::Rc;

/// What the scanner knows of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordInfo {
    /// The physical line (1-based) the record starts on.
    pub line: u64,
    /// A strictness defect: text after a closing quote, or a quote left open at the end.
    pub defect: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
}

#[derive(Debug)]
pub struct Scanner {
    delimiter: u8,
    state: State,
    line: u64,
    prev_cr: bool,
    in_record: bool,
    record_line: u64,
    quote_line: u64,
    defect: Option<String>,
    done: bool,
    pub queue: VecDeque<RecordInfo>,
}

impl Scanner {
    pub fn new(delimiter: u8) -> Self {
        Self::starting_on(delimiter, 1)
    }

    /// A scanner whose input starts on physical line `line` (after a skipped `sep=` line).
    pub fn starting_on(delimiter: u8, line: u64) -> Self {
        Scanner {
            delimiter,
            state: State::FieldStart,
            line,
            prev_cr: false,
            in_record: false,
            record_line: line,
            quote_line: line,
            defect: None,
            done: false,
            queue: VecDeque::new(),
        }
    }

    fn end_record(&mut self) {
        if self.in_record {
            self.queue.push_back(RecordInfo {
                line: self.record_line,
                defect: self.defect.take(),
            });
        }
        self.in_record = false;
        self.state = State::FieldStart;
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            if b == b'\r' || b == b'\n' {
                let crlf = b == b'\n' && self.prev_cr;
                if self.state != State::Quoted && !crlf {
                    self.end_record();
                }
                if !crlf {
                    self.line += 1;
                }
                self.prev_cr = b == b'\r';
                continue;
            }
            self.prev_cr = false;
            if !self.in_record {
                self.in_record = true;
                self.record_line = self.line;
            }
            self.state = match (self.state, b) {
                (State::FieldStart, b'"') => {
                    self.quote_line = self.line;
                    State::Quoted
                }
                (State::FieldStart | State::Unquoted, d) if d == self.delimiter => {
                    State::FieldStart
                }
                (State::FieldStart | State::Unquoted, _) => State::Unquoted,
                (State::Quoted, b'"') => State::QuoteInQuoted,
                (State::Quoted, _) => State::Quoted,
                (State::QuoteInQuoted, b'"') => State::Quoted,
                (State::QuoteInQuoted, d) if d == self.delimiter => State::FieldStart,
                (State::QuoteInQuoted, _) => {
                    if self.defect.is_none() {
                        self.defect = Some(format!(
                            "text after a closing quote on line {} (a quote inside a quoted field must be doubled: \"\")",
                            self.line
                        ));
                    }
                    State::Unquoted
                }
            };
        }
    }

    pub fn finish(&mut self) {
        if self.done {
            return;
        }
        self.done = true;
        if self.state == State::Quoted && self.defect.is_none() {
            self.defect = Some(format!(
                "a quoted field opened on line {} is not closed at the end of the file",
                self.quote_line
            ));
        }
        self.end_record();
    }
}

/// A reader that feeds every byte it passes on to a shared [`Scanner`].
pub struct Scan<R> {
    inner: R,
    scanner: Rc<RefCell<Scanner>>,
}

impl<R: Read> Scan<R> {
    pub fn new(inner: R, scanner: Rc<RefCell<Scanner>>) -> Self {
        Scan { inner, scanner }
    }
}

impl<R: Read> Read for Scan<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut s = self.scanner.borrow_mut();
        if n == 0 {
            s.finish();
        } else {
            s.feed(&buf[..n]);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(input: &str) -> Vec<RecordInfo> {
        let mut s = Scanner::new(b',');
        s.feed(input.as_bytes());
        s.finish();
        s.queue.into_iter().collect()
    }

    #[test]
    fn lines_with_mixed_endings() {
        let r = scan("a,b\r\n1,2\r3,4\n\n5,\"x\ny\"\n6,7");
        let lines: Vec<u64> = r.iter().map(|i| i.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 5, 7]);
        assert!(r.iter().all(|i| i.defect.is_none()));
    }

    #[test]
    fn open_quote_at_end() {
        let r = scan("a,b\n1,\"x\n2,3\n");
        assert_eq!(r.len(), 2);
        assert!(r[1].defect.as_deref().unwrap().contains("line 2"));
    }

    #[test]
    fn text_after_closing_quote() {
        let r = scan("a,b\n1,\"he said \"hi\" there\"\n2,3\n");
        assert_eq!(r.len(), 3);
        assert!(r[1].defect.is_some());
        assert!(r[2].defect.is_none());
        assert_eq!(r[2].line, 3);
    }

    #[test]
    fn escaped_quotes_are_fine() {
        let r = scan("a,b\n1,\"say \"\"hi\"\"\"\n");
        assert!(r.iter().all(|i| i.defect.is_none()));
    }
}

//! Rows for `COPY … FROM STDIN` in PostgreSQL's text format: the bulk path of `contact
//! import` (issue 15). One row per line, fields separated by a tab, `\N` for NULL; a
//! backslash, tab, newline or carriage return inside a value is escaped, so no value can end
//! its field or its row early. Values are sent as text and typed by the server, exactly as
//! the same text bound to an INSERT would be.

/// The rows of one COPY, encoded as they are added.
#[derive(Default)]
pub struct CopyRows {
    data: Vec<u8>,
    /// No field was written on the current row yet.
    row_start: bool,
    rows: usize,
}

impl CopyRows {
    pub fn new() -> CopyRows {
        CopyRows {
            data: Vec::new(),
            row_start: true,
            rows: 0,
        }
    }

    fn separate(&mut self) {
        if !self.row_start {
            self.data.push(b'\t');
        }
        self.row_start = false;
    }

    pub fn text(&mut self, value: Option<&str>) -> &mut Self {
        self.separate();
        match value {
            None => self.data.extend_from_slice(b"\\N"),
            Some(v) => {
                for &b in v.as_bytes() {
                    match b {
                        b'\\' => self.data.extend_from_slice(b"\\\\"),
                        b'\t' => self.data.extend_from_slice(b"\\t"),
                        b'\n' => self.data.extend_from_slice(b"\\n"),
                        b'\r' => self.data.extend_from_slice(b"\\r"),
                        _ => self.data.push(b),
                    }
                }
            }
        }
        self
    }

    pub fn int(&mut self, value: Option<i64>) -> &mut Self {
        self.separate();
        match value {
            None => self.data.extend_from_slice(b"\\N"),
            Some(v) => self.data.extend_from_slice(v.to_string().as_bytes()),
        }
        self
    }

    pub fn bool(&mut self, value: bool) -> &mut Self {
        self.separate();
        self.data.push(if value { b't' } else { b'f' });
        self
    }

    /// Ends the current row.
    pub fn end_row(&mut self) {
        self.data.push(b'\n');
        self.row_start = true;
        self.rows += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_break_out_of_their_field_or_row() {
        let mut rows = CopyRows::new();
        rows.int(Some(7))
            .text(Some("a\tb\nc\\N\r"))
            .text(None)
            .bool(true);
        rows.end_row();
        rows.int(None).text(Some("")).bool(false);
        rows.end_row();
        assert_eq!(
            String::from_utf8(rows.as_bytes().to_vec()).unwrap(),
            "7\ta\\tb\\nc\\\\N\\r\t\\N\tt\n\\N\t\tf\n"
        );
    }
}

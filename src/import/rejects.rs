//! The rejects file of `--skip-invalid --rejects FILE`: each invalid row copied as read, with
//! an `error` column, and anything that could be a card number masked.

use std::io::BufWriter;

use serde_json::Value;

use super::InputFormat;
use crate::domain::card::{mask_pans, redact};
use crate::error::Result;
use crate::outfile::{Finished, Target, TempFile};

/// Where invalid rows go with `--skip-invalid --rejects FILE`: a temporary file beside
/// FILE (see [`crate::outfile`]), put in place only when the import commits.
pub(super) enum Rejects {
    Csv(Box<csv::Writer<BufWriter<TempFile>>>),
    Ndjson(BufWriter<TempFile>),
}

impl Rejects {
    /// `dialect`: the CSV delimiter, and whether to begin with Excel's `sep=` line (as the
    /// file read did).
    pub(super) fn create(
        target: &Target,
        format: InputFormat,
        dialect: (u8, bool),
    ) -> Result<Rejects> {
        let (delimiter, sep_line) = dialect;
        let mut w = BufWriter::new(target.create()?);
        if format == InputFormat::Csv && sep_line {
            use std::io::Write;
            w.write_all(b"sep=")?;
            w.write_all(&[delimiter, b'\n'])?;
        }
        Ok(match format {
            InputFormat::Csv => Rejects::Csv(Box::new(
                csv::WriterBuilder::new()
                    .flexible(true)
                    .delimiter(delimiter)
                    .from_writer(w),
            )),
            InputFormat::Ndjson => Rejects::Ndjson(w),
        })
    }

    /// Flushes and syncs the file (a full disk: 6, and no file is left); the caller puts it
    /// in place after the commit.
    pub(super) fn finish(self) -> Result<Finished> {
        let what = "cannot write the rejects file";
        let buffered = match self {
            Rejects::Csv(w) => w
                .into_inner()
                .map_err(|e| crate::outfile::io_error(what, e.into_error()))?,
            Rejects::Ndjson(w) => w,
        };
        let temp = buffered
            .into_inner()
            .map_err(|e| crate::outfile::io_error(what, e.into_error()))?;
        temp.finish()
    }
}

/// Whether a cell could hold a card number (12 or more digits, spaces and dashes aside), so
/// that a misaligned row of an instrument import cannot leak one into the rejects file.
pub(super) fn looks_like_card(value: &[u8]) -> bool {
    value.iter().filter(|b| b.is_ascii_digit()).count() >= 12
        && value
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-' | b'"'))
}

/// Masks a JSON value of a rejected NDJSON line: every scalar when `all` (a secret key, a
/// number included); else, in an import that carries secrets (`secrets`), every string or
/// number, however deep, that could be a card number; and in any import, a card number
/// written inside a string.
pub(super) fn mask_value(v: &mut Value, all: bool, secrets: bool) {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            items.iter_mut().for_each(|i| mask_value(i, all, secrets));
            return;
        }
        Value::Object(map) => {
            map.values_mut().for_each(|i| mask_value(i, all, secrets));
            return;
        }
        Value::Null | Value::Bool(_) => return,
    };
    if !text.is_empty() && (all || (secrets && looks_like_card(text.as_bytes()))) {
        *v = Value::String(String::from_utf8_lossy(&mask(text.as_bytes())).into_owned());
    } else if let Value::String(s) = v {
        let masked = mask_pans(s);
        if masked != *s {
            *s = masked;
        }
    }
}

/// A cell or name as written to the rejects file: any card number inside it masked.
pub(super) fn mask_text(value: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    match std::str::from_utf8(value) {
        Ok(t) if redact(t) != t => std::borrow::Cow::Owned(mask_pans(t).into_bytes()),
        _ => std::borrow::Cow::Borrowed(value),
    }
}

/// A secret value as it may be written: its last four characters.
pub(super) fn mask(value: &[u8]) -> Vec<u8> {
    let v = String::from_utf8_lossy(value);
    let chars: Vec<char> = v.trim().chars().collect();
    let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
    format!("****{tail}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

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
            mask_value(v, k == "card_number", true);
        }
        let text = v.to_string();
        assert!(!text.contains("4111111111111111") && !text.contains("4111 1111"));
        assert!(!text.contains("5555555555554444"));
        assert_eq!(v["card_number"], "****1111");
        assert_eq!(v["x"][0]["y"], "****4444");
        assert_eq!(v["n"], 12);
    }
}

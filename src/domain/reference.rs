//! How a command names a record that has a numeric id and may have an external id:
//! `42` or `ext:VALUE` (persons, contacts, instruments; accounts are named by number).

use crate::domain::text;
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordRef {
    Id(i64),
    External(String),
}

impl RecordRef {
    /// `what` names the record for messages (`contact`).
    pub fn parse(what: &str, value: &str) -> Result<Self> {
        let v = value.trim();
        if let Some(ext) = v.strip_prefix("ext:") {
            return Ok(RecordRef::External(text::code(
                &format!("{what} external id"),
                ext,
            )?));
        }
        if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
            return v
                .parse()
                .map(RecordRef::Id)
                .map_err(|_| Error::invalid(format!("{what} id {v} is too large")));
        }
        Err(
            Error::invalid(format!("'{v}' is not a {what} id")).with_hint(format!(
                "name a {what} by its id (42) or its external id (ext:VALUE)"
            )),
        )
    }
}

impl std::fmt::Display for RecordRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordRef::Id(id) => write!(f, "{id}"),
            RecordRef::External(e) => write!(f, "ext:{e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_external_ids() {
        assert_eq!(
            RecordRef::parse("contact", " 42 ").unwrap(),
            RecordRef::Id(42)
        );
        assert_eq!(
            RecordRef::parse("contact", "ext:K-1").unwrap(),
            RecordRef::External("K-1".into())
        );
        assert!(RecordRef::parse("contact", "K-1").is_err());
    }
}

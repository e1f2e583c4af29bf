//! Clearing optional fields on update commands: `--clear FIELD` (repeatable) names fields
//! to empty. An unknown name is a usage error (2) listing the fields that can be cleared.
//! An empty value (`--email ''`) means the same as `--clear email`.

use crate::error::{Error, Result};

/// The fields to clear, each checked against `valid` (the optional fields of the record,
/// as typed on the command line, e.g. `postal-code`). Names match case-insensitively and
/// `_` stands for `-`; the result holds the valid spelling, without repeats.
pub fn fields(valid: &[&'static str], given: &[String]) -> Result<Vec<&'static str>> {
    let mut out: Vec<&'static str> = Vec::new();
    for g in given {
        let norm = g.trim().to_ascii_lowercase().replace('_', "-");
        let Some(&f) = valid.iter().find(|v| **v == norm) else {
            return Err(Error::usage(format!(
                "--clear: '{}' is not a field that can be cleared",
                crate::domain::time::printable(g)
            ))
            .with_hint(if valid.is_empty() {
                "this record has no optional field".to_string()
            } else {
                format!("clear one of: {}", valid.join(", "))
            }));
        };
        if !out.contains(&f) {
            out.push(f);
        }
    }
    Ok(out)
}

/// What an update does to one optional field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change<T> {
    Keep,
    Clear,
    Set(T),
}

impl<T> Change<T> {
    /// The change of field `name` from its typed value and the `--clear` list: an empty or
    /// blank value clears it; a value together with `--clear` of the same field is a usage
    /// error (2).
    pub fn of<F>(name: &str, value: Option<&str>, cleared: &[&str], check: F) -> Result<Self>
    where
        F: FnOnce(&str) -> Result<T>,
    {
        let clear = cleared.contains(&name);
        match value {
            Some(v) if clear && !v.trim().is_empty() => Err(Error::usage(format!(
                "--{name} and --clear {name} contradict each other"
            ))),
            Some(v) if v.trim().is_empty() => Ok(Change::Clear),
            Some(v) => Ok(Change::Set(check(v)?)),
            None if clear => Ok(Change::Clear),
            None => Ok(Change::Keep),
        }
    }

    /// The field after the change.
    pub fn apply(self, current: Option<T>) -> Option<T> {
        match self {
            Change::Keep => current,
            Change::Clear => None,
            Change::Set(v) => Some(v),
        }
    }

    pub fn is_keep(&self) -> bool {
        matches!(self, Change::Keep)
    }

    /// As an optional change of an optional field: `None` keeps it, `Some(None)` clears it.
    pub fn into_option(self) -> Option<Option<T>> {
        match self {
            Change::Keep => None,
            Change::Clear => Some(None),
            Change::Set(v) => Some(Some(v)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_and_listed() {
        let valid = &["city", "postal-code"];
        assert_eq!(
            fields(valid, &["Postal_Code".into(), "city".into(), "city".into()]).unwrap(),
            vec!["postal-code", "city"]
        );
        let e = fields(valid, &["zip".into()]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hint.unwrap().contains("postal-code"));
    }

    #[test]
    fn empty_value_clears() {
        let c: Change<String> = Change::of("city", Some(" "), &[], |v| Ok(v.into())).unwrap();
        assert_eq!(c, Change::Clear);
        let c: Change<String> = Change::of("city", None, &["city"], |v| Ok(v.into())).unwrap();
        assert_eq!(c, Change::Clear);
        assert!(Change::<String>::of("city", Some("x"), &["city"], |v| Ok(v.into())).is_err());
        assert_eq!(Change::Set(1).apply(Some(2)), Some(1));
        assert_eq!(Change::<i32>::Keep.apply(Some(2)), Some(2));
    }
}

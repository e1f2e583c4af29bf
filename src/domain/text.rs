//! The text-value rules of product.md §1: trimmed, non-empty, no control characters, and a
//! maximum length per kind of value. Anything else is invalid input (5).

use crate::domain::time::printable;
use crate::error::{Error, Result};

pub const NAME_MAX: usize = 360;
pub const CODE_MAX: usize = 64;
pub const EMAIL_MAX: usize = 254;
pub const COMMENT_MAX: usize = 4000;

/// Whether `c` is a control character: the C0/C1 controls, and the bidirectional
/// formatting characters (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the
/// marks U+200E, U+200F and U+061C), which can make a value display as something else than
/// it is ("Trojan Source").
pub fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

/// A trimmed text of at most `max` characters, without control characters.
pub fn text(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(format!("{field} must not be empty")));
    }
    if v.chars().any(is_control) {
        return Err(Error::invalid(format!(
            "{field} must not contain control characters: '{}'",
            printable(v)
        )));
    }
    let len = v.chars().count();
    if len > max {
        return Err(Error::invalid(format!(
            "{field} is {len} characters long; at most {max} are allowed"
        )));
    }
    Ok(v.to_string())
}

/// Free text that may span lines (comments, log entries, letter bodies): newlines and tabs
/// are allowed, other control characters are not.
pub fn multiline(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(format!("{field} must not be empty")));
    }
    if v.chars()
        .any(|c| is_control(c) && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::invalid(format!(
            "{field} must not contain control characters"
        )));
    }
    let len = v.chars().count();
    if len > max {
        return Err(Error::invalid(format!(
            "{field} is {len} characters long; at most {max} are allowed"
        )));
    }
    Ok(v.to_string())
}

pub fn name(field: &str, value: &str) -> Result<String> {
    text(field, value, NAME_MAX)
}

/// Codes, account numbers and external ids.
pub fn code(field: &str, value: &str) -> Result<String> {
    text(field, value, CODE_MAX)
}

pub fn comment(field: &str, value: &str) -> Result<String> {
    multiline(field, value, COMMENT_MAX)
}

/// An email address: one `@`, a local part, and a domain that contains a dot.
pub fn email(field: &str, value: &str) -> Result<String> {
    let v = text(field, value, EMAIL_MAX)?;
    let bad = || {
        Error::invalid(format!(
            "{field}: '{}' is not an email address",
            printable(&v)
        ))
        .with_hint("an email address looks like name@example.com")
    };
    let (local, domain) = v.split_once('@').ok_or_else(bad)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    if local.is_empty() || local.len() > 64 || local.contains(char::is_whitespace) || !domain_ok {
        return Err(bad());
    }
    Ok(v)
}

/// A URL: an http(s) scheme and a host.
pub fn url(field: &str, value: &str) -> Result<String> {
    let v = text(field, value, 2048)?;
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    match host {
        Some(h) if !h.is_empty() && !v.contains(char::is_whitespace) => Ok(v),
        _ => Err(
            Error::invalid(format!("{field}: '{}' is not a URL", printable(&v)))
                .with_hint("a URL starts with http:// or https:// and names a host"),
        ),
    }
}

/// An optional value: `None` stays `None`, `Some` is checked by `check`.
pub fn optional<F>(value: Option<&str>, check: F) -> Result<Option<String>>
where
    F: FnOnce(&str) -> Result<String>,
{
    value.map(check).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_refuses_empty_and_control() {
        assert_eq!(name("name", "  Ada  ").unwrap(), "Ada");
        assert!(name("name", "   ").is_err());
        assert!(name("name", "A\0B").is_err());
        for bidi in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}',
        ] {
            assert!(name("name", &format!("A{bidi}B")).is_err(), "{bidi:?}");
            assert!(
                comment("comment", &format!("A{bidi}B")).is_err(),
                "{bidi:?}"
            );
        }
        // Other format characters that do not reorder text stay allowed.
        assert!(name("name", "Zoë\u{200D}").is_ok());
        assert!(name("name", &"x".repeat(361)).is_err());
        assert!(name("name", &"é".repeat(360)).is_ok());
        assert!(code("number", &"x".repeat(65)).is_err());
    }

    #[test]
    fn emails() {
        assert!(email("email", "ada@example.com").is_ok());
        for bad in [
            "ada",
            "ada@example",
            "@example.com",
            "a b@example.com",
            "ada@.com",
        ] {
            assert!(email("email", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls() {
        assert!(url("url", "https://example.com/x").is_ok());
        assert!(url("url", "example.com").is_err());
        assert!(url("url", "https://").is_err());
    }
}

//! The text-value rules of product.md §1: trimmed, non-empty, no control characters, and a
//! maximum length per kind of value. Anything else is invalid input (5).
//!
//! Every free-text and identifier value passes through [`text`] or [`multiline`], and both
//! refuse a value that holds a card number in any common form (PCI DSS 3.3.1/3.4.1: no full
//! card number is ever stored): a run of digit groups with 13 to 19 digits that passes the
//! Luhn check and a card brand's prefix and length rules ([`card::pans_in`]). A bank
//! reference or other number that happens to look like one is refused too (custctl cannot
//! tell them apart); the hint says to write it with a letter or `#` between its parts. The
//! message shows only the last 4 digits.

use crate::domain::card;
use crate::domain::time::printable;
use crate::error::{Error, Result};

pub const NAME_MAX: usize = 360;
pub const CODE_MAX: usize = 64;
pub const EMAIL_MAX: usize = 254;
pub const COMMENT_MAX: usize = 4000;

/// Refuses (5) a value that holds a card number, showing only its last 4 digits.
pub fn no_card_number(field: &str, value: &str) -> Result<()> {
    match card::pan_last4(value) {
        None => Ok(()),
        Some(last4) => Err(Error::invalid(format!(
            "{field} holds what looks like a card number (ending {last4}); card numbers are never stored"
        ))
        .with_hint(
            "give a card with instrument add --card-number (only its last 4 are kept); if this is not a card number, write it with a letter or '#' between its parts",
        )),
    }
}

/// A trimmed text of at most `max` characters, without control characters or a card number.
pub fn text(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(format!("{field} must not be empty")));
    }
    no_card_number(field, v)?;
    if v.chars().any(|c| c.is_control()) {
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
    no_card_number(field, v)?;
    if v.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
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
        assert!(name("name", &"x".repeat(361)).is_err());
        assert!(name("name", &"é".repeat(360)).is_ok());
        assert!(code("number", &"x".repeat(65)).is_err());
    }

    #[test]
    fn card_numbers_are_refused_in_every_text_showing_only_the_last_4() {
        for v in [
            "Ada 4111111111111111",
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "4111.1111.1111.1111",
            "4111/1111/1111/1111",
        ] {
            for e in [
                name("name", v).unwrap_err(),
                code("external id", v).unwrap_err(),
                comment("comment", &format!("line\n{v}")).unwrap_err(),
                email("email", &format!("{}@example.com", v.replace(' ', ""))).unwrap_err(),
            ] {
                assert_eq!(e.exit_code(), 5);
                assert!(e.message.contains("ending 1111"), "{}", e.message);
                assert!(!e.message.contains("4111"));
            }
        }
        assert!(name("name", "Order 2026-11-22 #41").is_ok());
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

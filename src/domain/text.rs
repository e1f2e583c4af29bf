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

/// A trimmed text of at most `max` characters, without control characters or a card number.
pub fn text(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(format!("{field} must not be empty")));
    }
    no_card_number(field, v)?;
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
    no_card_number(field, v)?;
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

/// An email address as a mail server accepts it (RFC 5321 §4.1.2 and §4.5.3.1, RFC 5322
/// §3.4.1; RFC 6531 for non-ASCII):
/// - the local part (at most 64 octets) is a dot-atom — atext characters (letters, digits,
///   ``!#$%&'*+-/=?^_`{|}~``, and non-ASCII letters) in dot-separated runs, so no leading,
///   trailing or double dot, and no comma, backslash, bracket, quote or space — or a quoted
///   string (`"john doe"@example.com`), in which only `"` and `\` need a backslash;
/// - the domain is host names: at least two labels separated by dots, each 1 to 63
///   characters of letters (internationalised ones too), digits and hyphens, not starting or
///   ending with a hyphen, the last not all digits. Address literals (`[192.0.2.1]`) are
///   refused: customers do not have them.
pub fn email(field: &str, value: &str) -> Result<String> {
    let v = text(field, value, EMAIL_MAX)?;
    let bad = |why: &str| {
        Error::invalid(format!(
            "{field}: '{}' is not an email address: {why}",
            printable(&v)
        ))
        .with_hint("an email address looks like name@example.com")
    };
    let (local, domain) = v.rsplit_once('@').ok_or_else(|| bad("it has no @"))?;
    check_local_part(local).map_err(bad)?;
    check_domain(domain).map_err(bad)?;
    Ok(v)
}

fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || "!#$%&'*+-/=?^_`{|}~".contains(c)
        || (!c.is_ascii() && c.is_alphanumeric())
}

fn check_local_part(local: &str) -> std::result::Result<(), &'static str> {
    if local.is_empty() {
        return Err("nothing before the @");
    }
    if local.len() > 64 {
        return Err("the part before the @ is longer than 64 characters");
    }
    if let Some(inner) = local.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' if chars.next().is_none() => {
                    return Err("a quoted part ends in a backslash");
                }
                '"' => return Err("a quote inside quotes needs a backslash"),
                c if c.is_control() => return Err("control characters"),
                _ => {}
            }
        }
        return Ok(());
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err("a dot may not start or end the part before the @, nor follow a dot");
    }
    if !local.chars().all(|c| c == '.' || is_atext(c)) {
        return Err(
            "spaces, commas, backslashes, brackets, quotes and a second @ are only allowed inside quotes",
        );
    }
    Ok(())
}

fn check_domain(domain: &str) -> std::result::Result<(), &'static str> {
    if domain.is_empty() {
        return Err("nothing after the @");
    }
    if domain.starts_with('[') {
        return Err("address literals such as [192.0.2.1] are not accepted; give the domain");
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err("the domain must contain a dot");
    }
    for label in &labels {
        if label.is_empty() {
            return Err("the domain has an empty label (a leading, trailing or double dot)");
        }
        if label.chars().count() > 63 || (label.is_ascii() && label.len() > 63) {
            return Err("a domain label is longer than 63 characters");
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err("a domain label may not start or end with a hyphen");
        }
        if !label.chars().all(|c| c == '-' || c.is_alphanumeric()) {
            return Err("a domain label holds only letters, digits and hyphens");
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()))
    {
        return Err("the top-level domain may not be all digits");
    }
    Ok(())
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
        for good in [
            "ada@example.com",
            "ada.lovelace@example.co.uk",
            "ada+billing@example.com",
            "o'brien@example.ie",
            "x@a-b.example",
            "user@müller.de",
            "δοκιμή@παράδειγμα.δοκιμή",
            "\"john doe\"@example.com",
            "\"a,b\\\\c\"@example.com",
            "a!#$%&'*+/=?^_`{|}~-z@example.com",
        ] {
            assert!(email("email", good).is_ok(), "{good}");
        }
        let sixty_four = "a".repeat(64);
        assert!(email("email", &format!("{sixty_four}@example.com")).is_ok());
        assert!(email("email", &format!("x@{sixty_four}.com")).is_err());
        assert!(email("email", &format!("x@{}.com", "a".repeat(63))).is_ok());
        for bad in [
            "ada",
            "ada@example",
            "@example.com",
            "a b@example.com",
            "ada@.com",
            ".ada@example.com",
            "ada.@example.com",
            "ada..lovelace@example.com",
            "ada,lovelace@example.com",
            "ada\\lovelace@example.com",
            "ada(x)@example.com",
            "ada[x]@example.com",
            "a@b@example.com",
            "ada@-example.com",
            "ada@example-.com",
            "ada@example..com",
            "ada@example.com.",
            "ada@[192.0.2.1]",
            "ada@example.123",
            "ada@exa_mple.com",
            "\"unterminated@example.com",
        ] {
            assert!(email("email", bad).is_err(), "{bad}");
        }
        assert!(email("email", &format!("{}a@example.com", "a".repeat(64))).is_err());
    }

    #[test]
    fn urls() {
        assert!(url("url", "https://example.com/x").is_ok());
        assert!(url("url", "example.com").is_err());
        assert!(url("url", "https://").is_err());
    }
}

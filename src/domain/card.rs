//! Payment cards (product.md §3.4): the Luhn check, the brands' prefix and length rules, the
//! expiry, and the keyed fingerprint that recognises a card without keeping its number.
//!
//! The full number (PAN) only ever lives in a [`CardNumber`], whose `Debug` and `Display`
//! show no more than the last four digits, and no error message built here contains it.

use chrono::{Datelike, NaiveDate};

use crate::domain::key::Key;
use crate::domain::time::parse_year_month;
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    pub enum Brand {
        Visa = "visa",
        Mastercard = "mastercard",
        Amex = "amex",
        Discover = "discover",
        Diners = "diners",
        Jcb = "jcb",
        Unionpay = "unionpay",
    }
}

/// A card number as typed. Never printed: `Debug` and `Display` mask it.
#[derive(Clone, PartialEq, Eq)]
pub struct CardNumber(String);

impl CardNumber {
    pub fn new(value: impl Into<String>) -> Self {
        CardNumber(value.into())
    }

    fn masked(&self) -> String {
        let digits: Vec<char> = self.0.chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() < 12 {
            return "****".into();
        }
        let tail: String = digits[digits.len() - 4..].iter().collect();
        format!("****{tail}")
    }
}

impl std::str::FromStr for CardNumber {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        Ok(CardNumber(s.to_string()))
    }
}

impl std::fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CardNumber({})", self.masked())
    }
}

impl std::fmt::Display for CardNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.masked())
    }
}

/// A checked card: what custctl keeps of it. The number itself is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCard {
    pub brand: Brand,
    pub last4: String,
    /// `YYYY-MM`.
    pub expiry: String,
    /// The last day the card can be used: the end of its expiry month.
    pub expires_after: NaiveDate,
    /// HMAC-SHA-256 of the digits under the database's key, as hex.
    pub fingerprint: String,
}

/// The Luhn (mod 10) check over a string of ASCII digits.
pub fn luhn(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        let mut d = u32::from(b - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum.is_multiple_of(10)
}

fn prefix_in(digits: &str, len: usize, lo: u32, hi: u32) -> bool {
    digits
        .get(..len)
        .and_then(|p| p.parse::<u32>().ok())
        .is_some_and(|p| (lo..=hi).contains(&p))
}

/// The brand whose published prefix and length rules the digits follow.
pub fn brand_of(digits: &str) -> Option<Brand> {
    let n = digits.len();
    let p = |len, lo, hi| prefix_in(digits, len, lo, hi);
    if p(1, 4, 4) && matches!(n, 13 | 16 | 19) {
        return Some(Brand::Visa);
    }
    if (p(2, 51, 55) || p(4, 2221, 2720)) && n == 16 {
        return Some(Brand::Mastercard);
    }
    if (p(2, 34, 34) || p(2, 37, 37)) && n == 15 {
        return Some(Brand::Amex);
    }
    if (p(4, 6011, 6011) || p(3, 644, 649) || p(2, 65, 65)) && (16..=19).contains(&n) {
        return Some(Brand::Discover);
    }
    if (p(3, 300, 305) || p(4, 3095, 3095) || p(2, 36, 36) || p(2, 38, 39))
        && (14..=19).contains(&n)
    {
        return Some(Brand::Diners);
    }
    if p(4, 3528, 3589) && (16..=19).contains(&n) {
        return Some(Brand::Jcb);
    }
    if p(2, 62, 62) && (16..=19).contains(&n) {
        return Some(Brand::Unionpay);
    }
    None
}

/// The digits of a card number: spaces and dashes between groups are allowed. No message
/// here repeats the number.
fn digits_of(number: &CardNumber) -> Result<String> {
    let digits: String = number
        .0
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .collect();
    if digits.is_empty() {
        return Err(Error::invalid("card number must not be empty"));
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid(
            "card number must be made of digits (spaces and dashes between groups are allowed)",
        ));
    }
    if !(12..=19).contains(&digits.len()) {
        return Err(Error::invalid(format!(
            "card number has {} digits; card numbers have 12 to 19",
            digits.len()
        )));
    }
    Ok(digits)
}

/// The keyed fingerprint of a card number's digits.
pub fn fingerprint(key: &Key, digits: &str) -> String {
    key.hmac_hex(&[b"card", digits.as_bytes()])
}

/// The last day of a month.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
}

/// Checks the expiry (`YYYY-MM`, not before the month of `today`); returns it normalised and
/// the last day the card can be used.
pub fn parse_expiry(value: &str, today: NaiveDate) -> Result<(String, NaiveDate)> {
    if value.trim().chars().count() != 7 {
        // Not echoed: a value of the wrong shape may be a card number in the wrong place.
        return Err(Error::invalid("expiry must be a month written YYYY-MM")
            .with_hint("write the month as YYYY-MM, e.g. 2028-07"));
    }
    let (year, month) = parse_year_month("expiry", value)?;
    if (year, month) < (today.year(), today.month()) {
        return Err(
            Error::invalid(format!("expiry {year:04}-{month:02} is in the past")).with_hint(
                "an expired card cannot be added; give the expiry printed on the current card",
            ),
        );
    }
    let last = last_day_of_month(year, month)
        .ok_or_else(|| Error::invalid(format!("expiry {year:04}-{month:02} is out of range")))?;
    Ok((format!("{year:04}-{month:02}"), last))
}

/// Checks a card (number and expiry, exit 5 on failure) and keeps only what may be stored.
pub fn validate(
    number: &CardNumber,
    expiry: &str,
    today: NaiveDate,
    key: &Key,
) -> Result<ValidCard> {
    let digits = digits_of(number)?;
    if !luhn(&digits) {
        return Err(Error::invalid(format!(
            "card number ending {} fails the Luhn check digit",
            &digits[digits.len() - 4..]
        ))
        .with_hint("check the number for a typing error"));
    }
    let brand = brand_of(&digits).ok_or_else(|| {
        Error::invalid(format!(
            "card number ending {} ({} digits) matches no accepted brand's prefix and length",
            &digits[digits.len() - 4..],
            digits.len()
        ))
        .with_hint(format!("accepted brands: {}", Brand::NAMES.join(", ")))
    })?;
    let (expiry, expires_after) = parse_expiry(expiry, today)?;
    Ok(ValidCard {
        brand,
        last4: digits[digits.len() - 4..].to_string(),
        expiry,
        expires_after,
        fingerprint: fingerprint(key, &digits),
    })
}

/// Runs of digits (spaces or dashes allowed between them) that may be a card number inside
/// some other text, as (byte start, byte end). `strict`: the whole run is 12 to 19 digits,
/// passes the Luhn check and follows a brand's rules; otherwise any 12 to 19 digits within
/// it passing the Luhn check count (for redaction, which errs on the safe side).
fn pan_like_runs(text: &str, strict: bool) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut digits = String::new();
        let mut j = i;
        while j < bytes.len() {
            let b = bytes[j];
            if b.is_ascii_digit() {
                digits.push(b as char);
                j += 1;
                end = j;
            } else if (b == b' ' || b == b'-')
                && j + 1 < bytes.len()
                && bytes[j + 1].is_ascii_digit()
            {
                j += 1;
            } else {
                break;
            }
        }
        let n = digits.len();
        let suspicious = if strict {
            (12..=19).contains(&n) && luhn(&digits) && brand_of(&digits).is_some()
        } else {
            // A whole run of 12–19 digits that passes Luhn (a card of any brand), or a run
            // that starts or ends with a card number (Luhn, a brand's prefix and length:
            // digits typed before or after one). Other digit runs (an amount that overflows,
            // a reference that fails Luhn) are shown as they are.
            let card = |w: &str| luhn(w) && brand_of(w).is_some();
            ((12..=19).contains(&n) && luhn(&digits))
                || (13..=19)
                    .filter(|len| *len < n)
                    .any(|len| card(&digits[..len]) || card(&digits[n - len..]))
        };
        if suspicious {
            runs.push((start, end));
        }
        i = end.max(i + 1);
    }
    runs
}

/// Whether `text` holds a card number (a run of digits that passes the Luhn check and a
/// brand's prefix and length rules).
pub fn contains_pan(text: &str) -> bool {
    !pan_like_runs(text, true).is_empty()
}

/// `text` with anything that may be a card number replaced by `[card number]`: for messages
/// that repeat a user's value.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (a, b) in pan_like_runs(text, false) {
        out.push_str(&text[last..a]);
        out.push_str("[card number]");
        last = b;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    const TEST_CARDS: &[(&str, Brand)] = &[
        ("4111111111111111", Brand::Visa),
        ("4012888888881881", Brand::Visa),
        ("5555555555554444", Brand::Mastercard),
        ("2223003122003222", Brand::Mastercard),
        ("378282246310005", Brand::Amex),
        ("6011111111111117", Brand::Discover),
        ("3056930009020004", Brand::Diners),
        ("36227206271667", Brand::Diners),
        ("3530111333300000", Brand::Jcb),
        ("6200000000000005", Brand::Unionpay),
    ];

    #[test]
    fn known_test_cards_pass_with_their_brand() {
        let key = Key::from_bytes([3; 32]);
        for (pan, brand) in TEST_CARDS {
            let card = validate(&CardNumber::new(*pan), "2030-01", d("2026-11-22"), &key)
                .unwrap_or_else(|e| panic!("test card of {brand} refused: {}", e.message));
            assert_eq!(card.brand, *brand);
            assert_eq!(card.last4, pan[pan.len() - 4..]);
        }
    }

    #[test]
    fn luhn_failure_and_unknown_prefix_are_invalid_without_the_number() {
        let key = Key::from_bytes([3; 32]);
        let e = validate(
            &CardNumber::new("4111111111111112"),
            "2030-01",
            d("2026-11-22"),
            &key,
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(!e.message.contains("411111111111"));
        // Luhn-valid but no brand (prefix 1).
        let e = validate(
            &CardNumber::new("1234567812345670"),
            "2030-01",
            d("2026-11-22"),
            &key,
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(!e.message.contains("12345678"));
        // Mastercard 2-series outside 2221-2720.
        assert_eq!(brand_of("2720990000000007"), Some(Brand::Mastercard));
        assert_eq!(brand_of("2721000000000004"), None);
        assert_eq!(brand_of("2220990000000000"), None);
        // Visa of a wrong length.
        assert_eq!(brand_of("41111111111111"), None);
    }

    #[test]
    fn expiry_this_month_is_fine_last_month_is_not() {
        let today = d("2026-11-22");
        let (e, last) = parse_expiry("2026-11", today).unwrap();
        assert_eq!(e, "2026-11");
        assert_eq!(last, d("2026-11-30"));
        assert_eq!(parse_expiry("2026-10", today).unwrap_err().exit_code(), 5);
        assert_eq!(parse_expiry("2026-13", today).unwrap_err().exit_code(), 5);
        assert_eq!(parse_expiry("2027-02", today).unwrap().1, d("2027-02-28"));
    }

    #[test]
    fn pan_like_text_is_found_and_redacted() {
        assert!(contains_pan("Ada 4111 1111 1111 1111"));
        assert!(contains_pan("x4111-1111-1111-1111y"));
        assert!(!contains_pan("Ada Lovelace"));
        assert!(!contains_pan("2026-11-22"));
        assert!(!contains_pan("4111111111111112"));
        assert!(!contains_pan("CUST-000123456789012"));
        assert!(redact("id 4111111111111111 end").starts_with("id [card number]"));
        assert_eq!(
            redact("expiry: '4111111111111111' is not a valid month"),
            "expiry: '[card number]' is not a valid month"
        );
        assert!(parse_expiry("4111111111111111", d("2026-11-22")).is_err());
        // A card number run together with other digits is still hidden.
        assert!(!redact("ref 004111111111111111").contains("4111111111111111"));
        assert!(!redact("4111 1111 1111 1111 9999").contains("1111 1111 1111"));
        assert!(!redact("4111 1111 1111 1111 99").contains("1111 1111 1111"));
        // Digit runs that are no card number are shown: an overflowing amount, a run of 12–19
        // digits that fails Luhn.
        for plain in [
            "credit limit: '92233720368547758079' is too large",
            "9223372036854775808",
            "99999999999999999999999",
            "4111111111111112",
        ] {
            assert_eq!(redact(plain), plain);
        }
    }

    #[test]
    fn debug_and_display_mask_the_number() {
        let n = CardNumber::new("4111 1111 1111 1111");
        assert_eq!(format!("{n:?}"), "CardNumber(****1111)");
        assert_eq!(format!("{n}"), "****1111");
    }

    #[test]
    fn fingerprint_ignores_grouping_and_depends_on_key() {
        let key = Key::from_bytes([3; 32]);
        let a = validate(
            &CardNumber::new("4111 1111 1111 1111"),
            "2030-01",
            d("2026-11-22"),
            &key,
        )
        .unwrap();
        let b = validate(
            &CardNumber::new("4111-1111-1111-1111"),
            "2031-01",
            d("2026-11-22"),
            &key,
        )
        .unwrap();
        assert_eq!(a.fingerprint, b.fingerprint);
        assert!(!a.fingerprint.contains("4111111111111111"));
        let other = Key::from_bytes([4; 32]);
        assert_ne!(fingerprint(&other, "4111111111111111"), a.fingerprint);
    }
}

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
        Maestro = "maestro",
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

/// One published brand rule: card numbers whose first `prefix_len` digits lie in
/// `lo..=hi` belong to `brand` and have one of `lengths` digits.
struct BrandRule {
    brand: Brand,
    prefix_len: usize,
    lo: u32,
    hi: u32,
    lengths: &'static [usize],
}

const fn rule(
    brand: Brand,
    prefix_len: usize,
    lo: u32,
    hi: u32,
    lengths: &'static [usize],
) -> BrandRule {
    BrandRule {
        brand,
        prefix_len,
        lo,
        hi,
        lengths,
    }
}

const L12_19: &[usize] = &[12, 13, 14, 15, 16, 17, 18, 19];
const L14_19: &[usize] = &[14, 15, 16, 17, 18, 19];
const L16_19: &[usize] = &[16, 17, 18, 19];

/// The brands' prefix ranges and lengths, as the networks publish them (and card-brand
/// libraries carry them). Where ranges overlap, the rule with the longest prefix decides
/// (the most specific): 622126-622925 is Discover within UnionPay's 62; 6011, 644-649 and
/// 65 are Discover and 62 and 81 UnionPay within Maestro's 6; everything else from 60 to 69
/// is Maestro. The length is then checked against that rule only.
const BRAND_RULES: &[BrandRule] = &[
    rule(Brand::Visa, 1, 4, 4, &[13, 16, 19]),
    rule(Brand::Mastercard, 2, 51, 55, &[16]),
    rule(Brand::Mastercard, 4, 2221, 2720, &[16]),
    rule(Brand::Amex, 2, 34, 34, &[15]),
    rule(Brand::Amex, 2, 37, 37, &[15]),
    rule(Brand::Discover, 4, 6011, 6011, L16_19),
    rule(Brand::Discover, 3, 644, 649, L16_19),
    rule(Brand::Discover, 2, 65, 65, L16_19),
    rule(Brand::Discover, 6, 622126, 622925, L16_19),
    rule(Brand::Diners, 3, 300, 305, L14_19),
    rule(Brand::Diners, 4, 3095, 3095, L14_19),
    rule(Brand::Diners, 2, 36, 36, L14_19),
    rule(Brand::Diners, 2, 38, 39, L14_19),
    rule(Brand::Jcb, 4, 3528, 3589, L16_19),
    rule(Brand::Unionpay, 2, 62, 62, L14_19),
    rule(Brand::Unionpay, 2, 81, 81, L16_19),
    rule(Brand::Maestro, 2, 50, 50, L12_19),
    rule(Brand::Maestro, 2, 56, 59, L12_19),
    rule(Brand::Maestro, 1, 6, 6, L12_19),
];

/// The brand whose published prefix and length rules the digits follow: the most specific
/// rule whose prefix matches, if the number has one of its lengths.
pub fn brand_of(digits: &str) -> Option<Brand> {
    let matches = |r: &&BrandRule| {
        digits
            .get(..r.prefix_len)
            .and_then(|p| p.parse::<u32>().ok())
            .is_some_and(|p| (r.lo..=r.hi).contains(&p))
    };
    let rule = BRAND_RULES
        .iter()
        .filter(matches)
        .max_by_key(|r| r.prefix_len)?;
    rule.lengths.contains(&digits.len()).then_some(rule.brand)
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

/// How digit groups may be joined into one number inside some text.
#[derive(Clone, Copy)]
struct Joins {
    separators: &'static [u8],
    /// At most this many separator characters between two groups.
    max: usize,
}

/// As a card number is written: `4111 1111 1111 1111`, `4111-1111-1111-1111`,
/// `4111.1111.1111.1111`, `4111/1111/1111/1111`, `4111 - 1111 - …`.
const CARD_FORMS: Joins = Joins {
    separators: b" -./",
    max: 3,
};

/// Single spaces or dashes only: for the broad (any Luhn window) redaction of messages, which
/// would otherwise catch dates and periods.
const SPACES_AND_DASHES: Joins = Joins {
    separators: b" -",
    max: 1,
};

/// Chains of digit groups inside some text, as (byte start, byte end, digit groups).
fn digit_chains(text: &str, joins: Joins) -> Vec<(usize, usize, Vec<&str>)> {
    let bytes = text.as_bytes();
    let is_sep = |b: u8| joins.separators.contains(&b);
    let mut chains = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut groups = Vec::new();
        let mut end;
        loop {
            let g = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            groups.push(&text[g..i]);
            end = i;
            let mut j = i;
            while j < bytes.len() && j - i < joins.max && is_sep(bytes[j]) {
                j += 1;
            }
            if j > i && j < bytes.len() && bytes[j].is_ascii_digit() {
                i = j;
            } else {
                break;
            }
        }
        chains.push((start, end, groups));
        i = end.max(start + 1);
    }
    chains
}

/// The card numbers among a chain's digit groups: whole groups in a row with 13 to 19
/// digits that pass the Luhn check and follow a brand's prefix and length rules.
fn pans_of(groups: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for a in 0..groups.len() {
        let mut digits = String::new();
        for g in &groups[a..] {
            digits.push_str(g);
            if digits.len() > 19 {
                break;
            }
            if digits.len() >= 13 && luhn(&digits) && brand_of(&digits).is_some() {
                found.push(digits.clone());
            }
        }
    }
    found
}

/// The card numbers written inside `text` in any common form, as their digits: whole digit
/// groups in a row (joined by spaces, dashes, dots or slashes, or none) that together have
/// 13 to 19 digits, pass the Luhn check and follow a brand's prefix and length rules. A
/// number glued to more digits (`41111111111111110000`) is not a card number; one beside
/// other groups (`4111 1111 1111 1111 12/30`) is.
pub fn pans_in(text: &str) -> Vec<String> {
    // Most text has too few digits to hold one (every import cell goes through here).
    if text.bytes().filter(u8::is_ascii_digit).count() < 13 {
        return Vec::new();
    }
    digit_chains(text, CARD_FORMS)
        .into_iter()
        .flat_map(|(_, _, groups)| pans_of(&groups))
        .collect()
}

/// Whether `text` holds a card number in any common form (see [`pans_in`]).
pub fn contains_pan(text: &str) -> bool {
    !pans_in(text).is_empty()
}

/// The last four digits of the first card number in `text`, if it holds one: all an error
/// message may show of it.
pub fn pan_last4(text: &str) -> Option<String> {
    pans_in(text).first().map(|d| d[d.len() - 4..].to_string())
}

/// Where `text` may hold a card number, as sorted, disjoint byte ranges: a card number in
/// any common form ([`pans_in`]), and, erring on the safe side, any run of digits joined by
/// single spaces or dashes in which some 12 to 19 digits in a row pass the Luhn check.
fn suspicious_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = digit_chains(text, SPACES_AND_DASHES)
        .into_iter()
        .filter(|(_, _, groups)| {
            let digits: String = groups.concat();
            let n = digits.len();
            // A whole run of 12–19 digits that passes Luhn (a card of any brand), or a run
            // that starts or ends with a card number (Luhn, a brand's prefix and length:
            // digits typed before or after one). Other digit runs (an amount that overflows,
            // a reference that fails Luhn) are shown as they are.
            let card = |w: &str| luhn(w) && brand_of(w).is_some();
            ((12..=19).contains(&n) && luhn(&digits))
                || (13..=19)
                    .filter(|len| *len < n)
                    .any(|len| card(&digits[..len]) || card(&digits[n - len..]))
        })
        .map(|(a, b, _)| (a, b))
        .collect();
    ranges.extend(
        digit_chains(text, CARD_FORMS)
            .into_iter()
            .filter(|(_, _, groups)| !pans_of(groups).is_empty())
            .map(|(a, b, _)| (a, b)),
    );
    ranges.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// `text` with anything that may be a card number (as [`redact`] finds them) replaced by
/// `****` and its last 4 digits: for copies of a user's values (the rejects file).
pub fn mask_pans(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (a, b) in suspicious_ranges(text) {
        let part = &text[a..b];
        let digits: String = part.chars().filter(char::is_ascii_digit).collect();
        let last4 = pan_last4(part).unwrap_or_else(|| digits[digits.len() - 4..].to_string());
        out.push_str(&text[last..a]);
        out.push_str("****");
        out.push_str(&last4);
        last = b;
    }
    out.push_str(&text[last..]);
    out
}

/// `text` with anything that may be a card number replaced by `[card number]`: for messages
/// that repeat a user's value.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (a, b) in suspicious_ranges(text) {
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

    /// Processors' published test numbers (Stripe, Adyen, Braintree, Worldpay and the
    /// networks' own test lists), one brand each.
    const TEST_CARDS: &[(&str, Brand)] = &[
        ("4111111111111111", Brand::Visa),
        ("4012888888881881", Brand::Visa),
        ("4242424242424242", Brand::Visa),
        ("4222222222222", Brand::Visa),
        ("4000000000000002", Brand::Visa),
        ("5555555555554444", Brand::Mastercard),
        ("5105105105105100", Brand::Mastercard),
        ("5200828282828210", Brand::Mastercard),
        ("2223003122003222", Brand::Mastercard),
        ("2222400070000005", Brand::Mastercard),
        ("378282246310005", Brand::Amex),
        ("371449635398431", Brand::Amex),
        ("340000000000009", Brand::Amex),
        ("6011111111111117", Brand::Discover),
        ("6011000990139424", Brand::Discover),
        ("6445644564456445", Brand::Discover),
        ("3056930009020004", Brand::Diners),
        ("36227206271667", Brand::Diners),
        ("38520000023237", Brand::Diners),
        ("3530111333300000", Brand::Jcb),
        ("3566002020360505", Brand::Jcb),
        ("3566111111111113", Brand::Jcb),
        ("6200000000000005", Brand::Unionpay),
        ("6250941006528599", Brand::Unionpay),
        ("6205500000000000004", Brand::Unionpay),
        ("8171999927660000", Brand::Unionpay),
        ("6304000000000000", Brand::Maestro),
        ("6771798021000008", Brand::Maestro),
        ("6759649826438453", Brand::Maestro),
        ("6799990100000000019", Brand::Maestro),
        ("5000550000000029", Brand::Maestro),
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
    fn overlaps_go_to_the_most_specific_prefix() {
        // 622126-622925: Discover within UnionPay's 62.
        assert_eq!(brand_of("6221260000000000"), Some(Brand::Discover));
        assert_eq!(brand_of("6229250000000000"), Some(Brand::Discover));
        assert_eq!(brand_of("6221250000000000"), Some(Brand::Unionpay));
        assert_eq!(brand_of("6229260000000000"), Some(Brand::Unionpay));
        // 65, 644-649 and 6011: Discover within Maestro's 6.
        assert_eq!(brand_of("6500000000000000"), Some(Brand::Discover));
        assert_eq!(brand_of("6440000000000000"), Some(Brand::Discover));
        assert_eq!(brand_of("6430000000000000"), Some(Brand::Maestro));
        // A Discover prefix at Maestro's 12 digits is no card of either.
        assert_eq!(brand_of("650000000000"), None);
        // UnionPay lengths: 62 from 14, 81 from 16.
        assert_eq!(brand_of("62000000000000"), Some(Brand::Unionpay));
        assert_eq!(brand_of("81000000000000"), None);
        // Maestro from 12 to 19 digits.
        assert_eq!(brand_of("501800000000"), Some(Brand::Maestro));
        assert_eq!(brand_of("5899999999999999999"), Some(Brand::Maestro));
        assert_eq!(brand_of("55000000000000000"), None);
    }

    #[test]
    fn every_brand_has_a_published_test_card() {
        for name in Brand::NAMES {
            assert!(
                TEST_CARDS.iter().any(|(_, b)| b.as_str() == *name),
                "no test card for {name}"
            );
        }
    }

    #[test]
    fn twelve_digit_maestro_is_redacted_but_free_text_looks_from_13() {
        // 12-digit Maestro numbers are cards (validate accepts them), and redaction, which
        // errs on the safe side, hides any 12 to 19 Luhn-valid digits; contains_pan, which
        // refuses free text, keeps to the 13 to 19 digits of product.md so that 12-digit
        // references in comments are not mistaken for cards.
        let twelve = "501800000009";
        assert!(luhn(twelve));
        assert_eq!(brand_of(twelve), Some(Brand::Maestro));
        assert!(redact(&format!("card {twelve}")).contains("[card number]"));
        assert!(!contains_pan(&format!("ref {twelve}")));
        assert!(contains_pan("Maestro 6759 6498 2643 8453"));
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
        // Every common form: dots, slashes, mixed, beside an expiry, amex 4-6-5.
        for t in [
            "4111.1111.1111.1111",
            "4111/1111/1111/1111",
            "card 4111 - 1111 - 1111 - 1111",
            "4111 1111 1111 1111 12/30",
            "3782 822463 10005",
            "ref4111111111111111",
        ] {
            assert!(contains_pan(t), "{t}");
            assert_eq!(
                pan_last4(t).as_deref(),
                Some(
                    t.trim_end_matches(" 12/30")
                        .get(t.trim_end_matches(" 12/30").len() - 4..)
                        .unwrap()
                )
            );
        }
        // Not card numbers: dates, phone numbers, a number glued to more digits.
        for t in [
            "2026-11-22 to 2026-12-01",
            "+1 555 123 4567",
            "41111111111111110000",
            "DE89 3704 0044 0532 0130 00",
        ] {
            assert!(!contains_pan(t), "{t}");
        }
        assert_eq!(redact("x 4111.1111.1111.1111 y"), "x [card number] y");
        assert_eq!(mask_pans("x 4111/1111/1111/1111 12/30"), "x ****1111");
        // Dates and periods in messages stay as they are.
        for t in [
            "2026-11-22..2027-01-01",
            "2026/11/22 2027/01/01",
            "10.00 2026.11.22",
        ] {
            assert_eq!(redact(t), t);
        }
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

//! ISO 4217 currencies with their minor units (as of [`ISO_4217_AMENDMENT`]), and money kept
//! as integer minor units.

use crate::domain::time::printable;
use crate::error::{Error, Result};

/// The ISO 4217 amendment that [`CURRENCIES`] and [`NOT_FOR_ACCOUNTS`] match: the
/// maintenance agency's list one as published 2026-01-01.
pub const ISO_4217_AMENDMENT: &str = "ISO 4217 amendment 180 (list one published 2026-01-01)";

/// The currencies of list one that customer accounts and bank accounts may hold, with the
/// number of digits after the decimal point (list one's minor units). Update from list one:
/// every code whose entity is a country and which is not a fund (`IsFund`) goes here, the
/// others in [`NOT_FOR_ACCOUNTS`]; codes that left list one move to [`WITHDRAWN`]; then bump
/// [`ISO_4217_AMENDMENT`] and the counts in the tests.
const CURRENCIES: &[(&str, u32)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHF", 2),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("UYU", 2),
    ("UZS", 2),
    ("VED", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XCG", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

/// Codes of list one that are not a currency a customer holds, and what they are.
const NOT_FOR_ACCOUNTS: &[(&str, &str)] = &[
    ("BOV", "a fund code (Mvdol)"),
    ("CHE", "a fund code (WIR Euro)"),
    ("CHW", "a fund code (WIR Franc)"),
    ("CLF", "a fund code (Unidad de Fomento)"),
    ("COU", "a fund code (Unidad de Valor Real)"),
    ("MXV", "a fund code (Mexican Unidad de Inversion)"),
    ("USN", "a fund code (US Dollar next day)"),
    ("UYI", "a fund code (Uruguay Peso en Unidades Indexadas)"),
    ("UYW", "a fund code (Unidad Previsional)"),
    ("XAD", "a unit of account (Arab Accounting Dinar)"),
    ("XAG", "a precious metal code (silver)"),
    ("XAU", "a precious metal code (gold)"),
    ("XPD", "a precious metal code (palladium)"),
    ("XPT", "a precious metal code (platinum)"),
    ("XBA", "a bond market unit"),
    ("XBB", "a bond market unit"),
    ("XBC", "a bond market unit"),
    ("XBD", "a bond market unit"),
    ("XDR", "a unit of account (IMF special drawing right)"),
    ("XSU", "a unit of account (Sucre)"),
    ("XUA", "a unit of account (ADB Unit of Account)"),
    ("XTS", "the code reserved for testing"),
    ("XXX", "the code for transactions without a currency"),
];

/// Recently withdrawn codes (list three) and their successors, for a helpful refusal.
const WITHDRAWN: &[(&str, &str, &str)] = &[
    ("ANG", "XCG", "2025-03"),
    ("BGN", "EUR", "2026-01"),
    ("HRK", "EUR", "2023-01"),
    ("SLL", "SLE", "2023-12"),
    ("ZWL", "ZWG", "2024-09"),
    ("CUC", "CUP", "2021-06"),
    ("VEF", "VES", "2018-08"),
    ("MRO", "MRU", "2017-12"),
    ("STD", "STN", "2017-12"),
    ("BYR", "BYN", "2016-12"),
    ("LTL", "EUR", "2015-01"),
    ("LVL", "EUR", "2014-01"),
    ("EEK", "EUR", "2011-01"),
];

/// A checked ISO 4217 code of a currency that customers hold, upper-cased. Withdrawn codes,
/// fund codes, precious metals, units of account, XTS and XXX are invalid (5), each with
/// what it is.
pub fn currency(field: &str, value: &str) -> Result<String> {
    let code = value.trim().to_ascii_uppercase();
    if minor_units(&code).is_some() {
        return Ok(code);
    }
    if let Some((_, what)) = NOT_FOR_ACCOUNTS.iter().find(|(c, _)| *c == code) {
        return Err(Error::invalid(format!(
            "{field}: {code} is {what} in ISO 4217, not a currency for customer accounts"
        ))
        .with_hint("give the currency the customer pays in, e.g. USD, EUR or CHF"));
    }
    if let Some((_, successor, since)) = WITHDRAWN.iter().find(|(c, _, _)| *c == code) {
        return Err(Error::invalid(format!(
            "{field}: {code} was withdrawn from ISO 4217 in {since}"
        ))
        .with_hint(format!("its successor is {successor}")));
    }
    Err(Error::invalid(format!(
        "{field}: '{}' is not a current ISO 4217 currency code",
        printable(value.trim())
    ))
    .with_hint("use a three-letter code such as USD, EUR or JPY"))
}

pub fn minor_units(code: &str) -> Option<u32> {
    CURRENCIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, units)| *units)
}

/// An amount of money in `currency`, parsed from a decimal string into minor units.
/// More decimals than the currency has, a sign, or an exponent are invalid (5).
pub fn parse_amount(field: &str, currency: &str, value: &str) -> Result<i64> {
    let units = minor_units(currency)
        .ok_or_else(|| Error::invalid(format!("{field}: unknown currency {currency}")))?;
    let v = value.trim();
    let bad = |why: &str| {
        Error::invalid(format!(
            "{field}: '{}' is not an amount in {currency}: {why}",
            printable(v)
        ))
    };
    // The digits of an amount are stored and printed as typed: never a card number's.
    crate::domain::text::no_card_number(field, v)?;
    let (whole, frac) = v.split_once('.').unwrap_or((v, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad("write digits, optionally with a decimal point"));
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) || (v.contains('.') && frac.is_empty()) {
        return Err(bad("write digits after the decimal point"));
    }
    if frac.len() > units as usize {
        return Err(bad(&format!("{currency} has {units} decimal places")));
    }
    let scale = 10i64.pow(units);
    let whole: i64 = whole.parse().map_err(|_| bad("too large"))?;
    let frac_value: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse::<i64>().map_err(|_| bad("too large"))? * 10i64.pow(units - frac.len() as u32)
    };
    let minor = whole
        .checked_mul(scale)
        .and_then(|w| w.checked_add(frac_value))
        .ok_or_else(|| bad("too large"))?;
    // …nor as printed: leading zeros (`05550035630887155`) hide a card number that the
    // stored amount would show (found by the `money` fuzz target).
    crate::domain::text::no_card_number(field, &format_amount(currency, minor))?;
    Ok(minor)
}

/// Minor units shown as the decimal string of product.md §1 (`"5000.00"`).
pub fn format_amount(currency: &str, minor: i64) -> String {
    let units = minor_units(currency).unwrap_or(2);
    if units == 0 {
        return minor.to_string();
    }
    let scale = 10i64.pow(units);
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!(
        "{sign}{}.{:0width$}",
        abs / scale as u64,
        abs % scale as u64,
        width = units as usize
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn leading_zeros_do_not_hide_a_card_number() {
        // 5555555555554444 is a published test card number.
        assert!(super::parse_amount("amount", "USD", "05555555555554444").is_err());
        assert!(super::parse_amount("amount", "USD", "  0005555555555554444").is_err());
        assert_eq!(
            super::parse_amount("amount", "USD", "0012.50").unwrap(),
            1250
        );
    }

    use super::*;

    #[test]
    fn currencies() {
        assert_eq!(currency("currency", " eur ").unwrap(), "EUR");
        assert!(currency("currency", "XXX").is_err());
        assert!(currency("currency", "").is_err());
    }

    #[test]
    fn the_table_is_list_one_of_amendment_180() {
        assert!(ISO_4217_AMENDMENT.contains("amendment 180"));
        // List one of 2026-01-01 has 178 distinct codes.
        let mut all: Vec<&str> = CURRENCIES
            .iter()
            .map(|(c, _)| *c)
            .chain(NOT_FOR_ACCOUNTS.iter().map(|(c, _)| *c))
            .collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 178);
        assert_eq!(CURRENCIES.len(), 155);
        for (code, _, _) in WITHDRAWN {
            assert!(!all.contains(code), "{code}");
        }
        // Amendment 176 (XCG replaces ANG), 170 (VED beside VES), 177 (ZWG), 180 (BGN out).
        for ok in ["XCG", "VED", "VES", "ZWG", "SLE", "EUR", "STN", "MRU"] {
            assert_eq!(currency("currency", ok).unwrap(), ok);
        }
        for (code, units) in [("XCG", 2), ("VED", 2), ("JPY", 0), ("KWD", 3), ("CLP", 0)] {
            assert_eq!(minor_units(code), Some(units), "{code}");
        }
        for withdrawn in ["ANG", "BGN", "HRK", "SLL", "ZWL", "CUC", "VEF"] {
            let e = currency("currency", withdrawn).unwrap_err();
            assert_eq!(e.exit_code(), 5);
            assert!(e.message.contains("withdrawn"), "{}", e.message);
        }
    }

    #[test]
    fn fund_metal_and_testing_codes_are_not_for_accounts() {
        for code in [
            "XAU", "XAG", "XPT", "XPD", "CHE", "CHW", "CLF", "BOV", "COU", "MXV", "USN", "UYI",
            "UYW", "XDR", "XSU", "XUA", "XBA", "XAD", "XTS", "XXX",
        ] {
            let e = currency("currency", code).unwrap_err();
            assert_eq!(e.exit_code(), 5);
            assert!(
                e.message.contains("not a currency for customer accounts"),
                "{}",
                e.message
            );
        }
    }

    #[test]
    fn amounts_round_trip_in_minor_units() {
        assert_eq!(parse_amount("limit", "USD", "5000").unwrap(), 500000);
        assert_eq!(parse_amount("limit", "USD", "5000.5").unwrap(), 500050);
        assert_eq!(format_amount("USD", 500050), "5000.50");
        assert_eq!(parse_amount("limit", "JPY", "5000").unwrap(), 5000);
        assert_eq!(format_amount("JPY", 5000), "5000");
        assert_eq!(format_amount("BHD", 1234), "1.234");
        for bad in ["-1", "1.234", "1e3", "", ".5", "1.", "99999999999999999999"] {
            assert!(parse_amount("limit", "USD", bad).is_err(), "{bad}");
        }
    }
}

//! ISO 4217 currencies with their minor units, and money kept as integer minor units.

use crate::domain::time::printable;
use crate::error::{Error, Result};

/// Active ISO 4217 codes and the number of digits after the decimal point.
const CURRENCIES: &[(&str, u32)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("ANG", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
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
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

/// A checked ISO 4217 code, upper-cased.
pub fn currency(field: &str, value: &str) -> Result<String> {
    let code = value.trim().to_ascii_uppercase();
    if minor_units(&code).is_some() {
        Ok(code)
    } else {
        Err(Error::invalid(format!(
            "{field}: '{}' is not an ISO 4217 currency code",
            printable(value.trim())
        ))
        .with_hint("use a three-letter code such as USD, EUR or JPY"))
    }
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
    whole
        .checked_mul(scale)
        .and_then(|w| w.checked_add(frac_value))
        .ok_or_else(|| bad("too large"))
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
    use super::*;

    #[test]
    fn currencies() {
        assert_eq!(currency("currency", " eur ").unwrap(), "EUR");
        assert!(currency("currency", "XXX").is_err());
        assert!(currency("currency", "").is_err());
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

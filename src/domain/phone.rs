//! Phone numbers (product.md §3.1): parsed and checked with libphonenumber's rules (the
//! `phonenumber` crate, which carries libphonenumber's metadata; its version names the
//! metadata release, e.g. `0.3.10+9.0.33`), stored in E.164, the form as typed kept beside it.
//!
//! A number in international form (`+49 30 1234567`) needs nothing else; a national form
//! (`030 1234567`) needs the default region (`--region` or `CUSTCTL_PHONE_REGION`), an
//! ISO 3166 code such as DE. An extension (`x123`, `ext. 123`) is kept in the typed form only:
//! E.164 has none.

use phonenumber::{Mode, country::Id};

use crate::domain::text;
use crate::domain::time::printable;
use crate::error::{Error, Result};

/// A checked phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// `+` and up to 15 digits.
    pub e164: String,
    /// The number as it was typed, trimmed.
    pub typed: String,
}

/// A checked default region: two letters that libphonenumber has numbering rules for.
pub fn region(field: &str, value: &str) -> Result<String> {
    let code = value.trim().to_ascii_uppercase();
    if code.len() == 2 && code.parse::<Id>().is_ok() {
        Ok(code)
    } else {
        Err(Error::invalid(format!(
            "{field}: '{}' is not a region with phone numbering rules",
            printable(value.trim())
        ))
        .with_hint(crate::domain::country::not_iso_hint(&code).unwrap_or("give the two-letter ISO 3166 code of the country whose national numbers these are, e.g. DE, GB or US")))
    }
}

/// Whether `v` is what a spreadsheet makes of a long number (`3.49123E+10`).
fn scientific_notation(v: &str) -> bool {
    let Some((mantissa, exponent)) = v.split_once(['e', 'E']) else {
        return false;
    };
    let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
    !mantissa.is_empty()
        && mantissa.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && mantissa.bytes().filter(|b| *b == b'.').count() <= 1
        && !exponent.is_empty()
        && exponent.bytes().all(|b| b.is_ascii_digit())
}

/// Checks a phone (or fax) number; `region` (already checked with [`region`]) serves
/// numbers written without `+` and a country code.
pub fn parse(field: &str, value: &str, region: Option<&str>) -> Result<Phone> {
    let typed = text::text(field, value, 64)?;
    let shown = printable(&typed);
    if scientific_notation(&typed) {
        return Err(Error::invalid(format!(
            "{field}: '{shown}' is not a phone number: it looks like a number a spreadsheet wrote in scientific notation, which lost its digits"
        ))
        .with_hint("format the column as text in the spreadsheet and export it again"));
    }
    let international = typed.starts_with('+');
    let id = match region {
        Some(r) => Some(r.parse::<Id>().map_err(|_| {
            Error::invalid(format!(
                "region '{}' has no phone numbering rules",
                printable(r)
            ))
        })?),
        None => None,
    };
    if !international && id.is_none() {
        return Err(Error::invalid(format!(
            "{field}: '{shown}' is in national form and no default region is set"
        ))
        .with_hint("write it with + and the country code (e.g. +49 30 1234567), or give the country with --region DE (or CUSTCTL_PHONE_REGION)"));
    }
    let not_a_number = || {
        Error::invalid(format!("{field}: '{shown}' is not a phone number")).with_hint(
            "write it with + and the country code, e.g. +49 30 1234567 or +1 201 555 0123",
        )
    };
    let number = phonenumber::parse(id, &typed).map_err(|_| not_a_number())?;
    if !phonenumber::is_valid(&number) {
        let place = number
            .country()
            .id()
            .map(|i| format!(" in {}", i.as_ref()))
            .unwrap_or_default();
        return Err(Error::invalid(format!(
            "{field}: '{shown}' is not a valid phone number{place}: no number of that length and prefix is assigned there"
        ))
        .with_hint(if international {
            "check the number for a typing error".to_string()
        } else {
            format!(
                "check the number, or the region ({}) that national numbers are read in",
                region.unwrap_or("")
            )
        }));
    }
    Ok(Phone {
        e164: number.format().mode(Mode::E164).to_string(),
        typed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// libphonenumber's example numbers (its metadata's `exampleNumber`) per region and
    /// type, written as people type them, with their E.164 form.
    const EXAMPLES: &[(&str, Option<&str>, &str)] = &[
        ("+1 201-555-0123", None, "+12015550123"),
        ("(201) 555-0123", Some("US"), "+12015550123"),
        ("+44 121 234 5678", None, "+441212345678"),
        ("07400 123456", Some("GB"), "+447400123456"),
        ("030 123456", Some("DE"), "+4930123456"),
        ("+49 1512 3456789", None, "+4915123456789"),
        ("01 23 45 67 89", Some("FR"), "+33123456789"),
        ("06 12 34 56 78", Some("FR"), "+33612345678"),
        ("+39 02 1234 5678", None, "+390212345678"),
        ("+81 3-1234-5678", None, "+81312345678"),
        ("+91 74104 10123", None, "+917410410123"),
        ("0301 2345678", Some("PK"), "+923012345678"),
        ("+55 11 96123-4567", None, "+5511961234567"),
        ("+61 412 345 678", None, "+61412345678"),
        ("+262 262 16 1234", None, "+262262161234"),
        ("+383 28 012 345", None, "+38328012345"),
    ];

    #[test]
    fn example_numbers_are_stored_in_e164_beside_the_typed_form() {
        for (typed, region, e164) in EXAMPLES {
            let p = parse("phone", typed, *region)
                .unwrap_or_else(|e| panic!("{typed} refused: {}", e.message));
            assert_eq!(p.e164, *e164, "{typed}");
            assert_eq!(p.typed, *typed);
        }
        // A region does not change a number in international form.
        assert_eq!(
            parse("phone", "+44 121 234 5678", Some("DE")).unwrap().e164,
            "+441212345678"
        );
        // An extension stays in the typed form only.
        let p = parse("phone", "+1 201-555-0123 ext. 42", None).unwrap();
        assert_eq!(p.e164, "+12015550123");
        assert_eq!(p.typed, "+1 201-555-0123 ext. 42");
    }

    #[test]
    fn what_is_not_a_phone_number_is_refused_with_a_hint() {
        for (bad, region) in [
            ("not a phone", Some("DE")),
            ("+1", None),
            ("3.49123E+10", None),
            ("3.49123E+10", Some("DE")),
            ("4.91512E+12", Some("DE")),
            ("+1 555 01", None),
            ("+44 111", None),
            ("111", Some("GB")),
            ("", Some("DE")),
        ] {
            let e = parse("phone", bad, region).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{bad}");
            if !bad.is_empty() {
                assert!(e.hint.is_some(), "{bad}");
            }
        }
        let e = parse("phone", "3.49123E+10", None).unwrap_err();
        assert!(e.message.contains("spreadsheet"), "{}", e.message);
    }

    #[test]
    fn a_national_form_needs_a_region() {
        let e = parse("phone", "030 123456", None).unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(e.hint.unwrap().contains("--region"));
    }

    #[test]
    fn regions() {
        assert_eq!(region("region", " de ").unwrap(), "DE");
        assert_eq!(region("region", "XK").unwrap(), "XK");
        for bad in ["", "D", "DEU", "ZZ", "Germany"] {
            assert_eq!(region("region", bad).unwrap_err().exit_code(), 5, "{bad}");
        }
    }
}

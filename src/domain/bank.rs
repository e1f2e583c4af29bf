//! Bank accounts (product.md §3.4): IBANs (the registry's per-country length and structure
//! and the mod-97 check digits, through the `iban_validate` crate), BICs, domestic account
//! numbers, and the canonical `bank_key` under which an IBAN and the same account in its
//! domestic form (bank code + account number + country) are one account.
//!
//! The `bank_key` is `CC/BANK/ACCOUNT`: the country, the bank code and the account number,
//! each upper-cased, without spaces or dashes and without leading zeros. From an IBAN the bank
//! code is the registry's bank identifier followed by its branch identifier (DE: the BLZ;
//! GB: the bank's four letters and the sort code; FR: code banque and code guichet), and the
//! account number is the rest of the BBAN. Messages here never repeat a full bank number.

use iban::{Iban, IbanLike};

use crate::domain::audit::mask;
use crate::domain::country::country;
use crate::error::{Error, Result};

/// A checked IBAN.
#[derive(Clone, PartialEq, Eq)]
pub struct ValidIban {
    /// The electronic form (no spaces, upper case).
    pub iban: String,
    pub country: String,
    /// Bank and branch identifiers as the registry places them in the BBAN.
    pub bank_code: String,
    /// The rest of the BBAN.
    pub account: String,
    pub bank_key: String,
}

impl std::fmt::Debug for ValidIban {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ValidIban({})", mask(&self.iban))
    }
}

/// A bank number or code without the spaces and dashes people group it with.
pub fn compact(value: &str) -> String {
    value
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .flat_map(char::to_uppercase)
        .collect()
}

fn strip_zeros(value: &str) -> &str {
    let s = value.trim_start_matches('0');
    if s.is_empty() { "0" } else { s }
}

/// The canonical identity of a bank account.
pub fn bank_key(country: &str, bank_code: &str, account: &str) -> String {
    format!(
        "{country}/{}/{}",
        strip_zeros(&compact(bank_code)),
        strip_zeros(&compact(account))
    )
}

/// Checks an IBAN (exit 5 naming the failed rule, with the number masked).
pub fn parse_iban(value: &str) -> Result<ValidIban> {
    let text = compact(value);
    let shown = mask(&text);
    let parsed: Iban = text.parse().map_err(|e| {
        let why = match e {
            iban::ParseIbanError::InvalidBaseIban {
                source: iban::ParseBaseIbanError::InvalidChecksum,
            } => "its check digits are wrong".to_string(),
            iban::ParseIbanError::InvalidBaseIban { .. } => {
                "it is not two letters, two check digits and up to 30 letters or digits"
                    .to_string()
            }
            iban::ParseIbanError::InvalidBban(_) => {
                "its length or structure does not match its country's IBAN format".to_string()
            }
            iban::ParseIbanError::UnknownCountry(_) => {
                "its country has no IBAN format in the registry".to_string()
            }
        };
        Error::invalid(format!("iban '{shown}' is not a valid IBAN: {why}"))
            .with_hint("check the number for a typing error, or give the domestic form with --bank-account, --bank-code and --country")
    })?;
    let cc = parsed.country_code().to_string();
    let bban = parsed.bban();
    let bank = parsed.bank_identifier().unwrap_or("");
    let branch = parsed.branch_identifier().unwrap_or("");
    // The account is the BBAN without the bank and branch identifiers, wherever the
    // registry places them (both are slices of the BBAN).
    let offset = |part: &str| part.as_ptr() as usize - bban.as_ptr() as usize;
    let mut removed: Vec<(usize, usize)> = [bank, branch]
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| (offset(p), offset(p) + p.len()))
        .collect();
    removed.sort();
    let account: String = bban
        .char_indices()
        .filter(|(i, _)| !removed.iter().any(|(a, b)| (*a..*b).contains(i)))
        .map(|(_, c)| c)
        .collect();
    let bank_code = format!("{bank}{branch}");
    Ok(ValidIban {
        iban: parsed.electronic_str().to_string(),
        bank_key: bank_key(&cc, &bank_code, &account),
        country: cc,
        bank_code,
        account,
    })
}

/// Checks a BIC: 4 letters (bank), 2 letters (country), 2 letters or digits (location) and
/// optionally 3 letters or digits (branch); when an IBAN's country is known the BIC must be
/// of that country.
pub fn parse_bic(value: &str, iban_country: Option<&str>) -> Result<String> {
    let bic = compact(value);
    let b = bic.as_bytes();
    let well_formed = (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..].iter().all(u8::is_ascii_alphanumeric);
    if !well_formed {
        return Err(Error::invalid(format!(
            "bic '{}' is not well formed",
            crate::domain::time::printable(&bic)
        ))
        .with_hint("a BIC is 8 or 11 characters: 4 letters (bank), 2 letters (country), 2 letters or digits (location), optionally 3 for the branch, e.g. DEUTDEFF500"));
    }
    country("bic country", &bic[4..6])?;
    if let Some(cc) = iban_country
        && &bic[4..6] != cc
    {
        return Err(Error::invalid(format!(
            "bic {bic} is of country {}, the IBAN of {cc}",
            &bic[4..6]
        ))
        .with_hint("give the BIC of the bank that holds the IBAN"));
    }
    Ok(bic)
}

/// A domestic account: number, bank code and country, each checked; returns
/// (account number, bank code, country, bank_key).
pub fn parse_domestic(
    account: &str,
    bank_code: &str,
    country_code: &str,
) -> Result<(String, String, String, String)> {
    let cc = country("country", country_code)?;
    let number = compact(account);
    if number.is_empty() || number.len() > 34 || !number.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Err(Error::invalid(format!(
            "bank account '{}' must be 1 to 34 letters or digits (spaces and dashes between groups are allowed)",
            mask(&crate::domain::time::printable(&number))
        )));
    }
    let code = compact(bank_code);
    if code.is_empty() || code.len() > 15 || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Error::invalid(format!(
            "bank code '{}' must be 1 to 15 letters or digits",
            crate::domain::time::printable(&code)
        )));
    }
    let key = bank_key(&cc, &code, &number);
    Ok((number, code, cc, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iban_and_domestic_form_share_the_bank_key() {
        let i = parse_iban("DE89 3704 0044 0532 0130 00").unwrap();
        assert_eq!(i.iban, "DE89370400440532013000");
        assert_eq!(i.country, "DE");
        let (_, _, _, key) = parse_domestic("532013000", "37040044", "de").unwrap();
        assert_eq!(i.bank_key, key);
        let (_, _, _, padded) = parse_domestic("0532013000", "37040044", "DE").unwrap();
        assert_eq!(i.bank_key, padded);
        let gb = parse_iban("GB29NWBK60161331926819").unwrap();
        let (_, _, _, gb_key) = parse_domestic("31926819", "NWBK601613", "GB").unwrap();
        assert_eq!(gb.bank_key, gb_key);
    }

    #[test]
    fn bad_ibans_are_invalid_and_masked() {
        for bad in [
            "DE88370400440532013000", // check digits
            "DE8937040044053201300",  // length
            "XX89370400440532013000", // country
            "hello",
        ] {
            let e = parse_iban(bad).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{bad}");
            assert!(!e.message.contains("0532013"), "{}", e.message);
        }
    }

    #[test]
    fn bic_form_and_country() {
        assert_eq!(parse_bic("deutdeff", Some("DE")).unwrap(), "DEUTDEFF");
        assert_eq!(parse_bic("DEUTDEFF500", Some("DE")).unwrap(), "DEUTDEFF500");
        assert!(parse_bic("DEUTFRPP", Some("DE")).is_err());
        assert!(parse_bic("DEUTDEF", None).is_err());
        assert!(parse_bic("DEU1DEFF", None).is_err());
        assert!(parse_bic("DEUTXXFF", None).is_err());
    }
}

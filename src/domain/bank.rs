//! Bank accounts (product.md §3.4): IBANs (the registry's per-country length and structure and
//! the mod-97 check digits), BICs, domestic account numbers, and the canonical `bank_key`
//! under which an IBAN and the same account in its domestic form (bank code + account number
//! + country) are one account.
//!
//! IBAN formats come from the `iban_validate` crate (5.0.1, 87 countries), and for the
//! registry countries it lacks from [`REGISTRY_EXTRA`], a table taken from the SWIFT IBAN
//! Registry itself ([`IBAN_REGISTRY_RELEASE`]). Together they cover every country of that
//! release; `every_registry_country_has_its_example_accepted` names them all.
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

/// The SWIFT IBAN Registry release that the country coverage matches.
pub const IBAN_REGISTRY_RELEASE: &str = "SWIFT IBAN Registry release 103 (September 2026)";

/// A registry country that `iban_validate` 5.0.1 does not know, as the registry describes it.
struct RegistryEntry {
    country: &'static str,
    /// The whole IBAN's length.
    length: usize,
    /// The BBAN structure in the registry's notation (`4!a16!c`: n digits, a upper-case
    /// letters, c letters or digits; `!` fixed length).
    bban: &'static str,
    /// Where the bank identifier and the branch identifier are in the BBAN (byte ranges).
    bank: (usize, usize),
    branch: Option<(usize, usize)>,
}

/// Registry countries missing from `iban_validate` 5.0.1, from the registry's entries
/// (IBAN structure, length, bank identifier position). Update: when a newer `iban_validate`
/// knows a country, delete its row here; when the registry adds one, add it here with the
/// registry's example to the test below, and bump [`IBAN_REGISTRY_RELEASE`].
const REGISTRY_EXTRA: &[RegistryEntry] = &[
    // Honduras: HN2!n4!a20!n, 28 characters, bank identifier positions 1-4.
    RegistryEntry {
        country: "HN",
        length: 28,
        bban: "4!a20!n",
        bank: (0, 4),
        branch: None,
    },
    // Pakistan: PK2!n4!a16!c, 24 characters, bank identifier positions 1-4.
    RegistryEntry {
        country: "PK",
        length: 24,
        bban: "4!a16!c",
        bank: (0, 4),
        branch: None,
    },
];

/// Territories with an ISO 3166 code of their own whose banks issue IBANs of another
/// country: (territory, IBAN country). The registry lists the French overseas departments
/// and collectivities under FR and Åland under FI; the Crown Dependencies' banks issue GB
/// IBANs. An IBAN starting with the territory's own code is refused with a hint.
const IBAN_TERRITORIES: &[(&str, &str)] = &[
    ("GF", "FR"),
    ("GP", "FR"),
    ("MQ", "FR"),
    ("RE", "FR"),
    ("YT", "FR"),
    ("PF", "FR"),
    ("TF", "FR"),
    ("NC", "FR"),
    ("BL", "FR"),
    ("MF", "FR"),
    ("PM", "FR"),
    ("WF", "FR"),
    ("AX", "FI"),
    ("GG", "GB"),
    ("IM", "GB"),
    ("JE", "GB"),
];

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

/// The electronic form of an IBAN as people paste it: any whitespace (spaces, tabs,
/// non-breaking spaces, a trailing newline) around or between the groups is dropped and
/// letters are upper-cased. Dashes and dots are not part of ISO 13616's print format (groups
/// of four separated by spaces) and are refused, as is anything else that is not a letter or
/// a digit.
fn electronic(value: &str) -> std::result::Result<String, &'static str> {
    let mut out = String::with_capacity(34);
    for c in value.chars() {
        if c.is_whitespace() {
            continue;
        }
        if matches!(c, '-' | '.' | '/' | '_') {
            return Err(
                "an IBAN is written in groups of four separated by spaces: dashes, dots and slashes are not part of it",
            );
        }
        if !c.is_ascii_alphanumeric() {
            return Err("it is not two letters, two check digits and up to 30 letters or digits");
        }
        out.push(c.to_ascii_uppercase());
    }
    Ok(out)
}

/// Whether `bban` follows a registry structure such as `4!a16!c`.
fn follows_structure(bban: &str, structure: &str) -> bool {
    let b = bban.as_bytes();
    let mut at = 0;
    let mut rest = structure;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(n) = rest[..digits].parse::<usize>() else {
            return false;
        };
        rest = rest[digits..].strip_prefix('!').unwrap_or(&rest[digits..]);
        let Some(kind) = rest.bytes().next() else {
            return false;
        };
        rest = &rest[1..];
        let Some(part) = b.get(at..at + n) else {
            return false;
        };
        let ok = match kind {
            b'n' => part.iter().all(u8::is_ascii_digit),
            b'a' => part.iter().all(u8::is_ascii_uppercase),
            b'c' => part
                .iter()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
            _ => false,
        };
        if !ok {
            return false;
        }
        at += n;
    }
    at == b.len()
}

/// Checks an IBAN (exit 5 naming the failed rule, with the number masked).
pub fn parse_iban(value: &str) -> Result<ValidIban> {
    let shown = mask(&crate::domain::time::printable(
        &value.split_whitespace().collect::<String>(),
    ));
    let invalid = |why: &str| {
        Error::invalid(format!("iban '{shown}' is not a valid IBAN: {why}"))
            .with_hint("check the number for a typing error, or give the domestic form with --bank-account, --bank-code and --country")
    };
    let text = electronic(value).map_err(invalid)?;
    let shown = mask(&text);
    let invalid = |why: &str| {
        Error::invalid(format!("iban '{shown}' is not a valid IBAN: {why}"))
            .with_hint("check the number for a typing error, or give the domestic form with --bank-account, --bank-code and --country")
    };
    if let Some((cc, of)) = IBAN_TERRITORIES.iter().find(|(t, _)| text.starts_with(t)) {
        return Err(Error::invalid(format!(
            "iban '{shown}' is not a valid IBAN: {cc} has no IBANs of its own; the registry gives its banks {of} IBANs"
        ))
        .with_hint(format!(
            "give the IBAN as the bank wrote it, starting with {of}"
        )));
    }
    // ISO 13616: the check digits are 02 to 98 (mod 97 leaves 00, 01 and 99 unused).
    if let Some(check) = text.get(2..4)
        && matches!(check, "00" | "01" | "99")
    {
        return Err(invalid(&format!(
            "its check digits are {check}; ISO 13616 check digits are 02 to 98"
        )));
    }
    let (cc, bban, bank, branch) = match text.parse::<Iban>() {
        Ok(parsed) => {
            let bban = parsed.bban().to_string();
            let range = |part: Option<&str>| {
                part.filter(|p| !p.is_empty()).map(|p| {
                    let start = p.as_ptr() as usize - parsed.bban().as_ptr() as usize;
                    (start, start + p.len())
                })
            };
            let bank = range(parsed.bank_identifier());
            let branch = range(parsed.branch_identifier());
            (parsed.country_code().to_string(), bban, bank, branch)
        }
        Err(iban::ParseIbanError::UnknownCountry(base)) => {
            let cc = base.country_code().to_string();
            let Some(entry) = REGISTRY_EXTRA.iter().find(|e| e.country == cc) else {
                return Err(invalid(&format!(
                    "its country {} has no IBAN format in the registry",
                    crate::domain::time::printable(&cc)
                )));
            };
            let bban = text[4..].to_string();
            if text.len() != entry.length || !follows_structure(&bban, entry.bban) {
                return Err(invalid(
                    "its length or structure does not match its country's IBAN format",
                ));
            }
            (cc, bban, Some(entry.bank), entry.branch)
        }
        Err(iban::ParseIbanError::InvalidBaseIban {
            source: iban::ParseBaseIbanError::InvalidChecksum,
        }) => return Err(invalid("its check digits are wrong")),
        Err(iban::ParseIbanError::InvalidBaseIban { .. }) => {
            return Err(invalid(
                "it is not two letters, two check digits and up to 30 letters or digits",
            ));
        }
        Err(iban::ParseIbanError::InvalidBban(_)) => {
            return Err(invalid(
                "its length or structure does not match its country's IBAN format",
            ));
        }
    };
    // The account is the BBAN without the bank and branch identifiers, wherever the
    // registry places them.
    let removed: Vec<(usize, usize)> = [bank, branch].into_iter().flatten().collect();
    let account: String = bban
        .char_indices()
        .filter(|(i, _)| !removed.iter().any(|(a, b)| (*a..*b).contains(i)))
        .map(|(_, c)| c)
        .collect();
    let slice = |r: Option<(usize, usize)>| r.map_or("", |(a, b)| &bban[a..b]);
    let bank_code = format!("{}{}", slice(bank), slice(branch));
    Ok(ValidIban {
        iban: text,
        bank_key: bank_key(&cc, &bank_code, &account),
        country: cc,
        bank_code,
        account,
    })
}

/// Checks a BIC (ISO 9362): 4 letters or digits (the party prefix; ISO 9362:2014 allows
/// digits there), 2 letters (an ISO 3166 country), 2 letters or digits (location) and
/// optionally 3 letters or digits (branch). Surrounding whitespace is trimmed and letters are
/// upper-cased; separators inside (`DEUT-DE-FF`, `DEUT DE FF`) and an empty value are refused.
/// The BIC's country may differ from the IBAN's: banks serve accounts through branches abroad,
/// and overseas departments have BIC countries of their own.
pub fn parse_bic(value: &str) -> Result<String> {
    let bic = value.trim().to_ascii_uppercase();
    let hint = "a BIC is 8 or 11 characters without spaces or dashes: 4 letters or digits (bank), 2 letters (country), 2 letters or digits (location), optionally 3 for the branch, e.g. DEUTDEFF500";
    if bic.is_empty() {
        return Err(Error::invalid("bic must not be empty").with_hint(
            "leave --bic out when the BIC is not known; a BIC is 8 or 11 characters, e.g. DEUTDEFF500",
        ));
    }
    let b = bic.as_bytes();
    let well_formed = (b.len() == 8 || b.len() == 11)
        && b[..4].iter().all(u8::is_ascii_alphanumeric)
        && b[4..6].iter().all(u8::is_ascii_uppercase)
        && b[6..].iter().all(u8::is_ascii_alphanumeric);
    if !well_formed {
        return Err(Error::invalid(format!(
            "bic '{}' is not well formed",
            crate::domain::time::printable(&bic)
        ))
        .with_hint(hint));
    }
    country("bic country", &bic[4..6])?;
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

    /// The registry's example IBAN of every country in [`IBAN_REGISTRY_RELEASE`] (89).
    const REGISTRY_EXAMPLES: &[&str] = &[
        "AD1200012030200359100100",
        "AE070331234567890123456",
        "AL47212110090000000235698741",
        "AT611904300234573201",
        "AZ21NABZ00000000137010001944",
        "BA391290079401028494",
        "BE68539007547034",
        "BG80BNBG96611020345678",
        "BH67BMAG00001299123456",
        "BI4210000100010000332045181",
        "BR1800360305000010009795493C1",
        "BY13NBRB3600900000002Z00AB00",
        "CH9300762011623852957",
        "CR05015202001026284066",
        "CY17002001280000001200527600",
        "CZ6508000000192000145399",
        "DE89370400440532013000",
        "DJ2100010000000154000100186",
        "DK5000400440116243",
        "DO28BAGR00000001212453611324",
        "EE382200221020145685",
        "EG380019000500000000263180002",
        "ES9121000418450200051332",
        "FI2112345600000785",
        "FK88SC123456789012",
        "FO6264600001631634",
        "FR1420041010050500013M02606",
        "GB29NWBK60161331926819",
        "GE29NB0000000101904917",
        "GI75NWBK000000007099453",
        "GL8964710001000206",
        "GR1601101250000000012300695",
        "GT82TRAJ01020000001210029690",
        "HN88CABF00000000000250005469",
        "HR1210010051863000160",
        "HU42117730161111101800000000",
        "IE29AIBK93115212345678",
        "IL620108000000099999999",
        "IQ98NBIQ850123456789012",
        "IS140159260076545510730339",
        "IT60X0542811101000000123456",
        "JO94CBJO0010000000000131000302",
        "KW81CBKU0000000000001234560101",
        "KZ86125KZT5004100100",
        "LB62099900000001001901229114",
        "LC55HEMM000100010012001200023015",
        "LI21088100002324013AA",
        "LT121000011101001000",
        "LU280019400644750000",
        "LV80BANK0000435195001",
        "LY83002048000020100120361",
        "MC5811222000010123456789030",
        "MD24AG000225100013104168",
        "ME25505000012345678951",
        "MK07250120000058984",
        "MN121234123456789123",
        "MR1300020001010000123456753",
        "MT84MALT011000012345MTLCAST001S",
        "MU17BOMM0101101030300200000MUR",
        "NI45BAPR00000013000003558124",
        "NL91ABNA0417164300",
        "NO9386011117947",
        "OM810180000001299123456",
        "PK36SCBL0000001123456702",
        "PL61109010140000071219812874",
        "PS92PALS000000000400123456702",
        "PT50000201231234567890154",
        "QA58DOHB00001234567890ABCDEFG",
        "RO49AAAA1B31007593840000",
        "RS35260005601001611379",
        "RU0304452522540817810538091310419",
        "SA0380000000608010167519",
        "SC18SSCB11010000000000001497USD",
        "SD2129010501234001",
        "SE4550000000058398257466",
        "SI56263300012039086",
        "SK3112000000198742637541",
        "SM86U0322509800000000270100",
        "SO211000001001000100141",
        "ST23000100010051845310146",
        "SV62CENR00000000000000700025",
        "TL380080012345678910157",
        "TN5910006035183598478831",
        "TR330006100519786457841326",
        "UA213223130000026007233566001",
        "VA59001123000012345678",
        "VG96VPVG0000012345678901",
        "XK051212012345678906",
        "YE15CBYE0001018861234567891234",
    ];

    #[test]
    fn every_registry_country_has_its_example_accepted() {
        assert!(IBAN_REGISTRY_RELEASE.contains("release 103"));
        assert_eq!(REGISTRY_EXAMPLES.len(), 89);
        for example in REGISTRY_EXAMPLES {
            let i =
                parse_iban(example).unwrap_or_else(|e| panic!("{example} refused: {}", e.message));
            assert_eq!(i.iban, *example);
            assert_eq!(i.country, example[..2]);
            assert!(!i.bank_code.is_empty(), "{example}");
        }
        for entry in REGISTRY_EXTRA {
            assert!(
                REGISTRY_EXAMPLES
                    .iter()
                    .any(|e| e.starts_with(entry.country)),
                "{}",
                entry.country
            );
        }
    }

    #[test]
    fn vendored_countries_check_length_structure_and_digits() {
        let pk = parse_iban("PK36 SCBL 0000 0011 2345 6702").unwrap();
        assert_eq!(pk.bank_code, "SCBL");
        assert_eq!(pk.account, "0000001123456702");
        let hn = parse_iban("HN88CABF00000000000250005469").unwrap();
        assert_eq!(hn.bank_code, "CABF");
        for bad in [
            "PK36SCBL000000112345670",      // length
            "PK37SCBL0000001123456702",     // check digits
            "HN881ABF00000000000250005469", // a digit where the bank's letters go
        ] {
            assert_eq!(parse_iban(bad).unwrap_err().exit_code(), 5, "{bad}");
        }
    }

    #[test]
    fn check_digits_00_01_and_99_are_refused() {
        // DE99... passes mod 97 but 99 is not an ISO 13616 check value.
        let e = parse_iban("DE99370400440000000024").unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(e.message.contains("02 to 98"), "{}", e.message);
        for bad in ["DE00370400440532013000", "DE01370400440532013000"] {
            assert_eq!(parse_iban(bad).unwrap_err().exit_code(), 5);
        }
    }

    #[test]
    fn pasted_forms_are_accepted_and_stored_electronic() {
        for pasted in [
            "DE89 3704 0044 0532 0130 00",
            "de89370400440532013000",
            "DE89\t3704\t0044\t0532\t0130\t00",
            "DE89\u{a0}3704\u{a0}0044\u{a0}0532\u{a0}0130\u{a0}00",
            "  DE89 3704 0044 0532 0130 00\n",
            "DE89  3704 0044 0532 0130 00\r\n",
        ] {
            assert_eq!(
                parse_iban(pasted).unwrap().iban,
                "DE89370400440532013000",
                "{pasted:?}"
            );
        }
        for bad in ["DE89-3704-0044-0532-0130-00", "DE89.3704.0044.0532.0130.00"] {
            let e = parse_iban(bad).unwrap_err();
            assert_eq!(e.exit_code(), 5);
            assert!(e.message.contains("dashes"), "{}", e.message);
            assert!(!e.message.contains("0532"), "{}", e.message);
        }
    }

    #[test]
    fn territories_follow_the_registry() {
        // Réunion's banks issue FR IBANs; an IBAN starting RE is no IBAN.
        assert_eq!(
            parse_iban("FR7630004000031234567890143").unwrap().country,
            "FR"
        );
        let e = parse_iban("RE7630004000031234567890143").unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(e.message.contains("FR IBANs"), "{}", e.message);
    }

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
            "",
        ] {
            let e = parse_iban(bad).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{bad}");
            assert!(!e.message.contains("0532013"), "{}", e.message);
        }
    }

    #[test]
    fn bic_form() {
        assert_eq!(parse_bic("deutdeff").unwrap(), "DEUTDEFF");
        assert_eq!(parse_bic(" DEUTDEFF500\n").unwrap(), "DEUTDEFF500");
        // ISO 9362:2014: the party prefix may hold digits.
        assert_eq!(parse_bic("DEU1DEFF").unwrap(), "DEU1DEFF");
        // A Réunion bank's BIC (country RE) is fine; it need not match any IBAN.
        assert_eq!(parse_bic("BNPARERX").unwrap(), "BNPARERX");
        for bad in [
            "",
            "   ",
            "DEUTDEF",
            "DEUTXXFF",
            "DEUT1EFF",
            "DEUT-DE-FF",
            "DEUT DE FF",
            "DEUTDEFF50",
            "DEUTDEFF5000",
        ] {
            assert_eq!(parse_bic(bad).unwrap_err().exit_code(), 5, "{bad:?}");
        }
    }
}

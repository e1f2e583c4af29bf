//! ISO 3166-1 alpha-2 country codes, and XK.
//!
//! XK (Kosovo) is not an ISO 3166-1 code but a user-assigned one (ISO 3166-1 leaves AA,
//! QM-QZ, XA-XZ and ZZ to users). It is accepted because the registries custctl follows use
//! it: the SWIFT IBAN Registry (XK IBANs), SWIFT BICs of Kosovo's banks and libphonenumber
//! (+383). The other user-assigned codes are refused.

use crate::domain::time::printable;
use crate::error::{Error, Result};

const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT \
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW \
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG \
UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

/// The hint for a common country code that is not ISO 3166's own (an upper-cased `code`).
pub fn not_iso_hint(code: &str) -> Option<&'static str> {
    match code {
        "UK" => Some("did you mean GB (the United Kingdom's ISO 3166 code)?"),
        "EL" => Some("did you mean GR (Greece's ISO 3166 code)?"),
        _ => None,
    }
}

/// A checked two-letter country code, upper-cased.
pub fn country(field: &str, value: &str) -> Result<String> {
    let code = value.trim().to_ascii_uppercase();
    if code.len() == 2 && COUNTRIES.split(' ').any(|c| c == code) {
        Ok(code)
    } else {
        let hint = not_iso_hint(&code).unwrap_or("use a two-letter code such as US, DE or FR");
        Err(Error::invalid(format!(
            "{field}: '{}' is not an ISO 3166 country code",
            printable(value.trim())
        ))
        .with_hint(hint))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn countries() {
        assert_eq!(super::country("country", "de").unwrap(), "DE");
        assert!(super::country("country", "XX").is_err());
        assert!(super::country("country", "Germany").is_err());
    }

    #[test]
    fn xk_is_the_one_user_assigned_code_accepted() {
        assert_eq!(super::country("country", "xk").unwrap(), "XK");
        for other in ["AA", "QM", "QZ", "XA", "XX", "XZ", "ZZ"] {
            assert!(super::country("country", other).is_err(), "{other}");
        }
    }
}

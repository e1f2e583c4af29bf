//! Card numbers, IBANs, BICs and domestic bank accounts: never a panic; a valid card keeps
//! only its last four digits; a valid IBAN and its domestic form are the same account;
//! redaction removes every card number.
#![no_main]

use chrono::NaiveDate;
use custctl::domain::bank::{parse_bic, parse_domestic, parse_iban};
use custctl::domain::card::{CardNumber, contains_pan, redact, validate};
use custctl::domain::key::Key;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let key = Key::from_bytes([7; 32]);
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let (number, expiry) = text.split_once('|').unwrap_or((text, "2030-12"));
    if let Ok(card) = validate(&CardNumber::new(number), expiry, today, &key) {
        assert_eq!(card.last4.len(), 4);
        assert_eq!(card.fingerprint.len(), 64);
    }
    if let Err(e) = validate(&CardNumber::new(number), expiry, today, &key) {
        assert!(!contains_pan(&e.message), "an error repeats a card number");
    }
    assert!(!contains_pan(&redact(text)));
    if let Ok(iban) = parse_iban(text) {
        let (_, _, _, domestic_key) = parse_domestic(&iban.account, &iban.bank_code, &iban.country)
            .expect("the domestic form of a valid IBAN is valid");
        assert_eq!(domestic_key, iban.bank_key);
    }
    let _ = parse_bic(text);
});

//! Currencies and amounts: parse never panics or overflows, and an amount that parses
//! prints back to the same value.
#![no_main]

use custctl::domain::currency::{currency, format_amount, parse_amount};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (cur, amount) = text.split_once('=').unwrap_or(("USD", text));
    let Ok(cur) = currency("currency", cur) else {
        return;
    };
    if let Ok(minor) = parse_amount("amount", &cur, amount) {
        let printed = format_amount(&cur, minor);
        assert_eq!(parse_amount("amount", &cur, &printed).ok(), Some(minor));
    }
});

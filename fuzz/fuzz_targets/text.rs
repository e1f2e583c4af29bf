//! Text values, emails, URLs, countries and person references: never a panic, and what is
//! accepted is trimmed and free of control characters.
#![no_main]

use custctl::domain::country::country;
use custctl::domain::person::PersonRef;
use custctl::domain::text::{email, name, url};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(v) = name("name", text) {
        assert_eq!(v, v.trim());
        assert!(!v.chars().any(char::is_control));
    }
    let _ = email("email", text);
    let _ = url("url", text);
    let _ = country("country", text);
    let _ = PersonRef::parse(text);
});

//! Dates, months, timestamps and periods: any input gives a value or an error, never a
//! panic; what parses prints back the same.
#![no_main]

use custctl::domain::period::Period;
use custctl::domain::time::{format_timestamp, parse_date, parse_timestamp, parse_year_month};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(date) = parse_date("date", text) {
        assert_eq!(date.to_string(), text.trim());
    }
    let _ = parse_year_month("expiry", text);
    if let Ok(t) = parse_timestamp("at", text) {
        let printed = format_timestamp(&t);
        assert!(parse_timestamp("at", &printed).is_ok());
    }
    // Two dates separated by a space make a period; its rules must hold.
    if let Some((a, b)) = text.split_once(' ')
        && let (Ok(start), Ok(end)) = (parse_date("start", a), parse_date("end", b))
        && let Ok(period) = Period::new(start, Some(end))
    {
        assert!(period.contains(start) && period.contains(end));
        assert!(period.overlaps(&period));
        let _ = period.ended_on(start);
    }
});

//! Parsing of dates and timestamps as users type them.

use chrono::{
    DateTime, Datelike, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
};

use crate::error::{Error, Result};

/// A calendar date, exactly `YYYY-MM-DD` (the only form custctl prints).
pub fn parse_date(field: &str, value: &str) -> Result<NaiveDate> {
    let v = value.trim();
    let well_formed = v.len() == 10
        && v.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    // Years run from 0001 to 9999 in every date, month and timestamp custctl takes.
    let parsed = well_formed
        .then(|| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
        .flatten()
        .filter(|d| d.year() >= 1);
    parsed.ok_or_else(|| {
        Error::invalid(format!("{field}: '{}' is not a valid date", printable(v))).with_hint(
            "dates are written YYYY-MM-DD with a year from 0001 to 9999, e.g. 2026-11-22",
        )
    })
}

/// A month, `YYYY-MM` (card expiry); returns (year, month).
pub fn parse_year_month(field: &str, value: &str) -> Result<(i32, u32)> {
    let v = value.trim();
    let bad = || {
        Error::invalid(format!("{field}: '{}' is not a valid month", printable(v)))
            .with_hint("write the month as YYYY-MM, e.g. 2028-07")
    };
    if v.len() != 7 || v.as_bytes()[4] != b'-' {
        return Err(bad());
    }
    let year: i32 = v[..4].parse().map_err(|_| bad())?;
    let month: u32 = v[5..].parse().map_err(|_| bad())?;
    if !(1..=12).contains(&month) || !v[..4].bytes().all(|b| b.is_ascii_digit()) || year < 1 {
        return Err(bad());
    }
    Ok((year, month))
}

/// `value` (trimmed) when it is already a timestamp in the form custctl stores
/// (`YYYY-MM-DDTHH:MM:SSZ`, a real UTC date and time, seconds 00-59, year 0001-9999):
/// then `format_timestamp(&parse_timestamp(value)?)` is `value` itself, and a bulk import
/// skips the parse and the formatting. `None` for any other form (parse it).
pub fn canonical_timestamp(value: &str) -> Option<&str> {
    let v = value.trim();
    let b = v.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    if b[16] != b':' || b[19] != b'Z' {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        b[from..to].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    let ok = year >= 1
        && hour < 24
        && minute < 60
        && second < 60
        && NaiveDate::from_ymd_opt(year as i32, month, day).is_some();
    ok.then_some(v)
}

/// A point in time: RFC 3339 (`2026-11-22T10:15:00Z`, any offset), a local date and time
/// without offset (`2026-11-22T10:15:00` or with a space), or a date (local midnight).
pub fn parse_timestamp(field: &str, value: &str) -> Result<DateTime<Utc>> {
    let v = value.trim();
    let bad = || {
        Error::invalid(format!(
            "{field}: '{}' is not a valid timestamp",
            printable(v)
        ))
        .with_hint("use RFC 3339, e.g. 2026-11-22T10:15:00Z, or a date YYYY-MM-DD")
    };
    // Every accepted form starts with a strict YYYY-MM-DD date (chrono alone would take
    // signed or short years that custctl could not print back).
    let date = v.get(..10).ok_or_else(bad)?;
    parse_date(field, date).map_err(|_| bad())?;
    if v.len() > 10 && !matches!(v.as_bytes()[10], b'T' | b't' | b' ') {
        return Err(bad());
    }
    // A leap second (`23:59:60`) cannot be stored as it was written: refused, never moved.
    if v.len() > 18 && v.as_bytes()[16] == b':' && v.get(17..19) == Some("60") {
        return Err(Error::invalid(format!(
            "{field}: '{}' is a leap second, which custctl does not keep",
            printable(v)
        ))
        .with_hint("write the second before (23:59:59) or after (00:00:00 of the next day)"));
    }
    // Printable back as YYYY-…: the UTC year must have four digits.
    let printable_year = |t: &DateTime<Utc>| (1..=9999).contains(&t.year());
    if let Ok(t) = DateTime::parse_from_rfc3339(v) {
        return Some(t.with_timezone(&Utc))
            .filter(printable_year)
            .ok_or_else(bad);
    }
    let local = if v.len() == 10 {
        parse_date(field, v)
            .ok()
            .map(|d| d.and_time(NaiveTime::MIN))
    } else {
        [
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(v, f).ok())
    };
    local
        .and_then(|naive| Local.from_local_datetime(&naive).earliest())
        .map(|t| t.with_timezone(&Utc))
        .filter(printable_year)
        .ok_or_else(bad)
}

/// The one way custctl writes a timestamp: RFC 3339 in UTC with whole seconds.
pub fn format_timestamp(t: &DateTime<Utc>) -> String {
    // Written field by field: chrono's `format` parses its format string on every call,
    // which cost an import of a million contacts about 6% of its time.
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A value shown back in an error message, cut short and without control characters.
pub fn printable(value: &str) -> String {
    let mut out: String = value
        .chars()
        .take(80)
        .map(|c| {
            if crate::domain::text::is_control(c) {
                '?'
            } else {
                c
            }
        })
        .collect();
    if value.chars().count() > 80 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn canonical_timestamps_are_what_parse_and_format_give() {
        for v in [
            "2026-11-22T10:15:00Z",
            " 2024-02-29T23:59:59Z ",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
        ] {
            let parsed = format_timestamp(&parse_timestamp("t", v).unwrap());
            assert_eq!(canonical_timestamp(v), Some(parsed.as_str()), "{v}");
        }
        for v in [
            "2023-02-29T10:00:00Z",
            "2026-11-22T24:00:00Z",
            "2026-11-22T10:15:60Z",
            "0000-01-01T00:00:00Z",
            "2026-11-22T10:15:00+01:00",
            "2026-11-22t10:15:00z",
            "2026-11-22 10:15:00Z",
            "2026-11-22T10:15:00.5Z",
            "+026-11-22T10:15:00Z",
        ] {
            assert_eq!(canonical_timestamp(v), None, "{v}");
        }
    }

    use super::*;

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("start", "2026-02-28").is_ok());
        for bad in [
            "2026-02-30",
            "2026-2-3",
            "26-02-03",
            "2026/02/03",
            "",
            "2026-02-03x",
        ] {
            let err = parse_date("start", bad).unwrap_err();
            assert_eq!(err.exit_code(), 5, "{bad}");
        }
    }

    #[test]
    fn timestamps_accept_offsets_and_dates() {
        let t = parse_timestamp("at", "2026-11-22T10:15:00+01:00").unwrap();
        assert_eq!(format_timestamp(&t), "2026-11-22T09:15:00Z");
        assert!(parse_timestamp("at", "2026-11-22").is_ok());
        assert!(parse_timestamp("at", "yesterday").is_err());
        let t = parse_timestamp("at", "0999-01-02T03:04:05.678Z").unwrap();
        assert_eq!(format_timestamp(&t), "0999-01-02T03:04:05Z");
        // Found by fuzzing: chrono alone takes signed, short years.
        assert!(parse_timestamp("at", "-1-1-202:1:1").is_err());
        assert!(parse_timestamp("at", "2026-11-22x10:00").is_err());
        assert!(parse_timestamp("at", "0000-01-01T00:00:00+01:00").is_err());
    }

    #[test]
    fn leap_seconds_and_year_zero_are_refused_everywhere() {
        for leap in [
            "2016-12-31T23:59:60Z",
            "2016-12-31T23:59:60.5Z",
            "2016-12-31T23:59:60",
            "2016-12-31 23:59:60",
        ] {
            let e = parse_timestamp("at", leap).unwrap_err();
            assert!(e.message.contains("leap second"), "{leap}: {}", e.message);
        }
        assert!(parse_timestamp("at", "2016-12-31T23:59:59Z").is_ok());
        assert!(parse_date("on", "0000-01-01").is_err());
        assert!(parse_year_month("expiry", "0000-01").is_err());
        assert!(parse_timestamp("at", "0000-06-01").is_err());
        assert!(parse_date("on", "0001-01-01").is_ok());
    }

    #[test]
    fn months() {
        assert_eq!(parse_year_month("expiry", "2028-07").unwrap(), (2028, 7));
        assert!(parse_year_month("expiry", "2028-13").is_err());
        assert!(parse_year_month("expiry", "28-07").is_err());
    }
}

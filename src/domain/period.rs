//! The one effective-date type: an inclusive start and an inclusive, optional end.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{Error, Result};

/// A period during which something is in force. `end` is the last active day; `None` means
/// open-ended. Two periods overlap when each starts on or before the other's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

impl Period {
    /// A period from `start` to `end`; an end before the start is invalid input (5).
    pub fn new(start: NaiveDate, end: Option<NaiveDate>) -> Result<Self> {
        if let Some(end) = end
            && end < start
        {
            return Err(Error::invalid(format!(
                "the end date {end} is before the start date {start}"
            ))
            .with_hint("the end is the last active day; it must be on or after the start"));
        }
        Ok(Period { start, end })
    }

    pub fn open_ended(start: NaiveDate) -> Self {
        Period { start, end: None }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && self.end.is_none_or(|end| day <= end)
    }

    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end.unwrap_or(NaiveDate::MAX)
            && other.start <= self.end.unwrap_or(NaiveDate::MAX)
    }

    pub fn is_open_ended(&self) -> bool {
        self.end.is_none()
    }

    /// This period made to end on `last_day` (the last active day). Ending before the start
    /// or after an existing end is a conflict (4): ending never extends a period.
    pub fn ended_on(&self, last_day: NaiveDate) -> Result<Period> {
        if last_day < self.start {
            return Err(Error::conflict(format!(
                "cannot end on {last_day}: the period starts on {}",
                self.start
            ))
            .with_hint("the end date is the last active day; give a date on or after the start"));
        }
        if let Some(end) = self.end
            && last_day > end
        {
            return Err(Error::conflict(format!(
                "cannot end on {last_day}: the period already ends on {end}"
            )));
        }
        Ok(Period {
            start: self.start,
            end: Some(last_day),
        })
    }

    /// The intersection of two periods, if they overlap.
    pub fn intersection(&self, other: &Period) -> Option<Period> {
        if !self.overlaps(other) {
            return None;
        }
        let start = self.start.max(other.start);
        let end = match (self.end, other.end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Some(Period { start, end })
    }

    /// "2026-01-01 to 2026-12-31" or "2026-01-01 onwards", for messages.
    pub fn describe(&self) -> String {
        match self.end {
            Some(end) => format!("{} to {}", self.start, end),
            None => format!("{} onwards", self.start),
        }
    }
}

/// Whether a change is a correction of the past (product.md §1, "back-dating").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dating {
    /// Effective today or later: answers about the past stay as they were.
    Current,
    /// Effective before today, allowed by `--backdate`: audited as a correction with the
    /// old and new answers.
    Backdated,
}

impl Dating {
    pub fn is_backdated(self) -> bool {
        self == Dating::Backdated
    }
}

/// The back-dating rule, in one place for every dated record: a change `what` whose
/// effective date `effective` (a start, the last day of an end, the first day of a primary)
/// lies before `today` would rewrite what `--on` answers about the past, so it is refused
/// (4) unless `backdate` (the `--backdate` flag) says it is a deliberate correction. Today and
/// later dates are always allowed.
pub fn check_dating(
    what: &str,
    effective: NaiveDate,
    today: NaiveDate,
    backdate: bool,
) -> Result<Dating> {
    if effective >= today {
        return Ok(Dating::Current);
    }
    if backdate {
        return Ok(Dating::Backdated);
    }
    Err(Error::conflict(format!(
        "{what} on {effective} is before today ({today}): only a correction with --backdate may change what custctl answers about the past"
    ))
    .with_hint(
        "give a date of today or later, or add --backdate to correct the past (audited as a correction)",
    ))
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn end_before_start_is_invalid() {
        assert!(Period::new(d("2026-02-01"), Some(d("2026-01-31"))).is_err());
        assert!(Period::new(d("2026-02-01"), Some(d("2026-02-01"))).is_ok());
    }

    #[test]
    fn touching_periods_overlap_adjacent_do_not() {
        let a = Period::new(d("2026-01-01"), Some(d("2026-01-31"))).unwrap();
        let same_day = Period::open_ended(d("2026-01-31"));
        let next_day = Period::open_ended(d("2026-02-01"));
        assert!(a.overlaps(&same_day));
        assert!(!a.overlaps(&next_day));
    }

    #[test]
    fn ending_is_inclusive_and_never_extends() {
        let p = Period::new(d("2026-01-01"), Some(d("2026-03-31"))).unwrap();
        let ended = p.ended_on(d("2026-02-15")).unwrap();
        assert!(ended.contains(d("2026-02-15")));
        assert!(!ended.contains(d("2026-02-16")));
        assert!(p.ended_on(d("2026-04-01")).is_err());
        assert!(p.ended_on(d("2025-12-31")).is_err());
    }

    #[test]
    fn past_dates_need_backdate() {
        let today = d("2026-11-22");
        assert_eq!(
            check_dating("x", today, today, false).unwrap(),
            Dating::Current
        );
        assert_eq!(
            check_dating("x", d("2027-01-01"), today, false).unwrap(),
            Dating::Current
        );
        let err = check_dating("x", d("2026-11-21"), today, false).unwrap_err();
        assert_eq!(err.exit_code(), 4);
        assert!(err.hint.unwrap().contains("--backdate"));
        assert_eq!(
            check_dating("x", d("2026-11-21"), today, true).unwrap(),
            Dating::Backdated
        );
    }

    fn period() -> impl Strategy<Value = Period> {
        (0i64..400, proptest::option::of(0i64..100)).prop_map(|(s, len)| {
            let start = d("2026-01-01") + chrono::Duration::days(s);
            Period::new(start, len.map(|l| start + chrono::Duration::days(l))).unwrap()
        })
    }

    proptest! {
        #[test]
        fn overlap_is_symmetric_and_means_a_shared_day(a in period(), b in period()) {
            prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
            let shared = (0..600).map(|i| d("2026-01-01") + chrono::Duration::days(i))
                .any(|day| a.contains(day) && b.contains(day));
            // Every start and finite end lies within the sampled 600 days, so a shared day
            // in that range is exactly an overlap.
            prop_assert_eq!(a.overlaps(&b), shared);
            prop_assert_eq!(a.intersection(&b).is_some(), a.overlaps(&b));
        }
    }
}

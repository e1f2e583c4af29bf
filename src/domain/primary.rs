//! Dated primaries (product.md §3.4): being primary is a period of its own, held by one record
//! of a scope at a time (receipt-method assignments of one account or site; bank accounts of
//! one account or site and currency; cards of one account or site).
//!
//! The rules are planned here on plain values and applied by `ops` through `store`; the
//! property tests below drive random sequences of assign / end / set-primary through the
//! same functions and check that no scope ever has two primaries on one day.

use chrono::NaiveDate;

use crate::domain::period::Period;
use crate::error::{Error, Result};

/// One primary period of one record (`owner`: the assignment or instrument id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrimaryPeriod {
    pub id: i64,
    pub owner: i64,
    pub period: Period,
}

/// A change to the stored primary periods of a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The period `id` now covers `period` (shortened).
    Update { id: i64, owner: i64, period: Period },
    /// The period `id` is gone (it lay wholly within the new primary's time).
    Delete { id: i64, owner: i64 },
    /// A new period for `owner` (the new primary, or the tail a previous primary keeps after
    /// the new one's period ends).
    Insert { owner: i64, period: Period },
}

/// The first primary of another record that overlaps `period`, if any: `--primary` on a new
/// record is refused when one does.
pub fn clash<'a>(
    existing: &'a [PrimaryPeriod],
    owner: i64,
    period: &Period,
) -> Option<&'a PrimaryPeriod> {
    existing
        .iter()
        .find(|p| p.owner != owner && p.period.overlaps(period))
}

fn day_before(d: NaiveDate) -> Option<NaiveDate> {
    d.pred_opt()
}

fn day_after(d: NaiveDate) -> Option<NaiveDate> {
    d.succ_opt()
}

/// `set-primary --from D`: `owner` (active over `record`) becomes primary from `from` to the
/// end of its own period. Every other period of the scope loses the days the new one covers:
/// the previous primary keeps the role until D−1, and again after the new one's end. Nothing
/// before `from` changes. Refused (4) when the record is not active on `from`.
pub fn plan_set_primary(
    existing: &[PrimaryPeriod],
    owner: i64,
    record: &Period,
    from: NaiveDate,
) -> Result<Vec<Change>> {
    if !record.contains(from) {
        return Err(Error::conflict(format!(
            "cannot be primary from {from}: it is in force {}",
            record.describe()
        ))
        .with_hint("give --from a date within its period"));
    }
    let new = Period {
        start: from,
        end: record.end,
    };
    let others: Vec<PrimaryPeriod> = existing
        .iter()
        .filter(|p| p.owner != owner)
        .copied()
        .collect();
    let mut changes = subtract(&others, &new);
    // The record's own periods that overlap or touch the new one merge with it, so that
    // moving the role to the record that holds it changes nothing.
    let own: Vec<&PrimaryPeriod> = existing
        .iter()
        .filter(|p| {
            p.owner == owner
                && (p.period.overlaps(&new) || p.period.end.and_then(day_after) == Some(new.start))
        })
        .collect();
    match own.split_first() {
        None => changes.push(Change::Insert { owner, period: new }),
        Some((first, rest)) => {
            let start = own
                .iter()
                .map(|p| p.period.start)
                .min()
                .unwrap_or(new.start)
                .min(new.start);
            let merged = Period {
                start,
                end: new.end,
            };
            if first.period != merged {
                changes.push(Change::Update {
                    id: first.id,
                    owner,
                    period: merged,
                });
            }
            for p in rest {
                changes.push(Change::Delete { id: p.id, owner });
            }
        }
    }
    Ok(changes)
}

/// Every period of `existing` made to give up the days of `taken`.
fn subtract(existing: &[PrimaryPeriod], taken: &Period) -> Vec<Change> {
    let mut changes = Vec::new();
    for p in existing.iter().filter(|p| p.period.overlaps(taken)) {
        let before = (p.period.start < taken.start).then(|| Period {
            start: p.period.start,
            end: day_before(taken.start),
        });
        let after = match (taken.end, p.period.end) {
            (Some(t_end), None) => day_after(t_end).map(|s| Period {
                start: s,
                end: None,
            }),
            (Some(t_end), Some(p_end)) if p_end > t_end => day_after(t_end).map(|s| Period {
                start: s,
                end: Some(p_end),
            }),
            _ => None,
        };
        match (before, after) {
            (Some(b), a) => {
                changes.push(Change::Update {
                    id: p.id,
                    owner: p.owner,
                    period: b,
                });
                if let Some(a) = a {
                    changes.push(Change::Insert {
                        owner: p.owner,
                        period: a,
                    });
                }
            }
            (None, Some(a)) => changes.push(Change::Update {
                id: p.id,
                owner: p.owner,
                period: a,
            }),
            (None, None) => changes.push(Change::Delete {
                id: p.id,
                owner: p.owner,
            }),
        }
    }
    changes
}

/// Ending a record on `last_day` also ends its primary periods: those starting later go,
/// those running past it end on it.
pub fn plan_end(own: &[PrimaryPeriod], last_day: NaiveDate) -> Vec<Change> {
    let mut changes = Vec::new();
    for p in own {
        if p.period.start > last_day {
            changes.push(Change::Delete {
                id: p.id,
                owner: p.owner,
            });
        } else if p.period.end.is_none_or(|e| e > last_day) {
            changes.push(Change::Update {
                id: p.id,
                owner: p.owner,
                period: Period {
                    start: p.period.start,
                    end: Some(last_day),
                },
            });
        }
    }
    changes
}

/// The owner primary on `day`, if any.
pub fn primary_on(existing: &[PrimaryPeriod], day: NaiveDate) -> Option<i64> {
    existing
        .iter()
        .find(|p| p.period.contains(day))
        .map(|p| p.owner)
}

/// Pairs of periods of one scope that overlap (for `doctor` and the property tests).
pub fn overlapping(existing: &[PrimaryPeriod]) -> Vec<(PrimaryPeriod, PrimaryPeriod)> {
    let mut out = Vec::new();
    for (i, a) in existing.iter().enumerate() {
        for b in &existing[i + 1..] {
            if a.period.overlaps(&b.period) {
                out.push((*a, *b));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// An in-memory scope: records with their periods, and primary periods.
    #[derive(Debug, Default)]
    struct Scope {
        records: Vec<(i64, Period)>,
        primaries: Vec<PrimaryPeriod>,
        next_id: i64,
    }

    impl Scope {
        fn apply(&mut self, changes: &[Change]) {
            for c in changes {
                match *c {
                    Change::Update { id, period, .. } => {
                        self.primaries
                            .iter_mut()
                            .find(|p| p.id == id)
                            .unwrap()
                            .period = period;
                    }
                    Change::Delete { id, .. } => self.primaries.retain(|p| p.id != id),
                    Change::Insert { owner, period } => {
                        self.next_id += 1;
                        self.primaries.push(PrimaryPeriod {
                            id: self.next_id,
                            owner,
                            period,
                        });
                    }
                }
            }
        }

        fn answers(&self) -> Vec<Option<i64>> {
            (0..500)
                .map(|i| primary_on(&self.primaries, day(i)))
                .collect()
        }
    }

    fn day(i: i64) -> NaiveDate {
        d("2026-01-01") + chrono::Duration::days(i)
    }

    #[derive(Debug, Clone)]
    enum Op {
        Assign {
            start: i64,
            len: Option<i64>,
            primary: bool,
        },
        End {
            which: usize,
            on: i64,
        },
        SetPrimary {
            which: usize,
            from: i64,
        },
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0i64..300, proptest::option::of(0i64..150), any::<bool>()).prop_map(
                |(start, len, primary)| Op::Assign {
                    start,
                    len,
                    primary
                }
            ),
            (0usize..8, 0i64..400).prop_map(|(which, on)| Op::End { which, on }),
            (0usize..8, 0i64..400).prop_map(|(which, from)| Op::SetPrimary { which, from }),
        ]
    }

    proptest! {
        #[test]
        fn random_sequences_never_leave_two_primaries_and_keep_the_past(ops in proptest::collection::vec(op(), 1..25)) {
            let mut scope = Scope::default();
            for op in ops {
                match op {
                    Op::Assign { start, len, primary } => {
                        let period = Period::new(day(start), len.map(|l| day(start + l))).unwrap();
                        let owner = scope.records.len() as i64 + 1;
                        if primary && clash(&scope.primaries, owner, &period).is_some() {
                            continue; // refused: nothing changes
                        }
                        scope.records.push((owner, period));
                        if primary {
                            scope.apply(&[Change::Insert { owner, period }]);
                        }
                    }
                    Op::End { which, on } => {
                        let Some(&(owner, period)) = scope.records.get(which) else { continue };
                        let Ok(ended) = period.ended_on(day(on)) else { continue };
                        let own: Vec<_> = scope.primaries.iter().copied().filter(|p| p.owner == owner).collect();
                        let changes = plan_end(&own, day(on));
                        scope.apply(&changes);
                        scope.records[which].1 = ended;
                    }
                    Op::SetPrimary { which, from } => {
                        let Some(&(owner, period)) = scope.records.get(which) else { continue };
                        let before = scope.answers();
                        let Ok(changes) = plan_set_primary(&scope.primaries, owner, &period, day(from)) else { continue };
                        scope.apply(&changes);
                        let after = scope.answers();
                        // Nothing before D changes.
                        for i in 0..(from as usize).min(500) {
                            prop_assert_eq!(before[i], after[i], "day {} changed", i);
                        }
                        prop_assert_eq!(primary_on(&scope.primaries, day(from)), Some(owner));
                    }
                }
                prop_assert!(overlapping(&scope.primaries).is_empty(), "two primaries on one day: {:?}", scope.primaries);
                // Every primary period lies within its record's period.
                for p in &scope.primaries {
                    let rec = scope.records.iter().find(|r| r.0 == p.owner).unwrap().1;
                    prop_assert!(rec.start <= p.period.start);
                    let within = match (rec.end, p.period.end) {
                        (None, _) => true,
                        (Some(_), None) => false,
                        (Some(r), Some(e)) => e <= r,
                    };
                    prop_assert!(within, "primary outside its record");
                }
            }
        }
    }

    #[test]
    fn set_primary_on_the_primary_changes_nothing() {
        let own = PrimaryPeriod {
            id: 1,
            owner: 10,
            period: Period::open_ended(d("2026-01-01")),
        };
        let record = Period::open_ended(d("2026-01-01"));
        assert!(
            plan_set_primary(&[own], 10, &record, d("2026-03-01"))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn set_primary_splits_the_previous_around_a_bounded_new_one() {
        let old = PrimaryPeriod {
            id: 1,
            owner: 10,
            period: Period::open_ended(d("2026-01-01")),
        };
        let record = Period::new(d("2026-01-01"), Some(d("2026-06-30"))).unwrap();
        let changes = plan_set_primary(&[old], 20, &record, d("2026-03-01")).unwrap();
        assert_eq!(
            changes,
            vec![
                Change::Update {
                    id: 1,
                    owner: 10,
                    period: Period::new(d("2026-01-01"), Some(d("2026-02-28"))).unwrap()
                },
                Change::Insert {
                    owner: 10,
                    period: Period::open_ended(d("2026-07-01"))
                },
                Change::Insert {
                    owner: 20,
                    period: Period::new(d("2026-03-01"), Some(d("2026-06-30"))).unwrap()
                },
            ]
        );
        assert!(plan_set_primary(&[old], 20, &record, d("2026-07-01")).is_err());
    }
}

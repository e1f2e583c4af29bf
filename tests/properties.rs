//! Property tests: random sequences of effective-dated operations, run through the library
//! (`ops`) on a real database, never leave a state that `doctor` reports.

use chrono::{Duration, NaiveDate};
use custctl::domain::person::{PersonInput, PersonRef};
use custctl::ops::{Context, doctor, person};
use custctl::store::Db;
use proptest::prelude::*;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn context() -> Context {
    Context::new("prop", "2026-06-01T12:00:00Z".parse().unwrap())
}

fn fresh_db() -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("p.db")).unwrap();
    (dir, db)
}

fn assert_doctor_clean(db: &mut Db) -> Result<(), TestCaseError> {
    let report = doctor::run(db).unwrap();
    prop_assert!(
        report.findings.is_empty() && report.foreign_keys.is_empty(),
        "doctor found: {:?}",
        report.findings
    );
    Ok(())
}

/// A period as (start offset, optional length) in days from 2026-01-01.
fn period() -> impl Strategy<Value = (i64, Option<i64>)> {
    (0i64..120, proptest::option::of(0i64..60))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn party_relationships_never_overlap(ops in proptest::collection::vec((0usize..3, 0usize..3, period()), 1..25)) {
        let (_dir, mut db) = fresh_db();
        let ctx = context();
        for name in ["A", "B", "C"] {
            person::add(&mut db, &ctx, &PersonInput { name: Some(name.into()), ..Default::default() }).unwrap();
        }
        let mut accepted: Vec<(usize, usize, NaiveDate, Option<NaiveDate>)> = Vec::new();
        for (a, b, (start, len)) in ops {
            let start_date = base() + Duration::days(start);
            let end_date = len.map(|l| start_date + Duration::days(l));
            let result = person::relate(
                &mut db, &ctx,
                &PersonRef::Id(a as i64 + 1), &PersonRef::Id(b as i64 + 1),
                "contact", Some(start_date), end_date,
            );
            let clashes = accepted.iter().any(|(x, y, s, e)| {
                *x == a && *y == b
                    && *s <= end_date.unwrap_or(NaiveDate::MAX)
                    && start_date <= e.unwrap_or(NaiveDate::MAX)
            });
            match result {
                Ok(_) => {
                    prop_assert!(a != b && !clashes, "accepted a self or overlapping relationship");
                    accepted.push((a, b, start_date, end_date));
                }
                Err(e) => {
                    prop_assert_eq!(e.exit_code(), 4);
                    prop_assert!(a == b || clashes, "refused a valid relationship: {}", e.message);
                }
            }
        }
        assert_doctor_clean(&mut db)?;
    }
}

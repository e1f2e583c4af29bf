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

/// One step of a random sequence over every other effective-dated rule.
#[derive(Debug, Clone)]
enum Step {
    Link {
        a: usize,
        b: usize,
        period: (i64, Option<i64>),
    },
    Unlink {
        id: i64,
        day: i64,
    },
    Profile {
        account: usize,
        class: usize,
        period: (i64, Option<i64>),
    },
    Assign {
        account: usize,
        method: usize,
        period: (i64, Option<i64>),
        primary: bool,
    },
    EndAssignment {
        account: usize,
        id: i64,
        day: i64,
    },
    AssignmentPrimary {
        account: usize,
        id: i64,
        day: i64,
    },
    Instrument {
        account: usize,
        iban: usize,
        period: (i64, Option<i64>),
        primary: bool,
    },
    EndInstrument {
        id: i64,
        day: i64,
    },
    InstrumentPrimary {
        id: i64,
        day: i64,
    },
}

const ACCOUNTS: [&str; 3] = ["A-1", "A-2", "A-3"];
const CLASSES: [&str; 2] = ["STD", "KEY"];
const METHODS: [&str; 2] = ["CHECK", "DEBIT"];
const IBANS: [&str; 4] = [
    "DE89370400440532013000",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "ES9121000418450200051332",
];

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0usize..3, 0usize..3, period()).prop_map(|(a, b, period)| Step::Link { a, b, period }),
        (1i64..4, 0i64..150).prop_map(|(id, day)| Step::Unlink { id, day }),
        (0usize..3, 0usize..2, period()).prop_map(|(account, class, period)| Step::Profile {
            account,
            class,
            period
        }),
        (0usize..3, 0usize..2, period(), any::<bool>()).prop_map(
            |(account, method, period, primary)| Step::Assign {
                account,
                method,
                period,
                primary
            }
        ),
        (0usize..3, 1i64..4, 0i64..150).prop_map(|(account, id, day)| Step::EndAssignment {
            account,
            id,
            day
        }),
        (0usize..3, 1i64..4, 0i64..150).prop_map(|(account, id, day)| Step::AssignmentPrimary {
            account,
            id,
            day
        }),
        (0usize..3, 0usize..4, period(), any::<bool>()).prop_map(
            |(account, iban, period, primary)| Step::Instrument {
                account,
                iban,
                period,
                primary
            }
        ),
        (1i64..4, 0i64..150).prop_map(|(id, day)| Step::EndInstrument { id, day }),
        (1i64..4, 0i64..150).prop_map(|(id, day)| Step::InstrumentPrimary { id, day }),
    ]
}

fn day(offset: i64) -> NaiveDate {
    base() + Duration::days(offset)
}

fn dates(p: (i64, Option<i64>)) -> (NaiveDate, Option<NaiveDate>) {
    (day(p.0), p.1.map(|len| day(p.0 + len)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Relationships, profiles, receipt-method assignments and instruments, with dated
    /// primaries: whatever is accepted or refused, doctor stays clean, and a refusal is
    /// always a user-facing exit code (3, 4 or 5), never a failure.
    #[test]
    fn effective_dated_rules_hold_under_random_operations(steps in proptest::collection::vec(step(), 1..40)) {
        use custctl::domain::card::CardNumber;
        use custctl::domain::profile::ProfileInput;
        use custctl::ops::{account, instrument, profile, receipt_method, relationship};

        let (_dir, mut db) = fresh_db();
        let ctx = context();
        for number in ACCOUNTS {
            account::add(&mut db, &ctx, &account::NewAccountInput {
                number, name: number, person: None, currency: Some("EUR"),
            }).unwrap();
        }
        for class in CLASSES {
            profile::class_add(&mut db, &ctx, class, class, Some(base()), &ProfileInput::default()).unwrap();
        }
        receipt_method::add_method(&mut db, &ctx, &receipt_method::NewMethodInput {
            code: "CHECK", description: "Cheque", kind: "manual", payment_type: None,
            confirm: false, remit: false, reconcile: false,
        }).unwrap();
        receipt_method::add_method(&mut db, &ctx, &receipt_method::NewMethodInput {
            code: "DEBIT", description: "Direct debit", kind: "automatic", payment_type: Some("bank-account"),
            confirm: true, remit: false, reconcile: false,
        }).unwrap();

        for s in steps {
            let result: Result<(), custctl::error::Error> = match s.clone() {
                Step::Link { a, b, period } => {
                    let (start, end) = dates(period);
                    relationship::link(&mut db, &ctx, ACCOUNTS[a], ACCOUNTS[b], &relationship::LinkInput {
                        bill_to: true, ship_to: false, reciprocal: a % 2 == 0, start: Some(start), end, comment: None,
                    }).map(|_| ())
                }
                Step::Unlink { id, day: d } => relationship::unlink(&mut db, &ctx, id, Some(day(d))).map(|_| ()),
                Step::Profile { account, class, period } => {
                    let (start, end) = dates(period);
                    profile::set(&mut db, &ctx, ACCOUNTS[account], CLASSES[class], Some(start), end, &ProfileInput::default()).map(|_| ())
                }
                Step::Assign { account, method, period, primary } => {
                    let (start, end) = dates(period);
                    let (start, end) = (start.to_string(), end.map(|e| e.to_string()));
                    receipt_method::assign(&mut db, &ctx, &receipt_method::AssignInput {
                        number: ACCOUNTS[account], method: METHODS[method], start: Some(&start),
                        end: end.as_deref(), primary, site: None,
                    }).map(|_| ())
                }
                Step::EndAssignment { account, id, day: d } =>
                    receipt_method::end(&mut db, &ctx, ACCOUNTS[account], id, day(d)).map(|_| ()),
                Step::AssignmentPrimary { account, id, day: d } =>
                    receipt_method::set_primary(&mut db, &ctx, ACCOUNTS[account], id, day(d)).map(|_| ()),
                Step::Instrument { account, iban, period, primary } => {
                    let (start, end) = dates(period);
                    let (start, end) = (start.to_string(), end.map(|e| e.to_string()));
                    let no_card: Option<&CardNumber> = None;
                    instrument::add(&mut db, &ctx, &instrument::InstrumentInput {
                        account: ACCOUNTS[account], card_number: no_card, expiry: None, holder: None,
                        iban: Some(IBANS[iban]), bic: None, bank_account: None, bank_code: None,
                        country: None, currency: Some("EUR"), primary, site_id: None,
                        start: Some(&start), end: end.as_deref(), preference: None, external_id: None,
                    }).map(|_| ())
                }
                Step::EndInstrument { id, day: d } => instrument::end(&mut db, &ctx, id, day(d)).map(|_| ()),
                Step::InstrumentPrimary { id, day: d } => instrument::set_primary(&mut db, &ctx, id, day(d)).map(|_| ()),
            };
            if let Err(e) = result {
                prop_assert!(matches!(e.exit_code(), 3..=5), "{s:?} failed with exit {}: {}", e.exit_code(), e.message);
            }
            assert_doctor_clean(&mut db)?;
        }
    }
}

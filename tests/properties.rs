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
                // These dates lie before and after today: the overlap rule is tested here,
                // the back-dating rule below.
                true,
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

/// One step of a random sequence over every other effective-dated rule. `backdate` is the
/// `--backdate` flag: without it, a step effective before today must be refused (4) and
/// leave every answer about the past as it was.
#[derive(Debug, Clone)]
enum Step {
    Link {
        a: usize,
        b: usize,
        period: (i64, Option<i64>),
        backdate: bool,
    },
    Unlink {
        id: i64,
        day: i64,
        backdate: bool,
    },
    Profile {
        account: usize,
        class: usize,
        period: (i64, Option<i64>),
        backdate: bool,
    },
    Assign {
        account: usize,
        method: usize,
        period: (i64, Option<i64>),
        primary: bool,
        backdate: bool,
    },
    EndAssignment {
        account: usize,
        id: i64,
        day: i64,
        backdate: bool,
    },
    AssignmentPrimary {
        account: usize,
        id: i64,
        day: i64,
        backdate: bool,
    },
    Instrument {
        account: usize,
        iban: usize,
        period: (i64, Option<i64>),
        primary: bool,
        backdate: bool,
    },
    EndInstrument {
        id: i64,
        day: i64,
        backdate: bool,
    },
    InstrumentPrimary {
        id: i64,
        day: i64,
        backdate: bool,
    },
    /// A contact of an account's customer party (persons 1..=3 are the parties of A-1..A-3,
    /// person 4 and up are contacts).
    Relate {
        contact: usize,
        account: usize,
        period: (i64, Option<i64>),
        backdate: bool,
    },
    RelateEnd {
        id: i64,
        day: i64,
        backdate: bool,
    },
    /// `account contact add --name`: a new person related to the customer party from today;
    /// ending that relationship is then refused while the account contact depends on it.
    AccountContact {
        account: usize,
    },
    /// `account site end` of the account's bill-to site (accounts assign and
    /// add instruments at it), with `--cascade` ending what uses it.
    SiteEnd {
        account: usize,
        day: i64,
        cascade: bool,
        backdate: bool,
    },
}

impl Step {
    /// The effective date and the `--backdate` flag of a dated step.
    fn dating(&self) -> Option<(i64, bool)> {
        use Step::*;
        match *self {
            Link {
                period, backdate, ..
            }
            | Profile {
                period, backdate, ..
            }
            | Assign {
                period, backdate, ..
            }
            | Instrument {
                period, backdate, ..
            }
            | Relate {
                period, backdate, ..
            } => Some((period.0, backdate)),
            Unlink { day, backdate, .. }
            | EndAssignment { day, backdate, .. }
            | AssignmentPrimary { day, backdate, .. }
            | EndInstrument { day, backdate, .. }
            | InstrumentPrimary { day, backdate, .. }
            | RelateEnd { day, backdate, .. }
            | SiteEnd { day, backdate, .. } => Some((day, backdate)),
            AccountContact { .. } => None,
        }
    }
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
/// `context()`'s today as an offset from `base()` (2026-06-01).
const TODAY: i64 = 151;

/// Mostly with `--backdate`, so that the dated rules still meet a varied past.
fn backdate() -> impl Strategy<Value = bool> {
    prop_oneof![3 => Just(true), 1 => Just(false)]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0usize..3, 0usize..3, period(), backdate()).prop_map(|(a, b, period, backdate)| {
            Step::Link {
                a,
                b,
                period,
                backdate,
            }
        }),
        (1i64..4, 0i64..200, backdate()).prop_map(|(id, day, backdate)| Step::Unlink {
            id,
            day,
            backdate
        }),
        (0usize..3, 0usize..2, period(), backdate()).prop_map(
            |(account, class, period, backdate)| Step::Profile {
                account,
                class,
                period,
                backdate
            }
        ),
        (0usize..3, 0usize..2, period(), any::<bool>(), backdate()).prop_map(
            |(account, method, period, primary, backdate)| Step::Assign {
                account,
                method,
                period,
                primary,
                backdate
            }
        ),
        (0usize..3, 1i64..4, 0i64..200, backdate()).prop_map(|(account, id, day, backdate)| {
            Step::EndAssignment {
                account,
                id,
                day,
                backdate,
            }
        }),
        (0usize..3, 1i64..4, 0i64..200, backdate()).prop_map(|(account, id, day, backdate)| {
            Step::AssignmentPrimary {
                account,
                id,
                day,
                backdate,
            }
        }),
        (0usize..3, 0usize..4, period(), any::<bool>(), backdate()).prop_map(
            |(account, iban, period, primary, backdate)| Step::Instrument {
                account,
                iban,
                period,
                primary,
                backdate
            }
        ),
        (1i64..4, 0i64..200, backdate()).prop_map(|(id, day, backdate)| Step::EndInstrument {
            id,
            day,
            backdate
        }),
        (1i64..4, 0i64..200, backdate()).prop_map(|(id, day, backdate)| Step::InstrumentPrimary {
            id,
            day,
            backdate
        }),
        (0usize..2, 0usize..3, period(), backdate()).prop_map(
            |(contact, account, period, backdate)| Step::Relate {
                contact,
                account,
                period,
                backdate
            }
        ),
        (1i64..6, 0i64..200, backdate()).prop_map(|(id, day, backdate)| Step::RelateEnd {
            id,
            day,
            backdate
        }),
        (0usize..3).prop_map(|account| Step::AccountContact { account }),
        (0usize..3, 0i64..200, any::<bool>(), backdate()).prop_map(
            |(account, day, cascade, backdate)| Step::SiteEnd {
                account,
                day,
                cascade,
                backdate
            }
        ),
    ]
}

fn day(offset: i64) -> NaiveDate {
    base() + Duration::days(offset)
}

fn dates(p: (i64, Option<i64>)) -> (NaiveDate, Option<NaiveDate>) {
    (day(p.0), p.1.map(|len| day(p.0 + len)))
}

/// What `--on D` answers for every day D before today, sampled: assignments and
/// instruments in force with their primary flags, relationships, profiles and party
/// relationships.
fn past_answers(db: &mut Db) -> String {
    use custctl::store::{instrument, person as person_store, receipt_method, relationship};
    db.read(|conn| {
        let mut out = String::new();
        for d in (0..TODAY).step_by(5) {
            let on = day(d);
            for account_id in 1..=3i64 {
                let assignments: Vec<(i64, bool)> =
                    receipt_method::assignments(conn, account_id, on)?
                        .into_iter()
                        .filter(|a| a.active)
                        .map(|a| (a.id, a.primary))
                        .collect();
                let instruments: Vec<(i64, bool)> = instrument::list(conn, account_id, None, on)?
                    .into_iter()
                    .filter(|i| i.active)
                    .map(|i| (i.id, i.primary))
                    .collect();
                let links: Vec<(i64, bool)> = relationship::of_account(conn, account_id)?
                    .into_iter()
                    .map(|r| (r.id, r.period().contains(on)))
                    .collect();
                let profile =
                    custctl::ops::profile::in_force(conn, account_id, on)?.map(|p| p.assignment_id);
                out.push_str(&format!(
                    "{on} {account_id}: {assignments:?} {instruments:?} {links:?} {profile:?}\n"
                ));
            }
            for person_id in 1..=3i64 {
                let rels: Vec<(i64, bool)> = person_store::relationships_of(conn, person_id, on)?
                    .into_iter()
                    .map(|r| (r.id, r.active))
                    .collect();
                out.push_str(&format!("{on} p{person_id}: {rels:?}\n"));
            }
        }
        Ok(out)
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Relationships, profiles, receipt-method assignments, instruments and party
    /// relationships, with dated primaries: whatever is accepted or refused, doctor stays
    /// clean, and a refusal is always a user-facing exit code (3, 4 or 5), never a failure.
    /// A step effective before today without `--backdate` is refused (4) and every answer
    /// about the past stays as it was.
    #[test]
    fn effective_dated_rules_hold_under_random_operations(steps in proptest::collection::vec(step(), 1..40)) {
        use custctl::domain::card::CardNumber;
        use custctl::domain::profile::ProfileInput;
        use custctl::ops::{account, account_contact, instrument, profile, receipt_method, relationship};

        let (_dir, mut db) = fresh_db();
        let ctx = context();
        for number in ACCOUNTS {
            account::add(&mut db, &ctx, &account::NewAccountInput {
                number, name: number, person: None, currency: Some("EUR"),
            }).unwrap();
        }
        for number in ACCOUNTS {
            account::add_site(&mut db, &ctx, number, &account::NewSiteInput {
                address: "1 Main St", city: None, postal_code: None, country: None,
                uses: "bill-to", primary: true,
            }).unwrap();
        }
        // Site i + 1 is the bill-to site of ACCOUNTS[i]; use theirs.
        let site_of = |account: usize| account.is_multiple_of(2).then_some(account as i64 + 1);
        for name in ["C1", "C2"] {
            person::add(&mut db, &ctx, &PersonInput { name: Some(name.into()), ..Default::default() }).unwrap();
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
            let past = past_answers(&mut db);
            let result: Result<(), custctl::error::Error> = match s.clone() {
                Step::Link { a, b, period, backdate } => {
                    let (start, end) = dates(period);
                    relationship::link(&mut db, &ctx, ACCOUNTS[a], ACCOUNTS[b], &relationship::LinkInput {
                        bill_to: true, ship_to: false, reciprocal: a % 2 == 0, start: Some(start), end, comment: None,
                        backdate,
                    }).map(|_| ())
                }
                Step::Unlink { id, day: d, backdate } => relationship::unlink(&mut db, &ctx, id, Some(day(d)), backdate).map(|_| ()),
                Step::Profile { account, class, period, backdate } => {
                    let (start, end) = dates(period);
                    profile::set(&mut db, &ctx, ACCOUNTS[account], CLASSES[class], Some(start), end, &ProfileInput::default(), backdate).map(|_| ())
                }
                Step::Assign { account, method, period, primary, backdate } => {
                    let (start, end) = dates(period);
                    let (start, end) = (start.to_string(), end.map(|e| e.to_string()));
                    receipt_method::assign(&mut db, &ctx, &receipt_method::AssignInput {
                        number: ACCOUNTS[account], method: METHODS[method], start: Some(&start),
                        end: end.as_deref(), primary, site: site_of(account), backdate,
                    }).map(|_| ())
                }
                Step::EndAssignment { account, id, day: d, backdate } =>
                    receipt_method::end(&mut db, &ctx, ACCOUNTS[account], id, day(d), backdate).map(|_| ()),
                Step::AssignmentPrimary { account, id, day: d, backdate } =>
                    receipt_method::set_primary(&mut db, &ctx, ACCOUNTS[account], id, day(d), backdate).map(|_| ()),
                Step::Instrument { account, iban, period, primary, backdate } => {
                    let (start, end) = dates(period);
                    let (start, end) = (start.to_string(), end.map(|e| e.to_string()));
                    let no_card: Option<&CardNumber> = None;
                    instrument::add(&mut db, &ctx, &instrument::InstrumentInput {
                        account: ACCOUNTS[account], card_number: no_card, expiry: None, holder: None,
                        iban: Some(IBANS[iban]), bic: None, bank_account: None, bank_code: None,
                        country: None, currency: Some("EUR"), primary, site_id: site_of(account),
                        start: Some(&start), end: end.as_deref(), preference: None, external_id: None,
                    }, backdate).map(|_| ())
                }
                Step::EndInstrument { id, day: d, backdate } => instrument::end(&mut db, &ctx, id, day(d), backdate).map(|_| ()),
                Step::InstrumentPrimary { id, day: d, backdate } => instrument::set_primary(&mut db, &ctx, id, day(d), backdate).map(|_| ()),
                Step::Relate { contact, account, period, backdate } => {
                    let (start, end) = dates(period);
                    person::relate(
                        &mut db, &ctx,
                        &PersonRef::Id(contact as i64 + 4), &PersonRef::Id(account as i64 + 1),
                        "contact", Some(start), end, backdate,
                    ).map(|_| ())
                }
                Step::RelateEnd { id, day: d, backdate } => person::relate_end(&mut db, &ctx, id, day(d), backdate).map(|_| ()),
                Step::AccountContact { account } => account_contact::add(&mut db, &ctx, ACCOUNTS[account], &account_contact::NewContactInput {
                    person: account_contact::ContactPerson::New("Contact"),
                    job_title: None, site: None, responsibilities: &[], primary: false,
                }).map(|_| ()),
                Step::SiteEnd { account, day: d, cascade, backdate } => custctl::ops::site::end(
                    &mut db, &ctx, ACCOUNTS[account], account as i64 + 1, day(d), cascade, backdate,
                ).map(|_| ()),
            };
            let back_dated = s.dating().filter(|(d, _)| *d < TODAY);
            if let Err(e) = &result {
                prop_assert!(matches!(e.exit_code(), 3..=5), "{s:?} failed with exit {}: {}", e.exit_code(), e.message);
            }
            if let Some((_, false)) = back_dated {
                prop_assert!(result.is_err(), "{s:?} changed the past without --backdate");
                prop_assert_eq!(&past, &past_answers(&mut db), "{:?} changed an answer about the past", s);
            }
            if s.dating().is_some_and(|(d, _)| d >= TODAY) || result.is_err() {
                // Effective today or later, or refused: the past stays as it was.
                prop_assert_eq!(&past, &past_answers(&mut db), "{:?} changed an answer about the past", s);
            }
            assert_doctor_clean(&mut db)?;
        }
    }
}

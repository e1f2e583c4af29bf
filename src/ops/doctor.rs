//! `doctor`: the database's integrity, the audit chain, and every business invariant.

use serde::Serialize;

use crate::domain::key::Key;
use crate::error::Result;
use crate::store::audit::Verification;
use crate::store::{
    Db, KeyState, account as account_store, digest, doctor as checks, person as person_store,
};
use crate::store::{Dialect, Tx};

/// One broken business invariant.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub check: &'static str,
    pub problem: String,
}

#[derive(Debug, Serialize)]
pub struct DoctorReport {
    /// `sqlite` or `postgresql`.
    pub backend: &'static str,
    pub schema_version: i64,
    pub integrity: Vec<String>,
    pub foreign_keys: Vec<String>,
    pub audit: Option<Verification>,
    pub findings: Vec<Finding>,
    /// The names of the invariants that were checked.
    pub checks: Vec<&'static str>,
    /// Audited records compared with their newest digest, and rows of audited tables that
    /// have none yet (written before digests were kept: skipped).
    pub records: Option<RecordsChecked>,
}

#[derive(Debug, Serialize)]
pub struct RecordsChecked {
    pub checked: u64,
    pub without_digest: u64,
}

impl DoctorReport {
    pub fn storage_broken(&self) -> bool {
        !self.integrity.is_empty()
    }

    pub fn invariants_broken(&self) -> bool {
        !self.findings.is_empty() || !self.foreign_keys.is_empty()
    }
}

type Check = fn(&Tx<'_>) -> Result<Vec<String>>;
type KeyedCheck = fn(&Tx<'_>, &Key, &mut DoctorReport) -> Result<Vec<String>>;

/// The invariants that need the key (skipped, with the key-file finding, when it is missing
/// or foreign). Each returns one line per violation.
const KEYED_INVARIANTS: &[(&str, KeyedCheck)] = &[(
    "records-match-their-audit",
    |c, key, report| {
        let found = digest::check_records(c, key)?;
        report.records = Some(RecordsChecked {
            checked: found.checked,
            without_digest: found.without_digest,
        });
        Ok(found
        .mismatches
        .into_iter()
        .map(|m| {
            let what = m.entity.replace('_', " ");
            if m.exists {
                format!(
                    "{what} {} differs from the state its audit entry {} records: it was changed outside custctl",
                    m.entity_id, m.entry
                )
            } else {
                format!(
                    "{what} {} is missing although its audit entry {} records it: it was deleted outside custctl",
                    m.entity_id, m.entry
                )
            }
        })
        .collect())
    },
)];

/// Every business invariant, by name. Each returns one line per violation.
const INVARIANTS: &[(&str, Check)] = &[
    ("one-primary-contact-point-per-type", |c| {
        Ok(person_store::duplicate_primary_points(c)?
            .into_iter()
            .map(|(p, t)| format!("person {p} has more than one primary {t}"))
            .collect())
    }),
    ("party-relationships-do-not-overlap", |c| {
        Ok(person_store::overlapping_relationships(c)?
            .into_iter()
            .map(|(a, b)| format!("party relationships {a} and {b} overlap"))
            .collect())
    }),
    ("site-uses-belong-to-the-site-account", |c| {
        Ok(account_store::misattributed_site_uses(c)?
            .into_iter()
            .map(|s| format!("site {s} has a use recorded under another account"))
            .collect())
    }),
    ("account-relationships-do-not-overlap", |c| {
        Ok(crate::store::relationship::overlapping(c)?
            .into_iter()
            .map(|(a, b)| {
                format!(
                    "account relationships {a} and {b} link the same accounts at overlapping dates"
                )
            })
            .collect())
    }),
    ("account-profiles-do-not-overlap", |c| {
        Ok(crate::store::profile::overlapping_profiles(c)?
            .into_iter()
            .map(|(n, a, b)| format!("account {n} has overlapping profile assignments {a} and {b}"))
            .collect())
    }),
    ("one-primary-contact-per-account-and-site", |c| {
        Ok(crate::store::account_contact::duplicate_primaries(c)?
            .into_iter()
            .map(|(n, site)| match site {
                Some(s) => format!("site {s} of account {n} has more than one primary contact"),
                None => format!("account {n} has more than one primary contact"),
            })
            .collect())
    }),
    ("account-contacts-have-their-party-relationship", |c| {
        let today = crate::ops::instrument::doctor_today().to_string();
        Ok(crate::store::account_contact::without_party_relationship(c, &today)?
            .into_iter()
            .map(|(id, n, p)| format!("account contact {id} of account {n}: person {p} has no active contact relationship to the account's customer party on {today}"))
            .collect())
    }),
    ("receipt-method-assignments-do-not-overlap", |c| {
        Ok(crate::store::receipt_method::overlapping_assignments(c)?
            .into_iter()
            .map(|(a, b)| format!("receipt-method assignments {a} and {b} of one method and account (or site) overlap"))
            .collect())
    }),
    ("one-primary-receipt-method-per-date", |c| {
        crate::store::receipt_method::primary_problems(c)
    }),
    ("no-payment-details-in-force-on-inactive-accounts", |c| {
        // Deactivation takes effect after the day it is made: records may end on that day.
        let today = crate::ops::instrument::doctor_today();
        let today = today.succ_opt().unwrap_or(today);
        let mut out: Vec<String> = crate::store::receipt_method::active_on_inactive(c, today)?
            .into_iter()
            .map(|(id, n)| {
                format!(
                    "receipt-method assignment {id} is in force on {today} on inactive account {n}"
                )
            })
            .collect();
        out.extend(
            crate::store::instrument::active_on_inactive(c, today)?
                .into_iter()
                .map(|(id, n)| {
                    format!("instrument {id} is in force on {today} on inactive account {n}")
                }),
        );
        Ok(out)
    }),
    ("instruments-one-primary-per-date-and-no-duplicates", |c| {
        crate::ops::instrument::doctor_problems(c)
    }),
    ("contacts-have-required-characteristics", |c| {
        Ok(crate::store::contact::missing_required_characteristics(c)?
            .into_iter()
            .map(|(id, t)| format!("contact {id} lacks the required characteristic {t}"))
            .collect())
    }),
    ("contact-characteristics-allowed-on-type", |c| {
        Ok(
            crate::store::characteristic::contact_characteristics_not_allowed(c)?
                .into_iter()
                .map(|(id, t)| {
                    format!("contact {id} has characteristic {t}, which its type does not allow")
                })
                .collect(),
        )
    }),
    (
        "characteristic-values-allowed",
        crate::ops::characteristic::invalid_values,
    ),
    ("contact-letters-consistent", |c| {
        Ok(crate::store::contact::inconsistent_letters(c)?
            .into_iter()
            .map(|id| format!("contact {id} has a letter status that disagrees with its template or print time"))
            .collect())
    }),
    ("reminders-done-only-when-set", |c| {
        Ok(crate::store::contact::done_without_reminder(c)?
            .into_iter()
            .map(|id| format!("contact log entry {id} is marked done but carries no reminder"))
            .collect())
    }),
    ("one-primary-site-per-use", |c| {
        Ok(account_store::duplicate_primary_site_uses(c)?
            .into_iter()
            .map(|(n, u)| format!("account {n} has more than one primary {u} site"))
            .collect())
    }),
    ("site-references-belong-to-the-account", |c| {
        Ok(account_store::misplaced_site_references(c)?
            .into_iter()
            .map(|m| {
                format!(
                    "{} {} of account {} is at site {}, which {}",
                    m.kind, m.id, m.account, m.site_id, m.why
                )
            })
            .collect())
    }),
    ("nothing-uses-a-site-after-its-end", |c| {
        Ok(account_store::used_after_site_end(c)?
            .into_iter()
            .map(|(kind, id, site, end)| {
                format!("{kind} {id} is in use after its site {site} ended on {end}")
            })
            .collect())
    }),
    ("contact-points-are-not-duplicated", |c| {
        Ok(person_store::duplicate_points_in_use(c)?
            .into_iter()
            .map(|(person, a, b)| {
                format!("person {person} has contact points {a} and {b} of the same type and value")
            })
            .collect())
    }),
    ("no-record-refers-to-a-merged-person", |c| {
        Ok(crate::store::duplicate::references_to_merged(c)?
            .into_iter()
            .map(|(table, column, person)| {
                format!("{table}.{column} refers to person {person}, which was merged into another")
            })
            .collect())
    }),
];

/// Every broken business invariant that needs no key, as "name: problem" (`person merge`
/// checks that it breaks none).
pub fn rule_findings(conn: &Tx<'_>) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (name, check) in INVARIANTS {
        for problem in check(conn)? {
            out.push(format!("{name}: {problem}"));
        }
    }
    Ok(out)
}

pub fn run(db: &mut Db) -> Result<DoctorReport> {
    let key_state = db.key_state().clone();
    let backend = match db.dialect() {
        Dialect::Sqlite => "sqlite",
        Dialect::Postgres => "postgresql",
    };
    let schema_version = db.schema_version()?;
    db.read(|conn| {
        let integrity = checks::integrity_problems(conn)?;
        let mut report = DoctorReport {
            backend,
            schema_version,
            integrity,
            foreign_keys: vec![],
            audit: None,
            findings: vec![],
            checks: vec![],
            records: None,
        };
        if !report.integrity.is_empty() {
            return Ok(report);
        }
        let mut findings = Vec::new();
        let mut names = vec![
            "key-file-present",
            "key-file-belongs-to-the-database",
            "audit-chain",
        ];
        let key = match key_state {
            KeyState::Present(key) => Some(key),
            KeyState::Missing => {
                findings.push(Finding {
                    check: "key-file-present",
                    problem: "the key file is missing: fingerprints, the audit chain and the records' state cannot be checked".into(),
                });
                None
            }
            KeyState::Foreign => {
                findings.push(Finding {
                    check: "key-file-belongs-to-the-database",
                    problem: "the key file does not belong to this database: fingerprints, the audit chain and the records' state cannot be checked".into(),
                });
                None
            }
        };
        if let Some(key) = &key {
            let v = crate::store::audit::verify(conn, key, None)?;
            if let Some((id, why)) = &v.first_bad {
                findings.push(Finding {
                    check: "audit-chain",
                    problem: format!("the audit chain is broken at entry {id}: {why}"),
                });
            }
            report.audit = Some(v);
        }
        for (name, check) in INVARIANTS {
            names.push(name);
            for problem in check(conn)? {
                findings.push(Finding {
                    check: name,
                    problem,
                });
            }
        }
        for (name, check) in KEYED_INVARIANTS {
            names.push(name);
            if let Some(key) = &key {
                for problem in check(conn, key, &mut report)? {
                    findings.push(Finding {
                        check: name,
                        problem,
                    });
                }
            }
        }
        report.foreign_keys = checks::foreign_key_problems(conn)?;
        report.findings = findings;
        report.checks = names;
        Ok(report)
    })
}

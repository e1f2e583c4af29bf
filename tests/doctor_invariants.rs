//! `doctor` covers every invariant (issue 7, item 8): a realistic database built through the
//! real binary passes it; breaking each invariant behind custctl's back with raw SQL (or by
//! removing the key file) makes it exit 4 and name exactly that invariant; and the list of
//! invariants `doctor` checks is exactly the list this file breaks, so a new invariant
//! without a breaking case here fails `doctor_checks_exactly_the_invariants_broken_here`.
//! (A corrupt file, exit 6, is covered in tests/foundation.rs.)

mod common;

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::sync::OnceLock;

use common::Env;
use serde_json::Value;

/// How one case breaks the database.
enum Break {
    /// Raw SQL on the database file (dropping an index or trigger first where the schema
    /// itself forbids the broken state).
    Sql(&'static str),
    /// Remove the key file.
    RemoveKey,
    /// Replace the key file with another database's key.
    ForeignKey,
}

/// Raw SQL that edits an audited record is itself an edit behind custctl's back, which this
/// check reports beside the invariant the edit breaks.
const RECORDS: &str = "records-match-their-audit";

/// Every invariant `doctor` checks, with a breakage that violates exactly that one (some
/// invariants have more than one way to be broken, and a case for each).
/// The clean database these apply to is built by `build_clean`; the ids it refers to are
/// asserted there.
const CASES: &[(&str, Break)] = &[
    ("key-file-present", Break::RemoveKey),
    ("key-file-belongs-to-the-database", Break::ForeignKey),
    (
        RECORDS,
        // Ada's name changed with sqlite3, her audit entries left alone.
        Break::Sql("UPDATE person SET name = 'Eve Impostor' WHERE id = 2;"),
    ),
    (
        RECORDS,
        // The card's last4 changed.
        Break::Sql("UPDATE instrument SET last4 = '0000' WHERE kind = 'card';"),
    ),
    (
        RECORDS,
        // An inquiry deleted (with its characteristics).
        Break::Sql(
            "DELETE FROM contact_characteristic WHERE contact_id = 2;
             DELETE FROM contact WHERE id = 2;",
        ),
    ),
    (
        "audit-chain",
        Break::Sql(
            "DROP TRIGGER audit_log_no_update;
             UPDATE audit_log SET actor = 'mallory' WHERE id = 5;",
        ),
    ),
    (
        "one-primary-contact-point-per-type",
        // A second primary email of Ada.
        Break::Sql(
            "DROP INDEX contact_point_one_primary;
             INSERT INTO contact_point (person_id, type, value, is_primary, created_at)
             VALUES (2, 'email', 'ada.second@example.com', TRUE, '2026-11-22T10:15:00Z');",
        ),
    ),
    (
        "party-relationships-do-not-overlap",
        // Bob's two contact periods (to June, from July) made to overlap.
        Break::Sql(
            "UPDATE party_relationship SET end_date = '2026-07-15'
              WHERE subject_id = 3 AND end_date = '2026-06-30';",
        ),
    ),
    (
        "site-uses-belong-to-the-site-account",
        // A1's second (non-primary) bill-to site recorded under A2.
        Break::Sql(
            "UPDATE site_use SET account_id = (SELECT id FROM account WHERE number = 'A2')
              WHERE site_id = 2;",
        ),
    ),
    (
        "account-relationships-do-not-overlap",
        // A2 -> A1 (the reverse direction) while A1 -> A2 is in force.
        Break::Sql(
            "INSERT INTO account_relationship (account_id, related_account_id, start_date, created_at)
             VALUES ((SELECT id FROM account WHERE number = 'A2'),
                     (SELECT id FROM account WHERE number = 'A1'),
                     '2026-03-01', '2026-11-22T10:15:00Z');",
        ),
    ),
    (
        "account-profiles-do-not-overlap",
        // The first half-year's SILVER assignment of A1 reopened over GOLD.
        Break::Sql(
            "UPDATE account_profile SET end_date = NULL
              WHERE account_id = (SELECT id FROM account WHERE number = 'A1')
                AND end_date = '2026-06-30';",
        ),
    ),
    (
        "one-primary-contact-per-account-and-site",
        // Dan, A1's non-primary account-level contact, made primary beside Ada.
        Break::Sql(
            "DROP INDEX account_contact_one_primary_per_account;
             UPDATE account_contact SET is_primary = TRUE
              WHERE person_id = (SELECT id FROM person WHERE name = 'Dan Deputy');",
        ),
    ),
    (
        "account-contacts-have-their-party-relationship",
        // Ada's contact relationship to Acme ended before today; she is still A1's contact.
        Break::Sql(
            "UPDATE party_relationship SET end_date = '2026-10-31'
              WHERE subject_id = 2 AND object_id = 1;",
        ),
    ),
    (
        "receipt-method-assignments-do-not-overlap",
        // A second assignment of DD to A1 inside the first one's open period.
        Break::Sql(
            "INSERT INTO receipt_method_assignment (account_id, receipt_method_id, start_date, created_at)
             SELECT account_id, receipt_method_id, '2026-09-01', created_at
               FROM receipt_method_assignment
              WHERE receipt_method_id = (SELECT id FROM receipt_method WHERE code = 'DD');",
        ),
    ),
    (
        "one-primary-receipt-method-per-date",
        // DD primary in February too, while CHECK is primary to June.
        Break::Sql(
            "INSERT INTO receipt_method_primary (assignment_id, start_date, end_date)
             SELECT id, '2026-02-01', '2026-02-28' FROM receipt_method_assignment
              WHERE receipt_method_id = (SELECT id FROM receipt_method WHERE code = 'DD');",
        ),
    ),
    (
        "no-payment-details-in-force-on-inactive-accounts",
        // A1 deactivated while its receipt methods and instruments are in force.
        Break::Sql("UPDATE account SET status = 'inactive' WHERE number = 'A1';"),
    ),
    (
        "instruments-one-primary-per-date-and-no-duplicates",
        // The card primary a second time in March, beside its own open primary period.
        Break::Sql(
            "INSERT INTO instrument_primary (instrument_id, start_date, end_date)
             SELECT id, '2026-03-01', '2026-03-31' FROM instrument WHERE kind = 'card';",
        ),
    ),
    (
        "contacts-have-required-characteristics",
        // The required severity removed from the billing complaint.
        Break::Sql(
            "DELETE FROM contact_characteristic
              WHERE contact_id = 1
                AND characteristic_type_id = (SELECT id FROM characteristic_type WHERE code = 'severity');",
        ),
    ),
    (
        "contact-characteristics-allowed-on-type",
        // BILLING no longer allows the ticket its contacts carry.
        Break::Sql(
            "DELETE FROM contact_type_characteristic
              WHERE characteristic_type_id = (SELECT id FROM characteristic_type WHERE code = 'ticket');",
        ),
    ),
    (
        "characteristic-values-allowed",
        // A segment value that is not one of the type's values.
        Break::Sql("UPDATE person_characteristic SET value = 'bronze' WHERE person_id = 2;"),
    ),
    (
        "contact-letters-consistent",
        // The pending letter of the second complaint marked printed without a print time.
        Break::Sql("UPDATE contact SET letter_status = 'printed' WHERE letter_status = 'pending';"),
    ),
    (
        "reminders-done-only-when-set",
        // A log entry without a reminder marked done (the only column the triggers let change).
        Break::Sql(
            "UPDATE contact_log SET reminder_done_at = '2026-11-22T10:00:00Z'
              WHERE id = (SELECT min(id) FROM contact_log WHERE remind_on IS NULL);",
        ),
    ),
    (
        "one-primary-site-per-use",
        // A1's second bill-to site made primary beside the first.
        Break::Sql(
            "DROP INDEX site_use_one_primary;
             UPDATE site_use SET is_primary = TRUE WHERE site_id = 2 AND use = 'bill-to';",
        ),
    ),
    (
        "site-references-belong-to-the-account",
        // A1's card moved to a (bill-to) site of A2.
        Break::Sql("UPDATE instrument SET site_id = 3 WHERE kind = 'card';"),
    ),
    (
        "site-references-belong-to-the-account",
        // A1's site-level CARD assignment moved to A1's ship-to-only site.
        Break::Sql("UPDATE receipt_method_assignment SET site_id = 4 WHERE site_id = 1;"),
    ),
    (
        "site-references-belong-to-the-account",
        // Bob, A1's contact at site 1, recorded at a site of A2.
        Break::Sql("UPDATE account_contact SET site_id = 3 WHERE site_id = 1;"),
    ),
    (
        "nothing-uses-a-site-after-its-end",
        // Site 1 (with an assignment and Bob on it) ended early in the year.
        Break::Sql("UPDATE site SET end_date = '2026-01-31' WHERE id = 1;"),
    ),
    (
        "contact-points-are-not-duplicated",
        // A primary email again, in upper case, beside itself.
        Break::Sql(
            "INSERT INTO contact_point (person_id, type, value, is_primary, created_at)
             SELECT person_id, type, upper(value), FALSE, created_at FROM contact_point
              WHERE type = 'email' AND is_primary = TRUE LIMIT 1;",
        ),
    ),
    (
        "no-record-refers-to-a-merged-person",
        // Ada (with her contact points, accounts and contacts) marked as merged into another
        // person, her records left where they are.
        Break::Sql("UPDATE person SET merged_into = 1 WHERE id = 2;"),
    ),
];

/// The clean database and its key, built once per test binary: the SQLite file's bytes, or
/// on PostgreSQL the database kept as a template (its name in `pg_template`).
struct Template {
    db: Vec<u8>,
    key: Vec<u8>,
    pg_template: Option<String>,
}

static TEMPLATE: OnceLock<Template> = OnceLock::new();

/// A new environment holding a copy of the clean database and its key.
fn clean_env() -> Env {
    let t = TEMPLATE.get_or_init(build_clean);
    if let Some(template) = &t.pg_template {
        let mut env = Env::new_uninit();
        let db = common::pg::database_from(template);
        env.db = std::path::PathBuf::from(&db.url);
        env.pg = Some(db);
        std::fs::write(env.key_file(), &t.key).unwrap();
        std::fs::set_permissions(env.key_file(), std::fs::Permissions::from_mode(0o600)).unwrap();
        return env;
    }
    let env = Env::new();
    let key = env.path("custctl.db.key");
    std::fs::write(&env.db, &t.db).unwrap();
    std::fs::write(&key, &t.key).unwrap();
    for f in [&env.db, &key] {
        std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    env
}

fn id(v: &Value) -> String {
    v["id"].as_i64().expect("an id").to_string()
}

/// A database with every kind of record, built through the real binary (the clock is fixed
/// at 2026-11-22): persons with contact points and party relationships, accounts with
/// sites, catalogs, contacts with characteristics, logs, reminders and letters, receipt
/// methods with dated primaries, instruments, account contacts, account relationships,
/// profile classes and account profiles.
fn build_clean() -> Template {
    let env = Env::new();
    let run = |args: &[&str]| env.json(args);

    // Persons: Acme (1), Ada (2) with contact points, Bob (3) a contact in two periods.
    run(&[
        "person",
        "add",
        "--name",
        "Acme Corp",
        "--kind",
        "organization",
        "--external-id",
        "ORG-1",
    ]);
    let ada = run(&[
        "person",
        "add",
        "--name",
        "Ada Lovelace",
        "--external-id",
        "P-1",
        "--email",
        "ada@example.com",
        "--phone",
        "+44 20 7946 0000",
    ]);
    assert_eq!(id(&ada), "2");
    run(&[
        "person",
        "point",
        "add",
        "2",
        "--type",
        "email",
        "--value",
        "ada.work@example.com",
        "--purpose",
        "work",
    ]);
    run(&[
        "person",
        "point",
        "add",
        "2",
        "--type",
        "url",
        "--value",
        "https://ada.example.com",
        "--primary",
    ]);
    run(&[
        "person",
        "relate",
        "2",
        "--to",
        "1",
        "--role",
        "contact",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    let bob = run(&["person", "add", "--name", "Bob Payer"]);
    assert_eq!(id(&bob), "3");
    run(&[
        "person",
        "relate",
        "3",
        "--to",
        "1",
        "--role",
        "contact",
        "--start",
        "2026-01-01",
        "--end",
        "2026-06-30",
        "--backdate",
    ]);
    run(&[
        "person",
        "relate",
        "3",
        "--to",
        "1",
        "--role",
        "contact",
        "--start",
        "2026-07-01",
        "--backdate",
    ]);

    // Accounts of Acme with sites (A3 is made inactive once its relationship has ended).
    for (number, name) in [("A1", "Acme"), ("A2", "Acme West"), ("A3", "Acme Old")] {
        run(&[
            "account",
            "add",
            number,
            "--name",
            name,
            "--person",
            "1",
            "--currency",
            "EUR",
        ]);
    }
    let site1 = run(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 Main St",
        "--city",
        "Berlin",
        "--postal-code",
        "10115",
        "--country",
        "DE",
        "--use",
        "bill-to,ship-to",
        "--primary",
    ]);
    assert_eq!(id(&site1), "1");
    let site2 = run(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "2 Side St",
        "--use",
        "bill-to",
    ]);
    assert_eq!(id(&site2), "2");
    run(&[
        "account",
        "site",
        "add",
        "A2",
        "--address",
        "9 West Rd",
        "--use",
        "bill-to,statements",
        "--primary",
    ]);
    let site4 = run(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "3 Dock Rd",
        "--use",
        "ship-to",
    ]);
    assert_eq!(id(&site4), "4");

    // Contact catalogs.
    for (class, description) in [("COMPLAINT", "Complaints"), ("INQUIRY", "Questions")] {
        run(&[
            "catalog",
            "contact-class",
            "add",
            class,
            "--description",
            description,
        ]);
    }
    run(&[
        "catalog",
        "characteristic-type",
        "add",
        "severity",
        "--description",
        "How bad",
        "--values",
        "low,medium,high",
        "--applies-to",
        "contact",
    ]);
    run(&[
        "catalog",
        "characteristic-type",
        "add",
        "ticket",
        "--description",
        "Ticket number",
        "--adhoc",
        "--pattern",
        "T-[0-9]+",
        "--applies-to",
        "contact,person,account",
    ]);
    run(&[
        "catalog",
        "characteristic-type",
        "add",
        "segment",
        "--description",
        "Segment",
        "--values",
        "gold,silver",
        "--applies-to",
        "person,account",
    ]);
    std::fs::write(
        env.path("ack.txt"),
        "Dear {{ person.name }},\nwe received your complaint.\n",
    )
    .unwrap();
    run(&[
        "catalog",
        "letter-template",
        "add",
        "ACK",
        "--description",
        "Acknowledgement",
        "--body-file",
        "ack.txt",
    ]);
    run(&[
        "catalog",
        "contact-type",
        "add",
        "COMPLAINT",
        "BILLING",
        "--description",
        "Billing",
        "--letter",
        "ACK",
        "--char",
        "severity:required",
        "--char",
        "ticket",
    ]);
    run(&[
        "catalog",
        "contact-type",
        "add",
        "INQUIRY",
        "GENERAL",
        "--description",
        "General",
    ]);

    // Contacts: a complaint (letter printed), a log with a reminder done and one open, an
    // inquiry, a second complaint with its letter pending; characteristics of persons and
    // accounts.
    let complaint = run(&[
        "contact",
        "add",
        "--person",
        "2",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
        "--method",
        "phone",
        "--direction",
        "inbound",
        "--at",
        "2026-11-01T09:00:00Z",
        "--comment",
        "Invoice twice",
        "--open",
        "--char",
        "severity=high",
        "--char",
        "ticket=T-1",
    ]);
    assert_eq!(id(&complaint), "1");
    run(&[
        "contact",
        "log",
        "add",
        "1",
        "--text",
        "Checked the invoice",
    ]);
    let reminded = run(&[
        "contact",
        "log",
        "add",
        "1",
        "--text",
        "Call back",
        "--remind-on",
        "2026-11-20",
        "--to-user",
        "tester",
    ]);
    run(&["contact", "reminders", "done", &id(&reminded)]);
    run(&[
        "contact",
        "log",
        "add",
        "1",
        "--text",
        "Refund follows",
        "--remind-on",
        "2026-12-01",
        "--to-role",
        "billing",
    ]);
    run(&["contact", "letters", "extract", "--out", "letters"]);
    run(&[
        "contact",
        "add",
        "--person",
        "3",
        "--class",
        "INQUIRY",
        "--type",
        "GENERAL",
        "--at",
        "2026-11-02T09:00:00Z",
    ]);
    run(&[
        "contact",
        "add",
        "--person",
        "3",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
        "--at",
        "2026-11-03T09:00:00Z",
        "--char",
        "severity=low",
    ]);
    run(&["person", "characteristic", "set", "2", "segment", "gold"]);
    run(&["person", "characteristic", "set", "3", "ticket", "T-9"]);
    run(&[
        "account",
        "characteristic",
        "set",
        "A1",
        "segment",
        "silver",
    ]);

    // Receipt methods: CHECK primary to June, DD primary from July, CARD on site 1.
    run(&[
        "catalog",
        "receipt-method",
        "add",
        "CHECK",
        "--description",
        "Cheque",
        "--kind",
        "manual",
    ]);
    run(&[
        "catalog",
        "receipt-method",
        "add",
        "DD",
        "--description",
        "Direct debit",
        "--kind",
        "automatic",
        "--payment-type",
        "bank-account",
        "--confirm",
        "--remit",
    ]);
    run(&[
        "catalog",
        "receipt-method",
        "add",
        "CARD",
        "--description",
        "Card on file",
        "--kind",
        "automatic",
        "--payment-type",
        "card",
    ]);
    run(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-01-01",
        "--end",
        "2026-06-30",
        "--primary",
        "--backdate",
    ]);
    let dd = run(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "DD",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    run(&[
        "account",
        "receipt-method",
        "set-primary",
        "A1",
        &id(&dd),
        "--from",
        "2026-07-01",
        "--backdate",
    ]);
    run(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CARD",
        "--site",
        "1",
        "--start",
        "2026-01-01",
        "--primary",
        "--backdate",
    ]);
    run(&[
        "account",
        "receipt-method",
        "assign",
        "A2",
        "CHECK",
        "--start",
        "2026-01-01",
        "--primary",
        "--backdate",
    ]);

    // Instruments: a primary IBAN and a primary card on A1, a second IBAN on A2.
    run(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "DE89370400440532013000",
        "--bic",
        "COBADEFFXXX",
        "--currency",
        "EUR",
        "--holder",
        "Acme Corp",
        "--start",
        "2026-01-01",
        "--primary",
        "--backdate",
    ]);
    run(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        "4111111111111111",
        "--expiry",
        "2029-01",
        "--start",
        "2026-01-01",
        "--primary",
        "--backdate",
    ]);
    run(&[
        "instrument",
        "add",
        "A2",
        "--iban",
        "GB82WEST12345698765432",
        "--currency",
        "GBP",
        "--start",
        "2026-02-01",
        "--backdate",
    ]);

    // Account contacts: Ada primary of A1, Bob primary of site 1, Dan (new) not primary,
    // Carol (new) of A2.
    run(&[
        "account",
        "contact",
        "add",
        "A1",
        "--person",
        "2",
        "--job-title",
        "CFO",
        "--responsibility",
        "bill-to",
        "--responsibility",
        "dunning",
        "--primary",
    ]);
    run(&[
        "account",
        "contact",
        "add",
        "A1",
        "--person",
        "3",
        "--site",
        "1",
        "--responsibility",
        "ship-to",
        "--primary",
    ]);
    run(&["account", "contact", "add", "A1", "--name", "Dan Deputy"]);
    run(&[
        "account",
        "contact",
        "add",
        "A2",
        "--name",
        "Carol Ship",
        "--primary",
    ]);

    // Account relationships: A1 pays for A2 from January; A1 and A3 for the first half-year.
    run(&[
        "relationship",
        "link",
        "A1",
        "A2",
        "--bill-to",
        "--start",
        "2026-01-01",
        "--comment",
        "Head office pays",
        "--backdate",
    ]);
    run(&[
        "relationship",
        "link",
        "A1",
        "A3",
        "--reciprocal",
        "--start",
        "2026-01-01",
        "--end",
        "2026-06-30",
        "--backdate",
    ]);
    run(&["account", "update", "A3", "--status", "inactive"]);

    // Profile classes and A1's profiles: SILVER to June, GOLD from July with an override.
    run(&[
        "catalog",
        "profile-class",
        "add",
        "SILVER",
        "--description",
        "Silver customers",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET45",
    ]);
    run(&[
        "catalog",
        "profile-class",
        "add",
        "GOLD",
        "--description",
        "Gold customers",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET30",
        "--credit-limit",
        "EUR=5000",
        "--credit-check",
        "true",
    ]);
    run(&[
        "profile",
        "set",
        "A1",
        "--class",
        "SILVER",
        "--start",
        "2026-01-01",
        "--end",
        "2026-06-30",
        "--backdate",
    ]);
    run(&[
        "profile",
        "set",
        "A1",
        "--class",
        "GOLD",
        "--start",
        "2026-07-01",
        "--credit-limit",
        "EUR=7500.00",
        "--backdate",
    ]);
    run(&[
        "profile",
        "set",
        "A2",
        "--class",
        "SILVER",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);

    if let Some(pg) = env.pg {
        // Kept (not dropped) as the template of every test's copy; no connection may stay
        // open on a template.
        let template = pg.name.clone();
        let key = std::fs::read(env.dir.path().join("team.key")).unwrap();
        std::mem::forget(pg);
        return Template {
            db: Vec::new(),
            key,
            pg_template: Some(template),
        };
    }
    // Everything in the main file, then read it.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(conn);
    Template {
        db: std::fs::read(&env.db).unwrap(),
        key: std::fs::read(env.path("custctl.db.key")).unwrap(),
        pg_template: None,
    }
}

/// A breakage's SQL as the database's dialect writes it (PostgreSQL names a trigger's
/// table when dropping it).
fn in_dialect(env: &Env, sql: &str) -> String {
    if !env.is_postgres() {
        return sql.to_string();
    }
    sql.replace(
        "DROP TRIGGER audit_log_no_update;",
        "DROP TRIGGER audit_log_no_update ON audit_log;",
    )
}

/// The report of `doctor --json`, with its exit code.
fn doctor(env: &Env) -> (i32, Value) {
    let run = env.run(&["doctor", "--json"]);
    let report = run.json();
    (run.code, report)
}

fn names(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().expect("a name").to_string())
        .collect()
}

fn checks_found(report: &Value) -> BTreeSet<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["check"].as_str().expect("a check name").to_string())
        .collect()
}

#[test]
fn the_clean_database_passes_doctor() {
    let env = clean_env();
    let (code, report) = doctor(&env);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
    assert_eq!(report["foreign_keys"], serde_json::json!([]));
    assert_eq!(report["integrity"], serde_json::json!([]));
    assert_eq!(report["audit"]["first_bad"], Value::Null, "{report:#}");
    // The clean database holds every kind of record the breakages below rely on.
    let rows = format!("\n{}", env.snapshot());
    for table in [
        "person",
        "contact_point",
        "party_relationship",
        "account",
        "site",
        "site_use",
        "contact_class",
        "letter_template",
        "contact_type",
        "characteristic_type",
        "characteristic_value",
        "contact_type_characteristic",
        "contact",
        "contact_log",
        "contact_characteristic",
        "person_characteristic",
        "account_characteristic",
        "receipt_method",
        "receipt_method_assignment",
        "receipt_method_primary",
        "instrument",
        "instrument_primary",
        "account_contact",
        "account_contact_responsibility",
        "account_relationship",
        "profile_class",
        "profile_class_version",
        "profile_class_credit_limit",
        "account_profile",
        "account_profile_override",
        "audit_log",
    ] {
        assert!(
            rows.contains(&format!("\n{table}: ")),
            "the clean database has no {table} rows"
        );
    }
}

#[test]
fn doctor_checks_exactly_the_invariants_broken_here() {
    let env = clean_env();
    let (_, report) = doctor(&env);
    let checked = names(&report["checks"]);
    let broken: BTreeSet<String> = CASES.iter().map(|(n, _)| n.to_string()).collect();
    let untested: Vec<&String> = checked.difference(&broken).collect();
    let unknown: Vec<&String> = broken.difference(&checked).collect();
    assert!(
        untested.is_empty() && unknown.is_empty(),
        "doctor checks invariants no case in CASES breaks: {untested:?}; \
         CASES names invariants doctor does not check: {unknown:?}"
    );
}

#[test]
fn each_broken_invariant_is_reported_alone_with_exit_4() {
    let mut failures = Vec::new();
    for (name, breakage) in CASES {
        let env = clean_env();
        match breakage {
            Break::Sql(sql) => env.sql(&in_dialect(&env, sql)),
            Break::RemoveKey => std::fs::remove_file(env.key_file()).unwrap(),
            Break::ForeignKey => std::fs::write(env.key_file(), [7u8; 32]).unwrap(),
        }
        let (code, report) = doctor(&env);
        let mut found = checks_found(&report);
        if matches!(breakage, Break::Sql(_)) && *name != RECORDS {
            found.remove(RECORDS);
        }
        let want: BTreeSet<String> = [name.to_string()].into();
        if code != 4 || found != want || report["foreign_keys"] != serde_json::json!([]) {
            failures.push(format!(
                "{name}: exit {code}, checks reported {found:?}, findings {}, foreign keys {}",
                report["findings"], report["foreign_keys"]
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn a_dangling_foreign_key_is_reported_with_exit_4() {
    let env = clean_env();
    // The inquiry made to refer to a person that does not exist.
    // Foreign keys switched off for this one statement (PostgreSQL: by a superuser, for
    // the session).
    if env.is_postgres() {
        env.sql(
            "SET session_replication_role = replica; UPDATE contact SET person_id = 9999 WHERE id = 2;",
        );
    } else {
        env.sql("PRAGMA foreign_keys = OFF; UPDATE contact SET person_id = 9999 WHERE id = 2;");
    }
    let (code, report) = doctor(&env);
    assert_eq!(code, 4, "{report:#}");
    let problems = report["foreign_keys"].as_array().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p.as_str().unwrap().starts_with("contact row 2 ")),
        "{report:#}"
    );
    // The edit of contact 2 is also found as one behind custctl's back.
    assert_eq!(
        checks_found(&report),
        [RECORDS.to_string()].into(),
        "{report:#}"
    );
}

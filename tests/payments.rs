//! Payment details (product.md §3.4) through the real binary: receipt methods and their
//! assignments, instruments (cards and bank accounts), dated primaries, defaults, doctor, and
//! that no full card number ever reaches the database, its WAL, the audit log or any output.

mod common;

use common::Env;
use serde_json::Value;

/// Well-known test card numbers and their brands.
const CARDS: &[(&str, &str)] = &[
    ("4111111111111111", "visa"),
    ("5555555555554444", "mastercard"),
    ("2223003122003222", "mastercard"),
    ("378282246310005", "amex"),
    ("6011111111111117", "discover"),
    ("3056930009020004", "diners"),
    ("3530111333300000", "jcb"),
    ("6200000000000005", "unionpay"),
];

const IBAN_DE: &str = "DE89370400440532013000";
const IBAN_GB: &str = "GB29NWBK60161331926819";
const IBAN_FR: &str = "FR1420041010050500013M02606";

/// The library's handle on the test's database, on either backend (ops called directly).
fn open_db(env: &Env) -> custctl::store::Db {
    let db = if env.is_postgres() {
        let url = env.db.to_str().expect("a URL");
        custctl::store::Db::open_postgres(url, &env.key_file(), false)
    } else {
        custctl::store::Db::open_existing(&env.db)
    };
    db.expect("the test database opens")
}

fn setup() -> Env {
    let env = Env::new();
    env.json(&[
        "account",
        "add",
        "A1",
        "--name",
        "Acme",
        "--currency",
        "EUR",
    ]);
    env.json(&[
        "catalog",
        "receipt-method",
        "add",
        "CHECK",
        "--description",
        "Cheque",
        "--kind",
        "manual",
    ]);
    env.json(&[
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
        "--reconcile",
    ]);
    env.json(&[
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
    env
}

fn join<'a>(prefix: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    prefix.iter().chain(extra).copied().collect()
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|v| v["id"].as_i64().unwrap())
        .collect()
}

fn default_id(list: &Value) -> Option<i64> {
    list.as_array()
        .expect("a list")
        .iter()
        .find(|v| v["default"] == true)
        .map(|v| v["id"].as_i64().unwrap())
}

fn primary_ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .expect("a list")
        .iter()
        .filter(|v| v["primary"] == true)
        .map(|v| v["id"].as_i64().unwrap())
        .collect()
}

// ------------------------------------------------------------------ catalog

#[test]
fn catalog_receipt_methods_automatic_and_manual() {
    let env = setup();
    let list = env.json(&["catalog", "list", "receipt-method"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    let dd = env.json(&[
        "catalog",
        "receipt-method",
        "add",
        "DD2",
        "--description",
        "Direct debit 2",
        "--kind",
        "automatic",
        "--payment-type",
        "bank-account",
        "--remit",
    ]);
    assert_eq!(dd["kind"], "automatic");
    assert_eq!(dd["payment_type"], "bank-account");
    assert_eq!(dd["remit"], true);
    assert_eq!(dd["confirm"], false);
    // Automatic without a payment type, manual with one, an unknown kind: invalid (5).
    env.refused(
        &[
            "catalog",
            "receipt-method",
            "add",
            "X",
            "--description",
            "x",
            "--kind",
            "automatic",
        ],
        5,
    );
    env.refused(
        &[
            "catalog",
            "receipt-method",
            "add",
            "X",
            "--description",
            "x",
            "--kind",
            "manual",
            "--payment-type",
            "card",
        ],
        5,
    );
    let r = env.refused(
        &[
            "catalog",
            "receipt-method",
            "add",
            "X",
            "--description",
            "x",
            "--kind",
            "sometimes",
        ],
        5,
    );
    assert!(r.stderr.contains("automatic, manual"), "{}", r.stderr);
    env.refused(
        &[
            "catalog",
            "receipt-method",
            "add",
            "X",
            "--description",
            "x",
            "--kind",
            "automatic",
            "--payment-type",
            "cash",
        ],
        5,
    );
    // The same code twice: conflict (4).
    env.refused(
        &[
            "catalog",
            "receipt-method",
            "add",
            "CHECK",
            "--description",
            "again",
            "--kind",
            "manual",
        ],
        4,
    );
}

// ------------------------------------------------------------------ assignments

#[test]
fn assignments_of_one_method_never_overlap() {
    let env = setup();
    let a = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-01-01",
        "--end",
        "2026-06-30",
        "--backdate",
    ]);
    let id = a["id"].as_i64().unwrap();
    assert_eq!(a["method"], "CHECK");
    assert_eq!(a["end"], "2026-06-30");
    // Touching on the last day overlaps: refused, naming the clash and its dates.
    let r = env.refused(
        &[
            "account",
            "receipt-method",
            "assign",
            "A1",
            "CHECK",
            "--start",
            "2026-06-30",
            "--backdate",
        ],
        4,
    );
    assert!(
        r.stderr.contains(&format!("assignment {id}")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("2026-01-01 to 2026-06-30"),
        "{}",
        r.stderr
    );
    // The next day is fine; another method may overlap.
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-07-01",
        "--backdate",
    ]);
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "DD",
        "--start",
        "2026-03-01",
        "--backdate",
    ]);
    // A site has its own assignments: the same method there does not clash with the account's.
    let site = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 Main St",
        "--use",
        "bill-to",
    ]);
    let site_id = site["id"].as_i64().unwrap().to_string();
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-01-01",
        "--site",
        &site_id,
        "--backdate",
    ]);
    env.refused(
        &[
            "account",
            "receipt-method",
            "assign",
            "A1",
            "CHECK",
            "--start",
            "2026-05-01",
            "--site",
            &site_id,
            "--backdate",
        ],
        4,
    );
    // Today (2026-11-22): the second CHECK, DD and the site's CHECK are in force.
    let list = env.json(&["account", "receipt-method", "list", "A1"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    let past = env.json(&[
        "account",
        "receipt-method",
        "list",
        "A1",
        "--on",
        "2026-02-01",
    ]);
    assert_eq!(ids(&past).len(), 2);
    assert!(ids(&past).contains(&id));
    let all = env.json(&["account", "receipt-method", "list", "A1", "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 4);
}

#[test]
fn assignment_refusals_check_values_then_records_then_rules() {
    let env = setup();
    fn assign<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        join(&["account", "receipt-method", "assign"], extra)
    }
    env.refused(&assign(&["A1", "CHECK", "--start", "2026-13-01"]), 5);
    env.refused(
        &assign(&[
            "A1",
            "CHECK",
            "--start",
            "2026-05-01",
            "--end",
            "2026-04-30",
            "--backdate",
        ]),
        5,
    );
    env.refused(&assign(&["NOPE", "CHECK"]), 3);
    env.refused(&assign(&["A1", "NOPE"]), 3);
    env.refused(&assign(&["A1", "CHECK", "--site", "99"]), 3);
    // A site of another account, and a site that is not bill-to: 4.
    env.json(&["account", "add", "B1", "--name", "Other"]);
    let other = env.json(&[
        "account",
        "site",
        "add",
        "B1",
        "--address",
        "2 Side St",
        "--use",
        "bill-to",
    ]);
    env.refused(
        &assign(&["A1", "CHECK", "--site", &other["id"].to_string()]),
        4,
    );
    let ship = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "3 Dock Rd",
        "--use",
        "ship-to",
    ]);
    let r = env.refused(
        &assign(&["A1", "CHECK", "--site", &ship["id"].to_string()]),
        4,
    );
    assert!(r.stderr.contains("bill-to"), "{}", r.stderr);
    // An inactive account takes no new assignments or instruments.
    env.json(&["account", "update", "B1", "--status", "inactive"]);
    let r = env.refused(&assign(&["B1", "CHECK"]), 4);
    assert!(r.stderr.contains("inactive"), "{}", r.stderr);
    env.refused(
        &[
            "instrument",
            "add",
            "B1",
            "--iban",
            IBAN_DE,
            "--currency",
            "EUR",
        ],
        4,
    );
    // Ending: unknown assignment 3, before its start 4, bad date 5.
    let a = env.json(&assign(&[
        "A1",
        "CHECK",
        "--start",
        "2026-01-01",
        "--backdate",
    ]));
    let id = a["id"].to_string();
    env.refused(
        &[
            "account",
            "receipt-method",
            "end",
            "A1",
            "999",
            "--on",
            "2026-02-01",
            "--backdate",
        ],
        3,
    );
    env.refused(
        &[
            "account",
            "receipt-method",
            "end",
            "A1",
            &id,
            "--on",
            "2025-12-31",
            "--backdate",
        ],
        4,
    );
    env.refused(
        &[
            "account",
            "receipt-method",
            "end",
            "A1",
            &id,
            "--on",
            "soon",
        ],
        5,
    );
    // An assignment of A1 is not found under B1.
    env.refused(
        &[
            "account",
            "receipt-method",
            "end",
            "B1",
            &id,
            "--on",
            "2026-02-01",
            "--backdate",
        ],
        3,
    );
}

#[test]
fn receipt_method_primaries_are_dated() {
    let env = setup();
    let check = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-01-01",
        "--primary",
        "--backdate",
    ]);
    let check_id = check["id"].as_i64().unwrap();
    assert_eq!(check["primary"], true);
    // A second primary overlapping it is refused, the hint naming set-primary.
    let r = env.refused(
        &[
            "account",
            "receipt-method",
            "assign",
            "A1",
            "DD",
            "--start",
            "2026-03-01",
            "--primary",
            "--backdate",
        ],
        4,
    );
    assert!(r.stderr.contains("set-primary"), "{}", r.stderr);
    let dd = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "DD",
        "--start",
        "2026-03-01",
        "--backdate",
    ]);
    let dd_id = dd["id"].as_i64().unwrap();
    let before_past = env.json(&[
        "account",
        "receipt-method",
        "list",
        "A1",
        "--on",
        "2026-06-01",
    ]);
    assert_eq!(primary_ids(&before_past), vec![check_id]);
    // Move the role from 2026-09-01: the past stays as it was.
    let moved = env.json(&[
        "account",
        "receipt-method",
        "set-primary",
        "A1",
        &dd_id.to_string(),
        "--from",
        "2026-09-01",
        "--backdate",
    ]);
    assert_eq!(moved["primary"], true);
    assert_eq!(moved["demoted"][0]["id"], check_id);
    assert_eq!(moved["demoted"][0]["until"], "2026-08-31");
    let after_past = env.json(&[
        "account",
        "receipt-method",
        "list",
        "A1",
        "--on",
        "2026-06-01",
    ]);
    assert_eq!(before_past, after_past, "an answer about the past changed");
    let on_eve = env.json(&[
        "account",
        "receipt-method",
        "list",
        "A1",
        "--on",
        "2026-08-31",
    ]);
    assert_eq!(primary_ids(&on_eve), vec![check_id]);
    let today = env.json(&["account", "receipt-method", "list", "A1"]);
    assert_eq!(primary_ids(&today), vec![dd_id]);
    // set-primary outside the assignment's period: 4.
    env.refused(
        &[
            "account",
            "receipt-method",
            "set-primary",
            "A1",
            &dd_id.to_string(),
            "--from",
            "2026-02-01",
            "--backdate",
        ],
        4,
    );
    // Ending the primary ends its primary period: no primary after its end.
    let ended = env.json(&[
        "account",
        "receipt-method",
        "end",
        "A1",
        &dd_id.to_string(),
        "--on",
        "2026-12-31",
    ]);
    assert_eq!(ended["end"], "2026-12-31");
    let next_year = env.json(&[
        "account",
        "receipt-method",
        "list",
        "A1",
        "--on",
        "2027-01-05",
        "--all",
    ]);
    assert!(primary_ids(&next_year).is_empty());
    // The set-primary and the demotion are audited.
    let audit = env.json(&["audit", "--entity", "receipt_method_assignment"]);
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"set-primary"), "{actions:?}");
    assert!(actions.contains(&"demote"), "{actions:?}");
    assert!(actions.contains(&"end"), "{actions:?}");
    env.run(&["doctor"]).ok();
}

// ------------------------------------------------------------------ cards

#[test]
fn cards_of_every_brand_are_accepted_with_their_brand() {
    let env = setup();
    for (i, (pan, brand)) in CARDS.iter().enumerate() {
        // Grouped with spaces on odd rows: the same digits either way.
        let grouped: String = if i % 2 == 1 {
            pan.as_bytes()
                .chunks(4)
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            pan.to_string()
        };
        let card = env.json(&[
            "instrument",
            "add",
            "A1",
            "--card-number",
            &grouped,
            "--expiry",
            "2029-06",
            "--holder",
            "Ada Lovelace",
        ]);
        assert_eq!(card["brand"], *brand, "card {i}");
        assert_eq!(card["last4"], pan[pan.len() - 4..], "card {i}");
        assert_eq!(card["kind"], "card");
        assert_eq!(card["currency"], Value::Null);
        assert_eq!(card["fingerprint"].as_str().unwrap().len(), 64);
    }
}

#[test]
fn card_refusals() {
    let env = setup();
    let add = |pan: &str, expiry: &str| {
        vec![
            "instrument".to_string(),
            "add".into(),
            "A1".into(),
            "--card-number".into(),
            pan.into(),
            "--expiry".into(),
            expiry.into(),
        ]
    };
    let run = |args: Vec<String>, code: i32| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        env.refused(&refs, code)
    };
    // Luhn failure, no brand, too short, letters, a past expiry, a bad month: 5.
    run(add("4111111111111112", "2029-01"), 5);
    run(add("1234567812345670", "2029-01"), 5);
    run(add("4111", "2029-01"), 5);
    run(add("4111x11111111111", "2029-01"), 5);
    let r = run(add("4111111111111111", "2026-10"), 5);
    assert!(r.stderr.contains("past"), "{}", r.stderr);
    run(add("4111111111111111", "2029-13"), 5);
    // This month is still fine.
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        "4111111111111111",
        "--expiry",
        "2026-11",
    ]);
    // No flag takes a CVV; a card has no currency; a card needs its expiry (usage, 2).
    env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            "5555555555554444",
            "--expiry",
            "2029-01",
            "--cvv",
            "123",
        ],
        2,
    );
    env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            "5555555555554444",
            "--expiry",
            "2029-01",
            "--currency",
            "EUR",
        ],
        2,
    );
    env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            "5555555555554444",
        ],
        2,
    );
    // An unknown account (3) after the values are checked.
    env.refused(
        &[
            "instrument",
            "add",
            "NOPE",
            "--card-number",
            "5555555555554444",
            "--expiry",
            "2029-01",
        ],
        3,
    );
}

#[test]
fn a_card_is_inactive_after_its_expiry_month_and_not_active_twice() {
    let env = setup();
    let card = env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        "4111111111111111",
        "--expiry",
        "2026-12",
        "--primary",
    ]);
    let id = card["id"].as_i64().unwrap();
    let dec = env.json(&["instrument", "list", "A1", "--on", "2026-12-31"]);
    assert_eq!(ids(&dec), vec![id]);
    assert_eq!(dec[0]["default"], true);
    let jan = env.json(&["instrument", "list", "A1", "--on", "2027-01-01"]);
    assert!(ids(&jan).is_empty());
    // The same card again (other grouping, new expiry) overlapping: refused (4).
    let r = env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            "4111-1111-1111-1111",
            "--expiry",
            "2029-12",
        ],
        4,
    );
    assert!(
        r.stderr.contains(&format!("instrument {id}")),
        "{}",
        r.stderr
    );
    // From the month after the old one expired it may come back.
    let renewed = env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        "4111111111111111",
        "--expiry",
        "2029-12",
        "--start",
        "2027-01-01",
    ]);
    assert_eq!(renewed["fingerprint"], card["fingerprint"]);
    // The same card on another account is fine.
    env.json(&["account", "add", "B1", "--name", "Other"]);
    env.json(&[
        "instrument",
        "add",
        "B1",
        "--card-number",
        "4111111111111111",
        "--expiry",
        "2029-12",
    ]);
    // One primary card per account: a second overlapping primary card is refused.
    let r = env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            "5555555555554444",
            "--expiry",
            "2029-12",
            "--primary",
        ],
        4,
    );
    assert!(r.stderr.contains("set-primary"), "{}", r.stderr);
    env.run(&["doctor"]).ok();
}

#[test]
fn no_full_card_number_reaches_the_database_wal_audit_or_output() {
    let env = setup();
    // Keep a connection open so that the WAL is not checkpointed away when each custctl
    // process ends: its bytes are searched too. (PostgreSQL: the server's files are not
    // ours to read; every row of every table is searched instead.)
    let hold = if env.is_postgres() {
        None
    } else {
        let hold = rusqlite::Connection::open(&env.db).unwrap();
        let _: i64 = hold
            .query_row("SELECT count(*) FROM account", [], |r| r.get(0))
            .unwrap();
        Some(hold)
    };
    let mut captured: Vec<u8> = Vec::new();
    let mut keep = |r: common::Run| {
        captured.extend_from_slice(r.stdout.as_bytes());
        captured.extend_from_slice(r.stderr.as_bytes());
    };
    for (i, (pan, _)) in CARDS.iter().enumerate() {
        let expiry = "2030-01";
        keep(
            env.run(&[
                "instrument",
                "add",
                "A1",
                "--card-number",
                pan,
                "--expiry",
                expiry,
                "--json",
            ])
            .ok(),
        );
        // Refusals that still see the number: the same card again (4), with a past expiry (5),
        // in every output format.
        for format in ["json", "table", "csv", "ndjson"] {
            keep(env.run(&[
                "instrument",
                "add",
                "A1",
                "--card-number",
                pan,
                "--expiry",
                expiry,
                "--format",
                format,
            ]));
            keep(env.run(&[
                "instrument",
                "add",
                "A1",
                "--card-number",
                pan,
                "--expiry",
                "2020-01",
                "--format",
                format,
            ]));
        }
        // The number typed in the wrong place: without its flag, as the expiry, the holder,
        // the currency, the account, the external id. Refused, and never repeated.
        for args in [
            vec![
                "instrument",
                "add",
                "A1",
                pan,
                "--card-number",
                "5555555555554444",
                "--expiry",
                expiry,
            ],
            vec![
                "instrument",
                "add",
                "A1",
                "--card-number",
                "5555555555554444",
                "--expiry",
                pan,
            ],
            vec![
                "instrument",
                "add",
                "A1",
                "--card-number",
                "5555555555554444",
                "--expiry",
                expiry,
                "--holder",
                pan,
            ],
            vec![
                "instrument",
                "add",
                "A1",
                "--iban",
                IBAN_DE,
                "--currency",
                pan,
            ],
            vec![
                "instrument",
                "add",
                pan,
                "--iban",
                IBAN_DE,
                "--currency",
                "EUR",
            ],
            vec![
                "instrument",
                "add",
                "A1",
                "--iban",
                IBAN_GB,
                "--currency",
                "GBP",
                "--external-id",
                pan,
            ],
            vec![
                "instrument",
                "add",
                "A1",
                "--iban",
                pan,
                "--currency",
                "EUR",
                "--json",
            ],
            vec![
                "instrument",
                "add",
                "A1",
                "--bank-account",
                "1",
                "--bank-code",
                pan,
                "--country",
                "DE",
                "--currency",
                "EUR",
            ],
        ] {
            let r = env.run(&args);
            assert!(
                r.code == 2 || r.code == 5,
                "card {i}: a misplaced number is refused (got {})",
                r.code
            );
            keep(r);
        }
        // A typo of the number (Luhn failure) must not echo it either.
        let mut typo = pan.to_string().into_bytes();
        let last = typo.len() - 1;
        typo[last] = if typo[last] == b'9' {
            b'0'
        } else {
            typo[last] + 1
        };
        let typo = String::from_utf8(typo).unwrap();
        let r = env.run(&[
            "instrument",
            "add",
            "A1",
            "--card-number",
            &typo,
            "--expiry",
            expiry,
        ]);
        assert_eq!(r.code, 5, "card {i}: a Luhn failure is invalid input");
        assert!(
            !r.stderr.contains(&typo),
            "card {i}: the mistyped number was echoed"
        );
        keep(r);
    }
    for format in ["json", "table", "csv", "ndjson"] {
        keep(env.run(&[
            "instrument",
            "list",
            "A1",
            "--all",
            "--reveal",
            "--format",
            format,
        ]));
        keep(env.run(&["instrument", "show", "1", "--reveal", "--format", format]));
    }
    keep(env.run(&["audit", "--json"]));
    keep(env.run(&["doctor", "--json"]));

    // The database file and its WAL as raw bytes (read while no connection is open).
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    if env.is_postgres() {
        let rows = env.snapshot();
        assert!(
            rows.contains("audit_log: "),
            "the snapshot holds every table"
        );
        files.push(("every row of the database".into(), rows.into_bytes()));
        files.push((
            "the key file".into(),
            std::fs::read(env.key_file()).expect("the key file"),
        ));
    } else {
        for suffix in ["", "-wal", "-shm", ".key"] {
            let path = env.db.with_file_name(format!("custctl.db{suffix}"));
            if let Ok(bytes) = std::fs::read(&path) {
                files.push((format!("custctl.db{suffix}"), bytes));
            }
        }
        assert!(files.iter().any(|(n, _)| n == "custctl.db"));
        assert!(
            files
                .iter()
                .any(|(n, b)| n == "custctl.db-wal" && !b.is_empty()),
            "the WAL should exist while a connection is open"
        );
    }
    files.push(("captured output".into(), captured));
    for (i, (pan, _)) in CARDS.iter().enumerate() {
        // Also as UTF-16 (SQLite could store text that way) and grouped by four.
        let grouped = pan
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect::<Vec<_>>()
            .join(" ");
        let utf16: Vec<u8> = pan.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        for (name, bytes) in &files {
            for (form, needle) in [
                ("digits", pan.as_bytes().to_vec()),
                ("grouped", grouped.as_bytes().to_vec()),
                ("utf16", utf16.clone()),
            ] {
                let found = bytes.windows(needle.len()).any(|w| w == needle.as_slice());
                assert!(
                    !found,
                    "test card #{i} ({form}) was found in {name}; the number is not printed here"
                );
            }
        }
    }
    drop(hold);
}

// ------------------------------------------------------------------ bank accounts

#[test]
fn bank_accounts_are_checked_masked_and_revealed_with_an_audit_entry() {
    let env = setup();
    let de = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "DE89 3704 0044 0532 0130 00",
        "--bic",
        "DEUTDEFF",
        "--currency",
        "eur",
        "--holder",
        "Acme GmbH",
    ]);
    let id = de["id"].as_i64().unwrap();
    assert_eq!(de["iban"], "******************3000");
    assert_eq!(de["last4"], "3000");
    assert_eq!(de["country"], "DE");
    assert_eq!(de["currency"], "EUR");
    assert_eq!(de["bic"], "DEUTDEFF");
    // Masked in list, show, and every format's output.
    for format in ["json", "ndjson", "csv", "table"] {
        let r = env
            .run(&["instrument", "list", "A1", "--format", format])
            .ok();
        assert!(!r.stdout.contains(IBAN_DE), "{format}: {}", r.stdout);
        assert!(r.stdout.contains("3000"), "{format}");
    }
    let shown = env.json(&["instrument", "show", &id.to_string()]);
    assert_eq!(shown["iban"], "******************3000");
    // The audit log keeps it masked.
    let r = env.run(&["audit", "--json"]).ok();
    assert!(!r.stdout.contains("0532013000"), "{}", r.stdout);
    // --reveal shows it and writes an audit entry each time.
    let revealed = env.json(&["instrument", "show", &id.to_string(), "--reveal"]);
    assert_eq!(revealed["iban"], IBAN_DE);
    let listed = env.json(&["instrument", "list", "A1", "--reveal"]);
    assert_eq!(listed[0]["iban"], IBAN_DE);
    let audit = env.json(&["audit", "--entity", "instrument"]);
    let reveals = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "reveal")
        .count();
    assert_eq!(reveals, 2);
    let r = env.run(&["audit", "--json"]).ok();
    assert!(
        !r.stdout.contains("0532013000"),
        "a reveal logged the number"
    );

    // The same account in domestic form is the same account: refused while it is active.
    let r = env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--bank-account",
            "0532013000",
            "--bank-code",
            "37040044",
            "--country",
            "DE",
            "--currency",
            "EUR",
        ],
        4,
    );
    assert!(
        r.stderr.contains(&format!("instrument {id}")),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("0532013000"), "{}", r.stderr);
    // ... even in another currency.
    env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            IBAN_DE,
            "--currency",
            "USD",
        ],
        4,
    );
    // After the IBAN ends, the domestic form may start.
    env.json(&["instrument", "end", &id.to_string(), "--on", "2026-12-31"]);
    let dom = env.json(&[
        "instrument",
        "add",
        "A1",
        "--bank-account",
        "532013000",
        "--bank-code",
        "37040044",
        "--country",
        "de",
        "--currency",
        "EUR",
        "--start",
        "2027-01-01",
    ]);
    assert_eq!(dom["bank_account"], "*****3000");
    assert_eq!(dom["bank_code"], "37040044");
    // GB and FR IBANs are fine too.
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_GB,
        "--currency",
        "GBP",
    ]);
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_FR,
        "--bic",
        "BNPAFRPP",
        "--currency",
        "EUR",
    ]);
    env.run(&["doctor"]).ok();
}

#[test]
fn bank_account_refusals() {
    let env = setup();
    fn add<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        join(&["instrument", "add", "A1"], extra)
    }
    // Check digits, length, structure, unknown country: 5, the number masked.
    for bad in [
        "DE88370400440532013000",
        "DE8937040044053201300",
        "XX89370400440532013000",
        "GB29NWBK6016133192681X",
        "not an iban",
    ] {
        let r = env.refused(&add(&["--iban", bad, "--currency", "EUR"]), 5);
        assert!(!r.stderr.contains("0532013"), "{}", r.stderr);
    }
    // BIC: malformed, with separators, or empty: 5. (Its country may differ from the
    // IBAN's: see tests/reference.rs.)
    for bic in ["DEUT", "DEUT-DE-FF", "DEUT1EFF", ""] {
        env.refused(
            &add(&["--iban", IBAN_DE, "--bic", bic, "--currency", "EUR"]),
            5,
        );
    }
    // Currency not ISO 4217: 5; missing: usage (2).
    env.refused(&add(&["--iban", IBAN_DE, "--currency", "EUX"]), 5);
    env.refused(&add(&["--iban", IBAN_DE]), 2);
    // Domestic form: bad country 5; missing bank code 2.
    env.refused(
        &add(&[
            "--bank-account",
            "123456",
            "--bank-code",
            "100",
            "--country",
            "XX",
            "--currency",
            "EUR",
        ]),
        5,
    );
    env.refused(
        &add(&[
            "--bank-account",
            "123456",
            "--country",
            "DE",
            "--currency",
            "EUR",
        ]),
        2,
    );
    // Both a card and an IBAN: usage (2). Preference not a number: 5.
    env.refused(
        &add(&[
            "--iban",
            IBAN_DE,
            "--currency",
            "EUR",
            "--card-number",
            "4111111111111111",
            "--expiry",
            "2029-01",
        ]),
        2,
    );
    env.refused(
        &add(&[
            "--iban",
            IBAN_DE,
            "--currency",
            "EUR",
            "--preference",
            "first",
        ]),
        5,
    );
    // A duplicate external id: 4.
    env.json(&add(&[
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--external-id",
        "X-1",
    ]));
    env.refused(
        &add(&[
            "--iban",
            IBAN_GB,
            "--currency",
            "GBP",
            "--external-id",
            "X-1",
        ]),
        4,
    );
}

#[test]
fn instrument_primaries_are_per_currency_and_dated() {
    let env = setup();
    let eur = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--primary",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    let eur_id = eur["id"].as_i64().unwrap();
    // A USD primary is another scope: fine. A second EUR primary overlapping: 4.
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_GB,
        "--currency",
        "USD",
        "--primary",
    ]);
    let r = env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            IBAN_FR,
            "--currency",
            "EUR",
            "--primary",
        ],
        4,
    );
    assert!(r.stderr.contains("set-primary"), "{}", r.stderr);
    let fr = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_FR,
        "--currency",
        "EUR",
        "--start",
        "2026-02-01",
        "--backdate",
    ]);
    let fr_id = fr["id"].as_i64().unwrap();
    // set-primary before its start: 4; unknown id: 3.
    env.refused(
        &[
            "instrument",
            "set-primary",
            &fr_id.to_string(),
            "--from",
            "2026-01-15",
            "--backdate",
        ],
        4,
    );
    env.refused(&["instrument", "set-primary", "999"], 3);
    let march = env.json(&[
        "instrument",
        "list",
        "A1",
        "--currency",
        "EUR",
        "--on",
        "2026-03-01",
    ]);
    let moved = env.json(&[
        "instrument",
        "set-primary",
        &fr_id.to_string(),
        "--from",
        "2026-06-01",
        "--backdate",
    ]);
    assert_eq!(moved["demoted"][0]["id"], eur_id);
    assert_eq!(moved["demoted"][0]["until"], "2026-05-31");
    assert_eq!(
        march,
        env.json(&[
            "instrument",
            "list",
            "A1",
            "--currency",
            "EUR",
            "--on",
            "2026-03-01"
        ]),
        "an answer about the past changed"
    );
    assert_eq!(primary_ids(&march), vec![eur_id]);
    let june = env.json(&[
        "instrument",
        "list",
        "A1",
        "--currency",
        "EUR",
        "--on",
        "2026-06-01",
    ]);
    assert_eq!(primary_ids(&june), vec![fr_id]);
    assert_eq!(default_id(&june), Some(fr_id));
    // Ending the new primary ends its role; the old one does not get it back by itself.
    env.json(&[
        "instrument",
        "end",
        &fr_id.to_string(),
        "--on",
        "2026-12-31",
    ]);
    let next = env.json(&[
        "instrument",
        "list",
        "A1",
        "--currency",
        "EUR",
        "--on",
        "2027-01-10",
    ]);
    assert!(primary_ids(&next).is_empty());
    // Without a primary the default is the one in force (here the only one).
    assert_eq!(default_id(&next), Some(eur_id));
    env.run(&["doctor"]).ok();
}

// ------------------------------------------------------------------ defaults (library)

#[test]
fn defaults_follow_primary_then_preference_then_start_with_reasons() {
    let env = setup();
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--start",
        "2026-01-01",
        "--preference",
        "2",
        "--backdate",
    ]);
    let fr = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_FR,
        "--currency",
        "EUR",
        "--start",
        "2026-03-01",
        "--preference",
        "1",
        "--backdate",
    ]);
    let site = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 Main St",
        "--use",
        "bill-to",
    ]);
    let site_id = site["id"].as_i64().unwrap();
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-01-01",
        "--primary",
        "--backdate",
    ]);
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CARD",
        "--start",
        "2026-01-01",
        "--primary",
        "--site",
        &site_id.to_string(),
        "--backdate",
    ]);

    let mut db = open_db(&env);
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let defaults =
        custctl::ops::instrument::defaults(&mut db, "A1", None, d("2026-11-22"), None).unwrap();
    // EUR is the account's currency; the lowest preference wins without a primary.
    assert_eq!(defaults.currency, "EUR");
    let bank = defaults.bank_account.choice.as_ref().unwrap();
    assert_eq!(bank.id, fr["id"].as_i64().unwrap());
    assert!(
        defaults.bank_account.reason.contains("preference"),
        "{}",
        defaults.bank_account.reason
    );
    assert!(bank.iban.as_deref().unwrap().starts_with("****"), "masked");
    assert_eq!(
        defaults.receipt_method.choice.as_ref().unwrap().method,
        "CHECK"
    );
    assert!(defaults.card.choice.is_none());
    assert!(
        defaults.card.reason.contains("no card"),
        "{}",
        defaults.card.reason
    );
    assert!(defaults.warnings.is_empty());
    // Before the FR account started, the DE one is the default.
    let feb = custctl::ops::instrument::defaults(&mut db, "A1", None, d("2026-02-01"), Some("eur"))
        .unwrap();
    assert_ne!(feb.bank_account.choice.unwrap().id, bank.id);
    // USD: none, with a reason.
    let usd = custctl::ops::instrument::defaults(&mut db, "A1", None, d("2026-11-22"), Some("USD"))
        .unwrap();
    assert!(usd.bank_account.choice.is_none());
    assert!(
        usd.bank_account.reason.contains("USD"),
        "{}",
        usd.bank_account.reason
    );
    // The site's own primary comes first; it is automatic (card) with no card: a warning.
    let at_site =
        custctl::ops::instrument::defaults(&mut db, "A1", Some(site_id), d("2026-11-22"), None)
            .unwrap();
    assert_eq!(
        at_site.receipt_method.choice.as_ref().unwrap().method,
        "CARD"
    );
    assert!(
        at_site.receipt_method.reason.contains("site"),
        "{}",
        at_site.receipt_method.reason
    );
    assert_eq!(at_site.warnings.len(), 1, "{:?}", at_site.warnings);
    assert!(
        at_site.warnings[0].contains("card"),
        "{:?}",
        at_site.warnings
    );
    // Before any assignment: no default receipt method, with the reason.
    let early =
        custctl::ops::instrument::defaults(&mut db, "A1", None, d("2025-06-01"), None).unwrap();
    assert!(early.receipt_method.choice.is_none());
    assert!(early.receipt_method.reason.contains("no primary"));
    drop(db);
    // A card makes the warning go away.
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        "5555555555554444",
        "--expiry",
        "2029-01",
    ]);
    let mut db = open_db(&env);
    let at_site =
        custctl::ops::instrument::defaults(&mut db, "A1", Some(site_id), d("2026-11-22"), None)
            .unwrap();
    assert!(at_site.warnings.is_empty(), "{:?}", at_site.warnings);
    assert!(at_site.card.choice.is_some());
}

// ------------------------------------------------------------------ doctor

#[test]
fn doctor_finds_broken_payment_invariants() {
    let env = setup();
    let a = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-01-01",
        "--end",
        "2026-03-31",
        "--primary",
        "--backdate",
    ]);
    let b = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "DD",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        "4111111111111111",
        "--expiry",
        "2029-01",
        "--primary",
    ]);
    env.run(&["doctor"]).ok();

    // Two primaries on one date, behind custctl's back.
    env.sql(&format!(
        "INSERT INTO receipt_method_primary (assignment_id, start_date) VALUES ({}, '2026-02-01')",
        b["id"]
    ));
    let r = env.run(&["doctor", "--json"]).code(4);
    assert!(
        r.stdout.contains("one-primary-receipt-method-per-date"),
        "{}",
        r.stdout
    );
    env.sql("DELETE FROM receipt_method_primary WHERE start_date = '2026-02-01'");
    env.run(&["doctor"]).ok();

    // An overlapping assignment of one method.
    env.sql(&format!(
        "INSERT INTO receipt_method_assignment (account_id, receipt_method_id, start_date, created_at)
         SELECT account_id, receipt_method_id, '2026-03-01', created_at FROM receipt_method_assignment WHERE id = {}",
        a["id"]
    ));
    let r = env.run(&["doctor", "--json"]).code(4);
    assert!(
        r.stdout
            .contains("receipt-method-assignments-do-not-overlap"),
        "{}",
        r.stdout
    );
    env.sql("DELETE FROM receipt_method_assignment WHERE start_date = '2026-03-01'");

    // The same card twice at overlapping dates, as a second primary card.
    env.sql(
        "INSERT INTO instrument (account_id, kind, brand, last4, expiry, fingerprint, start_date, created_at)
         SELECT account_id, kind, brand, last4, expiry, fingerprint, '2027-01-01', created_at FROM instrument;
         INSERT INTO instrument_primary (instrument_id, start_date) SELECT MAX(id), '2027-01-01' FROM instrument;",
    );
    let r = env.run(&["doctor", "--json"]).code(4);
    assert!(r.stdout.contains("same card"), "{}", r.stdout);
    assert!(r.stdout.contains("both primary"), "{}", r.stdout);
    env.sql(
        "DELETE FROM instrument_primary WHERE start_date = '2027-01-01';
         DELETE FROM instrument WHERE start_date = '2027-01-01';",
    );
    env.run(&["doctor"]).ok();

    // An account made inactive behind custctl's back while its payment details are in
    // force (custctl itself refuses the deactivation).
    env.refused(&["account", "update", "A1", "--status", "inactive"], 4);
    env.sql("UPDATE account SET status = 'inactive' WHERE number = 'A1';");
    let r = env.run(&["doctor", "--json"]).code(4);
    assert!(
        r.stdout
            .contains("no-payment-details-in-force-on-inactive-accounts"),
        "{}",
        r.stdout
    );
}

// ------------------------------------------------------------------ the new user's walk

#[test]
fn new_user_walk_through() {
    let env = setup();
    // A manual and an automatic method with consecutive dates; an overlapping one refused.
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2025-01-01",
        "--end",
        "2026-06-30",
        "--primary",
        "--backdate",
    ]);
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "DD",
        "--start",
        "2026-07-01",
        "--primary",
        "--backdate",
    ]);
    let r = env.refused(
        &[
            "account",
            "receipt-method",
            "assign",
            "A1",
            "CHECK",
            "--start",
            "2026-06-01",
            "--backdate",
        ],
        4,
    );
    assert!(
        r.stderr.contains("2025-01-01 to 2026-06-30"),
        "{}",
        r.stderr
    );
    let today = env.json(&["account", "receipt-method", "list", "A1"]);
    assert_eq!(today.as_array().unwrap().len(), 1);
    assert_eq!(today[0]["method"], "DD");
    assert_eq!(today[0]["primary"], true);

    // An EUR IBAN as primary (since 2025), a second EUR account, a USD account.
    let first = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--bic",
        "DEUTDEFF",
        "--currency",
        "EUR",
        "--primary",
        "--start",
        "2025-01-01",
        "--backdate",
    ]);
    let second = env.json(&[
        "instrument",
        "add",
        "A1",
        "--bank-account",
        "12345678",
        "--bank-code",
        "50010517",
        "--country",
        "DE",
        "--currency",
        "EUR",
        "--start",
        "2025-06-01",
        "--backdate",
    ]);
    let usd = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_GB,
        "--currency",
        "USD",
        "--start",
        "2025-01-01",
        "--backdate",
    ]);
    let (first, second, usd) = (
        first["id"].as_i64().unwrap(),
        second["id"].as_i64().unwrap(),
        usd["id"].as_i64().unwrap(),
    );
    let eur_year_ago = env.json(&[
        "instrument",
        "list",
        "A1",
        "--currency",
        "EUR",
        "--on",
        "2025-11-22",
    ]);
    let usd_year_ago = env.json(&[
        "instrument",
        "list",
        "A1",
        "--currency",
        "USD",
        "--on",
        "2025-11-22",
    ]);
    assert_eq!(default_id(&eur_year_ago), Some(first));
    assert_eq!(default_id(&usd_year_ago), Some(usd));

    // Move the EUR primary to the second account from today.
    let moved = env.json(&["instrument", "set-primary", &second.to_string()]);
    assert_eq!(moved["primary"], true);
    assert_eq!(moved["demoted"][0]["until"], "2026-11-21");

    let eur_today = env.json(&["instrument", "list", "A1", "--currency", "EUR"]);
    assert_eq!(default_id(&eur_today), Some(second));
    assert_eq!(primary_ids(&eur_today), vec![second]);
    let usd_today = env.json(&["instrument", "list", "A1", "--currency", "USD"]);
    assert_eq!(default_id(&usd_today), Some(usd));
    assert!(primary_ids(&usd_today).is_empty());
    // The year-ago answers have not changed.
    assert_eq!(
        eur_year_ago,
        env.json(&[
            "instrument",
            "list",
            "A1",
            "--currency",
            "EUR",
            "--on",
            "2025-11-22"
        ])
    );
    assert_eq!(
        usd_year_ago,
        env.json(&[
            "instrument",
            "list",
            "A1",
            "--currency",
            "USD",
            "--on",
            "2025-11-22"
        ])
    );
    // Yesterday the first was still primary.
    let yesterday = env.json(&[
        "instrument",
        "list",
        "A1",
        "--currency",
        "EUR",
        "--on",
        "2026-11-21",
    ]);
    assert_eq!(default_id(&yesterday), Some(first));
    // The library agrees.
    let mut db = open_db(&env);
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let now =
        custctl::ops::instrument::defaults(&mut db, "A1", None, d("2026-11-22"), None).unwrap();
    assert_eq!(now.bank_account.choice.unwrap().id, second);
    assert_eq!(now.receipt_method.choice.unwrap().method, "DD");
    assert!(now.warnings.is_empty(), "{:?}", now.warnings);
    let then =
        custctl::ops::instrument::defaults(&mut db, "A1", None, d("2025-11-22"), None).unwrap();
    assert_eq!(then.bank_account.choice.unwrap().id, first);
    assert_eq!(then.receipt_method.choice.unwrap().method, "CHECK");
    drop(db);
    env.run(&["doctor"]).ok();
}

// ------------------------------------------------------------------ property test (library)

mod sequences {
    use chrono::NaiveDate;
    use custctl::ops::receipt_method::{self as rm, AssignInput, NewMethodInput};
    use custctl::ops::{Context, account, instrument};
    use custctl::store::Db;
    use proptest::prelude::*;

    fn day(i: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(i)
    }

    #[derive(Debug, Clone)]
    enum Op {
        Assign {
            method: bool,
            site: bool,
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
            (
                any::<bool>(),
                any::<bool>(),
                0i64..200,
                proptest::option::of(0i64..120),
                any::<bool>()
            )
                .prop_map(|(method, site, start, len, primary)| Op::Assign {
                    method,
                    site,
                    start,
                    len,
                    primary
                }),
            (0usize..10, 0i64..300).prop_map(|(which, on)| Op::End { which, on }),
            (0usize..10, 0i64..300).prop_map(|(which, from)| Op::SetPrimary { which, from }),
        ]
    }

    fn defaults_before(db: &mut Db, site: i64, until: i64) -> Vec<(Option<i64>, Option<i64>)> {
        (0..until.min(300))
            .step_by(3)
            .map(|i| {
                db.read(|conn| {
                    let a = rm::default_on(conn, 1, None, day(i))?;
                    let s = rm::default_on(conn, 1, Some(site), day(i))?;
                    Ok((a.choice.map(|c| c.id), s.choice.map(|c| c.id)))
                })
                .unwrap()
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Random sequences of assign / end / set-primary through the real use cases never
        /// leave two primaries of one scope on one date, nor two overlapping assignments of
        /// one method, and never change an answer about a day before a set-primary's date.
        #[test]
        fn assign_end_set_primary_keep_the_invariants(ops in proptest::collection::vec(op(), 1..20)) {
            let dir = tempfile::tempdir().unwrap();
            let mut db = Db::open(&dir.path().join("p.db")).unwrap();
            let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z").unwrap().to_utc();
            let ctx = Context::new("prop", now);
            account::add(&mut db, &ctx, &account::NewAccountInput {
                number: "P1", name: "Prop", person: None, currency: None,
            }).unwrap();
            let site = account::add_site(&mut db, &ctx, "P1", &account::NewSiteInput {
                address: "1 Main St", city: None, postal_code: None, country: None,
                uses: "bill-to", primary: false,
            }).unwrap().site.id;
            for code in ["M1", "M2"] {
                rm::add_method(&mut db, &ctx, &NewMethodInput {
                    code, description: "m", kind: "manual", payment_type: None,
                    confirm: false, remit: false, reconcile: false,
                }).unwrap();
            }
            let mut assigned: Vec<i64> = Vec::new();
            for op in ops {
                match op {
                    Op::Assign { method, site: at_site, start, len, primary } => {
                        let start_s = day(start).to_string();
                        let end_s = len.map(|l| day(start + l).to_string());
                        let site_id = at_site.then_some(site);
                        if let Ok(a) = rm::assign(&mut db, &ctx, &AssignInput {
                            number: "P1",
                            method: if method { "M1" } else { "M2" },
                            start: Some(&start_s),
                            end: end_s.as_deref(),
                            primary,
                            site: site_id,
                            // Dates before and after today: the primary rules are tested
                            // here, the back-dating rule in tests/properties.rs.
                            backdate: true,
                        }) {
                            assigned.push(a.id);
                        }
                    }
                    Op::End { which, on } => {
                        if let Some(&id) = assigned.get(which) {
                            let _ = rm::end(&mut db, &ctx, "P1", id, day(on), true);
                        }
                    }
                    Op::SetPrimary { which, from } => {
                        if let Some(&id) = assigned.get(which) {
                            let before = defaults_before(&mut db, site, from);
                            if rm::set_primary(&mut db, &ctx, "P1", id, day(from), true).is_ok() {
                                prop_assert_eq!(&before, &defaults_before(&mut db, site, from));
                                let now_primary = db.read(|conn| {
                                    custctl::store::receipt_method::assignment(conn, id, day(from))
                                }).unwrap().unwrap();
                                prop_assert!(now_primary.primary);
                            }
                        }
                    }
                }
                let (overlaps, primaries) = db.read(|conn| Ok((
                    custctl::store::receipt_method::overlapping_assignments(conn)?,
                    custctl::store::receipt_method::primary_problems(conn)?,
                ))).unwrap();
                prop_assert!(overlaps.is_empty(), "{:?}", overlaps);
                prop_assert!(primaries.is_empty(), "{:?}", primaries);
            }
        }
    }

    fn bank_defaults_before(db: &mut Db, until: i64) -> Vec<(Option<i64>, Option<i64>)> {
        (0..until.min(300))
            .step_by(3)
            .map(|i| {
                db.read(|conn| {
                    let e = instrument::default_bank_account(conn, 1, None, "EUR", day(i))?;
                    let u = instrument::default_bank_account(conn, 1, None, "USD", day(i))?;
                    Ok((e.choice.map(|c| c.id), u.choice.map(|c| c.id)))
                })
                .unwrap()
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// The same for bank accounts: one primary per account and currency on any date, the
        /// same account never active twice, and the past never rewritten by set-primary.
        #[test]
        fn instrument_add_end_set_primary_keep_the_invariants(ops in proptest::collection::vec(op(), 1..20)) {
            let dir = tempfile::tempdir().unwrap();
            let mut db = Db::open(&dir.path().join("p.db")).unwrap();
            let now = chrono::DateTime::parse_from_rfc3339("2026-01-01T12:00:00Z").unwrap().to_utc();
            let ctx = Context::new("prop", now);
            account::add(&mut db, &ctx, &account::NewAccountInput {
                number: "P1", name: "Prop", person: None, currency: None,
            }).unwrap();
            let mut added: Vec<i64> = Vec::new();
            for op in ops {
                match op {
                    // `method` picks the currency, `site` one of two account numbers.
                    Op::Assign { method, site, start, len, primary } => {
                        let start_s = day(start).to_string();
                        let end_s = len.map(|l| day(start + l).to_string());
                        let number = if site { "1234567" } else { "7654321" };
                        let pref = (start % 3).to_string();
                        let input = instrument::InstrumentInput {
                            account: "P1",
                            bank_account: Some(number),
                            bank_code: Some("37040044"),
                            country: Some("DE"),
                            currency: Some(if method { "EUR" } else { "USD" }),
                            primary,
                            start: Some(&start_s),
                            end: end_s.as_deref(),
                            preference: (start % 3 != 0).then_some(pref.as_str()),
                            ..Default::default()
                        };
                        if let Ok(i) = instrument::add(&mut db, &ctx, &input, true) {
                            added.push(i.id);
                        }
                    }
                    Op::End { which, on } => {
                        if let Some(&id) = added.get(which) {
                            let _ = instrument::end(&mut db, &ctx, id, day(on), true);
                        }
                    }
                    Op::SetPrimary { which, from } => {
                        if let Some(&id) = added.get(which) {
                            let before = bank_defaults_before(&mut db, from);
                            if instrument::set_primary(&mut db, &ctx, id, day(from), true).is_ok() {
                                prop_assert_eq!(&before, &bank_defaults_before(&mut db, from));
                                let i = db.read(|conn| instrument::require_instrument(conn, id, day(from))).unwrap();
                                prop_assert!(i.primary);
                            }
                        }
                    }
                }
                let problems = db.read(instrument::doctor_problems).unwrap();
                prop_assert!(problems.is_empty(), "{:?}", problems);
            }
        }
    }
}

#[test]
fn a_sites_own_primary_instrument_comes_before_the_accounts() {
    let env = setup();
    let site = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 Main St",
        "--use",
        "bill-to",
    ]);
    let site_id = site["id"].as_i64().unwrap();
    let account_level = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--primary",
    ]);
    // A site is a scope of its own: its primary does not clash with the account's.
    let site_level = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_FR,
        "--currency",
        "EUR",
        "--primary",
        "--site",
        &site_id.to_string(),
    ]);
    // A second primary at the same site does.
    env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            IBAN_GB,
            "--currency",
            "EUR",
            "--primary",
            "--site",
            &site_id.to_string(),
        ],
        4,
    );
    let mut db = open_db(&env);
    let on = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let at_site =
        custctl::ops::instrument::defaults(&mut db, "A1", Some(site_id), on, None).unwrap();
    assert_eq!(
        at_site.bank_account.choice.unwrap().id,
        site_level["id"].as_i64().unwrap()
    );
    assert!(
        at_site.bank_account.reason.contains("site"),
        "{}",
        at_site.bank_account.reason
    );
    let account = custctl::ops::instrument::defaults(&mut db, "A1", None, on, None).unwrap();
    assert_eq!(
        account.bank_account.choice.unwrap().id,
        account_level["id"].as_i64().unwrap()
    );
    // A site of another account, or an unknown one, is refused.
    env.json(&["account", "add", "B1", "--name", "Other"]);
    env.refused(
        &[
            "instrument",
            "add",
            "B1",
            "--iban",
            IBAN_GB,
            "--currency",
            "EUR",
            "--site",
            &site_id.to_string(),
        ],
        4,
    );
    env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            IBAN_GB,
            "--currency",
            "EUR",
            "--site",
            "99",
        ],
        3,
    );
    drop(db);
    env.run(&["doctor"]).ok();
}

/// Payment records are named by their id alone in the commands on one record, as
/// `instrument end ID` and `instrument set-primary ID` do: `account receipt-method end ID`
/// and `set-primary ID`; the earlier `NUMBER ID` form still works, and checks the number.
#[test]
fn receipt_method_assignments_are_named_by_their_id_alone() {
    let env = setup();
    env.json(&["account", "add", "A2", "--name", "Other"]);
    let a = env.json(&["account", "receipt-method", "assign", "A1", "CHECK"]);
    let b = env.json(&["account", "receipt-method", "assign", "A1", "DD"]);
    let (a, b) = (a["id"].to_string(), b["id"].to_string());
    // The id alone, as for instruments.
    let ended = env.json(&["account", "receipt-method", "end", &a, "--on", "2026-12-31"]);
    assert_eq!(ended["end"], "2026-12-31");
    assert_eq!(ended["account"], "A1");
    let moved = env.json(&["account", "receipt-method", "set-primary", &b]);
    assert_eq!(moved["primary"], true);
    // The earlier form: the account number first.
    let ended = env.json(&[
        "account",
        "receipt-method",
        "end",
        "A1",
        &b,
        "--on",
        "2027-01-31",
    ]);
    assert_eq!(ended["end"], "2027-01-31");
    // ... where a number that is not the assignment's account is not found (3).
    let run = env.refused(
        &[
            "account",
            "receipt-method",
            "end",
            "A2",
            &b,
            "--on",
            "2027-01-31",
        ],
        3,
    );
    assert!(
        run.stderr
            .contains("account A2 has no receipt-method assignment")
    );
    // An unknown id: 3; not a number: 5 (assignments have no external id).
    let run = env.refused(
        &[
            "account",
            "receipt-method",
            "end",
            "99",
            "--on",
            "2027-01-31",
        ],
        3,
    );
    assert!(
        run.stderr
            .contains("receipt-method assignment 99 does not exist"),
        "{}",
        run.stderr
    );
    let run = env.refused(&["account", "receipt-method", "set-primary", "ext:X"], 5);
    assert!(run.stderr.contains("no external id"), "{}", run.stderr);
    // The usage line shows the one form.
    let help = env
        .run(&["account", "receipt-method", "end", "--help"])
        .ok();
    assert!(
        help.stdout
            .contains("end [OPTIONS] --on <DATE> <ASSIGNMENT>"),
        "{}",
        help.stdout
    );
    // Instruments: the same pattern.
    let i = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
    ]);
    let ended = env.json(&[
        "instrument",
        "end",
        &i["id"].to_string(),
        "--on",
        "2026-12-31",
    ]);
    assert_eq!(ended["end"], "2026-12-31");
}

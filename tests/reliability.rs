//! Reliability: concurrent writers, crashes, hostile input. See the README's
//! "Reliability" section for the figures these tests establish.

mod common;

use std::process::Command as StdCommand;
use std::sync::Arc;
use std::thread;

use common::{Env, Run, to_run};

const WRITERS: usize = 8;
/// Each writer's adds: fewer on PostgreSQL, where every process connects over TCP and
/// prepares its statements anew (the race and the count checks are the same; the volume
/// keeps the suite inside CI's time).
fn adds_per_writer() -> usize {
    if common::on_postgres() { 25 } else { 100 }
}

/// Runs `per_writer(w, i)` as custctl commands from `WRITERS` threads at once (each a
/// separate process per command), plus a reader listing all the while. Every command must
/// succeed.
fn concurrently(
    env: &Arc<Env>,
    per_writer: fn(usize, usize) -> Vec<String>,
    reader: &'static [&'static str],
) {
    let mut handles = Vec::new();
    for w in 0..WRITERS {
        let env = Arc::clone(env);
        handles.push(thread::spawn(move || {
            for i in 0..adds_per_writer() {
                let args = per_writer(w, i);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let run = env.run(&args);
                assert_eq!(run.code, 0, "writer {w} add {i} failed: {}", run.stderr);
            }
        }));
    }
    let reader_env = Arc::clone(env);
    let reader = thread::spawn(move || {
        let mut reads = 0;
        for _ in 0..40 {
            let run = reader_env.run(reader);
            assert_eq!(run.code, 0, "reader failed: {}", run.stderr);
            reads += 1;
        }
        reads
    });
    for h in handles {
        h.join().expect("writer thread");
    }
    assert_eq!(reader.join().expect("reader thread"), 40);
}

#[test]
fn concurrent_writers_all_succeed_and_nothing_is_lost() {
    let env = Arc::new(Env::new());
    env.json(&["init"]);
    concurrently(
        &env,
        |w, i| {
            vec![
                "person".into(),
                "add".into(),
                "--name".into(),
                format!("Writer {w} person {i}"),
                "--external-id".into(),
                format!("W{w}-{i}"),
            ]
        },
        &["person", "list", "--format", "ndjson"],
    );
    let people = env
        .run(&["person", "list", "--format", "ndjson"])
        .ok()
        .ndjson();
    assert_eq!(people.len(), WRITERS * adds_per_writer());
    let mut ids: Vec<String> = people
        .iter()
        .map(|p| p["external_id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(
        ids.len(),
        WRITERS * adds_per_writer(),
        "every row exactly once"
    );
    env.run(&["audit", "verify"]).ok();
    env.run(&["doctor"]).ok();
}

/// A Luhn-valid 16-digit Visa number made from `seed`.
fn visa(seed: usize) -> String {
    let body = format!("4{:014}", seed);
    let sum: u32 = body
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap();
            if i % 2 == 0 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

#[test]
fn concurrent_contact_and_instrument_writers_lose_nothing() {
    let env = Arc::new(Env::new());
    env.json(&[
        "person",
        "add",
        "--name",
        "Caller",
        "--external-id",
        "CALLER",
    ]);
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "GEN",
        "--description",
        "General",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "GEN",
        "CALL",
        "--description",
        "Call",
    ]);
    env.json(&["account", "add", "A-1", "--name", "Acme"]);
    concurrently(
        &env,
        |w, i| {
            vec![
                "contact".into(),
                "add".into(),
                "--person".into(),
                "ext:CALLER".into(),
                "--class".into(),
                "GEN".into(),
                "--type".into(),
                "CALL".into(),
                "--comment".into(),
                format!("writer {w} contact {i}"),
            ]
        },
        &["contact", "list", "--format", "ndjson"],
    );
    concurrently(
        &env,
        |w, i| {
            vec![
                "instrument".into(),
                "add".into(),
                "A-1".into(),
                "--card-number".into(),
                visa(w * 1000 + i),
                "--expiry".into(),
                "2030-12".into(),
            ]
        },
        &["instrument", "list", "A-1", "--format", "ndjson"],
    );
    let contacts = env
        .run(&["contact", "list", "--format", "ndjson"])
        .ok()
        .ndjson();
    let mut comments: Vec<&str> = contacts
        .iter()
        .map(|c| c["comment"].as_str().unwrap())
        .collect();
    comments.sort();
    comments.dedup();
    assert_eq!(
        comments.len(),
        WRITERS * adds_per_writer(),
        "every contact exactly once"
    );
    let cards = env
        .run(&["instrument", "list", "A-1", "--format", "ndjson"])
        .ok()
        .ndjson();
    assert_eq!(
        cards.len(),
        WRITERS * adds_per_writer(),
        "every card exactly once"
    );
    env.run(&["audit", "verify"]).ok();
    env.run(&["doctor"]).ok();
}

/// Values no command may accept, with the exit code each must give; none may change the
/// database or panic.
#[test]
fn hostile_values_are_refused_cleanly() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada", "--external-id", "ADA"]);
    env.json(&["account", "add", "A-1", "--name", "Acme"]);
    let huge = "9".repeat(5000);
    let long_name = "n".repeat(100_000);
    let cases: Vec<(Vec<&str>, i32)> = vec![
        (vec!["person", "add", "--name", ""], 5),
        (vec!["person", "add", "--name", &long_name], 5),
        // NUL cannot be passed in argv; other control characters can.
        (vec!["person", "add", "--name", "a\u{1}b"], 5),
        (
            vec![
                "person",
                "add",
                "--name",
                "Robert'); DROP TABLE person;--",
                "--email",
                "x",
            ],
            5,
        ),
        (vec!["person", "show", "1; DROP TABLE person"], 3),
        (vec!["person", "show", &huge], 5),
        (vec!["person", "show", "-1"], 2),
        (vec!["person", "list", "--limit", "-5"], 2),
        (vec!["person", "list", "--limit", &huge], 2),
        (
            vec![
                "person",
                "relate",
                "1",
                "--to",
                "2",
                "--role",
                "contact",
                "--start",
                "2026-02-30",
            ],
            5,
        ),
        (
            vec![
                "person",
                "relate",
                "1",
                "--to",
                "2",
                "--role",
                "contact",
                "--start",
                "0000-00-00",
            ],
            5,
        ),
        (
            vec![
                "person",
                "relate",
                "1",
                "--to",
                "2",
                "--role",
                "contact",
                "--start",
                "99999-01-01",
            ],
            5,
        ),
        (
            vec![
                "account",
                "add",
                "' OR 1=1 --",
                "--name",
                "x",
                "--currency",
                "US",
            ],
            5,
        ),
        (vec!["account", "show", "' OR 1=1 --"], 3),
        (
            vec![
                "account",
                "update",
                "A-1",
                "--status",
                "ACTIVE; DELETE FROM account",
            ],
            5,
        ),
        (
            vec![
                "account",
                "site",
                "add",
                "A-1",
                "--address",
                "x",
                "--use",
                "",
            ],
            5,
        ),
        (vec!["audit", "--since", "yesterday"], 5),
        (vec!["audit", "--limit", "many"], 2),
    ];
    for (args, code) in cases {
        let run = env.refused(&args, code);
        assert!(
            run.stderr.starts_with("error:") || run.stderr.contains("error:"),
            "no error message for {args:?}: {}",
            run.stderr
        );
        assert_ne!(run.code, 101, "panic for {args:?}");
    }
    // Invalid UTF-8 in an argument is a usage error, not a panic.
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"\xff\xfe");
    let out = env
        .cmd()
        .args(["person", "add", "--name"])
        .arg(bad)
        .output()
        .unwrap();
    let run: Run = to_run(out);
    assert!(matches!(run.code, 2 | 5), "{}", run.stderr);
    env.run(&["doctor"]).ok();
}

#[test]
fn killed_writers_leave_a_sound_database() {
    let env = Env::new();
    env.json(&["init"]);
    let bin = assert_cmd::cargo::cargo_bin("custctl");
    let mut kills = 0;
    for round in 0..24u64 {
        let mut child = StdCommand::new(&bin)
            .env_clear()
            .env("CUSTCTL_DB", &env.db)
            .env("CUSTCTL_KEY_FILE", env.key_file())
            .env("CUSTCTL_ACTOR", "killer")
            .args([
                "person",
                "add",
                "--name",
                &format!("Victim {round}"),
                "--email",
                "v@example.com",
            ])
            .spawn()
            .unwrap();
        // Kill at a spread of moments: before, during and after the transaction.
        thread::sleep(std::time::Duration::from_micros((round * 7919) % 12_000));
        let _ = child.kill();
        let _ = child.wait();
        kills += 1;
    }
    // Imports: each round a file of its own, killed at a spread of moments from start-up to
    // past the end; each must be wholly in or wholly out.
    const ROWS: usize = 10_000;
    let mut imported_rounds = 0;
    for round in 0..12u64 {
        let file = env.path(&format!("round{round}.csv"));
        let mut csv = String::from("external_id,name,email\n");
        for i in 0..ROWS {
            csv.push_str(&format!(
                "K{round}-{i},Killed {round} {i},k{i}@example.com\n"
            ));
        }
        std::fs::write(&file, csv).unwrap();
        let mut child = StdCommand::new(&bin)
            .env_clear()
            .env("CUSTCTL_DB", &env.db)
            .env("CUSTCTL_KEY_FILE", env.key_file())
            .env("CUSTCTL_ACTOR", "killer")
            .args(["person", "import", file.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        thread::sleep(std::time::Duration::from_millis(round * 90));
        let _ = child.kill();
        let status = child.wait().unwrap();
        kills += 1;
        let present = env
            .run(&[
                "person",
                "list",
                "--search",
                &format!("K{round}-"),
                "--format",
                "ndjson",
            ])
            .ok()
            .ndjson()
            .len();
        assert!(
            present == 0 || present == ROWS,
            "import round {round} is half-written: {present} of {ROWS} rows (exit {status:?})"
        );
        if present == ROWS {
            imported_rounds += 1;
        }
    }
    eprintln!("kills: {kills}, imports completed before their kill: {imported_rounds} of 12");
    assert!(kills >= 20);
    // Some kills must land mid-import for this test to mean anything: the first rounds die
    // before any commit.
    assert!(imported_rounds < 12, "no import was interrupted");
    let import_entries = env
        .json(&["audit", "--by", "killer"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "import")
        .count();
    assert_eq!(
        import_entries, imported_rounds,
        "an import's audit entry exists exactly when its rows do"
    );
    env.run(&["doctor"]).ok();
    env.run(&["audit", "verify"]).ok();
    // Each add is all or nothing: a person exists exactly when its audit entry does.
    let victims = env
        .run(&["person", "list", "--search", "Victim", "--format", "ndjson"])
        .ok()
        .ndjson();
    let audited_adds = env
        .json(&["audit", "--entity", "person"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "add")
        .count();
    assert_eq!(victims.len(), audited_adds);
    for p in &victims {
        assert_eq!(
            p["email"], "v@example.com",
            "a person without its email point"
        );
    }
}

#[test]
fn hostile_values_for_contacts_payments_and_profiles_are_refused_cleanly() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada", "--external-id", "ADA"]);
    env.json(&[
        "account",
        "add",
        "A-1",
        "--name",
        "Acme",
        "--currency",
        "EUR",
    ]);
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "GEN",
        "--description",
        "General",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "GEN",
        "CALL",
        "--description",
        "Call",
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
        "profile-class",
        "add",
        "STD",
        "--description",
        "Standard",
    ]);
    env.json(&[
        "contact", "add", "--person", "ADA", "--class", "GEN", "--type", "CALL", "--open",
    ]);
    let huge = "9".repeat(400);
    let long_text = "x".repeat(4001);
    let huge_limit = format!("EUR={huge}");
    let cases: Vec<(Vec<&str>, i32)> = vec![
        (
            vec![
                "contact",
                "add",
                "--person",
                "ADA",
                "--class",
                "GEN",
                "--type",
                "CALL",
                "--at",
                "2026-02-30T10:00:00Z",
            ],
            5,
        ),
        (
            vec![
                "contact",
                "add",
                "--person",
                "ADA",
                "--class",
                "GEN",
                "--type",
                "CALL",
                "--method",
                "telepathy",
            ],
            5,
        ),
        (
            vec![
                "contact",
                "add",
                "--person",
                "ADA",
                "--class",
                "GEN",
                "--type",
                "CALL",
                "--comment",
                &long_text,
            ],
            5,
        ),
        (
            vec![
                "contact", "add", "--person", "ADA", "--class", "GEN", "--type", "CALL", "--char",
                "NOPE",
            ],
            5,
        ),
        (
            vec![
                "contact",
                "add",
                "--person",
                "ADA",
                "--class",
                "'; DROP TABLE contact; --",
                "--type",
                "CALL",
            ],
            3,
        ),
        (
            vec![
                "contact",
                "log",
                "add",
                "1",
                "--text",
                "x",
                "--remind-on",
                "2026-13-01",
                "--to-user",
                "u",
            ],
            5,
        ),
        (vec!["contact", "show", &huge], 2),
        (vec!["contact", "list", "--limit", "-1"], 2),
        (vec!["contact", "reminders", "--lead-days", "-3"], 2),
        (
            vec![
                "instrument",
                "add",
                "A-1",
                "--card-number",
                "1234567890123456",
                "--expiry",
                "2030-01",
            ],
            5,
        ),
        (
            vec![
                "instrument",
                "add",
                "A-1",
                "--card-number",
                "4111111111111111",
                "--expiry",
                "2030-13",
            ],
            5,
        ),
        (
            vec![
                "instrument",
                "add",
                "A-1",
                "--card-number",
                "4111111111111111",
                "--expiry",
                "2020-01",
            ],
            5,
        ),
        (
            vec![
                "instrument",
                "add",
                "A-1",
                "--iban",
                "DE00370400440532013000",
                "--currency",
                "EUR",
            ],
            5,
        ),
        (
            vec![
                "instrument",
                "add",
                "A-1",
                "--iban",
                "DE89370400440532013000",
                "--currency",
                "EURO",
            ],
            5,
        ),
        (
            vec![
                "instrument",
                "add",
                "A-1",
                "--iban",
                "DE89370400440532013000",
                "--currency",
                "EUR",
                "--preference",
                &huge,
            ],
            5,
        ),
        (
            vec![
                "instrument",
                "add",
                "A-1",
                "--iban",
                "DE89370400440532013000",
                "--currency",
                "EUR",
                "--start",
                "2026-12-01",
                "--end",
                "2026-11-01",
            ],
            5,
        ),
        (
            vec![
                "account",
                "receipt-method",
                "assign",
                "A-1",
                "CHECK",
                "--start",
                "31/12/2026",
            ],
            5,
        ),
        (
            vec!["account", "receipt-method", "assign", "A-1", "NOPE"],
            3,
        ),
        (
            vec![
                "catalog",
                "profile-class",
                "add",
                "X",
                "--description",
                "x",
                "--credit-limit",
                "EUR=-5",
            ],
            5,
        ),
        (
            vec![
                "catalog",
                "profile-class",
                "add",
                "X",
                "--description",
                "x",
                "--credit-limit",
                "EUR=1.234",
            ],
            5,
        ),
        (
            vec![
                "catalog",
                "profile-class",
                "add",
                "X",
                "--description",
                "x",
                "--credit-limit",
                &huge_limit,
            ],
            5,
        ),
        (
            vec![
                "catalog",
                "profile-class",
                "add",
                "X",
                "--description",
                "x",
                "--tolerance",
                "lots",
            ],
            5,
        ),
        (
            vec![
                "profile",
                "set",
                "A-1",
                "--class",
                "STD",
                "--start",
                "2026-02-29",
            ],
            5,
        ),
        (vec!["relationship", "link", "A-1", "A-1"], 4),
        (vec!["relationship", "link", "A-1", "' OR ''='"], 3),
    ];
    for (args, code) in cases {
        let run = env.refused(&args, code);
        assert!(
            run.stderr.contains("error"),
            "no error message for {args:?}: {}",
            run.stderr
        );
    }
    env.run(&["doctor"]).ok();
}

/// Eight processes assign the same receipt method to one account for overlapping periods
/// at once: the date rule lets exactly one through (4 for the others), on SQLite and on
/// PostgreSQL (where writers take turns under an advisory lock), and `doctor` stays clean.
#[test]
fn racing_overlapping_assignments_let_exactly_one_win() {
    let env = Arc::new(Env::new());
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
    let start = Arc::new(std::sync::Barrier::new(WRITERS));
    let handles: Vec<_> = (0..WRITERS)
        .map(|w| {
            let env = Arc::clone(&env);
            let start = Arc::clone(&start);
            thread::spawn(move || {
                // Each starts on a different day of one month: every pair overlaps.
                let day = format!("2027-01-{:02}", w + 1);
                start.wait();
                env.run(&[
                    "account",
                    "receipt-method",
                    "assign",
                    "A1",
                    "CHECK",
                    "--start",
                    &day,
                ])
            })
        })
        .collect();
    let runs: Vec<Run> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let won = runs.iter().filter(|r| r.code == 0).count();
    let refused = runs.iter().filter(|r| r.code == 4).count();
    assert_eq!(
        (won, refused),
        (1, WRITERS - 1),
        "{:?}",
        runs.iter().map(|r| (r.code, &r.stderr)).collect::<Vec<_>>()
    );
    let list = env.json(&["account", "receipt-method", "list", "A1", "--all"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    env.json(&["doctor"]);
}

/// Eight processes make eight different assignments of one account the primary from the
/// same day at once: writers take turns, so each replaces the one before and the account
/// has exactly one primary on that day (and one on the day before: none), on both backends;
/// `doctor` stays clean.
#[test]
fn racing_primaries_leave_exactly_one_primary_per_date() {
    let env = Arc::new(Env::new());
    env.json(&[
        "account",
        "add",
        "A1",
        "--name",
        "Acme",
        "--currency",
        "EUR",
    ]);
    let mut ids = Vec::new();
    for w in 0..WRITERS {
        let code = format!("M{w}");
        env.json(&[
            "catalog",
            "receipt-method",
            "add",
            &code,
            "--description",
            "Manual",
            "--kind",
            "manual",
        ]);
        let a = env.json(&[
            "account",
            "receipt-method",
            "assign",
            "A1",
            &code,
            "--start",
            "2027-01-01",
        ]);
        ids.push(a["id"].to_string());
    }
    let start = Arc::new(std::sync::Barrier::new(WRITERS));
    let handles: Vec<_> = ids
        .iter()
        .map(|id| {
            let env = Arc::clone(&env);
            let start = Arc::clone(&start);
            let id = id.clone();
            thread::spawn(move || {
                start.wait();
                env.run(&[
                    "account",
                    "receipt-method",
                    "set-primary",
                    &id,
                    "--from",
                    "2027-02-01",
                ])
            })
        })
        .collect();
    let runs: Vec<Run> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(
        runs.iter().all(|r| r.code == 0),
        "{:?}",
        runs.iter().map(|r| (r.code, &r.stderr)).collect::<Vec<_>>()
    );
    let primaries_on = |day: &str| {
        env.json(&["account", "receipt-method", "list", "A1", "--on", day])
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["primary"] == true)
            .count()
    };
    assert_eq!(primaries_on("2027-02-01"), 1);
    assert_eq!(primaries_on("2027-06-30"), 1);
    env.json(&["doctor"]);
}

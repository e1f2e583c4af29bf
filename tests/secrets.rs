//! Secrets (issue 7, item 5; product.md §3.4, §4): a scripted run through the real binary
//! that uses full card numbers in `instrument add`, in CSV and NDJSON imports (accepted and
//! refused rows, all-or-nothing and `--skip-invalid --rejects`), then lists, shows with
//! `--reveal`, audits, exports (to a file and to stdout), backs up and imports the export
//! into a second database. No full number (plain, grouped by spaces or dashes, UTF-16) may be
//! in any file or output of the run. `tests/payments.rs` already covers `instrument add`
//! refusals and misplaced numbers on the command line; this covers what it does not.
//! Also: card verification codes are refused (import columns and keys, command-line flags)
//! and the database, key and backup files are private (0600).
//!
//! Assertion messages never print a card number: they name the card by its index.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{Env, Run};
use serde_json::Value;

/// Test card numbers: 0-1 added on the command line, 2-3 imported from CSV, 4-5 from NDJSON
/// (5 as a JSON number), 6-7 only ever refused.
const CARDS: &[&str] = &[
    "4111111111111111",
    "5555555555554444",
    "378282246310005",
    "6011111111111117",
    "3530111333300000",
    "6200000000000005",
    "3056930009020004",
    "2223003122003222",
];

const EXPIRY: &str = "2030-01";

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

fn write(env: &Env, name: &str, body: &str) -> String {
    let path = env.path(name);
    std::fs::write(&path, body).unwrap();
    path.to_str().unwrap().to_string()
}

/// A card number grouped as people write it: by four, and amex as 4-6-5.
fn forms(pan: &str) -> Vec<(&'static str, Vec<u8>)> {
    let by = |sizes: &[usize], sep: &str| {
        let mut parts = Vec::new();
        let mut rest = pan;
        for &n in sizes {
            if rest.is_empty() {
                break;
            }
            let (a, b) = rest.split_at(n.min(rest.len()));
            parts.push(a);
            rest = b;
        }
        if !rest.is_empty() {
            parts.push(rest);
        }
        parts.join(sep).into_bytes()
    };
    vec![
        ("digits", pan.as_bytes().to_vec()),
        ("grouped by 4 with spaces", by(&[4, 4, 4, 4], " ")),
        ("grouped by 4 with dashes", by(&[4, 4, 4, 4], "-")),
        ("grouped 4-6-5 with spaces", by(&[4, 6, 5], " ")),
        ("grouped 4-6-5 with dashes", by(&[4, 6, 5], "-")),
        ("grouped by 4 with dots", by(&[4, 4, 4, 4], ".")),
        ("grouped by 4 with slashes", by(&[4, 4, 4, 4], "/")),
        ("grouped 4-6-5 with dots", by(&[4, 6, 5], ".")),
        (
            "UTF-16",
            pan.encode_utf16().flat_map(|u| u.to_le_bytes()).collect(),
        ),
    ]
}

/// Every place searched, by name.
#[derive(Default)]
struct Places(Vec<(String, Vec<u8>)>);

impl Places {
    fn add(&mut self, name: impl Into<String>, bytes: Vec<u8>) {
        self.0.push((name.into(), bytes));
    }

    /// A file, which must exist.
    fn file(&mut self, path: &Path) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        self.add(path.file_name().unwrap().to_string_lossy(), bytes);
    }

    /// A database with its -wal, -shm (when there) and key.
    fn database(&mut self, db: &Path) {
        self.file(db);
        for suffix in ["-wal", "-shm", ".key"] {
            let path = PathBuf::from(format!("{}{suffix}", db.display()));
            if path.exists() {
                self.file(&path);
            }
        }
    }

    /// Searches every place for every card in every form.
    fn assert_no_card(&self) {
        for (i, pan) in CARDS.iter().enumerate() {
            for (form, needle) in forms(pan) {
                for (name, bytes) in &self.0 {
                    let found = bytes.windows(needle.len()).any(|w| w == needle.as_slice());
                    assert!(
                        !found,
                        "test card #{i} ({form}) was found in {name}; the number is not printed here"
                    );
                }
            }
        }
    }
}

/// Captured stdout and stderr of every command, each named by its step.
#[derive(Default)]
struct Captured(Vec<(String, Vec<u8>)>);

impl Captured {
    fn keep(&mut self, step: &str, r: Run) -> Run {
        self.0
            .push((format!("stdout of {step}"), r.stdout.clone().into_bytes()));
        self.0
            .push((format!("stderr of {step}"), r.stderr.clone().into_bytes()));
        r
    }
}

/// Runs a command that must exit with `code`, keeping its output; the message names the step,
/// not the arguments (they hold card numbers).
#[track_caller]
fn expect(env: &Env, cap: &mut Captured, step: &str, args: &[&str], code: i32) -> Run {
    let r = env.run(args);
    assert_eq!(r.code, code, "{step}: exit code");
    cap.keep(step, r)
}

fn rows_of(v: &Value, key: &str) -> u64 {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} in an import summary"))
}

#[test]
fn no_full_card_number_in_any_file_or_output_of_a_scripted_run() {
    if common::sqlite_only(
        "it reads the SQLite file, its WAL and its backup copy byte by byte (on PostgreSQL, tests/payments.rs searches every row)",
    ) {
        return;
    }
    let env = Env::new();
    let mut cap = Captured::default();
    expect(
        &env,
        &mut cap,
        "account add",
        &[
            "account",
            "add",
            "A1",
            "--name",
            "Acme",
            "--currency",
            "EUR",
        ],
        0,
    );
    // Keep a connection open so that the WAL is not checkpointed away when each custctl
    // process ends: its bytes are searched too.
    let hold = rusqlite::Connection::open(&env.db).unwrap();
    let _: i64 = hold
        .query_row("SELECT count(*) FROM account", [], |r| r.get(0))
        .unwrap();

    // -- instrument add: two cards, one grouped as typed by people, in two formats.
    expect(
        &env,
        &mut cap,
        "add card 0",
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            CARDS[0],
            "--expiry",
            EXPIRY,
            "--holder",
            "Ann Example",
            "--json",
        ],
        0,
    );
    let grouped1 = String::from_utf8(forms(CARDS[1])[1].1.clone()).unwrap();
    expect(
        &env,
        &mut cap,
        "add card 1 (grouped)",
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            &grouped1,
            "--expiry",
            EXPIRY,
        ],
        0,
    );
    // A refused add: a card of an unknown account (3), then with a past expiry (5).
    expect(
        &env,
        &mut cap,
        "add card 6 to an unknown account",
        &[
            "instrument",
            "add",
            "NOPE",
            "--card-number",
            CARDS[6],
            "--expiry",
            EXPIRY,
            "--json",
        ],
        3,
    );
    expect(
        &env,
        &mut cap,
        "add card 6 expired",
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            CARDS[6],
            "--expiry",
            "2020-01",
        ],
        5,
    );

    // -- CSV import: all or nothing refuses the file for its bad row (card 7, unknown
    // account), in table and JSON output; then --skip-invalid --rejects writes the rest.
    let dashed3 = String::from_utf8(forms(CARDS[3])[2].1.clone()).unwrap();
    let csv = write(
        &env,
        "cards.csv",
        &format!(
            "external_id,account,card_number,expiry,holder\n\
C2,A1,{},{EXPIRY},Bea\n\
C3,A1,{dashed3},{EXPIRY},Cy\n\
C7,NOPE,{},{EXPIRY},Dee\n\
C8,A1,{},2020-01,{}\n",
            CARDS[2], CARDS[7], CARDS[7], CARDS[6]
        ),
    );
    for format in ["table", "json"] {
        let r = env.refused(&["instrument", "import", &csv, "--format", format], 5);
        cap.keep(&format!("all-or-nothing CSV import ({format})"), r);
    }
    let rejects_csv = env.path("rejects.csv");
    expect(
        &env,
        &mut cap,
        "CSV import dry run",
        &[
            "instrument",
            "import",
            &csv,
            "--skip-invalid",
            "--rejects",
            rejects_csv.to_str().unwrap(),
            "--dry-run",
        ],
        0,
    );
    let r = expect(
        &env,
        &mut cap,
        "CSV import --skip-invalid",
        &[
            "instrument",
            "import",
            &csv,
            "--skip-invalid",
            "--rejects",
            rejects_csv.to_str().unwrap(),
            "--json",
        ],
        0,
    );
    let v = r.json();
    assert_eq!(rows_of(&v, "inserted"), 2, "CSV import inserted");
    assert_eq!(rows_of(&v, "rejected"), 2, "CSV import rejected");
    let rejected = std::fs::read_to_string(&rejects_csv).unwrap();
    assert_eq!(
        rejected.lines().count(),
        3,
        "rejects file: header and 2 rows"
    );
    assert!(
        rejected.contains("****3222"),
        "the rejects file keeps the last 4"
    );

    // A column named by a card number (a misaligned export), ignored with --ignore-unknown;
    // its rows and messages name it in the rejects file and the report.
    let odd = write(
        &env,
        "odd.csv",
        &format!(
            "account,card_number,expiry,{}\nNOPE,{},{EXPIRY},x\n",
            CARDS[7], CARDS[6]
        ),
    );
    let rejects_odd = env.path("rejects-odd.csv");
    for extra in [vec![], vec!["--format", "json"]] {
        let mut args = vec!["instrument", "import", odd.as_str()];
        args.extend(&extra);
        let r = env.refused(&args, 5);
        cap.keep("a column named by a card number", r);
    }
    expect(
        &env,
        &mut cap,
        "a column named by a card number, ignored",
        &[
            "instrument",
            "import",
            &odd,
            "--ignore-unknown",
            "--skip-invalid",
            "--rejects",
            rejects_odd.to_str().unwrap(),
        ],
        0,
    );

    // -- NDJSON import: card 5 as a JSON number; refused lines carry card 7 in its field
    // after an unknown key, as a number, in another field, and in a line that is not JSON.
    let ndjson = write(
        &env,
        "cards.ndjson",
        &format!(
            "{{\"external_id\":\"N4\",\"account\":\"A1\",\"card_number\":\"{}\",\"expiry\":\"{EXPIRY}\"}}\n\
{{\"external_id\":\"N5\",\"account\":\"A1\",\"card_number\":{},\"expiry\":\"{EXPIRY}\"}}\n\
{{\"external_id\":\"N7\",\"surprise\":1,\"account\":\"A1\",\"card_number\":\"{}\",\"expiry\":\"{EXPIRY}\"}}\n\
{{\"external_id\":\"N8\",\"account\":\"NOPE\",\"card_number\":{},\"expiry\":\"{EXPIRY}\"}}\n\
{{\"external_id\":\"N9\",\"account\":\"A1\",\"iban\":\"DE89370400440532013000\",\"currency\":\"EUR\",\"holder\":\"{}\",\"bic\":[\"{}\"]}}\n\
{{\"external_id\":\"N10\",\"card_number\":\"{}\" broken\n\
{{\"external_id\":\"N11\",\"account\":\"A1\",\"{}\":1}}\n",
            CARDS[4], CARDS[5], CARDS[7], CARDS[7], CARDS[7], CARDS[6], CARDS[6], CARDS[7]
        ),
    );
    let r = env.refused(&["instrument", "import", &ndjson, "--json"], 5);
    cap.keep("all-or-nothing NDJSON import", r);
    let rejects_nd = env.path("rejects.ndjson");
    let r = expect(
        &env,
        &mut cap,
        "NDJSON import --skip-invalid",
        &[
            "instrument",
            "import",
            &ndjson,
            "--skip-invalid",
            "--rejects",
            rejects_nd.to_str().unwrap(),
            "--json",
        ],
        0,
    );
    let v = r.json();
    assert_eq!(rows_of(&v, "inserted"), 2, "NDJSON import inserted");
    assert_eq!(rows_of(&v, "rejected"), 5, "NDJSON import rejected");
    let rejected: Vec<Value> = std::fs::read_to_string(&rejects_nd)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("a rejects line is JSON"))
        .collect();
    assert_eq!(rejected.len(), 5, "NDJSON rejects");
    assert!(rejected.iter().all(|r| r["error"].is_string()));
    // The same file from stdin: every row now unchanged or rejected.
    let body = std::fs::read(&ndjson).unwrap();
    let r = env.run_with(
        &[
            "instrument",
            "import",
            "-",
            "--input-format",
            "ndjson",
            "--skip-invalid",
            "--json",
        ],
        Some(&body),
    );
    assert_eq!(r.code, 0, "NDJSON import from stdin");
    let r = cap.keep("NDJSON import from stdin", r);
    assert_eq!(rows_of(&r.json(), "unchanged"), 2, "stdin import unchanged");

    // -- Reads: list and show with --reveal in every format, the audit log, doctor.
    let listed = expect(
        &env,
        &mut cap,
        "instrument list",
        &["instrument", "list", "A1", "--all", "--json"],
        0,
    )
    .json();
    let cards: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "card")
        .collect();
    let mut last4: Vec<String> = cards
        .iter()
        .map(|c| c["last4"].as_str().unwrap().to_string())
        .collect();
    last4.sort();
    let mut expected: Vec<String> = CARDS[..6]
        .iter()
        .map(|c| c[c.len() - 4..].to_string())
        .collect();
    expected.sort();
    assert_eq!(last4, expected, "cards 0-5 are in, and only they");
    for format in ["json", "table", "csv", "ndjson"] {
        expect(
            &env,
            &mut cap,
            &format!("instrument list --reveal ({format})"),
            &[
                "instrument",
                "list",
                "A1",
                "--all",
                "--reveal",
                "--format",
                format,
            ],
            0,
        );
        for c in &cards {
            let id = c["id"].to_string();
            expect(
                &env,
                &mut cap,
                &format!("instrument show {id} --reveal ({format})"),
                &["instrument", "show", &id, "--reveal", "--format", format],
                0,
            );
        }
    }
    for format in ["json", "table", "csv", "ndjson"] {
        expect(
            &env,
            &mut cap,
            &format!("audit ({format})"),
            &["audit", "--format", format],
            0,
        );
    }
    expect(&env, &mut cap, "audit verify", &["audit", "verify"], 0);
    expect(&env, &mut cap, "doctor", &["doctor"], 0);

    // -- Export to stdout and to a file (stdout redirected, as a shell does).
    let exported = expect(&env, &mut cap, "export to stdout", &["export"], 0).stdout;
    let export_file = env.path("export.ndjson");
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("custctl"))
        .arg("export")
        .env_clear()
        .env("CUSTCTL_DB", &env.db)
        .env("CUSTCTL_KEY_FILE", env.key_file())
        .env("CUSTCTL_NOW", &env.now)
        .env("CUSTCTL_ACTOR", &env.actor)
        .env("HOME", env.dir.path())
        .stdout(std::fs::File::create(&export_file).unwrap())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "export to a file");
    let from_file = std::fs::read_to_string(&export_file).unwrap();
    assert_eq!(
        from_file.lines().filter(|l| l.contains("\"card\"")).count(),
        exported.lines().filter(|l| l.contains("\"card\"")).count()
    );

    // -- Backup while the connection holds the WAL.
    let backup = env.path("backup.db");
    expect(
        &env,
        &mut cap,
        "backup",
        &["backup", backup.to_str().unwrap()],
        0,
    );
    let backup_key = PathBuf::from(format!("{}.key", backup.display()));

    // -- The export into a second, fresh database, with the source's key.
    let dst = Env::new();
    expect(&dst, &mut cap, "init the second database", &["init"], 0);
    let hold_dst = rusqlite::Connection::open(&dst.db).unwrap();
    let _: i64 = hold_dst
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .unwrap();
    let key = format!("{}.key", env.db.display());
    expect(
        &dst,
        &mut cap,
        "import the export",
        &["import", export_file.to_str().unwrap(), "--key", &key],
        0,
    );
    let copied = expect(
        &dst,
        &mut cap,
        "list in the second database",
        &["instrument", "list", "A1", "--all", "--reveal", "--json"],
        0,
    )
    .json();
    let fingerprints = |v: &Value| {
        let mut f: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "card")
            .map(|i| i["fingerprint"].as_str().unwrap().to_string())
            .collect();
        f.sort();
        f
    };
    assert_eq!(
        fingerprints(&copied),
        fingerprints(&listed),
        "the cards came back"
    );
    // The same card added to the copy is recognised by its fingerprint (4), and refused.
    expect(
        &dst,
        &mut cap,
        "add card 0 again to the second database",
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            CARDS[0],
            "--expiry",
            EXPIRY,
        ],
        4,
    );
    expect(
        &dst,
        &mut cap,
        "audit of the second database",
        &["audit", "--json"],
        0,
    );

    // -- Private files.
    for path in [
        env.db.clone(),
        PathBuf::from(&key),
        backup.clone(),
        backup_key.clone(),
        dst.db.clone(),
        PathBuf::from(format!("{}.key", dst.db.display())),
    ] {
        assert_eq!(
            mode(&path),
            0o600,
            "{} must be readable by its owner only",
            path.file_name().unwrap().to_string_lossy()
        );
    }

    // -- The search.
    let mut places = Places::default();
    let audit_rows = |conn: &rusqlite::Connection| -> Vec<u8> {
        let mut stmt = conn.prepare("SELECT * FROM audit_log").unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut s = String::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    s.push_str(&format!("{v:?}|"));
                }
                Ok(s)
            })
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        assert!(!rows.is_empty(), "an audit log with entries");
        rows.join("\n").into_bytes()
    };
    places.add("the audit_log rows", audit_rows(&hold));
    places.add(
        "the audit_log rows of the second database",
        audit_rows(&hold_dst),
    );
    places.database(&env.db);
    assert!(
        std::fs::metadata(format!("{}-wal", env.db.display()))
            .map(|m| m.len() > 0)
            .unwrap_or(false),
        "the WAL should exist while a connection is open"
    );
    places.database(&dst.db);
    places.database(&backup);
    places.file(&export_file);
    places.add("the export on stdout", exported.into_bytes());
    places.file(&rejects_csv);
    places.file(&rejects_nd);
    places.file(&rejects_odd);
    for (name, bytes) in cap.0 {
        places.add(name, bytes);
    }
    places.assert_no_card();
    drop(hold);
    drop(hold_dst);
}

#[test]
fn card_verification_codes_are_refused_as_columns_keys_and_flags() {
    let env = Env::new();
    env.json(&["account", "add", "A1", "--name", "Acme"]);
    let pan = CARDS[0];
    // Every spelling the rule names (product.md §4): lower-cased without spaces, dashes or
    // underscores it is or contains cvv, cvc, cvn, csc, securitycode or verificationvalue,
    // or it has cid as a whole word.
    let headers = [
        "cvv",
        "CVV",
        " Cvv ",
        "cvc",
        "CVC",
        "cvv2",
        "CVV-2",
        "cvc2",
        "Cvc_2",
        "cid",
        "C I D",
        "securitycode",
        "Security Code",
        "security-code",
        "SECURITY_CODE",
        "cvn",
        "CSC",
        "Card CVV",
        "CVV Code",
        "CVV2/CVC2",
        "card_cvc",
        "Card CID",
        "cid2",
        "card verification value",
        "Card Verification Value",
        "Card Security Code",
        "cvv_note",
    ];
    let rejects = env.path("rejects.csv");
    for (i, header) in headers.iter().enumerate() {
        for (j, extra) in [
            vec![],
            vec!["--ignore-unknown"],
            vec!["--dry-run"],
            vec!["--skip-invalid", "--rejects", rejects.to_str().unwrap()],
        ]
        .iter()
        .enumerate()
        {
            // The verification code column first, last, and with no row at all.
            for (k, body) in [
                format!("{header},account,card_number,expiry\n123,A1,{pan},{EXPIRY}\n"),
                format!("account,card_number,expiry,{header}\nA1,{pan},{EXPIRY},123\n"),
                format!("account,card_number,{header}\n"),
            ]
            .iter()
            .enumerate()
            {
                let f = write(&env, "cvv.csv", body);
                let mut args = vec!["instrument", "import", f.as_str()];
                args.extend(extra);
                let r = env.refused(&args, 5);
                assert!(
                    r.stderr.contains("verification"),
                    "header #{i}, options #{j}, file #{k}: the error says why: {}",
                    r.stderr.replace(pan, "<card>")
                );
                assert!(
                    !r.stderr.contains(pan) && !r.stdout.contains(pan),
                    "header #{i}: the card number was echoed"
                );
                // A refused file leaves no rejects file at all.
                assert!(
                    !rejects.exists(),
                    "header #{i}, file #{k}: a rejects file was left"
                );
            }
        }
        // Also renamed with --map, and with another delimiter.
        let f = write(
            &env,
            "cvv.csv",
            &format!("account;card_number;expiry;{header}\nA1;{pan};{EXPIRY};123\n"),
        );
        env.refused(
            &[
                "instrument",
                "import",
                &f,
                "--delimiter",
                ";",
                "--map",
                &format!("{}=holder", header.trim()),
            ],
            5,
        );
        // NDJSON: the key on the first line, and on a later line after a valid one; and
        // after a rejected line with --rejects: still no rejects file.
        for body in [
            format!(
                "{{\"account\":\"A1\",\"card_number\":\"{pan}\",\"expiry\":\"{EXPIRY}\",\"{header}\":\"123\"}}\n"
            ),
            format!(
                "{{\"account\":\"A1\",\"card_number\":\"{}\",\"expiry\":\"{EXPIRY}\"}}\n\
{{\"account\":\"A1\",\"card_number\":\"{pan}\",\"expiry\":\"{EXPIRY}\",\"{header}\":123}}\n",
                CARDS[1]
            ),
            format!(
                "{{\"account\":\"NO-SUCH\",\"card_number\":\"{}\",\"expiry\":\"{EXPIRY}\"}}\n\
{{\"account\":\"A1\",\"card_number\":\"{pan}\",\"expiry\":\"{EXPIRY}\",\"{header}\":123}}\n",
                CARDS[1]
            ),
        ] {
            let f = write(&env, "cvv.ndjson", &body);
            let nd_rejects = env.path("rejects.ndjson");
            for extra in [
                vec![],
                vec!["--skip-invalid", "--ignore-unknown"],
                vec![
                    "--skip-invalid",
                    "--ignore-unknown",
                    "--rejects",
                    nd_rejects.to_str().unwrap(),
                ],
            ] {
                let mut args = vec!["instrument", "import", f.as_str()];
                args.extend(extra);
                let r = env.refused(&args, 5);
                assert!(
                    r.stderr.contains("verification"),
                    "NDJSON key #{i}: the error says why"
                );
                assert!(!r.stderr.contains(pan) && !r.stdout.contains(pan));
                assert!(
                    !nd_rejects.exists(),
                    "NDJSON key #{i}: a rejects file was left"
                );
            }
            let r = env.run_with(
                &["instrument", "import", "-", "--input-format", "ndjson"],
                Some(body.as_bytes()),
            );
            assert_eq!(r.code, 5, "NDJSON key #{i} from stdin");
        }
    }
    // Names that only look alike are not verification codes: an unknown column (5) that
    // --ignore-unknown accepts.
    let f = write(
        &env,
        "fine.csv",
        &format!("account,card_number,expiry,acid_test,decided\nA1,{pan},{EXPIRY},x,y\n"),
    );
    env.refused(&["instrument", "import", &f], 5);
    let v = env.json(&["instrument", "import", &f, "--ignore-unknown"]);
    assert_eq!(rows_of(&v, "inserted"), 1);

    // No flag takes a verification code: a usage error (2), on add and import.
    for flag in [
        "--cvv",
        "--cvc",
        "--cvv2",
        "--cvc2",
        "--cid",
        "--security-code",
    ] {
        for args in [
            vec![
                "instrument",
                "add",
                "A1",
                "--card-number",
                CARDS[1],
                "--expiry",
                EXPIRY,
                flag,
                "123",
            ],
            vec![
                "instrument",
                "add",
                "A1",
                "--card-number",
                CARDS[1],
                "--expiry",
                EXPIRY,
                &format!("{flag}=123"),
            ],
            vec!["instrument", "import", "-", flag, "123"],
        ] {
            let r = env.refused(&args, 2);
            assert!(
                !r.stderr.contains(CARDS[1]) && !r.stdout.contains(CARDS[1]),
                "{flag}: the card number was echoed"
            );
        }
    }
}

/// The forms a card number is typed in, as text: plain, and grouped (by 4, or 4-6-5 for a
/// 15-digit number) with spaces, dashes, dots and slashes.
fn typed_forms(pan: &str) -> Vec<String> {
    let sizes: &[usize] = if pan.len() == 15 {
        &[4, 6, 5]
    } else {
        &[4, 4, 4, 4, 3]
    };
    let mut parts = Vec::new();
    let mut rest = pan;
    for &n in sizes {
        if rest.is_empty() {
            break;
        }
        let (a, b) = rest.split_at(n.min(rest.len()));
        parts.push(a);
        rest = b;
    }
    let mut out = vec![pan.to_string()];
    for sep in [" ", "-", ".", "/"] {
        out.push(parts.join(sep));
    }
    out
}

/// Issue 10 point 6: every free-text and identifier field refuses (5) a value holding a card
/// number in any common form, with a message that shows only the last 4; imports reject such
/// rows like any invalid row (the rejects file masks the number). Then every file and every
/// output of the run is searched for the numbers in all their forms.
#[test]
fn card_numbers_in_any_text_field_are_refused_and_never_stored() {
    if common::sqlite_only(
        "it reads the SQLite file, its WAL and its backup copy byte by byte (on PostgreSQL, tests/payments.rs searches every row)",
    ) {
        return;
    }
    let env = Env::new();
    let mut cap = Captured::default();
    env.json(&["person", "add", "--name", "Ann", "--external-id", "P1"]);
    env.json(&["account", "add", "A1", "--name", "Acme", "--person", "1"]);
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "CL",
        "--description",
        "Class",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "CL",
        "T",
        "--description",
        "Type",
    ]);
    let contact = env.json(&[
        "contact", "add", "--person", "1", "--class", "CL", "--type", "T", "--open",
    ]);
    let id = contact["id"].as_i64().unwrap().to_string();
    let rejects = env.path("rejects.csv");
    for (i, pan) in [CARDS[0], CARDS[2], CARDS[7]].iter().enumerate() {
        let last4 = &pan[pan.len() - 4..];
        for (j, f) in typed_forms(pan).iter().enumerate() {
            let text = format!("note {f} end");
            let body = env.path("body.txt");
            std::fs::write(&body, format!("Dear {{{{ person.name }}}}, {f}")).unwrap();
            let body = body.to_str().unwrap().to_string();
            let cases: Vec<(&str, Vec<&str>)> = vec![
                ("person name", vec!["person", "add", "--name", &text]),
                (
                    "first name",
                    vec!["person", "add", "--first-name", &text, "--last-name", "L"],
                ),
                (
                    "last name",
                    vec!["person", "add", "--first-name", "F", "--last-name", &text],
                ),
                ("email", vec!["person", "add", "--name", "N", "--email", f]),
                ("phone", vec!["person", "add", "--name", "N", "--phone", f]),
                (
                    "person external id",
                    vec!["person", "add", "--name", "N", "--external-id", f],
                ),
                (
                    "person update",
                    vec!["person", "update", "1", "--name", &text],
                ),
                (
                    "account number",
                    vec!["account", "add", f, "--name", "N", "--person", "1"],
                ),
                (
                    "account name",
                    vec!["account", "add", "A9", "--name", &text, "--person", "1"],
                ),
                (
                    "site address",
                    vec![
                        "account",
                        "site",
                        "add",
                        "A1",
                        "--address",
                        &text,
                        "--use",
                        "bill-to",
                    ],
                ),
                (
                    "contact comment",
                    vec![
                        "contact",
                        "add",
                        "--person",
                        "1",
                        "--class",
                        "CL",
                        "--type",
                        "T",
                        "--comment",
                        &text,
                    ],
                ),
                (
                    "contact external id",
                    vec![
                        "contact",
                        "add",
                        "--person",
                        "1",
                        "--class",
                        "CL",
                        "--type",
                        "T",
                        "--external-id",
                        f,
                    ],
                ),
                (
                    "log text",
                    vec!["contact", "log", "add", &id, "--text", &text],
                ),
                (
                    "resolution",
                    vec!["contact", "close", &id, "--resolution", &text],
                ),
                (
                    "catalog code",
                    vec!["catalog", "contact-class", "add", f, "--description", "D"],
                ),
                (
                    "catalog description",
                    vec![
                        "catalog",
                        "contact-class",
                        "add",
                        "C2",
                        "--description",
                        &text,
                    ],
                ),
                (
                    "template body",
                    vec![
                        "catalog",
                        "letter-template",
                        "add",
                        "T2",
                        "--description",
                        "D",
                        "--body-file",
                        &body,
                    ],
                ),
                (
                    "actor",
                    vec!["--actor", &text, "person", "add", "--name", "N"],
                ),
                (
                    "instrument holder",
                    vec![
                        "instrument",
                        "add",
                        "A1",
                        "--card-number",
                        CARDS[1],
                        "--expiry",
                        EXPIRY,
                        "--holder",
                        &text,
                    ],
                ),
            ];
            for (what, args) in cases {
                let r = env.refused(&args, 5);
                assert!(
                    r.stderr.contains(&format!("ending {last4}")),
                    "card #{i}, form #{j}, {what}: the message names the last 4"
                );
                cap.keep(&format!("card #{i}, form #{j}, {what}"), r);
            }
            // Imports: the row is invalid like any other; the rejects file masks it.
            let file = write(
                &env,
                "p.csv",
                &format!("external_id,name\nP2,Bo\nP3,\"{text}\"\n"),
            );
            let r = env.refused(&["person", "import", &file], 5);
            assert!(
                r.stderr.contains(&format!("ending {last4}")),
                "card #{i}, form #{j}: import"
            );
            cap.keep(&format!("card #{i}, form #{j}, import"), r);
            let r = env.run(&[
                "person",
                "import",
                &file,
                "--skip-invalid",
                "--rejects",
                rejects.to_str().unwrap(),
                "--force",
                "--dry-run",
            ]);
            assert_eq!(r.code, 0, "card #{i}, form #{j}: skip-invalid dry run");
            cap.keep(&format!("card #{i}, form #{j}, import dry run"), r);
            let file = write(&env, "p.csv", &format!("external_id,name\nP3,\"{text}\"\n"));
            let r = env.run(&[
                "person",
                "import",
                &file,
                "--skip-invalid",
                "--rejects",
                rejects.to_str().unwrap(),
                "--force",
            ]);
            assert_eq!(r.code, 0, "card #{i}, form #{j}: skip-invalid");
            cap.keep(&format!("card #{i}, form #{j}, import --skip-invalid"), r);
            let written = std::fs::read(&rejects).unwrap();
            assert!(
                String::from_utf8_lossy(&written).contains(&format!("****{last4}")),
                "card #{i}, form #{j}: the rejects file masks the number"
            );
            cap.0
                .push((format!("rejects of card #{i}, form #{j}"), written));
            // A file whose name (recorded in the audit) holds the number. Named from its
            // folder: in an absolute path, digits at the end of the random temporary folder's
            // name would join the number's groups across the '/' (a card form's separator),
            // and the card found first could end in other digits.
            if !f.contains('/') {
                let named = write(&env, &format!("{f}.csv"), "external_id,name\nP4,Cy\n");
                let before = env.snapshot();
                let r = common::to_run(
                    env.cmd()
                        .current_dir(Path::new(&named).parent().unwrap())
                        .args(["person", "import", &format!("{f}.csv")])
                        .output()
                        .unwrap(),
                )
                .code(5);
                assert_eq!(
                    before,
                    env.snapshot(),
                    "a refused import changed the database"
                );
                assert!(
                    r.stderr.contains(&format!("ending {last4}")),
                    "card #{i}, form #{j}: file name"
                );
                cap.keep(&format!("card #{i}, form #{j}, file name"), r);
                std::fs::remove_file(&named).unwrap();
            }
        }
    }
    // NDJSON rows: the number in a value (grouped with dots) is rejected and masked; as an
    // ignored key it is never stored.
    let nd_rejects = env.path("rejects.ndjson");
    let body = format!(
        "{{\"external_id\":\"P5\",\"name\":\"Ann {}\"}}\n{{\"external_id\":\"P6\",\"name\":\"Bo\",\"{}\":1}}\n",
        typed_forms(CARDS[3])[3],
        CARDS[4]
    );
    let file = write(&env, "p.ndjson", &body);
    let r = env.run(&[
        "person",
        "import",
        &file,
        "--skip-invalid",
        "--ignore-unknown",
        "--rejects",
        nd_rejects.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "NDJSON skip-invalid");
    cap.keep("NDJSON import", r);
    let written = std::fs::read(&nd_rejects).unwrap();
    assert!(String::from_utf8_lossy(&written).contains("****1117"));
    cap.0.push(("NDJSON rejects".into(), written));
    let audit = env.run(&["audit", "--format", "ndjson"]);
    cap.keep("audit", audit);
    let export = env.run(&["export"]);
    cap.keep("export", export);
    let mut places = Places::default();
    places.database(&env.db);
    for (name, bytes) in cap.0 {
        places.add(name, bytes);
    }
    places.assert_no_card();
}

#[test]
fn database_key_and_backup_files_are_private() {
    if common::sqlite_only(
        "it reads the SQLite file, its WAL and its backup copy byte by byte (on PostgreSQL, tests/payments.rs searches every row)",
    ) {
        return;
    }
    let env = Env::new();
    env.json(&["account", "add", "A1", "--name", "Acme"]);
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        CARDS[0],
        "--expiry",
        EXPIRY,
    ]);
    let key = PathBuf::from(format!("{}.key", env.db.display()));
    assert_eq!(mode(&env.db), 0o600, "the database");
    assert_eq!(mode(&key), 0o600, "the key file");
    // A backup in a new folder, and with a permissive umask in force.
    let backup = env.path("copies/backup.db");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$0\" backup \"$1\"")
        .arg(assert_cmd::cargo::cargo_bin("custctl"))
        .arg(&backup)
        .env("CUSTCTL_DB", &env.db)
        .env("CUSTCTL_KEY_FILE", env.key_file())
        .env("CUSTCTL_NOW", &env.now)
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "backup: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&backup), 0o600, "the backup");
    let backup_key = PathBuf::from(format!("{}.key", backup.display()));
    assert_eq!(mode(&backup_key), 0o600, "the backup's key");
    assert_eq!(
        std::fs::read(&key).unwrap(),
        std::fs::read(&backup_key).unwrap()
    );
    // A database created under a permissive umask is private too.
    let other = env.path("fresh/other.db");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$0\" --db \"$1\" init")
        .arg(assert_cmd::cargo::cargo_bin("custctl"))
        .arg(&other)
        .env("HOME", env.dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(mode(&other), 0o600, "a new database");
    assert_eq!(
        mode(&PathBuf::from(format!("{}.key", other.display()))),
        0o600,
        "a new key file"
    );
}

/// clap's own usage errors repeat the offending value: a card number typed where a command
/// takes none is redacted there too, in text and in JSON.
#[test]
fn usage_errors_never_echo_a_card_number() {
    let env = Env::new();
    let pan = CARDS[0];
    for args in [
        vec!["person", "show", "1", pan],
        vec!["--format", pan, "person", "list"],
        vec!["--json", "--color", pan, "person", "list"],
        vec!["completions", pan],
    ] {
        let run = env.run(&args);
        assert_eq!(
            run.code,
            2,
            "usage error expected for argument #{}",
            args.len()
        );
        assert!(
            !run.stderr.contains(pan) && !run.stdout.contains(pan),
            "a usage error echoed the card number (arguments: {})",
            args.len()
        );
        assert!(run.stderr.contains("[card number]"), "{}", run.stderr.len());
    }
}

/// A backup's file name is recorded in the audit: one that holds a card number is refused
/// (5) and nothing is written.
#[test]
fn a_backup_named_with_a_card_number_is_refused() {
    let env = Env::new();
    let pan = CARDS[0];
    let target = env.path(&format!("bk-{pan}.db"));
    let run = env.refused(&["backup", target.to_str().unwrap()], 5);
    assert!(!run.stderr.contains(pan) && !run.stdout.contains(pan));
    assert!(!target.exists());
    let audit = env.run(&["audit", "--json"]).ok();
    assert!(!audit.stdout.contains(pan));
}

#[test]
fn an_amount_whose_digits_are_a_card_number_is_refused() {
    // A credit limit is stored and printed with the digits typed: `EUR=<PAN>` was kept
    // and shown as `<PAN>.00`.
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
    for pan in CARDS {
        let limit = format!("EUR={pan}");
        let yen = format!("JPY={pan}");
        for args in [
            vec![
                "catalog",
                "profile-class",
                "add",
                "STD",
                "--description",
                "s",
                "--credit-limit",
                &limit,
            ],
            vec![
                "catalog",
                "profile-class",
                "add",
                "STD",
                "--description",
                "s",
                "--credit-limit",
                &yen,
            ],
        ] {
            // Not `env.refused`: its failure message would print the output.
            let before = env.snapshot();
            let r = env.run(&args);
            assert!(
                !r.stderr.contains(pan) && !r.stdout.contains(pan),
                "the number was printed"
            );
            assert_eq!(r.code, 5, "{args:?} was not refused");
            assert!(before == env.snapshot(), "the database changed");
            assert!(
                r.stderr.contains("card number"),
                "{args:?} was not refused as a card number"
            );
        }
    }
    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "STD",
        "--description",
        "s",
    ]);
    let limit = format!("EUR={}", CARDS[0]);
    let r = env.run(&[
        "profile",
        "set",
        "A1",
        "--class",
        "STD",
        "--credit-limit",
        &limit,
    ]);
    assert!(!r.stdout.contains(CARDS[0]), "the number was printed");
    assert_eq!(r.code, 5, "profile set was not refused");
}

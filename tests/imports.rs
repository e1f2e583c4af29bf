//! `person import`, `account import` and the shared pipeline: formats, mapping, strict CSV,
//! all-or-nothing, rejects, dry runs, upserts, and every broken fixture.

mod common;

use common::{Env, fixture};
use serde_json::Value;

fn write(env: &Env, name: &str, body: &[u8]) -> String {
    let path = env.path(name);
    std::fs::write(&path, body).unwrap();
    path.to_str().unwrap().to_string()
}

fn people_args(path: &str) -> Vec<String> {
    [
        "person",
        "import",
        path,
        "--map",
        "User Id=external_id",
        "--map",
        "First Name=first_name",
        "--map",
        "Last Name=last_name",
        "--ignore-unknown",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn import_json(env: &Env, args: &[String]) -> Value {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    env.json(&a)
}

fn counts(v: &Value) -> [u64; 5] {
    let n = |k: &str| v[k].as_u64().unwrap_or_else(|| panic!("{k} in {v}"));
    [
        n("read"),
        n("inserted"),
        n("updated"),
        n("unchanged"),
        n("rejected"),
    ]
}

#[test]
fn people_fixture_imports_and_reimports_unchanged() {
    let env = Env::new();
    let path = fixture("external/people-1000.csv");
    let args = people_args(path.to_str().unwrap());
    let first = import_json(&env, &args);
    assert_eq!(counts(&first), [1000, 1000, 0, 0, 0]);
    assert!(first["seconds"].is_number() && first["rows_per_second"].is_number());
    assert_eq!(first["errors"], Value::Array(vec![]));
    let before = env.snapshot();
    let second = import_json(&env, &args);
    assert_eq!(counts(&second), [1000, 0, 0, 1000, 0]);
    // Only the audit entry of the file was added.
    let after = env.snapshot();
    assert_eq!(
        before
            .lines()
            .filter(|l| !l.starts_with("audit_log"))
            .collect::<Vec<_>>(),
        after
            .lines()
            .filter(|l| !l.starts_with("audit_log"))
            .collect::<Vec<_>>()
    );
    let p = env.json(&["person", "show", "ext:w3DavLUflY"]);
    assert_eq!(p["name"], "Kristopher Bass");
    assert_eq!(p["email"], "cassiefranklin@example.net");
    assert_eq!(p["phone"], "001-783-838-6229x0699");
    // One audit entry per file (none per inserted or unchanged record).
    let audit = env.json(&["audit", "--entity", "person"]);
    let imports: Vec<&Value> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "import")
        .collect();
    assert_eq!(imports.len(), 2);
    let changes = &imports[0]["changes"];
    let changes: Value = if changes.is_string() {
        serde_json::from_str(changes.as_str().unwrap()).unwrap()
    } else {
        changes.clone()
    };
    assert_eq!(changes["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(changes["read"], 1000);
}

#[test]
fn customers_fixture_imports() {
    let env = Env::new();
    let path = fixture("external/customers-1000.csv");
    let v = env.json(&[
        "person",
        "import",
        path.to_str().unwrap(),
        "--map",
        "Customer Id=external_id",
        "--map",
        "First Name=first_name",
        "--map",
        "Last Name=last_name",
        "--map",
        "Phone 1=phone",
        "--ignore-unknown",
    ]);
    assert_eq!(counts(&v), [1000, 1000, 0, 0, 0]);
    let p = env.json(&["person", "show", "ext:nvMcOd1yRQ"]);
    assert_eq!(p["name"], "Alice Esparza");
    assert_eq!(p["phone"], "001-508-330-1661");
}

#[test]
fn unknown_columns_are_refused_unless_ignored() {
    let env = Env::new();
    env.json(&["init"]);
    let f = write(&env, "p.csv", b"external_id,name,shoe_size\nA,Ann,42\n");
    let run = env.refused(&["person", "import", &f], 5);
    assert!(run.stderr.contains("shoe_size"), "{}", run.stderr);
    let v = env.json(&["person", "import", &f, "--ignore-unknown"]);
    assert_eq!(counts(&v), [1, 1, 0, 0, 0]);
}

#[test]
fn headers_match_case_insensitively_after_trimming() {
    let env = Env::new();
    let f = write(
        &env,
        "p.csv",
        b" External_ID ,NAME,  Email\nA,Ann,ann@example.com\n",
    );
    let v = env.json(&["person", "import", &f]);
    assert_eq!(counts(&v), [1, 1, 0, 0, 0]);
    assert_eq!(
        env.json(&["person", "show", "ext:A"])["email"],
        "ann@example.com"
    );
}

#[test]
fn a_bad_map_is_a_usage_error() {
    let env = Env::new();
    let f = write(&env, "p.csv", b"id,name\n1,Ann\n");
    env.run(&["person", "import", &f, "--map", "id=nonsense"])
        .code(2);
    env.run(&["person", "import", &f, "--map", "nonsense"])
        .code(2);
}

#[test]
fn all_or_nothing_reports_every_invalid_row() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Existing"]);
    let f = write(
        &env,
        "p.csv",
        b"external_id,name,email,kind\nA,Ann,ann@example.com,person\nB,Bob,not-an-email,person\nC,,c@example.com,person\nD,Dee,d@example.com,robot\n",
    );
    let run = env.refused(&["person", "import", &f, "--json"], 5);
    let v = run.json();
    assert_eq!(counts(&v), [4, 1, 0, 0, 3]);
    let errors = v["errors"].as_array().unwrap();
    let lines: Vec<u64> = errors.iter().map(|e| e["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, vec![3, 4, 5]);
    assert_eq!(errors[0]["column"], "email");
    assert_eq!(errors[2]["column"], "kind");
    assert!(errors.iter().all(|e| e["message"].is_string()));
    assert_eq!(run.error_json()["error"]["kind"], "invalid");
    // Text output: each row on stderr with its line and column.
    let run = env.refused(&["person", "import", &f], 5);
    assert!(
        run.stderr.contains("line 3, column email"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("line 5, column kind"), "{}", run.stderr);
    assert!(run.stdout.contains("rejected 3"), "{}", run.stdout);
}

#[test]
fn skip_invalid_writes_valid_rows_and_rejects_the_others_unchanged() {
    let env = Env::new();
    let f = write(
        &env,
        "p.csv",
        b"external_id,name,email\nA,Ann,ann@example.com\nB,\"Bob, Jr\",not-an-email\nC,Cee,c@example.com\nD,Dee,d@x\n",
    );
    let rejects = env.path("rejects.csv");
    let v = env.json(&[
        "person",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    let c = counts(&v);
    assert_eq!(c, [4, 2, 0, 0, 2]);
    assert_eq!(c[0], c[1] + c[2] + c[3] + c[4]);
    let mut r = csv::Reader::from_path(&rejects).unwrap();
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        vec!["external_id", "name", "email", "error"]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "B");
    assert_eq!(&rows[0][1], "Bob, Jr");
    assert_eq!(&rows[0][2], "not-an-email");
    assert!(rows[0][3].starts_with("email:"), "{:?}", rows[0]);
    assert_eq!(&rows[1][0], "D");
    assert_eq!(env.json(&["person", "list"]).as_array().unwrap().len(), 2);
    // Importing the same file again: the valid rows are unchanged, the invalid still rejected.
    let v = env.json(&[
        "person",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(counts(&v), [4, 0, 0, 2, 2]);
}

#[test]
fn dry_run_writes_nothing_and_reports_the_same_counts() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Old", "--external-id", "A"]);
    let f = write(&env, "p.csv", b"external_id,name\nA,Ann\nB,Bob\nB,Bob\n");
    let before = env.snapshot();
    let dry = env.json(&["person", "import", &f, "--dry-run"]);
    assert_eq!(before, env.snapshot());
    let real = env.json(&["person", "import", &f]);
    assert_eq!(counts(&dry), counts(&real));
    assert_eq!(counts(&real), [3, 1, 1, 1, 0]);
    // A dry run of a file with invalid rows: exit 5, nothing written.
    let bad = write(&env, "bad.csv", b"external_id,name\nZ,\n");
    let before = env.snapshot();
    env.run(&["person", "import", &bad, "--dry-run"]).code(5);
    assert_eq!(before, env.snapshot());
}

#[test]
fn upsert_empty_cell_clears_absent_column_keeps() {
    let env = Env::new();
    let f = write(
        &env,
        "a.csv",
        b"external_id,first_name,last_name,email,phone\nA,Ann,Lee,ann@example.com,555-1\n",
    );
    env.json(&["person", "import", &f]);
    // No phone column: the phone stays. Empty email: cleared. New last name: name follows.
    let g = write(&env, "b.csv", b"external_id,last_name,email\nA,Smith,\n");
    let v = env.json(&["person", "import", &g]);
    assert_eq!(counts(&v), [1, 0, 1, 0, 0]);
    let p = env.json(&["person", "show", "ext:A"]);
    assert_eq!(p["name"], "Ann Smith");
    assert_eq!(p["email"], Value::Null);
    assert_eq!(p["phone"], "555-1");
    // email replaces the primary email point.
    let h = write(&env, "c.csv", b"external_id,email\nA,new@example.com\n");
    env.json(&["person", "import", &h]);
    let p = env.json(&["person", "show", "ext:A"]);
    assert_eq!(p["email"], "new@example.com");
    let primaries = p["contact_points"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["type"] == "email" && c["primary"] == true)
        .count();
    assert_eq!(primaries, 1);
    // One audit entry per updated record.
    let audit = env.json(&["audit", "--entity", "person"]);
    let updates = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "update")
        .count();
    assert_eq!(updates, 2);
}

#[test]
fn same_key_twice_with_different_values_is_invalid_both_ways() {
    let env = Env::new();
    env.json(&["init"]);
    let f = write(
        &env,
        "p.csv",
        b"external_id,name\nA,Ann\nB,Bob\nA,Anne\nC,Cee\nB,Bob\n",
    );
    let run = env.refused(&["person", "import", &f, "--json"], 5);
    let v = run.json();
    assert_eq!(counts(&v), [5, 2, 0, 1, 2]);
    let mut errors: Vec<(u64, String)> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["line"].as_u64().unwrap(),
                e["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    errors.sort();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].0, 2);
    assert!(errors[0].1.contains("line 4"), "{errors:?}");
    assert_eq!(errors[1].0, 4);
    assert!(errors[1].1.contains("line 2"), "{errors:?}");
    // With --skip-invalid both are set aside; the exact repeat of B is unchanged.
    let rejects = env.path("r.csv");
    let v = env.json(&[
        "person",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(counts(&v), [5, 2, 0, 1, 2]);
    assert!(env.run(&["person", "show", "ext:A"]).code == 3);
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
}

#[test]
fn stdin_and_ndjson_and_list_output_round_trip() {
    let env = Env::new();
    let csv = b"external_id,name,email\nA,Ann,ann@example.com\nB,Bob,\n";
    let v = env
        .run_with(&["person", "import", "-", "--json"], Some(csv))
        .ok()
        .json();
    assert_eq!(counts(&v), [2, 2, 0, 0, 0]);
    let listed = env
        .run(&["person", "list", "--format", "ndjson"])
        .ok()
        .stdout;
    let v = env
        .run_with(
            &[
                "person",
                "import",
                "-",
                "--input-format",
                "ndjson",
                "--json",
            ],
            Some(listed.as_bytes()),
        )
        .ok()
        .json();
    assert_eq!(counts(&v), [2, 0, 0, 2, 0]);
    // By extension; null sets null; a nested value is invalid naming the line.
    let f = write(
        &env,
        "p.ndjson",
        b"{\"external_id\":\"C\",\"name\":\"Cee\",\"phone\":null}\n\n{\"external_id\":\"D\",\"name\":[1]}\nnot json\n",
    );
    let run = env.refused(&["person", "import", &f, "--json"], 5);
    let v = run.json();
    assert_eq!(counts(&v), [3, 1, 0, 0, 2]);
    let lines: Vec<u64> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![3, 4]);
}

#[test]
fn delimiter_and_encoding_options() {
    let env = Env::new();
    env.json(&["init"]);
    let f = fixture("broken-csv/wrong-delimiter-semicolon.csv");
    let f = f.to_str().unwrap();
    // Without --delimiter: the one column is unknown, with a hint about the delimiter.
    let run = env.refused(&["person", "import", f, "--map", "id=external_id"], 5);
    assert!(run.stderr.contains("--delimiter"), "{}", run.stderr);
    let v = env.json(&[
        "person",
        "import",
        f,
        "--map",
        "id=external_id",
        "--delimiter",
        ";",
    ]);
    assert_eq!(counts(&v), [2, 2, 0, 0, 0]);
    assert_eq!(
        env.json(&["person", "show", "ext:2"])["email"],
        "bob@example.com"
    );
}

// ------------------------------------------------------------------ broken fixtures

fn broken(name: &str) -> String {
    fixture(&format!("broken-csv/{name}"))
        .to_str()
        .unwrap()
        .to_string()
}

/// Imports a broken fixture as persons; expects exit 5 with nothing written and the given
/// lines reported.
fn refused_with_lines(name: &str, extra: &[&str], lines: &[u64]) -> Value {
    let env = Env::new();
    env.json(&["init"]);
    let f = broken(name);
    let mut args = vec!["person", "import", &f, "--map", "id=external_id", "--json"];
    args.extend_from_slice(extra);
    let run = env.refused(&args, 5);
    let v = run.json();
    let mut got: Vec<u64> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    got.sort();
    assert_eq!(got, lines, "{v}");
    v
}

#[test]
fn broken_bom_and_whitespace_headers_import_correctly() {
    let env = Env::new();
    let f = broken("bom-and-whitespace-headers.csv");
    let v = env.json(&["person", "import", &f, "--map", "id=external_id"]);
    assert_eq!(counts(&v), [2, 2, 0, 0, 0]);
    let p = env.json(&["person", "show", "ext:1"]);
    assert_eq!(p["name"], "Alice");
    assert_eq!(p["email"], "alice@example.com");
}

#[test]
fn broken_mixed_line_endings_import_correctly() {
    let env = Env::new();
    let f = broken("mixed-line-endings.csv");
    let v = env.json(&["person", "import", &f, "--map", "id=external_id"]);
    assert_eq!(counts(&v), [3, 3, 0, 0, 0]);
    assert_eq!(
        env.json(&["person", "show", "ext:2"])["email"],
        "bob@example.com"
    );
    assert_eq!(env.json(&["person", "show", "ext:3"])["name"], "Cara");
}

#[test]
fn broken_latin1_is_refused_naming_lines_unless_encoding_given() {
    let v = refused_with_lines(
        "broken-encoding-latin1.csv",
        &["--map", "country=name", "--map", "name=first_name"],
        &[2, 3, 4],
    );
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("UTF-8")
    );
    let env = Env::new();
    let f = broken("broken-encoding-latin1.csv");
    env.json(&[
        "person",
        "import",
        &f,
        "--map",
        "id=external_id",
        "--ignore-unknown",
        "--encoding",
        "iso-8859-1",
    ]);
    assert_eq!(env.json(&["person", "show", "ext:1"])["name"], "José");
    assert_eq!(env.json(&["person", "show", "ext:3"])["name"], "Müller");
}

#[test]
fn broken_windows_1252_is_refused_unless_encoding_given() {
    refused_with_lines(
        "broken-encoding-windows-1252.csv",
        &["--ignore-unknown"],
        &[2, 3],
    );
    let env = Env::new();
    let f = broken("broken-encoding-windows-1252.csv");
    env.json(&[
        "person",
        "import",
        &f,
        "--map",
        "id=external_id",
        "--ignore-unknown",
        "--encoding",
        "windows-1252",
    ]);
    assert_eq!(env.json(&["person", "show", "ext:1"])["name"], "François");
}

#[test]
fn broken_duplicate_headers_are_refused() {
    let env = Env::new();
    env.json(&["init"]);
    let f = broken("duplicate-headers.csv");
    let run = env.refused(&["person", "import", &f, "--map", "id=external_id"], 5);
    assert!(run.stderr.contains("email"), "{}", run.stderr);
}

#[test]
fn broken_missing_closing_quote_is_refused_naming_the_line() {
    let v = refused_with_lines("missing-closing-quote.csv", &["--ignore-unknown"], &[2]);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not closed")
    );
}

#[test]
fn broken_mixed_delimiters_are_refused_naming_the_lines() {
    refused_with_lines("mixed-delimiters.csv", &[], &[3, 4]);
}

#[test]
fn broken_newline_inside_unquoted_field_is_refused() {
    refused_with_lines(
        "newline-inside-unquoted-field.csv",
        &["--ignore-unknown"],
        &[3],
    );
}

#[test]
fn broken_ragged_rows_are_refused() {
    refused_with_lines("ragged-rows-extra-columns.csv", &[], &[3]);
    refused_with_lines("ragged-rows-missing-columns.csv", &[], &[3]);
}

#[test]
fn broken_unescaped_quotes_are_refused() {
    let v = refused_with_lines(
        "unescaped-quotes.csv",
        &["--map", "company=name", "--ignore-unknown"],
        &[2],
    );
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("closing quote")
    );
}

#[test]
fn broken_wrong_delimiter_is_refused_with_a_hint() {
    let env = Env::new();
    env.json(&["init"]);
    let f = broken("wrong-delimiter-semicolon.csv");
    let run = env.refused(&["person", "import", &f, "--map", "id=external_id"], 5);
    assert!(run.stderr.contains("--delimiter"), "{}", run.stderr);
}

#[test]
fn strict_csv_reports_true_lines_after_multiline_fields_and_bare_cr() {
    let env = Env::new();
    env.json(&["init"]);
    let f = write(
        &env,
        "p.csv",
        b"external_id,name,email\r\nA,\"Ann\r\nLee\",a@example.com\rB,Bob,bad\nC,Cee\n",
    );
    let run = env.refused(&["person", "import", &f, "--json"], 5);
    let v = run.json();
    let lines: Vec<u64> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    // Ann's name spans lines 2-3; multi-line text is not a valid name, Bob is on line 4, Cee on 5.
    assert!(lines.ends_with(&[4, 5]), "{v}");
}

// ------------------------------------------------------------------ accounts

#[test]
fn account_import_upserts_by_number() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ann", "--external-id", "P1"]);
    let f = write(
        &env,
        "a.csv",
        b"number,name,person_external_id,currency,status\nA-1,Ann's,P1,EUR,active\nA-2,Solo Ltd,,,\n",
    );
    let v = env.json(&["account", "import", &f]);
    assert_eq!(counts(&v), [2, 2, 0, 0, 0]);
    let a = env.json(&["account", "show", "A-1"]);
    assert_eq!(a["currency"], "EUR");
    assert_eq!(a["customer"], "Ann");
    assert_eq!(
        env.json(&["account", "show", "A-2"])["customer"],
        "Solo Ltd"
    );
    let v = env.json(&["account", "import", &f]);
    assert_eq!(counts(&v), [2, 0, 0, 2, 0]);
    let g = write(&env, "b.csv", b"number,status\nA-1,inactive\n");
    let v = env.json(&["account", "import", &g]);
    assert_eq!(counts(&v), [1, 0, 1, 0, 0]);
    assert_eq!(env.json(&["account", "show", "A-1"])["status"], "inactive");
    // list output imports back unchanged.
    let listed = env
        .run(&["account", "list", "--format", "ndjson"])
        .ok()
        .stdout;
    let v = env
        .run_with(
            &[
                "account",
                "import",
                "-",
                "--input-format",
                "ndjson",
                "--json",
            ],
            Some(listed.as_bytes()),
        )
        .ok()
        .json();
    assert_eq!(counts(&v), [2, 0, 0, 2, 0]);
}

#[test]
fn account_import_refuses_unknown_persons_and_bad_values() {
    let env = Env::new();
    env.json(&["init"]);
    let f = write(
        &env,
        "a.csv",
        b"number,name,person_external_id,currency\nA-1,Ann,NOPE,EUR\nA-2,Bob,,XXX\n,Nobody,,\n",
    );
    let v = env.refused(&["account", "import", &f, "--json"], 5).json();
    let cols: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["column"].as_str().unwrap())
        .collect();
    assert_eq!(cols, vec!["person_external_id", "currency", "number"]);
    assert_eq!(v["errors"][0]["kind"], "not_found");
}

// ------------------------------------------------------------------ contacts

fn contact_setup(env: &Env) {
    let body = env.path("body.txt");
    std::fs::write(&body, "Dear {{ person.name }}").unwrap();
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "BILL",
        "--description",
        "Billing",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "PRIO",
        "--description",
        "Priority",
        "--values",
        "high,low",
        "--applies-to",
        "contact",
    ]);
    env.json(&[
        "catalog",
        "letter-template",
        "add",
        "WELCOME",
        "--description",
        "Welcome",
        "--body-file",
        body.to_str().unwrap(),
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "BILL",
        "Q",
        "--description",
        "Question",
        "--letter",
        "WELCOME",
        "--char",
        "PRIO=low",
    ]);
    let p = write(env, "p.csv", b"external_id,name\nP1,Ann\nP2,Bob\n");
    env.json(&["person", "import", &p]);
}

#[test]
fn contact_import_checks_rows_like_contact_add_and_upserts() {
    let env = Env::new();
    contact_setup(&env);
    let f = write(
        &env,
        "c.csv",
        b"external_id,person_external_id,class,type,method,direction,contacted_at,user,comment,open,char.PRIO\n\
C1,P1,BILL,Q,phone,inbound,2026-11-01T10:00:00Z,alice,hello,true,high\n\
C2,P2,BILL,Q,email,,,,,,\n",
    );
    let v = env.json(&["contact", "import", &f]);
    assert_eq!(counts(&v), [2, 2, 0, 0, 0]);
    let c1 = env.json(&["contact", "show", "1"]);
    assert_eq!(c1["user"], "alice");
    assert_eq!(c1["contacted_at"], "2026-11-01T10:00:00Z");
    assert_eq!(c1["open"], true);
    // Imported contacts queue no letters.
    assert_eq!(c1["letter_status"], "none");
    let c2 = env.json(&["contact", "show", "2"]);
    assert_eq!(c2["user"], "tester");
    assert_eq!(c2["contacted_at"], common::NOW);
    // Same file again: unchanged; list output imports back unchanged.
    assert_eq!(
        counts(&env.json(&["contact", "import", &f])),
        [2, 0, 0, 2, 0]
    );
    let listed = env
        .run(&["contact", "list", "--format", "ndjson"])
        .ok()
        .stdout;
    let v = env
        .run_with(
            &[
                "contact",
                "import",
                "-",
                "--input-format",
                "ndjson",
                "--json",
            ],
            Some(listed.as_bytes()),
        )
        .ok()
        .json();
    assert_eq!(counts(&v), [2, 0, 0, 2, 0]);
    // Every invalid row reported, nothing written.
    let bad = write(
        &env,
        "bad.csv",
        b"external_id,person_external_id,class,type,char.PRIO,method\n\
C1,P1,BILL,Q,high,phone\n\
C3,NOPE,BILL,Q,,\n\
C4,P1,BILL,X,,\n\
C5,P1,BILL,Q,medium,\n\
C6,P1,BILL,Q,,carrier-pigeon\n",
    );
    let v = env
        .refused(&["contact", "import", &bad, "--json"], 5)
        .json();
    let cols: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["column"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        cols,
        vec!["person_external_id", "type", "char.PRIO", "method"]
    );
    // An update: comment changed; an absent column keeps the stored value.
    let upd = write(&env, "u.csv", b"external_id,comment\nC1,changed\n");
    assert_eq!(
        counts(&env.json(&["contact", "import", &upd])),
        [1, 0, 1, 0, 0]
    );
    let c1 = env.json(&["contact", "show", "1"]);
    assert_eq!(c1["comment"], "changed");
    assert_eq!(c1["user"], "alice");
}

#[test]
fn contact_import_queues_letters_only_when_asked() {
    let env = Env::new();
    contact_setup(&env);
    let f = write(&env, "c.csv", b"person_id,class,type\n1,BILL,Q\n");
    env.json(&["contact", "import", &f, "--queue-letters"]);
    assert_eq!(
        env.json(&["contact", "show", "1"])["letter_status"],
        "pending"
    );
    env.json(&["contact", "import", &f]);
    assert_eq!(env.json(&["contact", "show", "2"])["letter_status"], "none");
}

// ------------------------------------------------------------------ instruments

const PAN: &str = "4111111111111111";

#[test]
fn instrument_import_tokenises_cards_and_refuses_cvv_columns() {
    let env = Env::new();
    env.json(&["account", "add", "A-1", "--name", "Acme"]);
    for header in ["CVV", "cvc2", "Security Code", "c_i_d"] {
        let f = write(
            &env,
            "i.csv",
            format!("account,card_number,expiry,{header}\nA-1,{PAN},2030-12,123\n").as_bytes(),
        );
        let run = env.refused(&["instrument", "import", &f], 5);
        assert!(run.stderr.contains("verification"), "{}", run.stderr);
        assert!(!run.stderr.contains(PAN) && !run.stdout.contains(PAN));
    }
    let nd = format!(
        "{{\"account\":\"A-1\",\"card_number\":\"{PAN}\",\"expiry\":\"2030-12\",\"CVV\":\"1\"}}\n"
    );
    let run = env.run_with(
        &["instrument", "import", "-", "--input-format", "ndjson"],
        Some(nd.as_bytes()),
    );
    assert_eq!(run.code, 5);

    let f = write(
        &env,
        "i.csv",
        format!(
            "external_id,account,card_number,expiry,holder,iban,currency,primary\n\
I1,A-1,{PAN},2030-12,Ann,,,true\n\
I2,A-1,,,Ann,DE89370400440532013000,EUR,\n\
I3,A-1,4111111111111112,2030-12,,,,\n"
        )
        .as_bytes(),
    );
    let rejects = env.path("rej.csv");
    let v = env.json(&[
        "instrument",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(counts(&v), [3, 2, 0, 0, 1]);
    let rej = std::fs::read_to_string(&rejects).unwrap();
    assert!(!rej.contains("4111111111111112"), "{rej}");
    assert!(rej.contains("****1112"), "{rej}");
    // Tokenised as instrument add does: the same fingerprint for the same card.
    let listed = env.json(&["instrument", "list", "A-1"]);
    let card = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "card")
        .unwrap()
        .clone();
    assert_eq!(card["last4"], "1111");
    assert_eq!(card["brand"], "visa");
    env.json(&["account", "add", "A-2", "--name", "Other"]);
    let added = env.json(&[
        "instrument",
        "add",
        "A-2",
        "--card-number",
        PAN,
        "--expiry",
        "2030-12",
    ]);
    assert_eq!(added["fingerprint"], card["fingerprint"]);
    // No card number in the database file.
    let bytes = std::fs::read(&env.db).unwrap();
    assert!(!bytes.windows(PAN.len()).any(|w| w == PAN.as_bytes()));
    // The same file again: the valid rows are unchanged.
    let v = env.json(&[
        "instrument",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(counts(&v), [3, 0, 0, 2, 1]);
}

#[test]
fn ndjson_rejects_keep_the_object_and_add_error() {
    let env = Env::new();
    let f = write(
        &env,
        "p.ndjson",
        b"{\"external_id\":\"A\",\"name\":\"Ann\"}\n{\"external_id\":\"B\",\"name\":\"Bob\",\"email\":\"nope\"}\n{broken\n",
    );
    let rejects = env.path("r.ndjson");
    let v = env.json(&[
        "person",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(counts(&v), [3, 1, 0, 0, 2]);
    let lines: Vec<Value> = std::fs::read_to_string(&rejects)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["external_id"], "B");
    assert_eq!(lines[0]["email"], "nope");
    assert!(lines[0]["error"].as_str().unwrap().starts_with("email:"));
    assert_eq!(lines[1]["raw"], "{broken");
    // A dry run writes no rejects file and nothing in the database.
    let other = env.path("r2.ndjson");
    let before = env.snapshot();
    let v = env.json(&[
        "person",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        other.to_str().unwrap(),
        "--dry-run",
    ]);
    assert_eq!(counts(&v), [3, 0, 0, 1, 2]);
    assert_eq!(before, env.snapshot());
    assert!(!other.exists());
}

/// A row repeated exactly is `unchanged` the second time, also when the table was empty at
/// the start (the import then skips external-id lookups for keys it has not seen yet).
#[test]
fn an_exact_repeat_is_unchanged_in_every_import_even_into_an_empty_table() {
    let env = Env::new();
    contact_setup(&env);
    let contacts = write(
        &env,
        "c.csv",
        b"external_id,person_external_id,class,type,contacted_at\n\
          X1,P1,BILL,Q,2026-11-01T10:00:00Z\n\
          X1,P1,BILL,Q,2026-11-01T10:00:00Z\n",
    );
    let accounts = write(
        &env,
        "a.csv",
        b"number,name,currency\nA1,Acme,EUR\nA1,Acme,EUR\n",
    );
    let instruments = write(
        &env,
        "i.csv",
        b"external_id,account,iban,currency\n\
          I1,A1,DE89370400440532013000,EUR\n\
          I1,A1,DE89370400440532013000,EUR\n",
    );
    for (noun, file) in [
        ("contact", &contacts),
        ("account", &accounts),
        ("instrument", &instruments),
    ] {
        let summary = import_json(&env, &[noun.to_string(), "import".into(), file.clone()]);
        assert_eq!(
            counts(&summary),
            [2, 1, 0, 1, 0],
            "{noun} import: {summary}"
        );
    }
    assert_eq!(env.json(&["contact", "list"]).as_array().unwrap().len(), 1);
}

/// What `instrument list --reveal --format ndjson` prints imports back (the IBAN's own
/// country may stand beside it); a country that contradicts the IBAN is still refused.
#[test]
fn revealed_instrument_list_imports_back() {
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
        "instrument",
        "add",
        "A1",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "EUR",
        "--external-id",
        "I1",
    ]);
    let listed = env
        .run(&["instrument", "list", "A1", "--reveal", "--format", "ndjson"])
        .ok()
        .stdout;
    assert!(listed.contains("\"country\":\"DE\""), "{listed}");
    let file = write(&env, "i.ndjson", listed.as_bytes());
    let summary = import_json(&env, &["instrument".into(), "import".into(), file]);
    assert_eq!(counts(&summary), [1, 0, 0, 1, 0], "{summary}");

    let other = write(
        &env,
        "o.csv",
        b"external_id,account,iban,country,currency\nI2,A1,DE89370400440532013000,FR,EUR\n",
    );
    let run = env.refused(&["instrument", "import", &other, "--json"], 5);
    assert!(run.stdout.contains("IBAN carries"), "{}", run.stdout);
}

/// Issue 10 point 13: a row with the wrong number of fields is one invalid row like any
/// other under `--skip-invalid --rejects` (it used to stop the import with exit 1 and a
/// partial rejects file).
#[test]
fn skip_invalid_rejects_a_row_with_the_wrong_number_of_fields() {
    let env = Env::new();
    let f = write(
        &env,
        "p.csv",
        b"external_id,name,email\nA,Ann,ann@example.com\nB,Bob\nC,Cee,c@example.com,extra\nD,Dee,d@example.com\n",
    );
    let rejects = env.path("rejects.csv");
    let v = env.json(&[
        "person",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(counts(&v), [4, 2, 0, 0, 2]);
    let text = std::fs::read_to_string(&rejects).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[0], "external_id,name,email,error");
    assert!(
        lines[1].starts_with("B,Bob,") && lines[1].contains("2 fields"),
        "{text}"
    );
    assert!(lines[2].starts_with("C,Cee,c@example.com,extra,"), "{text}");
    assert_eq!(env.json(&["person", "list"]).as_array().unwrap().len(), 2);
    // The same from NDJSON-free stdin, without a rejects file: still exit 0.
    let r = env.run_with(
        &["person", "import", "-", "--skip-invalid"],
        Some(b"external_id,name\nE,Eve\nF\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// Issue 10 point 22: a folder given as the file to import is invalid input (5) with a
/// clear message, for every import.
#[test]
fn a_folder_as_the_import_file_is_refused_clearly() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ann"]);
    let dir = env.path("folder.csv");
    std::fs::create_dir(&dir).unwrap();
    let d = dir.to_str().unwrap();
    for noun in ["person", "account", "contact", "instrument"] {
        let r = env.refused(&[noun, "import", d], 5);
        assert!(
            r.stderr.contains("is a folder, not a file"),
            "{noun}: {}",
            r.stderr
        );
    }
    let empty = Env::new();
    let r = empty.run(&["import", d]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("is a folder, not a file"), "{}", r.stderr);
}

/// The bulk path loads contacts with foreign-key enforcement off (checking every parent
/// before COMMIT instead): a row naming a person that does not exist is still refused with
/// its line, and nothing is written; the database's foreign keys hold afterwards.
#[test]
fn contact_import_refuses_a_missing_person_by_line_with_foreign_keys_off_for_the_load() {
    let env = Env::new();
    contact_setup(&env);
    let f = write(
        &env,
        "c.csv",
        b"external_id,person_id,class,type\n\
          F1,1,BILL,Q\n\
          F2,999,BILL,Q\n\
          F3,2,BILL,Q\n\
          F4,1000,BILL,Q\n",
    );
    let v = env.refused(&["contact", "import", &f, "--json"], 5).json();
    let errors = v["errors"].as_array().unwrap();
    let lines: Vec<u64> = errors.iter().map(|e| e["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, vec![3, 5], "{v}");
    assert_eq!(errors[0]["kind"], "not_found");
    assert_eq!(errors[0]["column"], "person_id");
    assert!(
        errors[0]["message"].as_str().unwrap().contains("999"),
        "{v}"
    );
    // With --skip-invalid the other rows are written, and every reference holds.
    let v = env.json(&["contact", "import", &f, "--skip-invalid"]);
    assert_eq!(counts(&v), [4, 2, 0, 0, 2]);
    let conn = rusqlite::Connection::open(env.path("custctl.db")).unwrap();
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
}

/// The first reading tracks no key: a key repeated among new rows (found by the unique
/// index) and stored keys named out of order (which might repeat) make the import read the
/// file again with every key tracked, which names both lines of a clash.
#[test]
fn contact_import_finds_keys_named_twice_without_the_key_table_on_the_first_reading() {
    let env = Env::new();
    contact_setup(&env);
    let new = write(
        &env,
        "new.csv",
        b"external_id,person_external_id,class,type,comment\n\
          N1,P1,BILL,Q,a\n\
          N2,P1,BILL,Q,b\n\
          N1,P1,BILL,Q,a\n\
          N2,P1,BILL,Q,other\n",
    );
    let v = env
        .refused(&["contact", "import", &new, "--json"], 5)
        .json();
    let lines: Vec<u64> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![3, 5], "{v}");
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("line 5"),
        "{v}"
    );
    // Without the clash: the exact repeat is unchanged.
    let ok = write(
        &env,
        "ok.csv",
        b"external_id,person_external_id,class,type,comment\n\
          N1,P1,BILL,Q,a\n\
          N2,P1,BILL,Q,b\n\
          N1,P1,BILL,Q,a\n",
    );
    assert_eq!(
        counts(&env.json(&["contact", "import", &ok])),
        [3, 2, 0, 1, 0]
    );
    // Stored keys, out of order, one named twice with other values.
    let again = write(
        &env,
        "again.csv",
        b"external_id,comment\n\
          N2,b\n\
          N1,changed\n\
          N2,b\n\
          N1,a\n",
    );
    let v = env
        .refused(&["contact", "import", &again, "--json"], 5)
        .json();
    let lines: Vec<u64> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![3, 5], "{v}");
    // In order and each once: updated and unchanged in one reading.
    let sorted = write(
        &env,
        "sorted.csv",
        b"external_id,comment\nN1,changed\nN2,b\n",
    );
    assert_eq!(
        counts(&env.json(&["contact", "import", &sorted])),
        [2, 0, 1, 1, 0]
    );
}

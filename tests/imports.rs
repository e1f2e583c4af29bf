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
        // Phone numbers are in US national form; the ones libphonenumber finds invalid
        // (no such area code or exchange) are set aside.
        "--region",
        "US",
        "--skip-invalid",
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
    assert_eq!(counts(&first), [1000, 469, 0, 0, 531]);
    assert!(first["seconds"].is_number() && first["rows_per_second"].is_number());
    let errors = first["errors"].as_array().unwrap();
    assert!(errors.iter().all(|e| e["column"] == "phone"), "{first}");
    let before = env.snapshot();
    let second = import_json(&env, &args);
    assert_eq!(counts(&second), [1000, 0, 0, 469, 531]);
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
    let p = env.json(&["person", "show", "ext:M4wguD5DIg"]);
    assert_eq!(p["name"], "Lawrence Dougherty");
    assert_eq!(p["email"], "barryvasquez@example.org");
    assert_eq!(p["phone"], "+19032090302");
    // 001-783-838-6229x0699: no such US number.
    env.run(&["person", "show", "ext:w3DavLUflY"]).code(3);
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
        "--region",
        "US",
        "--skip-invalid",
    ]);
    assert_eq!(counts(&v), [1000, 477, 0, 0, 523]);
    let p = env.json(&["person", "show", "ext:jUVJnywdXM"]);
    assert_eq!(p["name"], "Joan Little");
    assert_eq!(p["phone"], "+12139137353");
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
    // Importing the same file again: the valid rows are unchanged, the invalid still rejected
    // (the rejects file is replaced only with --force).
    let v = env.json(&[
        "person",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
        "--force",
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
        b"external_id,first_name,last_name,email,phone\nA,Ann,Lee,ann@example.com,+1 201-555-0123\n",
    );
    env.json(&["person", "import", &f]);
    // No phone column: the phone stays. Empty email: cleared. New last name: name follows.
    let g = write(&env, "b.csv", b"external_id,last_name,email\nA,Smith,\n");
    let v = env.json(&["person", "import", &g]);
    assert_eq!(counts(&v), [1, 0, 1, 0, 0]);
    let p = env.json(&["person", "show", "ext:A"]);
    assert_eq!(p["name"], "Ann Smith");
    assert_eq!(p["email"], Value::Null);
    assert_eq!(p["phone"], "+12015550123");
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

/// New rows go in as a batch (a multi-row INSERT on SQLite, COPY on PostgreSQL): text that
/// looks like the batch's own separators or NULL marker is stored as it was, and the new
/// rows get ids no contact ever had, also past a deleted newest contact.
#[test]
fn contact_import_stores_text_exactly_and_never_reuses_a_deleted_contacts_id() {
    let env = Env::new();
    contact_setup(&env);
    let added = env.json(&[
        "contact", "add", "--person", "P1", "--class", "BILL", "--type", "Q",
    ]);
    let deleted = added["id"].as_i64().unwrap();
    env.json(&["contact", "delete", &deleted.to_string()]);
    let comments = ["tab\there", "back\\slash \\N", "\\N", "two\r\nlines", ""];
    let mut body = String::from("external_id,person_external_id,class,type,comment,char.PRIO\n");
    for (i, c) in comments.iter().enumerate() {
        body.push_str(&format!("X{i},P2,BILL,Q,\"{c}\",high\n"));
    }
    let f = write(&env, "x.csv", body.as_bytes());
    let v = env.json(&["contact", "import", &f]);
    assert_eq!(counts(&v), [5, 5, 0, 0, 0], "{v}");
    let listed = env
        .run(&["contact", "list", "--person", "P2", "--format", "ndjson"])
        .ok()
        .stdout;
    let mut rows: Vec<serde_json::Value> = listed
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    rows.sort_by_key(|r| r["external_id"].as_str().unwrap().to_string());
    assert_eq!(rows.len(), 5);
    for (row, c) in rows.iter().zip(comments) {
        assert!(row["id"].as_i64().unwrap() > deleted, "{row}");
        let expected = c;
        let shown = env.json(&["contact", "show", &row["id"].to_string()]);
        let stored = shown["comment"].as_str().unwrap_or("");
        assert_eq!(stored, expected, "{shown}");
        assert_eq!(shown["characteristics"][0]["value"], "high", "{shown}");
    }
    env.json(&["doctor"]);
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

/// An instrument row's error names the column it is about: a card number in the holder
/// or the external id was reported as `column card_number`, sending the admin to the
/// wrong cell.
#[test]
fn instrument_import_errors_name_the_column_at_fault() {
    let env = Env::new();
    env.json(&["account", "add", "A-1", "--name", "Acme"]);
    let card = "5555555555554444";
    for (row, column) in [
        (format!("X1,A-1,{card},2030-12,Ann {PAN}"), "holder"),
        (format!("{PAN},A-1,{card},2030-12,Ann"), "external_id"),
        (format!("X1,A-1,{card},2020-12,Ann"), "expiry"),
    ] {
        let f = write(
            &env,
            "i.csv",
            format!("external_id,account,card_number,expiry,holder\n{row}\n").as_bytes(),
        );
        let run = env.refused(&["instrument", "import", &f, "--json"], 5);
        assert!(!run.stdout.contains(PAN) && !run.stderr.contains(PAN));
        let errors = &run.json()["errors"];
        assert_eq!(errors[0]["column"], column, "{errors}");
    }
}

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
    // No card number in the database.
    let bytes = env.stored_bytes();
    assert!(!bytes.windows(PAN.len()).any(|w| w == PAN.as_bytes()));
    // The same file again: the valid rows are unchanged (--force replaces the rejects file).
    let v = env.json(&[
        "instrument",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
        "--force",
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

// ------------------------------------------------------------------ one path per rule

/// The number of audit entries.
fn audit_len(env: &Env) -> usize {
    env.json(&["audit"]).as_array().unwrap().len()
}

/// Issue 10 point 1: `account import` runs the rules of `account update` (through the same
/// ops function): deactivating an account while payment details are in force is refused
/// with the command's kind and message, the row alone is rejected and `doctor` stays clean.
#[test]
fn account_import_runs_the_rules_of_account_update() {
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
    env.json(&["account", "add", "A2", "--name", "Other"]);
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "EUR",
    ]);
    let single = env.refused(
        &[
            "--format", "json", "account", "update", "A1", "--status", "inactive",
        ],
        4,
    );
    let single: Value = serde_json::from_str(single.stderr.trim()).unwrap();
    let f = write(&env, "a.csv", b"number,status\nA1,inactive\nA2,inactive\n");
    let v = env.refused(&["account", "import", &f, "--json"], 5).json();
    assert_eq!(counts(&v), [2, 0, 1, 0, 1]);
    let e = &v["errors"][0];
    assert_eq!(e["line"], 2);
    assert_eq!(e["column"], "status");
    assert_eq!(e["kind"], "conflict");
    assert_eq!(e["message"], single["error"]["message"]);
    // --skip-invalid: the other row is written, A1 stays active, doctor is clean.
    let v = env.json(&["account", "import", &f, "--skip-invalid"]);
    assert_eq!(counts(&v), [2, 0, 1, 0, 1]);
    assert_eq!(env.json(&["account", "show", "A1"])["status"], "active");
    assert_eq!(env.json(&["account", "show", "A2"])["status"], "inactive");
    let doctor = env.run(&["doctor"]);
    assert_eq!(doctor.code, 0, "{}{}", doctor.stdout, doctor.stderr);
}

/// A person row runs `person update`'s rules (an organisation has no first name) and
/// leaves nothing of itself when refused; an inserted person is accounted for by the
/// file's audit entry (product.md §3.7: one entry for the file plus one per updated record).
/// (The account test above covers a row refused after the ops function wrote: the status
/// change is rolled back to the row's savepoint.)
#[test]
fn a_refused_row_leaves_nothing_of_itself() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ann", "--external-id", "P1"]);
    let f = write(
        &env,
        "p.csv",
        b"external_id,kind,first_name,email\nP1,organization,Ann,ann@example.com\nP3,person,Cy,cy@example.com\n",
    );
    let before = audit_len(&env);
    let v = env.json(&["person", "import", &f, "--skip-invalid"]);
    assert_eq!(counts(&v), [2, 1, 0, 0, 1]);
    let p1 = env.json(&["person", "show", "ext:P1"]);
    assert_eq!(p1["kind"], "person");
    assert!(p1["email"].is_null(), "{p1}");
    // One entry for the file, which counts the inserted person.
    assert_eq!(audit_len(&env), before + 1);
    let newest = &env.json(&["audit", "--limit", "1"])[0];
    assert_eq!(newest["action"], "import");
    assert_eq!(newest["changes"]["inserted"], 1);
    assert_eq!(newest["changes"]["rejected"], 1);
}

/// Issue 10 point 5: the second run of a file that the first run accepted reports every
/// row unchanged and writes nothing but the file's audit entry, for all four imports; a
/// person row with an empty name but first and last names is one of them.
#[test]
fn every_import_run_twice_is_unchanged_the_second_time() {
    let env = Env::new();
    contact_setup(&env);
    let persons = write(
        &env,
        "p.csv",
        b"external_id,name,first_name,last_name,kind,email,phone\n\
          Q1,,Ann,Lee,,ann@example.com,\n\
          Q2,Bob Ltd,,,organization,,+1 201 555 0123\n\
          Q3,,Cy,,,,\n",
    );
    let accounts = write(
        &env,
        "a.csv",
        b"number,name,person_external_id,currency,status\n\
          A1,Acme,Q1,EUR,active\n\
          A2,Solo,,,\n\
          A3,Gone,Q2,USD,inactive\n",
    );
    let contacts = write(
        &env,
        "c.csv",
        b"external_id,person_external_id,class,type,contacted_at,comment,open\n\
          X1,Q1,BILL,Q,2026-11-01T10:00:00Z,First,true\n\
          X2,Q2,BILL,Q,2026-11-02T10:00:00Z,,false\n",
    );
    let instruments = write(
        &env,
        "i.csv",
        format!(
            "external_id,account,card_number,expiry,holder,iban,bic,currency,primary,end,preference\n\
             I1,A1,{PAN},2030-12,Ann Lee,,,,true,,1\n\
             I2,A1,,,Ann Lee,DE89370400440532013000,COBADEFFXXX,EUR,true,2027-06-30,\n\
             I3,A2,,,,GB82WEST12345698765432,,GBP,,,2\n"
        )
        .as_bytes(),
    );
    let files = [
        ("person", &persons, 3),
        ("account", &accounts, 3),
        ("contact", &contacts, 2),
        ("instrument", &instruments, 3),
    ];
    for (noun, file, n) in files {
        let v = import_json(&env, &[noun.into(), "import".into(), file.clone()]);
        assert_eq!(counts(&v), [n, n, 0, 0, 0], "{noun}, first run: {v}");
    }
    assert_eq!(env.json(&["person", "show", "ext:Q1"])["name"], "Ann Lee");
    let before = audit_len(&env);
    for (noun, file, n) in files {
        let v = import_json(&env, &[noun.into(), "import".into(), file.clone()]);
        assert_eq!(counts(&v), [n, 0, 0, n, 0], "{noun}, second run: {v}");
    }
    // Only the four files' own entries.
    assert_eq!(audit_len(&env), before + 4);
    let doctor = env.run(&["doctor"]);
    assert_eq!(doctor.code, 0, "{}{}", doctor.stdout, doctor.stderr);
}

/// Issue 10 point 5: an instrument row for a known external id updates what may change
/// (holder, BIC, preference, end) as `instrument update` does, and is refused (4) when it
/// names another card or bank account.
#[test]
fn instrument_import_updates_what_may_change_and_refuses_the_rest() {
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
    let first = write(
        &env,
        "i.csv",
        format!(
            "external_id,account,card_number,expiry,holder,iban,currency\n\
             C1,A1,{PAN},2030-12,Ann,,\n\
             B1,A1,,,Ann,DE89370400440532013000,EUR\n"
        )
        .as_bytes(),
    );
    assert_eq!(
        counts(&env.json(&["instrument", "import", &first])),
        [2, 2, 0, 0, 0]
    );
    let change = write(
        &env,
        "j.csv",
        format!(
            "external_id,account,card_number,expiry,holder,iban,bic,currency,preference,end\n\
             C1,A1,{PAN},2030-12,Ann Lee,,,,2,2029-01-31\n\
             B1,A1,,,Bob,DE89370400440532013000,COBADEFFXXX,EUR,1,\n"
        )
        .as_bytes(),
    );
    let v = env.json(&["instrument", "import", &change]);
    assert_eq!(counts(&v), [2, 0, 2, 0, 0]);
    let list = env.json(&["instrument", "list", "A1", "--all"]);
    let by_ext = |e: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|i| i["external_id"] == e)
            .unwrap()
            .clone()
    };
    let c1 = by_ext("C1");
    assert_eq!(c1["holder"], "Ann Lee");
    assert_eq!(c1["preference"], 2);
    assert_eq!(c1["end"], "2029-01-31");
    let b1 = by_ext("B1");
    assert_eq!(b1["holder"], "Bob");
    assert_eq!(b1["bic"], "COBADEFFXXX");
    // Again: unchanged.
    assert_eq!(
        counts(&env.json(&["instrument", "import", &change])),
        [2, 0, 0, 2, 0]
    );
    // Another bank account or card under a known external id is refused (4), naming it.
    let other = write(
        &env,
        "k.csv",
        format!(
            "external_id,account,card_number,expiry,iban,currency\n\
             B1,A1,,,GB82WEST12345698765432,EUR\n\
             C1,A1,{},2030-12,,\n",
            "5555555555554444"
        )
        .as_bytes(),
    );
    let v = env
        .refused(&["instrument", "import", &other, "--json"], 5)
        .json();
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0]["kind"], "conflict");
    assert_eq!(errors[0]["column"], "iban");
    assert_eq!(errors[1]["kind"], "conflict");
    assert_eq!(errors[1]["column"], "card_number");
    assert!(!v.to_string().contains("5555555555554444"));
    // An end later than the one set is refused like instrument end (ending never extends).
    let later = write(
        &env,
        "l.csv",
        format!("external_id,account,card_number,expiry,end\nC1,A1,{PAN},2030-12,2029-06-30\n")
            .as_bytes(),
    );
    let v = env
        .refused(&["instrument", "import", &later, "--json"], 5)
        .json();
    assert_eq!(v["errors"][0]["kind"], "conflict");
    // A renewed card (the same number, a later expiry) updates the expiry.
    let renewed = write(
        &env,
        "r.csv",
        format!("external_id,account,card_number,expiry\nC1,A1,{PAN},2031-06\n").as_bytes(),
    );
    assert_eq!(
        counts(&env.json(&["instrument", "import", &renewed])),
        [1, 0, 1, 0, 0]
    );
    let list = env.json(&["instrument", "list", "A1", "--all"]);
    let c1 = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["external_id"] == "C1")
        .unwrap();
    assert_eq!(c1["expiry"], "2031-06");
}

/// Issue 11: `instrument update` changes holder, BIC, preference and end through the same
/// function as the import, with an audit entry; the card or bank account never changes.
#[test]
fn instrument_update_changes_what_may_change() {
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
    let card = env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        PAN,
        "--expiry",
        "2030-12",
    ]);
    let bank = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "EUR",
    ]);
    let card_id = card["id"].as_i64().unwrap().to_string();
    let bank_id = bank["id"].as_i64().unwrap().to_string();
    let u = env.json(&[
        "instrument",
        "update",
        &bank_id,
        "--holder",
        "Bob",
        "--bic",
        "COBADEFFXXX",
        "--preference",
        "2",
        "--end",
        "2028-12-31",
    ]);
    assert_eq!(u["holder"], "Bob");
    assert_eq!(u["bic"], "COBADEFFXXX");
    assert_eq!(u["preference"], 2);
    assert_eq!(u["end"], "2028-12-31");
    let entries = env.json(&["audit"]);
    let last = entries.as_array().unwrap().first().unwrap().clone();
    assert_eq!(last["action"], "update", "{last}");
    assert_eq!(last["entity"], "instrument", "{last}");
    // Clearing with an empty value.
    let u = env.json(&[
        "instrument",
        "update",
        &bank_id,
        "--holder",
        "",
        "--preference",
        "",
    ]);
    assert!(u["holder"].is_null() && u["preference"].is_null(), "{u}");
    // Refusals: nothing to update (2), a card's BIC (5), a bad preference (5), a card
    // number as holder (5), a later end (4), a missing instrument (3).
    env.refused(&["instrument", "update", &card_id], 2);
    env.refused(
        &["instrument", "update", &card_id, "--bic", "COBADEFFXXX"],
        5,
    );
    env.refused(&["instrument", "update", &card_id, "--preference", "0"], 5);
    env.refused(&["instrument", "update", &card_id, "--holder", PAN], 5);
    env.refused(
        &["instrument", "update", &bank_id, "--end", "2029-01-31"],
        4,
    );
    env.refused(&["instrument", "update", "999", "--holder", "X"], 3);
    // A renewed card: its number typed again with the new expiry, checked against the
    // stored card and never stored or printed.
    let r = env.run(&[
        "--format",
        "json",
        "instrument",
        "update",
        &card_id,
        "--card-number",
        PAN,
        "--expiry",
        "2032-06",
    ]);
    assert_eq!(r.code, 0, "renewal");
    assert!(!r.stdout.contains(PAN) && !r.stderr.contains(PAN));
    let renewed: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(renewed["expiry"], "2032-06");
    let other = env.refused(
        &[
            "instrument",
            "update",
            &card_id,
            "--card-number",
            "5555555555554444",
            "--expiry",
            "2033-01",
        ],
        4,
    );
    assert!(other.stderr.contains("ending 4444") && !other.stderr.contains("5555555555554444"));
    env.refused(&["instrument", "update", &card_id, "--card-number", PAN], 2);
    env.refused(
        &[
            "instrument",
            "update",
            &bank_id,
            "--card-number",
            PAN,
            "--expiry",
            "2033-01",
        ],
        4,
    );
    let bytes = env.stored_bytes();
    assert!(!bytes.windows(PAN.len()).any(|w| w == PAN.as_bytes()));
}

/// The contact import's bulk path runs the checks of `contact add` through the same
/// function: with --queue-letters, a type whose letter template is system-only is refused
/// (4, the command's message), which the import used to let through.
#[test]
fn contact_import_refuses_a_system_only_letter_like_contact_add() {
    let env = Env::new();
    contact_setup(&env);
    let body = env.path("sys.txt");
    std::fs::write(&body, "System letter").unwrap();
    env.json(&[
        "catalog",
        "letter-template",
        "add",
        "SYS",
        "--description",
        "System",
        "--body-file",
        body.to_str().unwrap(),
        "--system-only",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "BILL",
        "S",
        "--description",
        "System",
        "--letter",
        "SYS",
    ]);
    let single = env.refused(
        &[
            "--format", "json", "contact", "add", "--person", "ext:P1", "--class", "BILL",
            "--type", "S",
        ],
        4,
    );
    let single: Value = serde_json::from_str(single.stderr.trim()).unwrap();
    let f = write(
        &env,
        "c.csv",
        b"external_id,person_external_id,class,type\nS1,P1,BILL,S\n",
    );
    let v = env
        .refused(&["contact", "import", &f, "--queue-letters", "--json"], 5)
        .json();
    assert_eq!(v["errors"][0]["kind"], "conflict");
    assert_eq!(v["errors"][0]["message"], single["error"]["message"]);
    // Without --queue-letters no letter is queued, and the row is fine.
    let v = env.json(&["contact", "import", &f]);
    assert_eq!(counts(&v), [1, 1, 0, 0, 0]);
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

/// Issue 14: a person, account or instrument import writes one audit entry for the file
/// (which counts what it inserted) and none per inserted record (product.md §3.7), plus
/// one per updated record; the chain verifies and `doctor` is clean afterwards.
#[test]
fn imports_write_one_audit_entry_per_file_and_one_per_updated_record() {
    let env = Env::new();
    env.json(&["init"]);
    let before = audit_len(&env);
    let persons = write(
        &env,
        "p.csv",
        b"external_id,name,email\nQ1,Ann,ann@example.com\nQ2,Bob,\nQ3,Cy,cy@example.com\n",
    );
    let v = env.json(&["person", "import", &persons]);
    assert_eq!(counts(&v), [3, 3, 0, 0, 0]);
    let accounts = write(
        &env,
        "a.csv",
        b"number,name,person_external_id\nA1,First,Q1\nA2,Second,\n",
    );
    let v = env.json(&["account", "import", &accounts]);
    assert_eq!(counts(&v), [2, 2, 0, 0, 0]);
    let instruments = write(
        &env,
        "i.csv",
        b"external_id,account,iban,currency\nI1,A1,DE89370400440532013000,EUR\n",
    );
    let v = env.json(&["instrument", "import", &instruments]);
    assert_eq!(counts(&v), [1, 1, 0, 0, 0]);
    let entries = env.json(&["audit"]);
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), before + 3, "{entries:#?}");
    // Newest first: instrument, account, person.
    for (entry, (kind, inserted)) in
        entries
            .iter()
            .zip([("instrument", 1), ("account", 2), ("person", 3)])
    {
        assert_eq!(entry["action"], "import", "{entry}");
        assert_eq!(entry["entity"], kind, "{entry}");
        assert_eq!(entry["changes"]["inserted"], inserted, "{entry}");
        assert_eq!(entry["changes"]["read"], inserted, "{entry}");
        assert!(entry["entity_id"].is_null(), "{entry}");
    }
    env.json(&["audit", "verify"]);
    let doctor = env.run(&["doctor", "--json"]);
    assert_eq!(doctor.code, 0, "{}{}", doctor.stdout, doctor.stderr);
    let report = doctor.json();
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
    assert!(
        report["records"]["without_digest"].as_u64().unwrap() >= 6,
        "{report:#}"
    );

    // An update writes its entry, with the record's digest; doctor stays clean.
    let persons = write(
        &env,
        "p2.csv",
        b"external_id,name,email\nQ1,Ann,ann@example.org\nQ2,Bob,\nQ3,Cyd,cy@example.com\n",
    );
    let v = env.json(&["person", "import", &persons]);
    assert_eq!(counts(&v), [3, 0, 2, 1, 0]);
    let entries = env.json(&["audit"]);
    let actions: Vec<(&str, &str)> = entries.as_array().unwrap()[..3]
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["entity"].as_str().unwrap()))
        .collect();
    assert_eq!(
        actions,
        [
            ("import", "person"),
            ("update", "person"),
            ("update", "person")
        ]
    );
    env.json(&["audit", "verify"]);
    let doctor = env.run(&["doctor", "--json"]);
    assert_eq!(doctor.code, 0, "{}{}", doctor.stdout, doctor.stderr);
}

/// Issue 14: the digests of updated records are sealed every 4096 rows inside the import's
/// transaction: an import updating more rows than that verifies, and `doctor` finds every
/// record as its newest digest says.
#[test]
fn an_import_updating_more_rows_than_a_seal_batch_stays_verifiable() {
    let env = Env::new();
    env.json(&["init"]);
    let rows = 4100;
    let mut first = String::from("external_id,name\n");
    let mut second = String::from("external_id,name\n");
    for i in 0..rows {
        first.push_str(&format!("K{i:05},Name {i}\n"));
        second.push_str(&format!("K{i:05},Other {i}\n"));
    }
    let f = write(&env, "first.csv", first.as_bytes());
    let v = env.json(&["person", "import", &f]);
    assert_eq!(counts(&v), [rows, rows, 0, 0, 0]);
    let f = write(&env, "second.csv", second.as_bytes());
    let v = env.json(&["person", "import", &f]);
    assert_eq!(counts(&v), [rows, 0, rows, 0, 0]);
    env.json(&["audit", "verify"]);
    let doctor = env.run(&["doctor", "--json"]);
    assert_eq!(doctor.code, 0, "{}{}", doctor.stdout, doctor.stderr);
    let report = doctor.json();
    assert_eq!(report["records"]["checked"].as_u64().unwrap(), rows);
    // Changed behind custctl's back: found.
    env.sql("UPDATE person SET name = 'Eve' WHERE external_id = 'K04099'");
    assert_eq!(env.run(&["doctor", "--json"]).code, 4);
}

/// Issue 14: the first reading of a person import tracks no key that no stored person has.
/// A refused row is not written either, so it makes the import read the file again with
/// every key tracked: a later row with its key and other values is still a clash, naming
/// both lines; and a key repeated among new rows is found as before.
#[test]
fn person_import_names_a_clash_with_a_refused_row_without_the_key_table() {
    let env = Env::new();
    env.json(&["init"]);
    let f = write(
        &env,
        "p.csv",
        b"external_id,name,kind\nN1,Ann,bogus\nN2,Bob,\nN1,Anne,\n",
    );
    let v = env.refused(&["person", "import", &f, "--json"], 5).json();
    assert_eq!(counts(&v), [3, 1, 0, 0, 2], "{v}");
    let errors = v["errors"].as_array().unwrap();
    let lines: Vec<u64> = errors.iter().map(|e| e["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, vec![2, 4], "{v}");
    assert!(
        errors[0]["message"].as_str().unwrap().contains("line 4"),
        "{v}"
    );
    assert!(
        errors[1]["message"].as_str().unwrap().contains("line 2"),
        "{v}"
    );
    // Stored keys in any order and a new key repeated: the exact repeat is unchanged.
    let f = write(
        &env,
        "q.csv",
        b"external_id,name\nB,Bee\nA,Ay\nB,Bee\nA,Ay\n",
    );
    let v = env.json(&["person", "import", &f]);
    assert_eq!(counts(&v), [4, 2, 0, 2, 0]);
    let v = env.json(&["person", "import", &f]);
    assert_eq!(counts(&v), [4, 0, 0, 4, 0]);
}

// ------------------------------------------------------------------ Excel's sep= line

#[test]
fn excel_sep_line_names_the_delimiter_and_keeps_line_numbers() {
    let env = Env::new();
    // `sep=;` is line 1; the header is line 2; the bad email is on line 4.
    let f = write(
        &env,
        "excel.csv",
        b"sep=;\r\nexternal_id;name;email\r\nA;Ann, Jr;ann@example.com\r\nB;Bob;not-an-email\r\nC;Cee;c@example.com\r\n",
    );
    let run = env.refused(&["person", "import", &f], 5);
    assert!(
        run.stderr.contains("line 4, column email"),
        "{}",
        run.stderr
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
    assert_eq!(counts(&v), [3, 2, 0, 0, 1]);
    assert_eq!(v["errors"][0]["line"], 4);
    assert_eq!(env.json(&["person", "show", "ext:A"])["name"], "Ann, Jr");
    // The rejects file is written the same way (sep= line, `;`), so it imports as it is
    // once fixed.
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(
        text.starts_with("sep=;\nexternal_id;name;email;error\nB;Bob;not-an-email;"),
        "{text}"
    );
    std::fs::write(&rejects, text.replace("not-an-email", "bob@example.com")).unwrap();
    let v = env.json(&["person", "import", rejects.to_str().unwrap()]);
    assert_eq!(counts(&v), [1, 1, 0, 0, 0]);
    // The same file again, and with --delimiter naming the same delimiter: unchanged.
    let v = env.json(&["person", "import", &f, "--skip-invalid"]);
    assert_eq!(counts(&v), [3, 0, 0, 2, 1]);
    let v = env.json(&["person", "import", &f, "--skip-invalid", "--delimiter", ";"]);
    assert_eq!(counts(&v), [3, 0, 0, 2, 1]);
    // A --delimiter that contradicts the sep= line is refused (5), nothing written.
    let run = env.refused(&["person", "import", &f, "--delimiter", ","], 5);
    assert!(
        run.stderr
            .contains("line 1 is sep=; (Excel's delimiter line), but --delimiter is ,"),
        "{}",
        run.stderr
    );
    // A tab (or `\t` written out) and `|`; also on stdin, after a UTF-8 byte-order mark.
    for (body, id) in [
        (&b"sep=\t\nexternal_id\tname\nT1\tTab\n"[..], "T1"),
        (&b"sep=\\t\nexternal_id\tname\nT2\tTab\n"[..], "T2"),
        (&b"\xEF\xBB\xBFsep=|\nexternal_id|name\nP1|Pipe\n"[..], "P1"),
    ] {
        let run = env
            .run_with(&["person", "import", "-", "--json"], Some(body))
            .ok();
        assert_eq!(counts(&run.json()), [1, 1, 0, 0, 0]);
        assert!(env.json(&["person", "show", &format!("ext:{id}")])["name"].is_string());
    }
    // Only a whole first line `sep=X` is one: `sep=ab` is a header naming an unknown column.
    let f = write(&env, "not-sep.csv", b"sep=ab\nx\n");
    let run = env.refused(&["person", "import", &f], 5);
    assert!(
        run.stderr.contains("unknown column 'sep=ab'"),
        "{}",
        run.stderr
    );
}

// ------------------------------------------------------------------ account site import

#[test]
fn account_site_import_adds_updates_and_reimports_unchanged() {
    let env = Env::new();
    env.json(&[
        "account",
        "add",
        "A-1",
        "--name",
        "One",
        "--currency",
        "EUR",
    ]);
    env.json(&["account", "add", "A-2", "--name", "Two"]);
    env.json(&[
        "account",
        "site",
        "add",
        "A-1",
        "--address",
        "1 Main St",
        "--use",
        "bill-to,ship-to",
        "--primary",
    ]);
    let body = "account,address,city,postal_code,country,uses,primary,primary_for\n\
        A-1,1  main st,Dublin,,IE,\"bill-to,ship-to\",,\n\
        A-1,2 Quay Rd,Cork,T12 X1,IE,\"bill-to,dunning\",,bill-to\n\
        A-2,3 Side St,,,,ship-to,true,\n\
        A-3,4 Nowhere,,,,bill-to,,\n\
        A-2,5 Bad St,,,UK,bill-to,,\n";
    let f = write(&env, "sites.csv", body.as_bytes());
    // All or nothing: two invalid rows, nothing written, each named (line, column).
    let run = env.refused(&["account", "site", "import", &f], 5);
    assert!(
        run.stderr
            .contains("line 5, column account: account A-3 does not exist"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 6, column country"),
        "{}",
        run.stderr
    );
    // A dry run reports the counts of the real run and writes nothing.
    let before = env.snapshot();
    let dry = env.json(&[
        "account",
        "site",
        "import",
        &f,
        "--skip-invalid",
        "--dry-run",
    ]);
    assert_eq!(before, env.snapshot());
    let rejects = env.path("rejects.csv");
    let v = env.json(&[
        "account",
        "site",
        "import",
        &f,
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ]);
    assert_eq!(counts(&v), [5, 2, 1, 0, 2]);
    assert_eq!(counts(&dry), counts(&v));
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(text.contains("A-3,4 Nowhere"), "{text}");
    // The first row found site 1 by its address (case and spaces aside) and updated it;
    // the second took the bill-to role from it (through set-primary: site 1 demoted).
    let sites = env.json(&["account", "site", "list", "A-1"]);
    let sites = sites.as_array().unwrap();
    assert_eq!(sites.len(), 2);
    assert_eq!(sites[0]["id"], 1);
    // Its id (PostgreSQL's identity values are not given back by the dry run's rollback).
    let site2 = sites[1]["id"].to_string();
    assert_eq!(sites[0]["address"], "1 Main St", "the key stays as stored");
    assert_eq!(sites[0]["city"], "Dublin");
    assert_eq!(sites[0]["country"], "IE");
    assert_eq!(sites[0]["primary_for"], serde_json::json!(["ship-to"]));
    assert_eq!(sites[1]["postal_code"], "T12 X1");
    assert_eq!(sites[1]["uses"], serde_json::json!(["bill-to", "dunning"]));
    assert_eq!(sites[1]["primary_for"], serde_json::json!(["bill-to"]));
    let a2 = env.json(&["account", "site", "list", "A-2"]);
    assert_eq!(a2[0]["primary_for"], serde_json::json!(["ship-to"]));
    let demotes = env.json(&["audit", "--entity", "site", "--id", "1"]);
    assert!(
        demotes
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "demote"),
        "{demotes}"
    );
    // The same file again: every valid row unchanged.
    let v = env.json(&["account", "site", "import", &f, "--skip-invalid"]);
    assert_eq!(counts(&v), [5, 0, 0, 3, 2]);
    // What `site list --format ndjson` prints imports back unchanged (uses as lists).
    let listed = env
        .run(&["account", "site", "list", "A-1", "--format", "ndjson"])
        .ok();
    let run = env
        .run_with(
            &["account", "site", "import", "-", "--json"],
            Some(listed.stdout.as_bytes()),
        )
        .ok();
    assert_eq!(counts(&run.json()), [2, 0, 0, 2, 0]);
    // The rules of `account site update`: site 2 stays bill-to while an instrument names it.
    env.json(&[
        "instrument",
        "add",
        "A-1",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "EUR",
        "--site",
        &site2,
    ]);
    let f2 = write(
        &env,
        "drop-bill-to.csv",
        // Without a postal_code column the address alone names the site.
        b"account,address,uses\nA-1,2 quay rd,dunning\n",
    );
    let run = env.refused(&["account", "site", "import", &f2, "--json"], 5);
    let e = &run.json()["errors"][0];
    assert_eq!(e["kind"], "conflict", "{e}");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("stays a bill-to site"),
        "{e}"
    );
    // One site named twice with different values: both rows invalid, each naming the other.
    let f3 = write(
        &env,
        "twice.csv",
        b"account,address,city,uses\nA-2,9 New St,Galway,bill-to\nA-2,9 new st,Sligo,bill-to\n",
    );
    let run = env.refused(&["account", "site", "import", &f3], 5);
    assert!(
        run.stderr.contains("line 2") && run.stderr.contains("line 3"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("same account, address and postal_code"),
        "{}",
        run.stderr
    );
    // `import columns site` lists the columns.
    let cols = env.json(&["import", "columns", "site"]);
    let names: Vec<&str> = cols
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["column"].as_str().unwrap())
        .collect();
    assert_eq!(
        &names[..8],
        [
            "account",
            "address",
            "city",
            "postal_code",
            "country",
            "uses",
            "primary",
            "primary_for"
        ]
    );
    assert!(names.contains(&"end"));
}

/// Issue 14: a re-import reads the stored contacts a run of keys at a time and writes
/// nothing for an unchanged row: no UPDATE, no characteristic rewritten, no audit entry
/// but the file's; a changed row among them is still updated, a new one inserted, stored
/// keys the file skips are left alone, and a stored key named twice is still a clash.
#[test]
fn contact_reimport_writes_only_the_rows_that_changed() {
    if common::sqlite_only("it counts writes with SQLite triggers on the file") {
        return;
    }
    let env = Env::new();
    contact_setup(&env);
    let header = "external_id,person_external_id,class,type,method,comment,char.PRIO\n";
    let row = |i: u32, comment: &str| {
        format!(
            "C{i:04},P{},BILL,Q,phone,{comment},{}\n",
            1 + i % 2,
            if i.is_multiple_of(3) { "high" } else { "low" }
        )
    };
    // More rows than one read ahead holds (256).
    let mut first = String::from(header);
    for i in 1..=700 {
        first.push_str(&row(i, "hello"));
    }
    let f = write(&env, "c.csv", first.as_bytes());
    assert_eq!(
        counts(&env.json(&["contact", "import", &f])),
        [700, 700, 0, 0, 0]
    );
    // Every write to a stored contact or its characteristics from here on leaves a row
    // behind.
    env.sql(
        "CREATE TABLE written (what TEXT NOT NULL, id INTEGER NOT NULL);
         CREATE TRIGGER contact_updated AFTER UPDATE ON contact
             BEGIN INSERT INTO written VALUES ('contact', new.id); END;
         CREATE TRIGGER characteristic_added AFTER INSERT ON contact_characteristic
             WHEN new.contact_id <= 700
             BEGIN INSERT INTO written VALUES ('char', new.contact_id); END;
         CREATE TRIGGER characteristic_removed AFTER DELETE ON contact_characteristic
             BEGIN INSERT INTO written VALUES ('char', old.contact_id); END;",
    );
    let audit_entries = || -> i64 {
        let conn = rusqlite::Connection::open(env.path("custctl.db")).unwrap();
        conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
            .unwrap()
    };
    let written = || -> Vec<(String, i64)> {
        let conn = rusqlite::Connection::open(env.path("custctl.db")).unwrap();
        let mut stmt = conn
            .prepare("SELECT what, id FROM written ORDER BY what, id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let entries = audit_entries();
    assert_eq!(
        counts(&env.json(&["contact", "import", &f])),
        [700, 0, 0, 700, 0]
    );
    assert_eq!(written(), vec![], "an unchanged row was written");
    assert_eq!(audit_entries(), entries + 1, "only the file's entry");
    // In key order: stored keys skipped (every fifth), new keys between stored ones, one
    // changed comment and one changed characteristic.
    let mut second = String::from(header);
    for i in 1..=700u32 {
        if i.is_multiple_of(5) {
            continue;
        }
        match i {
            301 => second.push_str(&row(i, "changed")),
            602 => second.push_str(&row(i, "hello").replace(",low", ",high")),
            _ => second.push_str(&row(i, "hello")),
        }
        if i.is_multiple_of(97) {
            second.push_str(&format!("C{i:04}x,P1,BILL,Q,phone,new,low\n"));
        }
    }
    let g = write(&env, "g.csv", second.as_bytes());
    let v = env.json(&["contact", "import", &g]);
    assert_eq!(counts(&v), [566, 6, 2, 558, 0], "{v}");
    assert_eq!(
        written(),
        [
            ("char", 301),
            ("char", 301),
            ("char", 602),
            ("char", 602),
            ("contact", 301),
            ("contact", 602),
        ]
        .map(|(w, id)| (w.to_string(), id))
        .to_vec(),
        "an update replaces the characteristics of the contact it updates, nothing else"
    );
    assert_eq!(
        audit_entries(),
        entries + 1 + 3,
        "the file's entry and one per update"
    );
    assert_eq!(env.json(&["contact", "show", "301"])["comment"], "changed");
    assert_eq!(env.json(&["contact", "show", "300"])["comment"], "hello");
    // A stored key named twice in a row with other values: both lines named.
    let twice = write(
        &env,
        "twice.csv",
        b"external_id,comment\nC0100,a\nC0101,b\nC0101,c\nC0102,d\n",
    );
    let v = env
        .refused(&["contact", "import", &twice, "--json"], 5)
        .json();
    let lines: Vec<u64> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![3, 4], "{v}");
}

/// Issue 14: `--exclusive` imports with a rollback journal and leaves the database in WAL
/// mode whatever happened; a refused file changes nothing; with another connection open it
/// cannot leave WAL, and imports in WAL with a warning.
#[test]
fn exclusive_import_uses_a_rollback_journal_and_returns_to_wal() {
    if common::sqlite_only(
        "SQLite's journal modes (PostgreSQL: tests/postgres.rs, exclusive_import_puts_back_…)",
    ) {
        return;
    }
    let env = Env::new();
    contact_setup(&env);
    let journal_mode = || -> String {
        let conn = rusqlite::Connection::open(env.path("custctl.db")).unwrap();
        conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap()
    };
    let f = write(
        &env,
        "c.csv",
        b"external_id,person_external_id,class,type,comment\nE1,P1,BILL,Q,a\nE2,P2,BILL,Q,b\n",
    );
    let v = env.json(&["contact", "import", &f, "--exclusive"]);
    assert_eq!(counts(&v), [2, 2, 0, 0, 0]);
    assert_eq!(journal_mode(), "wal");
    let p = write(&env, "p.csv", b"external_id,name\nP3,Cy\n");
    assert_eq!(
        counts(&env.json(&["person", "import", &p, "--exclusive"])),
        [1, 1, 0, 0, 0]
    );
    assert_eq!(journal_mode(), "wal");
    // Refused (a missing person, found before COMMIT): nothing written, back in WAL.
    let bad = write(
        &env,
        "bad.csv",
        b"external_id,person_id,class,type\nE3,1,BILL,Q\nE4,999,BILL,Q\n",
    );
    env.refused(&["contact", "import", &bad, "--exclusive", "--json"], 5);
    assert_eq!(journal_mode(), "wal");
    // Another connection that has read the database keeps it in WAL: the import still
    // runs, with a warning.
    let reader = rusqlite::Connection::open(env.path("custctl.db")).unwrap();
    let n: i64 = reader
        .query_row("SELECT count(*) FROM contact", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);
    let g = write(
        &env,
        "g.csv",
        b"external_id,person_external_id,class,type,comment\nE1,P1,BILL,Q,changed\n",
    );
    let r = env.run(&["contact", "import", &g, "--exclusive"]).ok();
    assert!(
        r.stderr.contains("warning: --exclusive") && r.stderr.contains("write-ahead log"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("updated 1"), "{}", r.stdout);
    drop(reader);
    assert_eq!(journal_mode(), "wal");
    assert_eq!(env.json(&["contact", "show", "1"])["comment"], "changed");
}

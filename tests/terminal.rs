//! Made for terminals and for scripts (issue 13): tables that fit, columns by name, paging,
//! counting, Unicode search, and the shapes of JSON and CSV.

mod common;

use common::{Env, Run, to_run};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

/// Runs custctl with `COLUMNS` set, as a terminal of that width would.
fn at_width(env: &Env, columns: usize, args: &[&str]) -> Run {
    let mut cmd = env.cmd();
    cmd.env("COLUMNS", columns.to_string()).args(args);
    to_run(cmd.output().expect("custctl runs"))
}

#[track_caller]
fn assert_fits(stdout: &str, columns: usize) {
    for line in stdout.lines() {
        assert!(
            line.width() <= columns,
            "a line wider than {columns} columns ({}):\n{line}\n\n{stdout}",
            line.width()
        );
    }
}

const LONG: &str = "the customer called about the second bill of the month, which charged the \
    same amount twice, and asked for the duplicate charge to be refunded to the card on file";

/// Persons, an account with a card and a bank account, and contacts with a long comment.
fn setup() -> Env {
    let env = Env::new();
    env.json(&[
        "person",
        "add",
        "--first-name",
        "Grace",
        "--last-name",
        "Hopper",
        "--external-id",
        "C-1",
        "--email",
        "grace@example.com",
    ]);
    env.json(&[
        "person",
        "add",
        "--name",
        "Müller & Söhne",
        "--kind",
        "organization",
    ]);
    env.json(&[
        "account",
        "add",
        "A-100",
        "--name",
        "Hopper Consulting",
        "--person",
        "ext:C-1",
        "--currency",
        "EUR",
    ]);
    env.json(&[
        "account",
        "add",
        "B-200",
        "--name",
        "Söhne Handel",
        "--person",
        "2",
    ]);
    env.json(&[
        "instrument",
        "add",
        "A-100",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "EUR",
        "--primary",
    ]);
    env.json(&[
        "instrument",
        "add",
        "A-100",
        "--card-number",
        "4111111111111111",
        "--expiry",
        "2029-08",
        "--holder",
        "Grace Brewster Murray Hopper of Hopper Consulting",
    ]);
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "COMPLAINT",
        "--description",
        "Complaints",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "COMPLAINT",
        "BILLING",
        "--description",
        "Billing complaint",
    ]);
    for (person, comment, at) in [
        ("1", LONG, "2026-11-01T09:00:00Z"),
        ("2", "Rückruf von SÖHNE erbeten", "2026-11-02T09:00:00Z"),
        ("1", "short", "2026-11-03T09:00:00Z"),
    ] {
        env.json(&[
            "contact",
            "add",
            "--person",
            person,
            "--class",
            "COMPLAINT",
            "--type",
            "BILLING",
            "--comment",
            comment,
            "--at",
            at,
        ]);
    }
    env
}

fn header(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect()
}

#[test]
fn a_table_at_80_columns_fits_and_cuts_long_cells_with_an_ellipsis() {
    let env = setup();
    for args in [
        &["instrument", "list", "A-100"][..],
        &["contact", "list"],
        &["account", "list"],
        &["person", "list"],
        &["audit"],
        &["doctor"],
    ] {
        let run = at_width(&env, 80, args).ok();
        assert_fits(&run.stdout, 80);
    }
    // The instrument list no longer prints its 23 columns: the fingerprint is in --wide.
    let table = at_width(&env, 100, &["instrument", "list", "A-100"]).ok();
    assert_eq!(
        header(&table.stdout),
        [
            "id", "kind", "last4", "expiry", "iban", "currency", "start", "end", "primary"
        ]
    );
    assert_fits(&table.stdout, 100);
    let wide = at_width(&env, 400, &["instrument", "list", "A-100", "--wide"]).ok();
    assert!(
        header(&wide.stdout).contains(&"fingerprint"),
        "{}",
        wide.stdout
    );
    assert!(header(&wide.stdout).contains(&"holder"), "{}", wide.stdout);
    assert!(!wide.stdout.contains("4111111111111111"));

    // The long comment is cut in the table, never in JSON or CSV.
    let table = at_width(&env, 80, &["contact", "list"]).ok();
    assert!(table.stdout.contains('…'), "{}", table.stdout);
    assert!(!table.stdout.contains(LONG));
    let csv = at_width(&env, 80, &["contact", "list", "--format", "csv"]).ok();
    assert!(csv.stdout.contains(LONG) && !csv.stdout.contains('…'));
    let json = at_width(&env, 80, &["contact", "list", "--json"])
        .ok()
        .json();
    assert_eq!(json[2]["comment"], LONG);
}

#[test]
fn dates_are_never_cut_and_the_account_list_names_the_customer() {
    let env = setup();
    let table = at_width(&env, 60, &["contact", "list"]).ok();
    for at in [
        "2026-11-01T09:00:00Z",
        "2026-11-02T09:00:00Z",
        "2026-11-03T09:00:00Z",
    ] {
        assert!(table.stdout.contains(at), "{}", table.stdout);
    }
    let accounts = at_width(&env, 100, &["account", "list"]).ok();
    let line = accounts
        .stdout
        .lines()
        .find(|l| l.starts_with("A-100"))
        .expect("a line for A-100");
    assert!(line.contains("Grace Hopper"), "{}", accounts.stdout);
    let json = env.json(&["account", "list"]);
    assert_eq!(json[0]["person_name"], "Grace Hopper");
}

#[test]
fn doctor_prints_one_line_per_check() {
    let env = setup();
    let run = at_width(&env, 100, &["doctor"]).ok();
    let checks = env.json(&["doctor"])["checks"].as_array().unwrap().len();
    let lines: Vec<&str> = run.stdout.lines().collect();
    // A header, integrity, foreign keys, then each invariant.
    assert_eq!(lines.len(), checks + 3, "{}", run.stdout);
    assert_eq!(header(&run.stdout), ["check", "status", "problems"]);
    assert!(
        lines[1..].iter().all(|l| l.contains(" ok ")),
        "{}",
        run.stdout
    );
    assert_fits(&run.stdout, 100);
}

#[test]
fn account_defaults_reasons_wrap_at_spaces() {
    let env = setup();
    let run = at_width(&env, 70, &["account", "defaults", "A-100"]).ok();
    assert_fits(&run.stdout, 70);
    let words: String = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("the primary EUR bank account of the account on 2026-11-22"),
        "{}",
        run.stdout
    );
}

#[test]
fn columns_pick_by_json_name_and_an_unknown_name_lists_the_valid_ones() {
    let env = setup();
    let run = at_width(&env, 100, &["person", "list", "--columns", "name,id"]).ok();
    assert_eq!(header(&run.stdout), ["name", "id"]);
    let csv = env
        .run(&["person", "list", "--format", "csv", "--columns", "id,email"])
        .ok();
    assert_eq!(csv.stdout, "id,email\n1,grace@example.com\n2,\n");
    // JSON keeps every field: jq picks.
    let json = env.json(&["person", "list", "--columns", "id"]);
    assert_eq!(json[0]["email"], "grace@example.com");
    assert_eq!(json[0]["name"], "Grace Hopper");

    let bad = env.refused(&["person", "list", "--columns", "id,nope"], 2);
    assert!(bad.stderr.contains("\"nope\""), "{}", bad.stderr);
    assert!(bad.stderr.contains("external_id"), "{}", bad.stderr);
    let bad = env.refused(&["contact", "list", "--columns", "nope", "--json"], 2);
    assert_eq!(bad.error_json()["error"]["kind"], "usage");
}

#[test]
fn csv_and_json_have_their_full_shape() {
    let env = setup();
    let csv = env.run(&["contact", "list", "--format", "csv"]).ok();
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    let head: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let json = env.json(&["contact", "list"]);
    let keys: Vec<String> = json[0].as_object().unwrap().keys().cloned().collect();
    assert_eq!(head, keys);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][0], json[0]["id"].to_string());
    assert_eq!(&rows[2][8], LONG);
    // NDJSON: one object per line with the same keys.
    let lines = env
        .run(&["contact", "list", "--format", "ndjson"])
        .ok()
        .ndjson();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0], json[0]);
}

#[test]
fn an_empty_list_says_so_on_stderr_and_csv_still_has_its_header() {
    let env = Env::new();
    let run = env.run(&["contact", "list"]).ok();
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("no contacts"), "{}", run.stderr);
    let csv = env.run(&["contact", "list", "--format", "csv"]).ok();
    assert!(
        csv.stdout.starts_with("id,person_id,contacted_at,") && csv.stdout.lines().count() == 1,
        "{}",
        csv.stdout
    );
    let csv = env
        .run(&["person", "list", "--format", "csv", "--columns", "id,name"])
        .ok();
    assert_eq!(csv.stdout, "id,name\n");
    assert_eq!(env.json(&["person", "list"]), Value::Array(vec![]));
}

#[test]
fn limit_offset_and_count_on_lists() {
    let env = setup();
    let ids = |args: &[&str]| -> Vec<i64> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&["contact", "list"]), [3, 2, 1]);
    assert_eq!(ids(&["contact", "list", "--limit", "2"]), [3, 2]);
    assert_eq!(
        ids(&["contact", "list", "--limit", "1", "--offset", "1"]),
        [2]
    );
    assert_eq!(ids(&["contact", "list", "--offset", "2"]), [1]);
    assert_eq!(ids(&["person", "list", "--offset", "1"]), [2]);
    assert_eq!(ids(&["audit", "--limit", "2", "--offset", "1"]).len(), 2);
    let count = env.run(&["contact", "list", "--count"]).ok();
    assert_eq!(count.stdout, "3\n");
    let count = env.run(&["instrument", "list", "A-100", "--count"]).ok();
    assert_eq!(count.stdout, "2\n");
    let count = env
        .run(&["contact", "list", "--count", "--offset", "1"])
        .ok();
    assert_eq!(count.stdout, "2\n");
}

#[test]
fn search_ignores_case_for_all_of_unicode() {
    let env = setup();
    let numbers = |args: &[&str]| -> Vec<String> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["number"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        numbers(&["account", "list", "--search", "SÖHNE"]),
        ["B-200"]
    );
    assert_eq!(numbers(&["account", "list", "--search", "a-1"]), ["A-100"]);
    assert_eq!(
        numbers(&["account", "list", "--search", "consult"]),
        ["A-100"]
    );

    let ids = |args: &[&str]| -> Vec<i64> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&["contact", "list", "--search", "söhne"]), [2]);
    assert_eq!(ids(&["contact", "list", "--search", "RÜCKRUF"]), [2]);
    // The text of a log entry is searched too.
    env.json(&["contact", "log", "add", "3", "--text", "Straße gesperrt"]);
    assert_eq!(
        ids(&["contact", "list", "--search", "STRASSE"]),
        Vec::<i64>::new()
    );
    assert_eq!(ids(&["contact", "list", "--search", "STRAßE"]), [3]);
    assert_eq!(ids(&["contact", "list", "--user", "tester"]), [3, 2, 1]);
    assert_eq!(
        ids(&["contact", "list", "--user", "someone"]),
        Vec::<i64>::new()
    );
}

#[test]
fn import_from_stdin_detects_ndjson_by_its_first_byte() {
    let env = Env::new();
    let input = b"\n  {\"name\":\"Ada Lovelace\",\"external_id\":\"P1\"}\n{\"name\":\"Bob\",\"external_id\":\"P2\"}\n";
    let run = env
        .run_with(&["person", "import", "-", "--json"], Some(input))
        .ok();
    assert_eq!(run.json()["inserted"], 2, "{}", run.stdout);
    // CSV on stdin is still CSV.
    let run = env
        .run_with(
            &["person", "import", "-", "--json"],
            Some(b"name,external_id\nCarl,P3\n"),
        )
        .ok();
    assert_eq!(run.json()["inserted"], 1);
}

#[test]
fn a_utf16_file_is_refused_with_a_hint_naming_its_encoding() {
    let env = Env::new();
    env.run(&["init"]).ok();
    let text = "name,external_id\nAda,P1\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let path = env.path("u16.csv");
    std::fs::write(&path, &bytes).unwrap();
    let file = path.to_str().unwrap();
    let run = env.refused(&["person", "import", file], 5);
    assert!(run.stderr.contains("--encoding utf-16le"), "{}", run.stderr);
    let run = env.json(&["person", "import", file, "--encoding", "utf-16le"]);
    assert_eq!(run["inserted"], 1);
}

#[test]
fn a_fixed_rejects_file_imports_as_it_is() {
    let env = Env::new();
    let input = env.path("p.csv");
    std::fs::write(
        &input,
        "name,external_id,email\nZed,P3,bad-email\nYan,P4,yan@example.com\n",
    )
    .unwrap();
    let rejects = env.path("rejects.csv");
    env.run(&[
        "person",
        "import",
        input.to_str().unwrap(),
        "--skip-invalid",
        "--rejects",
        rejects.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(text.starts_with("name,external_id,email,error\n"), "{text}");
    std::fs::write(&rejects, text.replace("bad-email", "zed@example.com")).unwrap();
    let run = env.json(&["person", "import", rejects.to_str().unwrap()]);
    assert_eq!(run["inserted"], 1);
    let names: Vec<Value> = env
        .json(&["person", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["email"].clone())
        .collect();
    assert!(names.contains(&Value::from("zed@example.com")));
}

#[test]
fn import_columns_lists_every_column_with_its_type_and_requiredness() {
    let env = Env::new();
    let cols = env.json(&["import", "columns", "person"]);
    let names: Vec<&str> = cols
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["column"].as_str().unwrap())
        .collect();
    for field in [
        "external_id",
        "name",
        "first_name",
        "kind",
        "email",
        "phone",
        "id",
    ] {
        assert!(names.contains(&field), "{names:?}");
    }
    let name = cols
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == "name")
        .unwrap();
    assert!(name["required"].as_str().unwrap().starts_with("yes"));
    let contact = env.json(&["import", "columns", "contact"]);
    assert!(contact.to_string().contains("char.TYPE"));
    env.refused(&["import", "columns", "nope"], 2);
    // The wording names the import: "the account import", not "a account import".
    let run = env.refused(&["account", "import", "-", "--map", "x=nope"], 2);
    assert!(
        run.stderr.contains("the account import has no field"),
        "{}",
        run.stderr
    );
}

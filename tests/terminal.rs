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

#[test]
fn records_are_named_the_same_way_everywhere() {
    let env = setup();
    env.json(&[
        "contact",
        "add",
        "--person",
        "ext:C-1",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
        "--external-id",
        "K-9",
        "--open",
    ]);
    let shown = env.json(&["contact", "show", "ext:K-9"]);
    let id = shown["id"].as_i64().unwrap();
    env.json(&["contact", "log", "add", "ext:K-9", "--text", "called back"]);
    let log = env.json(&["contact", "log", "list", "ext:K-9"]);
    assert_eq!(log[0]["contact_id"], id);
    env.json(&["contact", "characteristic", "list", "ext:K-9"]);
    env.json(&["contact", "close", "ext:K-9", "--resolution", "done"]);
    env.refused(&["contact", "show", "ext:NOPE"], 3);
    env.refused(&["contact", "show", "K-9"], 2);

    env.json(&[
        "instrument",
        "add",
        "A-100",
        "--iban",
        "FR1420041010050500013M02606",
        "--currency",
        "EUR",
        "--external-id",
        "I-7",
    ]);
    let inst = env.json(&["instrument", "show", "ext:I-7"]);
    assert_eq!(inst["external_id"], "I-7");

    // audit --id takes an id, an account number, or ext:… with --entity.
    let by_number = env.json(&["audit", "--id", "A-100"]);
    assert!(!by_number.as_array().unwrap().is_empty());
    assert!(
        by_number
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["entity"] == "account" && e["entity_id"] == "1")
    );
    let by_ext = env.json(&["audit", "--id", "ext:C-1", "--entity", "person"]);
    assert!(
        by_ext
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["entity"] == "person" && e["entity_id"] == "1")
    );
    let by_contact = env.json(&["audit", "--id", "ext:K-9", "--entity", "contact"]);
    assert!(by_contact.as_array().unwrap().len() >= 2);
    env.refused(&["audit", "--id", "ext:C-1"], 2);
}

#[test]
fn actor_is_who_acts_and_by_filters_the_audit() {
    let env = setup();
    let mut cmd = env.cmd();
    cmd.args(["--actor", "auditor", "person", "add", "--name", "Someone"]);
    to_run(cmd.output().unwrap()).ok();
    let mine = env.json(&["audit", "--by", "auditor"]);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["actor"], "auditor");
    // --actor on audit is not a filter: the list is everyone's.
    let all = env.json(&["--actor", "auditor", "audit"]);
    assert!(all.as_array().unwrap().len() > 1);
}

#[test]
fn usage_errors_name_what_is_missing_and_not_the_global_options() {
    let env = setup();
    let run = env.run(&["person", "characteristic", "set", "1", "SEVERITY", "--json"]);
    assert_eq!(run.code, 2);
    let message = run.error_json()["error"]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(message.contains("<VALUE>"), "{message}");
    // CUSTCTL_DB and CUSTCTL_ACTOR are set in the test environment: the usage line still
    // shows only what the command needs.
    let run = env.run(&["person", "characteristic", "set", "1", "SEVERITY"]);
    assert_eq!(run.code, 2);
    let usage = run
        .stderr
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .unwrap();
    assert!(
        !usage.contains("--db") && !usage.contains("--actor"),
        "{usage}"
    );
    // -V only at the top.
    assert_eq!(env.run(&["--version"]).ok().stdout, "custctl 0.1.0\n");
    env.run(&["person", "--version"]).code(2);
}

#[test]
fn man_page_synopses_spell_hyphenated_commands() {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("man/custctl-account-receipt-method-assign.1"),
    )
    .unwrap();
    let synopsis = page
        .lines()
        .skip_while(|l| !l.starts_with(".SH SYNOPSIS"))
        .nth(1)
        .unwrap();
    assert!(
        synopsis.contains(r"custctl account receipt\-method assign"),
        "{synopsis}"
    );
}

#[test]
fn both_spellings_of_organisation_and_a_hint_for_uk() {
    let env = setup();
    for kind in ["organisation", "organization", "Organisation"] {
        let org = env.json(&["person", "add", "--name", "Acme", "--kind", kind]);
        assert_eq!(org["kind"], "organization");
    }
    let run = env.refused(
        &[
            "account",
            "site",
            "add",
            "A-100",
            "--address",
            "1 High St",
            "--country",
            "UK",
            "--use",
            "bill-to",
        ],
        5,
    );
    assert!(run.stderr.contains("did you mean GB"), "{}", run.stderr);
}

/// Runs with the config home and extra variables; CUSTCTL_DB removed unless given.
fn with_config(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let mut cmd = env.cmd();
    cmd.env_remove("CUSTCTL_DB")
        .env("XDG_CONFIG_HOME", env.path("config"));
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.args(args);
    to_run(cmd.output().expect("custctl runs"))
}

fn setting<'a>(rows: &'a Value, name: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == name)
        .unwrap_or_else(|| panic!("no setting {name} in {rows}"))
}

#[test]
fn settings_come_from_flag_then_env_then_config_then_built_in() {
    let env = Env::new();
    let dir = env.path("config/custctl");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "# set once\ndatabase = \"cfg.db\"\ncurrency = \"EUR\"\nformat = \"json\"\nbusy_timeout_ms = 1500\n",
    )
    .unwrap();

    // Config file only.
    let rows = with_config(&env, &[], &["config", "show"]).ok().json();
    let db = setting(&rows, "database");
    assert_eq!(db["source"], "config file");
    assert_eq!(db["value"], dir.join("cfg.db").to_str().unwrap());
    assert_eq!(setting(&rows, "currency")["value"], "EUR");
    assert_eq!(setting(&rows, "format")["source"], "config file");
    assert_eq!(setting(&rows, "busy_timeout_ms")["value"], "1500");
    // The configured database and currency are used (only init creates a database).
    with_config(&env, &[], &["init"]).ok();
    let account = with_config(&env, &[], &["account", "add", "A-1", "--name", "A"])
        .ok()
        .json();
    assert_eq!(account["currency"], "EUR");
    assert!(dir.join("cfg.db").exists());

    // The environment wins over the file.
    let other = env.path("env.db");
    let run = with_config(
        &env,
        &[
            ("CUSTCTL_DB", other.to_str().unwrap()),
            ("CUSTCTL_FORMAT", "csv"),
            ("CUSTCTL_CURRENCY", "GBP"),
        ],
        &["config", "show"],
    )
    .ok();
    assert!(
        run.stdout.starts_with("setting,value,source\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("database,{},env CUSTCTL_DB", other.display()))
    );
    assert!(run.stdout.contains("currency,GBP,env CUSTCTL_CURRENCY"));

    // A flag wins over both.
    let flagged = env.path("flag.db");
    let rows = with_config(
        &env,
        &[
            ("CUSTCTL_DB", other.to_str().unwrap()),
            ("CUSTCTL_FORMAT", "csv"),
        ],
        &[
            "--db",
            flagged.to_str().unwrap(),
            "config",
            "show",
            "--json",
        ],
    )
    .ok()
    .json();
    assert_eq!(setting(&rows, "database")["source"], "flag --db");
    assert_eq!(setting(&rows, "format")["source"], "flag --json");

    // Without a file: built in.
    let bare = Env::new();
    let rows = with_config(&bare, &[], &["config", "show", "--json"])
        .ok()
        .json();
    assert_eq!(setting(&rows, "currency")["source"], "built-in");
    assert_eq!(setting(&rows, "currency")["value"], "USD");
    assert_eq!(setting(&rows, "busy_timeout_ms")["value"], "30000");

    // CUSTCTL_CONFIG names another file; an unknown key is a usage error naming the keys.
    let other_conf = env.path("other.toml");
    std::fs::write(&other_conf, "colour = \"never\"\n").unwrap();
    let run = with_config(
        &env,
        &[("CUSTCTL_CONFIG", other_conf.to_str().unwrap())],
        &["config", "show"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("unknown key 'colour'"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("busy_timeout_ms"), "{}", run.stderr);
}

#[test]
fn completions_install_writes_where_the_shell_looks() {
    let env = Env::new();
    let data = env.path("data");
    let mut cmd = env.cmd();
    cmd.env("XDG_DATA_HOME", &data)
        .args(["completions", "install", "bash", "--json"]);
    let run = to_run(cmd.output().unwrap()).ok();
    let path = data.join("bash-completion/completions/custctl");
    assert_eq!(run.json()["path"], path.to_str().unwrap());
    let script = std::fs::read_to_string(&path).unwrap();
    assert!(script.contains("custctl"));
    // Installing again replaces our own script; a link where the script goes (here to the
    // database) is refused and the database stays as it was.
    let mut cmd = env.cmd();
    cmd.env("XDG_DATA_HOME", &data)
        .args(["completions", "install", "bash"]);
    to_run(cmd.output().unwrap()).ok();
    std::fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink(&env.db, &path).unwrap();
    let before = std::fs::read(&env.db).unwrap();
    let mut cmd = env.cmd();
    cmd.env("XDG_DATA_HOME", &data)
        .args(["completions", "install", "bash"]);
    to_run(cmd.output().unwrap()).code(5);
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
    env.run(&["doctor"]).ok();
    // zsh: the file, and the line to add.
    let mut cmd = env.cmd();
    cmd.env("SHELL", "/bin/zsh")
        .args(["completions", "install", "--json"]);
    let run = to_run(cmd.output().unwrap()).ok().json();
    assert_eq!(run["shell"], "zsh");
    assert!(run["add_line"].as_str().unwrap().contains("fpath="));
    // The plain form still prints the script.
    assert!(
        env.run(&["completions", "fish"])
            .ok()
            .stdout
            .contains("complete -c custctl")
    );
}

/// The config file's phone region serves national phone numbers (after --region and the
/// environment); a currency that is no ISO 4217 code is a usage error wherever it is set,
/// and is never shown back.
#[test]
fn config_sets_the_phone_region_and_checks_the_currency() {
    let env = Env::new();
    let dir = env.path("config/custctl");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), "phone_region = \"de\"\n").unwrap();
    let db = env.db.to_str().unwrap().to_string();
    let person = with_config(
        &env,
        &[("CUSTCTL_DB", &db)],
        &[
            "person",
            "add",
            "--name",
            "Jan",
            "--phone",
            "030 123456",
            "--json",
        ],
    )
    .ok()
    .json();
    assert_eq!(person["phone"], "+4930123456");
    let rows = with_config(&env, &[("CUSTCTL_DB", &db)], &["config", "show", "--json"])
        .ok()
        .json();
    assert_eq!(setting(&rows, "phone_region")["value"], "DE");
    assert_eq!(setting(&rows, "phone_region")["source"], "config file");
    // The environment wins over the file.
    let other = with_config(
        &env,
        &[("CUSTCTL_DB", &db), ("CUSTCTL_PHONE_REGION", "GB")],
        &[
            "person",
            "add",
            "--name",
            "Ann",
            "--phone",
            "020 7946 0000",
            "--json",
        ],
    )
    .ok()
    .json();
    assert_eq!(other["phone"], "+442079460000");

    let pan = "4111111111111111";
    std::fs::write(dir.join("config.toml"), format!("currency = \"{pan}\"\n")).unwrap();
    let run = with_config(&env, &[("CUSTCTL_DB", &db)], &["config", "show"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!run.stdout.contains(pan) && !run.stderr.contains(pan));
}

/// The dynamic completion (`CUSTCTL_COMPLETE=SHELL custctl -- custctl WORDS...`) answers the
/// account numbers that start with the word being completed, from the database the command
/// line names, read-only; with no database (or not one) it answers no number and creates
/// nothing.
fn complete(env: &Env, words: &[&str], extra_env: &[(&str, &str)]) -> Run {
    let mut cmd = env.cmd();
    cmd.env("CUSTCTL_COMPLETE", "fish")
        .arg("--")
        .arg("custctl")
        .args(words);
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    to_run(cmd.output().expect("custctl runs"))
}

#[test]
fn dynamic_completion_offers_account_numbers_read_only() {
    let env = Env::new();
    if env.sqlite_only(
        "completion reads a local SQLite file only: a server connection would stall the shell",
    ) {
        return;
    }
    for n in ["A-1", "A-10", "B-7"] {
        env.json(&["account", "add", n, "--name", "X"]);
    }
    let run = complete(&env, &["account", "show", "A"], &[]).ok();
    assert_eq!(run.stdout.lines().collect::<Vec<_>>(), ["A-1", "A-10"]);
    let run = complete(&env, &["instrument", "list", ""], &[]).ok();
    assert_eq!(
        run.stdout
            .lines()
            .filter(|l| !l.starts_with('-'))
            .collect::<Vec<_>>(),
        ["A-1", "A-10", "B-7"]
    );
    // Catalog codes, in any case: receipt methods for `assign`, contact classes for `--class`.
    for code in ["DEBIT", "DD", "CHEQUE"] {
        env.json(&[
            "catalog",
            "receipt-method",
            "add",
            code,
            "--description",
            "x",
            "--kind",
            "manual",
        ]);
    }
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "COMPLAINT",
        "--description",
        "x",
    ]);
    let before = env.snapshot();
    let run = complete(
        &env,
        &["account", "receipt-method", "assign", "A-1", "d"],
        &[],
    )
    .ok();
    assert_eq!(run.stdout.lines().collect::<Vec<_>>(), ["DD", "DEBIT"]);
    let run = complete(&env, &["contact", "add", "--class", "C"], &[]).ok();
    assert_eq!(run.stdout.lines().collect::<Vec<_>>(), ["COMPLAINT"]);
    // `--db` on the command line being completed names the database.
    let other = env.path("other.db");
    let run = complete(
        &env,
        &["--db", other.to_str().unwrap(), "account", "show", "A"],
        &[],
    )
    .ok();
    assert_eq!(run.stdout, "");
    assert!(!other.exists(), "completion created a database");
    // Not a database: nothing, silently.
    let junk = env.path("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    let run = complete(
        &env,
        &["account", "show", "A"],
        &[("CUSTCTL_DB", junk.to_str().unwrap())],
    )
    .ok();
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
    assert_eq!(std::fs::read(&junk).unwrap(), b"not a database");
    // Reading changed nothing; commands and flags still complete as before.
    assert_eq!(before, env.snapshot());
    let run = complete(&env, &["acc"], &[]).ok();
    assert!(
        run.stdout.lines().any(|l| l.starts_with("account")),
        "{}",
        run.stdout
    );
    // The script to source names the variable.
    let mut cmd = env.cmd();
    cmd.env("CUSTCTL_COMPLETE", "bash");
    let run = to_run(cmd.output().unwrap());
    assert!(run.stdout.contains("CUSTCTL_COMPLETE"), "{}", run.stdout);
}

/// An empty `--actor` (a script's unset variable) is a usage error, not a silent `$USER`.
#[test]
fn an_empty_actor_is_a_usage_error_and_writes_nothing() {
    let env = Env::new();
    for actor in ["", "   "] {
        let run = env.refused(&["--actor", actor, "person", "add", "--name", "Ann"], 2);
        assert!(run.stderr.contains("--actor is empty"), "{}", run.stderr);
    }
    assert_eq!(env.json(&["person", "list"]).as_array().unwrap().len(), 0);
}

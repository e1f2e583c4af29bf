//! The foundation through the real binary: conventions, persons, accounts, sites, audit,
//! init/doctor/backup, output formats and exit codes.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::Env;
use serde_json::Value;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn init_creates_database_and_key_private_in_a_new_folder() {
    let env = Env::new();
    let db = env.path("deep/er/custctl.db");
    let out = env
        .run(&["--db", db.to_str().unwrap(), "init", "--json"])
        .ok()
        .json();
    assert_eq!(out["schema_version"], custctl::store::SCHEMA_VERSION);
    assert_eq!(out["path"], db.to_str().unwrap());
    assert_eq!(mode(&db), 0o600);
    let key = env.path("deep/er/custctl.db.key");
    assert_eq!(std::fs::read(&key).unwrap().len(), 32);
    assert_eq!(mode(&key), 0o600);
}

#[test]
fn migrating_twice_keeps_the_schema_version() {
    let env = Env::new();
    env.json(&["init"]);
    let again = env.json(&["init"]);
    assert_eq!(again["schema_version"], custctl::store::SCHEMA_VERSION);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, custctl::store::SCHEMA_VERSION);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn database_location_follows_flag_env_and_xdg() {
    let env = Env::new();
    // No --db and no CUSTCTL_DB: $XDG_DATA_HOME/custctl/custctl.db.
    let xdg = env.path("xdg");
    let mut cmd = env.cmd();
    cmd.env_remove("CUSTCTL_DB")
        .env("XDG_DATA_HOME", &xdg)
        .args(["init", "--json"]);
    let out = common::to_run(cmd.output().unwrap()).ok().json();
    assert_eq!(
        out["path"],
        xdg.join("custctl/custctl.db").to_str().unwrap()
    );
    // Without XDG_DATA_HOME: ~/.local/share/custctl/custctl.db.
    let mut cmd = env.cmd();
    cmd.env_remove("CUSTCTL_DB").args(["init", "--json"]);
    let out = common::to_run(cmd.output().unwrap()).ok().json();
    assert_eq!(
        out["path"],
        env.path(".local/share/custctl/custctl.db")
            .to_str()
            .unwrap()
    );
    // --db wins over CUSTCTL_DB.
    let flag = env.path("flag.db");
    let out = env.json(&["--db", flag.to_str().unwrap(), "init"]);
    assert_eq!(out["path"], flag.to_str().unwrap());
}

#[test]
fn person_add_show_list_in_every_format() {
    let env = Env::new();
    let ada = env.json(&[
        "person",
        "add",
        "--first-name",
        " Ada ",
        "--last-name",
        "Lovelace",
        "--external-id",
        "P-1",
        "--email",
        "ada@example.com",
        "--phone",
        " +44 20 7946 0000 ",
    ]);
    assert_eq!(ada["id"], 1);
    assert_eq!(ada["name"], "Ada Lovelace");
    assert_eq!(ada["kind"], "person");
    assert_eq!(ada["email"], "ada@example.com");
    // Stored in E.164; the form as typed stays on the contact point.
    assert_eq!(ada["phone"], "+442079460000");
    assert_eq!(ada["created_at"], common::NOW);
    env.json(&["person", "add", "--name", "Acme", "--kind", "organization"]);

    let by_ext = env.json(&["person", "show", "ext:P-1"]);
    assert_eq!(by_ext["id"], 1);
    assert_eq!(env.json(&["person", "show", "P-1"])["id"], 1);
    assert_eq!(
        env.json(&["person", "show", "1"])["contact_points"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let list = env.json(&["person", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let nd = env
        .run(&["person", "list", "--format", "ndjson"])
        .ok()
        .ndjson();
    assert_eq!(nd.len(), 2);
    assert_eq!(nd[1]["kind"], "organization");
    let csv = env.run(&["person", "list", "--format", "csv"]).ok().stdout;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "id,kind,name,first_name,last_name,external_id,email,phone,created_at,updated_at"
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("1,person,Ada Lovelace,Ada,Lovelace,P-1,")
    );
    let table = env.run(&["person", "list"]).ok().stdout;
    assert!(table.contains("Ada Lovelace") && table.contains("Acme"));
    let searched = env.json(&["person", "list", "--search", "acm"]);
    assert_eq!(searched.as_array().unwrap().len(), 1);
    let limited = env.json(&["person", "list", "--limit", "1"]);
    assert_eq!(limited.as_array().unwrap().len(), 1);
}

#[test]
fn person_values_are_checked_before_anything_is_written() {
    let env = Env::new();
    env.json(&["init"]);
    let long = "x".repeat(361);
    for (args, code) in [
        (vec!["person", "add", "--name", "   "], 5),
        (vec!["person", "add", "--name", &long], 5),
        (vec!["person", "add", "--name", "A\u{7}B"], 5),
        (
            vec!["person", "add", "--name", "Ada", "--email", "ada@localhost"],
            5,
        ),
        (vec!["person", "add", "--name", "Ada", "--kind", "robot"], 5),
        (vec!["person", "add"], 2),
        (vec!["person", "add", "--name", "Ada", "--bogus"], 2),
        (vec!["person", "show", "99"], 3),
        (vec!["person", "show", "ext:nope"], 3),
    ] {
        env.refused(&args, code);
    }
    env.json(&["person", "add", "--name", "Ada", "--external-id", "X"]);
    let refused = env.refused(&["person", "add", "--name", "Bob", "--external-id", "X"], 4);
    assert!(
        refused.stderr.contains("external id 'X'"),
        "{}",
        refused.stderr
    );
}

#[test]
fn person_update_changes_fields_and_primary_points() {
    let env = Env::new();
    env.json(&[
        "person",
        "add",
        "--first-name",
        "Ada",
        "--last-name",
        "Byron",
        "--email",
        "a@example.com",
    ]);
    let updated = env.json(&[
        "person",
        "update",
        "1",
        "--last-name",
        "Lovelace",
        "--email",
        "ada@example.com",
    ]);
    assert_eq!(
        updated["name"], "Ada Lovelace",
        "a formed name follows its parts"
    );
    assert_eq!(updated["email"], "ada@example.com");
    let points = env.json(&["person", "show", "1"])["contact_points"].clone();
    assert_eq!(
        points.as_array().unwrap().len(),
        1,
        "the primary email was replaced"
    );
    env.refused(&["person", "update", "1"], 2);
    env.refused(&["person", "update", "1", "--email", "bad"], 5);
    env.refused(&["person", "update", "7", "--name", "X"], 3);
    let audit = env.json(&["audit", "--entity", "person", "--id", "1"]);
    let update = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "update")
        .unwrap();
    assert_eq!(update["changes"]["last_name"]["from"], "Byron");
    assert_eq!(update["changes"]["last_name"]["to"], "Lovelace");
}

#[test]
fn one_primary_contact_point_per_type_with_demotion_reported() {
    let env = Env::new();
    env.json(&[
        "person",
        "add",
        "--name",
        "Ada",
        "--phone",
        "+1 201-555-0111",
    ]);
    let added = env
        .run(&[
            "person",
            "point",
            "add",
            "1",
            "--type",
            "phone",
            "--value",
            "+1 201-555-0122",
            "--primary",
        ])
        .ok();
    assert!(
        added.stderr.contains("no longer the primary phone"),
        "{}",
        added.stderr
    );
    let added = env.json(&[
        "person",
        "point",
        "add",
        "1",
        "--type",
        "phone",
        "--value",
        "+1 201-555-0133",
        "--primary",
    ]);
    assert_eq!(added["primary"], true);
    assert_eq!(added["demoted"]["value"], "+12015550122");
    let person = env.json(&["person", "show", "1"]);
    assert_eq!(person["phone"], "+12015550133");
    let primaries: Vec<&Value> = person["contact_points"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["type"] == "phone" && p["primary"] == true)
        .collect();
    assert_eq!(primaries.len(), 1);
    let plain = env.json(&[
        "person",
        "point",
        "add",
        "1",
        "--type",
        "url",
        "--value",
        "https://example.com",
    ]);
    assert_eq!(plain["primary"], false);
    assert_eq!(plain["demoted"], Value::Null);
    env.refused(
        &[
            "person", "point", "add", "1", "--type", "url", "--value", "example",
        ],
        5,
    );
    env.refused(
        &[
            "person", "point", "add", "1", "--type", "pager", "--value", "1",
        ],
        5,
    );
    env.refused(
        &[
            "person", "point", "add", "1", "--type", "email", "--value", "nope",
        ],
        5,
    );
    env.refused(
        &[
            "person",
            "point",
            "add",
            "9",
            "--type",
            "phone",
            "--value",
            "+1 201-555-0111",
        ],
        3,
    );
}

#[test]
fn party_relationships_do_not_overlap() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    env.json(&["person", "add", "--name", "Acme", "--kind", "organization"]);
    let rel = env.json(&[
        "person",
        "relate",
        "1",
        "--to",
        "2",
        "--role",
        "contact",
        "--start",
        "2026-01-01",
        "--end",
        "2026-06-30",
        "--backdate",
    ]);
    assert_eq!(rel["start"], "2026-01-01");
    assert_eq!(rel["end"], "2026-06-30");
    assert_eq!(rel["active"], false, "ended before today");
    env.refused(
        &[
            "person",
            "relate",
            "1",
            "--to",
            "2",
            "--role",
            "contact",
            "--start",
            "2026-06-30",
            "--backdate",
        ],
        4,
    );
    env.refused(
        &["person", "relate", "1", "--to", "1", "--role", "contact"],
        4,
    );
    env.refused(
        &["person", "relate", "1", "--to", "2", "--role", "friend"],
        5,
    );
    env.refused(
        &[
            "person",
            "relate",
            "1",
            "--to",
            "2",
            "--role",
            "contact",
            "--start",
            "2026-02-30",
            "--backdate",
        ],
        5,
    );
    env.refused(
        &[
            "person",
            "relate",
            "1",
            "--to",
            "2",
            "--role",
            "contact",
            "--start",
            "2026-08-01",
            "--end",
            "2026-07-01",
            "--backdate",
        ],
        5,
    );
    env.refused(
        &["person", "relate", "1", "--to", "9", "--role", "contact"],
        3,
    );
    let next = env.json(&[
        "person",
        "relate",
        "1",
        "--to",
        "2",
        "--role",
        "contact",
        "--start",
        "2026-07-01",
        "--backdate",
    ]);
    assert_eq!(next["active"], true);
    assert_eq!(next["end"], Value::Null);
}

#[test]
fn accounts_with_their_customer_party_and_status() {
    let env = Env::new();
    let acct = env.json(&[
        "account",
        "add",
        "A-100",
        "--name",
        "Acme Ltd",
        "--currency",
        "eur",
    ]);
    assert_eq!(acct["number"], "A-100");
    assert_eq!(acct["currency"], "EUR");
    assert_eq!(acct["status"], "active");
    let party = env.json(&["person", "show", &acct["person_id"].to_string()]);
    assert_eq!(party["kind"], "organization");
    assert_eq!(party["name"], "Acme Ltd");

    env.json(&["person", "add", "--name", "Ada", "--external-id", "ADA"]);
    let second = env.json(&[
        "account", "add", "A-200", "--name", "Ada's", "--person", "ext:ADA",
    ]);
    assert_eq!(second["currency"], "USD");
    env.refused(&["account", "add", "A-100", "--name", "Again"], 4);
    env.refused(
        &[
            "account",
            "add",
            "A-300",
            "--name",
            "X",
            "--currency",
            "EURO",
        ],
        5,
    );
    env.refused(
        &["account", "add", "A-300", "--name", "X", "--person", "77"],
        3,
    );
    env.refused(&["account", "add", &"9".repeat(65), "--name", "X"], 5);

    let updated = env.json(&[
        "account", "update", "A-100", "--status", "inactive", "--name", "Acme",
    ]);
    assert_eq!(updated["status"], "inactive");
    assert_eq!(updated["name"], "Acme");
    env.refused(&["account", "update", "A-100", "--status", "dormant"], 5);
    env.refused(&["account", "update", "NOPE", "--status", "active"], 3);
    let list = env.json(&["account", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let inactive = env.json(&["account", "list", "--status", "inactive"]);
    assert_eq!(inactive[0]["number"], "A-100");
    let of_ada = env.json(&["account", "list", "--person", "ext:ADA"]);
    assert_eq!(of_ada.as_array().unwrap().len(), 1);
}

#[test]
fn one_primary_site_per_use_with_demotion_reported() {
    let env = Env::new();
    env.json(&["account", "add", "A-1", "--name", "Acme"]);
    let first = env.json(&[
        "account",
        "site",
        "add",
        "A-1",
        "--address",
        "1 Main St",
        "--city",
        "Springfield",
        "--country",
        "us",
        "--use",
        "bill-to,ship-to",
        "--primary",
    ]);
    assert_eq!(first["country"], "US");
    assert_eq!(first["uses"], serde_json::json!(["bill-to", "ship-to"]));
    assert_eq!(
        first["primary_for"],
        serde_json::json!(["bill-to", "ship-to"])
    );
    let second = env
        .run(&[
            "account",
            "site",
            "add",
            "A-1",
            "--address",
            "2 Side St",
            "--use",
            "bill-to",
            "--primary",
        ])
        .ok();
    assert!(
        second
            .stderr
            .contains("site 1 is no longer the primary bill-to site"),
        "{}",
        second.stderr
    );
    let shown = env.json(&["account", "show", "A-1"]);
    let sites = shown["sites"].as_array().unwrap();
    assert_eq!(sites[0]["primary_for"], serde_json::json!(["ship-to"]));
    assert_eq!(sites[1]["primary_for"], serde_json::json!(["bill-to"]));
    env.refused(
        &[
            "account",
            "site",
            "add",
            "A-1",
            "--address",
            "3",
            "--use",
            "billing",
        ],
        5,
    );
    env.refused(
        &[
            "account",
            "site",
            "add",
            "A-1",
            "--address",
            "3",
            "--use",
            "bill-to",
            "--country",
            "Germany",
        ],
        5,
    );
    env.refused(
        &[
            "account",
            "site",
            "add",
            "NOPE",
            "--address",
            "3",
            "--use",
            "bill-to",
        ],
        3,
    );
}

#[test]
fn errors_are_json_under_json_formats_and_exit_codes_follow_the_table() {
    let env = Env::new();
    env.json(&["init"]);
    let missing = env
        .run(&["account", "show", "NOPE", "--format", "json"])
        .code(3);
    let err = missing.error_json();
    assert_eq!(err["error"]["kind"], "not_found");
    assert!(err["error"]["message"].as_str().unwrap().contains("NOPE"));
    assert!(err["error"]["hint"].is_string());
    assert_eq!(missing.stdout, "");

    let usage = env.run(&["person", "add", "--bogus", "--json"]).code(2);
    assert_eq!(usage.error_json()["error"]["kind"], "usage");

    let invalid = env
        .run(&["person", "add", "--name", "", "--format", "ndjson"])
        .code(5);
    assert_eq!(invalid.error_json()["error"]["kind"], "invalid");

    let text = env.run(&["account", "show", "NOPE"]).code(3);
    assert!(
        text.stderr
            .starts_with("error: account NOPE does not exist\nhint: "),
        "{}",
        text.stderr
    );
}

#[test]
fn quiet_silences_messages_not_data() {
    let env = Env::new();
    env.json(&[
        "person",
        "add",
        "--name",
        "Ada",
        "--phone",
        "+1 201-555-0111",
    ]);
    let run = env
        .run(&[
            "--quiet",
            "person",
            "point",
            "add",
            "1",
            "--type",
            "phone",
            "--value",
            "+1 201-555-0122",
            "--primary",
        ])
        .ok();
    assert_eq!(run.stderr, "");
    assert!(run.stdout.contains('2'));
}

#[test]
fn actor_and_clock_come_from_flags_and_environment() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    env.json(&["--actor", "grace", "person", "add", "--name", "Bob"]);
    let mut cmd = env.cmd();
    cmd.env_remove("CUSTCTL_ACTOR")
        .env("USER", "linus")
        .env("CUSTCTL_NOW", "2027-01-02T03:04:05+01:00")
        .args(["person", "add", "--name", "Cy", "--json"]);
    let cy = common::to_run(cmd.output().unwrap()).ok().json();
    assert_eq!(cy["created_at"], "2027-01-02T02:04:05Z");
    let mut cmd = env.cmd();
    cmd.env_remove("CUSTCTL_ACTOR")
        .args(["person", "add", "--name", "Di"]);
    common::to_run(cmd.output().unwrap()).ok();
    let entries = env.json(&["audit", "--entity", "person"]);
    let actors: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor"].as_str().unwrap())
        .collect();
    assert_eq!(actors, ["unknown", "linus", "grace", "tester"]);
    let bad_clock = env
        .cmd()
        .env("CUSTCTL_NOW", "soon")
        .args(["person", "list"])
        .output()
        .unwrap();
    assert_eq!(bad_clock.status.code(), Some(2));
}

#[test]
fn every_change_is_audited_and_the_chain_verifies() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    env.json(&["account", "add", "A-1", "--name", "Acme"]);
    let entries = env.json(&["audit"]);
    // person add, organisation for the account, account add
    assert_eq!(entries.as_array().unwrap().len(), 3);
    assert_eq!(entries[0]["entity"], "account");
    assert_eq!(entries[0]["actor"], "tester");
    let verified = env.json(&["audit", "verify"]);
    assert_eq!(verified["count"], 3);
    let head = verified["head"].as_str().unwrap().to_string();
    assert_eq!(head, entries[0]["hmac"]);
    env.json(&["audit", "verify", "--expect-head", &head]);

    // Removing the newest entry is only visible with the head kept elsewhere.
    env.sql("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3;");
    env.json(&["audit", "verify"]);
    let cut = env
        .run(&["audit", "verify", "--expect-head", &head])
        .code(4);
    assert!(cut.stderr.contains("expected head"), "{}", cut.stderr);

    // Editing an entry breaks the chain at that entry.
    env.sql(
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE id = 1;",
    );
    let edited = env.run(&["audit", "verify"]).code(4);
    assert!(edited.stderr.contains("entry 1"), "{}", edited.stderr);
    env.run(&["doctor"]).code(4);
}

#[test]
fn audit_log_refuses_edits_through_sql() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    assert!(conn.execute("DELETE FROM audit_log", []).is_err());
    assert!(
        conn.execute("UPDATE audit_log SET actor = 'x'", [])
            .is_err()
    );
}

#[test]
fn doctor_is_clean_then_reports_broken_invariants() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada", "--email", "a@example.com"]);
    env.json(&["person", "add", "--name", "Org", "--kind", "organization"]);
    env.json(&["person", "relate", "1", "--to", "2", "--role", "contact"]);
    let report = env.json(&["doctor"]);
    assert_eq!(report["findings"], serde_json::json!([]));
    env.sql(
        "DROP INDEX contact_point_one_primary;
         INSERT INTO contact_point (person_id, type, value, is_primary, created_at)
         VALUES (1, 'email', 'b@example.com', 1, 'x');
         INSERT INTO party_relationship (subject_id, object_id, role, start_date, created_at)
         VALUES (1, 2, 'contact', '2020-01-01', 'x');",
    );
    let broken = env.run(&["doctor", "--json"]).code(4);
    let checks: Vec<String> = broken.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap().to_string())
        .collect();
    assert!(checks.contains(&"one-primary-contact-point-per-type".to_string()));
    assert!(checks.contains(&"party-relationships-do-not-overlap".to_string()));
}

#[test]
fn doctor_reports_a_missing_key_file() {
    let env = Env::new();
    env.json(&["init"]);
    std::fs::remove_file(env.path("custctl.db.key")).unwrap();
    env.run(&["doctor"]).code(4);
    // Writing needs the key: refused as a storage failure, nothing written.
    env.refused(&["person", "add", "--name", "Ada"], 6);
}

#[test]
fn backup_copies_database_and_key_privately() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    let target = env.path("backup.db");
    env.json(&["backup", target.to_str().unwrap()]);
    assert_eq!(mode(&target), 0o600);
    let key = env.path("backup.db.key");
    assert_eq!(mode(&key), 0o600);
    assert_eq!(
        std::fs::read(&key).unwrap(),
        std::fs::read(env.path("custctl.db.key")).unwrap()
    );
    let copy = env
        .run(&["--db", target.to_str().unwrap(), "person", "list", "--json"])
        .ok()
        .json();
    assert_eq!(copy[0]["name"], "Ada");
    env.run(&["--db", target.to_str().unwrap(), "audit", "verify"])
        .ok();
    // Never overwrites without --force (invalid input: the path).
    env.run(&["backup", target.to_str().unwrap()]).code(5);
}

#[test]
fn unreadable_database_is_a_storage_failure() {
    let env = Env::new();
    std::fs::write(
        &env.db,
        b"this is not a database at all, not even close....",
    )
    .unwrap();
    std::fs::write(env.path("custctl.db.key"), [0u8; 32]).unwrap();
    let run = env.run(&["person", "list"]).code(6);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
}

#[test]
fn broken_pipe_exits_zero() {
    let env = Env::new();
    env.json(&["init"]);
    let mut sql = String::new();
    for i in 0..3000 {
        sql.push_str(&format!(
            "INSERT INTO person (kind, name, created_at, updated_at) VALUES ('person', 'P{i}', 'x', 'x');"
        ));
    }
    env.sql(&sql);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("custctl"))
        .env_clear()
        .env("CUSTCTL_DB", &env.db)
        .env("CUSTCTL_KEY_FILE", env.key_file())
        .args(["person", "list", "--format", "ndjson"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn catalog_list_knows_its_kinds() {
    let env = Env::new();
    assert_eq!(env.json(&["catalog", "list"]), serde_json::json!([]));
    env.refused(&["catalog", "list", "widgets"], 5);
}

#[test]
fn completions_print_for_every_shell() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = env.run(&["completions", shell]).ok();
        assert!(out.stdout.contains("custctl"), "{shell}");
    }
    env.run(&["completions", "tcsh"]).code(2);
}

#[test]
fn doctor_exits_6_when_the_file_is_corrupt() {
    let env = Env::new();
    for i in 0..40 {
        env.json(&[
            "person",
            "add",
            "--name",
            &format!("P{i}"),
            "--email",
            &format!("p{i}@example.com"),
        ]);
    }
    env.sql("PRAGMA wal_checkpoint(TRUNCATE);");
    let mut bytes = std::fs::read(&env.db).unwrap();
    // Garbage over the b-tree header of every page but the first (which holds the schema).
    let mut offset = 4096;
    while offset + 8 < bytes.len() {
        bytes[offset..offset + 8].copy_from_slice(&[0xde; 8]);
        offset += 4096;
    }
    std::fs::write(&env.db, bytes).unwrap();
    let run = env.run(&["doctor"]).code(6);
    assert!(run.stderr.contains("error:"), "{}", run.stderr);
}

#[test]
fn deactivating_an_account_with_payment_details_in_force_is_refused() {
    let env = Env::new();
    env.json(&[
        "account",
        "add",
        "A-1",
        "--name",
        "Acme",
        "--currency",
        "EUR",
    ]);
    let iban = env.json(&[
        "instrument",
        "add",
        "A-1",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "EUR",
    ]);
    let refused = env.refused(&["account", "update", "A-1", "--status", "inactive"], 4);
    assert!(
        refused
            .stderr
            .contains(&format!("instrument {}", iban["id"])),
        "{}",
        refused.stderr
    );
    env.json(&[
        "instrument",
        "end",
        &iban["id"].to_string(),
        "--on",
        "2026-11-22",
    ]);
    let done = env.json(&["account", "update", "A-1", "--status", "inactive"]);
    assert_eq!(done["status"], "inactive");
    env.run(&["doctor"]).ok();
}

#[test]
fn a_card_number_in_the_wrong_place_is_never_echoed() {
    let env = Env::new();
    env.json(&["init"]);
    let pan = ["4111", "1111", "1111", "1111"].concat();
    for args in [
        vec!["account", "show", pan.as_str()],
        vec!["person", "show", pan.as_str()],
        vec!["account", "show", pan.as_str(), "--json"],
    ] {
        let run = env.run(&args);
        assert_eq!(run.code, 3);
        assert!(
            !run.stderr.contains(&pan) && !run.stdout.contains(&pan),
            "a card number was echoed by {:?}",
            &args[..2]
        );
    }
}

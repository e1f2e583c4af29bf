//! Back-dating (product.md §1, issue 10 point 3): a change effective before today is refused
//! (4) unless `--backdate`, which audits it as a correction with the old and new answers.
//! Also: every command prints the record as stored after the write (issue 10 point 4), a new
//! customer party keeps the account contacts valid (point 2), and the dated verbs of issue
//! 11 (`person relate list|end`, the `history` commands).
//!
//! The clock is fixed at 2026-11-22 (`common::NOW`).

mod common;

use common::Env;
use serde_json::Value;

const IBAN_DE: &str = "DE89370400440532013000";
const IBAN_FR: &str = "FR1420041010050500013M02606";

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
        "account",
        "add",
        "B1",
        "--name",
        "Beta",
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
        "WIRE",
        "--description",
        "Wire",
        "--kind",
        "manual",
    ]);
    env
}

/// The newest audit entry about one record.
fn last_audit(env: &Env, entity: &str, id: &str) -> Value {
    let entries = env.json(&["audit", "--entity", entity, "--id", id, "--limit", "1"]);
    entries[0].clone()
}

#[track_caller]
fn assert_hint_names_backdate(run: &common::Run) {
    assert!(run.stderr.contains("--backdate"), "{}", run.stderr);
}

#[test]
fn ending_an_assignment_in_the_past_needs_backdate_and_is_audited_as_a_correction() {
    let env = setup();
    // Without --backdate a start before today is refused, and nothing changes.
    let r = env.refused(
        &[
            "account",
            "receipt-method",
            "assign",
            "A1",
            "CHECK",
            "--start",
            "2026-11-01",
            "--primary",
        ],
        4,
    );
    assert_hint_names_backdate(&r);
    let a = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-11-01",
        "--primary",
        "--backdate",
    ]);
    let id = a["id"].to_string();
    let entry = last_audit(&env, "receipt_method_assignment", &id);
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["backdated"], true);
    assert_eq!(entry["changes"]["answers"]["on"], "2026-11-01");
    assert_eq!(entry["changes"]["answers"]["before"], Value::Null);
    assert_eq!(entry["changes"]["answers"]["after"]["active"], true);

    let on_15th = |env: &Env| {
        env.json(&[
            "account",
            "receipt-method",
            "list",
            "A1",
            "--on",
            "2026-11-15",
            "--all",
        ])
    };
    let before = on_15th(&env);
    assert_eq!(before[0]["active"], true);
    assert_eq!(before[0]["primary"], true);

    // Ending it in the past: refused without --backdate; the past answers stay.
    let r = env.refused(
        &[
            "account",
            "receipt-method",
            "end",
            "A1",
            &id,
            "--on",
            "2026-11-10",
        ],
        4,
    );
    assert_hint_names_backdate(&r);
    assert_eq!(on_15th(&env), before);

    // With --backdate: allowed, and the printed record is the ended one as stored.
    let ended = env.json(&[
        "account",
        "receipt-method",
        "end",
        "A1",
        &id,
        "--on",
        "2026-11-10",
        "--backdate",
    ]);
    assert_eq!(ended["end"], "2026-11-10");
    assert_eq!(ended["active"], false);
    assert_eq!(ended["primary"], false);
    let after = on_15th(&env);
    assert_eq!(after[0]["active"], false);
    assert_eq!(after[0]["primary"], false);

    let entry = last_audit(&env, "receipt_method_assignment", &id);
    assert_eq!(entry["action"], "end");
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["end"]["to"], "2026-11-10");
    let answers = &entry["changes"]["answers"];
    assert_eq!(answers["on"], "2026-11-11");
    assert_eq!(answers["before"]["active"], true);
    assert_eq!(answers["before"]["primary"], true);
    assert_eq!(answers["after"]["active"], false);
    assert_eq!(answers["after"]["primary"], false);
    // The table form of `audit` shows it too.
    let table = env
        .run(&["audit", "--entity", "receipt_method_assignment"])
        .ok();
    assert!(table.stdout.contains("backdated"), "{}", table.stdout);

    // The history has both versions, each with who and when, the correction marked.
    let history = env.json(&["account", "receipt-method", "history", "A1"]);
    let versions = history.as_array().unwrap();
    assert_eq!(versions.len(), 2, "{history}");
    assert_eq!(versions[0]["action"], "assign");
    assert_eq!(versions[0]["start"], "2026-11-01");
    assert_eq!(versions[0]["end"], Value::Null);
    assert_eq!(versions[1]["action"], "end");
    assert_eq!(versions[1]["end"], "2026-11-10");
    assert_eq!(versions[1]["backdated"], true);
    assert_eq!(versions[1]["actor"], "tester");
    assert_eq!(versions[1]["at"], "2026-11-22T10:15:00Z");
    env.run(&["doctor"]).ok();
}

#[test]
fn today_and_later_need_no_backdate_and_the_printed_record_is_as_stored() {
    let env = setup();
    let a = env.json(&["account", "receipt-method", "assign", "A1", "CHECK"]);
    let id = a["id"].to_string();
    // Ending on today: today is its last active day, so it is still active today.
    let ended = env.json(&[
        "account",
        "receipt-method",
        "end",
        "A1",
        &id,
        "--on",
        "2026-11-22",
    ]);
    assert_eq!(ended["end"], "2026-11-22");
    assert_eq!(ended["active"], true);
    let entry = last_audit(&env, "receipt_method_assignment", &id);
    assert_eq!(entry["backdated"], false);
    assert!(entry["changes"].get("answers").is_none(), "{entry}");

    let b = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "WIRE",
        "--start",
        "2026-12-01",
    ]);
    let ended = env.json(&[
        "account",
        "receipt-method",
        "end",
        "A1",
        &b["id"].to_string(),
        "--on",
        "2027-01-31",
    ]);
    assert_eq!(ended["end"], "2027-01-31");
    // As on today it has not started: the printed record says so.
    assert_eq!(ended["active"], false);
}

#[test]
fn moving_a_primary_into_the_past_needs_backdate() {
    let env = setup();
    let check = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--start",
        "2026-11-01",
        "--primary",
        "--backdate",
    ]);
    let wire = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "WIRE",
        "--start",
        "2026-11-01",
        "--backdate",
    ]);
    let wire_id = wire["id"].to_string();
    let default_on = |env: &Env, on: &str| {
        env.json(&["account", "defaults", "A1", "--on", on])["receipt_method"]["choice"]["id"]
            .clone()
    };
    let r = env.refused(
        &[
            "account",
            "receipt-method",
            "set-primary",
            "A1",
            &wire_id,
            "--from",
            "2026-11-10",
        ],
        4,
    );
    assert_hint_names_backdate(&r);
    assert_eq!(default_on(&env, "2026-11-15"), check["id"]);
    env.json(&[
        "account",
        "receipt-method",
        "set-primary",
        "A1",
        &wire_id,
        "--from",
        "2026-11-10",
        "--backdate",
    ]);
    assert_eq!(default_on(&env, "2026-11-05"), check["id"]);
    assert_eq!(default_on(&env, "2026-11-15"), wire["id"]);
    let entry = last_audit(&env, "receipt_method_assignment", &wire_id);
    assert_eq!(entry["action"], "set-primary");
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["answers"]["on"], "2026-11-10");
    assert_eq!(
        entry["changes"]["answers"]["before"]["primary"],
        check["id"]
    );
    assert_eq!(entry["changes"]["answers"]["after"]["primary"], wire["id"]);
    // From today on it is no correction.
    env.json(&[
        "account",
        "receipt-method",
        "set-primary",
        "A1",
        &check["id"].to_string(),
    ]);
    let entry = last_audit(&env, "receipt_method_assignment", &check["id"].to_string());
    assert_eq!(entry["action"], "set-primary");
    assert_eq!(entry["backdated"], false);
    env.run(&["doctor"]).ok();
}

#[test]
fn instruments_added_ended_and_made_primary_in_the_past_need_backdate() {
    let env = setup();
    let r = env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            IBAN_DE,
            "--currency",
            "EUR",
            "--start",
            "2026-10-01",
        ],
        4,
    );
    assert_hint_names_backdate(&r);
    let i = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--start",
        "2026-10-01",
        "--backdate",
    ]);
    let id = i["id"].to_string();
    let entry = last_audit(&env, "instrument", &id);
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["answers"]["on"], "2026-10-01");
    assert_eq!(entry["changes"]["answers"]["after"]["active"], true);
    // No bank number in full in the audit entry.
    assert!(!entry.to_string().contains(IBAN_DE));

    let other = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_FR,
        "--currency",
        "EUR",
    ]);
    let other_id = other["id"].to_string();
    env.refused(
        &[
            "instrument",
            "set-primary",
            &other_id,
            "--from",
            "2026-11-01",
        ],
        4,
    );

    let on_oct = |env: &Env| env.json(&["instrument", "list", "A1", "--on", "2026-10-15", "--all"]);
    let before = on_oct(&env);
    let r = env.refused(&["instrument", "end", &id, "--on", "2026-10-10"], 4);
    assert_hint_names_backdate(&r);
    assert_eq!(on_oct(&env), before);

    let ended = env.json(&["instrument", "end", &id, "--on", "2026-10-10", "--backdate"]);
    assert_eq!(ended["end"], "2026-10-10");
    assert_eq!(ended["active"], false);
    assert_ne!(on_oct(&env), before);
    let entry = last_audit(&env, "instrument", &id);
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["answers"]["before"]["active"], true);
    assert_eq!(entry["changes"]["answers"]["after"]["active"], false);

    let history = env.json(&["instrument", "history", &id]);
    let versions = history.as_array().unwrap();
    assert_eq!(versions.len(), 2, "{history}");
    assert_eq!(versions[0]["action"], "add");
    assert_eq!(versions[1]["action"], "end");
    assert_eq!(versions[1]["end"], "2026-10-10");
    assert!(versions.iter().all(|v| v["backdated"] == true));
    env.refused(&["instrument", "history", "999"], 3);
    env.run(&["doctor"]).ok();
}

#[test]
fn relationships_and_profiles_in_the_past_need_backdate() {
    let env = setup();
    let r = env.refused(
        &["relationship", "link", "A1", "B1", "--start", "2026-01-01"],
        4,
    );
    assert_hint_names_backdate(&r);
    let rel = env.json(&[
        "relationship",
        "link",
        "A1",
        "B1",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    let rel_id = rel["id"].to_string();
    assert_eq!(
        last_audit(&env, "account_relationship", &rel_id)["backdated"],
        true
    );
    let r = env.refused(
        &["relationship", "unlink", &rel_id, "--on", "2026-06-30"],
        4,
    );
    assert_hint_names_backdate(&r);
    let ended = env.json(&[
        "relationship",
        "unlink",
        &rel_id,
        "--on",
        "2026-06-30",
        "--backdate",
    ]);
    assert_eq!(ended["end"], "2026-06-30");
    let entry = last_audit(&env, "account_relationship", &rel_id);
    assert_eq!(entry["changes"]["answers"]["on"], "2026-07-01");
    assert_eq!(entry["changes"]["answers"]["before"]["active"], true);
    assert_eq!(entry["changes"]["answers"]["after"]["active"], false);

    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "GOLD",
        "--description",
        "Gold",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET30",
    ]);
    let r = env.refused(
        &[
            "profile",
            "set",
            "A1",
            "--class",
            "GOLD",
            "--start",
            "2026-06-01",
        ],
        4,
    );
    assert_hint_names_backdate(&r);
    env.run(&["profile", "show", "A1", "--on", "2026-07-01"])
        .code(3);
    let set = env.json(&[
        "profile",
        "set",
        "A1",
        "--class",
        "GOLD",
        "--start",
        "2026-06-01",
        "--backdate",
    ]);
    let entry = last_audit(&env, "account_profile", &set["id"].to_string());
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["answers"]["on"], "2026-06-01");
    assert_eq!(entry["changes"]["answers"]["before"], Value::Null);
    assert_eq!(entry["changes"]["answers"]["after"]["class"], "GOLD");
    // From today: no correction.
    let today = env.json(&["profile", "set", "B1", "--class", "GOLD"]);
    assert_eq!(
        last_audit(&env, "account_profile", &today["id"].to_string())["backdated"],
        false
    );
    env.run(&["doctor"]).ok();
}

#[test]
fn party_relationships_are_listed_ended_and_corrected_only_with_backdate() {
    let env = Env::new();
    let org = env.json(&["person", "add", "--name", "Org", "--kind", "organization"]);
    let ada = env.json(&["person", "add", "--name", "Ada"]);
    let (org, ada) = (org["id"].to_string(), ada["id"].to_string());
    let r = env.refused(
        &[
            "person",
            "relate",
            &ada,
            "--to",
            &org,
            "--role",
            "contact",
            "--start",
            "2026-01-01",
        ],
        4,
    );
    assert_hint_names_backdate(&r);
    let rel = env.json(&[
        "person",
        "relate",
        &ada,
        "--to",
        &org,
        "--role",
        "contact",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    let rel_id = rel["id"].to_string();
    assert_eq!(
        last_audit(&env, "party_relationship", &rel_id)["backdated"],
        true
    );
    // Listed from either side, on a date.
    let listed = env.json(&["person", "relate", "list", &org]);
    assert_eq!(listed[0]["id"], rel["id"]);
    assert_eq!(listed[0]["active"], true);
    let before_2026 = env.json(&["person", "relate", "list", &ada, "--on", "2025-12-31"]);
    assert_eq!(before_2026, serde_json::json!([]));
    env.refused(&["person", "relate", "list", "999"], 3);

    let r = env.refused(
        &["person", "relate", "end", &rel_id, "--on", "2026-06-30"],
        4,
    );
    assert_hint_names_backdate(&r);
    let ended = env.json(&[
        "person",
        "relate",
        "end",
        &rel_id,
        "--on",
        "2026-06-30",
        "--backdate",
    ]);
    assert_eq!(ended["end"], "2026-06-30");
    assert_eq!(ended["active"], false);
    let entry = last_audit(&env, "party_relationship", &rel_id);
    assert_eq!(entry["changes"]["answers"]["before"]["active"], true);
    assert_eq!(entry["changes"]["answers"]["after"]["active"], false);
    assert_eq!(
        env.json(&["person", "relate", "list", &ada]),
        serde_json::json!([])
    );
    let all = env.json(&["person", "relate", "list", &ada, "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 1);
    // Unknown relationship: 3; ending after its end: 4.
    env.refused(&["person", "relate", "end", "999", "--on", "2026-12-01"], 3);
    env.refused(
        &["person", "relate", "end", &rel_id, "--on", "2026-12-01"],
        4,
    );
    env.run(&["doctor"]).ok();
}

#[test]
fn a_party_relationship_an_account_contact_needs_cannot_be_ended() {
    let env = setup();
    let added = env.json(&["account", "contact", "add", "A1", "--name", "Bob"]);
    let bob = added["person_id"].to_string();
    let rels = env.json(&["person", "relate", "list", &bob]);
    let rel_id = rels[0]["id"].to_string();
    let r = env.refused(
        &["person", "relate", "end", &rel_id, "--on", "2027-01-31"],
        4,
    );
    assert!(r.stderr.contains("account contact"), "{}", r.stderr);
    env.run(&["doctor"]).ok();
}

#[test]
fn a_new_customer_party_is_refused_while_the_account_contacts_are_not_its_contacts() {
    let env = setup();
    let added = env.json(&["account", "contact", "add", "A1", "--name", "Bob"]);
    let bob = added["person_id"].to_string();
    let other = env.json(&[
        "person",
        "add",
        "--name",
        "New Owner",
        "--kind",
        "organization",
    ]);
    let other = other["id"].to_string();
    let r = env.refused(&["account", "update", "A1", "--person", &other], 4);
    assert!(
        r.stderr.contains(&format!(
            "custctl person relate {bob} --to {other} --role contact"
        )),
        "{}",
        r.stderr
    );
    env.run(&["doctor"]).ok();
    // Once Bob is a contact of the new party too, the change goes through and doctor stays
    // clean.
    env.json(&[
        "person", "relate", &bob, "--to", &other, "--role", "contact",
    ]);
    let updated = env.json(&["account", "update", "A1", "--person", &other]);
    assert_eq!(updated["person_id"].to_string(), other);
    env.run(&["doctor"]).ok();
    // An account without contacts changes its party freely.
    env.json(&["account", "update", "B1", "--person", &other]);
    env.run(&["doctor"]).ok();
}

#[test]
fn account_contact_history_lists_every_version() {
    let env = setup();
    let first = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Bob",
        "--primary",
    ]);
    let second = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Eve",
        "--primary",
    ]);
    // The demoted contact printed by add is as stored: no longer primary.
    assert_eq!(second["demoted"]["id"], first["id"]);
    assert_eq!(second["demoted"]["primary"], false);
    let history = env.json(&["account", "contact", "history", "A1"]);
    let first_id = first["id"].to_string();
    let versions = history.as_array().unwrap();
    let of_first: Vec<&Value> = versions
        .iter()
        .filter(|v| v["id"] == first_id.as_str())
        .collect();
    assert_eq!(of_first.len(), 2, "{history}");
    assert_eq!(of_first[0]["action"], "add");
    assert_eq!(of_first[1]["action"], "demote");
    assert_eq!(of_first[1]["version"], 2);
    env.refused(&["account", "contact", "history", "NOPE"], 3);
}

#[test]
fn an_instrument_import_row_starting_in_the_past_needs_backdate() {
    let env = setup();
    let file = env.path("instruments.csv");
    std::fs::write(
        &file,
        format!("external_id,account,iban,currency,start\nX1,A1,{IBAN_DE},EUR,2026-01-01\n"),
    )
    .unwrap();
    let file = file.to_str().unwrap();
    // The same rule as `instrument add`: the row is invalid, nothing is written.
    let r = env.refused(&["instrument", "import", file], 5);
    assert!(
        r.stderr.contains("before today (") && r.stderr.contains("--backdate"),
        "{}",
        r.stderr
    );
    env.json(&["instrument", "import", file, "--backdate"]);
    let list = env.json(&["instrument", "list", "A1", "--on", "2026-02-01"]);
    assert_eq!(list[0]["external_id"], "X1");
    let id = list[0]["id"].to_string();
    let entry = last_audit(&env, "instrument", &id);
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["answers"]["on"], "2026-01-01");
    assert!(!entry.to_string().contains(IBAN_DE));
    // Importing it again changes nothing.
    let again = env.json(&["instrument", "import", file, "--backdate"]);
    assert_eq!(again["unchanged"], 1, "{again}");
    env.run(&["doctor"]).ok();
}

#[test]
fn a_profile_class_version_from_the_past_needs_backdate() {
    let env = setup();
    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "GOLD",
        "--description",
        "Gold",
        "--payment-terms",
        "NET30",
        "--from",
        "2026-01-01",
    ]);
    env.json(&[
        "profile",
        "set",
        "A1",
        "--class",
        "GOLD",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    let terms_on = |env: &Env, on: &str| {
        let shown = env.json(&["profile", "show", "A1", "--on", on]);
        shown["values"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["field"] == "payment_terms")
            .map(|v| v["value"].clone())
            .unwrap_or_else(|| panic!("{shown}"))
    };
    assert_eq!(terms_on(&env, "2026-07-01"), "NET30");
    let r = env.refused(
        &[
            "catalog",
            "profile-class",
            "update",
            "GOLD",
            "--from",
            "2026-06-01",
            "--payment-terms",
            "NET60",
        ],
        4,
    );
    assert_hint_names_backdate(&r);
    assert_eq!(terms_on(&env, "2026-07-01"), "NET30");
    // A new description is not dated.
    env.json(&[
        "catalog",
        "profile-class",
        "update",
        "GOLD",
        "--from",
        "2026-06-01",
        "--description",
        "Gold customers",
    ]);
    env.json(&[
        "catalog",
        "profile-class",
        "update",
        "GOLD",
        "--from",
        "2026-06-01",
        "--payment-terms",
        "NET60",
        "--backdate",
    ]);
    assert_eq!(terms_on(&env, "2026-07-01"), "NET60");
    assert_eq!(terms_on(&env, "2026-05-31"), "NET30");
    let entries = env.json(&["audit", "--entity", "profile_class", "--limit", "1"]);
    let entry = &entries[0];
    assert_eq!(entry["backdated"], true);
    assert_eq!(entry["changes"]["answers"]["on"], "2026-06-01");
    assert_eq!(
        entry["changes"]["answers"]["before"]["effective_from"],
        "2026-01-01"
    );
    env.run(&["doctor"]).ok();
}

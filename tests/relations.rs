//! Account contacts, account relationships, profile classes and account profiles, and
//! `account defaults` (product.md §3.5, §3.6), through the real binary.
//! The clock is fixed at 2026-11-22.

mod common;

use common::Env;
use serde_json::{Value, json};

/// Two accounts of one organisation (person 1): A1 creates it, A2 shares it.
fn two_accounts(env: &Env) {
    env.json(&["account", "add", "A1", "--name", "Acme"]);
    env.json(&[
        "account",
        "add",
        "A2",
        "--name",
        "Acme West",
        "--person",
        "1",
    ]);
}

fn value_of<'a>(profile: &'a Value, field: &str, currency: Option<&str>) -> &'a Value {
    profile["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["field"] == field && v["currency"].as_str() == currency)
        .unwrap_or_else(|| panic!("no {field} in {profile}"))
}

// ------------------------------------------------------------------ account contacts

#[test]
fn contact_by_name_creates_the_person_and_the_party_relationship() {
    let env = Env::new();
    two_accounts(&env);
    let c = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Bob Payer",
        "--job-title",
        "CFO",
        "--responsibility",
        "bill-to",
        "--responsibility",
        "dunning",
        "--primary",
    ]);
    assert_eq!(c["person_created"], true);
    assert_eq!(c["primary"], true);
    assert_eq!(c["job_title"], "CFO");
    assert_eq!(c["responsibilities"], json!(["bill-to", "dunning"]));
    let person = c["person_id"].as_i64().unwrap().to_string();
    let shown = env.json(&["person", "show", &person]);
    let rels = shown["relationships"].as_array().unwrap();
    assert_eq!(rels.len(), 1);
    assert_eq!(rels[0]["related_person_id"], 1);
    assert_eq!(rels[0]["role"], "contact");
    assert_eq!(rels[0]["active"], true);
    // The person is also a valid contact for the other account of the same customer.
    env.json(&["account", "contact", "add", "A2", "--person", &person]);
    env.run(&["doctor"]).ok();
}

#[test]
fn existing_person_needs_an_active_contact_relationship() {
    let env = Env::new();
    two_accounts(&env);
    env.json(&[
        "person",
        "add",
        "--name",
        "Jane Doe",
        "--external-id",
        "J-1",
    ]);
    let run = env.refused(
        &["account", "contact", "add", "A1", "--person", "ext:J-1"],
        4,
    );
    assert!(
        run.stderr
            .contains("custctl person relate ext:J-1 --to 1 --role contact"),
        "{}",
        run.stderr
    );
    // A relationship that has ended does not count; one in the future neither.
    env.json(&[
        "person",
        "relate",
        "ext:J-1",
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
    env.refused(
        &["account", "contact", "add", "A1", "--person", "ext:J-1"],
        4,
    );
    env.json(&[
        "person",
        "relate",
        "ext:J-1",
        "--to",
        "1",
        "--role",
        "contact",
        "--start",
        "2026-12-01",
    ]);
    env.refused(
        &["account", "contact", "add", "A1", "--person", "ext:J-1"],
        4,
    );
    let env = Env::new();
    two_accounts(&env);
    env.json(&[
        "person",
        "add",
        "--name",
        "Jane Doe",
        "--external-id",
        "J-1",
    ]);
    env.json(&[
        "person", "relate", "ext:J-1", "--to", "1", "--role", "contact",
    ]);
    let c = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--person",
        "ext:J-1",
        "--responsibility",
        "bill-to",
    ]);
    assert_eq!(c["person_created"], false);
    assert_eq!(c["person_name"], "Jane Doe");
    // The same person twice for the same account is refused.
    env.refused(
        &["account", "contact", "add", "A1", "--person", "ext:J-1"],
        4,
    );
    // The customer party itself is not its own contact.
    env.refused(&["account", "contact", "add", "A1", "--person", "1"], 4);
}

#[test]
fn contact_add_checks_values_then_records_then_rules() {
    let env = Env::new();
    two_accounts(&env);
    env.json(&["account", "add", "B1", "--name", "Other Co"]);
    let other_site = env.json(&[
        "account",
        "site",
        "add",
        "B1",
        "--address",
        "1 Other St",
        "--use",
        "bill-to",
    ])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.refused(
        &[
            "account",
            "contact",
            "add",
            "A1",
            "--name",
            "X",
            "--responsibility",
            "billing",
        ],
        5,
    );
    env.refused(&["account", "contact", "add", "A1", "--name", " "], 5);
    env.refused(&["account", "contact", "add", "A1"], 2);
    env.refused(
        &[
            "account", "contact", "add", "A1", "--name", "X", "--person", "1",
        ],
        2,
    );
    env.refused(&["account", "contact", "add", "NOPE", "--name", "X"], 3);
    env.refused(&["account", "contact", "add", "A1", "--person", "999"], 3);
    env.refused(
        &[
            "account", "contact", "add", "A1", "--name", "X", "--site", "999",
        ],
        3,
    );
    env.refused(
        &[
            "account",
            "contact",
            "add",
            "A1",
            "--name",
            "X",
            "--site",
            &other_site,
        ],
        4,
    );
    env.json(&["account", "update", "A2", "--status", "inactive"]);
    let run = env.refused(&["account", "contact", "add", "A2", "--name", "X"], 4);
    assert!(run.stderr.contains("inactive"), "{}", run.stderr);
}

#[test]
fn one_primary_contact_per_account_and_per_site() {
    let env = Env::new();
    two_accounts(&env);
    let site = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 Main St",
        "--city",
        "Springfield",
        "--use",
        "bill-to,ship-to",
    ])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let first = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "First",
        "--primary",
    ]);
    let on_site = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Site One",
        "--site",
        &site,
        "--primary",
    ]);
    // A site's primary does not demote the account's.
    assert_eq!(on_site["demoted"], Value::Null);
    let run = env
        .run(&[
            "account",
            "contact",
            "add",
            "A1",
            "--name",
            "Second",
            "--primary",
        ])
        .ok();
    assert!(
        run.stderr.contains("no longer the primary contact"),
        "{}",
        run.stderr
    );
    let second = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Third",
        "--primary",
    ]);
    assert_eq!(second["demoted"]["person_name"], "Second");
    assert_eq!(second["demoted"]["primary"], false);
    let site2 = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Site Two",
        "--site",
        &site,
        "--primary",
    ]);
    assert_eq!(site2["demoted"]["id"], on_site["id"]);

    let list = env.json(&["account", "contact", "list", "A1"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 5);
    let primaries: Vec<&str> = list
        .iter()
        .filter(|c| c["primary"] == true)
        .map(|c| c["person_name"].as_str().unwrap())
        .collect();
    assert_eq!(primaries, vec!["Third", "Site Two"]);
    assert_eq!(list[0]["id"], first["id"]);
    let audit = env.json(&["audit", "--entity", "account_contact"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "demote"),
        "{audit}"
    );
    env.run(&["doctor"]).ok();
}

#[test]
fn contact_list_shows_contact_points_and_addresses() {
    let env = Env::new();
    two_accounts(&env);
    let s1 = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 Main St",
        "--use",
        "bill-to",
    ])["id"]
        .clone();
    env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "2 Dock Rd",
        "--use",
        "ship-to",
    ]);
    env.json(&[
        "person",
        "add",
        "--name",
        "Jane",
        "--external-id",
        "J",
        "--email",
        "jane@example.com",
        "--phone",
        "+1 201-555-0100",
    ]);
    env.json(&[
        "person", "relate", "ext:J", "--to", "1", "--role", "contact",
    ]);
    env.json(&["account", "contact", "add", "A1", "--person", "ext:J"]);
    env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Sam",
        "--site",
        &s1.to_string(),
    ]);
    let list = env.json(&["account", "contact", "list", "A1"]);
    let jane = &list[0];
    assert_eq!(jane["person_external_id"], "J");
    let points: Vec<&str> = jane["contact_points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["value"].as_str().unwrap())
        .collect();
    assert!(points.contains(&"jane@example.com") && points.contains(&"+12015550100"));
    // An account-level contact reaches every site of the account; a site contact its site.
    assert_eq!(jane["addresses"].as_array().unwrap().len(), 2);
    let sam = &list[1];
    assert_eq!(sam["site_id"], s1);
    assert_eq!(sam["addresses"].as_array().unwrap().len(), 1);
    assert_eq!(sam["addresses"][0]["address"], "1 Main St");
    env.refused(&["account", "contact", "list", "NOPE"], 3);
    // Other formats work.
    env.run(&["account", "contact", "list", "A1", "--format", "csv"])
        .ok();
    env.run(&["account", "contact", "list", "A1"]).ok();
}

// ------------------------------------------------------------------ relationships

#[test]
fn relationship_rules() {
    let env = Env::new();
    two_accounts(&env);
    env.json(&["account", "add", "A3", "--name", "Third"]);
    env.refused(&["relationship", "link", "A1", "A1"], 4);
    env.refused(&["relationship", "link", "A1", "NOPE"], 3);
    env.refused(
        &["relationship", "link", "A1", "A2", "--start", "2026-13-01"],
        5,
    );
    env.refused(
        &[
            "relationship",
            "link",
            "A1",
            "A2",
            "--start",
            "2026-05-01",
            "--end",
            "2026-04-01",
            "--backdate",
        ],
        5,
    );
    let r = env.json(&[
        "relationship",
        "link",
        "A1",
        "A2",
        "--bill-to",
        "--start",
        "2026-01-01",
        "--end",
        "2026-06-30",
        "--comment",
        "parent pays",
        "--backdate",
    ]);
    assert_eq!(r["account"], "A1");
    assert_eq!(r["related_account"], "A2");
    assert_eq!(r["bill_to"], true);
    assert_eq!(r["reciprocal"], false);
    assert_eq!(r["end"], "2026-06-30");
    // Overlapping in either order is refused; touching the last day is an overlap.
    env.refused(
        &[
            "relationship",
            "link",
            "A1",
            "A2",
            "--start",
            "2026-06-30",
            "--backdate",
        ],
        4,
    );
    let run = env.refused(
        &[
            "relationship",
            "link",
            "A2",
            "A1",
            "--start",
            "2026-03-01",
            "--end",
            "2026-03-31",
            "--backdate",
        ],
        4,
    );
    assert!(run.stderr.contains("relationship"), "{}", run.stderr);
    // The day after is fine, in the other order too.
    env.json(&[
        "relationship",
        "link",
        "A2",
        "A1",
        "--start",
        "2026-07-01",
        "--backdate",
    ]);
    // Other pairs are independent.
    env.json(&[
        "relationship",
        "link",
        "A1",
        "A3",
        "--start",
        "2026-01-01",
        "--backdate",
    ]);
    env.json(&["account", "update", "A3", "--status", "inactive"]);
    env.refused(&["relationship", "link", "A2", "A3"], 4);
    env.run(&["doctor"]).ok();
}

#[test]
fn relationship_list_answers_for_each_direction_and_date() {
    let env = Env::new();
    two_accounts(&env);
    let id = env.json(&[
        "relationship",
        "link",
        "A1",
        "A2",
        "--bill-to",
        "--ship-to",
        "--start",
        "2026-03-01",
        "--end",
        "2026-09-30",
        "--backdate",
    ])["id"]
        .clone();
    let view = |number: &str, on: &str| {
        let list = env.json(&["relationship", "list", number, "--on", on]);
        assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
        list[0].clone()
    };
    // Inside the period: A1 (first) pays for A2; A2 bills to and ships to A1.
    let a = view("A1", "2026-05-01");
    assert_eq!(a["id"], id);
    assert_eq!(a["other"], "A2");
    assert_eq!(a["direction"], "outgoing");
    assert_eq!(
        (
            a["active"].clone(),
            a["may_pay_for"].clone(),
            a["may_bill_to"].clone(),
            a["may_ship_to"].clone()
        ),
        (json!(true), json!(true), json!(false), json!(false))
    );
    let b = view("A2", "2026-05-01");
    assert_eq!(b["other"], "A1");
    assert_eq!(b["direction"], "incoming");
    assert_eq!(
        (
            b["may_pay_for"].clone(),
            b["may_bill_to"].clone(),
            b["may_ship_to"].clone()
        ),
        (json!(false), json!(true), json!(true))
    );
    // Before and after the period nothing is allowed; the first and last days are inside.
    for day in ["2026-02-28", "2026-10-01"] {
        for n in ["A1", "A2"] {
            let v = view(n, day);
            assert_eq!(v["active"], false, "{n} {day}");
            assert_eq!(v["may_pay_for"], false);
            assert_eq!(v["may_bill_to"], false);
            assert_eq!(v["may_ship_to"], false);
        }
    }
    assert_eq!(view("A1", "2026-03-01")["may_pay_for"], true);
    assert_eq!(view("A1", "2026-09-30")["may_pay_for"], true);
    env.refused(&["relationship", "list", "A1", "--on", "tomorrow"], 5);
    env.refused(&["relationship", "list", "NOPE"], 3);
}

#[test]
fn reciprocal_relationships_share_both_ways_and_unlink_ends_them() {
    let env = Env::new();
    two_accounts(&env);
    let id = env.json(&[
        "relationship",
        "link",
        "A1",
        "A2",
        "--reciprocal",
        "--bill-to",
    ])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    for n in ["A1", "A2"] {
        let v = &env.json(&["relationship", "list", n])[0];
        assert_eq!(v["may_pay_for"], true, "{n}");
        assert_eq!(v["may_bill_to"], true, "{n}");
        assert_eq!(v["may_ship_to"], false, "{n}");
    }
    // Ending before the start is refused; ending on a date makes it the last active day.
    env.refused(
        &[
            "relationship",
            "unlink",
            &id,
            "--on",
            "2026-11-21",
            "--backdate",
        ],
        4,
    );
    env.refused(&["relationship", "unlink", "999"], 3);
    env.refused(&["relationship", "unlink", &id, "--on", "2026-11-31"], 5);
    let ended = env.json(&["relationship", "unlink", &id, "--on", "2026-12-31"]);
    assert_eq!(ended["end"], "2026-12-31");
    // Ending never extends.
    env.refused(&["relationship", "unlink", &id, "--on", "2027-01-31"], 4);
    assert_eq!(
        env.json(&["relationship", "list", "A2", "--on", "2026-12-31"])[0]["may_pay_for"],
        true
    );
    assert_eq!(
        env.json(&["relationship", "list", "A2", "--on", "2027-01-01"])[0]["may_pay_for"],
        false
    );
    // Default: today is the last day.
    let id2 = env.json(&["relationship", "link", "A2", "A1", "--start", "2027-02-01"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.refused(&["relationship", "unlink", &id2], 4);
    let audit = env.json(&["audit", "--entity", "account_relationship"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "end")
    );
}

// ------------------------------------------------------------------ profile classes

#[test]
fn profile_class_add_and_versions() {
    let env = Env::new();
    let c = env.json(&[
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
        "USD=5000",
        "--credit-limit",
        "jpy=700000",
        "--credit-check",
        "true",
        "--tolerance",
        "2.50",
        "--send-statements",
        "yes",
        "--collector",
        "Kim",
    ]);
    let v0 = &c["versions"][0];
    assert_eq!(v0["effective_from"], "2026-01-01");
    assert_eq!(v0["payment_terms"], "NET30");
    assert_eq!(
        v0["credit_limits"],
        json!([{"currency": "JPY", "credit_limit": "700000"}, {"currency": "USD", "credit_limit": "5000.00"}])
    );
    assert_eq!(v0["credit_check"], true);
    assert_eq!(v0["credit_hold"], Value::Null);
    assert_eq!(v0["tolerance"], "2.5");
    assert_eq!(v0["send_statements"], true);
    assert_eq!(v0["collector"], "Kim");

    // Form (5): floats in the wrong precision, unknown currencies, bad booleans, repeats.
    for bad in [
        vec!["--credit-limit", "USD=50.001"],
        vec!["--credit-limit", "USD"],
        vec!["--credit-limit", "ABC=5"],
        vec!["--credit-limit", "USD=1", "--credit-limit", "usd=2"],
        vec!["--credit-check", "maybe"],
        vec!["--tolerance", "101"],
        vec!["--from", "2026-02-30"],
    ] {
        let mut args = vec!["catalog", "profile-class", "add", "X", "--description", "x"];
        args.extend(bad.iter());
        env.refused(&args, 5);
    }
    env.refused(
        &[
            "catalog",
            "profile-class",
            "add",
            "GOLD",
            "--description",
            "again",
        ],
        4,
    );

    // A new version from June: unspecified fields carry over.
    let c = env.json(&[
        "catalog",
        "profile-class",
        "update",
        "GOLD",
        "--from",
        "2026-06-01",
        "--credit-limit",
        "USD=8000",
        "--credit-check",
        "false",
        "--backdate",
    ]);
    let v1 = &c["versions"][1];
    assert_eq!(v1["effective_from"], "2026-06-01");
    assert_eq!(v1["payment_terms"], "NET30");
    assert_eq!(v1["credit_check"], false);
    assert_eq!(v1["collector"], "Kim");
    assert_eq!(
        v1["credit_limits"],
        json!([{"currency": "JPY", "credit_limit": "700000"}, {"currency": "USD", "credit_limit": "8000.00"}])
    );
    // Earlier version unchanged.
    assert_eq!(c["versions"][0]["credit_check"], true);
    env.refused(
        &[
            "catalog",
            "profile-class",
            "update",
            "GOLD",
            "--from",
            "2026-06-01",
            "--collector",
            "Lee",
            "--backdate",
        ],
        4,
    );
    env.refused(
        &[
            "catalog",
            "profile-class",
            "update",
            "GOLD",
            "--from",
            "2025-12-31",
            "--collector",
            "Lee",
            "--backdate",
        ],
        4,
    );
    env.refused(
        &[
            "catalog",
            "profile-class",
            "update",
            "GOLD",
            "--from",
            "2026-07-01",
            "--backdate",
        ],
        2,
    );
    env.refused(
        &[
            "catalog",
            "profile-class",
            "update",
            "NOPE",
            "--from",
            "2026-07-01",
            "--collector",
            "Lee",
            "--backdate",
        ],
        3,
    );
    env.refused(
        &[
            "catalog",
            "profile-class",
            "update",
            "GOLD",
            "--collector",
            "Lee",
        ],
        2,
    );
    let list = env.json(&["catalog", "list", "profile-class"]);
    assert_eq!(list[0]["code"], "GOLD");
}

// ------------------------------------------------------------------ account profiles

fn gold_and_silver(env: &Env) {
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
        "--credit-limit",
        "USD=5000",
        "--credit-check",
        "true",
    ]);
    env.json(&[
        "catalog",
        "profile-class",
        "update",
        "GOLD",
        "--from",
        "2026-12-01",
        "--payment-terms",
        "NET45",
    ]);
    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "SILVER",
        "--description",
        "Silver",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET15",
        "--credit-limit",
        "USD=1000",
    ]);
}

#[test]
fn profile_set_show_and_history() {
    let env = Env::new();
    two_accounts(&env);
    gold_and_silver(&env);
    // No DEFAULT class existed: no profile yet.
    env.refused(&["profile", "show", "A1"], 3);
    assert_eq!(env.json(&["profile", "history", "A1"]), json!([]));

    let set = env.json(&[
        "profile",
        "set",
        "A1",
        "--class",
        "GOLD",
        "--start",
        "2026-11-01",
        "--credit-limit",
        "USD=7500.50",
        "--credit-check",
        "false",
        "--backdate",
    ]);
    assert_eq!(set["class"], "GOLD");
    assert_eq!(set["start"], "2026-11-01");
    assert_eq!(set["superseded"], Value::Null);
    assert_eq!(set["overrides"]["credit_check"], false);

    let show = env.json(&["profile", "show", "A1", "--on", "2026-11-22"]);
    assert_eq!(show["class"], "GOLD");
    assert_eq!(show["class_version_from"], "2026-01-01");
    let terms = value_of(&show, "payment_terms", None);
    assert_eq!(
        (terms["value"].clone(), terms["source"].clone()),
        (json!("NET30"), json!("class"))
    );
    let limit = value_of(&show, "credit_limit", Some("USD"));
    assert_eq!(
        (limit["value"].clone(), limit["source"].clone()),
        (json!("7500.50"), json!("override"))
    );
    let check = value_of(&show, "credit_check", None);
    assert_eq!(
        (check["value"].clone(), check["source"].clone()),
        (json!(false), json!("override"))
    );
    assert_eq!(value_of(&show, "collector", None)["source"], Value::Null);
    // The class's December version applies under the same assignment from its date.
    let dec = env.json(&["profile", "show", "A1", "--on", "2026-12-15"]);
    assert_eq!(value_of(&dec, "payment_terms", None)["value"], "NET45");
    assert_eq!(dec["class_version_from"], "2026-12-01");
    // Before the assignment: nothing.
    env.refused(&["profile", "show", "A1", "--on", "2026-10-31"], 3);

    // Starting on or before the open-ended one's start is refused.
    env.refused(
        &[
            "profile",
            "set",
            "A1",
            "--class",
            "SILVER",
            "--start",
            "2026-11-01",
            "--backdate",
        ],
        4,
    );
    env.refused(
        &[
            "profile",
            "set",
            "A1",
            "--class",
            "SILVER",
            "--start",
            "2026-10-01",
            "--backdate",
        ],
        4,
    );
    // A bounded one that overlaps is refused; one before it is fine.
    env.refused(
        &[
            "profile",
            "set",
            "A1",
            "--class",
            "SILVER",
            "--start",
            "2026-12-01",
            "--end",
            "2026-12-31",
        ],
        4,
    );
    env.json(&[
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
    env.refused(
        &[
            "profile",
            "set",
            "A1",
            "--class",
            "GOLD",
            "--start",
            "2026-06-01",
            "--end",
            "2026-07-31",
            "--backdate",
        ],
        4,
    );
    // A later open-ended one supersedes: the current one ends the day before.
    let run = env
        .run(&[
            "profile",
            "set",
            "A1",
            "--class",
            "SILVER",
            "--start",
            "2027-01-01",
        ])
        .ok();
    assert!(
        run.stderr.contains("now ends on 2026-12-31"),
        "{}",
        run.stderr
    );
    let history = env.json(&["profile", "history", "A1"]);
    let periods: Vec<(String, Value, Value)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["class"].as_str().unwrap().to_string(),
                p["start"].clone(),
                p["end"].clone(),
            )
        })
        .collect();
    assert_eq!(
        periods,
        vec![
            ("SILVER".into(), json!("2026-01-01"), json!("2026-06-30")),
            ("GOLD".into(), json!("2026-11-01"), json!("2026-12-31")),
            ("SILVER".into(), json!("2027-01-01"), Value::Null),
        ]
    );
    // Overrides belong to their assignment: the new one has none.
    assert_eq!(history[2]["overrides"]["credit_limits"], json!([]));
    let jan = env.json(&["profile", "show", "A1", "--on", "2027-01-15"]);
    assert_eq!(jan["class"], "SILVER");
    let limit = value_of(&jan, "credit_limit", Some("USD"));
    assert_eq!(
        (limit["value"].clone(), limit["source"].clone()),
        (json!("1000.00"), json!("class"))
    );
    // Between assignments: nothing in force.
    env.refused(&["profile", "show", "A1", "--on", "2026-08-01"], 3);
    assert_eq!(
        env.json(&["profile", "show", "A1", "--on", "2026-12-31"])["class"],
        "GOLD"
    );

    // Checks: form (5), records (3).
    env.refused(
        &[
            "profile",
            "set",
            "A2",
            "--class",
            "GOLD",
            "--tolerance",
            "x",
        ],
        5,
    );
    env.refused(
        &[
            "profile", "set", "A2", "--class", "GOLD", "--start", "2026-1-1",
        ],
        5,
    );
    env.refused(&["profile", "set", "A2", "--class", "NOPE"], 3);
    env.refused(&["profile", "set", "NOPE", "--class", "GOLD"], 3);
    env.refused(&["profile", "history", "NOPE"], 3);
    env.run(&["doctor"]).ok();
    let audit = env.json(&["audit", "--entity", "account_profile"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "end")
    );
}

#[test]
fn new_accounts_get_the_default_class_when_it_exists() {
    let env = Env::new();
    env.json(&["account", "add", "BEFORE", "--name", "Before"]);
    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "DEFAULT",
        "--description",
        "Default",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET30",
    ]);
    env.json(&["account", "add", "AFTER", "--name", "After"]);
    let history = env.json(&["profile", "history", "AFTER"]);
    assert_eq!(history.as_array().unwrap().len(), 1);
    assert_eq!(history[0]["class"], "DEFAULT");
    assert_eq!(history[0]["start"], "2026-11-22");
    assert_eq!(history[0]["end"], Value::Null);
    let show = env.json(&["profile", "show", "AFTER"]);
    assert_eq!(value_of(&show, "payment_terms", None)["value"], "NET30");
    env.refused(&["profile", "show", "AFTER", "--on", "2026-11-21"], 3);
    assert_eq!(env.json(&["profile", "history", "BEFORE"]), json!([]));
    // A refused account add assigns nothing either.
    env.refused(&["account", "add", "AFTER", "--name", "Again"], 4);
}

// ------------------------------------------------------------------ doctor

#[test]
fn doctor_finds_broken_invariants() {
    let env = Env::new();
    two_accounts(&env);
    gold_and_silver(&env);
    env.json(&[
        "relationship",
        "link",
        "A1",
        "A2",
        "--start",
        "2026-01-01",
        "--backdate",
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
    env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "P1",
        "--primary",
    ]);
    env.json(&["account", "contact", "add", "A1", "--name", "P2"]);
    env.run(&["doctor"]).ok();
    // SQL valid on both backends (a real timestamp, a boolean flag).
    env.sql(
        "INSERT INTO account_relationship (account_id, related_account_id, start_date, created_at)
           VALUES (2, 1, '2026-05-01', '2026-11-22T10:15:00Z');
         INSERT INTO account_profile (account_id, profile_class_id, start_date, created_at)
           VALUES (1, 2, '2026-05-01', '2026-11-22T10:15:00Z');
         DROP INDEX account_contact_one_primary_per_account;
         UPDATE account_contact SET is_primary = TRUE;
         UPDATE party_relationship SET start_date = '2026-01-01', end_date = '2026-11-21' WHERE id = 1;",
    );
    let run = env.run(&["doctor", "--json"]).code(4);
    let report = run.json();
    let checks: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    for expected in [
        "account-relationships-do-not-overlap",
        "account-profiles-do-not-overlap",
        "one-primary-contact-per-account-and-site",
        "account-contacts-have-their-party-relationship",
    ] {
        assert!(
            checks.contains(&expected),
            "{expected} missing from {report}"
        );
    }
}

// ------------------------------------------------------------------ account defaults

#[test]
fn account_defaults_explains_the_profile() {
    let env = Env::new();
    two_accounts(&env);
    gold_and_silver(&env);
    let d = env.json(&["account", "defaults", "A1"]);
    assert_eq!(d["account"], "A1");
    assert_eq!(d["on"], "2026-11-22");
    assert_eq!(d["profile"]["choice"], Value::Null);
    assert!(
        d["profile"]["reason"]
            .as_str()
            .unwrap()
            .contains("no profile")
    );
    env.json(&["profile", "set", "A1", "--class", "GOLD"]);
    let d = env.json(&["account", "defaults", "A1", "--on", "2026-12-05"]);
    assert_eq!(d["profile"]["choice"]["class"], "GOLD");
    assert!(d["profile"]["reason"].as_str().unwrap().contains("GOLD"));
    // Payment defaults come with their reasons; a missing default is null, not an error.
    assert_eq!(d["receipt_method"]["choice"], Value::Null);
    assert!(d["receipt_method"]["reason"].is_string());
    assert_eq!(d["card"]["choice"], Value::Null);
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "EUR",
    ]);
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        "GB82WEST12345698765432",
        "--currency",
        "GBP",
        "--primary",
    ]);
    // Every currency with a bank account gets its default; --currency narrows to one.
    let d = env.json(&["account", "defaults", "A1"]);
    let currencies: Vec<&str> = d["bank_accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["currency"].as_str().unwrap())
        .collect();
    assert_eq!(currencies, vec!["USD", "EUR", "GBP"]);
    assert_eq!(d["bank_accounts"][0]["choice"], Value::Null);
    assert!(
        d["bank_accounts"][2]["reason"]
            .as_str()
            .unwrap()
            .contains("primary")
    );
    let d = env.json(&["account", "defaults", "A1", "--currency", "gbp"]);
    assert_eq!(d["currency"], "GBP");
    assert_eq!(d["bank_account"]["choice"]["currency"], "GBP");
    assert_eq!(d["bank_accounts"].as_array().unwrap().len(), 1);
    // No bank number in full in any output.
    let table = env.run(&["account", "defaults", "A1"]).ok();
    assert!(!table.stdout.contains("5698765432"), "{}", table.stdout);
    env.refused(&["account", "defaults", "A1", "--currency", "XXX"], 5);
    env.refused(&["account", "defaults", "A1", "--on", "soon"], 5);
    env.refused(&["account", "defaults", "NOPE"], 3);
}

// ------------------------------------------------------------------ the walk-through

#[test]
fn new_user_walk_through() {
    let env = Env::new();
    // Two accounts for one organisation.
    let org = env.json(&[
        "person",
        "add",
        "--name",
        "Globex",
        "--kind",
        "organization",
    ]);
    let org_id = org["id"].as_i64().unwrap().to_string();
    env.json(&[
        "account",
        "add",
        "G-EAST",
        "--name",
        "Globex East",
        "--person",
        &org_id,
    ]);
    env.json(&[
        "account",
        "add",
        "G-WEST",
        "--name",
        "Globex West",
        "--person",
        &org_id,
    ]);
    // An existing person as billing contact: refused first, with the exact command...
    env.json(&[
        "person",
        "add",
        "--first-name",
        "Hank",
        "--last-name",
        "Scorpio",
        "--external-id",
        "HS-1",
        "--email",
        "hank@globex.example",
    ]);
    let add = [
        "account",
        "contact",
        "add",
        "G-EAST",
        "--person",
        "ext:HS-1",
        "--job-title",
        "Treasurer",
        "--responsibility",
        "bill-to",
        "--primary",
    ];
    let refused = env.refused(&add, 4);
    let command = format!("custctl person relate ext:HS-1 --to {org_id} --role contact");
    assert!(refused.stderr.contains(&command), "{}", refused.stderr);
    // ...then accepted after `person relate`.
    env.json(&[
        "person", "relate", "ext:HS-1", "--to", &org_id, "--role", "contact",
    ]);
    let contact = env.json(&add);
    assert_eq!(contact["responsibilities"], json!(["bill-to"]));
    assert_eq!(contact["primary"], true);
    // Link the accounts reciprocally.
    env.json(&[
        "relationship",
        "link",
        "G-EAST",
        "G-WEST",
        "--reciprocal",
        "--bill-to",
    ]);
    let west = env.json(&["relationship", "list", "G-WEST"]);
    assert_eq!(west[0]["may_pay_for"], true);
    // A profile class, with the credit limit overridden.
    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "STANDARD",
        "--description",
        "Standard",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET30",
        "--credit-limit",
        "USD=10000",
    ]);
    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "KEY",
        "--description",
        "Key accounts",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET60",
        "--credit-limit",
        "USD=50000",
    ]);
    env.json(&[
        "profile",
        "set",
        "G-EAST",
        "--class",
        "STANDARD",
        "--credit-limit",
        "USD=25000",
    ]);
    // Move to another class next month.
    let moved = env.json(&[
        "profile",
        "set",
        "G-EAST",
        "--class",
        "KEY",
        "--start",
        "2026-12-01",
    ]);
    assert_eq!(moved["superseded"]["end"], "2026-11-30");
    // Direct debit from today, the bank account to draw on only from next month.
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
    ]);
    env.json(&[
        "account",
        "receipt-method",
        "assign",
        "G-EAST",
        "DD",
        "--primary",
    ]);
    env.json(&[
        "instrument",
        "add",
        "G-EAST",
        "--iban",
        "DE89370400440532013000",
        "--currency",
        "USD",
        "--start",
        "2026-12-01",
    ]);
    // Ask for the defaults today and next month.
    let run = env.run(&["account", "defaults", "G-EAST"]).ok();
    assert!(run.stderr.contains("warning:"), "{}", run.stderr);
    let today = env.json(&["account", "defaults", "G-EAST"]);
    assert_eq!(today["receipt_method"]["choice"]["method"], "DD");
    assert!(
        today["receipt_method"]["reason"]
            .as_str()
            .unwrap()
            .contains("primary")
    );
    assert_eq!(today["bank_account"]["choice"], Value::Null);
    assert_eq!(today["warnings"].as_array().unwrap().len(), 1);
    let p = &today["profile"]["choice"];
    assert_eq!(p["class"], "STANDARD");
    let limit = value_of(p, "credit_limit", Some("USD"));
    assert_eq!(
        (limit["value"].clone(), limit["source"].clone()),
        (json!("25000.00"), json!("override"))
    );
    let next = env.json(&["account", "defaults", "G-EAST", "--on", "2026-12-22"]);
    assert_eq!(next["receipt_method"]["choice"]["method"], "DD");
    assert_eq!(next["bank_account"]["choice"]["currency"], "USD");
    assert_eq!(next["bank_accounts"][0]["currency"], "USD");
    assert_eq!(next["warnings"], json!([]));
    assert!(next["profile"]["reason"].as_str().unwrap().contains("KEY"));
    let p = &next["profile"]["choice"];
    assert_eq!(p["class"], "KEY");
    let limit = value_of(p, "credit_limit", Some("USD"));
    assert_eq!(
        (limit["value"].clone(), limit["source"].clone()),
        (json!("50000.00"), json!("class"))
    );
    assert_eq!(value_of(p, "payment_terms", None)["value"], "NET60");
    env.run(&["doctor"]).ok();
    env.run(&["audit", "verify"]).ok();
}

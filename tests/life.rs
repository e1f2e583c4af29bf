//! Issue 11: every record has a whole life — list, update, end, set-primary, clear, delete.

mod common;

use common::Env;
use serde_json::Value;

const IBAN_DE: &str = "DE89370400440532013000";

/// The newest audit entry about `entity` `id`.
fn last_audit(env: &Env, entity: &str, id: &str) -> Value {
    let list = env.json(&["audit", "--entity", entity, "--id", id, "--limit", "1"]);
    list.as_array()
        .and_then(|l| l.first())
        .cloned()
        .unwrap_or_else(|| panic!("no audit entry for {entity} {id}"))
}

fn id_of(v: &Value) -> String {
    v["id"].as_i64().expect("an id").to_string()
}

/// Account A1 with two bill-to sites, the first primary.
fn account_with_sites(env: &Env) -> (String, String) {
    env.json(&[
        "account",
        "add",
        "A1",
        "--name",
        "Acme",
        "--currency",
        "EUR",
    ]);
    let s1 = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 Main St",
        "--city",
        "Berlin",
        "--postal-code",
        "10115",
        "--country",
        "DE",
        "--use",
        "bill-to,ship-to",
        "--primary",
    ]);
    let s2 = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "2 Side St",
        "--use",
        "bill-to",
    ]);
    (id_of(&s1), id_of(&s2))
}

// ------------------------------------------------------------------ sites

#[test]
fn site_list_show_update_and_clear() {
    let env = Env::new();
    let (s1, s2) = account_with_sites(&env);
    let list = env.json(&["account", "site", "list", "A1"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let shown = env.json(&["account", "site", "show", "A1", &s1]);
    assert_eq!(shown["city"], "Berlin");
    assert_eq!(
        shown["primary_for"],
        serde_json::json!(["bill-to", "ship-to"])
    );
    assert_eq!(shown["end"], Value::Null);

    let updated = env.json(&[
        "account",
        "site",
        "update",
        "A1",
        &s1,
        "--address",
        "3 New St",
        "--clear",
        "postal-code",
        "--country",
        "",
    ]);
    assert_eq!(updated["address"], "3 New St");
    assert_eq!(updated["postal_code"], Value::Null);
    assert_eq!(updated["country"], Value::Null);
    assert_eq!(updated["city"], "Berlin");
    let a = last_audit(&env, "site", &s1);
    assert_eq!(a["action"], "update");
    assert_eq!(a["changes"]["address"]["to"], "3 New St");
    assert_eq!(a["changes"]["postal_code"]["from"], "10115");

    // An unknown field to clear is a usage error listing the valid ones; nothing changes.
    let r = env.refused(
        &["account", "site", "update", "A1", &s1, "--clear", "zip"],
        2,
    );
    assert!(r.stderr.contains("postal-code"), "{}", r.stderr);
    env.refused(&["account", "site", "update", "A1", &s1], 2);
    env.refused(
        &["account", "site", "update", "A1", &s1, "--country", "XX"],
        5,
    );
    // A site of another account, or none at all, is not found.
    env.json(&["account", "add", "B1", "--name", "Other"]);
    env.refused(&["account", "site", "show", "B1", &s2], 3);
    env.refused(&["account", "site", "update", "B1", &s2, "--city", "X"], 3);
    env.refused(&["account", "site", "show", "A1", "99"], 3);
}

#[test]
fn site_set_primary_demotes_the_previous_one() {
    let env = Env::new();
    let (s1, s2) = account_with_sites(&env);
    let moved = env.json(&["account", "site", "set-primary", "A1", &s2]);
    assert_eq!(moved["primary_for"], serde_json::json!(["bill-to"]));
    assert_eq!(moved["demoted"][0]["site_id"].to_string(), s1);
    let first = env.json(&["account", "site", "show", "A1", &s1]);
    assert_eq!(first["primary_for"], serde_json::json!(["ship-to"]));
    assert_eq!(last_audit(&env, "site", &s2)["action"], "set-primary");
    assert_eq!(last_audit(&env, "site", &s1)["action"], "demote");
    // A use the site does not have is refused.
    let r = env.refused(
        &[
            "account",
            "site",
            "set-primary",
            "A1",
            &s2,
            "--use",
            "ship-to",
        ],
        4,
    );
    assert!(r.stderr.contains("ship-to"), "{}", r.stderr);
    env.refused(
        &["account", "site", "set-primary", "A1", &s2, "--use", "nope"],
        5,
    );
    env.run(&["doctor"]).ok();
}

/// Ending a site gives up its primary roles at once; a site with an end (even today, its
/// last day in use) never takes one again.
#[test]
fn a_site_that_ends_is_not_made_primary_again() {
    let env = Env::new();
    let (s1, _) = account_with_sites(&env);
    let today = env.now[..10].to_string();
    let ended = env.json(&["account", "site", "end", "A1", &s1, "--on", &today]);
    assert_eq!(ended["primary_for"], serde_json::json!([]), "{ended}");
    let r = env.refused(&["account", "site", "set-primary", "A1", &s1], 4);
    assert!(r.stderr.contains("account site add"), "{}", r.stderr);
    let site = env.json(&["account", "site", "show", "A1", &s1]);
    assert_eq!(site["primary_for"], serde_json::json!([]));
}

#[test]
fn site_end_refused_while_used_then_cascades() {
    let env = Env::new();
    let (s1, s2) = account_with_sites(&env);
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
    let asg = env.json(&[
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--site",
        &s2,
        "--primary",
    ]);
    let ins = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--site",
        &s2,
    ]);
    // Not used: s1 ends fine. A date in the past is a correction: refused without --backdate.
    let refused = env.refused(
        &["account", "site", "end", "A1", &s1, "--on", "2026-11-21"],
        4,
    );
    assert!(refused.stderr.contains("--backdate"), "{}", refused.stderr);
    env.refused(
        &["account", "site", "end", "A1", &s1, "--on", "2026-13-01"],
        5,
    );
    let ended = env.json(&["account", "site", "end", "A1", &s1, "--on", "2026-11-30"]);
    assert_eq!(ended["end"], "2026-11-30");
    assert_eq!(ended["primary_for"], serde_json::json!([]));
    assert_eq!(
        ended["released_primary_for"],
        serde_json::json!(["bill-to", "ship-to"])
    );
    let a = last_audit(&env, "site", &s1);
    assert_eq!(a["action"], "end");
    assert_eq!(a["changes"]["end"]["to"], "2026-11-30");
    // Its end may move earlier, never later; an ended site takes no new records.
    let r = env.refused(
        &["account", "site", "end", "A1", &s1, "--on", "2026-12-05"],
        4,
    );
    assert!(
        r.stderr.contains("already ends on 2026-11-30"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("only be moved earlier"), "{}", r.stderr);
    env.refused(
        &[
            "account",
            "receipt-method",
            "assign",
            "A1",
            "CHECK",
            "--site",
            &s1,
        ],
        4,
    );
    // The site still lists until its last day; --on after it and it is gone, --all shows it.
    let later = env.json(&["account", "site", "list", "A1", "--on", "2026-12-01"]);
    assert_eq!(later.as_array().unwrap().len(), 1);
    let all = env.json(&[
        "account",
        "site",
        "list",
        "A1",
        "--on",
        "2026-12-01",
        "--all",
    ]);
    assert_eq!(all.as_array().unwrap().len(), 2);

    // s2 is used by an assignment and an instrument: refused, naming them, with a hint.
    let r = env.refused(&["account", "site", "end", "A1", &s2], 4);
    assert!(
        r.stderr.contains(&format!("instrument {}", id_of(&ins))),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("receipt-method assignment"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--cascade"), "{}", r.stderr);
    let ended = env.json(&["account", "site", "end", "A1", &s2, "--cascade"]);
    assert_eq!(ended["end"], "2026-11-22");
    assert_eq!(ended["cascaded"].as_array().unwrap().len(), 2);
    let i = env.json(&["instrument", "show", &id_of(&ins)]);
    assert_eq!(i["end"], "2026-11-22");
    let ai = last_audit(&env, "instrument", &id_of(&ins));
    assert_eq!(ai["action"], "end");
    assert_eq!(ai["changes"]["with_site"]["site"].to_string(), s2);
    let aa = last_audit(&env, "receipt_method_assignment", &id_of(&asg));
    assert_eq!(aa["changes"]["end"]["to"], "2026-11-22");
    env.run(&["doctor"]).ok();
}

// ------------------------------------------------------------------ contact points

fn person_with_points(env: &Env) -> (String, String) {
    let p = env.json(&[
        "person",
        "add",
        "--name",
        "Ada Lovelace",
        "--email",
        "ada@example.com",
    ]);
    let home = env.json(&[
        "person",
        "point",
        "add",
        "1",
        "--type",
        "phone",
        "--value",
        "+44 20 7946 0000",
        "--purpose",
        "home",
    ]);
    (id_of(&p), id_of(&home))
}

#[test]
fn point_duplicates_are_refused_and_points_can_be_changed() {
    let env = Env::new();
    let (person, phone) = person_with_points(&env);
    // The same email in another case, the same phone in another format: duplicates (4).
    let r = env.refused(
        &[
            "person",
            "point",
            "add",
            &person,
            "--type",
            "email",
            "--value",
            "ADA@Example.com",
        ],
        4,
    );
    assert!(r.stderr.contains("already has email"), "{}", r.stderr);
    env.refused(
        &[
            "person",
            "point",
            "add",
            &person,
            "--type",
            "phone",
            "--value",
            "+442079460000",
        ],
        4,
    );
    let work = env.json(&[
        "person",
        "point",
        "add",
        &person,
        "--type",
        "phone",
        "--value",
        "+44 20 7946 0001",
    ]);
    let work_id = id_of(&work);
    env.refused(
        &[
            "person",
            "point",
            "update",
            &person,
            &work_id,
            "--value",
            "+44 (20) 7946-0000",
        ],
        4,
    );
    let updated = env.json(&[
        "person",
        "point",
        "update",
        &person,
        &phone,
        "--value",
        "+44 20 7946 0002",
        "--clear",
        "purpose",
    ]);
    assert_eq!(updated["value"], "+442079460002");
    assert_eq!(updated["typed"], "+44 20 7946 0002");
    assert_eq!(updated["purpose"], Value::Null);
    let a = last_audit(&env, "contact_point", &phone);
    assert_eq!(a["action"], "update");
    assert_eq!(a["changes"]["purpose"]["from"], "home");
    env.refused(
        &[
            "person", "point", "update", &person, &phone, "--clear", "value",
        ],
        2,
    );
    env.refused(
        &["person", "point", "update", &person, &phone, "--value", ""],
        5,
    );
    env.refused(
        &["person", "point", "update", &person, "99", "--value", "1"],
        3,
    );

    // set-primary demotes; end releases the role and hides the point from the list.
    let moved = env.json(&["person", "point", "set-primary", &person, &work_id]);
    assert_eq!(moved["primary"], true);
    assert_eq!(moved["demoted"], Value::Null);
    let moved = env.json(&["person", "point", "set-primary", &person, &phone]);
    assert_eq!(moved["demoted"]["id"].to_string(), work_id);
    assert_eq!(
        last_audit(&env, "contact_point", &phone)["action"],
        "set-primary"
    );
    let ended = env.json(&["person", "point", "end", &person, &phone]);
    assert_eq!(ended["end"], "2026-11-22");
    assert_eq!(ended["primary"], false);
    let a = last_audit(&env, "contact_point", &phone);
    assert_eq!(a["action"], "end");
    assert_eq!(a["changes"]["primary"]["from"], true);
    env.refused(&["person", "point", "end", &person, &phone], 4);
    env.refused(&["person", "point", "set-primary", &person, &phone], 4);
    let list = env.json(&["person", "point", "list", &person]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let all = env.json(&["person", "point", "list", &person, "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    // An ended value may be added again.
    env.json(&[
        "person",
        "point",
        "add",
        &person,
        "--type",
        "phone",
        "--value",
        "+44 20 7946 0002",
    ]);
    env.run(&["doctor"]).ok();
}

#[test]
fn person_update_clears_fields() {
    let env = Env::new();
    let p = env.json(&[
        "person",
        "add",
        "--first-name",
        "Ada",
        "--last-name",
        "Byron",
        "--external-id",
        "P-1",
        "--email",
        "ada@example.com",
        "--phone",
        "+1 201 555 0100",
    ]);
    let id = id_of(&p);
    let r = env.refused(&["person", "update", &id, "--clear", "nickname"], 2);
    assert!(r.stderr.contains("external-id"), "{}", r.stderr);
    env.refused(
        &[
            "person",
            "update",
            &id,
            "--email",
            "x@example.com",
            "--clear",
            "email",
        ],
        2,
    );
    let after = env.json(&[
        "person",
        "update",
        &id,
        "--email",
        "",
        "--clear",
        "external-id",
        "--clear",
        "phone",
    ]);
    assert_eq!(after["email"], Value::Null);
    assert_eq!(after["phone"], Value::Null);
    assert_eq!(after["external_id"], Value::Null);
    assert_eq!(after["name"], "Ada Byron");
    let a = last_audit(&env, "person", &id);
    assert_eq!(a["changes"]["email"]["from"], "ada@example.com");
    assert_eq!(a["changes"]["external_id"]["to"], Value::Null);
    let all = env.json(&["person", "point", "list", &id, "--all"]);
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .all(|p| p["end"] == "2026-11-22")
    );
    env.run(&["doctor"]).ok();
}

// ------------------------------------------------------------------ account contacts

#[test]
fn account_contact_update_end_and_set_primary() {
    let env = Env::new();
    env.json(&["account", "add", "A1", "--name", "Acme"]);
    let bob = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Bob",
        "--job-title",
        "CFO",
        "--responsibility",
        "bill-to",
        "--primary",
    ]);
    let eve = env.json(&["account", "contact", "add", "A1", "--name", "Eve"]);
    let (bob, eve) = (id_of(&bob), id_of(&eve));

    let up = env.json(&[
        "account",
        "contact",
        "update",
        "A1",
        &bob,
        "--add-responsibility",
        "dunning",
        "--remove-responsibility",
        "bill-to",
        "--clear",
        "job-title",
    ]);
    assert_eq!(up["responsibilities"], serde_json::json!(["dunning"]));
    assert_eq!(up["job_title"], Value::Null);
    let a = last_audit(&env, "account_contact", &bob);
    assert_eq!(a["action"], "update");
    assert_eq!(a["changes"]["job_title"]["from"], "CFO");
    // Removing one it does not have: 4; an unknown one: 5; unknown field: 2; no contact: 3.
    env.refused(
        &[
            "account",
            "contact",
            "update",
            "A1",
            &bob,
            "--remove-responsibility",
            "ship-to",
        ],
        4,
    );
    env.refused(
        &[
            "account",
            "contact",
            "update",
            "A1",
            &bob,
            "--add-responsibility",
            "boss",
        ],
        5,
    );
    env.refused(
        &[
            "account", "contact", "update", "A1", &bob, "--clear", "name",
        ],
        2,
    );
    env.refused(
        &[
            "account",
            "contact",
            "update",
            "A1",
            "99",
            "--job-title",
            "X",
        ],
        3,
    );

    let moved = env.json(&["account", "contact", "set-primary", "A1", &eve]);
    assert_eq!(moved["primary"], true);
    assert_eq!(moved["demoted"]["id"].to_string(), bob);
    assert_eq!(
        last_audit(&env, "account_contact", &bob)["action"],
        "demote"
    );

    env.refused(
        &[
            "account",
            "contact",
            "end",
            "A1",
            &eve,
            "--on",
            "2026-11-01",
        ],
        4,
    );
    let ended = env.json(&[
        "account",
        "contact",
        "end",
        "A1",
        &eve,
        "--on",
        "2026-11-22",
    ]);
    assert_eq!(ended["end"], "2026-11-22");
    assert_eq!(ended["primary"], false);
    let a = last_audit(&env, "account_contact", &eve);
    assert_eq!(a["action"], "end");
    assert_eq!(a["changes"]["primary"]["from"], true);
    env.refused(&["account", "contact", "end", "A1", &eve], 4);
    env.refused(&["account", "contact", "set-primary", "A1", &eve], 4);
    // In use until its last day; after it, only with --all.
    assert_eq!(
        env.json(&["account", "contact", "list", "A1"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let mut later = env;
    later.now = "2026-11-23T09:00:00Z".into();
    assert_eq!(
        later
            .json(&["account", "contact", "list", "A1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        later
            .json(&["account", "contact", "list", "A1", "--all"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    later.refused(
        &[
            "account",
            "contact",
            "update",
            "A1",
            &eve,
            "--job-title",
            "X",
        ],
        4,
    );
    later.run(&["doctor"]).ok();
}

// ------------------------------------------------------------------ catalog

fn small_catalog(env: &Env) {
    env.json(&["person", "add", "--name", "Grace"]);
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "complaint",
        "--description",
        "Complaints",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "severity",
        "--description",
        "How bad",
        "--values",
        "low,high",
        "--applies-to",
        "contact",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "Complaint",
        "billing",
        "--description",
        "Billing",
        "--char",
        "SEVERITY",
    ]);
}

#[test]
fn catalog_codes_are_case_insensitive_and_stored_upper_case() {
    let env = Env::new();
    small_catalog(&env);
    let classes = env.json(&["catalog", "contact-class", "list"]);
    assert_eq!(classes[0]["code"], "COMPLAINT");
    assert_eq!(classes[0]["active"], true);
    // The same code in another case is the same entry: a duplicate.
    env.refused(
        &[
            "catalog",
            "contact-class",
            "add",
            "Complaint",
            "--description",
            "x",
        ],
        4,
    );
    env.refused(
        &[
            "catalog",
            "characteristic-type",
            "add",
            "SEVERITY",
            "--description",
            "x",
            "--adhoc",
            "--applies-to",
            "contact",
        ],
        4,
    );
    let c = env.json(&[
        "contact",
        "add",
        "--person",
        "1",
        "--class",
        "complaint",
        "--type",
        "Billing",
        "--char",
        "Severity=HIGH",
    ]);
    assert_eq!(c["class"], "COMPLAINT");
    assert_eq!(c["type"], "BILLING");
    env.json(&[
        "catalog",
        "receipt-method",
        "add",
        "check",
        "--description",
        "Cheque",
        "--kind",
        "manual",
    ]);
    let m = env.json(&[
        "catalog",
        "receipt-method",
        "update",
        "Check",
        "--description",
        "Paper",
    ]);
    assert_eq!(m["code"], "CHECK");
    assert_eq!(m["description"], "Paper");
}

#[test]
fn catalog_update_and_deactivate() {
    let env = Env::new();
    small_catalog(&env);
    let old = env.json(&[
        "contact",
        "add",
        "--person",
        "1",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
        "--char",
        "severity=low",
    ]);

    // Characteristic values: added at the end; one in use cannot be removed; unused can.
    let t = env.json(&[
        "catalog",
        "characteristic-type",
        "update",
        "severity",
        "--add-value",
        "medium",
        "--description",
        "How bad it is",
    ]);
    assert_eq!(t["values"], serde_json::json!(["low", "high", "medium"]));
    let a = last_audit(&env, "characteristic_type", &id_of(&t));
    assert_eq!(a["action"], "update");
    assert_eq!(
        a["changes"]["values"]["to"],
        serde_json::json!(["low", "high", "medium"])
    );
    let r = env.refused(
        &[
            "catalog",
            "characteristic-type",
            "update",
            "severity",
            "--remove-value",
            "low",
        ],
        4,
    );
    assert!(
        r.stderr.contains(&format!("contact {}", id_of(&old))),
        "{}",
        r.stderr
    );
    env.refused(
        &[
            "catalog",
            "characteristic-type",
            "update",
            "severity",
            "--add-value",
            "HIGH",
        ],
        4,
    );
    env.refused(
        &[
            "catalog",
            "characteristic-type",
            "update",
            "severity",
            "--remove-value",
            "huge",
        ],
        3,
    );
    env.refused(&["catalog", "characteristic-type", "update", "severity"], 2);
    let t = env.json(&[
        "catalog",
        "characteristic-type",
        "update",
        "severity",
        "--remove-value",
        "high",
    ]);
    assert_eq!(t["values"], serde_json::json!(["low", "medium"]));

    // Contact type: description and letter cleared; class description.
    let ty = env.json(&[
        "catalog",
        "contact-type",
        "update",
        "complaint",
        "billing",
        "--description",
        "Bills",
        "--clear",
        "letter",
    ]);
    assert_eq!(ty["description"], "Bills");
    assert_eq!(ty["letter_template"], Value::Null);
    env.refused(
        &[
            "catalog",
            "contact-type",
            "update",
            "COMPLAINT",
            "NOPE",
            "--description",
            "x",
        ],
        3,
    );
    env.refused(
        &[
            "catalog",
            "contact-type",
            "update",
            "COMPLAINT",
            "BILLING",
            "--clear",
            "code",
        ],
        2,
    );
    let cl = env.json(&[
        "catalog",
        "contact-class",
        "update",
        "COMPLAINT",
        "--description",
        "Gripes",
    ]);
    assert_eq!(cl["description"], "Gripes");
    assert_eq!(
        last_audit(&env, "contact_class", &id_of(&cl))["changes"]["description"]["to"],
        "Gripes"
    );

    // Deactivated: no new records (4), old ones keep it; deactivating twice is refused.
    let add = [
        "contact",
        "add",
        "--person",
        "1",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
    ];
    let ty = env.json(&[
        "catalog",
        "contact-type",
        "deactivate",
        "COMPLAINT",
        "BILLING",
    ]);
    assert_eq!(ty["active"], false);
    assert_eq!(
        last_audit(&env, "contact_type", &id_of(&ty))["action"],
        "deactivate"
    );
    let r = env.refused(&add, 4);
    assert!(r.stderr.contains("deactivated"), "{}", r.stderr);
    env.refused(
        &[
            "catalog",
            "contact-type",
            "deactivate",
            "COMPLAINT",
            "BILLING",
        ],
        4,
    );
    let shown = env.json(&["contact", "show", &id_of(&old)]);
    assert_eq!(shown["type"], "BILLING");
    let cl = env.json(&["catalog", "contact-class", "deactivate", "complaint"]);
    assert_eq!(cl["active"], false);
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "COMPLAINT",
            "OTHER",
            "--description",
            "x",
        ],
        4,
    );
    let ch = env.json(&["catalog", "characteristic-type", "deactivate", "severity"]);
    assert_eq!(ch["active"], false);
    let r = env.refused(
        &[
            "contact",
            "characteristic",
            "set",
            &id_of(&old),
            "severity",
            "medium",
        ],
        4,
    );
    assert!(r.stderr.contains("deactivated"), "{}", r.stderr);
    // The old contact keeps its value.
    assert_eq!(
        env.json(&["contact", "show", &id_of(&old)])["characteristics"][0]["value"],
        "low"
    );
    env.json(&["account", "add", "A1", "--name", "Acme"]);
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
    let m = env.json(&["catalog", "receipt-method", "deactivate", "CHECK"]);
    assert_eq!(m["active"], false);
    env.refused(&["account", "receipt-method", "assign", "A1", "check"], 4);
    env.run(&["doctor"]).ok();
}

#[test]
fn migration_upper_cases_catalog_codes_unless_ambiguous() {
    let env = Env::new();
    if env.sqlite_only("replays SQLite migration 0005 on a SQLite schema rolled back by PRAGMA user_version; a PostgreSQL database never had the older schema") {
        return;
    }
    env.json(&["init"]);
    // Back to the schema before 0005_life (version 4) with the codes an older custctl let in
    // (and without what 0006_merge and 0007_garble added, replayed after it).
    env.sql(
        "DROP INDEX person_by_merged_into;
         DROP INDEX contact_point_by_value;
         ALTER TABLE person DROP COLUMN merged_into;
         DROP TRIGGER audit_log_no_update;
         DROP TRIGGER contact_log_no_edit;
         DROP TRIGGER contact_log_text_garbled_only;
         ALTER TABLE audit_log DROP COLUMN changes_digest;
         ALTER TABLE audit_log DROP COLUMN redacted_by;
         ALTER TABLE person DROP COLUMN garbled_by;
         ALTER TABLE site DROP COLUMN end_date;
         ALTER TABLE contact_point DROP COLUMN end_date;
         ALTER TABLE account_contact DROP COLUMN end_date;
         ALTER TABLE contact_class DROP COLUMN active;
         ALTER TABLE contact_type DROP COLUMN active;
         ALTER TABLE characteristic_type DROP COLUMN active;
         ALTER TABLE receipt_method DROP COLUMN active;
         INSERT INTO contact_class (code, description, created_at) VALUES
           ('complaint', 'c', 'x'), ('Inquiry', 'i', 'x'), ('INQUIRY', 'I', 'x');
         INSERT INTO receipt_method (code, description, kind, created_at) VALUES ('check', 'c', 'manual', 'x');
         PRAGMA user_version = 4;",
    );
    let classes = env.json(&["catalog", "contact-class", "list"]);
    let codes: Vec<&str> = classes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["COMPLAINT", "INQUIRY", "Inquiry"]);
    // Any case finds the upper-case one; the ambiguous one is reached exactly.
    assert_eq!(
        env.json(&[
            "catalog",
            "contact-class",
            "update",
            "inquiry",
            "--description",
            "Q"
        ])["description"],
        "Q"
    );
    assert_eq!(
        env.json(&[
            "catalog",
            "contact-class",
            "update",
            "Inquiry",
            "--description",
            "q"
        ])["code"],
        "Inquiry"
    );
    assert_eq!(
        env.json(&[
            "catalog",
            "receipt-method",
            "update",
            "check",
            "--description",
            "C"
        ])["code"],
        "CHECK"
    );
}

// ------------------------------------------------------------------ reminders

#[test]
fn closing_a_contact_marks_its_reminders_done_unless_kept() {
    let env = Env::new();
    small_catalog(&env);
    let add = [
        "contact",
        "add",
        "--person",
        "1",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
        "--char",
        "severity=low",
        "--open",
    ];
    let first = id_of(&env.json(&add));
    let second = id_of(&env.json(&add));
    let remind = |contact: &str| {
        id_of(&env.json(&[
            "contact",
            "log",
            "add",
            contact,
            "--text",
            "call back",
            "--remind-on",
            "2026-11-25",
            "--to-user",
            "tester",
        ]))
    };
    let r1 = remind(&first);
    let r2 = remind(&second);
    let closed = env.json(&["contact", "close", &first, "--resolution", "Refunded"]);
    assert_eq!(closed["open"], false);
    let log = closed["log"].as_array().expect("the contact's log");
    let entry = log.iter().find(|l| id_of(l) == r1).unwrap();
    assert_eq!(entry["reminder_done_at"], "2026-11-22T10:15:00Z");
    let a = last_audit(&env, "contact_log", &r1);
    assert_eq!(a["action"], "done");
    assert_eq!(
        last_audit(&env, "contact", &first)["changes"]["reminders_done"][0].to_string(),
        r1
    );

    env.json(&[
        "contact",
        "close",
        &second,
        "--resolution",
        "Later",
        "--keep-reminders",
    ]);
    let due = env.json(&["contact", "reminders", "--due-by", "2026-11-30"]);
    let ids: Vec<String> = due
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["log_id"].to_string())
        .collect();
    assert_eq!(ids, [r2]);
    env.refused(&["contact", "close", &second, "--resolution", "again"], 4);
}

// ------------------------------------------------------------------ deleting

#[test]
fn delete_person_and_account_unless_referenced() {
    let mut env = Env::new();
    let p = env.json(&[
        "person",
        "add",
        "--name",
        "Typo Person",
        "--email",
        "t@example.com",
    ]);
    let id = id_of(&p);
    env.json(&["account", "add", "A1", "--name", "Acme", "--person", &id]);
    let site = env.json(&[
        "account",
        "site",
        "add",
        "A1",
        "--address",
        "1 St",
        "--use",
        "bill-to",
    ]);
    // The person is the customer of A1: refused naming it.
    let r = env.refused(&["person", "delete", &id], 4);
    assert!(r.stderr.contains("account A1"), "{}", r.stderr);
    // An account with an instrument: refused naming it.
    let ins = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
    ]);
    let r = env.refused(&["account", "delete", "A1"], 4);
    assert!(
        r.stderr.contains(&format!("instrument {}", id_of(&ins))),
        "{}",
        r.stderr
    );
    env.refused(&["account", "delete", "NOPE"], 3);
    env.refused(&["person", "delete", "99"], 3);

    // Without references: deleted with its sites; the audit keeps the last state.
    env.json(&["account", "add", "A2", "--name", "Mistake", "--person", &id]);
    env.json(&[
        "account",
        "site",
        "add",
        "A2",
        "--address",
        "2 St",
        "--use",
        "ship-to",
    ]);
    let gone = env.json(&["account", "delete", "A2"]);
    assert_eq!(gone["deleted"], true);
    assert_eq!(gone["last_state"]["account"]["number"], "A2");
    env.refused(&["account", "show", "A2"], 3);
    let a = last_audit(&env, "account", "A2");
    assert_eq!(a["action"], "delete");
    assert_eq!(a["entity_id"], gone["id"].to_string());
    assert_eq!(a["changes"]["deleted"]["sites"][0]["address"], "2 St");
    assert!(env.json(&["account", "site", "show", "A1", &id_of(&site)])["id"].is_i64());

    let lone = env.json(&[
        "person",
        "add",
        "--name",
        "Nobody",
        "--phone",
        "+1 201 555 0199",
    ]);
    let lone_id = id_of(&lone);
    let gone = env.json(&["person", "delete", &lone_id]);
    assert_eq!(
        gone["last_state"]["contact_points"][0]["value"],
        "+12015550199"
    );
    env.refused(&["person", "show", &lone_id], 3);
    let a = last_audit(&env, "person", &lone_id);
    assert_eq!(a["changes"]["deleted"]["person"]["name"], "Nobody");
    // The audit chain is intact after deletions.
    env.json(&["audit", "verify"]);
    env.run(&["doctor"]).ok();
    env.now = "2026-11-23T10:15:00Z".into();
    env.run(&["doctor"]).ok();
}

#[test]
fn delete_contact_within_the_grace_period_without_log() {
    let mut env = Env::new();
    small_catalog(&env);
    let add = [
        "contact",
        "add",
        "--person",
        "1",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
        "--char",
        "severity=low",
    ];
    let logged = id_of(&env.json(&add));
    env.json(&["contact", "log", "add", &logged, "--text", "said hello"]);
    let mistake = id_of(&env.json(&add));
    let r = env.refused(&["contact", "delete", &logged], 4);
    assert!(r.stderr.contains("log entry"), "{}", r.stderr);
    // The person is referenced by its contacts.
    env.refused(&["person", "delete", "1"], 4);
    // After 24 hours: refused with a hint to close it.
    let late = id_of(&env.json(&add));
    env.now = "2026-11-23T10:15:01Z".into();
    let r = env.refused(&["contact", "delete", &late], 4);
    assert!(r.stderr.contains("24 hours"), "{}", r.stderr);
    env.now = "2026-11-23T10:15:00Z".into();
    let gone = env.json(&["contact", "delete", &mistake]);
    assert_eq!(gone["last_state"]["characteristics"][0]["value"], "low");
    env.refused(&["contact", "show", &mistake], 3);
    let a = last_audit(&env, "contact", &mistake);
    assert_eq!(a["action"], "delete");
    assert_eq!(a["changes"]["deleted"]["type"], "BILLING");
    env.refused(&["contact", "delete", "999"], 3);
    env.json(&["audit", "verify"]);
}

// ------------------------------------------------------------------ one view of a customer

#[test]
fn account_show_is_the_whole_account_on_a_day() {
    let env = Env::new();
    let (s1, s2) = account_with_sites(&env);
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
        "account",
        "receipt-method",
        "assign",
        "A1",
        "CHECK",
        "--primary",
        "--end",
        "2026-12-31",
    ]);
    let ins = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
    ]);
    let bob = env.json(&[
        "account",
        "contact",
        "add",
        "A1",
        "--name",
        "Bob",
        "--responsibility",
        "dunning",
        "--primary",
    ]);
    env.json(&[
        "person",
        "point",
        "add",
        &bob["person_id"].to_string(),
        "--type",
        "email",
        "--value",
        "bob@example.com",
    ]);
    env.json(&["account", "add", "B1", "--name", "Payer"]);
    env.json(&["relationship", "link", "B1", "A1", "--bill-to"]);
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "GRIPE",
        "--description",
        "g",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "GRIPE",
        "ANY",
        "--description",
        "a",
    ]);
    let open = env.json(&[
        "contact", "add", "--person", "1", "--class", "gripe", "--type", "any", "--open",
    ]);
    env.json(&["account", "site", "end", "A1", &s2, "--on", "2026-12-15"]);

    let v = env.json(&["account", "show", "A1"]);
    assert_eq!(v["number"], "A1");
    assert_eq!(v["customer"], "Acme");
    assert_eq!(v["customer_party"]["kind"], "organization");
    assert_eq!(v["on"], "2026-11-22");
    assert_eq!(v["sites"].as_array().unwrap().len(), 2);
    assert_eq!(
        v["sites"][0]["primary_for"],
        serde_json::json!(["bill-to", "ship-to"])
    );
    assert_eq!(v["receipt_methods"][0]["method"], "CHECK");
    assert_eq!(v["receipt_methods"][0]["primary"], true);
    assert_eq!(v["instruments"][0]["id"], ins["id"]);
    assert!(
        !v.to_string().contains(IBAN_DE),
        "the view masks bank numbers"
    );
    assert_eq!(
        v["contacts"][0]["responsibilities"],
        serde_json::json!(["dunning"])
    );
    assert_eq!(
        v["contacts"][0]["contact_points"][0]["value"],
        "bob@example.com"
    );
    assert_eq!(v["relationships"][0]["other"], "B1");
    assert_eq!(v["open_contacts"][0]["id"], open["id"]);

    // Another day: the ended site and the ended assignment are gone.
    let later = env.json(&["account", "show", "A1", "--on", "2027-01-10"]);
    let sites: Vec<String> = later["sites"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect();
    assert_eq!(sites, [s1]);
    assert_eq!(later["receipt_methods"], serde_json::json!([]));
    env.refused(&["account", "show", "A1", "--on", "someday"], 5);
    env.refused(&["account", "show", "ZZ"], 3);
}

#[test]
fn person_show_lists_accounts_relationships_and_latest_contacts() {
    let env = Env::new();
    let p = env.json(&["person", "add", "--name", "Ada", "--external-id", "P-1"]);
    env.json(&[
        "account", "add", "A1", "--name", "Acme", "--person", "ext:P-1",
    ]);
    env.json(&[
        "account", "add", "A2", "--name", "Acme 2", "--person", "ext:P-1",
    ]);
    env.json(&[
        "catalog",
        "contact-class",
        "add",
        "GRIPE",
        "--description",
        "g",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "GRIPE",
        "ANY",
        "--description",
        "a",
    ]);
    for _ in 0..6 {
        env.json(&[
            "contact", "add", "--person", "ext:P-1", "--class", "GRIPE", "--type", "ANY",
        ]);
    }
    let v = env.json(&["person", "show", "ext:P-1"]);
    assert_eq!(v["id"], p["id"]);
    let accounts: Vec<&str> = v["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["number"].as_str().unwrap())
        .collect();
    assert_eq!(accounts, ["A1", "A2"]);
    assert_eq!(v["latest_contacts"].as_array().unwrap().len(), 5);
    assert_eq!(v["relationships"], serde_json::json!([]));
}

#[test]
fn audit_takes_the_identifiers_commands_take() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada", "--external-id", "P-1"]);
    env.json(&[
        "account", "add", "1001", "--name", "Acme", "--person", "ext:P-1",
    ]);
    env.json(&[
        "account", "add", "A1", "--name", "Other", "--person", "ext:P-1",
    ]);
    env.json(&["account", "update", "A1", "--name", "Other Ltd"]);
    let by_number = env.json(&["audit", "--entity", "account", "--id", "A1"]);
    let actions: Vec<&str> = by_number
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["update", "add"]);
    assert!(
        by_number
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["entity_id"] == "2")
    );
    // An account number made of digits is a number, as in every command.
    let digits = env.json(&["audit", "--entity", "account", "--id", "1001"]);
    assert_eq!(digits[0]["entity_id"], "1");
    let person = env.json(&["audit", "--entity", "person", "--id", "ext:P-1"]);
    assert_eq!(person[0]["entity_id"], "1");
    env.json(&["audit", "--entity", "receipt-method-assignment"]);
    let r = env.refused(&["audit", "--entity", "acount"], 2);
    assert!(r.stderr.contains("account"), "{}", r.stderr);
    env.refused(&["audit", "--entity", "account", "--id", "NOPE"], 3);
    env.refused(&["audit", "--entity", "person", "--id", "ext:NOPE"], 3);
}

#[test]
fn profile_class_update_clears_fields_in_a_new_version() {
    let env = Env::new();
    env.json(&[
        "catalog",
        "profile-class",
        "add",
        "GOLD",
        "--description",
        "G",
        "--from",
        "2026-01-01",
        "--payment-terms",
        "NET30",
        "--collector",
        "Bob",
        "--credit-limit",
        "USD=100",
    ]);
    let c = env.json(&[
        "catalog",
        "profile-class",
        "update",
        "GOLD",
        "--from",
        "2026-06-01",
        "--backdate",
        "--clear",
        "collector",
        "--clear",
        "credit-limit",
    ]);
    let v1 = &c["versions"][1];
    assert_eq!(v1["collector"], Value::Null);
    assert_eq!(v1["credit_limits"], serde_json::json!([]));
    assert_eq!(v1["payment_terms"], "NET30");
    assert_eq!(c["versions"][0]["collector"], "Bob");
    let a = last_audit(&env, "profile_class", &id_of(&c));
    assert_eq!(a["changes"]["version"]["values"]["collector"], Value::Null);
    let r = env.refused(
        &[
            "catalog",
            "profile-class",
            "update",
            "GOLD",
            "--from",
            "2026-07-01",
            "--clear",
            "bogus",
        ],
        2,
    );
    assert!(r.stderr.contains("statement-cycle"), "{}", r.stderr);
}

#[test]
fn site_update_adds_and_removes_uses() {
    let env = Env::new();
    let (s1, s2) = account_with_sites(&env);
    let up = env.json(&[
        "account",
        "site",
        "update",
        "A1",
        &s1,
        "--add-use",
        "statements",
        "--remove-use",
        "ship-to",
    ]);
    assert_eq!(up["uses"], serde_json::json!(["bill-to", "statements"]));
    assert_eq!(up["primary_for"], serde_json::json!(["bill-to"]));
    let a = last_audit(&env, "site", &s1);
    assert_eq!(
        a["changes"]["uses"]["from"],
        serde_json::json!(["bill-to", "ship-to"])
    );
    assert_eq!(
        a["changes"]["primary_for"]["to"],
        serde_json::json!(["bill-to"])
    );
    env.refused(
        &[
            "account",
            "site",
            "update",
            "A1",
            &s1,
            "--add-use",
            "statements",
        ],
        4,
    );
    env.refused(
        &[
            "account",
            "site",
            "update",
            "A1",
            &s1,
            "--remove-use",
            "dunning",
        ],
        4,
    );
    env.refused(
        &["account", "site", "update", "A1", &s1, "--add-use", "nope"],
        5,
    );
    env.refused(
        &[
            "account",
            "site",
            "update",
            "A1",
            &s1,
            "--add-use",
            "dunning",
            "--remove-use",
            "dunning",
        ],
        2,
    );
    env.refused(
        &[
            "account",
            "site",
            "update",
            "A1",
            &s1,
            "--remove-use",
            "bill-to,statements",
        ],
        4,
    );
    // An instrument at s2 needs it to stay a bill-to site.
    let ins = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--site",
        &s2,
    ]);
    let r = env.refused(
        &[
            "account",
            "site",
            "update",
            "A1",
            &s2,
            "--add-use",
            "ship-to",
            "--remove-use",
            "bill-to",
        ],
        4,
    );
    assert!(
        r.stderr.contains(&format!("instrument {}", id_of(&ins))),
        "{}",
        r.stderr
    );
    env.run(&["doctor"]).ok();
}

/// A site or account contact ended on a past day is a correction like any dated change:
/// refused without --backdate, audited as back-dated with it.
#[test]
fn ending_a_site_in_the_past_needs_backdate() {
    let env = Env::new();
    let (s1, _) = account_with_sites(&env);
    env.refused(
        &["account", "site", "end", "A1", &s1, "--on", "2026-11-20"],
        4,
    );
    let ended = env.json(&[
        "account",
        "site",
        "end",
        "A1",
        &s1,
        "--on",
        "2026-11-20",
        "--backdate",
    ]);
    assert_eq!(ended["end"], "2026-11-20");
    let entry = last_audit(&env, "site", &s1);
    assert_eq!(entry["changes"]["backdated"], true, "{entry}");
}

/// A site's end, like an instrument's, may be moved earlier: what still uses the site after
/// the new end is refused or cascaded as for a first end, and the move is audited.
#[test]
fn a_site_end_can_be_moved_earlier_with_its_users() {
    let env = Env::new();
    let (_, s2) = account_with_sites(&env);
    let ins = env.json(&[
        "instrument",
        "add",
        "A1",
        "--iban",
        IBAN_DE,
        "--currency",
        "EUR",
        "--site",
        &s2,
    ]);
    let ins_id = ins["id"].to_string();
    env.json(&[
        "account",
        "site",
        "end",
        "A1",
        &s2,
        "--on",
        "2026-12-31",
        "--cascade",
    ]);
    // Earlier, while the instrument is still in force after the new day: refused without
    // --cascade, then both move.
    env.refused(
        &["account", "site", "end", "A1", &s2, "--on", "2026-12-10"],
        4,
    );
    let moved = env.json(&[
        "account",
        "site",
        "end",
        "A1",
        &s2,
        "--on",
        "2026-12-10",
        "--cascade",
    ]);
    assert_eq!(moved["end"], "2026-12-10", "{moved}");
    let a = last_audit(&env, "site", &s2);
    assert_eq!(a["changes"]["end"]["from"], "2026-12-31");
    assert_eq!(a["changes"]["end"]["to"], "2026-12-10");
    let i = env.json(&["instrument", "show", &ins_id]);
    assert_eq!(i["end"], "2026-12-10", "{i}");
    env.json(&["doctor"]);
}

/// A deleted record's id is never given to a new one: `audit --id` of the new record must
/// not show the deleted one's history (nor would a garble of it redact the old entries).
#[test]
fn a_deleted_records_id_is_never_reused() {
    let env = Env::new();
    let old = env.json(&["account", "add", "DA", "--name", "Old"]);
    env.json(&["account", "delete", "DA"]);
    let new = env.json(&["account", "add", "DB", "--name", "New"]);
    assert_ne!(new["id"], old["id"], "{new}");
    let history = env.json(&["audit", "--entity", "account", "--id", "DB"]);
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["add"], "{history}");

    let p = env.json(&["person", "add", "--name", "Gone"]);
    env.json(&["person", "delete", &p["id"].to_string()]);
    let q = env.json(&["person", "add", "--name", "Here"]);
    assert!(q["id"].as_i64() > p["id"].as_i64(), "{q}");
}

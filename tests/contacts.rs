//! Customer contacts (product.md §3.2): catalog kinds, contacts, case files, the log with
//! reminders, letters, characteristics on contacts, persons and accounts, and doctor.

mod common;

use common::{Env, NOW};
use serde_json::Value;

const ACK_BODY: &str = "Dear {{ person.name }},\n\
We received your {{ contact.type | lower }} complaint ({{ characteristics.severity | default('') }}).\n\
{% if account %}Account: {{ account.number }}\n{% endif %}\
{% for e in log %}- {{ e.text }}\n{% endfor %}";

/// A person (id 1, ext C-1) with two accounts, a second person (id 2), a COMPLAINT class
/// with a BILLING type (letter ACK, severity required, channel defaulting to web, ticket
/// optional), an INQUIRY class with a GENERAL type (no letter, nothing required), a
/// system-only template SYS, and a person-only characteristic type.
fn setup() -> Env {
    let env = Env::new();
    env.json(&[
        "person",
        "add",
        "--name",
        "Ada Lovelace",
        "--external-id",
        "C-1",
    ]);
    env.json(&["person", "add", "--name", "Charles Babbage"]);
    env.json(&[
        "account", "add", "2002", "--name", "Second", "--person", "1",
    ]);
    env.json(&["account", "add", "1001", "--name", "First", "--person", "1"]);
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
        "contact-class",
        "add",
        "INQUIRY",
        "--description",
        "Questions",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "severity",
        "--description",
        "How bad",
        "--values",
        "low,medium,high",
        "--applies-to",
        "contact",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "channel",
        "--description",
        "Channel",
        "--values",
        "web,shop",
        "--applies-to",
        "contact",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "ticket",
        "--description",
        "Ticket number",
        "--adhoc",
        "--pattern",
        "T-[0-9]+",
        "--applies-to",
        "contact,person,account",
    ]);
    env.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "segment",
        "--description",
        "Segment",
        "--values",
        "gold,silver",
        "--applies-to",
        "person,account",
    ]);
    std::fs::write(env.path("ack.txt"), ACK_BODY).unwrap();
    std::fs::write(env.path("sys.txt"), "System letter for {{ person.name }}").unwrap();
    let ack = env.path("ack.txt");
    let sys = env.path("sys.txt");
    env.json(&[
        "catalog",
        "letter-template",
        "add",
        "ACK",
        "--description",
        "Acknowledgement",
        "--body-file",
        ack.to_str().unwrap(),
    ]);
    env.json(&[
        "catalog",
        "letter-template",
        "add",
        "SYS",
        "--description",
        "System only",
        "--body-file",
        sys.to_str().unwrap(),
        "--system-only",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "COMPLAINT",
        "BILLING",
        "--description",
        "Billing",
        "--letter",
        "ACK",
        "--char",
        "severity:required",
        "--char",
        "channel=web:required",
        "--char",
        "ticket",
    ]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "INQUIRY",
        "GENERAL",
        "--description",
        "General",
    ]);
    env
}

fn add_billing(env: &Env, extra: &[&str]) -> Value {
    let mut args = vec![
        "contact",
        "add",
        "--person",
        "1",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
        "--char",
        "severity=high",
    ];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn add_inquiry(env: &Env, person: &str, at: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "contact", "add", "--person", person, "--class", "INQUIRY", "--type", "GENERAL", "--at", at,
    ];
    args.extend_from_slice(extra);
    env.json(&args)
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn a_new_user_records_a_complaint_and_follows_it_up() {
    // A fresh database, set up from nothing.
    let env = Env::new();
    env.json(&[
        "person",
        "add",
        "--name",
        "Grace Hopper",
        "--external-id",
        "G-7",
    ]);
    env.json(&[
        "account",
        "add",
        "A-100",
        "--name",
        "Hopper Ltd",
        "--person",
        "ext:G-7",
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
        "characteristic-type",
        "add",
        "reason",
        "--description",
        "Reason",
        "--values",
        "billing,service,other",
        "--applies-to",
        "contact",
    ]);
    std::fs::write(
        env.path("ack.txt"),
        "Dear {{ person.name }},\n\nWe are sorry about your {{ characteristics.reason }} problem \
         (account {{ account.number }}).\nCase {{ contact.id }}, {{ log | length }} note(s) so far.\n",
    )
    .unwrap();
    let body = env.path("ack.txt");
    env.json(&[
        "catalog",
        "letter-template",
        "add",
        "ACK",
        "--description",
        "We heard you",
        "--body-file",
        body.to_str().unwrap(),
    ]);
    let ty = env.json(&[
        "catalog",
        "contact-type",
        "add",
        "COMPLAINT",
        "PHONE",
        "--description",
        "Phone complaint",
        "--letter",
        "ACK",
        "--char",
        "reason:required",
    ]);
    assert_eq!(ty["letter_template"], "ACK");
    assert_eq!(ty["characteristics"][0]["required"], true);

    // Without the required reason the complaint is refused.
    env.refused(
        &[
            "contact",
            "add",
            "--person",
            "ext:G-7",
            "--class",
            "COMPLAINT",
            "--type",
            "PHONE",
        ],
        5,
    );
    let c = env.json(&[
        "contact",
        "add",
        "--person",
        "ext:G-7",
        "--class",
        "COMPLAINT",
        "--type",
        "PHONE",
        "--method",
        "phone",
        "--direction",
        "inbound",
        "--comment",
        "Was charged twice",
        "--open",
        "--char",
        "reason=billing",
    ]);
    let id = c["id"].as_i64().unwrap().to_string();
    assert_eq!(c["open"], true);
    assert_eq!(c["letter_status"], "pending");
    assert_eq!(c["user"], "tester");
    assert_eq!(c["contacted_at"], NOW);

    env.json(&[
        "contact",
        "log",
        "add",
        &id,
        "--text",
        "Called back; refund requested",
    ]);
    let reminder = env.json(&[
        "contact",
        "log",
        "add",
        &id,
        "--text",
        "Check the refund arrived",
        "--remind-on",
        "2026-11-25",
        "--to-user",
        "tester",
    ]);
    let due = env.json(&[
        "contact",
        "reminders",
        "--due-by",
        "2026-11-23",
        "--lead-days",
        "2",
    ]);
    assert_eq!(due.as_array().unwrap().len(), 1);
    assert_eq!(due[0]["log_id"], reminder["id"]);
    assert_eq!(due[0]["to_user"], "tester");

    let out = env.path("letters");
    let extracted = env.json(&[
        "contact",
        "letters",
        "extract",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(extracted.as_array().unwrap().len(), 1);
    let letter = std::fs::read_to_string(out.join(format!("letter-{id}-ACK.txt"))).unwrap();
    assert_eq!(
        letter,
        format!(
            "Dear Grace Hopper,\n\nWe are sorry about your billing problem (account A-100).\n\
             Case {id}, 2 note(s) so far.\n"
        )
    );

    // --keep-reminders: closing would otherwise mark the reminder done.
    let closed = env.json(&[
        "contact",
        "close",
        &id,
        "--resolution",
        "Refunded in full",
        "--keep-reminders",
    ]);
    assert_eq!(closed["open"], false);
    assert_eq!(closed["letter_status"], "printed");
    let log = closed["log"].as_array().unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log[2]["text"], "Refunded in full");
    env.json(&["contact", "reminders", "done", &reminder["id"].to_string()]);
    assert_eq!(
        env.json(&["contact", "reminders", "--due-by", "2026-12-31"]),
        serde_json::json!([])
    );
    env.run(&["doctor"]).ok();
}

#[test]
fn catalog_kinds_are_added_checked_and_listed() {
    let env = setup();
    let all = env.json(&["catalog", "list"]);
    let kinds: Vec<(String, String)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap().into(),
                e["code"].as_str().unwrap().into(),
            )
        })
        .collect();
    for (k, c) in [
        ("contact-class", "COMPLAINT"),
        ("contact-type", "COMPLAINT BILLING"),
        ("characteristic-type", "ticket"),
        ("letter-template", "SYS"),
    ] {
        assert!(
            kinds.contains(&(k.into(), c.into())),
            "{k} {c} in {kinds:?}"
        );
    }
    assert_eq!(
        env.json(&["catalog", "list", "contact-class"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let types = env.json(&["catalog", "contact-type", "list"]);
    let billing = &types[0];
    assert_eq!(billing["type"], "BILLING");
    assert_eq!(billing["characteristics"][0]["type"], "channel");
    assert_eq!(billing["characteristics"][0]["default"], "web");
    let chars = env.json(&["catalog", "characteristic-type", "list"]);
    let ticket = chars
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "ticket")
        .unwrap();
    assert_eq!(ticket["pattern"], "T-[0-9]+");
    assert_eq!(
        ticket["applies_to"],
        serde_json::json!(["contact", "person", "account"])
    );
    let templates = env.json(&["catalog", "letter-template", "list"]);
    assert_eq!(templates[1]["system_only"], true);
    assert!(templates[0].get("body").is_none());
    assert_eq!(
        env.json(&["catalog", "letter-template", "show", "ACK"])["body"],
        ACK_BODY
    );

    // Duplicates are conflicts.
    env.refused(
        &[
            "catalog",
            "contact-class",
            "add",
            "COMPLAINT",
            "--description",
            "x",
        ],
        4,
    );
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "COMPLAINT",
            "BILLING",
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
            "ticket",
            "--description",
            "x",
            "--adhoc",
            "--applies-to",
            "contact",
        ],
        4,
    );
    let ack = env.path("ack.txt");
    env.refused(
        &[
            "catalog",
            "letter-template",
            "add",
            "ACK",
            "--description",
            "x",
            "--body-file",
            ack.to_str().unwrap(),
        ],
        4,
    );
    // Missing references.
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "NOPE",
            "X",
            "--description",
            "x",
        ],
        3,
    );
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "INQUIRY",
            "X",
            "--description",
            "x",
            "--letter",
            "NOPE",
        ],
        3,
    );
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "INQUIRY",
            "X",
            "--description",
            "x",
            "--char",
            "nope",
        ],
        3,
    );
    // Rules on characteristics of a type.
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "INQUIRY",
            "X",
            "--description",
            "x",
            "--char",
            "segment",
        ],
        5,
    );
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "INQUIRY",
            "X",
            "--description",
            "x",
            "--char",
            "severity=extreme",
        ],
        5,
    );
    env.refused(
        &[
            "catalog",
            "contact-type",
            "add",
            "INQUIRY",
            "X",
            "--description",
            "x",
            "--char",
            "severity",
            "--char",
            "severity=low",
        ],
        5,
    );
    // Characteristic type forms.
    env.refused(
        &[
            "catalog",
            "characteristic-type",
            "add",
            "bad",
            "--description",
            "x",
            "--adhoc",
            "--pattern",
            "(unclosed",
            "--applies-to",
            "contact",
        ],
        5,
    );
    env.refused(
        &[
            "catalog",
            "characteristic-type",
            "add",
            "bad",
            "--description",
            "x",
            "--values",
            "a,b",
            "--applies-to",
            "invoice",
        ],
        5,
    );
    env.refused(
        &[
            "catalog",
            "characteristic-type",
            "add",
            "bad",
            "--description",
            "x",
            "--values",
            "a",
            "--adhoc",
            "--applies-to",
            "contact",
        ],
        2,
    );
    env.refused(
        &[
            "catalog",
            "characteristic-type",
            "add",
            "bad",
            "--description",
            "x",
            "--applies-to",
            "contact",
        ],
        2,
    );
    // Template bodies must parse.
    std::fs::write(env.path("bad.txt"), "Dear {{ person.name ,\n{% if %}").unwrap();
    let bad = env.path("bad.txt");
    let run = env.refused(
        &[
            "catalog",
            "letter-template",
            "add",
            "BAD",
            "--description",
            "x",
            "--body-file",
            bad.to_str().unwrap(),
            "--json",
        ],
        5,
    );
    assert_eq!(run.error_json()["error"]["kind"], "invalid");
    env.refused(
        &[
            "catalog",
            "letter-template",
            "add",
            "BAD",
            "--description",
            "x",
            "--body-file",
            "nope.txt",
        ],
        3,
    );
}

#[test]
fn contact_add_fills_defaults_and_records_every_field() {
    let env = setup();
    let c = add_billing(
        &env,
        &[
            "--method",
            "email",
            "--direction",
            "outbound",
            "--at",
            "2026-11-20T09:00:00+01:00",
            "--comment",
            "Sent the invoice again",
            "--char",
            "ticket=T-42",
        ],
    );
    assert_eq!(c["person_id"], 1);
    assert_eq!(c["class"], "COMPLAINT");
    assert_eq!(c["type"], "BILLING");
    assert_eq!(c["method"], "email");
    assert_eq!(c["direction"], "outbound");
    assert_eq!(c["contacted_at"], "2026-11-20T08:00:00Z");
    assert_eq!(c["comment"], "Sent the invoice again");
    assert_eq!(c["open"], false, "closed unless --open");
    assert_eq!(c["user"], "tester");
    assert_eq!(c["letter_template"], "ACK");
    assert_eq!(c["letter_status"], "pending");
    assert_eq!(
        c["characteristics"],
        serde_json::json!([
            {"type": "channel", "value": "web"},
            {"type": "severity", "value": "high"},
            {"type": "ticket", "value": "T-42"},
        ])
    );
    assert_eq!(c["log"], serde_json::json!([]));
    // A default can be overridden; --letter queues another template; the actor is the user.
    let d = env.json(&[
        "contact", "add", "--person", "ext:C-1", "--class", "INQUIRY", "--type", "GENERAL",
        "--letter", "ACK", "--actor", "zoe",
    ]);
    assert_eq!(d["user"], "zoe");
    assert_eq!(d["contacted_at"], NOW);
    assert_eq!(d["letter_template"], "ACK");
    assert_eq!(d["letter_status"], "pending");
    let e = add_billing(&env, &["--char", "channel=shop"]);
    assert_eq!(e["characteristics"][0]["value"], "shop");
    let f = add_inquiry(&env, "2", "2026-11-01", &["--external-id", "SRC-1"]);
    assert_eq!(f["external_id"], "SRC-1");
    env.refused(
        &[
            "contact",
            "add",
            "--person",
            "2",
            "--class",
            "INQUIRY",
            "--type",
            "GENERAL",
            "--external-id",
            "SRC-1",
        ],
        4,
    );
    assert_eq!(f["letter_status"], "none");
    assert_eq!(f["letter_template"], Value::Null);
    // show gives the same object; the audit has an entry.
    let shown = env.json(&["contact", "show", &c["id"].to_string()]);
    assert_eq!(shown, c);
    let audit = env.json(&["audit", "--entity", "contact", "--id", &c["id"].to_string()]);
    assert_eq!(audit.as_array().unwrap().len(), 1);
}

#[test]
fn contact_add_refusals_change_nothing() {
    let env = setup();
    add_billing(&env, &[]);
    let base = [
        "contact",
        "add",
        "--class",
        "COMPLAINT",
        "--type",
        "BILLING",
    ];
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        let mut v: Vec<&str> = base.to_vec();
        v.extend_from_slice(extra);
        v
    };
    // Unknown person (3), by id and external id.
    env.refused(&with(&["--person", "99", "--char", "severity=low"]), 3);
    env.refused(
        &with(&["--person", "ext:NOPE", "--char", "severity=low"]),
        3,
    );
    // Unknown class, type not under that class (3).
    env.refused(
        &[
            "contact", "add", "--person", "1", "--class", "NOPE", "--type", "BILLING",
        ],
        3,
    );
    env.refused(
        &[
            "contact", "add", "--person", "1", "--class", "INQUIRY", "--type", "BILLING",
        ],
        3,
    );
    // Characteristics (5): not for contacts, not on the type, value not allowed, pattern,
    // missing required, given twice, malformed.
    for chars in [
        &["--char", "severity=low", "--char", "segment=gold"][..],
        &[
            "--char",
            "severity=low",
            "--char",
            "channel=web",
            "--char",
            "ticket=X-1",
        ][..],
        &["--char", "severity=extreme"][..],
        &["--char", "severity=low", "--char", "ticket=T-12x"][..],
        &[][..],
        &["--char", "channel=shop"][..],
        &["--char", "severity=low", "--char", "severity=high"][..],
        &["--char", "severity"][..],
    ] {
        let mut args = with(&["--person", "1"]);
        args.extend_from_slice(chars);
        env.refused(&args, 5);
    }
    env.refused(
        &[
            "contact",
            "add",
            "--person",
            "1",
            "--class",
            "INQUIRY",
            "--type",
            "GENERAL",
            "--char",
            "severity=low",
        ],
        5,
    );
    // Unknown characteristic type (3).
    env.refused(
        &with(&[
            "--person",
            "1",
            "--char",
            "severity=low",
            "--char",
            "nope=1",
        ]),
        3,
    );
    // Bad forms (5): method, direction, time, comment; they win over a missing person.
    env.refused(
        &with(&[
            "--person",
            "99",
            "--char",
            "severity=low",
            "--method",
            "pigeon",
        ]),
        5,
    );
    env.refused(
        &with(&[
            "--person",
            "1",
            "--char",
            "severity=low",
            "--direction",
            "sideways",
        ]),
        5,
    );
    env.refused(
        &with(&[
            "--person",
            "1",
            "--char",
            "severity=low",
            "--at",
            "yesterday",
        ]),
        5,
    );
    env.refused(
        &with(&["--person", "1", "--char", "severity=low", "--comment", "  "]),
        5,
    );
    // System-only templates (4), named by --letter or by the type; unknown --letter (3).
    env.refused(
        &with(&["--person", "1", "--char", "severity=low", "--letter", "SYS"]),
        4,
    );
    env.refused(
        &with(&[
            "--person",
            "1",
            "--char",
            "severity=low",
            "--letter",
            "NOPE",
        ]),
        3,
    );
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "INQUIRY",
        "AUTO",
        "--description",
        "Auto",
        "--letter",
        "SYS",
    ]);
    let run = env.refused(
        &[
            "contact", "add", "--person", "1", "--class", "INQUIRY", "--type", "AUTO", "--json",
        ],
        4,
    );
    assert_eq!(run.error_json()["error"]["kind"], "conflict");
    // Another template by --letter overrides the type's system-only one.
    let ok = env.json(&[
        "contact", "add", "--person", "1", "--class", "INQUIRY", "--type", "AUTO", "--letter",
        "ACK",
    ]);
    assert_eq!(ok["letter_template"], "ACK");
}

#[test]
fn contact_list_filters_in_every_format() {
    let env = setup();
    let a = add_inquiry(&env, "1", "2026-11-01T10:00:00Z", &["--open"]);
    let b = add_inquiry(&env, "2", "2026-11-05T10:00:00Z", &[]);
    let c = add_billing(&env, &["--at", "2026-11-05T10:00:00Z", "--open"]);
    let d = add_inquiry(&env, "ext:C-1", "2026-11-10T23:59:59Z", &[]);
    let id = |v: &Value| v["id"].as_i64().unwrap();
    // Newest first; equal times by id descending.
    assert_eq!(
        ids(&env.json(&["contact", "list"])),
        vec![id(&d), id(&c), id(&b), id(&a)]
    );
    for (args, want) in [
        (vec!["--person", "1"], vec![id(&d), id(&c), id(&a)]),
        (
            vec!["--person", "ext:C-1", "--limit", "2"],
            vec![id(&d), id(&c)],
        ),
        (vec!["--open"], vec![id(&c), id(&a)]),
        (vec!["--closed"], vec![id(&d), id(&b)]),
        (vec!["--class", "COMPLAINT"], vec![id(&c)]),
        (
            vec!["--class", "INQUIRY", "--type", "GENERAL"],
            vec![id(&d), id(&b), id(&a)],
        ),
        (vec!["--type", "BILLING"], vec![id(&c)]),
        (
            vec!["--since", "2026-11-05T10:00:00Z"],
            vec![id(&d), id(&c), id(&b)],
        ),
        (
            vec!["--until", "2026-11-05T10:00:00Z"],
            vec![id(&c), id(&b), id(&a)],
        ),
        (
            vec!["--until", "2026-11-10"],
            vec![id(&d), id(&c), id(&b), id(&a)],
        ),
        (
            vec!["--since", "2026-11-02", "--until", "2026-11-09"],
            vec![id(&c), id(&b)],
        ),
        (vec!["--person", "2", "--open"], vec![]),
    ] {
        let mut all = vec!["contact", "list"];
        all.extend_from_slice(&args);
        assert_eq!(ids(&env.json(&all)), want, "{args:?}");
        // The same in ndjson and csv.
        let mut nd = all.clone();
        nd.extend_from_slice(&["--format", "ndjson"]);
        let lines = env.run(&nd).ok().ndjson();
        assert_eq!(
            lines
                .iter()
                .map(|l| l["id"].as_i64().unwrap())
                .collect::<Vec<_>>(),
            want
        );
        let mut csv = all.clone();
        csv.extend_from_slice(&["--format", "csv"]);
        let out = env.run(&csv).ok().stdout;
        let mut rows = out.lines();
        // The header row is there even when no contact matches.
        assert!(
            rows.next()
                .unwrap()
                .starts_with("id,person_id,contacted_at,user,class,type,")
        );
        let got: Vec<i64> = rows
            .map(|r| r.split(',').next().unwrap().parse().unwrap())
            .collect();
        assert_eq!(got, want, "csv {args:?}");
    }
    let table = env.run(&["contact", "list", "--person", "2"]).ok().stdout;
    assert!(
        table.contains("GENERAL") && table.contains("2026-11-05T10:00:00Z"),
        "{table}"
    );
    // Filters name things that must exist (3) and take well-formed values (5).
    env.run(&["contact", "list", "--person", "99"]).code(3);
    env.run(&["contact", "list", "--class", "NOPE"]).code(3);
    env.run(&["contact", "list", "--class", "INQUIRY", "--type", "BILLING"])
        .code(3);
    env.run(&["contact", "list", "--type", "NOPE"]).code(3);
    env.run(&["contact", "list", "--since", "soon"]).code(5);
    env.run(&["contact", "list", "--open", "--closed"]).code(2);
    assert_eq!(
        env.json(&["contact", "list", "--limit", "0"]),
        serde_json::json!([])
    );
}

#[test]
fn case_files_close_and_reopen() {
    let env = setup();
    let open = add_inquiry(&env, "1", "2026-11-01", &["--open"]);
    let id = open["id"].to_string();
    let closed = env.json(&["contact", "close", &id, "--resolution", "Answered"]);
    assert_eq!(closed["open"], false);
    assert_eq!(closed["log"][0]["text"], "Answered");
    assert_eq!(closed["log"][0]["actor"], "tester");
    env.refused(&["contact", "close", &id, "--resolution", "Again"], 4);
    let reopened = env.json(&[
        "contact",
        "reopen",
        &id,
        "--comment",
        "Customer called back",
    ]);
    assert_eq!(reopened["open"], true);
    assert_eq!(reopened["log"][1]["text"], "Reopened: Customer called back");
    env.refused(&["contact", "reopen", &id], 4);
    // A contact recorded without --open is closed.
    let shut = add_inquiry(&env, "1", "2026-11-02", &[]);
    env.refused(
        &[
            "contact",
            "close",
            &shut["id"].to_string(),
            "--resolution",
            "x",
        ],
        4,
    );
    env.refused(&["contact", "close", "999", "--resolution", "x"], 3);
    env.refused(&["contact", "reopen", "999"], 3);
    env.refused(&["contact", "close", &id, "--resolution", " "], 5);
    let audit = env.json(&["audit", "--entity", "contact", "--id", &id]);
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"close") && actions.contains(&"reopen"),
        "{actions:?}"
    );
}

#[test]
fn the_log_is_append_only() {
    let env = setup();
    let c = add_inquiry(&env, "1", "2026-11-01", &[]);
    let id = c["id"].to_string();
    let e = env.json(&["contact", "log", "add", &id, "--text", "First note"]);
    assert_eq!(e["actor"], "tester");
    assert_eq!(e["logged_at"], NOW);
    assert_eq!(e["remind_on"], Value::Null);
    env.json(&["contact", "log", "add", &id, "--text", "Second note"]);
    let log = env.json(&["contact", "log", "list", &id]);
    assert_eq!(log.as_array().unwrap().len(), 2);
    assert_eq!(log[1]["text"], "Second note");
    env.refused(&["contact", "log", "add", "999", "--text", "x"], 3);
    env.refused(&["contact", "log", "list", "999"], 3);
    env.refused(&["contact", "log", "add", &id, "--text", ""], 5);
    env.refused(
        &[
            "contact",
            "log",
            "add",
            &id,
            "--text",
            "x",
            "--remind-on",
            "2026-12-01",
        ],
        2,
    );
    env.refused(
        &[
            "contact",
            "log",
            "add",
            &id,
            "--text",
            "x",
            "--to-user",
            "bob",
        ],
        2,
    );
    env.refused(
        &[
            "contact",
            "log",
            "add",
            &id,
            "--text",
            "x",
            "--remind-on",
            "2026-12-01",
            "--to-user",
            "bob",
            "--to-role",
            "ops",
        ],
        2,
    );
    env.refused(
        &[
            "contact",
            "log",
            "add",
            &id,
            "--text",
            "x",
            "--remind-on",
            "12/01/2026",
            "--to-user",
            "bob",
        ],
        5,
    );
    // The database itself refuses edits and deletions of log entries.
    if let Some(pg) = &env.pg {
        let mut client = pg.client();
        assert!(client.batch_execute("DELETE FROM contact_log").is_err());
        assert!(
            client
                .batch_execute("UPDATE contact_log SET text = 'changed'")
                .is_err()
        );
        assert!(
            client
                .batch_execute("TRUNCATE contact_log CASCADE")
                .is_err()
        );
    } else {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        assert!(conn.execute("DELETE FROM contact_log", []).is_err());
        assert!(
            conn.execute("UPDATE contact_log SET text = 'changed'", [])
                .is_err()
        );
    }
}

#[test]
fn reminders_are_due_by_date_minus_lead_days() {
    let env = setup();
    let c = add_inquiry(&env, "1", "2026-11-01", &["--open"]);
    let id = c["id"].to_string();
    let remind = |on: &str, target: &[&str]| -> i64 {
        let mut args = vec![
            "contact",
            "log",
            "add",
            &id,
            "--text",
            "follow up",
            "--remind-on",
            on,
        ];
        args.extend_from_slice(target);
        env.json(&args)["id"].as_i64().unwrap()
    };
    let r1 = remind("2026-11-22", &["--to-user", "bob"]);
    let r2 = remind("2026-11-25", &["--to-role", "billing"]);
    let r3 = remind("2026-11-30", &["--to-user", "ann"]);
    let due = |args: &[&str]| -> Vec<i64> {
        let mut all = vec!["contact", "reminders"];
        all.extend_from_slice(args);
        env.json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["log_id"].as_i64().unwrap())
            .collect()
    };
    // Default: due by today (2026-11-22), no lead time.
    assert_eq!(due(&[]), vec![r1]);
    assert_eq!(due(&["--due-by", "2026-11-24"]), vec![r1]);
    assert_eq!(
        due(&["--due-by", "2026-11-24", "--lead-days", "1"]),
        vec![r1, r2]
    );
    assert_eq!(
        due(&["--due-by", "2026-11-22", "--lead-days", "3"]),
        vec![r1, r2]
    );
    assert_eq!(
        due(&["--due-by", "2026-11-22", "--lead-days", "8"]),
        vec![r1, r2, r3]
    );
    assert_eq!(due(&["--due-by", "2026-12-31", "--user", "bob"]), vec![r1]);
    assert_eq!(
        due(&["--due-by", "2026-12-31", "--role", "billing"]),
        vec![r2]
    );
    assert_eq!(
        due(&["--due-by", "2026-12-31", "--user", "nobody"]),
        Vec::<i64>::new()
    );
    let all = env.json(&["contact", "reminders", "--due-by", "2026-12-31"]);
    assert_eq!(all[1]["to_role"], "billing");
    assert_eq!(all[1]["contact_id"], c["id"]);
    assert_eq!(all[1]["person_id"], 1);
    assert_eq!(all[1]["remind_on"], "2026-11-25");
    env.run(&["contact", "reminders", "--due-by", "tomorrow"])
        .code(5);
    env.run(&["contact", "reminders", "--lead-days", "-1"])
        .code(2);

    // Done: once; not on an entry without a reminder; not on a missing entry.
    let done = env.json(&["contact", "reminders", "done", &r1.to_string()]);
    assert_eq!(done["reminder_done_at"], NOW);
    assert_eq!(due(&["--due-by", "2026-12-31"]), vec![r2, r3]);
    env.refused(&["contact", "reminders", "done", &r1.to_string()], 4);
    let plain = env.json(&["contact", "log", "add", &id, "--text", "no reminder"]);
    env.refused(
        &["contact", "reminders", "done", &plain["id"].to_string()],
        4,
    );
    env.refused(&["contact", "reminders", "done", "999"], 3);
    env.run(&[
        "contact",
        "reminders",
        "--due-by",
        "2026-12-31",
        "done",
        "1",
    ])
    .code(2);
}

#[test]
fn letters_are_extracted_once() {
    let env = setup();
    let a = add_billing(&env, &["--comment", "first"]);
    let b = add_inquiry(&env, "2", "2026-11-01", &["--letter", "ACK"]);
    add_inquiry(&env, "2", "2026-11-02", &[]);
    env.json(&[
        "contact",
        "log",
        "add",
        &a["id"].to_string(),
        "--text",
        "We called back",
    ]);
    let pending = env.json(&["contact", "letters", "--pending"]);
    assert_eq!(
        ids_of(&pending, "contact_id"),
        vec![a["id"].as_i64().unwrap(), b["id"].as_i64().unwrap()]
    );
    assert_eq!(pending[0]["status"], "pending");
    assert_eq!(pending[0]["template"], "ACK");

    let out = env.path("out/letters");
    let first = env.json(&[
        "contact",
        "letters",
        "extract",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(first.as_array().unwrap().len(), 2);
    assert_eq!(first[0]["printed_at"], NOW);
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(
        files,
        vec![
            format!("letter-{}-ACK.txt", a["id"]),
            format!("letter-{}-ACK.txt", b["id"])
        ]
    );
    let text = std::fs::read_to_string(out.join(&files[0])).unwrap();
    assert_eq!(
        text,
        "Dear Ada Lovelace,\nWe received your billing complaint (high).\nAccount: 1001\n- We called back\n"
    );
    // Charles has no account and no severity: null, and the template's default.
    let text = std::fs::read_to_string(out.join(&files[1])).unwrap();
    assert_eq!(
        text,
        "Dear Charles Babbage,\nWe received your general complaint ().\n"
    );

    assert_eq!(
        env.json(&["contact", "letters", "--pending"]),
        serde_json::json!([])
    );
    let all = env.json(&["contact", "letters"]);
    assert_eq!(all[0]["status"], "printed");
    assert_eq!(all[0]["printed_at"], NOW);
    assert_eq!(
        env.json(&["contact", "show", &a["id"].to_string()])["letter_status"],
        "printed"
    );

    // A second extract writes nothing and changes nothing.
    std::fs::remove_file(out.join(&files[0])).unwrap();
    let before = env.snapshot();
    let second = env.json(&[
        "contact",
        "letters",
        "extract",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(second, serde_json::json!([]));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
    assert_eq!(before, env.snapshot());
}

/// Writes a template body into the env's folder and adds or updates the template.
fn template(env: &Env, verb: &str, code: &str, body: &str) -> common::Run {
    let file = env.path(&format!("{code}-{verb}.txt"));
    std::fs::write(&file, body).unwrap();
    let mut args = vec!["catalog", "letter-template", verb, code];
    if verb == "add" {
        args.extend_from_slice(&["--description", "A letter"]);
    }
    args.extend_from_slice(&["--body-file", file.to_str().unwrap(), "--json"]);
    env.run(&args)
}

fn extract(env: &Env, out: &std::path::Path, extra: &[&str]) -> common::Run {
    let mut args = vec![
        "contact",
        "letters",
        "extract",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    args.push("--json");
    env.run(&args)
}

#[test]
fn a_letter_that_cannot_be_rendered_does_not_block_the_others() {
    let env = setup();
    // Valid at add time (the comment is checked only at render time), fails on one letter.
    template(
        &env,
        "add",
        "BROKEN",
        "Dear {{ person.name }}: {{ contact.comment | int + 1 }}",
    )
    .ok();
    let good = add_billing(&env, &[]);
    let bad = add_inquiry(
        &env,
        "1",
        "2026-11-01",
        &["--letter", "BROKEN", "--comment", "not a number"],
    );
    let also_good = add_inquiry(
        &env,
        "2",
        "2026-11-02",
        &["--letter", "BROKEN", "--comment", "41"],
    );
    let out = env.path("letters");
    // A file from earlier in the folder stays as it was.
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("earlier.txt"), "kept").unwrap();
    let run = extract(&env, &out, &[]).code(5);
    let error = run.error_json()["error"].clone();
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("letter {} (template BROKEN)", bad["id"])),
        "{message}"
    );
    assert!(
        message.contains("1 letter(s) could not be extracted (2 written)"),
        "{message}"
    );
    assert_eq!(
        run.json().as_array().unwrap().len(),
        2,
        "the good ones are listed"
    );
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(
        files,
        vec![
            "earlier.txt".to_string(),
            format!("letter-{}-ACK.txt", good["id"]),
            format!("letter-{}-BROKEN.txt", also_good["id"]),
        ]
    );
    assert_eq!(
        std::fs::read_to_string(out.join("earlier.txt")).unwrap(),
        "kept"
    );
    assert_eq!(
        std::fs::read_to_string(out.join(&files[2])).unwrap(),
        "Dear Charles Babbage: 42\n"
    );
    // Only the good ones are printed; the broken one stays pending.
    let pending = env.json(&["contact", "letters", "list", "--pending"]);
    assert_eq!(
        ids_of(&pending, "contact_id"),
        vec![bad["id"].as_i64().unwrap()]
    );
    let printed = env.json(&["contact", "letters", "list", "--printed"]);
    assert_eq!(
        ids_of(&printed, "contact_id"),
        vec![
            good["id"].as_i64().unwrap(),
            also_good["id"].as_i64().unwrap()
        ]
    );

    // Fixed by a new version of the template: the next extract writes it, and the letter
    // printed with the first version keeps its text.
    let v2 = template(&env, "update", "BROKEN", "Hello {{ person.name }}")
        .ok()
        .json();
    assert_eq!(v2["version"], 2);
    let run = extract(&env, &out, &[]).ok();
    assert_eq!(run.json()[0]["template_version"], 2);
    assert_eq!(
        std::fs::read_to_string(out.join(format!("letter-{}-BROKEN.txt", bad["id"]))).unwrap(),
        "Hello Ada Lovelace\n"
    );
    let reprint = env
        .run(&[
            "contact",
            "letters",
            "reprint",
            &also_good["id"].to_string(),
        ])
        .ok();
    assert_eq!(reprint.stdout, "Dear Charles Babbage: 42\n");
}

#[test]
fn extract_never_replaces_a_file_without_force() {
    let env = setup();
    let c = add_billing(&env, &[]);
    let out = env.path("letters");
    std::fs::create_dir_all(&out).unwrap();
    let name = format!("letter-{}-ACK.txt", c["id"]);
    std::fs::write(out.join(&name), "an older letter").unwrap();
    let before = env.snapshot();
    let run = extract(&env, &out, &[]).code(5);
    assert!(
        run.error_json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already exists"),
        "{}",
        run.stderr
    );
    assert_eq!(before, env.snapshot(), "nothing marked printed");
    assert_eq!(
        std::fs::read_to_string(out.join(&name)).unwrap(),
        "an older letter"
    );
    // A link in place of the letter is never followed, even with --force.
    std::fs::remove_file(out.join(&name)).unwrap();
    std::os::unix::fs::symlink(&env.db, out.join(&name)).unwrap();
    extract(&env, &out, &["--force"]).code(5);
    assert_eq!(before, env.snapshot());
    // A file where the folder should be.
    let not_a_folder = env.path("not-a-folder");
    std::fs::write(&not_a_folder, "x").unwrap();
    extract(&env, &not_a_folder, &[]).code(5);
    assert_eq!(before, env.snapshot());
    std::fs::remove_file(out.join(&name)).unwrap();
    std::fs::write(out.join(&name), "an older letter").unwrap();
    extract(&env, &out, &["--force"]).ok();
    assert!(
        std::fs::read_to_string(out.join(&name))
            .unwrap()
            .starts_with("Dear Ada Lovelace")
    );
}

#[test]
fn hostile_templates_end_with_exit_5() {
    let env = setup();
    let hostile = [
        "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
        r#"{{ "%1000000000d"|format(1) }}"#,
        r#"{{ "x"|indent(1000000000000) }}"#,
        r#"{{ "x" * 100000000 }}"#,
    ];
    for (i, body) in hostile.iter().enumerate() {
        // Refused at add time: the sample render runs out of its budget.
        let code = format!("H{i}");
        let before = env.snapshot();
        let run = template(&env, "add", &code, body);
        assert_eq!(run.code, 5, "add {body}: {}", run.stderr);
        assert_eq!(before, env.snapshot());
        // And at render time, when only some data reaches it.
        let guarded = format!(r#"ok{{% if contact.comment == "boom" %}}{body}{{% endif %}}"#);
        template(&env, "add", &code, &guarded).ok();
        let c = add_inquiry(
            &env,
            "1",
            "2026-11-01",
            &["--letter", &code, "--comment", "boom"],
        );
        let out = env.path(&format!("out-{i}"));
        let run = extract(&env, &out, &[]);
        assert_eq!(run.code, 5, "extract {body}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("letter {}", c["id"])),
            "{}",
            run.stderr
        );
        env.json(&[
            "contact",
            "letters",
            "cancel",
            &c["id"].to_string(),
            "--reason",
            "hostile",
        ]);
    }
}

#[test]
fn undefined_variables_are_refused_when_the_template_is_added() {
    let env = setup();
    for body in [
        "Dear {{ person.nmae }}",
        "Dear {{ persn.name }}",
        "{{ characteristics.nosuch }}",
        "{% for e in log %}{{ e.txet }}{% endfor %}",
        "{% if account %}{{ account.numbr }}{% endif %}",
    ] {
        let before = env.snapshot();
        let run = template(&env, "add", "TYPO", body);
        assert_eq!(run.code, 5, "{body}: {}", run.stderr);
        assert_eq!(before, env.snapshot(), "{body}");
        // An update is checked the same way.
        let run = template(&env, "update", "ACK", body);
        assert_eq!(run.code, 5, "{body}: {}", run.stderr);
        assert_eq!(before, env.snapshot(), "{body}");
    }
    // Every documented variable is accepted.
    template(
        &env,
        "add",
        "ALL",
        "{{ person.name }} {{ person.email }} {% if account %}{{ account.number }}{% endif %} \
         {{ contact.comment }} {{ contact.type }} {{ characteristics.severity | default('') }} \
         {% for e in log %}{{ e.text }} {{ e.actor }}{% endfor %}",
    )
    .ok();
    // The help lists them.
    let help = env
        .run(&["catalog", "letter-template", "add", "--help"])
        .ok()
        .stdout;
    for var in [
        "person.{",
        "first_name",
        "account.{",
        "contact.{",
        "characteristics.CODE",
        "log",
    ] {
        assert!(help.contains(var), "{var} in:\n{help}");
    }
}

#[test]
fn letters_are_cancelled_listed_and_reprinted() {
    let env = setup();
    let a = add_billing(&env, &["--comment", "first"]);
    let b = add_billing(&env, &["--comment", "second"]);
    let (a_id, b_id) = (a["id"].to_string(), b["id"].to_string());

    // Cancel: audited, never extracted; only a pending letter can be cancelled.
    let before = env.snapshot();
    env.refused(&["contact", "letters", "cancel", &a_id], 2);
    env.refused(&["contact", "letters", "cancel", "999", "--reason", "x"], 3);
    env.refused(&["contact", "letters", "reprint", &a_id], 4);
    assert_eq!(before, env.snapshot());
    let cancelled = env.json(&[
        "contact",
        "letters",
        "cancel",
        &a_id,
        "--reason",
        "sent by hand",
    ]);
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["cancel_reason"], "sent by hand");
    assert_eq!(
        env.json(&["contact", "show", &a_id])["letter_status"],
        "cancelled"
    );
    env.refused(
        &["contact", "letters", "cancel", &a_id, "--reason", "again"],
        4,
    );
    let audit = env.json(&["audit", "--entity", "contact", "--id", &a_id]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "cancel-letter" && e["changes"]["reason"] == "sent by hand"),
        "{audit}"
    );

    let out = env.path("letters");
    let run = extract(&env, &out, &[]).ok().json();
    assert_eq!(ids_of(&run, "contact_id"), vec![b["id"].as_i64().unwrap()]);
    assert!(!out.join(format!("letter-{a_id}-ACK.txt")).exists());

    // List: all, pending, printed.
    let all = env.json(&["contact", "letters", "list"]);
    assert_eq!(
        all.as_array()
            .unwrap()
            .iter()
            .map(|l| l["status"].as_str().unwrap())
            .collect::<Vec<_>>(),
        vec!["cancelled", "printed"]
    );
    assert_eq!(
        env.json(&["contact", "letters", "list", "--pending"]),
        serde_json::json!([])
    );
    assert_eq!(
        ids_of(
            &env.json(&["contact", "letters", "list", "--printed"]),
            "contact_id"
        ),
        vec![b["id"].as_i64().unwrap()]
    );
    env.run(&["contact", "letters", "list", "--pending", "--printed"])
        .code(2);

    // Reprint: the stored text, even after the template changed; audited.
    let printed = std::fs::read_to_string(out.join(format!("letter-{b_id}-ACK.txt"))).unwrap();
    template(
        &env,
        "update",
        "ACK",
        "Something else entirely for {{ person.name }}",
    )
    .ok();
    let again = env.run(&["contact", "letters", "reprint", &b_id]).ok();
    assert_eq!(again.stdout, printed);
    let json = env.json(&["contact", "letters", "reprint", &b_id]);
    assert_eq!(json["text"], printed);
    let audit = env.json(&["audit", "--entity", "contact", "--id", &b_id]);
    assert_eq!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "reprint")
            .count(),
        2,
        "{audit}"
    );
    // The template keeps its versions.
    let t = env.json(&["catalog", "letter-template", "show", "ACK"]);
    assert_eq!(t["version"], 2);
    env.run(&["doctor"]).ok();
    // A cancelled letter made pending again behind custctl's back is found by doctor.
    env.sql(&format!(
        "UPDATE contact SET letter_status = 'pending' WHERE id = {a_id}"
    ));
    let run = env.run(&["doctor", "--json"]).code(4);
    assert!(
        run.stdout.contains("contact-letters-consistent"),
        "{}",
        run.stdout
    );
}

fn ids_of(list: &Value, key: &str) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c[key].as_i64().unwrap())
        .collect()
}

#[test]
fn characteristics_on_contacts_persons_and_accounts() {
    let env = setup();
    let c = add_billing(&env, &[]);
    let id = c["id"].to_string();
    // Contacts: only types the contact type allows, valid values; one value per type.
    let set = env.json(&["contact", "characteristic", "set", &id, "ticket", "T-7"]);
    assert_eq!(set, serde_json::json!({"type": "ticket", "value": "T-7"}));
    env.json(&["contact", "characteristic", "set", &id, "ticket", "T-8"]);
    env.json(&["contact", "characteristic", "set", &id, "severity", "LOW"]);
    let list = env.json(&["contact", "characteristic", "list", &id]);
    assert_eq!(
        list,
        serde_json::json!([
            {"type": "channel", "value": "web"},
            {"type": "severity", "value": "low"},
            {"type": "ticket", "value": "T-8"},
        ])
    );
    env.refused(&["contact", "characteristic", "set", &id, "ticket", "8"], 5);
    env.refused(
        &["contact", "characteristic", "set", &id, "segment", "gold"],
        5,
    );
    let g = add_inquiry(&env, "1", "2026-11-01", &[]);
    env.refused(
        &[
            "contact",
            "characteristic",
            "set",
            &g["id"].to_string(),
            "ticket",
            "T-1",
        ],
        5,
    );
    env.refused(
        &["contact", "characteristic", "set", "999", "ticket", "T-1"],
        3,
    );
    env.refused(&["contact", "characteristic", "set", &id, "nope", "x"], 3);
    env.refused(&["contact", "characteristic", "remove", &id, "severity"], 4);
    let removed = env.json(&["contact", "characteristic", "remove", &id, "ticket"]);
    assert_eq!(removed["value"], "T-8");
    env.refused(&["contact", "characteristic", "remove", &id, "ticket"], 3);

    // Persons.
    env.json(&[
        "person",
        "characteristic",
        "set",
        "ext:C-1",
        "segment",
        "gold",
    ]);
    env.json(&["person", "characteristic", "set", "1", "ticket", "T-1"]);
    assert_eq!(
        env.json(&["person", "characteristic", "list", "1"]),
        serde_json::json!([{"type": "segment", "value": "gold"}, {"type": "ticket", "value": "T-1"}])
    );
    let shown = env.json(&["person", "show", "1"]);
    assert_eq!(shown["characteristics"][0]["value"], "gold");
    env.refused(
        &["person", "characteristic", "set", "1", "severity", "low"],
        5,
    );
    env.refused(
        &["person", "characteristic", "set", "1", "segment", "bronze"],
        5,
    );
    env.refused(
        &["person", "characteristic", "set", "99", "segment", "gold"],
        3,
    );
    env.json(&["person", "characteristic", "remove", "1", "segment"]);
    env.refused(&["person", "characteristic", "remove", "1", "segment"], 3);

    // Accounts.
    env.json(&[
        "account",
        "characteristic",
        "set",
        "1001",
        "segment",
        "silver",
    ]);
    assert_eq!(
        env.json(&["account", "characteristic", "list", "1001"]),
        serde_json::json!([{"type": "segment", "value": "silver"}])
    );
    assert_eq!(
        env.json(&["account", "show", "1001"])["characteristics"][0]["value"],
        "silver"
    );
    assert_eq!(
        env.json(&["account", "characteristic", "list", "2002"]),
        serde_json::json!([])
    );
    env.refused(
        &["account", "characteristic", "set", "1001", "channel", "web"],
        5,
    );
    env.refused(
        &["account", "characteristic", "set", "1001", "ticket", "nope"],
        5,
    );
    env.refused(
        &[
            "account",
            "characteristic",
            "set",
            "9999",
            "segment",
            "gold",
        ],
        3,
    );
    let audit = env.json(&["audit", "--entity", "account"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "set")
    );
    env.run(&["doctor"]).ok();
}

#[test]
fn doctor_reports_broken_contact_rules() {
    let env = setup();
    let c = add_billing(&env, &[]);
    env.run(&["doctor"]).ok();
    // Behind custctl's back: drop a required characteristic, add one the type does not allow,
    // and store a value the type does not allow.
    env.sql(&format!(
        "DELETE FROM contact_characteristic WHERE contact_id = {id} AND characteristic_type_id =
           (SELECT id FROM characteristic_type WHERE code = 'severity');
         INSERT INTO person_characteristic VALUES (1, (SELECT id FROM characteristic_type WHERE code = 'severity'), 'low');
         UPDATE contact_characteristic SET value = 'mail' WHERE contact_id = {id};
         UPDATE contact SET letter_status = 'printed' WHERE id = {id};",
        id = c["id"]
    ));
    let run = env.run(&["doctor", "--json"]).code(4);
    let report = run.json();
    let checks: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    for want in [
        "contacts-have-required-characteristics",
        "characteristic-values-allowed",
        "contact-letters-consistent",
    ] {
        assert!(checks.contains(&want), "{want} in {checks:?}");
    }
    let problems = report["findings"].to_string();
    assert!(problems.contains(&format!(
        "contact {} lacks the required characteristic severity",
        c["id"]
    )));
    assert!(problems.contains("person 1 has characteristic severity"));
}

/// Catalog codes are ASCII: SQL's `upper()` folds ASCII only, so `ÇOMPLAINT` and `çomplaint`
/// would be two codes that differ only in case.
#[test]
fn a_catalog_code_with_a_non_ascii_letter_is_refused() {
    let env = Env::new();
    for code in ["ÇOMPLAINT", "çomplaint"] {
        let run = env.refused(
            &[
                "catalog",
                "contact-class",
                "add",
                code,
                "--description",
                "x",
            ],
            5,
        );
        assert!(
            run.stderr.contains("catalog codes are ASCII"),
            "{}",
            run.stderr
        );
    }
}

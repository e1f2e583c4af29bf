//! Issue 16, erasure: `person garble` replaces a person's personal data everywhere it is
//! stored (file, WAL, export, backup), redacts it from the audit log (entries of both
//! forms) while `audit verify` and `doctor` pass, and closes the person to changes.

mod common;

use common::Env;

/// Every personal value of Zebulon-Quixote, long and odd enough to be found by a byte
/// search (and never by chance in a hex digest).
const PERSONAL: &[&str] = &[
    "Zebulon-Quixote",
    "Wraithmoore",
    "ZQX-KWZ-778899",
    "zebulon.quixote@wraithmoore-mail.example",
    "90182736",
    "Quixotic Lane",
    "Zyxburg",
    "Quixotic-Zeb",
    "DE8937040044053201",
    "Zeb Q. Wraithmoore",
];

fn run(env: &Env, args: &[&str]) -> serde_json::Value {
    env.json(args)
}

fn id(v: &serde_json::Value) -> String {
    v["id"].as_i64().expect("an id").to_string()
}

/// Signs every entry so far as custctl did before entries signed a digest of their changes
/// (the HMAC over the changes themselves, no changes digest): a database written before.
fn make_entries_old(env: &Env) {
    use custctl::domain::audit::AuditEntry;
    use custctl::domain::key::Key;
    let bytes: [u8; 32] = std::fs::read(env.key_file()).unwrap().try_into().unwrap();
    let key = Key::from_bytes(bytes);
    if let Some(pg) = &env.pg {
        // The same on PostgreSQL: the append-only trigger switched off meanwhile.
        let mut client = pg.client();
        let mut t = client.transaction().unwrap();
        t.batch_execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
            .unwrap();
        let rows = t
            .query(
                "SELECT id, at, actor, action, entity, entity_id, changes, digest FROM audit_log ORDER BY id",
                &[],
            )
            .unwrap();
        let mut prev = String::new();
        for r in rows {
            let at: chrono::DateTime<chrono::Utc> = r.get(1);
            let changes: String = r.get(6);
            let e = AuditEntry {
                id: r.get(0),
                at: custctl::domain::time::format_timestamp(&at),
                actor: r.get(2),
                action: r.get(3),
                entity: r.get(4),
                entity_id: r.get(5),
                changes: serde_json::from_str(&changes).unwrap(),
                digest: r.get(7),
                changes_digest: None,
            };
            let hmac = e.chain_hmac(&key, &prev);
            t.execute(
                "UPDATE audit_log SET prev_hmac = $1, hmac = $2, changes_digest = NULL WHERE id = $3",
                &[&prev, &hmac, &e.id],
            )
            .unwrap();
            prev = hmac;
        }
        t.batch_execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update")
            .unwrap();
        t.commit().unwrap();
        return;
    }
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let trigger: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update;")
        .unwrap();
    let entries: Vec<AuditEntry> = conn
        .prepare("SELECT id, at, actor, action, entity, entity_id, changes, digest FROM audit_log ORDER BY id")
        .unwrap()
        .query_map([], |r| {
            let changes: String = r.get(6)?;
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                entity: r.get(4)?,
                entity_id: r.get(5)?,
                changes: serde_json::from_str(&changes).unwrap(),
                digest: r.get(7)?,
                changes_digest: None,
            })
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut prev = String::new();
    for e in entries {
        let hmac = e.chain_hmac(&key, &prev);
        conn.execute(
            "UPDATE audit_log SET prev_hmac = ?1, hmac = ?2, changes_digest = NULL WHERE id = ?3",
            rusqlite::params![prev, hmac, e.id],
        )
        .unwrap();
        prev = hmac;
    }
    conn.execute_batch(&trigger).unwrap();
}

/// Zebulon-Quixote (person 2), contact of Acme (1), with every kind of record: contact
/// points, an account with a site, a contact with a comment, a log and a printed letter,
/// characteristics, an instrument with a holder, a party relationship. The records made
/// before `make_entries_old` have entries of the old form.
fn zebulon() -> Env {
    let env = Env::new();
    run(
        &env,
        &[
            "person",
            "add",
            "--name",
            "Acme Industrial",
            "--kind",
            "organization",
        ],
    );
    run(
        &env,
        &[
            "person",
            "add",
            "--first-name",
            "Zebulon-Quixote",
            "--last-name",
            "Wraithmoore",
            "--external-id",
            "ZQX-KWZ-778899",
            "--email",
            "zebulon.quixote@wraithmoore-mail.example",
            "--phone",
            "+49 30 90182736",
        ],
    );
    run(
        &env,
        &["person", "relate", "2", "--to", "1", "--role", "contact"],
    );
    run(
        &env,
        &[
            "account",
            "add",
            "Z1",
            "--name",
            "Wraithmoore Household",
            "--person",
            "2",
            "--currency",
            "EUR",
        ],
    );
    run(
        &env,
        &[
            "account",
            "site",
            "add",
            "Z1",
            "--address",
            "17 Quixotic Lane",
            "--city",
            "Zyxburg",
            "--country",
            "DE",
            "--use",
            "bill-to",
            "--primary",
        ],
    );
    // Everything so far was written before changes were digested.
    make_entries_old(&env);
    run(
        &env,
        &[
            "catalog",
            "characteristic-type",
            "add",
            "nickname",
            "--description",
            "Nickname",
            "--adhoc",
            "--applies-to",
            "person,contact,account",
        ],
    );
    run(
        &env,
        &[
            "person",
            "characteristic",
            "set",
            "2",
            "nickname",
            "Quixotic-Zeb",
        ],
    );
    run(
        &env,
        &[
            "catalog",
            "contact-class",
            "add",
            "COMPLAINT",
            "--description",
            "Complaints",
        ],
    );
    std::fs::write(
        env.path("ack.txt"),
        "Dear {{ person.name }},\nwe heard you.\n",
    )
    .unwrap();
    run(
        &env,
        &[
            "catalog",
            "letter-template",
            "add",
            "ACK",
            "--description",
            "Ack",
            "--body-file",
            "ack.txt",
        ],
    );
    run(
        &env,
        &[
            "catalog",
            "contact-type",
            "add",
            "COMPLAINT",
            "BILLING",
            "--description",
            "Billing",
            "--letter",
            "ACK",
        ],
    );
    let contact = run(
        &env,
        &[
            "contact",
            "add",
            "--person",
            "2",
            "--class",
            "COMPLAINT",
            "--type",
            "BILLING",
            "--comment",
            "Zebulon-Quixote says Wraithmoore was billed twice",
            "--open",
        ],
    );
    run(
        &env,
        &[
            "contact",
            "log",
            "add",
            &id(&contact),
            "--text",
            "Called Zebulon-Quixote back at 90182736",
        ],
    );
    env.run(&["contact", "letters", "extract", "--out", "letters"])
        .ok();
    run(
        &env,
        &[
            "instrument",
            "add",
            "Z1",
            "--iban",
            "DE89370400440532013000",
            "--currency",
            "EUR",
            "--holder",
            "Zeb Q. Wraithmoore",
            "--primary",
        ],
    );
    env
}

/// Where a personal value is found in `bytes` (case-insensitive): the values found.
fn found_in(bytes: &[u8]) -> Vec<&'static str> {
    let lower = bytes.to_ascii_lowercase();
    PERSONAL
        .iter()
        .copied()
        .filter(|v| {
            let v = v.to_ascii_lowercase();
            lower.windows(v.len()).any(|w| w == v.as_bytes())
        })
        .collect()
}

/// What the database holds, as bytes to search: the SQLite file and its WAL; on PostgreSQL
/// (whose files are the server's, not ours to read) every row of every table.
fn stored_bytes(env: &Env) -> Vec<u8> {
    if env.is_postgres() {
        return env.snapshot().into_bytes();
    }
    let mut bytes = std::fs::read(&env.db).unwrap();
    bytes.extend(std::fs::read(env.db.with_extension("db-wal")).unwrap_or_default());
    bytes
}

/// The rows of `sql` on either backend, each value as text (NULL: `None`).
fn query(env: &Env, sql: &str) -> Vec<Vec<Option<String>>> {
    if let Some(pg) = &env.pg {
        return pg
            .client()
            .simple_query(sql)
            .unwrap()
            .into_iter()
            .filter_map(|m| match m {
                postgres::SimpleQueryMessage::Row(r) => {
                    Some((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect())
                }
                _ => None,
            })
            .collect();
    }
    use rusqlite::types::Value;
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        (0..n)
            .map(|i| {
                Ok(match r.get::<_, Value>(i)? {
                    Value::Null => None,
                    Value::Integer(v) => Some(v.to_string()),
                    Value::Real(v) => Some(v.to_string()),
                    Value::Text(t) => Some(t),
                    Value::Blob(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                })
            })
            .collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// The one integer `sql` selects.
fn query_i64(env: &Env, sql: &str) -> i64 {
    query(env, sql)[0][0]
        .as_deref()
        .expect("a value")
        .parse()
        .unwrap()
}

/// Lets statements change the audit log behind custctl's back (its append-only trigger off).
fn allow_audit_updates(env: &Env) {
    if env.is_postgres() {
        env.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update");
    } else {
        env.sql("DROP TRIGGER audit_log_no_update;");
    }
}

/// An audit entry's changes as stored (text).
fn stored_changes(env: &Env, id: i64) -> String {
    query(
        env,
        &format!("SELECT changes FROM audit_log WHERE id = {id}"),
    )[0][0]
        .clone()
        .unwrap()
}

fn set_stored_changes(env: &Env, id: i64, changes: &str) {
    env.sql(&format!(
        "UPDATE audit_log SET changes = '{}' WHERE id = {id}",
        changes.replace('\'', "''")
    ));
}

/// An audit entry's changes with one more key (`forged`) slipped in; returns the original.
fn forge_changes(env: &Env, id: i64) -> String {
    let original = stored_changes(env, id);
    let mut changes: serde_json::Value = serde_json::from_str(&original).unwrap();
    changes["forged"] = serde_json::json!(1);
    set_stored_changes(env, id, &changes.to_string());
    original
}

fn garble_all(env: &Env) -> serde_json::Value {
    run(
        env,
        &[
            "person",
            "garble",
            "2",
            "--reason",
            "GDPR request 42",
            "--close-open",
            "--end-payment-details",
        ],
    )
}

#[test]
fn the_setup_holds_every_personal_value_before_the_garble() {
    let env = zebulon();
    assert_eq!(
        found_in(&stored_bytes(&env)),
        PERSONAL,
        "the scan finds what is there"
    );
}

#[test]
fn a_garbled_person_leaves_no_trace_in_the_file_wal_export_or_backup() {
    let env = zebulon();
    let garbled = garble_all(&env);
    let report = &garbled["persons"][0];
    assert_eq!(report["person"], 2);
    assert!(!report["redacted_entries"].as_array().unwrap().is_empty());
    assert_eq!(report["closed_contacts"], serde_json::json!([1]));
    assert_eq!(report["ended_instruments"], serde_json::json!([1]));

    if env.is_postgres() {
        // The rows as the server gives them; its dead row versions stay in its files until
        // VACUUM (README, store::garble), which a client cannot see or search.
        assert_eq!(found_in(&stored_bytes(&env)), Vec::<&str>::new(), "rows");
    } else {
        let db = std::fs::read(&env.db).unwrap();
        assert_eq!(found_in(&db), Vec::<&str>::new(), "database file");
        let wal = std::fs::read(env.db.with_extension("db-wal")).unwrap_or_default();
        assert_eq!(found_in(&wal), Vec::<&str>::new(), "WAL");
    }
    let export = env.run(&["export"]).ok();
    assert_eq!(
        found_in(export.stdout.as_bytes()),
        Vec::<&str>::new(),
        "export"
    );
    // A backup of a PostgreSQL database is pg_dump's compressed archive: no bytes to search.
    if !env.is_postgres() {
        let backup = env.path("copy.db");
        env.run(&["backup", backup.to_str().unwrap()]).ok();
        assert_eq!(
            found_in(&std::fs::read(&backup).unwrap()),
            Vec::<&str>::new(),
            "backup"
        );
    }
    let audit = env.run(&["audit", "--json"]).ok();
    assert_eq!(
        found_in(audit.stdout.as_bytes()),
        Vec::<&str>::new(),
        "audit listing"
    );

    env.run(&["audit", "verify"]).ok();
    env.run(&["doctor"]).ok();

    // Shapes stay: an email is an email, a phone E.164, lengths kept.
    let person = run(&env, &["person", "show", "2"]);
    let email = person["email"].as_str().unwrap();
    assert_eq!(
        email.len(),
        "zebulon.quixote@wraithmoore-mail.example".len()
    );
    assert_eq!(email.find('@'), Some(15));
    let phone = person["phone"].as_str().unwrap();
    assert!(
        phone.starts_with('+') && phone.len() == "+493090182736".len(),
        "{phone}"
    );
    // Card-free here; the bank account keeps its last 4 for disputes.
    let iban = query(&env, "SELECT iban FROM instrument WHERE id = 1")[0][0]
        .clone()
        .unwrap();
    assert!(iban.ends_with("3000"));
}

#[test]
fn the_audit_shows_who_redacted_an_entry_and_why_in_both_forms() {
    let env = zebulon();
    let garbled = garble_all(&env);
    let entry = garbled["persons"][0]["entry"].as_i64().unwrap();
    let entries = run(&env, &["audit", "--entity", "person", "--id", "2"]);
    let entries = entries.as_array().unwrap();
    let added = entries.iter().find(|e| e["action"] == "add").unwrap();
    assert_eq!(added["redacted"]["by_entry"], entry);
    assert_eq!(added["redacted"]["actor"], "tester");
    assert_eq!(added["redacted"]["reason"], "GDPR request 42");
    assert_eq!(added["changes"]["first_name"], "[redacted]");
    // Entries of the old form (the person's add) and of the new one (the contact's add)
    // were both redacted.
    let forms = query(
        &env,
        &format!(
            "SELECT CASE WHEN changes_digest IS NULL THEN 1 ELSE 0 END, count(*) FROM audit_log
              WHERE redacted_by = {entry} GROUP BY 1 ORDER BY 1"
        ),
    );
    assert_eq!(forms.len(), 2, "{forms:?}");
}

#[test]
fn a_garbled_person_is_closed_to_changes_and_hidden_from_lists() {
    let env = zebulon();
    let entry = garble_all(&env)["persons"][0]["entry"].as_i64().unwrap();
    let named = format!("audit entry {entry}");
    for args in [
        &["person", "update", "2", "--name", "Again"][..],
        &[
            "person",
            "point",
            "add",
            "2",
            "--type",
            "email",
            "--value",
            "a@b.example",
        ],
        &["person", "characteristic", "set", "2", "nickname", "Again"],
        &[
            "person",
            "relate",
            "2",
            "--to",
            "1",
            "--role",
            "contact",
            "--start",
            "2027-01-01",
        ],
        &[
            "contact",
            "add",
            "--person",
            "2",
            "--class",
            "COMPLAINT",
            "--type",
            "BILLING",
        ],
        &[
            "account",
            "add",
            "Z2",
            "--name",
            "Again",
            "--person",
            "2",
            "--currency",
            "EUR",
        ],
        &["person", "garble", "2", "--reason", "again"],
    ] {
        let refused = env.refused(args, 4);
        assert!(
            refused.stderr.contains(&named),
            "{args:?}: {}",
            refused.stderr
        );
    }
    let listed = run(&env, &["person", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let all = run(&env, &["person", "list", "--include-garbled"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
}

#[test]
fn open_contacts_and_payment_details_in_force_refuse_the_garble_unless_told() {
    let env = zebulon();
    let open = env.refused(
        &[
            "person",
            "garble",
            "2",
            "--reason",
            "r",
            "--end-payment-details",
        ],
        4,
    );
    assert!(open.stderr.contains("open contacts: 1"), "{}", open.stderr);
    let paying = env.refused(
        &["person", "garble", "2", "--reason", "r", "--close-open"],
        4,
    );
    assert!(paying.stderr.contains("instrument 1"), "{}", paying.stderr);
}

#[test]
fn a_dry_run_changes_nothing() {
    let env = zebulon();
    let before = env.snapshot();
    let dry = run(
        &env,
        &[
            "person",
            "garble",
            "2",
            "--reason",
            "r",
            "--close-open",
            "--end-payment-details",
            "--dry-run",
        ],
    );
    assert_eq!(dry["dry_run"], true);
    assert!(
        !dry["persons"][0]["redacted_entries"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(before, env.snapshot());
}

#[test]
fn a_batch_file_garbles_an_organisation_with_its_contact_persons() {
    let env = zebulon();
    std::fs::write(env.path("erase.txt"), "# erasure batch\n\n1\n").unwrap();
    let done = run(
        &env,
        &[
            "person",
            "garble",
            "--file",
            "erase.txt",
            "--reason",
            "batch",
            "--close-open",
            "--end-payment-details",
            "--contacts-of-organisation",
        ],
    );
    let persons: Vec<i64> = done["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["person"].as_i64().unwrap())
        .collect();
    assert_eq!(persons, vec![1, 2]);
    env.run(&["audit", "verify"]).ok();
    env.run(&["doctor"]).ok();
    let stored = if env.is_postgres() {
        stored_bytes(&env)
    } else {
        std::fs::read(&env.db).unwrap()
    };
    assert_eq!(found_in(&stored), Vec::<&str>::new());
}

#[test]
fn tampered_changes_are_caught_by_audit_verify_redacted_or_not() {
    let env = zebulon();
    garble_all(&env);
    // A redaction is the one update the log allows; anything else goes around the trigger.
    allow_audit_updates(&env);
    // A non-redacted entry of the new form: its changes no longer match their digest.
    let plain = query_i64(
        &env,
        "SELECT max(id) FROM audit_log WHERE redacted_by IS NULL AND changes_digest IS NOT NULL
           AND changes <> '{}' AND action <> 'garble'",
    );
    let original = forge_changes(&env, plain);
    let out = env.run(&["audit", "verify"]).code(4);
    assert!(
        out.stderr
            .contains(&format!("entry {plain}: its changes do not match")),
        "{}",
        out.stderr
    );
    set_stored_changes(&env, plain, &original);
    env.run(&["audit", "verify"]).ok();
    // A redacted entry changed after its redaction.
    let redacted = query_i64(
        &env,
        "SELECT min(id) FROM audit_log WHERE redacted_by IS NOT NULL",
    );
    forge_changes(&env, redacted);
    let out = env.run(&["audit", "verify"]).code(4);
    assert!(
        out.stderr.contains(&format!("entry {redacted}")),
        "{}",
        out.stderr
    );
}

/// A contact import row without a person column updates the contact of its stored person:
/// a garbled one refuses the row (the import exits 5, rows invalid) as when the row names
/// the person.
#[test]
fn a_contact_import_without_a_person_column_refuses_a_garbled_persons_contact() {
    let env = zebulon();
    std::fs::write(
        env.path("c.csv"),
        "external_id,person_id,class,type\nGC1,2,COMPLAINT,BILLING\n",
    )
    .unwrap();
    run(
        &env,
        &["contact", "import", env.path("c.csv").to_str().unwrap()],
    );
    let entry = garble_all(&env)["persons"][0]["entry"].as_i64().unwrap();
    std::fs::write(env.path("u.csv"), "external_id,comment\nGC1,changed\n").unwrap();
    let refused = env.refused(
        &["contact", "import", env.path("u.csv").to_str().unwrap()],
        5,
    );
    assert!(
        refused.stderr.contains(&format!("audit entry {entry}")),
        "{}",
        refused.stderr
    );
}

/// Every change to a garbled person's contact is refused (4), naming the garble entry:
/// close, reopen, log add, characteristic set.
#[test]
fn a_garbled_persons_contacts_are_closed_to_changes() {
    let env = zebulon();
    let entry = garble_all(&env)["persons"][0]["entry"].as_i64().unwrap();
    let named = format!("audit entry {entry}");
    // Garbled with --close-open: contact 1 is closed now.
    for args in [
        &["contact", "reopen", "1"][..],
        &["contact", "log", "add", "1", "--text", "hello again"],
        &["contact", "characteristic", "set", "1", "nickname", "Again"],
    ] {
        let refused = env.refused(args, 4);
        assert!(
            refused.stderr.contains(&named),
            "{args:?}: {}",
            refused.stderr
        );
    }
    // An open one (the database edited to reopen it) refuses the close.
    env.sql("UPDATE contact SET open = TRUE WHERE id = 1");
    let refused = env.refused(&["contact", "close", "1", "--resolution", "done"], 4);
    assert!(refused.stderr.contains(&named), "{}", refused.stderr);
}

/// The accounts of a garbled person refuse every change (4), naming the garble entry: the
/// account, its sites, contacts, characteristics and payment details.
#[test]
fn a_garbled_persons_accounts_are_closed_to_changes() {
    let env = zebulon();
    let entry = garble_all(&env)["persons"][0]["entry"].as_i64().unwrap();
    let named = format!("audit entry {entry}");
    for args in [
        &["account", "update", "Z1", "--name", "Again"][..],
        &[
            "account",
            "site",
            "add",
            "Z1",
            "--address",
            "1 Main St",
            "--city",
            "Town",
            "--country",
            "DE",
            "--use",
            "ship-to",
        ],
        &["account", "site", "update", "Z1", "1", "--city", "Town"],
        &["account", "contact", "add", "Z1", "--name", "Bob"],
        &[
            "account",
            "characteristic",
            "set",
            "Z1",
            "nickname",
            "Again",
        ],
        &[
            "instrument",
            "add",
            "Z1",
            "--iban",
            "DE89370400440532013000",
            "--currency",
            "EUR",
        ],
        &["account", "receipt-method", "assign", "Z1", "CHECK"],
        &["instrument", "update", "1", "--holder", "Zeb Again"],
    ] {
        let refused = env.refused(args, 4);
        assert!(
            refused.stderr.contains(&named),
            "{args:?}: {}",
            refused.stderr
        );
    }
}

/// A garbled person is not deleted (4, naming the garble entry): it stays as the garbled
/// tombstone, still marked garbled.
#[test]
fn a_garbled_person_is_not_deleted() {
    let env = Env::new();
    run(
        &env,
        &["person", "add", "--name", "Zebulon-Quixote Wraithmoore"],
    );
    let entry = run(&env, &["person", "garble", "1", "--reason", "erasure"])["persons"][0]["entry"]
        .as_i64()
        .unwrap();
    let refused = env.refused(&["person", "delete", "1"], 4);
    assert!(
        refused.stderr.contains(&format!("audit entry {entry}")),
        "{}",
        refused.stderr
    );
    let all = run(&env, &["person", "list", "--include-garbled"]);
    assert_eq!(all.as_array().unwrap().len(), 1);
}

/// A garbled person takes no part in a merge, on either side (4, naming the garble entry):
/// merged away, its accounts and references would pass to a live person and open it to
/// changes again.
#[test]
fn a_garbled_person_is_not_merged_nor_merged_into() {
    let env = Env::new();
    run(
        &env,
        &["person", "add", "--name", "Zebulon-Quixote Wraithmoore"],
    );
    run(
        &env,
        &["account", "add", "Z-1", "--name", "Z", "--person", "1"],
    );
    run(&env, &["person", "add", "--name", "Zebulon Wraithmoore"]);
    let entry = run(&env, &["person", "garble", "1", "--reason", "erasure"])["persons"][0]["entry"]
        .as_i64()
        .unwrap();
    for args in [["person", "merge", "2", "1"], ["person", "merge", "1", "2"]] {
        let refused = env.refused(&args, 4);
        assert!(
            refused.stderr.contains(&format!("audit entry {entry}")),
            "{args:?}: {}",
            refused.stderr
        );
    }
    // The account stays the garbled person's, closed to changes.
    env.refused(&["account", "update", "Z-1", "--name", "Y"], 4);
}

/// The persons merged into a garbled person (directly or through another) are the same
/// customer: their names and external ids leave the database, the export and the audit
/// too, and their old references no longer lead to the survivor.
#[test]
fn garbling_a_survivor_erases_the_persons_merged_into_it() {
    let env = Env::new();
    let secrets = ["Quillanby", "QB-0001", "QB-0002", "QB-0003"];
    run(
        &env,
        &[
            "person",
            "add",
            "--name",
            "Zora Quillanby",
            "--external-id",
            "QB-0001",
        ],
    );
    run(
        &env,
        &[
            "person",
            "add",
            "--name",
            "Zora Quillanby-Dup",
            "--external-id",
            "QB-0002",
        ],
    );
    run(
        &env,
        &[
            "person",
            "add",
            "--name",
            "Z. Quillanby",
            "--external-id",
            "QB-0003",
        ],
    );
    run(&env, &["person", "merge", "2", "3"]);
    run(&env, &["person", "merge", "1", "2"]);
    let report = run(&env, &["person", "garble", "1", "--reason", "erasure"]);
    let persons: Vec<i64> = report["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["person"].as_i64().unwrap())
        .collect();
    assert_eq!(persons, vec![1, 2, 3]);
    let export = env.run(&["export"]).ok().stdout;
    let audit = env.run(&["audit", "--json"]).ok().stdout;
    let db = stored_bytes(&env);
    for s in secrets {
        assert!(!export.contains(s), "{s} in the export");
        assert!(!audit.contains(s), "{s} in the audit");
        assert!(
            !db.windows(s.len()).any(|w| w == s.as_bytes()),
            "{s} in the database"
        );
    }
    env.refused(&["person", "show", "ext:QB-0002"], 3);
    env.json(&["audit", "verify"]);
    env.json(&["doctor"]);
}

/// A garbled person is not written to: its pending letters are cancelled with the garble
/// (audited), so `letters extract` never prints a letter to the garbled name and address.
#[test]
fn garbling_cancels_the_persons_pending_letters() {
    let env = Env::new();
    run(&env, &["person", "add", "--name", "Zebulon Wraithmoore"]);
    std::fs::write(env.path("ack.txt"), "Dear {{ person.name }}\n").unwrap();
    run(
        &env,
        &[
            "catalog",
            "contact-class",
            "add",
            "GEN",
            "--description",
            "General",
        ],
    );
    run(
        &env,
        &[
            "catalog",
            "letter-template",
            "add",
            "ACK",
            "--description",
            "Ack",
            "--body-file",
            "ack.txt",
        ],
    );
    run(
        &env,
        &[
            "catalog",
            "contact-type",
            "add",
            "GEN",
            "CALL",
            "--description",
            "Call",
            "--letter",
            "ACK",
        ],
    );
    let contact = id(&run(
        &env,
        &[
            "contact", "add", "--person", "1", "--class", "GEN", "--type", "CALL",
        ],
    ));
    let report = run(&env, &["person", "garble", "1", "--reason", "erasure"]);
    let pending = run(&env, &["contact", "letters", "list", "--pending"]);
    assert_eq!(pending, serde_json::json!([]));
    assert_eq!(
        report["persons"][0]["cancelled_letters"],
        serde_json::json!([contact.parse::<i64>().unwrap()])
    );
    env.run(&["contact", "letters", "extract", "--out", "letters"])
        .ok();
    assert!(
        !env.path("letters")
            .join(format!("letter-{contact}-ACK.txt"))
            .exists()
    );
    env.json(&["audit", "verify"]);
    env.json(&["doctor"]);
}

/// The reminders of a garbled person's contacts (kept open with `--keep-reminders`) are
/// marked done with the garble: no one is asked to call the person back, and none is left
/// that no command could ever mark done.
#[test]
fn garbling_marks_the_persons_kept_reminders_done() {
    let env = Env::new();
    run(&env, &["person", "add", "--name", "Zebulon Wraithmoore"]);
    run(
        &env,
        &[
            "catalog",
            "contact-class",
            "add",
            "GEN",
            "--description",
            "General",
        ],
    );
    run(
        &env,
        &[
            "catalog",
            "contact-type",
            "add",
            "GEN",
            "CALL",
            "--description",
            "Call",
        ],
    );
    let contact = id(&run(
        &env,
        &[
            "contact", "add", "--person", "1", "--class", "GEN", "--type", "CALL", "--open",
        ],
    ));
    let day = "2099-01-01";
    run(
        &env,
        &[
            "contact",
            "log",
            "add",
            &contact,
            "--text",
            "call back",
            "--remind-on",
            day,
            "--to-user",
            "bob",
        ],
    );
    run(
        &env,
        &[
            "contact",
            "close",
            &contact,
            "--resolution",
            "done",
            "--keep-reminders",
        ],
    );
    run(&env, &["person", "garble", "1", "--reason", "erasure"]);
    let due = run(&env, &["contact", "reminders", "--due-by", day]);
    assert_eq!(due, serde_json::json!([]));
    env.json(&["audit", "verify"]);
    env.json(&["doctor"]);
}

/// A back-dated `account site end --cascade` marks each cascaded end `backdated` as it
/// marks the site's own end.
#[test]
fn a_backdated_site_end_marks_its_cascaded_ends_backdated() {
    let env = Env::new();
    run(&env, &["person", "add", "--name", "Ann"]);
    run(
        &env,
        &[
            "account",
            "add",
            "A1",
            "--name",
            "Ann",
            "--person",
            "1",
            "--currency",
            "EUR",
        ],
    );
    let site = run(
        &env,
        &[
            "account",
            "site",
            "add",
            "A1",
            "--address",
            "1 Main St",
            "--city",
            "Town",
            "--country",
            "DE",
            "--use",
            "bill-to",
            "--primary",
        ],
    );
    let instrument = run(
        &env,
        &[
            "instrument",
            "add",
            "A1",
            "--iban",
            "DE89370400440532013000",
            "--currency",
            "EUR",
            "--site",
            &id(&site),
            "--start",
            "2026-11-01",
            "--backdate",
        ],
    );
    let ended = run(
        &env,
        &[
            "account",
            "site",
            "end",
            "A1",
            &id(&site),
            "--on",
            "2026-11-10",
            "--backdate",
            "--cascade",
        ],
    );
    assert_eq!(ended["cascaded"].as_array().unwrap().len(), 1);
    let entries = run(
        &env,
        &["audit", "--entity", "instrument", "--id", &id(&instrument)],
    );
    let end = entries
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "end")
        .expect("the cascaded end");
    assert_eq!(end["changes"]["backdated"], true, "{end}");
}

/// Values a person's records held before (an old last name and external id, a first site
/// address, an old contact point) are redacted from the entries about those records too,
/// not only the current ones; `audit verify` still passes, in both entry forms.
#[test]
fn a_garble_redacts_the_earlier_values_of_the_persons_records() {
    const OLD: &[&str] = &[
        "Formerlyovich",
        "OLD-EXT-556677",
        "88 Bygone Boulevard",
        "Yesteryearburg",
        "former.self@bygone-mail.example",
    ];
    let env = Env::new();
    run(
        &env,
        &[
            "person",
            "add",
            "--first-name",
            "Zebulon-Quixote",
            "--last-name",
            "Formerlyovich",
            "--external-id",
            "OLD-EXT-556677",
            "--email",
            "former.self@bygone-mail.example",
        ],
    );
    run(
        &env,
        &[
            "account",
            "add",
            "Z1",
            "--name",
            "Z",
            "--person",
            "1",
            "--currency",
            "EUR",
        ],
    );
    let site = run(
        &env,
        &[
            "account",
            "site",
            "add",
            "Z1",
            "--address",
            "88 Bygone Boulevard",
            "--city",
            "Yesteryearburg",
            "--country",
            "DE",
            "--use",
            "bill-to",
        ],
    );
    // The entries so far of the old form, the changes after of the new one.
    make_entries_old(&env);
    run(
        &env,
        &[
            "person",
            "update",
            "1",
            "--last-name",
            "Wraithmoore",
            "--external-id",
            "ZQX-KWZ-778899",
            "--email",
            "zebulon.quixote@wraithmoore-mail.example",
        ],
    );
    run(
        &env,
        &[
            "account",
            "site",
            "update",
            "Z1",
            &id(&site),
            "--address",
            "17 Quixotic Lane",
            "--city",
            "Zyxburg",
        ],
    );
    let audit = env.run(&["audit", "--json"]).ok();
    for v in OLD {
        assert!(audit.stdout.contains(v), "the setup holds {v}");
    }
    run(&env, &["person", "garble", "1", "--reason", "erasure"]);
    let audit = env.run(&["audit", "--json"]).ok();
    let db = if env.is_postgres() {
        stored_bytes(&env)
    } else {
        std::fs::read(&env.db).unwrap()
    };
    let lower = db.to_ascii_lowercase();
    for v in OLD {
        assert!(!audit.stdout.contains(v), "audit listing holds {v}");
        let v = v.to_ascii_lowercase();
        assert!(
            !lower.windows(v.len()).any(|w| w == v.as_bytes()),
            "database file holds {v}"
        );
    }
    env.run(&["audit", "verify"]).ok();
    env.run(&["doctor"]).ok();
}

/// A characteristic with predefined values (or a pattern) says nothing personal and is
/// checked by a rule: a garble leaves it as it is, so `doctor` stays clean; a free ad hoc
/// value is garbled.
#[test]
fn checked_characteristic_values_survive_a_garble_and_doctor_stays_clean() {
    let env = Env::new();
    for args in [
        &[
            "catalog",
            "contact-class",
            "add",
            "COMPLAINT",
            "--description",
            "Complaints",
        ][..],
        &[
            "catalog",
            "characteristic-type",
            "add",
            "SEVERITY",
            "--description",
            "Severity",
            "--values",
            "low,high",
            "--applies-to",
            "contact",
        ],
        &[
            "catalog",
            "characteristic-type",
            "add",
            "NOTE",
            "--description",
            "Note",
            "--adhoc",
            "--applies-to",
            "contact",
        ],
        &[
            "catalog",
            "contact-type",
            "add",
            "COMPLAINT",
            "BILLING",
            "--description",
            "Billing",
            "--char",
            "SEVERITY",
            "--char",
            "NOTE",
        ],
        &[
            "person",
            "add",
            "--name",
            "Zebulon Quixote-Marchetti",
            "--external-id",
            "ZQ-1",
        ],
        &[
            "contact",
            "add",
            "--person",
            "ext:ZQ-1",
            "--class",
            "COMPLAINT",
            "--type",
            "BILLING",
            "--char",
            "SEVERITY=high",
            "--char",
            "NOTE=Zebulon-private-remark",
        ],
        &[
            "person",
            "garble",
            "ext:ZQ-1",
            "--reason",
            "erasure request",
        ],
    ] {
        env.run(args).ok();
    }
    let contact = env.json(&["contact", "show", "1"]);
    let text = contact.to_string();
    assert!(text.contains("\"high\""), "{text}");
    assert!(!text.contains("Zebulon-private-remark"), "{text}");
    env.run(&["doctor"]).ok();
    env.run(&["audit", "verify"]).ok();
}

//! The key file and the database file (issue 10, points 15–19): a key that does not belong
//! to the database is refused, `init` on an empty file, a key path that is not a regular
//! file, records edited behind custctl's back, heads kept outside the database, and no
//! command but `init` (or `--create`) creating a database.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use common::Env;

const CARD: &str = "4111111111111111";

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn key_path(env: &Env) -> std::path::PathBuf {
    env.path("custctl.db.key")
}

/// An account with one card on file.
fn with_a_card() -> Env {
    let env = Env::new();
    env.json(&["account", "add", "A1", "--name", "Acme"]);
    env.json(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        CARD,
        "--expiry",
        "2029-12",
    ]);
    env
}

// ------------------------------------------------------------------ point 15

#[test]
fn a_key_that_does_not_belong_to_the_database_is_refused_by_every_signing_command() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = with_a_card();
    let own = std::fs::read(key_path(&env)).unwrap();
    let head = env.json(&["audit", "verify"]);
    std::fs::write(key_path(&env), [9u8; 32]).unwrap();

    for args in [
        &["person", "add", "--name", "Eve"][..],
        // The duplicate-card check fingerprints under the key: with a wrong key the same
        // card would be stored twice.
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            CARD,
            "--expiry",
            "2029-12",
        ][..],
        &["audit", "verify"][..],
        &["audit", "head"][..],
    ] {
        let r = env.refused(args, 6);
        assert!(
            r.stderr.contains("the key file ")
                && r.stderr.contains("does not belong to this database"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("hint:") && r.stderr.contains("backup"));
        assert!(!r.stderr.contains(CARD) && !r.stdout.contains(CARD));
    }
    // Reading signs nothing and still works; doctor names the problem.
    env.run(&["person", "list"]).ok();
    let doctor = env.run(&["doctor", "--json"]).code(4);
    assert!(
        doctor
            .stdout
            .contains("\"check\": \"key-file-belongs-to-the-database\""),
        "{}",
        doctor.stdout
    );

    // The own key back: the card is still there once, the chain was never forked.
    std::fs::write(key_path(&env), &own).unwrap();
    let after = env.json(&["audit", "verify"]);
    assert_eq!(after, head);
    let cards = env.json(&["instrument", "list", "A1"]);
    assert_eq!(cards.as_array().unwrap().len(), 1);
    env.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            CARD,
            "--expiry",
            "2029-12",
        ],
        4,
    );
}

#[test]
fn the_fingerprint_is_recorded_at_creation_and_never_the_key() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = Env::new();
    let key = std::fs::read(key_path(&env)).unwrap();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let stored: String = conn
        .query_row("SELECT fingerprint FROM key_fingerprint", [], |r| r.get(0))
        .unwrap();
    drop(conn);
    assert_eq!(stored.len(), 64);
    let raw = std::fs::read(&env.db).unwrap();
    assert!(!raw.windows(key.len()).any(|w| w == key.as_slice()));
    assert!(!stored.contains(&hex(&key)));
    // A database without a single audit entry still knows its key.
    std::fs::write(key_path(&env), [1u8; 32]).unwrap();
    env.refused(&["person", "add", "--name", "Eve"], 6);
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A database as custctl made it before fingerprints and digests: the chain re-signed
/// without digests and no fingerprint recorded.
fn make_it_old(env: &Env) {
    use custctl::domain::audit::AuditEntry;
    use custctl::domain::key::Key;
    let bytes: [u8; 32] = std::fs::read(key_path(env)).unwrap().try_into().unwrap();
    let key = Key::from_bytes(bytes);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update;")
        .unwrap();
    let entries: Vec<AuditEntry> = conn
        .prepare(
            "SELECT id, at, actor, action, entity, entity_id, changes FROM audit_log ORDER BY id",
        )
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
                digest: None,
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
    // The later migrations stay: only what 0002 recorded is taken back (no fingerprint, no
    // digests), which is the state in which a database made before it reaches version 2.
    conn.execute_batch(
        "UPDATE audit_log SET digest = NULL;
         DROP TRIGGER key_fingerprint_no_delete;
         DELETE FROM key_fingerprint;
         CREATE TRIGGER key_fingerprint_no_delete BEFORE DELETE ON key_fingerprint
         WHEN EXISTS (SELECT 1 FROM audit_log)
         BEGIN SELECT RAISE(ABORT, 'the key fingerprint is fixed once the audit log has entries'); END;
         CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
         BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;",
    )
    .unwrap();
}

#[test]
fn an_older_database_gets_its_fingerprint_on_first_open_and_a_wrong_key_is_refused_even_then() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = with_a_card();
    make_it_old(&env);
    let own = std::fs::read(key_path(&env)).unwrap();
    // A wrong key first: it did not sign the chain, so it is not recorded but refused.
    std::fs::write(key_path(&env), [5u8; 32]).unwrap();
    let r = env.run(&[
        "instrument",
        "add",
        "A1",
        "--card-number",
        CARD,
        "--expiry",
        "2029-12",
    ]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("does not belong to this database"));
    // The own key: recorded, and the chain written before still verifies.
    std::fs::write(key_path(&env), &own).unwrap();
    env.json(&["audit", "verify"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM key_fingerprint", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    drop(conn);
    std::fs::write(key_path(&env), [5u8; 32]).unwrap();
    env.refused(&["person", "add", "--name", "Eve"], 6);
    std::fs::write(key_path(&env), &own).unwrap();
    // Records written before digests are skipped and counted by doctor.
    let report = env.json(&["doctor"]);
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
    assert!(report["records"]["without_digest"].as_u64().unwrap() >= 2);
}

#[test]
fn import_with_key_gives_the_new_database_that_keys_fingerprint() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let src = with_a_card();
    let export = src.run(&["export"]).ok().stdout;
    let dst = Env::new();
    let file = dst.path("all.ndjson");
    std::fs::write(&file, export).unwrap();
    let key = format!("{}.key", src.db.display());
    dst.json(&["import", file.to_str().unwrap(), "--key", &key]);
    dst.json(&["person", "add", "--name", "Ada"]);
    // The same card is a duplicate in the copy too.
    dst.refused(
        &[
            "instrument",
            "add",
            "A1",
            "--card-number",
            CARD,
            "--expiry",
            "2029-12",
        ],
        4,
    );
    dst.json(&["audit", "verify"]);
}

// ------------------------------------------------------------------ point 16

#[test]
fn init_on_an_empty_file_initialises_it_with_its_key_and_mode_0600() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = Env::new_uninit();
    std::fs::write(&env.db, b"").unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    // Any other command finds no database in it.
    let r = env.run(&["person", "list"]).code(3);
    assert!(r.stderr.contains("custctl") && r.stderr.contains("init"));
    let out = env.json(&["init"]);
    let key = key_path(&env);
    assert_eq!(out["key_path"], key.to_str().unwrap());
    assert_eq!(std::fs::read(&key).unwrap().len(), 32);
    assert_eq!(mode(&key), 0o600);
    assert_eq!(mode(&env.db), 0o600);
    env.json(&["person", "add", "--name", "Ada"]);
    env.json(&["audit", "verify"]);
}

#[test]
fn init_never_prints_a_key_path_it_did_not_create() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    std::fs::remove_file(key_path(&env)).unwrap();
    let r = env.run(&["init"]).code(6);
    assert!(r.stderr.contains("is missing"), "{}", r.stderr);
    assert!(!r.stdout.contains("custctl.db.key"));
    assert!(!key_path(&env).exists());
}

// ------------------------------------------------------------------ point 17

#[test]
fn a_key_file_that_is_an_endless_device_is_refused_not_read_forever() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    for device in ["/dev/zero", "/dev/urandom"] {
        let env = Env::new();
        std::fs::remove_file(key_path(&env)).unwrap();
        std::os::unix::fs::symlink(device, key_path(&env)).unwrap();
        let out = env
            .cmd()
            .args(["person", "add", "--name", "Ada"])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let r = common::to_run(out);
        assert_eq!(r.code, 6, "{device}: {}", r.stderr);
        assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
    }
}

#[test]
fn a_key_file_of_the_wrong_length_is_refused() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = Env::new();
    std::fs::write(key_path(&env), vec![1u8; 4096]).unwrap();
    let r = env.refused(&["person", "add", "--name", "Ada"], 6);
    assert!(r.stderr.contains("is not 32 bytes long"), "{}", r.stderr);
}

// ------------------------------------------------------------------ point 18

#[test]
fn records_edited_behind_custctls_back_are_named_by_doctor() {
    let env = with_a_card();
    let ada = env.json(&["person", "add", "--name", "Ada Lovelace"]);
    let ada = ada["id"].as_i64().unwrap();
    env.json(&["person", "update", &ada.to_string(), "--name", "Ada King"]);
    let clean = env.json(&["doctor"]);
    assert_eq!(clean["findings"], serde_json::json!([]), "{clean:#}");
    assert!(clean["records"]["checked"].as_u64().unwrap() >= 4);
    assert_eq!(clean["records"]["without_digest"], 0);

    env.sql(&format!(
        "UPDATE person SET name = 'Eve' WHERE id = {ada};
         UPDATE instrument SET last4 = '4242' WHERE kind = 'card';"
    ));
    // The chain itself is untouched...
    env.json(&["audit", "verify"]);
    // ...but doctor finds both records.
    let r = env.run(&["doctor", "--json"]).code(4);
    let report = r.json();
    let problems: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "records-match-their-audit")
        .map(|f| f["problem"].as_str().unwrap())
        .collect();
    assert_eq!(problems.len(), 2, "{report:#}");
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(&format!("person {ada} ")))
    );
    assert!(problems.iter().any(|p| p.starts_with("instrument 1 ")));

    // Put back as it was, it passes again: the digest is of the state, not of the edit.
    env.sql(&format!(
        "UPDATE person SET name = 'Ada King' WHERE id = {ada};
         UPDATE instrument SET last4 = '1111' WHERE kind = 'card';"
    ));
    env.json(&["doctor"]);
    // A deleted record is found too.
    env.sql(&format!(
        "DELETE FROM contact_point WHERE person_id = {ada}; DELETE FROM person WHERE id = {ada};"
    ));
    let r = env.run(&["doctor", "--json"]).code(4);
    assert!(
        r.stdout.contains(&format!("person {ada} is missing")),
        "{}",
        r.stdout
    );
}

#[test]
fn the_audit_log_holds_digests_not_copies() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada Lovelace"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let (digest, changes): (String, String) = conn
        .query_row(
            "SELECT digest, changes FROM audit_log WHERE entity = 'person'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(digest.len(), 64);
    assert!(digest.bytes().all(|b| b.is_ascii_hexdigit()));
    // The digest is all this change adds; editing it breaks the chain.
    assert!(!changes.contains("digest"));
    drop(conn);
    env.sql(
        "DROP TRIGGER audit_log_no_update;
         UPDATE audit_log SET digest = NULL WHERE entity = 'person';",
    );
    env.run(&["audit", "verify"]).code(4);
}

#[test]
fn expect_head_says_whether_entries_were_removed_or_the_chain_rewritten() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    let env = Env::new();
    env.json(&["person", "add", "--name", "Ada"]);
    env.json(&["person", "add", "--name", "Bob"]);
    let head = env.run(&["audit", "head"]).ok().stdout.trim().to_string();
    let json = env.json(&["audit", "head"]);
    assert_eq!(json["count"], 2);
    assert_eq!(head, format!("2:{}", json["head"].as_str().unwrap()));
    env.json(&["audit", "verify", "--expect-head", &head]);
    // The hmac alone works too.
    env.json(&[
        "audit",
        "verify",
        "--expect-head",
        json["head"].as_str().unwrap(),
    ]);

    // The newest entry removed: fewer entries.
    env.sql("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;");
    let r = env
        .run(&["audit", "verify", "--expect-head", &head])
        .code(4);
    assert!(
        r.stderr.contains("fewer entries") && r.stderr.contains("1 entries"),
        "{}",
        r.stderr
    );
    // Rewritten by someone holding the key: as many entries, another head.
    env.sql("DELETE FROM person WHERE name = 'Bob';");
    env.json(&["person", "add", "--name", "Mallory"]);
    env.json(&["audit", "verify"]);
    let r = env
        .run(&["audit", "verify", "--expect-head", &head])
        .code(4);
    assert!(
        r.stderr.contains("different head at entry 2"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("removed"), "{}", r.stderr);
    env.run(&["audit", "verify", "--expect-head", "nonsense"])
        .code(2);
}

// ------------------------------------------------------------------ point 19

#[test]
fn only_init_or_create_makes_a_database() {
    let env = Env::new_uninit();
    for args in [
        &["person", "list"][..],
        &["person", "add", "--name", "Ada"][..],
        &["doctor"][..],
        &["audit", "verify"][..],
        &["backup", "copy.db"][..],
    ] {
        let r = env.run(args).code(3);
        assert!(
            r.stderr.contains("custctl --db") && r.stderr.contains(" init"),
            "{}",
            r.stderr
        );
        assert!(!env.db.exists(), "{args:?} created the database");
        assert!(!key_path(&env).exists());
    }
    // A folder that does not exist is not created either.
    let deep = env.path("no/such/folder/custctl.db");
    let r = env
        .run(&["--db", deep.to_str().unwrap(), "person", "list"])
        .code(3);
    assert!(r.stderr.contains("does not exist either"), "{}", r.stderr);
    assert!(!env.path("no").exists());
    // --create creates, like init.
    env.json(&[
        "--db",
        deep.to_str().unwrap(),
        "--create",
        "person",
        "add",
        "--name",
        "Ada",
    ]);
    assert_eq!(mode(&deep), 0o600);
    env.json(&["--db", deep.to_str().unwrap(), "audit", "verify"]);
}

#[test]
fn a_record_changed_after_its_audit_entry_in_the_same_write_gets_its_final_digest() {
    use custctl::ops::{Context, audit, doctor};
    use custctl::store::Db;
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("s.db")).unwrap();
    let ctx = Context::new("tester", common::NOW.parse().unwrap());
    // A use case that writes its audit entry first and changes the record after it.
    // (Through store functions: code outside the library holds only the store handle.)
    db.write(|w| {
        use custctl::domain::person::{NewPerson, PersonKind};
        use custctl::store::person;
        let new = NewPerson {
            kind: PersonKind::Person,
            name: "Ada".into(),
            first_name: None,
            last_name: None,
            external_id: None,
            email: None,
            phone: None,
        };
        let id = person::insert(w.conn, &new, "x")?;
        assert_eq!(id, 1);
        audit(w, &ctx, "add", "person", id, serde_json::json!({}))?;
        let mut p = person::get(w.conn, id)?.unwrap();
        p.name = "Ada Lovelace".into();
        person::update(w.conn, &p, "x")?;
        Ok(())
    })
    .unwrap();
    let entries = custctl::ops::audit::list(
        &mut db,
        &custctl::ops::audit::AuditQuery {
            entity: Some("person"),
            id: None,
            actor: None,
            since: None,
            limit: None,
        },
    )
    .unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e.entry.action.as_str()).collect();
    assert_eq!(actions, ["state", "add"]);
    let report = doctor::run(&mut db).unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    // Unchanged after its entry: no extra entry.
    db.write(|w| audit(w, &ctx, "touch", "person", 1, serde_json::json!({})))
        .unwrap();
    let count = custctl::ops::audit::verify(&mut db, None).unwrap().count;
    assert_eq!(count, 3);
}

#[test]
fn records_a_use_case_changes_without_an_entry_about_them_keep_matching_their_audit() {
    let env = Env::new_uninit();
    let at = |now: &str, args: &[&str]| {
        let out = env
            .cmd()
            .env("CUSTCTL_NOW", now)
            .args(args)
            .output()
            .unwrap();
        common::to_run(out).ok()
    };
    at("2026-01-01T00:00:00Z", &["init"]);
    at("2026-01-01T00:00:00Z", &["person", "add", "--name", "Ada"]);
    // Adding a point touches the person's updated_at; replacing the email through the
    // person changes the point: neither writes an entry about that other record.
    at(
        "2026-01-02T00:00:00Z",
        &[
            "person",
            "point",
            "add",
            "1",
            "--type",
            "email",
            "--value",
            "a@example.com",
            "--primary",
        ],
    );
    at(
        "2026-01-03T00:00:00Z",
        &["person", "update", "1", "--email", "b@example.com"],
    );
    let report = env.json(&["doctor"]);
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
    assert_eq!(report["records"]["without_digest"], 0);
    let states = env.json(&["audit"]);
    let states: Vec<(&str, &str)> = states
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "state")
        .map(|e| (e["entity"].as_str().unwrap(), e["at"].as_str().unwrap()))
        .collect();
    assert_eq!(
        states,
        [
            ("contact_point", "2026-01-03T00:00:00Z"),
            ("person", "2026-01-02T00:00:00Z")
        ]
    );
    // And an edit behind custctl's back is still found afterwards.
    env.sql("UPDATE contact_point SET value = 'eve@example.com' WHERE id = 1;");
    let r = env.run(&["doctor", "--json"]).code(4);
    assert!(r.stdout.contains("contact point 1 differs"), "{}", r.stdout);
}

#[test]
fn a_key_file_open_to_other_users_is_refused_with_a_hint_to_chmod_it() {
    if common::sqlite_only(
        "the key file beside a SQLite file, the file's bytes and SQLite-only SQL (tests/postgres.rs covers the key on PostgreSQL)",
    ) {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let key = key_path(&env);
    for loose in [0o640, 0o604, 0o660] {
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(loose)).unwrap();
        let r = env.refused(&["person", "add", "--name", "Ada"], 6);
        assert!(r.stderr.contains("chmod 600"), "{loose:o}: {}", r.stderr);
    }
    // 0400 is as private as 0600.
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o400)).unwrap();
    env.json(&["person", "add", "--name", "Ada"]);
}

#[test]
fn a_database_path_that_is_a_device_pipe_or_folder_is_refused_before_sqlite_opens_it() {
    // `--db /dev/null init` opened the device as an empty database and left
    // /dev/null-journal behind; a named pipe and a folder stand in for it here.
    let env = Env::new_uninit();
    let fifo = env.path("pipe.db");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let folder = env.path("folder.db");
    std::fs::create_dir(&folder).unwrap();
    for db in [&fifo, &folder] {
        for args in [vec!["init"], vec!["person", "list"]] {
            let r = env
                .run(&[vec!["--db", db.to_str().unwrap()], args.clone()].concat())
                .code(6);
            assert!(
                r.stderr.contains("not a regular file"),
                "{args:?}: {}",
                r.stderr
            );
        }
    }
    let mut left: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        vec!["folder.db", "pipe.db"],
        "nothing created beside them"
    );
}

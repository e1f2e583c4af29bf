//! `export` and `import`: every record kind round-trips into an empty database.

mod common;

use common::Env;

/// Every row of every table but the audit log, for comparing two databases.
fn tables_without_audit(env: &Env) -> String {
    env.snapshot()
        .lines()
        .filter(|l| !l.starts_with("audit_log:"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One record of every kind: through commands where they exist, raw SQL for the rest.
fn populate(env: &Env) {
    env.json(&[
        "person",
        "add",
        "--first-name",
        "Ann",
        "--last-name",
        "Lee",
        "--external-id",
        "P1",
        "--email",
        "ann@example.com",
        "--phone",
        "+1 201-555-0123",
    ]);
    env.json(&["person", "add", "--name", "Acme", "--kind", "organization"]);
    env.json(&[
        "person",
        "point",
        "add",
        "1",
        "--type",
        "url",
        "--value",
        "https://example.com",
    ]);
    env.json(&["person", "relate", "1", "--to", "2", "--role", "contact"]);
    env.json(&["account", "add", "A-1", "--name", "Acme", "--person", "2"]);
    env.json(&[
        "account",
        "add",
        "A-2",
        "--name",
        "Other",
        "--currency",
        "EUR",
    ]);
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
    let t = "'2026-11-22T10:15:00Z'";
    env.sql(&format!(
        "
        INSERT INTO contact_class VALUES (1, 'BILL', 'Billing', {t}, 1);
        INSERT INTO letter_template VALUES (1, 'WELCOME', 'Welcome', 'Dear {{{{ person.name }}}}', 0, {t}, 2, {t});
        INSERT INTO letter_template_version VALUES (1, 1, 'Welcome', 'Hi {{{{ person.name }}}}', {t}),
                                                   (1, 2, 'Welcome', 'Dear {{{{ person.name }}}}', {t});
        INSERT INTO contact_type VALUES (1, 1, 'DISPUTE', 'A dispute', 1, {t}, 1);
        INSERT INTO characteristic_type VALUES (1, 'PRIORITY', 'Priority', 0, NULL, 1, 1, 1, {t}, 1);
        INSERT INTO characteristic_type VALUES (2, 'REF', 'Reference', 1, '^[A-Z]+$', 1, 0, 0, {t}, 0);
        INSERT INTO characteristic_value VALUES (1, 'high', 1), (1, 'low', 2);
        INSERT INTO contact_type_characteristic VALUES (1, 1, 'low', 1);
        INSERT INTO contact VALUES (1, 1, 1, {t}, 'tester', 'phone', 'inbound', 'Called about a bill', 1, 'C-1', 1, 'pending', NULL, {t});
        INSERT INTO contact_log VALUES (1, 1, {t}, 'tester', 'Will call back', '2026-12-01', 'tester', NULL, NULL);
        INSERT INTO contact_characteristic VALUES (1, 1, 'high');
        INSERT INTO contact VALUES (2, 1, 1, {t}, 'tester', NULL, NULL, NULL, 0, NULL, 1, 'printed', {t}, {t});
        INSERT INTO contact_characteristic VALUES (2, 1, 'low');
        INSERT INTO letter_print VALUES (2, 1, 1, 'Hi Ann Lee', {t});
        INSERT INTO contact VALUES (3, 1, 1, {t}, 'tester', NULL, NULL, NULL, 0, NULL, 1, 'none', NULL, {t});
        INSERT INTO contact_characteristic VALUES (3, 1, 'low');
        INSERT INTO letter_cancel VALUES (3, 'sent by hand', {t}, 'tester');
        INSERT INTO person_characteristic VALUES (1, 1, 'low');
        INSERT INTO account_characteristic VALUES (1, 1, 'high');
        INSERT INTO receipt_method VALUES (1, 'CARD', 'Card', 'automatic', 'card', 1, 0, 1, {t}, 1);
        INSERT INTO receipt_method_assignment VALUES (1, 1, NULL, 1, '2026-01-01', NULL, {t});
        INSERT INTO receipt_method_primary VALUES (1, 1, '2026-01-01', '2026-06-30'), (2, 1, '2026-08-01', NULL);
        INSERT INTO instrument (id, account_id, kind, brand, last4, expiry, fingerprint, holder, start_date, created_at)
             VALUES (1, 1, 'card', 'visa', '1111', '2030-12', 'abcd', 'Ann Lee', '2026-01-01', {t});
        INSERT INTO instrument (id, account_id, site_id, kind, iban, bic, country, bank_key, currency, start_date, end_date, preference, external_id, created_at)
             VALUES (2, 1, 1, 'bank-account', 'DE89370400440532013000', 'COBADEFFXXX', 'DE', 'DE:37040044:0532013000', 'EUR', '2026-01-01', '2027-01-01', 2, 'I-2', {t});
        INSERT INTO instrument_primary VALUES (1, 2, '2026-01-01', NULL);
        INSERT INTO account_contact VALUES (1, 1, 1, 1, 'Buyer', 1, {t}, '2027-03-31');
        INSERT INTO account_contact_responsibility VALUES (1, 'bill-to'), (1, 'dunning');
        INSERT INTO account_relationship VALUES (1, 1, 2, 1, 0, 1, '2026-01-01', NULL, 'sister company', {t});
        INSERT INTO profile_class VALUES (1, 'DEFAULT', 'Default', {t});
        INSERT INTO profile_class_version VALUES (1, 1, '2026-01-01', 'NET30', 1, 0, '2.5', 'monthly', 1, 0, 'Bob', {t});
        INSERT INTO profile_class_credit_limit VALUES (1, 'USD', 500000);
        INSERT INTO account_profile VALUES (1, 1, 1, '2026-01-01', NULL, {t});
        INSERT INTO account_profile_override VALUES (1, 'payment_terms', 'NET45');
        "
    ));
}

#[test]
fn every_record_round_trips_into_an_empty_database() {
    let src = Env::new();
    if src.sqlite_only("its set-up fills every table with raw SQLite INSERTs (0/1 flags, positional columns); tests/postgres.rs moves an export between the backends") {
        return;
    }
    populate(&src);
    // Every table but the audit log holds at least one row.
    let snap = tables_without_audit(&src);
    let conn = rusqlite::Connection::open(&src.db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in &tables {
        assert!(snap.contains(&format!("{t}: ")), "no row in {t}");
    }
    let export = src.run(&["export"]).ok().stdout;
    for line in export.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["kind"].is_string() && v["record"].is_object(), "{line}");
    }
    assert!(!export.contains("\"audit_log\""));
    // export writes an audit entry.
    let audit = src.json(&["audit", "--entity", "export"]);
    assert_eq!(audit.as_array().unwrap().len(), 1);

    let dst = Env::new();
    let file = dst.path("export.ndjson");
    std::fs::write(&file, &export).unwrap();
    let key = format!("{}.key", src.db.display());
    let v = dst.json(&["import", file.to_str().unwrap(), "--key", &key]);
    assert_eq!(v["read"].as_u64().unwrap() as usize, export.lines().count());
    assert_eq!(tables_without_audit(&src), tables_without_audit(&dst));
    // The key came along, so fingerprints keep matching; the audit chain of the new
    // database verifies under it.
    assert_eq!(
        std::fs::read(&key).unwrap(),
        std::fs::read(format!("{}.key", dst.db.display())).unwrap()
    );
    dst.run(&["audit", "verify"]).ok();
    // doctor finds in the copy exactly what it finds in the source (the raw SQL above does
    // not follow every business rule; the copy must not differ). The copy's records have no
    // digests (its audit log starts anew), so the records line differs.
    let (a, b) = (src.run(&["doctor"]), dst.run(&["doctor"]));
    assert_eq!(a.code, b.code);
    let findings = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("head") && !l.contains("records"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(findings(&a.stdout), findings(&b.stdout));
    // Exporting the copy gives the same lines.
    assert_eq!(dst.run(&["export"]).ok().stdout, export);
    // Importing again into a database that holds records is refused, changing nothing.
    dst.refused(&["import", file.to_str().unwrap()], 4);
}

#[test]
fn import_reads_stdin_and_refuses_bad_lines() {
    let src = Env::new();
    if src.sqlite_only("its set-up fills every table with raw SQLite INSERTs (0/1 flags, positional columns); tests/postgres.rs moves an export between the backends") {
        return;
    }
    populate(&src);
    let export = src
        .run(&["export", "--entities", "person,contact_point"])
        .ok()
        .stdout;
    let kinds: std::collections::BTreeSet<String> = export
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        vec!["contact_point", "person"]
    );
    src.run(&["export", "--entities", "nonsense"]).code(5);

    let dst = Env::new();
    dst.run_with(&["import", "-"], Some(export.as_bytes())).ok();
    assert_eq!(
        dst.json(&["person", "show", "ext:P1"])["email"],
        "ann@example.com"
    );

    let bad = Env::new();
    bad.json(&["init"]);
    let lines = [
        "{\"kind\":\"nonsense\",\"record\":{}}",
        "{\"kind\":\"person\",\"record\":{\"id\":1,\"drop table\":1}}",
        "not json",
    ];
    for line in lines {
        let run = bad.run_with(&["import", "-"], Some(line.as_bytes()));
        assert_eq!(run.code, 5, "{line}: {}", run.stderr);
        assert!(run.stderr.contains("line 1"), "{}", run.stderr);
    }
    // A card number in a text value of a hand-made file is refused, never stored or shown.
    let pan = "4111111111111111";
    let carded = format!(
        "{{\"kind\":\"person\",\"record\":{{\"id\":1,\"kind\":\"person\",\"name\":\"Eve {pan}\",\"created_at\":\"2026-11-22T10:15:00Z\",\"updated_at\":\"2026-11-22T10:15:00Z\"}}}}"
    );
    let before = bad.snapshot();
    let run = bad.run_with(&["import", "-"], Some(carded.as_bytes()));
    assert_eq!(run.code, 5, "{}", run.stderr);
    assert!(!run.stderr.contains(pan) && !run.stdout.contains(pan));
    assert!(run.stderr.contains("ending 1111"), "{}", run.stderr);
    assert_eq!(before, bad.snapshot());
    // A dangling reference is refused at commit, nothing written.
    let dangling = "{\"kind\":\"contact_point\",\"record\":{\"id\":1,\"person_id\":99,\"type\":\"url\",\"value\":\"x\",\"purpose\":null,\"is_primary\":0,\"created_at\":\"2026-11-22T10:15:00Z\"}}";
    let before = bad.snapshot();
    let run = bad.run_with(&["import", "-"], Some(dangling.as_bytes()));
    assert_ne!(run.code, 0);
    assert_eq!(before, bad.snapshot());
}

//! PostgreSQL (issue 15, the groundwork): `init` creates the schema on an empty database and
//! records the key's fingerprint, migrations run under an advisory lock, a wrong key is
//! refused, the append-only tables hold at the SQL level, every other command is refused
//! in one place, and a password is never printed.
//!
//! Tests that need a server get a fresh database from `common::pg` (`CUSTCTL_TEST_PG_URL`);
//! without one they are skipped with a message (under CI they fail). The TLS tests need the
//! server `.ci/postgres.sh` starts with a certificate (`CUSTCTL_TEST_PG_TLS_CA`).

mod common;

use std::io::Write as _;
use std::os::unix::fs::PermissionsExt;

use common::pg::{PgEnv, database_url};
use common::{Env, to_run};
use postgres::error::SqlState;

/// The number of migrations, the same on both backends.
const VERSION: i64 = custctl::store::SCHEMA_VERSION;

const SECRET: &str = "s3cr3t-Pa55";

fn migrations(db: &common::pg::PgDatabase) -> Vec<(i64, String)> {
    db.client()
        .query(
            "SELECT version, name FROM custctl_migration ORDER BY version",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

fn table_count(db: &common::pg::PgDatabase) -> i64 {
    db.client()
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            &[],
        )
        .unwrap()
        .get(0)
}

#[test]
fn init_creates_the_schema_and_records_the_key_and_a_second_init_changes_nothing() {
    let Some(pg) = PgEnv::new() else { return };
    let first = pg.json(&["init"]);
    assert_eq!(first["schema_version"], VERSION);
    assert_eq!(first["key_path"], pg.key_file.to_str().unwrap());
    let key = std::fs::read(&pg.key_file).unwrap();
    assert_eq!(key.len(), 32);
    assert_eq!(
        std::fs::metadata(&pg.key_file)
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    let fingerprint: String = pg
        .db
        .client()
        .query_one("SELECT fingerprint FROM key_fingerprint WHERE id = 1", &[])
        .unwrap()
        .get(0);
    assert!(!fingerprint.contains(&hex::encode(&key)));

    let tables = table_count(&pg.db);
    let second = pg.json(&["init"]);
    assert_eq!(second, first);
    assert_eq!(std::fs::read(&pg.key_file).unwrap(), key);
    assert_eq!(table_count(&pg.db), tables);
    assert_eq!(migrations(&pg.db).len() as i64, VERSION);
}

#[test]
fn migrations_are_recorded_one_row_each_and_doctor_reports_the_sqlite_version() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let applied = migrations(&pg.db);
    let numbers: Vec<i64> = applied.iter().map(|(v, _)| *v).collect();
    assert_eq!(numbers, (1..=VERSION).collect::<Vec<_>>());
    assert_eq!(applied[0].1, "foundation");
    assert_eq!(applied[6].1, "garble");

    let doctor = pg.json(&["doctor"]);
    assert_eq!(doctor["backend"], "postgresql");
    assert_eq!(doctor["schema_version"], VERSION);
    assert!(
        doctor["findings"].as_array().unwrap().is_empty()
            && doctor["integrity"].as_array().unwrap().is_empty()
            && doctor["foreign_keys"].as_array().unwrap().is_empty()
            && doctor["audit"]["first_bad"].is_null(),
        "{doctor}"
    );
    // The same number as a SQLite database of this custctl.
    let sqlite = Env::new_uninit();
    assert_eq!(sqlite.json(&["init"])["schema_version"], VERSION);
}

#[test]
fn a_lock_held_longer_than_the_busy_timeout_is_a_busy_database() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let mut holder = pg.db.client();
    let mut tx = holder.transaction().unwrap();
    // The server ends the holder after 60 s idle: without custctl's lock timeout, doctor
    // would then succeed (a failure here) instead of hanging the suite.
    tx.batch_execute(
        "SET LOCAL idle_in_transaction_session_timeout = '60s';
         LOCK TABLE custctl_migration IN ACCESS EXCLUSIVE MODE",
    )
    .unwrap();
    let r = to_run(
        pg.cmd()
            .env("CUSTCTL_BUSY_TIMEOUT_MS", "300")
            .args(["doctor"])
            .output()
            .unwrap(),
    )
    .code(6);
    assert!(r.stderr.contains("the database is busy"), "{}", r.stderr);
    tx.rollback().unwrap();
    drop(holder);
    pg.json(&["doctor"]);
}

#[test]
fn a_database_newer_than_this_custctl_is_refused() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    pg.db
        .client()
        .execute(
            "INSERT INTO custctl_migration (version, name) VALUES ($1, 'future')",
            &[&(VERSION + 1)],
        )
        .unwrap();
    let r = pg.run(&["doctor"]).code(6);
    assert!(r.stderr.contains("newer than this custctl"), "{}", r.stderr);
}

#[test]
fn initialising_processes_racing_on_one_empty_database_all_succeed() {
    let Some(pg) = PgEnv::new() else { return };
    let bin = assert_cmd::cargo::cargo_bin("custctl");
    let children: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(&bin)
                .env_clear()
                .env("CUSTCTL_DB", &pg.db.url)
                .env("CUSTCTL_KEY_FILE", &pg.key_file)
                .env("HOME", pg.env.dir.path())
                .env("CUSTCTL_ACTOR", "tester")
                .args(["init", "--json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("custctl starts")
        })
        .collect();
    for child in children {
        let run = to_run(child.wait_with_output().unwrap()).ok();
        assert_eq!(run.json()["schema_version"], VERSION);
    }
    assert_eq!(migrations(&pg.db).len() as i64, VERSION);
    pg.json(&["doctor"]);
}

#[test]
fn a_key_that_is_not_the_databases_is_refused_by_init_and_doctor() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let other = pg.env.path("other.key");
    std::fs::write(&other, [7u8; 32]).unwrap();
    std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o600)).unwrap();
    // init refuses (6); doctor, as on SQLite, reports the finding and exits 4, with
    // a signing command refused (6) and nothing written.
    let r = pg
        .run(&["--key-file", other.to_str().unwrap(), "init"])
        .code(6);
    assert!(
        r.stderr.contains("does not belong to the database"),
        "{}",
        r.stderr
    );
    let r = pg
        .run(&["--key-file", other.to_str().unwrap(), "doctor", "--json"])
        .code(4);
    assert!(
        r.stdout.contains("key-file-belongs-to-the-database"),
        "{}",
        r.stdout
    );
    let before = pg.db.snapshot();
    let r = pg
        .run(&[
            "--key-file",
            other.to_str().unwrap(),
            "person",
            "add",
            "--name",
            "Eve",
        ])
        .code(6);
    assert!(r.stderr.contains("does not belong"), "{}", r.stderr);
    assert_eq!(before, pg.db.snapshot());
    // A missing key file is refused too, and init does not make up a new one.
    let missing = pg.env.path("missing.key");
    pg.run(&["--key-file", missing.to_str().unwrap(), "init"])
        .code(6);
    let r = pg
        .run(&["--key-file", missing.to_str().unwrap(), "doctor", "--json"])
        .code(4);
    assert!(r.stdout.contains("key-file-present"), "{}", r.stdout);
    assert!(!missing.exists());
    pg.json(&["doctor"]);
}

#[test]
fn doctor_on_a_database_without_the_schema_is_not_found_and_creates_nothing() {
    let Some(pg) = PgEnv::new() else { return };
    let r = pg.run(&["doctor"]).code(3);
    assert!(r.stderr.contains("has no custctl schema"), "{}", r.stderr);
    assert!(r.stderr.contains("init"), "{}", r.stderr);
    assert_eq!(table_count(&pg.db), 0);
    assert!(!pg.key_file.exists());
    // `--create` creates it as `init` does.
    assert_eq!(pg.json(&["--create", "doctor"])["schema_version"], VERSION);
    assert!(pg.key_file.exists());
}

#[test]
fn the_postgres_schema_has_the_tables_columns_and_indexes_of_the_sqlite_one() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let sqlite = Env::new();
    let conn = rusqlite::Connection::open(&sqlite.db).unwrap();
    let lite = |sql: &str| -> Vec<String> {
        let mut stmt = conn.prepare(sql).unwrap();
        let mut v: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        v.sort();
        v
    };
    let mut client = pg.db.client();
    let mut postgres = |sql: &str| -> Vec<String> {
        let mut v: Vec<String> = client
            .query(sql, &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        v.sort();
        v
    };
    let sqlite_columns = lite(
        "SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_info(m.name) c
          WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
    );
    let pg_columns = postgres(
        "SELECT table_name || '.' || column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name <> 'custctl_migration'",
    );
    assert_eq!(pg_columns, sqlite_columns);
    let sqlite_indexes = lite(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'",
    );
    let pg_indexes = postgres(
        "SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public'
          AND indexname NOT IN (SELECT conname FROM pg_constraint)",
    );
    assert_eq!(pg_indexes, sqlite_indexes);
    let sqlite_triggers = lite("SELECT name FROM sqlite_master WHERE type = 'trigger'");
    let pg_triggers = postgres(
        "SELECT DISTINCT trigger_name::text FROM information_schema.triggers
          WHERE trigger_schema = 'public'
         UNION SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal",
    );
    // PostgreSQL adds the TRUNCATE guards SQLite has no event for.
    let extra: Vec<&String> = pg_triggers
        .iter()
        .filter(|t| !sqlite_triggers.contains(t))
        .collect();
    // And the triggers that collect a write's changed rows (SQLite's update hook).
    assert!(
        extra
            .iter()
            .all(|t| t.ends_with("_no_truncate") || *t == "custctl_track_change"),
        "{extra:?}"
    );
    assert!(
        sqlite_triggers.iter().all(|t| pg_triggers.contains(t)),
        "{sqlite_triggers:?} vs {pg_triggers:?}"
    );
}

#[test]
fn every_text_column_sorts_in_byte_order() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let mut client = pg.db.client();
    let other: Vec<String> = client
        .query(
            "SELECT table_name || '.' || column_name FROM information_schema.columns
              WHERE table_schema = 'public' AND data_type = 'text'
                AND table_name <> 'custctl_migration'
                AND collation_name IS DISTINCT FROM 'C'",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(other.is_empty(), "not COLLATE \"C\": {other:?}");
    client
        .batch_execute(
            "INSERT INTO person (kind, name, created_at, updated_at)
             SELECT 'person', n, now(), now() FROM unnest(ARRAY['b', 'B', 'é', 'a', 'Z']) AS n",
        )
        .unwrap();
    let names: Vec<String> = client
        .query("SELECT name FROM person ORDER BY name", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(names, ["B", "Z", "a", "b", "é"]);
}

fn refused_by_sql(client: &mut postgres::Client, sql: &str) {
    let err = client
        .batch_execute(sql)
        .expect_err(&format!("{sql} must be refused"));
    assert_eq!(
        err.code(),
        Some(&SqlState::INTEGRITY_CONSTRAINT_VIOLATION),
        "{sql}: {err:?}"
    );
}

#[test]
fn the_audit_log_refuses_update_delete_and_truncate_except_a_redaction() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let mut client = pg.db.client();
    client
        .batch_execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, changes, prev_hmac, hmac)
             VALUES ('2026-11-22T10:15:00Z', 'tester', 'add', 'person', '1', '{\"name\":\"A\"}', '', 'h1'),
                    ('2026-11-22T10:16:00Z', 'tester', 'garble', 'person', '1', '{}', 'h1', 'h2')",
        )
        .unwrap();
    for sql in [
        "UPDATE audit_log SET actor = 'mallory'",
        "UPDATE audit_log SET changes = '{}'",
        "UPDATE audit_log SET changes = '{}', redacted_by = 2, actor = 'mallory' WHERE id = 1",
        // A redaction names a later entry.
        "UPDATE audit_log SET changes = '{}', redacted_by = 1 WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 2",
        "TRUNCATE audit_log",
        "TRUNCATE audit_log, key_fingerprint",
        // The key's fingerprint is fixed once the log has entries.
        "DELETE FROM key_fingerprint",
        "UPDATE key_fingerprint SET fingerprint = 'x'",
        "TRUNCATE key_fingerprint",
    ] {
        refused_by_sql(&mut client, sql);
    }
    let count: i64 = client
        .query_one("SELECT count(*) FROM audit_log", &[])
        .unwrap()
        .get(0);
    assert_eq!(count, 2);
    // The one update allowed: a redaction of the changes by a later (garble) entry.
    client
        .batch_execute(
            "UPDATE audit_log SET changes = '{\"name\":\"*\"}', redacted_by = 2 WHERE id = 1",
        )
        .unwrap();
}

#[test]
fn the_contact_log_refuses_edits_deletes_and_truncate_even_cascaded() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let mut client = pg.db.client();
    client
        .batch_execute(
            "INSERT INTO person (kind, name, created_at, updated_at) VALUES ('person', 'P', now(), now());
             INSERT INTO contact_class (code, description, created_at) VALUES ('C', 'c', now());
             INSERT INTO contact_type (class_id, code, description, created_at) VALUES (1, 'T', 't', now());
             INSERT INTO contact (person_id, contact_type_id, contacted_at, \"user\", created_at)
                  VALUES (1, 1, now(), 'u', now());
             INSERT INTO contact_log (contact_id, logged_at, actor, text, remind_on, remind_user)
                  VALUES (1, now(), 'a', 'called back', '2026-12-01', 'u');",
        )
        .unwrap();
    for sql in [
        "UPDATE contact_log SET text = 'rewritten'",
        "UPDATE contact_log SET actor = 'mallory'",
        "UPDATE contact_log SET remind_on = '2026-12-02'",
        "DELETE FROM contact_log",
        "TRUNCATE contact_log",
        "TRUNCATE contact CASCADE",
    ] {
        refused_by_sql(&mut client, sql);
    }
    // A reminder may be marked done; a garbled person's log text may be garbled.
    client
        .batch_execute("UPDATE contact_log SET reminder_done_at = now()")
        .unwrap();
    client
        .batch_execute("UPDATE person SET garbled_by = 1; UPDATE contact_log SET text = '*'")
        .unwrap();
}

// ------------------------------------------------------------- no server needed

/// An address nothing listens on (connections are refused at once).
fn unreachable_url() -> String {
    format!("postgresql://admin:{SECRET}@127.0.0.1:1/customers?sslmode=disable")
}

#[test]
fn every_command_reaches_the_server_and_an_unreachable_one_is_a_storage_failure() {
    let env = Env::new_uninit();
    let url = unreachable_url();
    for args in [
        &["person", "list"][..],
        &[
            "contact", "add", "--person", "1", "--class", "C", "--type", "X",
        ][..],
        &["backup", "copy.db"][..],
        &["export"][..],
        &["audit", "verify"][..],
        &["doctor"][..],
    ] {
        let mut all = vec!["--db", url.as_str(), "--key-file", "k"];
        all.extend_from_slice(args);
        let r = env.run(&all).code(6);
        assert!(
            r.stderr.contains("cannot connect"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains(SECRET));
        let json = env.run(&[&all[..], &["--json"]].concat()).code(6);
        assert_eq!(json.error_json()["error"]["kind"], "storage");
    }
    // Nothing was created beside it.
    assert!(!env.path("k").exists());
    assert!(!env.path("copy.db").exists());
}

#[test]
fn a_password_is_never_printed_by_errors_or_config_show() {
    let env = Env::new_uninit();
    let url = unreachable_url();
    let r = env
        .run(&["--db", &url, "--key-file", "k", "doctor"])
        .code(6);
    assert!(
        r.stderr
            .contains("cannot connect to postgresql://admin:***@127.0.0.1:1/customers"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains(SECRET) && !r.stdout.contains(SECRET));
    let r = env
        .run(&["--db", &url, "--key-file", "k", "doctor", "--json"])
        .code(6);
    assert_eq!(r.error_json()["error"]["kind"], "storage");
    assert!(!r.stderr.contains(SECRET));

    let conninfo = format!("host=127.0.0.1 port=1 dbname=x password='{SECRET}' sslmode=disable");
    let r = env
        .run(&["--db", &conninfo, "--key-file", "k", "init"])
        .code(6);
    assert!(!r.stderr.contains(SECRET), "{}", r.stderr);
    let bad = format!("{url}&sslmode=sometimes");
    let r = env.run(&["--db", &bad, "--key-file", "k", "init"]).code(2);
    assert!(!r.stderr.contains(SECRET), "{}", r.stderr);

    let shown = env.json(&["--db", &url, "config", "show"]);
    let text = shown.to_string();
    assert!(!text.contains(SECRET));
    let database = shown
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == "database")
        .unwrap();
    assert_eq!(
        database["value"],
        "postgresql://admin:***@127.0.0.1:1/customers?sslmode=disable"
    );
}

#[test]
fn postgres_needs_a_named_key_file() {
    let env = Env::new_uninit();
    let r = env.run(&["--db", &unreachable_url(), "init"]).code(2);
    assert!(r.stderr.contains("--key-file"), "{}", r.stderr);
    // The config file's database may be a URL (not made relative to the config folder),
    // and its key_file names the key.
    let config = env.path("config.toml");
    std::fs::write(
        &config,
        format!(
            "database = \"{}\"\nkey_file = \"team.key\"\n",
            unreachable_url()
        ),
    )
    .unwrap();
    let shown = to_run(
        env.cmd()
            .env("CUSTCTL_CONFIG", &config)
            .env_remove("CUSTCTL_DB")
            .args(["config", "show", "--json"])
            .output()
            .unwrap(),
    )
    .ok()
    .json();
    let value = |name: &str| {
        shown
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["setting"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(value("database")["source"], "config file");
    assert!(
        value("database")["value"]
            .as_str()
            .unwrap()
            .starts_with("postgresql://admin:***@")
    );
    assert_eq!(
        value("key_file")["value"],
        env.path("team.key").to_str().unwrap()
    );
    assert_eq!(value("key_file")["source"], "config file");
}

// ------------------------------------------------------------------- passwords

/// A fresh database and the server's password role (`.ci/postgres.sh` makes one that must
/// log in with scram-sha-256): (database, role, password).
fn password_server() -> Option<(common::pg::PgDatabase, String, String)> {
    let db = common::pg::fresh_database()?;
    let Some(role) = std::env::var("CUSTCTL_TEST_PG_PASSWORD_ROLE").ok() else {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: CUSTCTL_TEST_PG_PASSWORD_ROLE not set (.ci/postgres.sh sets it)"
        );
        return None;
    };
    let (user, password) = role.split_once(':').unwrap();
    Some((db, user.to_string(), password.to_string()))
}

#[test]
fn the_password_comes_from_the_url_pgpassword_or_pgpass_and_is_never_printed() {
    let Some((db, user, password)) = password_server() else {
        return;
    };
    let env = Env::new_uninit();
    let key = env.path("team.key");
    let port = db
        .url
        .rsplit_once(':')
        .unwrap()
        .1
        .split('/')
        .next()
        .unwrap();
    let url = database_url(
        &format!("postgresql://{user}@127.0.0.1:{port}/x?sslmode=disable"),
        &db.name,
    );
    let run = |vars: &[(&str, &str)], db_url: &str, command: &str| {
        let mut cmd = env.cmd();
        cmd.env("CUSTCTL_KEY_FILE", &key);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let r = to_run(cmd.args(["--db", db_url, command]).output().unwrap());
        assert!(
            !r.stdout.contains(&password) && !r.stderr.contains(&password),
            "the password was printed"
        );
        r
    };
    // No password anywhere: the login fails (6); a wrong one too.
    run(&[], &url, "init").code(6);
    let r = run(&[("PGPASSWORD", "wrong")], &url, "init").code(6);
    assert!(
        r.stderr.contains("password authentication failed"),
        "{}",
        r.stderr
    );
    assert!(!key.exists());
    // PGPASSWORD.
    run(&[("PGPASSWORD", &password)], &url, "init").ok();
    // ~/.pgpass, 0600, first matching line.
    let pgpass = env.path(".pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "# team\notherhost:*:*:*:nope\n127.0.0.1:{port}:{}:{user}:{password}\n",
            db.name
        ),
    )
    .unwrap();
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    run(&[], &url, "doctor").ok();
    // PGPASSFILE names another file; one that others may read is ignored, as libpq does.
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = run(&[], &url, "doctor").code(6);
    assert!(r.stderr.contains("readable by others"), "{}", r.stderr);
    let moved = env.path("team.pgpass");
    std::fs::rename(&pgpass, &moved).unwrap();
    std::fs::set_permissions(&moved, std::fs::Permissions::from_mode(0o600)).unwrap();
    run(&[("PGPASSFILE", moved.to_str().unwrap())], &url, "doctor").ok();
    // In the URL, shown as ***.
    let with_password = url.replacen(&format!("{user}@"), &format!("{user}:{password}@"), 1);
    // `init` on the initialised database names it, redacted.
    let r = run(&[], &with_password, "init").ok();
    assert!(r.stderr.contains(&format!("{user}:***@")), "{}", r.stderr);
    assert!(!r.stdout.contains(&password) && !r.stderr.contains(&password));
}

// ------------------------------------------------------------------------ TLS

/// The TLS test server: a role that may connect over TLS only, and the CA of the server's
/// certificate (for `localhost`, not for `127.0.0.1`).
fn tls_server() -> Option<(common::pg::PgDatabase, std::path::PathBuf)> {
    let db = common::pg::fresh_database()?;
    let Some(ca) = std::env::var_os("CUSTCTL_TEST_PG_TLS_CA") else {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: CUSTCTL_TEST_PG_TLS_CA not set (.ci/postgres.sh sets it when openssl is there)"
        );
        return None;
    };
    Some((db, ca.into()))
}

/// `url` as the TLS-only role, on `host`, with `params`.
fn tls_url(db: &common::pg::PgDatabase, host: &str, params: &str) -> String {
    let port = db
        .url
        .rsplit_once(':')
        .unwrap()
        .1
        .split('/')
        .next()
        .unwrap();
    let url = format!("postgresql://custctl_tls@{host}:{port}/postgres?{params}");
    database_url(&url, &db.name)
}

#[test]
fn sslmode_require_and_verify_full_connect_over_tls_and_a_wrong_host_name_is_refused() {
    let Some((db, ca)) = tls_server() else { return };
    let env = Env::new_uninit();
    let key = env.path("team.key");
    let key = key.to_str().unwrap();
    let ca = ca.to_str().unwrap();
    // Without TLS the role is rejected: a success below went over TLS.
    let plain = tls_url(&db, "127.0.0.1", "sslmode=disable");
    env.run(&["--db", &plain, "--key-file", key, "init"])
        .code(6);

    let require = tls_url(&db, "127.0.0.1", "sslmode=require");
    assert_eq!(
        env.json(&["--db", &require, "--key-file", key, "init"])["schema_version"],
        VERSION
    );
    let full = tls_url(
        &db,
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    );
    env.json(&["--db", &full, "--key-file", key, "doctor"]);
    let ca_only = tls_url(
        &db,
        "127.0.0.1",
        &format!("sslmode=verify-ca&sslrootcert={ca}"),
    );
    env.json(&["--db", &ca_only, "--key-file", key, "doctor"]);

    // The certificate names localhost, not 127.0.0.1.
    let wrong_name = tls_url(
        &db,
        "127.0.0.1",
        &format!("sslmode=verify-full&sslrootcert={ca}"),
    );
    let r = env
        .run(&["--db", &wrong_name, "--key-file", key, "doctor"])
        .code(6);
    assert!(r.stderr.contains("cannot connect"), "{}", r.stderr);
    // A root certificate file that holds no certificate: refused, not ignored.
    let empty = env.path("empty.pem");
    std::fs::write(&empty, "").unwrap();
    let no_roots = tls_url(
        &db,
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={}", empty.display()),
    );
    let r = env
        .run(&["--db", &no_roots, "--key-file", key, "doctor"])
        .code(6);
    assert!(
        r.stderr.contains("no trusted root certificate"),
        "{}",
        r.stderr
    );
}

/// `backup` on PostgreSQL runs `pg_dump` (custom format) and writes the key beside it, both
/// 0600; `pg_restore` reads the archive into a new database that custctl opens with that
/// key, records and audit chain intact.
#[test]
fn backup_runs_pg_dump_and_the_archive_restores_with_its_key() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    pg.json(&[
        "person",
        "add",
        "--name",
        "Ada",
        "--email",
        "ada@example.com",
    ]);
    let target = pg.env.path("team.dump");
    let report = pg.json(&["backup", target.to_str().unwrap()]);
    assert_eq!(report["path"], target.to_str().unwrap());
    let key = pg.env.path("team.dump.key");
    for file in [&target, &key] {
        let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    assert_eq!(
        std::fs::read(&key).unwrap(),
        std::fs::read(&pg.key_file).unwrap()
    );
    // Never over an existing file without --force.
    pg.run(&["backup", target.to_str().unwrap()]).code(5);

    let Some(restored) = common::pg::fresh_database() else {
        return;
    };
    let out = std::process::Command::new("pg_restore")
        .args(["--no-owner", "--dbname", &restored.url])
        .arg(&target)
        .output()
        .expect("pg_restore runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = |args: &[&str]| {
        to_run(
            pg.env
                .cmd()
                .env("CUSTCTL_DB", &restored.url)
                .env("CUSTCTL_KEY_FILE", &key)
                .args(args)
                .output()
                .unwrap(),
        )
    };
    let persons = run(&["person", "list", "--json"]).ok().json();
    assert_eq!(persons[0]["name"], "Ada");
    run(&["doctor"]).ok();
    // The restored database goes on numbering after the restored rows.
    let bob = run(&["person", "add", "--name", "Bob", "--json"])
        .ok()
        .json();
    assert_eq!(bob["id"], 2);
}

/// An export of a SQLite database reads into an empty PostgreSQL database and back, every
/// record and its digest the same (doctor clean on each side).
#[test]
fn export_moves_a_database_from_sqlite_to_postgresql_and_back() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    // The SQLite side: a fresh file beside it.
    let sqlite = pg.env.path("team.db");
    let lite = |args: &[&str]| {
        to_run(
            pg.env
                .cmd()
                .env("CUSTCTL_DB", &sqlite)
                .env_remove("CUSTCTL_KEY_FILE")
                .args(args)
                .output()
                .unwrap(),
        )
    };
    lite(&["init"]).ok();
    lite(&[
        "person",
        "add",
        "--name",
        "Ada",
        "--email",
        "ada@example.com",
    ])
    .ok();
    lite(&["person", "add", "--name", "Acme", "--kind", "organization"]).ok();
    lite(&["account", "add", "A-1", "--name", "Acme", "--person", "2"]).ok();
    lite(&["person", "relate", "1", "--to", "2", "--role", "contact"]).ok();
    let export = lite(&["export"]).ok().stdout;

    let run = pg
        .cmd()
        .args(["import", "-"])
        .write_stdin(export.clone())
        .output()
        .unwrap();
    to_run(run).ok();
    pg.json(&["doctor"]);
    let accounts = pg.json(&["account", "list"]);
    assert_eq!(accounts[0]["number"], "A-1");
    // New records go on after the imported ids.
    assert_eq!(pg.json(&["person", "add", "--name", "Bob"])["id"], 3);

    // And back: PostgreSQL's export reads into a new SQLite file.
    let back = to_run(pg.cmd().args(["export"]).output().unwrap())
        .ok()
        .stdout;
    let sqlite = pg.env.path("back.db");
    let lite2 = |args: &[&str], stdin: Option<&str>| {
        let mut cmd = pg.env.cmd();
        cmd.env("CUSTCTL_DB", &sqlite)
            .env_remove("CUSTCTL_KEY_FILE")
            .args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.to_string());
        }
        to_run(cmd.output().unwrap())
    };
    lite2(&["init"], None).ok();
    lite2(&["import", "-"], Some(&back)).ok();
    lite2(&["doctor"], None).ok();
    let persons = lite2(&["person", "list", "--json"], None).ok().json();
    let names: Vec<&str> = persons
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ada", "Acme", "Bob"]);
}

/// The indexes and foreign keys of the tables a contact import loads, as PostgreSQL
/// describes them.
fn contact_table_shape(db: &common::pg::PgDatabase) -> Vec<String> {
    table_shape(db, &["contact", "contact_characteristic"])
}

/// The indexes and constraints of `tables`, as PostgreSQL describes them.
fn table_shape(db: &common::pg::PgDatabase, tables: &[&str]) -> Vec<String> {
    let mut client = db.client();
    let tables: Vec<String> = tables.iter().map(|t| t.to_string()).collect();
    let mut shape: Vec<String> = client
        .query(
            "SELECT indexdef FROM pg_indexes WHERE tablename = ANY($1)
             UNION ALL
             SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
               FROM pg_constraint
              WHERE conrelid::regclass::text = ANY($1)",
            &[&tables],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    shape.sort();
    shape
}

/// The object ids of a plain index and a foreign key of `contact`: new ones once they were
/// dropped and made again.
fn contact_index_and_key_oids(db: &common::pg::PgDatabase) -> (u32, u32) {
    let row = db
        .client()
        .query_one(
            "SELECT 'contact_by_person_time'::regclass::oid,
                    (SELECT oid FROM pg_constraint WHERE conname = 'contact_person_id_fkey')",
            &[],
        )
        .unwrap();
    (row.get(0), row.get(1))
}

/// `--exclusive` on PostgreSQL: the loaded tables are locked, their plain indexes and foreign
/// keys dropped for the load and put back before COMMIT (the keys checked in one join);
/// after a committed import, a refused one and a dry run, the tables have every index and
/// foreign key they had, and doctor is clean.
#[test]
fn exclusive_import_puts_back_every_index_and_foreign_key_it_took_off() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    pg.json(&[
        "catalog",
        "contact-class",
        "add",
        "BILL",
        "--description",
        "Billing",
    ]);
    pg.json(&[
        "catalog",
        "characteristic-type",
        "add",
        "PRIO",
        "--description",
        "Priority",
        "--values",
        "high,low",
        "--applies-to",
        "contact",
    ]);
    pg.json(&[
        "catalog",
        "contact-type",
        "add",
        "BILL",
        "Q",
        "--description",
        "Q",
        "--char",
        "PRIO=low",
    ]);
    let persons = pg.env.path("p.csv");
    std::fs::write(&persons, "external_id,name\nP1,Ann\nP2,Bob\n").unwrap();
    let person_shape = table_shape(&pg.db, &["person", "person_characteristic"]);
    assert!(person_shape.len() > 2, "{person_shape:?}");
    pg.json(&["person", "import", persons.to_str().unwrap(), "--exclusive"]);
    assert_eq!(
        table_shape(&pg.db, &["person", "person_characteristic"]),
        person_shape
    );
    let before = contact_table_shape(&pg.db);
    assert!(
        before.iter().any(|s| s.contains("contact_by_person_time"))
            && before.iter().any(|s| s.contains("REFERENCES person(id)")),
        "{before:?}"
    );

    let mut body = String::from("external_id,person_external_id,class,type,char.PRIO\n");
    for i in 0..300 {
        body.push_str(&format!("E{i:04},P{},BILL,Q,high\n", 1 + i % 2));
    }
    let file = pg.env.path("c.csv");
    std::fs::write(&file, &body).unwrap();
    let file = file.to_str().unwrap();
    let oids = contact_index_and_key_oids(&pg.db);
    let dry = pg.json(&["contact", "import", file, "--exclusive", "--dry-run"]);
    assert_eq!(dry["inserted"], 300, "{dry}");
    assert_eq!(contact_table_shape(&pg.db), before);
    assert_eq!(
        contact_index_and_key_oids(&pg.db),
        oids,
        "a dry run takes nothing off"
    );

    let v = pg.json(&["contact", "import", file, "--exclusive"]);
    assert_eq!(v["inserted"], 300, "{v}");
    let rebuilt = contact_index_and_key_oids(&pg.db);
    assert!(
        rebuilt.0 != oids.0 && rebuilt.1 != oids.1,
        "{oids:?} {rebuilt:?}"
    );
    assert!(v["warnings"].as_array().is_none_or(|w| w.is_empty()), "{v}");
    assert_eq!(contact_table_shape(&pg.db), before);
    let listed = pg.json(&["contact", "list", "--person", "P2", "--limit", "1000"]);
    assert_eq!(listed.as_array().unwrap().len(), 150);
    pg.json(&["doctor"]);

    // A refused file (one row names an unknown type) changes nothing, shape included.
    let snapshot = pg.db.snapshot();
    let bad = pg.env.path("bad.csv");
    std::fs::write(
        &bad,
        "external_id,person_external_id,class,type\nF1,P1,BILL,Q\nF2,P1,BILL,NOPE\n",
    )
    .unwrap();
    pg.run(&["contact", "import", bad.to_str().unwrap(), "--exclusive"])
        .code(5);
    assert_eq!(pg.db.snapshot(), snapshot);
    assert_eq!(contact_table_shape(&pg.db), before);

    // An import that takes no table for its load says that the flag changed nothing.
    let accounts = pg.env.path("a.csv");
    std::fs::write(&accounts, "number,name,currency\nA1,Acme,EUR\n").unwrap();
    let r = pg
        .run(&[
            "account",
            "import",
            accounts.to_str().unwrap(),
            "--exclusive",
        ])
        .ok();
    assert!(r.stdout.contains("inserted 1"), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("warning: --exclusive changes nothing on PostgreSQL for account import"),
        "{}",
        r.stderr
    );
}

/// A write that PostgreSQL aborts as a deadlock runs again (issue 15: a bounded retry of the
/// whole transaction). Another session (psql, say) holds a person's row, custctl's update
/// waits for it while holding the writers' lock, and then that session asks for the writers'
/// lock: custctl's backend finds the deadlock (the other session's deadlock_timeout is set
/// longer, so custctl is the one aborted). Without the retry, `person update` exits 6.
#[test]
fn a_write_aborted_as_a_deadlock_runs_again_and_succeeds() {
    let Some(pg) = PgEnv::new() else { return };
    pg.json(&["init"]);
    let ada = pg.json(&["person", "add", "--name", "Ada"]);
    let id = ada["id"].to_string();
    let mut other = pg.db.client();
    other
        .batch_execute(&format!(
            "SET deadlock_timeout = '30s'; BEGIN;
             SELECT id FROM person WHERE id = {id} FOR UPDATE;"
        ))
        .unwrap();
    let mut watcher = pg.db.client();
    let update = std::thread::scope(|s| {
        let update = s.spawn(|| pg.run(&["person", "update", &id, "--name", "Bea", "--json"]));
        // Until custctl waits for the row.
        let started = std::time::Instant::now();
        loop {
            let waiting: i64 = watcher
                .query_one(
                    "SELECT count(*) FROM pg_stat_activity
                      WHERE datname = current_database() AND wait_event_type = 'Lock'",
                    &[],
                )
                .unwrap()
                .get(0);
            if waiting > 0 {
                break;
            }
            assert!(started.elapsed().as_secs() < 60, "custctl never waited");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        other
            .batch_execute(&format!(
                "SELECT pg_advisory_xact_lock({})",
                custctl::store::postgres::conn::WRITE_LOCK
            ))
            .unwrap();
        other.batch_execute("COMMIT").unwrap();
        update.join().unwrap()
    });
    let updated = update.ok().json();
    assert_eq!(updated["name"], "Bea", "{updated}");
    assert_eq!(pg.json(&["person", "show", &id])["name"], "Bea");
    pg.json(&["doctor"]);
}

/// `backup` gives `pg_dump` the password of the connection string through `PGPASSWORD`,
/// never on its command line (which every user of the machine can read in the process
/// list): a stand-in `pg_dump` records both; then the real one makes an archive with it.
#[test]
fn backup_hands_pg_dump_the_password_through_the_environment_not_its_arguments() {
    let Some((db, user, password)) = password_server() else {
        return;
    };
    let env = Env::new_uninit();
    let key = env.path("team.key");
    let with_password = db.url.replacen(
        "postgresql://",
        &format!("postgresql://{user}:{password}@"),
        1,
    );
    // The test server's URL names its superuser; the password role takes its place.
    let with_password = match with_password.split_once('@') {
        Some((who, rest)) => match rest.split_once('@') {
            Some((_, host)) => format!("{who}@{host}"),
            None => with_password.clone(),
        },
        None => with_password.clone(),
    };
    let with_password = if with_password.contains('?') {
        format!("{with_password}&sslmode=disable")
    } else {
        format!("{with_password}?sslmode=disable")
    };
    let run = |path: Option<&str>, args: &[&str]| {
        let mut cmd = env.cmd();
        cmd.env("CUSTCTL_KEY_FILE", &key)
            .env_remove("PGPASSWORD")
            .args(["--db", &with_password]);
        if let Some(path) = path {
            cmd.env("PATH", path);
        }
        let r = to_run(cmd.args(args).output().unwrap());
        assert!(
            !r.stdout.contains(&password) && !r.stderr.contains(&password),
            "the password was printed"
        );
        r
    };
    run(None, &["init"]).ok();

    let fake = env.path("fake-bin");
    std::fs::create_dir(&fake).unwrap();
    let record = env.path("pg_dump.record");
    std::fs::write(
        fake.join("pg_dump"),
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{r}.args'\nprintf '%s' \"${{PGPASSWORD-}}\" > '{r}.password'\n\
             while [ $# -gt 0 ]; do [ \"$1\" = --file ] && printf archive > \"$2\"; shift; done\n",
            r = record.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(fake.join("pg_dump"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        fake.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let target = env.path("team.dump");
    run(Some(&path), &["backup", target.to_str().unwrap()]).ok();
    let args = std::fs::read_to_string(format!("{}.args", record.display())).unwrap();
    assert!(!args.contains(&password), "pg_dump was given the password");
    assert!(
        args.contains(&format!("postgresql://{user}@")),
        "pg_dump was not given the database: {args}"
    );
    assert_eq!(
        std::fs::read_to_string(format!("{}.password", record.display())).unwrap(),
        password
    );

    // The real pg_dump logs in with it.
    let real = env.path("real.dump");
    run(None, &["backup", real.to_str().unwrap()]).ok();
    assert!(std::fs::read(&real).unwrap().starts_with(b"PGDMP"));
}

/// `import` of an export into PostgreSQL sends each table's rows by COPY; a row the server
/// refuses is named by its line (the batch is loaded again row by row to find it), and
/// nothing is written.
#[test]
fn import_into_postgresql_copies_rows_and_names_the_line_of_a_refused_one() {
    let Some(src) = PgEnv::new() else { return };
    src.json(&["init"]);
    let mut persons = String::from("external_id,name,email\n");
    for i in 0..300 {
        persons.push_str(&format!("P{i:04},Person {i},p{i}@example.com\n"));
    }
    let file = src.env.path("p.csv");
    std::fs::write(&file, persons).unwrap();
    src.json(&["person", "import", file.to_str().unwrap()]);
    let export = src.run(&["export"]).ok().stdout;

    let Some(dst) = PgEnv::new() else { return };
    std::fs::copy(&src.key_file, &dst.key_file).unwrap();
    // One contact point made invalid: a type the table's CHECK refuses.
    let mut bad_line = 0;
    let altered: Vec<String> = export
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if bad_line == 0 && l.contains("\"kind\":\"contact_point\"") && i > 100 {
                bad_line = i + 1;
                l.replace("\"type\":\"email\"", "\"type\":\"pigeon\"")
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(bad_line > 0, "no contact point far enough in the export");
    let init = dst.json(&["init"]);
    assert_eq!(init["schema_version"], VERSION);
    let before = dst.db.snapshot();
    let mut cmd = dst.cmd();
    cmd.args(["import", "-"])
        .write_stdin(format!("{}\n", altered.join("\n")));
    let run = to_run(cmd.output().unwrap());
    assert_eq!(run.code, 5, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("line {bad_line}:")),
        "line {bad_line}: {}",
        run.stderr
    );
    assert_eq!(dst.db.snapshot(), before);

    // The export as it was goes in whole.
    let mut cmd = dst.cmd();
    cmd.args(["import", "-", "--json"])
        .write_stdin(export.clone());
    let counts = to_run(cmd.output().unwrap()).ok().json();
    assert_eq!(counts["kinds"]["person"], 300, "{counts}");
    assert_eq!(dst.run(&["export"]).ok().stdout, export);
    dst.json(&["doctor"]);
}

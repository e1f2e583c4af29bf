//! The key file named by `--key-file` / `CUSTCTL_KEY_FILE` / config `key_file` (issue 15:
//! a server has no folder beside it for `<db>.key`), on SQLite: flag > environment >
//! config > `<db>.key`, shown by `config show`; `init` writes the key there (0600), the
//! database takes no other key, and no output may overwrite it.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{Env, to_run};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn init_with_key_file_writes_the_key_there_and_not_beside_the_database() {
    if common::sqlite_only(
        "the key file beside a SQLite file and its precedence over it (tests/postgres.rs: PostgreSQL needs it named)",
    ) {
        return;
    }
    let env = Env::new_uninit();
    let key = env.path("keys-elsewhere.bin");
    let out = env.json(&["--key-file", key.to_str().unwrap(), "init"]);
    assert_eq!(out["key_path"], key.to_str().unwrap());
    assert_eq!(std::fs::read(&key).unwrap().len(), 32);
    assert_eq!(mode(&key), 0o600);
    assert!(!env.path("custctl.db.key").exists());

    // Every command finds the key through the flag or the environment…
    env.json(&[
        "--key-file",
        key.to_str().unwrap(),
        "person",
        "add",
        "--name",
        "Ada",
    ]);
    let verified = to_run(
        env.cmd()
            .env("CUSTCTL_KEY_FILE", &key)
            .args(["audit", "verify", "--json"])
            .output()
            .unwrap(),
    )
    .ok();
    assert_eq!(verified.json()["ok"], true, "{}", verified.stdout);
    // …and without it, `<db>.key` is missing: writes are refused (6), nothing changes.
    let r = env.refused(&["person", "add", "--name", "Bob"], 6);
    assert!(r.stderr.contains("custctl.db.key"), "{}", r.stderr);
}

#[test]
fn a_key_file_that_is_not_the_databases_is_refused_from_flag_env_and_config() {
    if common::sqlite_only(
        "the key file beside a SQLite file and its precedence over it (tests/postgres.rs: PostgreSQL needs it named)",
    ) {
        return;
    }
    let env = Env::new();
    let other = env.path("other.key");
    std::fs::write(&other, [3u8; 32]).unwrap();
    // Private, as a key must be (one open to others is refused before it is compared).
    std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o600)).unwrap();
    let r = env.refused(
        &[
            "--key-file",
            other.to_str().unwrap(),
            "person",
            "add",
            "--name",
            "Eve",
        ],
        6,
    );
    assert!(
        r.stderr.contains("other.key") && r.stderr.contains("does not belong to this database"),
        "{}",
        r.stderr
    );
    let before = env.snapshot();
    let r = to_run(
        env.cmd()
            .env("CUSTCTL_KEY_FILE", &other)
            .args(["person", "add", "--name", "Eve"])
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 6, "{}", r.stderr);
    let config = env.path("config.toml");
    std::fs::write(&config, "key_file = \"other.key\"\n").unwrap();
    let r = to_run(
        env.cmd()
            .env("CUSTCTL_CONFIG", &config)
            .args(["person", "add", "--name", "Eve"])
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert_eq!(env.snapshot(), before);
    // init with a wrong key refuses too and writes nothing there.
    env.refused(&["--key-file", other.to_str().unwrap(), "init"], 6);
    assert_eq!(std::fs::read(&other).unwrap(), [3u8; 32]);
}

/// `config show`'s key_file row: (value, source).
fn key_file_row(
    env: &Env,
    config: Option<&std::path::Path>,
    vars: &[(&str, &str)],
    args: &[&str],
) -> (String, String) {
    let mut cmd = env.cmd();
    if let Some(c) = config {
        cmd.env("CUSTCTL_CONFIG", c);
    }
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.args(args).args(["config", "show", "--json"]);
    let rows = to_run(cmd.output().unwrap()).ok().json();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == "key_file")
        .expect("a key_file row")
        .clone();
    (
        row["value"].as_str().unwrap().to_string(),
        row["source"].as_str().unwrap().to_string(),
    )
}

#[test]
fn the_key_file_comes_from_flag_then_env_then_config_then_beside_the_database() {
    if common::sqlite_only(
        "the key file beside a SQLite file and its precedence over it (tests/postgres.rs: PostgreSQL needs it named)",
    ) {
        return;
    }
    let env = Env::new_uninit();
    let config = env.path("conf/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "key_file = \"from-config.key\"\n").unwrap();

    let default = key_file_row(&env, None, &[], &[]);
    assert_eq!(default.0, format!("{}.key", env.db.display()));
    assert_eq!(default.1, "built-in");
    // A relative path in the config file is relative to its folder.
    let conf = key_file_row(&env, Some(&config), &[], &[]);
    assert_eq!(conf.0, env.path("conf/from-config.key").to_str().unwrap());
    assert_eq!(conf.1, "config file");
    let from_env = key_file_row(&env, Some(&config), &[("CUSTCTL_KEY_FILE", "/e.key")], &[]);
    assert_eq!(from_env, ("/e.key".into(), "env CUSTCTL_KEY_FILE".into()));
    let flag = key_file_row(
        &env,
        Some(&config),
        &[("CUSTCTL_KEY_FILE", "/e.key")],
        &["--key-file", "/f.key"],
    );
    assert_eq!(flag, ("/f.key".into(), "flag --key-file".into()));
}

#[test]
fn no_output_overwrites_the_named_key_file() {
    let env = Env::new_uninit();
    let key = env.path("team.key");
    env.json(&["--key-file", key.to_str().unwrap(), "init"]);
    let before = std::fs::read(&key).unwrap();
    // A backup whose key would land on the key file with --force, and a backup onto it.
    let r = env.run(&[
        "--key-file",
        key.to_str().unwrap(),
        "backup",
        key.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("key file"), "{}", r.stderr);
    assert_eq!(std::fs::read(&key).unwrap(), before);
}

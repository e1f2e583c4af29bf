//! A fresh PostgreSQL database per test, on the server `CUSTCTL_TEST_PG_URL` names (an
//! account that may create databases, e.g. `postgresql://postgres@127.0.0.1:55432/postgres`;
//! `.ci/postgres.sh` starts one). Without the variable a test is skipped with a visible
//! message, except under CI (`CI=true`), where a skipped PostgreSQL run fails.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Env, Run, to_run};

/// A database created for one test and dropped when it is dropped.
pub struct PgDatabase {
    admin_url: String,
    pub name: String,
    pub url: String,
}

/// The server's URL, or `None` (with a message on the terminal) when the PostgreSQL tests
/// are to be skipped. Panics under CI: there the server must be there.
pub fn server_url() -> Option<String> {
    match std::env::var("CUSTCTL_TEST_PG_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
                panic!(
                    "CUSTCTL_TEST_PG_URL is not set under CI: .ci/run must start PostgreSQL (.ci/postgres.sh)"
                );
            }
            // Once per test binary, straight to stderr: the test harness captures
            // `eprintln!` of passing tests.
            static ONCE: std::sync::Once = std::sync::Once::new();
            ONCE.call_once(|| {
                let _ = writeln!(
                    std::io::stderr(),
                    "skipped: CUSTCTL_TEST_PG_URL not set: the PostgreSQL tests pass without running (start a server with .ci/postgres.sh)"
                );
            });
            None
        }
    }
}

/// A new, empty database on the test server; `None` when PostgreSQL tests are skipped.
pub fn fresh_database() -> Option<PgDatabase> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let admin_url = server_url()?;
    let mut random = [0u8; 4];
    getrandom::fill(&mut random).expect("random bytes");
    let name = format!(
        "custctl_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        hex::encode(random)
    );
    let mut admin = postgres::Client::connect(&admin_url, postgres::NoTls)
        .expect("connect to CUSTCTL_TEST_PG_URL");
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create the test database");
    let url = database_url(&admin_url, &name);
    Some(PgDatabase {
        admin_url,
        name,
        url,
    })
}

/// A new database on the test server copied from `template` (`CREATE DATABASE … TEMPLATE`:
/// PostgreSQL's copy of a prepared database, as a test copies a SQLite file).
pub fn database_from(template: &str) -> PgDatabase {
    let admin_url = server_url().expect("a PostgreSQL server");
    let mut random = [0u8; 4];
    getrandom::fill(&mut random).expect("random bytes");
    let name = format!(
        "custctl_test_{}_{}",
        std::process::id(),
        hex::encode(random)
    );
    let mut admin = postgres::Client::connect(&admin_url, postgres::NoTls)
        .expect("connect to CUSTCTL_TEST_PG_URL");
    admin
        .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
        .expect("copy the template database");
    let url = database_url(&admin_url, &name);
    PgDatabase {
        admin_url,
        name,
        url,
    }
}

/// `url` with its database name replaced by `name` (query string kept).
pub fn database_url(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let authority_end = base[scheme_end..]
        .find('/')
        .map(|i| scheme_end + i)
        .unwrap_or(base.len());
    format!("{}/{name}{query}", &base[..authority_end])
}

impl PgDatabase {
    /// A direct connection, to look at or break things behind custctl's back.
    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).expect("connect to the test database")
    }
}

impl PgDatabase {
    /// Every row of every table of custctl's schema, to prove that a refused command changed
    /// nothing (as [`super::Env::snapshot`] on SQLite).
    pub fn snapshot(&self) -> String {
        let mut client = self.client();
        let tables: Vec<String> = client
            .query(
                "SELECT table_name::text FROM information_schema.tables
                  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  ORDER BY 1",
                &[],
            )
            .expect("list tables")
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut out = String::new();
        for table in tables {
            let rows = client
                .query(
                    &format!("SELECT t::text FROM \"{table}\" t ORDER BY t::text"),
                    &[],
                )
                .expect("read a table");
            for row in rows {
                let text: String = row.get(0);
                out.push_str(&format!("{table}: {text}\n"));
            }
        }
        out
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// A test environment whose database is a fresh PostgreSQL database, with its key file
/// named by `CUSTCTL_KEY_FILE` in the environment's temporary folder.
pub struct PgEnv {
    pub env: Env,
    pub db: PgDatabase,
    pub key_file: PathBuf,
}

impl PgEnv {
    /// `None` when PostgreSQL tests are skipped.
    pub fn new() -> Option<PgEnv> {
        let db = fresh_database()?;
        let mut env = Env::new_uninit();
        env.db = PathBuf::from(&db.url);
        let key_file = env.path("team.key");
        Some(PgEnv { env, db, key_file })
    }

    /// A command with this database and key file.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.env.cmd();
        cmd.env("CUSTCTL_KEY_FILE", &self.key_file);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let mut cmd = self.cmd();
        cmd.args(args);
        to_run(cmd.output().expect("custctl runs"))
    }

    #[track_caller]
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all: Vec<&str> = args.to_vec();
        all.push("--json");
        self.run(&all).ok().json()
    }
}

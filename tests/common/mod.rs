//! A test environment for running the real binary: a temporary database, a cleared
//! environment, a fixed clock and actor.
#![allow(dead_code)]

pub mod pg;

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const NOW: &str = "2026-11-22T10:15:00Z";

pub struct Env {
    pub dir: TempDir,
    /// The SQLite file, or the PostgreSQL URL (see [`Env::is_postgres`]).
    pub db: PathBuf,
    pub now: String,
    pub actor: String,
    /// The PostgreSQL database of this environment, when the suite runs on PostgreSQL
    /// (`CUSTCTL_TEST_BACKEND=postgres`); dropped with it.
    pub pg: Option<pg::PgDatabase>,
}

/// True (with a note on stderr) when the suite runs on PostgreSQL: for a test of what only
/// a SQLite file has, which returns early there (see [`Env::sqlite_only`]).
pub fn sqlite_only(why: &str) -> bool {
    if on_postgres() {
        eprintln!("not on PostgreSQL: {why}");
    }
    on_postgres()
}

/// Whether this run of the suite is on PostgreSQL: `CUSTCTL_TEST_BACKEND=postgres` with a
/// server in `CUSTCTL_TEST_PG_URL` (`.ci/run` runs the suite once per backend).
pub fn on_postgres() -> bool {
    std::env::var("CUSTCTL_TEST_BACKEND").is_ok_and(|v| v == "postgres")
}

/// The result of one run: exit code, stdout, stderr.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout parsed as JSON; panics with the output when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// stdout as NDJSON lines.
    pub fn ndjson(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("an NDJSON line"))
            .collect()
    }

    /// stderr parsed as the JSON error object.
    pub fn error_json(&self) -> Value {
        serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not one JSON object ({e}):\n{}", self.stderr))
    }

    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

impl Env {
    /// A new environment with its database created by `custctl init` (only `init` and
    /// `--create` create a database).
    pub fn new() -> Self {
        let env = Env::new_uninit();
        env.run(&["init"]).ok();
        env
    }

    /// A new environment whose database does not exist yet.
    pub fn new_uninit() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut db = dir.path().join("custctl.db");
        let pg = if on_postgres() {
            let database = pg::fresh_database()
                .expect("CUSTCTL_TEST_BACKEND=postgres needs CUSTCTL_TEST_PG_URL");
            db = PathBuf::from(&database.url);
            Some(database)
        } else {
            None
        };
        Env {
            dir,
            db,
            now: NOW.to_string(),
            actor: "tester".to_string(),
            pg,
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// True (with a note on stderr) when this environment is on PostgreSQL: for a test of
    /// something only a SQLite file has (its bytes, its journal, raw SQLite SQL), which
    /// returns early there.
    pub fn sqlite_only(&self, why: &str) -> bool {
        if self.is_postgres() {
            eprintln!("not on PostgreSQL: {why}");
        }
        self.is_postgres()
    }

    /// The key file: beside the SQLite file, or `key` in the temporary folder (named by
    /// `CUSTCTL_KEY_FILE`) on PostgreSQL.
    pub fn key_file(&self) -> PathBuf {
        if self.is_postgres() {
            self.dir.path().join("team.key")
        } else {
            let mut name = self.db.clone().into_os_string();
            name.push(".key");
            PathBuf::from(name)
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A command for the binary with a cleared environment, this env's database, clock and
    /// actor.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("custctl").expect("the custctl binary");
        cmd.env_clear()
            .env("CUSTCTL_DB", &self.db)
            .env("CUSTCTL_NOW", &self.now)
            .env("CUSTCTL_ACTOR", &self.actor)
            .env("HOME", self.dir.path())
            .env("TZ", "UTC")
            .current_dir(self.dir.path());
        if self.is_postgres() {
            cmd.env("CUSTCTL_KEY_FILE", self.key_file());
        }
        cmd
    }

    /// Runs custctl with `args`.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, None)
    }

    /// Runs custctl with `args` and `stdin`.
    pub fn run_with(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let mut cmd = self.cmd();
        cmd.args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.to_vec());
        }
        to_run(cmd.output().expect("custctl runs"))
    }

    /// Runs custctl with `--json` appended, expects success, returns the parsed stdout.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all: Vec<&str> = args.to_vec();
        all.push("--json");
        self.run(&all).ok().json()
    }

    /// Every row of every table, to prove that a refused command changed nothing.
    pub fn snapshot(&self) -> String {
        if let Some(pg) = &self.pg {
            return pg.snapshot();
        }
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        tables.retain(|t| !t.starts_with("sqlite_"));
        let mut out = String::new();
        for table in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    let mut vals = Vec::new();
                    for i in 0..n {
                        let v: rusqlite::types::Value = r.get(i)?;
                        vals.push(format!("{v:?}"));
                    }
                    Ok(vals.join("|"))
                })
                .unwrap();
            for row in rows {
                out.push_str(&format!("{table}: {}\n", row.unwrap()));
            }
        }
        out
    }

    /// Runs a command that must be refused with `code` and must change nothing.
    #[track_caller]
    pub fn refused(&self, args: &[&str], code: i32) -> Run {
        let before = self.snapshot();
        let run = self.run(args).code(code);
        assert_eq!(
            before,
            self.snapshot(),
            "a refused command changed the database"
        );
        run
    }

    /// Runs SQL directly, giving back the database's refusal instead of panicking (to show
    /// that the schema itself refuses something).
    pub fn try_sql(&self, sql: &str) -> Result<(), String> {
        if let Some(pg) = &self.pg {
            return pg.client().batch_execute(sql).map_err(|e| e.to_string());
        }
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        conn.execute_batch(sql).map_err(|e| e.to_string())
    }

    /// `DROP TRIGGER name` on `table`, in the database's dialect.
    pub fn drop_trigger_sql(&self, name: &str, table: &str) -> String {
        if self.is_postgres() {
            format!("DROP TRIGGER {name} ON {table};")
        } else {
            format!("DROP TRIGGER {name};")
        }
    }

    /// What the database holds, as bytes to search for a secret: the SQLite file and its
    /// write-ahead log, or on PostgreSQL every row of every table as text.
    pub fn stored_bytes(&self) -> Vec<u8> {
        if self.is_postgres() {
            return self.snapshot().into_bytes();
        }
        let mut all = std::fs::read(&self.db).expect("read the database file");
        let mut wal = self.db.clone().into_os_string();
        wal.push("-wal");
        if let Ok(log) = std::fs::read(PathBuf::from(wal)) {
            all.extend(log);
        }
        all
    }

    /// Runs a SQL statement directly on the database (to break things behind custctl's back).
    pub fn sql(&self, sql: &str) {
        if let Some(pg) = &self.pg {
            pg.client().batch_execute(sql).expect("sql runs");
            return;
        }
        let conn = rusqlite::Connection::open(&self.db).expect("open db");
        conn.execute_batch(sql).expect("sql runs");
    }
}

pub fn to_run(out: Output) -> Run {
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The shared read-only fixtures (`../shared/fixtures/` from the repository).
pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/fixtures")
        .join(path)
}

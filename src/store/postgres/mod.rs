//! PostgreSQL: connecting (TLS per `sslmode`, the password from the string, `PGPASSWORD` or
//! `~/.pgpass`), the schema's own append-only migrations and version table, and the key
//! check, `pg_dump` for `backup`. The statements themselves live in each aggregate's store
//! module, written once for both backends (see `store::handle`); `conn.rs` runs them here.

pub mod conn;
pub mod connect;
pub mod copy;

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use crate::domain::key::Key;
use crate::error::{Error, Result};
use crate::store::location::redact;
use crate::store::{KeyState, key_fingerprint, keyfile};

/// Append-only: entry N is schema version N+1, the twin of the SQLite migration of the same
/// number (so both backends report the same schema version). Never edit a released entry;
/// add the next beside the next SQLite one.
pub const MIGRATIONS: &[(&str, &str)] = &[
    ("foundation", include_str!("migrations/0001_foundation.sql")),
    (
        "key_fingerprint",
        include_str!("migrations/0002_key_fingerprint.sql"),
    ),
    (
        "phone_typed",
        include_str!("migrations/0003_phone_typed.sql"),
    ),
    ("letters", include_str!("migrations/0004_letters.sql")),
    ("life", include_str!("migrations/0005_life.sql")),
    ("merge", include_str!("migrations/0006_merge.sql")),
    ("garble", include_str!("migrations/0007_garble.sql")),
    (
        "ids_never_reused",
        include_str!("migrations/0008_ids_never_reused.sql"),
    ),
    (
        "postgres_functions",
        include_str!("migrations/0009_postgres_functions.sql"),
    ),
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The table that records each applied migration (PostgreSQL has no `user_version`).
pub const VERSION_TABLE: &str = "custctl_migration";

/// The transaction-level advisory lock taken while migrating ("custctl" and 1), so that
/// processes starting at once on one database migrate one after the other.
pub const MIGRATION_LOCK: i64 = 0x6375_7374_6374_6c01;

/// The refusal of a statement that has no PostgreSQL form yet: the command it belongs to
/// does not run on PostgreSQL in this version (usage, 2). Its transaction rolls back.
pub fn not_yet() -> Error {
    Error::usage(
        "this command does not run on PostgreSQL in this version of custctl (README, PostgreSQL, lists the commands that do)",
    )
    .with_hint("use a SQLite database file (--db PATH) for it meanwhile")
}

/// Writes a custom-format archive of the database into `target` with `pg_dump` (one
/// snapshot, so writers may go on; `pg_restore -d NEWDB FILE` reads it back). `pg_dump`
/// must be on PATH and of the server's major version or newer.
/// A password written in the connection string goes to `pg_dump` through `PGPASSWORD`, not
/// its command line, which any user of the machine can read while it runs.
pub fn dump_into(conninfo: &str, target: &Path) -> Result<()> {
    let mut command = std::process::Command::new("pg_dump");
    command
        .arg("--format=custom")
        .arg("--no-owner")
        .arg("--file")
        .arg(target)
        .arg("--dbname")
        .arg(crate::store::location::without_password(conninfo))
        .stdin(std::process::Stdio::null());
    if let Ok(target) = connect::target(conninfo)
        && let Some(password) = target.config.get_password()
        && !password.is_empty()
    {
        command.env("PGPASSWORD", std::ffi::OsStr::from_bytes(password));
    }
    let output = command.output();
    match output {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::usage(
            "backup of a PostgreSQL database runs pg_dump, which is not on PATH",
        )
        .with_hint("install PostgreSQL's client programs (Debian: apt-get install postgresql-client), or back up with the server's own tools (pg_dump, pg_basebackup) and keep the key file with it")),
        Err(e) => Err(Error::storage(format!("cannot run pg_dump: {e}"))),
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            // pg_dump names the database; the password must not reach the output.
            let message = redact_in(stderr.trim(), conninfo);
            Err(Error::storage(format!("pg_dump failed: {message}")))
        }
    }
}

/// `text` with the password of `conninfo` replaced, wherever it appears.
fn redact_in(text: &str, conninfo: &str) -> String {
    let mut out = text.replace(conninfo, &redact(conninfo));
    if let Ok(target) = connect::target(conninfo)
        && let Some(password) = target.config.get_password()
        && !password.is_empty()
    {
        out = out.replace(&*String::from_utf8_lossy(password), "***");
    }
    out
}

/// An open PostgreSQL database: the connection, its key.
pub struct PgDb {
    pub client: postgres::Client,
    /// The connection string with its password redacted: what messages show.
    shown: String,
    key_path: PathBuf,
    key: KeyState,
}

impl PgDb {
    /// Connects and migrates. `create` (`init`): an empty database gets the schema, and a
    /// missing key file is created when the database has no key fingerprint yet; otherwise
    /// a database without custctl's schema is "not found" (3) with a hint naming `init`.
    pub fn open(conninfo: &str, key_path: &Path, create: bool) -> Result<PgDb> {
        let shown = redact(conninfo);
        let target = connect::target(conninfo)?;
        let mut client = connect::connect(&target).map_err(|e| match e {
            connect::ConnectError::Tls(e) => e,
            connect::ConnectError::Postgres(e) => {
                let mut err = Error::from(e);
                // Whatever failed while connecting (TLS included) leaves the database
                // unreachable: a storage failure, not a bug.
                if err.kind == crate::error::ErrorKind::Internal {
                    err.kind = crate::error::ErrorKind::Storage;
                }
                let mut hint = err.hint.clone().unwrap_or_else(|| {
                    "check the URL, that the server runs and accepts this user (PGPASSWORD or ~/.pgpass for a password)".into()
                });
                for warning in connect::pending_warnings() {
                    hint.push_str(&format!("; {warning}"));
                }
                Error::new(err.kind, format!("cannot connect to {shown}: {}", err.message))
                    .with_hint(hint)
            }
        })?;
        // The busy timeout bounds every wait for a lock, as on SQLite: a command that waits
        // longer fails with 55P03 (6, "the database is busy").
        let wait = crate::store::busy_timeout().as_millis();
        client.batch_execute(&format!("SET lock_timeout = {wait}"))?;
        let found = version(&mut client)?;
        if !create && found.is_none() {
            return Err(Error::not_found(format!(
                "the PostgreSQL database {shown} has no custctl schema"
            ))
            .with_hint(format!(
                "create it with: custctl --db '{shown}' --key-file FILE init"
            )));
        }
        migrate(&mut client, &shown, found)?;
        let mut db = PgDb {
            client,
            shown,
            key_path: key_path.to_path_buf(),
            key: KeyState::Missing,
        };
        db.key = db.check_key(create)?;
        Ok(db)
    }

    /// Reads the key file and compares it with the recorded fingerprint; records it when
    /// there is none yet and the audit log is empty (a database `init` just created).
    fn check_key(&mut self, create: bool) -> Result<KeyState> {
        let stored = self.stored_fingerprint()?;
        let Some(key) = keyfile::load_or_create(&self.key_path, create && stored.is_none())? else {
            return Ok(KeyState::Missing);
        };
        let fingerprint = key_fingerprint(&key);
        let stored = match stored {
            Some(s) => s,
            None => {
                let mut tx = self.client.transaction()?;
                let empty: bool = tx
                    .query_one("SELECT NOT EXISTS (SELECT 1 FROM audit_log)", &[])?
                    .get(0);
                if empty {
                    tx.execute(
                        "INSERT INTO key_fingerprint (id, fingerprint) VALUES (1, $1)
                         ON CONFLICT (id) DO NOTHING",
                        &[&fingerprint],
                    )?;
                }
                tx.commit()?;
                match self.stored_fingerprint()? {
                    Some(s) => s,
                    None => return Ok(KeyState::Foreign),
                }
            }
        };
        Ok(if stored == fingerprint {
            KeyState::Present(key)
        } else {
            KeyState::Foreign
        })
    }

    fn stored_fingerprint(&mut self) -> Result<Option<String>> {
        Ok(self
            .client
            .query_opt("SELECT fingerprint FROM key_fingerprint WHERE id = 1", &[])?
            .map(|r| r.get(0)))
    }

    /// The connection, the connection string as shown, and the key (for [`crate::store::Db`]).
    pub fn into_parts(self) -> (postgres::Client, String, KeyState) {
        (self.client, self.shown, self.key)
    }

    /// The connection string as messages show it (password redacted).
    pub fn shown(&self) -> &str {
        &self.shown
    }

    pub fn key_path(&self) -> &Path {
        &self.key_path
    }

    pub fn key_state(&self) -> &KeyState {
        &self.key
    }

    /// The key; a missing key file, or one of another database, is a storage failure (6).
    pub fn key(&self) -> Result<&Key> {
        match &self.key {
            KeyState::Present(key) => Ok(key),
            KeyState::Missing => Err(Error::storage(format!(
                "the key file {} is missing",
                self.key_path.display()
            ))
            .with_hint("copy the team's key file for this database (README, PostgreSQL) and name it with --key-file or CUSTCTL_KEY_FILE")),
            KeyState::Foreign => Err(Error::storage(format!(
                "the key file {} does not belong to the database {}",
                self.key_path.display(),
                self.shown
            ))
            .with_hint("name this database's own key file with --key-file or CUSTCTL_KEY_FILE; a wrong key would sign a forked audit chain and miss duplicate cards")),
        }
    }

    pub fn schema_version(&mut self) -> Result<i64> {
        Ok(version(&mut self.client)?.unwrap_or(0))
    }
}

/// The schema version: the highest applied migration; `None` when the database has no
/// version table (custctl never ran `init` on it).
pub fn version(client: &mut postgres::Client) -> Result<Option<i64>> {
    let exists: bool = client
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&VERSION_TABLE])?
        .get(0);
    if !exists {
        return Ok(None);
    }
    let v: i64 = client
        .query_one(
            &format!("SELECT coalesce(max(version), 0) FROM {VERSION_TABLE}"),
            &[],
        )?
        .get(0);
    Ok(Some(v))
}

/// Applies the pending migrations in one transaction under a transaction-level advisory
/// lock, re-reading the version inside it, so that processes starting at once on one
/// database both succeed (the second finds the work done). PostgreSQL's DDL is
/// transactional: a failed migration leaves nothing behind. `found`: the version read when
/// the database was opened.
pub fn migrate(client: &mut postgres::Client, shown: &str, found: Option<i64>) -> Result<()> {
    let newer = |v: i64| {
        Error::storage(format!(
            "the database {shown} has schema version {v}, newer than this custctl knows ({SCHEMA_VERSION})"
        ))
        .with_hint("upgrade custctl")
    };
    match found {
        Some(v) if v == SCHEMA_VERSION => return Ok(()),
        Some(v) if v > SCHEMA_VERSION => return Err(newer(v)),
        _ => {}
    }
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    tx.batch_execute(&format!(
        "CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (
             version    bigint PRIMARY KEY,
             name       text NOT NULL,
             applied_at timestamptz NOT NULL DEFAULT now()
         )"
    ))?;
    let current: i64 = tx
        .query_one(
            &format!("SELECT coalesce(max(version), 0) FROM {VERSION_TABLE}"),
            &[],
        )?
        .get(0);
    if current > SCHEMA_VERSION {
        return Err(newer(current));
    }
    for (index, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let number = index as i64 + 1;
        tx.batch_execute(sql).map_err(|e| {
            let err = Error::from(e);
            Error::storage(format!(
                "migration {number} ({name}) of {shown} failed: {}",
                err.message
            ))
            .with_hint("init needs an empty database, or a schema of its own: add options=-csearch_path%3DSCHEMA to the URL")
        })?;
        tx.execute(
            &format!("INSERT INTO {VERSION_TABLE} (version, name) VALUES ($1, $2)"),
            &[&number, name],
        )?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    /// Each SQLite migration has its PostgreSQL twin: a new one without it fails here.
    #[test]
    fn every_sqlite_migration_has_a_postgres_twin() {
        assert_eq!(super::SCHEMA_VERSION, crate::store::SCHEMA_VERSION);
    }
}

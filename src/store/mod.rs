//! SQLite: opening with the right pragmas, migrations, and one module per aggregate.
//! All SQL lives under this module.

pub mod account;
pub mod account_contact;
pub mod audit;
pub mod catalog;
pub mod characteristic;
pub mod contact;
pub mod contact_catalog;
pub mod digest;
pub mod doctor;
pub mod duplicate;
pub mod export;
pub mod garble;
mod handle;
pub mod import;
pub mod instrument;
pub mod keyfile;
pub mod lifecycle;
pub mod location;
pub mod person;
pub mod postgres;
pub mod profile;
pub mod receipt_method;
pub mod relationship;
pub mod sql;

use std::fs::OpenOptions;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::domain::key::Key;
use crate::error::{Error, Result};
pub use location::Location;

pub use handle::{Dialect, Tx};

/// Append-only: each entry is one schema version (`PRAGMA user_version`). Never edit a
/// released entry; add the next.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_foundation.sql"),
    include_str!("migrations/0002_key_fingerprint.sql"),
    include_str!("migrations/0003_phone_typed.sql"),
    include_str!("migrations/0004_letters.sql"),
    include_str!("migrations/0005_life.sql"),
    include_str!("migrations/0006_merge.sql"),
    include_str!("migrations/0007_garble.sql"),
    include_str!("migrations/0008_ids_never_reused.sql"),
    include_str!("migrations/0009_postgres_functions.sql"),
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a command waits for another writer before giving up with exit 6.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The busy timeout the settings chose (environment, config file, built-in).
static BUSY_TIMEOUT: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();

/// Sets the busy timeout of every connection opened after (once per process).
pub fn set_busy_timeout(timeout: Duration) {
    let _ = BUSY_TIMEOUT.set(timeout);
}

pub struct Db {
    backend: Backend,
    key_path: PathBuf,
    key: KeyState,
}

/// Where the database lives: a SQLite file, or a PostgreSQL server (`--db postgresql://…`).
enum Backend {
    Sqlite {
        conn: Connection,
        path: PathBuf,
    },
    Postgres {
        conn: postgres::conn::PgConn,
        /// The connection string with its password redacted: what messages show.
        shown: String,
        /// The connection string itself, for `pg_dump` (never shown).
        conninfo: String,
    },
}

/// The key file of an open database.
#[derive(Clone)]
pub enum KeyState {
    /// No key file beside the database.
    Missing,
    /// A key file whose fingerprint is not the one recorded in the database.
    Foreign,
    Present(Key),
}

/// A write in progress: the handle of its `BEGIN IMMEDIATE` transaction and the key that
/// signs its audit entries.
pub struct Writer<'a> {
    pub conn: &'a Tx<'a>,
    pub key: &'a Key,
}

impl Writer<'_> {
    /// Finishes the write just before COMMIT: records the state of every record this
    /// transaction's audit entries touched (see [`audit::seal`]). `Db::write` and
    /// [`BulkWrite::commit`] call it.
    pub fn seal(&self) -> Result<()> {
        audit::seal(self.conn, self.key)
    }
}

/// How many times a write runs when PostgreSQL aborts it as a serialization failure or a
/// deadlock (SQLSTATE 40001, 40P01): the server rolled it back whole, so running it again is
/// safe. Under the writers' lock neither happens between custctl processes, but a session of
/// another program (psql, a report holding row locks) can deadlock with one. A lost
/// connection is not retried: its COMMIT may have landed, and running it again could write
/// twice. Past the last attempt the error is a storage failure (6).
pub const WRITE_ATTEMPTS: u32 = 3;

/// Whether a write that failed with `e` on its `attempt`-th run (of at most `attempts`) runs
/// again; if so, after a pause in which the other transaction usually finishes.
pub fn run_again(e: &Error, attempt: u32, attempts: u32) -> bool {
    if !e.retryable || attempt >= attempts {
        return false;
    }
    std::thread::sleep(std::time::Duration::from_millis(20 << attempt));
    true
}

/// An import's own write transaction (see [`Db::begin_bulk`]); dropping it rolls back.
pub struct BulkWrite<'a> {
    inner: BulkInner<'a>,
}

enum BulkInner<'a> {
    Sqlite(Transaction<'a>),
    /// Rolled back on drop unless committed.
    Postgres(&'a postgres::conn::PgConn),
    /// Committed.
    Done,
}

impl BulkWrite<'_> {
    /// The handle of this transaction, for the import's [`Writer`].
    pub fn handle(&self) -> Tx<'_> {
        match &self.inner {
            BulkInner::Sqlite(tx) => Tx::from_sqlite(tx),
            BulkInner::Postgres(conn) => Tx::from_postgres(conn),
            BulkInner::Done => unreachable!("a committed write has no handle"),
        }
    }

    /// Seals the write (see [`Writer::seal`]) with the key that signed its audit entries, and
    /// commits.
    pub fn commit(mut self, key: &Key) -> Result<()> {
        audit::seal(&self.handle(), key)?;
        match std::mem::replace(&mut self.inner, BulkInner::Done) {
            BulkInner::Sqlite(tx) => tx.commit()?,
            BulkInner::Postgres(conn) => conn.commit()?,
            BulkInner::Done => {}
        }
        Ok(())
    }
}

impl Drop for BulkWrite<'_> {
    fn drop(&mut self) {
        if let BulkInner::Postgres(conn) = self.inner {
            conn.rollback();
        }
    }
}

impl Db {
    /// Opens and migrates the database at `path`, creating it (with its folder and key file)
    /// when it is missing or an empty file. The command line creates only for `init` and
    /// `--create`; every other command uses [`Db::open_existing`].
    pub fn open(path: &Path) -> Result<Db> {
        Self::open_with_key(path, &keyfile::key_path(path), true)
    }

    /// Opens and migrates an existing database; a missing (or empty, never initialised)
    /// database file is "not found" (3) with a hint naming `custctl init`.
    pub fn open_existing(path: &Path) -> Result<Db> {
        Self::open_with_key(path, &keyfile::key_path(path), false)
    }

    /// As [`Db::open`] (`create`) or [`Db::open_existing`], with the key file at `key_path`
    /// (`--key-file`) instead of beside the database.
    pub fn open_with_key(path: &Path, key_path: &Path, create: bool) -> Result<Db> {
        let fresh = match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if !create {
                    return Err(missing_database(path, "does not exist"));
                }
                create_private_file(path)?;
                true
            }
            Err(e) => {
                return Err(Error::storage(format!(
                    "cannot open {}: {e}",
                    path.display()
                )));
            }
            // An empty file (left by `touch` or a killed copy) holds no database yet.
            Ok(m) if m.is_file() && m.len() == 0 => {
                if !create {
                    return Err(missing_database(path, "is empty (never initialised)"));
                }
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(
                    |e| {
                        Error::storage(format!(
                            "cannot make {} readable by its owner only: {e}",
                            path.display()
                        ))
                    },
                )?;
                true
            }
            // A device, pipe or folder: SQLite would open `/dev/null` as an empty database
            // and leave a journal beside it.
            Ok(m) if !m.is_file() => {
                return Err(Error::storage(format!(
                    "{} is not a regular file (a device, pipe, socket or folder), so not a database",
                    path.display()
                ))
                .with_hint(
                    "give --db the path of a database file, or of a new file for custctl init",
                ));
            }
            Ok(_) => false,
        };
        let key = keyfile::load_or_create(key_path, fresh)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(path, e))?;
        configure(&conn).map_err(|e| open_error(path, e))?;
        audit::watch_changes(&Tx::from_sqlite(&conn))?;
        let mut db = Db {
            backend: Backend::Sqlite {
                conn,
                path: path.to_path_buf(),
            },
            key_path: key_path.to_path_buf(),
            key: KeyState::Missing,
        };
        db.migrate()?;
        if let Some(key) = key {
            db.key = db.check_key(key)?;
        }
        Ok(db)
    }

    /// Connects to a PostgreSQL database and migrates it; `create` (`init`, `--create`)
    /// gives an empty database the schema and creates a missing key file.
    pub fn open_postgres(conninfo: &str, key_path: &Path, create: bool) -> Result<Db> {
        let (client, shown, key) = postgres::PgDb::open(conninfo, key_path, create)?.into_parts();
        let conn = postgres::conn::PgConn::new(client);
        Ok(Db {
            backend: Backend::Postgres {
                conn,
                shown,
                conninfo: conninfo.to_string(),
            },
            key_path: key_path.to_path_buf(),
            key,
        })
    }

    /// The SQLite connection of this database (for what `Db` does on SQLite only).
    fn sqlite(&self) -> Result<&Connection> {
        match &self.backend {
            Backend::Sqlite { conn, .. } => Ok(conn),
            Backend::Postgres { .. } => Err(postgres::not_yet()),
        }
    }

    fn sqlite_mut(&mut self) -> Result<&mut Connection> {
        match &mut self.backend {
            Backend::Sqlite { conn, .. } => Ok(conn),
            Backend::Postgres { .. } => Err(postgres::not_yet()),
        }
    }

    pub fn dialect(&self) -> Dialect {
        match self.backend {
            Backend::Sqlite { .. } => Dialect::Sqlite,
            Backend::Postgres { .. } => Dialect::Postgres,
        }
    }

    /// Compares the key with the fingerprint recorded in the database; records it when the
    /// database has none yet (created before fingerprints were kept) and the key signed the
    /// first audit entry (or there is none).
    fn check_key(&mut self, key: Key) -> Result<KeyState> {
        let fingerprint = key_fingerprint(&key);
        if let Some(stored) = audit::key_fingerprint(&self.handle())? {
            return Ok(if stored == fingerprint {
                KeyState::Present(key)
            } else {
                KeyState::Foreign
            });
        }
        if !audit::signed_first_entry(&self.handle(), &key)? {
            return Ok(KeyState::Foreign);
        }
        let tx = self
            .sqlite_mut()?
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let recorded = audit::record_key_fingerprint(&Tx::from_sqlite(&tx), &fingerprint, false)?;
        tx.commit()?;
        Ok(if recorded == fingerprint {
            KeyState::Present(key)
        } else {
            KeyState::Foreign
        })
    }

    /// Gives this database (whose audit log must be empty) another key's fingerprint, before
    /// that key replaces its key file (`import --key`).
    pub fn adopt_key_fingerprint(&mut self, key: &Key) -> Result<()> {
        let fingerprint = key_fingerprint(key);
        self.write_unsealed(|tx| {
            audit::record_key_fingerprint(tx, &fingerprint, true)?;
            Ok(())
        })
    }

    /// The SQLite file; on PostgreSQL an empty path (no file of ours to protect).
    pub fn path(&self) -> &Path {
        match &self.backend {
            Backend::Sqlite { path, .. } => path,
            Backend::Postgres { .. } => Path::new(""),
        }
    }

    /// The database as messages name it: the file, or the URL without its password.
    pub fn shown(&self) -> String {
        match &self.backend {
            Backend::Sqlite { path, .. } => path.display().to_string(),
            Backend::Postgres { shown, .. } => shown.clone(),
        }
    }

    /// The key of this database; its absence, or a key file that belongs to another
    /// database, is a storage failure (6) with a hint.
    pub fn key(&self) -> Result<&Key> {
        match &self.key {
            KeyState::Present(key) => Ok(key),
            KeyState::Missing => Err(Error::storage(format!(
                "the key file {} is missing",
                self.key_path.display()
            ))
            .with_hint("restore it from the backup made with the database (FILE.key); without it fingerprints and the audit chain cannot be checked")),
            KeyState::Foreign => Err(Error::storage(format!(
                "the key file {} does not belong to this database",
                self.key_path.display()
            ))
            .with_hint("restore this database's own key file from the backup made with it (`custctl backup FILE` writes FILE.key beside the copy); a wrong key would sign a forked audit chain and miss duplicate cards")),
        }
    }

    /// The key file: `<db>.key` unless `--key-file` named another.
    pub fn key_path(&self) -> &Path {
        &self.key_path
    }

    pub fn key_state(&self) -> &KeyState {
        &self.key
    }

    pub fn has_key(&self) -> bool {
        matches!(self.key, KeyState::Present(_))
    }

    pub fn schema_version(&self) -> Result<i64> {
        match &self.backend {
            Backend::Sqlite { conn, .. } => {
                Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
            }
            Backend::Postgres { conn, .. } => {
                Ok(postgres::version(&mut conn.client())?.unwrap_or(0))
            }
        }
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE` on SQLite; on PostgreSQL the
    /// writers' advisory lock), seals it (the state of every audited record it touched) and
    /// commits; any error rolls back. On PostgreSQL `f` runs again when the server aborted
    /// the transaction as a deadlock ([`WRITE_ATTEMPTS`]), so it must act on the database
    /// alone; one that consumes its input uses [`Db::write_once`].
    pub fn write<T>(&mut self, f: impl FnMut(&Writer<'_>) -> Result<T>) -> Result<T> {
        self.sealed_write(WRITE_ATTEMPTS, f)
    }

    /// [`Db::write`] for an `f` that cannot run twice (it consumes its input, such as an
    /// export read from standard input): never run again after a deadlock (it exits 6).
    pub fn write_once<T>(&mut self, f: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let mut f = Some(f);
        self.sealed_write(1, |w| {
            let f = f
                .take()
                .ok_or_else(|| Error::internal("a write ran twice"))?;
            f(w)
        })
    }

    /// [`Db::write`] run up to `attempts` times.
    fn sealed_write<T>(
        &mut self,
        attempts: u32,
        mut f: impl FnMut(&Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        let key = self.key()?.clone();
        self.in_write(true, attempts, |tx| {
            let w = Writer {
                conn: tx,
                key: &key,
            };
            let out = f(&w)?;
            w.seal()?;
            Ok(out)
        })
    }

    /// Runs `f` as [`Db::write`] would, then rolls everything back: what a `--dry-run`
    /// would do, with nothing written.
    pub fn rehearse<T>(&mut self, mut f: impl FnMut(&Writer<'_>) -> Result<T>) -> Result<T> {
        let key = self.key()?.clone();
        self.in_write(false, WRITE_ATTEMPTS, |tx| {
            let w = Writer {
                conn: tx,
                key: &key,
            };
            f(&w)
        })
    }

    /// A write of the store's own (the key fingerprint): no audit entry, nothing to seal.
    fn write_unsealed(&mut self, f: impl FnMut(&Tx<'_>) -> Result<()>) -> Result<()> {
        self.in_write(true, WRITE_ATTEMPTS, f)
    }

    /// Runs `f` in one write transaction, committed when `commit` and `f` succeeded, else
    /// rolled back. When PostgreSQL aborted the transaction as a serialization failure or a
    /// deadlock, `f` runs again in a new one, up to `attempts` times in all.
    fn in_write<T>(
        &mut self,
        commit: bool,
        attempts: u32,
        mut f: impl FnMut(&Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut attempt = 1;
        loop {
            match self.in_write_once(commit, &mut f) {
                Err(e) if run_again(&e, attempt, attempts) => attempt += 1,
                out => return out,
            }
        }
    }

    fn in_write_once<T>(
        &mut self,
        commit: bool,
        f: &mut impl FnMut(&Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        audit::forget_changes();
        let out = match &mut self.backend {
            Backend::Sqlite { conn, .. } => {
                let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let out = f(&Tx::from_sqlite(&tx));
                if commit && out.is_ok() {
                    tx.commit()?;
                }
                out
            }
            Backend::Postgres { conn, .. } => {
                conn.begin_write()?;
                let out = f(&Tx::from_postgres(conn));
                if commit && out.is_ok() {
                    if let Err(e) = conn.commit() {
                        conn.rollback();
                        return Err(e);
                    }
                } else {
                    conn.rollback();
                }
                out
            }
        };
        if !commit {
            audit::forget_changes();
        }
        out
    }

    /// Moves the write-ahead log into the database and empties it, so that no old version
    /// of a page stays in the log file (after a garble). Readers holding old snapshots make
    /// it a no-op, which is harmless: the next checkpoint does it. PostgreSQL has no such
    /// file of ours: a no-op there.
    pub fn checkpoint(&mut self) -> Result<()> {
        if let Backend::Sqlite { conn, .. } = &self.backend {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(())
    }

    /// Runs `f` in one read transaction, so that every query sees the same snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        match &mut self.backend {
            Backend::Sqlite { conn, .. } => {
                let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
                let out = f(&Tx::from_sqlite(&tx))?;
                tx.commit()?;
                Ok(out)
            }
            Backend::Postgres { conn, .. } => {
                conn.begin_read()?;
                let out = f(&Tx::from_postgres(conn));
                match &out {
                    Ok(_) => conn.commit()?,
                    Err(_) => conn.rollback(),
                }
                out
            }
        }
    }

    /// The handle of this database's connection, outside any transaction (for `Db` itself).
    fn handle(&self) -> Tx<'_> {
        match &self.backend {
            Backend::Sqlite { conn, .. } => Tx::from_sqlite(conn),
            Backend::Postgres { conn, .. } => Tx::from_postgres(conn),
        }
    }

    /// Runs `f` (an import's attempts) with foreign keys off: the bulk path checks every
    /// parent itself, set-based, before COMMIT, instead of a probe per row. The pragma is a
    /// no-op inside a transaction, so it is set before BEGIN, and restored after, whatever
    /// happened. PostgreSQL keeps its foreign keys on, checked at each statement (no
    /// session setting switches them off; `--exclusive` drops them and adds them back
    /// instead, see `import::unload`).
    pub fn without_foreign_keys<T>(&mut self, f: impl FnOnce(&mut Db) -> Result<T>) -> Result<T> {
        if self.dialect() == Dialect::Postgres {
            return f(self);
        }
        self.sqlite()?.pragma_update(None, "foreign_keys", false)?;
        let out = f(self);
        let restored = self.sqlite()?.pragma_update(None, "foreign_keys", true);
        let out = out?;
        restored?;
        Ok(out)
    }

    /// Runs `f` (an import's attempts) with a rollback journal instead of the write-ahead
    /// log (`--exclusive`, see [`import::rollback_journal`]), and switches back to WAL
    /// afterwards, whatever `f` returned. Returns `f`'s result and warnings for the user:
    /// the switch was refused because another connection has the database open (`f` ran in
    /// WAL), or the way back failed (the next command that opens the database switches it).
    /// On PostgreSQL `f` just runs.
    pub fn with_rollback_journal<T>(
        &mut self,
        f: impl FnOnce(&mut Db) -> Result<T>,
    ) -> Result<(T, Vec<String>)> {
        let mut warnings = Vec::new();
        if self.dialect() == Dialect::Postgres {
            // No journal to switch: the import itself locks what it loads (`import::unload`).
            return Ok((f(self)?, warnings));
        }
        let switched = import::rollback_journal(&self.handle())?;
        if !switched {
            warnings.push(
                "--exclusive: another connection has the database open, so the import used the \
                 write-ahead log"
                    .to_string(),
            );
        }
        let out = f(self);
        if switched && let Err(e) = import::wal_journal(&self.handle()) {
            warnings.push(format!(
                "--exclusive: the database could not be switched back to the write-ahead log \
                 ({}); the next custctl command that opens it does so",
                e.message
            ));
        }
        Ok((out?, warnings))
    }

    /// Sets the page cache and temporary storage of a bulk import on this connection (see
    /// [`import::bulk_cache`]); nothing to set on PostgreSQL.
    pub fn bulk_cache(&mut self) -> Result<()> {
        if self.dialect() == Dialect::Postgres {
            return Ok(());
        }
        import::bulk_cache(&self.handle())
    }

    /// Begins an import's own write (`BEGIN IMMEDIATE`): unlike [`Db::write`], an import may
    /// roll an attempt back and begin again. Dropping it rolls back; [`BulkWrite::commit`]
    /// seals and commits.
    pub fn begin_bulk(&mut self) -> Result<BulkWrite<'_>> {
        // As in `write`: what an earlier, rolled-back attempt in this process touched is not
        // this transaction's to seal (the import re-runs itself after a repeated key).
        audit::forget_changes();
        let inner = match &mut self.backend {
            Backend::Sqlite { conn, .. } => {
                BulkInner::Sqlite(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
            }
            Backend::Postgres { conn, .. } => {
                conn.begin_write()?;
                BulkInner::Postgres(conn)
            }
        };
        Ok(BulkWrite { inner })
    }

    /// Writes a consistent copy of the database into `target` (an empty file): `VACUUM
    /// INTO` reads one snapshot, so writers may go on meanwhile.
    /// On PostgreSQL, `pg_dump` writes its custom-format archive (one snapshot as well).
    pub fn copy_into(&self, target: &Path) -> Result<()> {
        match &self.backend {
            Backend::Sqlite { conn, .. } => {
                conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
            }
            Backend::Postgres { conninfo, .. } => postgres::dump_into(conninfo, target)?,
        }
        Ok(())
    }

    /// Applies pending migrations in one exclusive transaction that re-reads the version
    /// inside it, so that two processes opening a new database at once both succeed.
    fn migrate(&mut self) -> Result<()> {
        let shown = self.shown();
        let conn = self.sqlite_mut()?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        if version > SCHEMA_VERSION {
            return Err(Error::storage(format!(
                "{shown} has schema version {version}, newer than this custctl knows ({SCHEMA_VERSION})"
            ))
            .with_hint("upgrade custctl"));
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)
                .map_err(|e| Error::internal(format!("migration {} failed: {e}", index + 1)))?;
            tx.pragma_update(None, "user_version", (index + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// The fingerprint of a key as recorded in the database: an HMAC of a fixed label.
pub fn key_fingerprint(key: &Key) -> String {
    key.hmac_hex(&[b"custctl key fingerprint v1"])
}

fn missing_database(path: &Path, what: &str) -> Error {
    let folder = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
        .map(|d| format!(" (its folder {} does not exist either)", d.display()))
        .unwrap_or_default();
    Error::not_found(format!("the database {} {what}{folder}", path.display()))
        .with_hint(format!(
            "create it with: custctl --db {} init (or pass --create); check --db and CUSTCTL_DB if it should exist",
            path.display()
        ))
}

pub(crate) fn busy_timeout() -> Duration {
    BUSY_TIMEOUT.get().copied().unwrap_or_else(|| {
        std::env::var("CUSTCTL_BUSY_TIMEOUT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map(Duration::from_millis)
            .unwrap_or(DEFAULT_BUSY_TIMEOUT)
    })
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // The busy timeout first: every later statement may need to wait for a lock.
    conn.busy_timeout(busy_timeout())?;
    conn.pragma_update(None, "foreign_keys", true)?;
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
    }
    // FULL: a command that said "done" survives a power cut.
    conn.pragma_update(None, "synchronous", "FULL")?;
    register_functions(conn)?;
    // Deleted and overwritten content is zeroed, not left in free space: a garbled
    // person's data must not survive in the file (issue 16).
    conn.pragma_update(None, "secure_delete", true)?;
    Ok(())
}

/// `folded_contains(text, needle)`: whether `text` contains `needle` ignoring case, for all
/// of Unicode (SQLite's own `LIKE` folds ASCII only). NULL text contains nothing.
fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "folded_contains",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text: Option<String> = ctx.get(0)?;
            let needle: Option<String> = ctx.get(1)?;
            Ok(match (text, needle) {
                (Some(t), Some(n)) => fold(&t).contains(&fold(&n)),
                _ => false,
            })
        },
    )
}

/// Text folded for a case-insensitive comparison.
pub fn fold(s: &str) -> String {
    s.to_lowercase()
}

fn open_error(path: &Path, err: rusqlite::Error) -> Error {
    let e = Error::from(err);
    Error::storage(format!("cannot open {}: {}", path.display(), e.message))
        .with_hint("check the path and its permissions, or run `custctl doctor`")
}

/// Creates `path` (and its folder) readable by the owner only, before SQLite opens it.
pub fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::storage(format!("cannot create the folder {}: {e}", dir.display()))
        })?;
    }
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::storage(format!(
            "cannot create {}: {e}",
            path.display()
        ))),
    }
}

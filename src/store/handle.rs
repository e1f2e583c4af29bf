//! The store handle: the one thing `ops` and `import` hold while they work on the database.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::store::postgres::conn::PgConn;
use crate::store::sql::{Row, Value};

/// A transaction (or read snapshot) on the database, on whichever backend it lives: what
/// [`super::Db::read`] gives, what a [`super::Writer`] carries, and what every public `store`
/// function takes.
///
/// Why a handle of its own (issue 15): no code outside `store` names a database crate's
/// types, so all SQL (and every choice between the two dialects) stays in `store/`. A store
/// function writes its statement once with [`Tx::execute`], [`Tx::query_opt`],
/// [`Tx::query_vec`] and [`Tx::for_each`] (SQLite's `?N` parameters; PostgreSQL gets `$N`),
/// and asks [`Tx::dialect`] only where the two dialects differ.
pub struct Tx<'a> {
    inner: Inner<'a>,
}

enum Inner<'a> {
    /// A connection with a transaction open on it (or, inside `Db`, one without).
    Sqlite(&'a Connection),
    /// A PostgreSQL connection with a transaction open on it.
    Postgres(&'a PgConn),
}

/// Which SQL a statement must be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl<'a> Tx<'a> {
    /// The handle of a SQLite connection (with its transaction open).
    pub(in crate::store) fn from_sqlite(conn: &'a Connection) -> Tx<'a> {
        Tx {
            inner: Inner::Sqlite(conn),
        }
    }

    /// The handle of a PostgreSQL connection (with its transaction open).
    pub(in crate::store) fn from_postgres(conn: &'a PgConn) -> Tx<'a> {
        Tx {
            inner: Inner::Postgres(conn),
        }
    }

    pub fn dialect(&self) -> Dialect {
        match self.inner {
            Inner::Sqlite(_) => Dialect::Sqlite,
            Inner::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The SQLite connection this handle works on, for the statements that exist on SQLite
    /// only; on PostgreSQL, the refusal of a command that does not run there yet (2).
    #[track_caller]
    pub(in crate::store) fn sqlite(&self) -> Result<&'a Connection> {
        match self.inner {
            Inner::Sqlite(conn) => Ok(conn),
            Inner::Postgres(_) => {
                let mut err = crate::store::postgres::not_yet();
                // For whoever ports the next statement: where the refusal came from.
                if std::env::var_os("CUSTCTL_TRACE_NOT_YET").is_some() {
                    err.message
                        .push_str(&format!(" [{}]", std::panic::Location::caller()));
                }
                Err(err)
            }
        }
    }

    /// Runs one statement; returns how many rows it changed.
    pub(in crate::store) fn execute(&self, sql: &str, args: &[Value<'_>]) -> Result<usize> {
        match self.inner {
            Inner::Sqlite(conn) => Ok(conn.prepare_cached(sql)?.execute(args_of(args))?),
            Inner::Postgres(conn) => conn.execute(sql, args),
        }
    }

    /// The first row of the statement, read by `f`; `None` when there is none.
    pub(in crate::store) fn query_opt<T>(
        &self,
        sql: &str,
        args: &[Value<'_>],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        match self.inner {
            Inner::Sqlite(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                let mut rows = stmt.query(args_of(args))?;
                match rows.next()? {
                    Some(row) => f(&Row::sqlite(row)).map(Some),
                    None => Ok(None),
                }
            }
            Inner::Postgres(conn) => match conn.query(sql, args)?.first() {
                Some(row) => f(&Row::postgres(row)).map(Some),
                None => Ok(None),
            },
        }
    }

    /// The first row of a statement that always has one (an aggregate, `RETURNING`).
    pub(in crate::store) fn query_one<T>(
        &self,
        sql: &str,
        args: &[Value<'_>],
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.query_opt(sql, args, f)?
            .ok_or_else(|| Error::internal(format!("no row from: {sql}")))
    }

    /// Every row of the statement, each read by `f`.
    pub(in crate::store) fn query_vec<T>(
        &self,
        sql: &str,
        args: &[Value<'_>],
        mut f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        // The whole result is kept anyway: one round trip on PostgreSQL, no cursor.
        if let Inner::Postgres(conn) = self.inner {
            return conn
                .query(sql, args)?
                .iter()
                .map(|r| f(&Row::postgres(r)))
                .collect();
        }
        let mut out = Vec::new();
        self.for_each(sql, args, |row| {
            out.push(f(row)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `f` on every row as it is read, holding none of the others (long lists).
    pub(in crate::store) fn for_each(
        &self,
        sql: &str,
        args: &[Value<'_>],
        mut f: impl FnMut(&Row<'_>) -> Result<()>,
    ) -> Result<()> {
        match self.inner {
            Inner::Sqlite(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                let mut rows = stmt.query(args_of(args))?;
                while let Some(row) = rows.next()? {
                    f(&Row::sqlite(row))?;
                }
                Ok(())
            }
            Inner::Postgres(conn) => conn.for_each(sql, args, f),
        }
    }

    /// Runs statements without parameters (DDL, pragmas).
    pub(in crate::store) fn batch(&self, sql: &str) -> Result<()> {
        match self.inner {
            Inner::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Inner::Postgres(conn) => conn.batch(sql),
        }
    }

    /// PostgreSQL's bulk load: `rows` into `COPY … FROM STDIN` (see [`PgConn::copy_in`]);
    /// `Ok(false)` when the unique index `unique` refused a row. SQLite has no COPY: its
    /// callers use multi-row INSERTs.
    pub(in crate::store) fn copy_in(
        &self,
        statement: &str,
        rows: &crate::store::postgres::copy::CopyRows,
        unique: &str,
    ) -> Result<bool> {
        match self.inner {
            Inner::Sqlite(_) => Err(Error::internal("COPY is PostgreSQL's; SQLite has none")),
            Inner::Postgres(conn) => conn.copy_in(statement, rows, unique),
        }
    }

    /// Opens the savepoint `name` inside this transaction (one import row).
    pub fn savepoint(&self, name: &str) -> crate::error::Result<()> {
        match self.inner {
            Inner::Sqlite(_) => self.execute(&format!("SAVEPOINT {name}"), &[]).map(drop),
            Inner::Postgres(conn) => conn.batch(&format!("SAVEPOINT {name}")),
        }
    }

    /// Keeps what was written since the savepoint `name`, and ends it.
    pub fn release(&self, name: &str) -> crate::error::Result<()> {
        match self.inner {
            Inner::Sqlite(_) => self.execute(&format!("RELEASE {name}"), &[]).map(drop),
            Inner::Postgres(conn) => conn.batch(&format!("RELEASE {name}")),
        }
    }

    /// Undoes what was written since the savepoint `name` (which stays open).
    pub fn rollback_to(&self, name: &str) -> crate::error::Result<()> {
        match self.inner {
            Inner::Sqlite(_) => self.execute(&format!("ROLLBACK TO {name}"), &[]).map(drop),
            Inner::Postgres(conn) => conn.batch(&format!("ROLLBACK TO {name}")),
        }
    }
}

fn args_of<'v>(args: &'v [Value<'v>]) -> rusqlite::ParamsFromIter<std::slice::Iter<'v, Value<'v>>> {
    rusqlite::params_from_iter(args.iter())
}

//! The store handle: the one thing `ops` and `import` hold while they work on the database.

use rusqlite::Connection;

/// A transaction (or read snapshot) on the database, on whichever backend it lives: what
/// [`super::Db::read`] gives, what a [`super::Writer`] carries, and what every public `store`
/// function takes.
///
/// Why a handle of its own (issue 15): the PostgreSQL backend adds a `Postgres` variant
/// beside `Sqlite`, and no code outside `store` names a database crate's types, so all SQL
/// (and every choice between the two dialects) stays in `store/`. Its inside is private to
/// `store`: a store function asks for the connection of its backend.
pub struct Tx<'a> {
    inner: Inner<'a>,
}

enum Inner<'a> {
    /// A connection with a transaction open on it (or, inside `Db`, one without).
    Sqlite(&'a Connection),
}

impl<'a> Tx<'a> {
    /// The handle of a SQLite connection (with its transaction open).
    pub(in crate::store) fn from_sqlite(conn: &'a Connection) -> Tx<'a> {
        Tx {
            inner: Inner::Sqlite(conn),
        }
    }

    /// The SQLite connection this handle works on.
    pub(in crate::store) fn sqlite(&self) -> &'a Connection {
        match self.inner {
            Inner::Sqlite(conn) => conn,
        }
    }

    /// Opens the savepoint `name` inside this transaction (one import row).
    pub fn savepoint(&self, name: &str) -> crate::error::Result<()> {
        self.sqlite()
            .prepare_cached(&format!("SAVEPOINT {name}"))?
            .execute([])?;
        Ok(())
    }

    /// Keeps what was written since the savepoint `name`, and ends it.
    pub fn release(&self, name: &str) -> crate::error::Result<()> {
        self.sqlite()
            .prepare_cached(&format!("RELEASE {name}"))?
            .execute([])?;
        Ok(())
    }

    /// Undoes what was written since the savepoint `name` (which stays open).
    pub fn rollback_to(&self, name: &str) -> crate::error::Result<()> {
        self.sqlite()
            .prepare_cached(&format!("ROLLBACK TO {name}"))?
            .execute([])?;
        Ok(())
    }
}

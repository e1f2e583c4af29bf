//! One PostgreSQL connection as the store handle uses it: statements prepared once per
//! process (as rusqlite's statement cache does), SQLite's `?N` parameters rewritten to `$N`,
//! and rows streamed through a cursor so that a long list holds one chunk at a time.

use std::cell::{Cell as StdCell, RefCell};
use std::collections::HashMap;

use postgres::types::ToSql;

use crate::error::Result;
use crate::store::postgres::copy::CopyRows;
use crate::store::sql::{Row, Value, to_postgres, to_postgres_typed};

/// The transaction-level advisory lock every write takes first ("custctl" and 2): writers
/// take turns as they do on SQLite (`BEGIN IMMEDIATE`), so that every date rule checked
/// inside a write holds at COMMIT and the audit chain has one head. Readers never wait.
pub const WRITE_LOCK: i64 = 0x6375_7374_6374_6c02;

/// How many rows a cursor fetches at a time.
const CHUNK: usize = 1000;

pub struct PgConn {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    cursors: StdCell<u64>,
}

impl PgConn {
    pub fn new(client: postgres::Client) -> PgConn {
        PgConn {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            cursors: StdCell::new(0),
        }
    }

    /// The client itself, for what the store does outside statements (migrations, COPY).
    pub fn client(&self) -> std::cell::RefMut<'_, postgres::Client> {
        self.client.borrow_mut()
    }

    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        // A statement PostgreSQL cannot prepare is a bug: the message names it.
        let prepared = self
            .client
            .borrow_mut()
            .prepare(&to_postgres(sql))
            .map_err(|e| {
                let mut err = crate::error::Error::from(e);
                let statement: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
                err.message.push_str(&format!(" [in: {statement}]"));
                err
            })?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), prepared.clone());
        Ok(prepared)
    }

    pub fn execute(&self, sql: &str, args: &[Value<'_>]) -> Result<usize> {
        let statement = self.statement(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        Ok(self.client.borrow_mut().execute(&statement, &params)? as usize)
    }

    /// Every row of the statement, read as a whole.
    pub fn query(&self, sql: &str, args: &[Value<'_>]) -> Result<Vec<postgres::Row>> {
        let statement = self.statement(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        Ok(self.client.borrow_mut().query(&statement, &params)?)
    }

    /// Calls `f` on each row, fetched through a cursor `CHUNK` rows at a time, so that `f`
    /// may run statements of its own between chunks and memory stays flat. Needs an open
    /// transaction (every store handle has one).
    pub fn for_each(
        &self,
        sql: &str,
        args: &[Value<'_>],
        mut f: impl FnMut(&Row<'_>) -> Result<()>,
    ) -> Result<()> {
        let n = self.cursors.get() + 1;
        self.cursors.set(n);
        let cursor = format!("custctl_cursor_{n}");
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        let types = self.statement(sql)?.params().to_vec();
        self.client.borrow_mut().execute(
            &format!(
                "DECLARE {cursor} NO SCROLL CURSOR FOR {}",
                to_postgres_typed(sql, &types)
            ),
            &params,
        )?;
        let fetch = format!("FETCH {CHUNK} FROM {cursor}");
        loop {
            let rows = self.client.borrow_mut().query(&fetch, &[])?;
            for row in &rows {
                f(&Row::postgres(row))?;
            }
            if rows.len() < CHUNK {
                break;
            }
        }
        self.client
            .borrow_mut()
            .batch_execute(&format!("CLOSE {cursor}"))?;
        Ok(())
    }

    /// Sends `rows` to `COPY … FROM STDIN` (`statement`, text format). `Ok(false)` when the
    /// unique index `unique` refused a row: the error aborts the transaction, so the caller
    /// copies inside a savepoint.
    pub fn copy_in(&self, statement: &str, rows: &CopyRows, unique: &str) -> Result<bool> {
        use std::io::Write;
        let mut client = self.client.borrow_mut();
        let copied = (|| {
            let mut writer = client.copy_in(statement)?;
            // The writer's own buffering sends the rows in chunks; an I/O error here is the
            // connection's, which `finish` reports as such.
            let _ = writer.write_all(rows.as_bytes());
            writer.finish()
        })();
        match copied {
            Ok(_) => Ok(true),
            Err(e)
                if e.code() == Some(&postgres::error::SqlState::UNIQUE_VIOLATION)
                    && e.as_db_error().and_then(|d| d.constraint()) == Some(unique) =>
            {
                Ok(false)
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Runs statements without parameters (transaction control, DDL).
    pub fn batch(&self, sql: &str) -> Result<()> {
        self.client.borrow_mut().batch_execute(sql)?;
        Ok(())
    }

    /// Begins a write: one writer at a time (see [`WRITE_LOCK`]), with the session's table
    /// of changed rows that sealing the write reads (filled by migration 9's triggers; made
    /// on a session's first write only, as a read-only command needs none).
    pub fn begin_write(&self) -> Result<()> {
        self.batch(&format!(
            "BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK});
             CREATE TEMP TABLE IF NOT EXISTS custctl_changed (
                 entity text NOT NULL, id bigint NOT NULL, PRIMARY KEY (entity, id))"
        ))
    }

    /// Begins a read: one snapshot for every statement of the command.
    pub fn begin_read(&self) -> Result<()> {
        self.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    }

    pub fn commit(&self) -> Result<()> {
        self.batch("COMMIT")
    }

    /// Rolls back whatever transaction is open; a connection already lost has none.
    pub fn rollback(&self) {
        let _ = self.client.borrow_mut().batch_execute("ROLLBACK");
    }
}

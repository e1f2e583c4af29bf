//! A table-level dump and load of every record, for `export` and `import`.
//!
//! Every table but the audit log, in schema creation order (which respects foreign keys),
//! each row as a JSON object of its columns with ids kept. Reading it back into an empty
//! database gives identical records, catalogs and histories.

use serde_json::{Map, Number, Value};

use crate::args;
use crate::error::{Error, Result};
use crate::store::sql::{Cell, Value as Param};
use crate::store::{Dialect, Tx};

/// The tables an export holds, in creation order: not the audit log, nor the key's
/// fingerprint (each database has its own, from its own key file), nor PostgreSQL's
/// migration table.
pub fn tables(tx: &Tx<'_>) -> Result<Vec<String>> {
    let sql = match tx.dialect() {
        Dialect::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'key_fingerprint')
             ORDER BY rowid"
        }
        // Object ids grow with creation, so this is creation order too.
        Dialect::Postgres => {
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND c.relkind = 'r'
                AND c.relname NOT IN ('audit_log', 'key_fingerprint', 'custctl_migration')
              ORDER BY c.oid"
        }
    };
    tx.query_vec(sql, &[], |r| r.get(0))
}

/// The columns of `table`, in order.
pub fn columns(tx: &Tx<'_>, table: &str) -> Result<Vec<String>> {
    let sql = match tx.dialect() {
        Dialect::Sqlite => "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
        Dialect::Postgres => {
            "SELECT column_name::text FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = ?1
              ORDER BY ordinal_position"
        }
    };
    tx.query_vec(sql, args![table], |r| r.get(0))
}

/// Calls `f` with every row of `table` as a JSON object, in key order; returns the count.
/// Values are written as SQLite stores them (flags 0/1, dates and timestamps as text), so
/// that an export reads back into either backend.
pub fn dump(
    tx: &Tx<'_>,
    table: &str,
    mut f: impl FnMut(Map<String, Value>) -> Result<()>,
) -> Result<u64> {
    let cols = columns(tx, table)?;
    let list: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
    let mut n = 0;
    tx.for_each(
        &format!("SELECT {} FROM \"{table}\" ORDER BY 1", list.join(", ")),
        &[],
        |row| {
            let mut obj = Map::new();
            for (i, c) in cols.iter().enumerate() {
                let v = match row.get::<Cell>(i)? {
                    Cell::Null => Value::Null,
                    Cell::Int(x) => Value::Number(x.into()),
                    Cell::Bool(b) => Value::Number(i64::from(b).into()),
                    Cell::Real(x) => Number::from_f64(x)
                        .map(Value::Number)
                        .unwrap_or(Value::Null),
                    Cell::Text(t) => Value::String(t),
                    Cell::Date(d) => Value::String(d.format("%Y-%m-%d").to_string()),
                    Cell::Blob(b) => {
                        let mut m = Map::new();
                        m.insert("hex".into(), Value::String(hex::encode(b)));
                        Value::Object(m)
                    }
                };
                obj.insert(c.clone(), v);
            }
            f(obj)?;
            n += 1;
            Ok(())
        },
    )?;
    Ok(n)
}

/// Whether `table` holds no rows.
pub fn is_empty(tx: &Tx<'_>, table: &str) -> Result<bool> {
    tx.query_one(
        &format!("SELECT NOT EXISTS (SELECT 1 FROM \"{table}\")"),
        &[],
        |r| r.get(0),
    )
}

/// Inserts one exported row. `table` and the column names must be known ones (the caller
/// checks them against [`tables`] and [`columns`]).
pub fn load(tx: &Tx<'_>, table: &str, record: &Map<String, Value>) -> Result<()> {
    let names: Vec<String> = record.keys().map(|k| format!("\"{k}\"")).collect();
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO \"{table}\" ({}) VALUES ({})",
        names.join(", "),
        marks.join(", ")
    );
    let blobs: Vec<Option<Vec<u8>>> = record.values().map(blob).collect::<Result<_>>()?;
    let values: Vec<Param<'_>> = record
        .values()
        .zip(&blobs)
        .map(|(v, b)| to_param(v, b.as_deref()))
        .collect::<Result<_>>()?;
    tx.execute(&sql, &values)
        .map_err(|e| Error::invalid(format!("{table}: {}", e.message)))?;
    Ok(())
}

/// How many rows [`Loader`] sends in one COPY on PostgreSQL.
const COPY_BATCH: usize = 2048;

/// Loads exported rows: on SQLite one [`load`] each; on PostgreSQL a run of rows of one
/// table with the same columns goes in one `COPY … FROM STDIN` (one INSERT a row took about
/// a millisecond there). When PostgreSQL refuses a batch, its rows are loaded again one by
/// one, so that the error names the line of the row at fault, as on SQLite.
#[derive(Default)]
pub struct Loader {
    table: String,
    columns: Vec<String>,
    rows: Vec<(u64, Map<String, Value>)>,
}

impl Loader {
    /// Loads `record` of `table`, read from `line`; an error names the line.
    pub fn add(
        &mut self,
        tx: &Tx<'_>,
        table: &str,
        line: u64,
        record: Map<String, Value>,
    ) -> Result<()> {
        if tx.dialect() == Dialect::Sqlite {
            return load(tx, table, &record).map_err(|e| at_line(line, e));
        }
        if self.table != table || !record.keys().eq(self.columns.iter()) {
            self.flush(tx)?;
            self.table = table.to_string();
            self.columns = record.keys().cloned().collect();
        }
        self.rows.push((line, record));
        if self.rows.len() >= COPY_BATCH {
            self.flush(tx)?;
        }
        Ok(())
    }

    /// Loads the rows not loaded yet.
    pub fn flush(&mut self, tx: &Tx<'_>) -> Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.rows);
        let mut copy = crate::store::postgres::copy::CopyRows::new();
        for (line, record) in &rows {
            for value in record.values() {
                match value {
                    Value::Null => copy.text(None),
                    Value::Bool(b) => copy.bool(*b),
                    Value::Number(n) => copy.text(Some(&n.to_string())),
                    Value::String(s) => copy.text(Some(s)),
                    Value::Object(_) => {
                        let bytes = blob(value).map_err(|e| at_line(*line, e))?;
                        copy.text(Some(&format!(
                            "\\x{}",
                            hex::encode(bytes.unwrap_or_default())
                        )))
                    }
                    Value::Array(_) => {
                        return Err(at_line(*line, Error::invalid("a value is a list")));
                    }
                };
            }
            copy.end_row();
        }
        let names: Vec<String> = self.columns.iter().map(|c| format!("\"{c}\"")).collect();
        let statement = format!("COPY \"{}\" ({}) FROM STDIN", self.table, names.join(", "));
        tx.savepoint("load_batch")?;
        match tx.copy_in(&statement, &copy, "") {
            Ok(_) => tx.release("load_batch"),
            Err(_) => {
                // Again row by row: the first row refused is named by its line.
                tx.rollback_to("load_batch")?;
                for (line, record) in &rows {
                    load(tx, &self.table, record).map_err(|e| at_line(*line, e))?;
                }
                tx.release("load_batch")
            }
        }
    }
}

fn at_line(line: u64, e: Error) -> Error {
    Error::invalid(format!("line {line}: {}", e.message))
}

/// The bytes of a blob value (`{"hex": …}`).
fn blob(v: &Value) -> Result<Option<Vec<u8>>> {
    match v {
        Value::Object(m) => match m.get("hex").and_then(Value::as_str) {
            Some(h) => Ok(Some(
                hex::decode(h).map_err(|_| Error::invalid("a blob value is not hex"))?,
            )),
            None => Err(Error::invalid("a value is an object")),
        },
        _ => Ok(None),
    }
}

fn to_param<'a>(v: &'a Value, blob: Option<&'a [u8]>) -> Result<Param<'a>> {
    Ok(match v {
        Value::Null => Param::Null,
        Value::Bool(b) => Param::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Param::Int(i),
            None => Param::Real(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => Param::Text(s),
        Value::Object(_) => Param::Blob(blob.unwrap_or_default()),
        Value::Array(_) => return Err(Error::invalid("a value is a list")),
    })
}

/// Defers foreign-key checks to the commit of the current transaction (on PostgreSQL the
/// constraints are deferrable since migration 9).
pub fn defer_foreign_keys(tx: &Tx<'_>) -> Result<()> {
    match tx.dialect() {
        Dialect::Sqlite => tx
            .sqlite()?
            .pragma_update(None, "defer_foreign_keys", true)?,
        Dialect::Postgres => tx.batch("SET CONSTRAINTS ALL DEFERRED")?,
    }
    Ok(())
}

/// After rows were loaded with their ids: PostgreSQL's identity columns hand out the next
/// id from a sequence that explicit ids do not move, so each is set past the largest id.
/// (SQLite's AUTOINCREMENT follows explicit ids by itself.)
pub fn finish_load(tx: &Tx<'_>) -> Result<()> {
    if tx.dialect() == Dialect::Sqlite {
        return Ok(());
    }
    let sequences: Vec<(String, String)> = tx.query_vec(
        "SELECT table_name::text, pg_get_serial_sequence(quote_ident(table_name), 'id')
           FROM information_schema.columns
          WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (table, sequence) in sequences {
        tx.query_one(
            &format!(
                "SELECT setval(CAST(?1 AS TEXT)::regclass, coalesce(max(id), 0) + 1, false) FROM \"{table}\""
            ),
            args![sequence],
            |_| Ok(()),
        )?;
    }
    Ok(())
}

/// Whether the audit log is empty (a new key may only replace one that signed nothing).
pub fn audit_log_empty(tx: &Tx<'_>) -> Result<bool> {
    is_empty(tx, "audit_log")
}

//! A table-level dump and load of every record, for `export` and `import`.
//!
//! Every table but the audit log, in schema creation order (which respects foreign keys),
//! each row as a JSON object of its columns with ids kept. Reading it back into an empty
//! database gives identical records, catalogs and histories.

use rusqlite::params_from_iter;
use rusqlite::types::{Value as Sql, ValueRef};
use serde_json::{Map, Number, Value};

use crate::error::{Error, Result};
use crate::store::Tx;

/// The tables an export holds, in creation order: not the audit log, nor the key's
/// fingerprint (each database has its own, from its own key file).
pub fn tables(tx: &Tx<'_>) -> Result<Vec<String>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'key_fingerprint')
         ORDER BY rowid",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The columns of `table`, in order.
pub fn columns(tx: &Tx<'_>, table: &str) -> Result<Vec<String>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let rows = stmt.query_map([table], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Calls `f` with every row of `table` as a JSON object, in key order; returns the count.
pub fn dump(
    tx: &Tx<'_>,
    table: &str,
    mut f: impl FnMut(Map<String, Value>) -> Result<()>,
) -> Result<u64> {
    let conn = tx.sqlite()?;
    let cols = columns(tx, table)?;
    let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1"))?;
    let mut rows = stmt.query([])?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        let mut obj = Map::new();
        for (i, c) in cols.iter().enumerate() {
            let v = match row.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(x) => Value::Number(x.into()),
                ValueRef::Real(x) => Number::from_f64(x)
                    .map(Value::Number)
                    .unwrap_or(Value::Null),
                ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => {
                    let mut m = Map::new();
                    m.insert("hex".into(), Value::String(hex::encode(b)));
                    Value::Object(m)
                }
            };
            obj.insert(c.clone(), v);
        }
        f(obj)?;
        n += 1;
    }
    Ok(n)
}

/// Whether `table` holds no rows.
pub fn is_empty(tx: &Tx<'_>, table: &str) -> Result<bool> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare(&format!("SELECT NOT EXISTS (SELECT 1 FROM \"{table}\")"))?
        .query_row([], |r| r.get(0))?)
}

/// Inserts one exported row. `table` and the column names must be known ones (the caller
/// checks them against [`tables`] and [`columns`]).
pub fn load(tx: &Tx<'_>, table: &str, record: &Map<String, Value>) -> Result<()> {
    let conn = tx.sqlite()?;
    let names: Vec<String> = record.keys().map(|k| format!("\"{k}\"")).collect();
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO \"{table}\" ({}) VALUES ({})",
        names.join(", "),
        marks.join(", ")
    );
    let values = record.values().map(to_sql).collect::<Result<Vec<Sql>>>()?;
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values))
        .map_err(|e| Error::invalid(format!("{table}: {e}")))?;
    Ok(())
}

fn to_sql(v: &Value) -> Result<Sql> {
    Ok(match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(*b as i64),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => Sql::Text(s.clone()),
        Value::Object(m) => match m.get("hex").and_then(Value::as_str) {
            Some(h) => {
                Sql::Blob(hex::decode(h).map_err(|_| Error::invalid("a blob value is not hex"))?)
            }
            None => return Err(Error::invalid("a value is an object")),
        },
        Value::Array(_) => return Err(Error::invalid("a value is a list")),
    })
}

/// Defers foreign-key checks to the commit of the current transaction.
pub fn defer_foreign_keys(tx: &Tx<'_>) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.pragma_update(None, "defer_foreign_keys", true)?;
    Ok(())
}

/// Whether the audit log is empty (a new key may only replace one that signed nothing).
pub fn audit_log_empty(tx: &Tx<'_>) -> Result<bool> {
    is_empty(tx, "audit_log")
}

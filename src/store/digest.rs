//! The state of an audited record as the audit log vouches for it: an HMAC under the key of
//! the record's row as stored (a digest, never a copy, so that no personal data goes into
//! the audit log through it).
//!
//! Every audit entry about one record of a table with an integer `id` primary key carries the
//! digest of that row after the change (`audit_log.digest`, covered by the chain HMAC).
//! `doctor` recomputes it from the current row and compares it with the newest one, so an
//! edit, deletion or rollback of a record behind custctl's back is found. Just before
//! COMMIT, `audit::seal` re-digests what the transaction's entries are about and every
//! vouched-for row it updated or deleted (seen by the connection's update hook), and appends
//! a `state` entry where the state moved on. The one function
//! that reads a record's canonical row, [`state`], serves every audited table, so a new
//! table or column needs no code here.

use std::collections::HashMap;

use crate::args;
use crate::domain::key::Key;
use crate::error::Result;
use crate::store::sql::{Cell, Row};
use crate::store::{Dialect, Tx};

/// Tables whose rows are never audited records.
const NOT_RECORDS: &[&str] = &["audit_log", "key_fingerprint"];

/// Whether `entity` names a table whose rows are audited records (an integer `id` primary
/// key), so that its audit entries carry digests.
pub fn is_record_table(tx: &Tx<'_>, entity: &str) -> Result<bool> {
    if NOT_RECORDS.contains(&entity) {
        return Ok(false);
    }
    let dialect = tx.dialect();
    let key = (dialect, entity.to_string());
    if let Some(known) = RECORD_TABLES.with(|t| t.borrow().get(&key).copied()) {
        return Ok(known);
    }
    let sql = match dialect {
        Dialect::Sqlite => {
            "SELECT 1 FROM sqlite_master m, pragma_table_info(m.name) c
              WHERE m.type = 'table' AND m.name = ?1 AND c.name = 'id' AND c.pk = 1
                AND upper(c.type) = 'INTEGER'"
        }
        Dialect::Postgres => {
            "SELECT 1 FROM pg_index i
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
              WHERE i.indrelid = to_regclass(CAST(?1 AS TEXT)) AND i.indisprimary
                AND i.indnatts = 1 AND a.attname = 'id'"
        }
    };
    let known = tx.query_opt(sql, args![entity], |_| Ok(()))?.is_some();
    RECORD_TABLES.with(|t| t.borrow_mut().insert(key, known));
    Ok(known)
}

thread_local! {
    /// Which tables hold audited records, by backend: asked once per table and process (the
    /// schema does not change under a running command; a migration runs before any asking).
    static RECORD_TABLES: std::cell::RefCell<HashMap<(Dialect, String), bool>> =
        std::cell::RefCell::new(HashMap::new());
}

/// The canonical bytes of the row `id` of `table` (`None` when there is no such row): each
/// column whose value differs from the column's declared default, as its name, a type tag
/// and the value, every part length-prefixed. Leaving defaults out keeps a record's digest
/// unchanged when a later migration adds a column with a default.
pub fn state(tx: &Tx<'_>, table: &str, id: i64) -> Result<Option<Vec<u8>>> {
    state_with(tx, table, id, &column_defaults(tx, table)?)
}

type Defaults = HashMap<String, Option<String>>;

fn state_with(tx: &Tx<'_>, table: &str, id: i64, defaults: &Defaults) -> Result<Option<Vec<u8>>> {
    tx.query_opt(
        &format!("SELECT * FROM \"{table}\" WHERE id = ?1"),
        args![id],
        |row| canonical_row(row, defaults),
    )
}

/// A row's canonical bytes (see [`state`]). PostgreSQL's typed values are taken as SQLite
/// stores them (a flag as the integer 0 or 1, a date as its ISO text, a timestamp as its
/// RFC 3339 text), so that a record has the same digest on both backends and a database
/// moved between them by `export`/`import` checks clean.
fn canonical_row(row: &Row<'_>, defaults: &Defaults) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut push = |bytes: &[u8]| {
        out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
        out.extend_from_slice(bytes);
    };
    for i in 0..row.len() {
        let name = row.column_name(i)?;
        let value = match row.get::<Cell>(i)? {
            Cell::Bool(b) => Cell::Int(b.into()),
            Cell::Date(d) => Cell::Text(d.format("%Y-%m-%d").to_string()),
            other => other,
        };
        let default = defaults.get(&name).and_then(|d| d.as_deref());
        if literal(&value).as_deref() == default.or(Some("NULL")) {
            continue;
        }
        push(name.as_bytes());
        match value {
            Cell::Null => push(b"n"),
            Cell::Int(v) => {
                push(b"i");
                push(&v.to_be_bytes());
            }
            Cell::Real(v) => {
                push(b"r");
                push(&v.to_bits().to_be_bytes());
            }
            Cell::Text(t) => {
                push(b"t");
                push(t.as_bytes());
            }
            Cell::Blob(b) => {
                push(b"b");
                push(&b);
            }
            Cell::Bool(_) | Cell::Date(_) => unreachable!("normalised above"),
        }
    }
    Ok(out)
}

/// The digest of the record `id` of `table` as it is now (a deleted record has a digest
/// too, so that a deletion behind custctl's back is found).
pub fn digest(tx: &Tx<'_>, key: &Key, table: &str, id: i64) -> Result<String> {
    Ok(digest_of(key, table, id, state(tx, table, id)?.as_deref()))
}

/// The digest of a record's canonical row (`None`: the record does not exist).
fn digest_of(key: &Key, table: &str, id: i64, state: Option<&[u8]>) -> String {
    let id_text = id.to_string();
    match state {
        Some(bytes) => key.hmac_hex(&[
            b"custctl record v1",
            table.as_bytes(),
            id_text.as_bytes(),
            b"present",
            bytes,
        ]),
        None => key.hmac_hex(&[
            b"custctl record v1",
            table.as_bytes(),
            id_text.as_bytes(),
            b"absent",
        ]),
    }
}

/// The digest of the record an audit entry is about, or `None` when the entry is not about
/// one record of an audited table.
pub fn entry_digest(
    tx: &Tx<'_>,
    key: &Key,
    entity: &str,
    entity_id: Option<&str>,
) -> Result<Option<String>> {
    let Some(id) = entity_id.and_then(|i| i.parse::<i64>().ok()) else {
        return Ok(None);
    };
    if !is_record_table(tx, entity)? {
        return Ok(None);
    }
    digest(tx, key, entity, id).map(Some)
}

/// The declared default of each column of `table`, as SQL text as SQLite declares it
/// (`None`: no default). PostgreSQL's are read from its catalog without their casts, its
/// `false`/`true` as SQLite's `0`/`1`.
fn column_defaults(tx: &Tx<'_>, table: &str) -> Result<Defaults> {
    match tx.dialect() {
        Dialect::Sqlite => tx
            .query_vec(
                "SELECT name, dflt_value FROM pragma_table_info(?1)",
                args![table],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map(|v| v.into_iter().collect()),
        Dialect::Postgres => tx
            .query_vec(
                // The catalog itself: information_schema.columns gives the same text
                // (`pg_get_expr` of the default) at ten times the cost, paid by every write.
                "SELECT a.attname::text, pg_get_expr(d.adbin, d.adrelid)
                   FROM pg_attribute a
                   LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                  WHERE a.attrelid = to_regclass(CAST(?1 AS TEXT)) AND a.attnum > 0
                    AND NOT a.attisdropped",
                args![table],
                |r| {
                    let name: String = r.get(0)?;
                    let default: Option<String> = r.get(1)?;
                    Ok((name, default.map(|d| sqlite_default(&d))))
                },
            )
            .map(|v| v.into_iter().collect()),
    }
}

/// A PostgreSQL column default as SQLite would declare it: `'x'::text` is `'x'`, `false`
/// is `0`.
fn sqlite_default(pg: &str) -> String {
    let bare = match pg.rfind("::") {
        Some(i) if !pg[i..].contains('\'') => &pg[..i],
        _ => pg,
    };
    match bare {
        "false" => "0".into(),
        "true" => "1".into(),
        other => other.to_string(),
    }
}

/// A value written as the SQL literal a column default would be declared with.
fn literal(value: &Cell) -> Option<String> {
    match value {
        Cell::Null => Some("NULL".into()),
        Cell::Int(v) => Some(v.to_string()),
        Cell::Text(t) => Some(format!("'{}'", t.replace('\'', "''"))),
        _ => None,
    }
}

/// One audited record whose current state is not the one its newest digest vouches for.
#[derive(Debug)]
pub struct Mismatch {
    pub entity: String,
    pub entity_id: String,
    /// The audit entry holding the newest digest.
    pub entry: i64,
    /// Whether the record exists now.
    pub exists: bool,
}

/// What the record check found: the records that differ, how many were checked, and how
/// many rows of audited tables have no digest yet (written before digests were kept).
#[derive(Debug, Default)]
pub struct RecordCheck {
    pub mismatches: Vec<Mismatch>,
    pub checked: u64,
    pub without_digest: u64,
}

/// Compares every record's current state with the newest digest the audit log holds for it.
pub fn check_records(tx: &Tx<'_>, key: &Key) -> Result<RecordCheck> {
    let mut out = RecordCheck::default();
    let newest_sql = match tx.dialect() {
        // The bare columns come from the row holding max(id), SQLite's documented behaviour.
        Dialect::Sqlite => {
            "SELECT entity, entity_id, digest, max(id) FROM audit_log
              WHERE digest IS NOT NULL GROUP BY entity, entity_id ORDER BY entity, max(id)"
        }
        Dialect::Postgres => {
            "SELECT entity, entity_id, digest, id FROM (
                 SELECT DISTINCT ON (entity, entity_id) entity, entity_id, digest, id
                   FROM audit_log WHERE digest IS NOT NULL
                  ORDER BY entity, entity_id, id DESC) newest
              ORDER BY entity, id"
        }
    };
    let newest: Vec<(String, String, String, i64)> = tx.query_vec(newest_sql, &[], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    let mut present: HashMap<String, u64> = HashMap::new();
    // Per entity: its columns' defaults when it is a table of audited records.
    let mut record_tables: HashMap<String, Option<Defaults>> = HashMap::new();
    for (entity, entity_id, stored, entry) in newest {
        let Ok(id) = entity_id.parse::<i64>() else {
            continue;
        };
        if !record_tables.contains_key(&entity) {
            let defaults = if is_record_table(tx, &entity)? {
                Some(column_defaults(tx, &entity)?)
            } else {
                None
            };
            record_tables.insert(entity.clone(), defaults);
        }
        let Some(defaults) = &record_tables[&entity] else {
            continue;
        };
        out.checked += 1;
        let row = state_with(tx, &entity, id, defaults)?;
        let exists = row.is_some();
        if exists {
            *present.entry(entity.clone()).or_default() += 1;
        }
        if digest_of(key, &entity, id, row.as_deref()) != stored {
            out.mismatches.push(Mismatch {
                entity,
                entity_id,
                entry,
                exists,
            });
        }
    }
    // Rows of audited tables without any digest: counted, not judged.
    let entities: Vec<String> =
        tx.query_vec("SELECT DISTINCT entity FROM audit_log", &[], |r| r.get(0))?;
    for entity in entities {
        if !is_record_table(tx, &entity)? {
            continue;
        }
        let rows: i64 = tx.query_one(&format!("SELECT count(*) FROM \"{entity}\""), &[], |r| {
            r.get(0)
        })?;
        let with = present.get(&entity).copied().unwrap_or(0);
        out.without_digest += (rows as u64).saturating_sub(with);
    }
    Ok(out)
}

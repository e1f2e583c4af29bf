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

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};

use crate::domain::key::Key;
use crate::error::Result;
use crate::store::Tx;

/// Tables whose rows are never audited records.
const NOT_RECORDS: &[&str] = &["audit_log", "key_fingerprint"];

/// Whether `entity` names a table whose rows are audited records (an integer `id` primary
/// key), so that its audit entries carry digests.
pub fn is_record_table(tx: &Tx<'_>, entity: &str) -> Result<bool> {
    let conn = tx.sqlite()?;
    if NOT_RECORDS.contains(&entity) {
        return Ok(false);
    }
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM sqlite_master m, pragma_table_info(m.name) c
              WHERE m.type = 'table' AND m.name = ?1 AND c.name = 'id' AND c.pk = 1
                AND upper(c.type) = 'INTEGER'",
        )?
        .query_row([entity], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The canonical bytes of the row `id` of `table` (`None` when there is no such row): each
/// column whose value differs from the column's declared default, as its name, a type tag
/// and the value, every part length-prefixed. Leaving defaults out keeps a record's digest
/// unchanged when a later migration adds a column with a default.
pub fn state(tx: &Tx<'_>, table: &str, id: i64) -> Result<Option<Vec<u8>>> {
    let conn = tx.sqlite()?;
    state_with(conn, table, id, &column_defaults(conn, table)?)
}

type Defaults = HashMap<String, Option<String>>;

fn state_with(
    conn: &Connection,
    table: &str,
    id: i64,
    defaults: &Defaults,
) -> Result<Option<Vec<u8>>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT * FROM \"{table}\" WHERE id = ?1"))?;
    let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
    let mut rows = stmt.query([id])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let mut out = Vec::new();
    let mut push = |bytes: &[u8]| {
        out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
        out.extend_from_slice(bytes);
    };
    for (i, name) in names.iter().enumerate() {
        let value = row.get_ref(i)?;
        let default = defaults.get(name).and_then(|d| d.as_deref());
        if literal(value).as_deref() == default.or(Some("NULL")) {
            continue;
        }
        push(name.as_bytes());
        match value {
            ValueRef::Null => push(b"n"),
            ValueRef::Integer(v) => {
                push(b"i");
                push(&v.to_be_bytes());
            }
            ValueRef::Real(v) => {
                push(b"r");
                push(&v.to_bits().to_be_bytes());
            }
            ValueRef::Text(t) => {
                push(b"t");
                push(t);
            }
            ValueRef::Blob(b) => {
                push(b"b");
                push(b);
            }
        }
    }
    Ok(Some(out))
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

/// The declared default of each column of `table`, as SQL text (`None`: no default).
fn column_defaults(conn: &Connection, table: &str) -> Result<Defaults> {
    let mut stmt = conn.prepare_cached("SELECT name, dflt_value FROM pragma_table_info(?1)")?;
    let rows = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A value written as the SQL literal a column default would be declared with.
fn literal(value: ValueRef<'_>) -> Option<String> {
    match value {
        ValueRef::Null => Some("NULL".into()),
        ValueRef::Integer(v) => Some(v.to_string()),
        ValueRef::Text(t) => std::str::from_utf8(t)
            .ok()
            .map(|t| format!("'{}'", t.replace('\'', "''"))),
        ValueRef::Real(_) | ValueRef::Blob(_) => None,
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
    let conn = tx.sqlite()?;
    let mut out = RecordCheck::default();
    // The bare columns come from the row holding max(id), SQLite's documented behaviour.
    let mut stmt = conn.prepare(
        "SELECT entity, entity_id, digest, max(id) FROM audit_log
          WHERE digest IS NOT NULL GROUP BY entity, entity_id ORDER BY entity, max(id)",
    )?;
    let newest: Vec<(String, String, String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut present: HashMap<String, u64> = HashMap::new();
    // Per entity: its columns' defaults when it is a table of audited records.
    let mut record_tables: HashMap<String, Option<Defaults>> = HashMap::new();
    for (entity, entity_id, stored, entry) in newest {
        let Ok(id) = entity_id.parse::<i64>() else {
            continue;
        };
        if !record_tables.contains_key(&entity) {
            let defaults = if is_record_table(tx, &entity)? {
                Some(column_defaults(conn, &entity)?)
            } else {
                None
            };
            record_tables.insert(entity.clone(), defaults);
        }
        let Some(defaults) = &record_tables[&entity] else {
            continue;
        };
        out.checked += 1;
        let row = state_with(conn, &entity, id, defaults)?;
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
    let mut stmt = conn.prepare("SELECT DISTINCT entity FROM audit_log")?;
    let entities: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for entity in entities {
        if !is_record_table(tx, &entity)? {
            continue;
        }
        let rows: i64 = conn.query_row(&format!("SELECT count(*) FROM \"{entity}\""), [], |r| {
            r.get(0)
        })?;
        let with = present.get(&entity).copied().unwrap_or(0);
        out.without_digest += (rows as u64).saturating_sub(with);
    }
    Ok(out)
}

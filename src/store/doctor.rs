//! Checks of the database itself: SQLite's integrity and foreign keys.

use crate::error::Result;
use crate::store::Tx;

/// Problems `PRAGMA integrity_check` reports (empty when the file is sound).
pub fn integrity_problems(tx: &Tx<'_>) -> Result<Vec<String>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let lines: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
    Ok(lines.into_iter().filter(|l| l != "ok").collect())
}

/// Rows whose foreign key points at nothing, as "table row N -> parent".
pub fn foreign_key_problems(tx: &Tx<'_>) -> Result<Vec<String>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map([], |r| {
        let table: String = r.get(0)?;
        let rowid: Option<i64> = r.get(1)?;
        let parent: String = r.get(2)?;
        Ok(format!(
            "{table} row {} refers to a missing {parent}",
            rowid.map(|id| id.to_string()).unwrap_or_default()
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

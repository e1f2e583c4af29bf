//! SQL of the import pipeline: the temporary table of upsert keys seen in one file, which
//! finds two rows with the same key in bounded memory (SQLite pages it to disk as needed).

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

/// Creates (or empties) the key table of this connection. Runs inside the import's
/// transaction, so a rollback leaves nothing behind.
pub fn begin_keys(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS import_key (
             key  TEXT PRIMARY KEY,
             line INTEGER NOT NULL,
             hash INTEGER NOT NULL
         ) WITHOUT ROWID;
         DELETE FROM temp.import_key;",
    )?;
    Ok(())
}

/// Records `key` as seen on `line` with the row hash `hash`; when the key was seen before,
/// returns that earlier line and hash instead.
pub fn see_key(conn: &Connection, key: &str, line: u64, hash: i64) -> Result<Option<(u64, i64)>> {
    let inserted = conn
        .prepare_cached(
            "INSERT INTO temp.import_key (key, line, hash) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO NOTHING",
        )?
        .execute(params![key, line as i64, hash])?;
    if inserted == 1 {
        return Ok(None);
    }
    Ok(conn
        .prepare_cached("SELECT line, hash FROM temp.import_key WHERE key = ?1")?
        .query_row([key], |r| Ok((r.get::<_, i64>(0)? as u64, r.get(1)?)))
        .optional()?)
}

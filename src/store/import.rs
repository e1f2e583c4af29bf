//! SQL of the import pipeline: the temporary table of upsert keys seen in one file, which
//! finds two rows with the same key in bounded memory (SQLite pages it to disk as needed).

use rusqlite::{OptionalExtension, params};

use crate::error::Result;
use crate::store::Tx;

/// Page cache of a bulk import, in KiB: big enough that the pages being filled stay in
/// memory between rows (SQLite's default is 2 MiB), small enough for the import's memory
/// target. Bounded, so memory stays flat whatever the file size. With foreign keys off
/// for the bulk path (no person page read per row) 4 MiB was as fast as 8 MiB and keeps
/// the peak lower (issue 14).
pub const BULK_CACHE_KIB: i64 = 4 * 1024;

/// Prepared statements an import keeps compiled.
const STATEMENT_CACHE: usize = 128;

/// Sets the page cache for a bulk import on this connection.
///
/// Temporary storage goes to files (the bundled SQLite keeps it in memory by default): the
/// key table and the sorts that build indexes then page to disk, and memory stays flat.
pub fn bulk_cache(tx: &Tx<'_>) -> Result<()> {
    let conn = tx.sqlite();
    conn.pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
    conn.pragma_update(None, "temp_store", "FILE")?;
    // One row of an import through `ops` runs more distinct statements than rusqlite's
    // default cache holds (16): each would be compiled again on every row.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(())
}

/// Switches the database to a rollback journal (`journal_mode=TRUNCATE`) for a large
/// import (`--exclusive`): each page is written once, to the database, instead of to the
/// write-ahead log and again at the checkpoint. With `synchronous=FULL` it stays durable
/// (the journal is synced before the database is written, and its truncation at COMMIT is
/// synced; `DELETE` mode would not sync the directory). Outside any transaction. Leaving
/// WAL needs the database to itself: `false` when another connection has it open (it then
/// stays in WAL).
pub fn rollback_journal(tx: &Tx<'_>) -> Result<bool> {
    let conn = tx.sqlite();
    match conn.query_row("PRAGMA journal_mode=TRUNCATE", [], |r| {
        r.get::<_, String>(0)
    }) {
        Ok(mode) => Ok(mode.eq_ignore_ascii_case("truncate")),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if matches!(
                e.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) =>
        {
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

/// Switches the database back to the write-ahead log after [`rollback_journal`] (it waits
/// for readers up to the busy timeout). Outside any transaction.
pub fn wal_journal(tx: &Tx<'_>) -> Result<()> {
    let conn = tx.sqlite();
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(crate::error::Error::storage(format!(
            "the database stayed in journal mode {mode}"
        )));
    }
    Ok(())
}

/// Creates (or empties) the key table of this connection. Runs inside the import's
/// transaction, so a rollback leaves nothing behind.
pub fn begin_keys(tx: &Tx<'_>) -> Result<()> {
    let conn = tx.sqlite();
    // Foreign keys are checked once, at commit (the rows were checked already).
    conn.pragma_update(None, "defer_foreign_keys", true)?;
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
pub fn see_key(tx: &Tx<'_>, key: &str, line: u64, hash: i64) -> Result<Option<(u64, i64)>> {
    let conn = tx.sqlite();
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

/// The contact with this external id, if any.
pub fn contact_by_external_id(tx: &Tx<'_>, external_id: &str) -> Result<Option<i64>> {
    let conn = tx.sqlite();
    Ok(conn
        .prepare_cached("SELECT id FROM contact WHERE external_id = ?1")?
        .query_row([external_id], |r| r.get(0))
        .optional()?)
}

/// Calls `f` with each person's external id and id, in the order of the external-id index.
pub fn for_each_person_external_id(tx: &Tx<'_>, mut f: impl FnMut(String, i64)) -> Result<()> {
    let conn = tx.sqlite();
    let mut stmt =
        conn.prepare("SELECT external_id, id FROM person WHERE external_id IS NOT NULL")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        f(r.get(0)?, r.get(1)?);
    }
    Ok(())
}

/// Whether a person with this id exists.
pub fn person_exists(tx: &Tx<'_>, id: i64) -> Result<bool> {
    let conn = tx.sqlite();
    Ok(conn
        .prepare_cached("SELECT 1 FROM person WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The largest contact id, 0 when there is none: a contact with a larger id was written by
/// this import (SQLite gives a new row the largest rowid plus one).
pub fn max_contact_id(tx: &Tx<'_>) -> Result<i64> {
    let conn = tx.sqlite();
    Ok(conn.query_row("SELECT coalesce(max(id), 0) FROM contact", [], |r| r.get(0))?)
}

/// The largest person id, 0 when there is none: a person with a larger id was written by
/// this import.
pub fn max_person_id(tx: &Tx<'_>) -> Result<i64> {
    let conn = tx.sqlite();
    Ok(conn.query_row("SELECT coalesce(max(id), 0) FROM person", [], |r| r.get(0))?)
}

/// Whether any contact has a characteristic.
pub fn any_contact_characteristic(tx: &Tx<'_>) -> Result<bool> {
    let conn = tx.sqlite();
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM contact_characteristic)",
        [],
        |r| r.get(0),
    )?)
}

/// A stored contact as an import row compares with it.
#[derive(Debug, Clone)]
pub struct StoredContact {
    pub id: i64,
    pub fields: ContactFields,
}

/// The columns of a stored contact an import row compares with (after the `c.` alias), and
/// its characteristics as JSON or NULL when the caller knows that no contact has any.
const STORED_COLUMNS: &str = "c.id,c.person_id,c.contact_type_id,c.contacted_at,c.user,c.method,\
    c.direction,c.comment,c.open";
const STORED_CHARACTERISTICS: &str = "(SELECT json_group_array(json_array(characteristic_type_id,\
    value))FROM contact_characteristic WHERE contact_id=c.id)";

/// Reads a [`StoredContact`] from the columns of [`STORED_COLUMNS`] and the characteristics
/// that follow them, from column `at` on.
fn stored_contact(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<StoredContact> {
    let mut fields = ContactFields {
        person_id: r.get(at + 1)?,
        contact_type_id: r.get(at + 2)?,
        contacted_at: r.get(at + 3)?,
        user: r.get(at + 4)?,
        method: r.get(at + 5)?,
        direction: r.get(at + 6)?,
        comment: r.get(at + 7)?,
        open: r.get::<_, i64>(at + 8)? != 0,
        characteristics: Vec::new(),
    };
    if let Some(json) = r.get::<_, Option<String>>(at + 9)?.filter(|j| j != "[]") {
        let mut list: Vec<(i64, String)> = serde_json::from_str(&json).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                at + 9,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })?;
        list.sort();
        fields.characteristics = list;
    }
    Ok(StoredContact {
        id: r.get(at)?,
        fields,
    })
}

/// The contact with this external id and the fields an import row sets, in one query.
/// `characteristics`: also read its characteristics (false when the caller knows that no
/// contact has any).
pub fn contact_by_external_id_fields(
    tx: &Tx<'_>,
    external_id: &str,
    characteristics: bool,
) -> Result<Option<StoredContact>> {
    static SQL: std::sync::OnceLock<[String; 2]> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        [false, true].map(|chars| {
            format!(
                "SELECT {STORED_COLUMNS},{} FROM contact c WHERE c.external_id=?1",
                if chars {
                    STORED_CHARACTERISTICS
                } else {
                    "NULL"
                }
            )
        })
    });
    let conn = tx.sqlite();
    Ok(conn
        .prepare_cached(&sql[characteristics as usize])?
        .query_row([external_id], |r| stored_contact(r, 0))
        .optional()?)
}

/// The stored contacts whose external ids are `from` or sort after it, in the order of the
/// external-id index (SQLite's binary order, which is `str`'s), at most `limit`, each given
/// to `f` with its external id: the stored rows of a run of keys in one query (a re-import
/// of a file in key order reads its stored rows a window at a time, not a statement each).
/// `characteristics` as for [`contact_by_external_id_fields`]. The limit is part of the
/// statement's text (one cached statement per limit the caller uses): SQLite compiled a
/// statement with `LIMIT ?` again on every use, 5-8% of a re-import.
pub fn contacts_from_external_id(
    tx: &Tx<'_>,
    from: &str,
    limit: usize,
    characteristics: bool,
    mut f: impl FnMut(String, StoredContact),
) -> Result<()> {
    let sql = format!(
        "SELECT c.external_id,{STORED_COLUMNS},{} FROM contact c \
         WHERE c.external_id>=?1 ORDER BY c.external_id LIMIT {limit}",
        if characteristics {
            STORED_CHARACTERISTICS
        } else {
            "NULL"
        }
    );
    let conn = tx.sqlite();
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([from])?;
    while let Some(r) = rows.next()? {
        f(r.get(0)?, stored_contact(r, 1)?);
    }
    Ok(())
}

/// The person ids the contact table names that no person has: one pass over the index by
/// person (its distinct values), one probe each. The bulk import's check of the parent
/// that foreign keys would have checked row by row.
pub fn missing_persons(tx: &Tx<'_>) -> Result<Vec<i64>> {
    let conn = tx.sqlite();
    let mut stmt = conn.prepare(
        "SELECT d.person_id FROM (SELECT DISTINCT person_id FROM contact) d
          WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = d.person_id)
          LIMIT 20",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether the row with this id exists in `table` (a parent of the bulk import: a contact
/// type with its class, a letter template, a characteristic type).
pub fn parent_exists(tx: &Tx<'_>, table: &str, id: i64) -> Result<bool> {
    let conn = tx.sqlite();
    let sql = match table {
        "contact_type" => {
            "SELECT 1 FROM contact_type t JOIN contact_class c ON c.id = t.class_id WHERE t.id = ?1"
        }
        "letter_template" => "SELECT 1 FROM letter_template WHERE id = ?1",
        "characteristic_type" => "SELECT 1 FROM characteristic_type WHERE id = ?1",
        other => {
            return Err(crate::error::Error::internal(format!(
                "no parent table {other}"
            )));
        }
    };
    Ok(conn
        .prepare_cached(sql)?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The ids of up to `limit` contacts with `column` = `value` (the rows that name a missing
/// parent), the lowest first.
pub fn contacts_naming(tx: &Tx<'_>, column: &str, value: i64, limit: u32) -> Result<Vec<i64>> {
    let conn = tx.sqlite();
    let column = match column {
        "person_id" => "person_id",
        "contact_type_id" => "contact_type_id",
        "letter_template_id" => "letter_template_id",
        other => return Err(crate::error::Error::internal(format!("no column {other}"))),
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT id FROM contact WHERE {column} = ?1 ORDER BY id LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![value, limit], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The ids of up to `limit` contacts with a characteristic of this type.
pub fn contacts_with_characteristic(tx: &Tx<'_>, type_id: i64, limit: u32) -> Result<Vec<i64>> {
    let conn = tx.sqlite();
    let mut stmt = conn.prepare(
        "SELECT contact_id FROM contact_characteristic WHERE characteristic_type_id = ?1
          ORDER BY contact_id LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![type_id, limit], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The stored fields of a contact that an import row sets, for comparing and updating.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactFields {
    pub person_id: i64,
    pub contact_type_id: i64,
    pub contacted_at: String,
    pub user: String,
    pub method: Option<String>,
    pub direction: Option<String>,
    pub comment: Option<String>,
    pub open: bool,
    /// (characteristic type id, value), by type id.
    pub characteristics: Vec<(i64, String)>,
}

pub fn contact_fields(tx: &Tx<'_>, id: i64) -> Result<ContactFields> {
    let conn = tx.sqlite();
    let mut f = conn
        .prepare_cached(
            "SELECT person_id, contact_type_id, contacted_at, user, method, direction, comment, open
               FROM contact WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(ContactFields {
                person_id: r.get(0)?,
                contact_type_id: r.get(1)?,
                contacted_at: r.get(2)?,
                user: r.get(3)?,
                method: r.get(4)?,
                direction: r.get(5)?,
                comment: r.get(6)?,
                open: r.get::<_, i64>(7)? != 0,
                characteristics: Vec::new(),
            })
        })?;
    let mut stmt = conn.prepare_cached(
        "SELECT characteristic_type_id, value FROM contact_characteristic
          WHERE contact_id = ?1 ORDER BY characteristic_type_id",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    f.characteristics = rows.collect::<rusqlite::Result<_>>()?;
    Ok(f)
}

/// Writes the fields of an existing contact (not its log or letter) and replaces its
/// characteristics.
pub fn update_contact(tx: &Tx<'_>, id: i64, f: &ContactFields) -> Result<()> {
    let conn = tx.sqlite();
    conn.prepare_cached(
        "UPDATE contact SET person_id = ?2, contact_type_id = ?3, contacted_at = ?4, user = ?5,
                method = ?6, direction = ?7, comment = ?8, open = ?9 WHERE id = ?1",
    )?
    .execute(params![
        id,
        f.person_id,
        f.contact_type_id,
        f.contacted_at,
        f.user,
        f.method,
        f.direction,
        f.comment,
        f.open as i64
    ])?;
    conn.prepare_cached("DELETE FROM contact_characteristic WHERE contact_id = ?1")?
        .execute([id])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO contact_characteristic (contact_id, characteristic_type_id, value)
         VALUES (?1, ?2, ?3)",
    )?;
    for (t, v) in &f.characteristics {
        stmt.execute(params![id, t, v])?;
    }
    Ok(())
}

/// The number of rows in `table`.
pub fn count(tx: &Tx<'_>, table: &str) -> Result<u64> {
    let conn = tx.sqlite();
    Ok(
        conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
            r.get::<_, i64>(0)
        })? as u64,
    )
}

/// Drops the secondary indexes of `table` that enforce nothing (unique indexes stay: they
/// hold rules and serve the upsert lookups); returns their SQL to build them again with
/// [`create_indexes`]. Inside the import's transaction, so a rollback restores them.
pub fn drop_plain_indexes(tx: &Tx<'_>, table: &str) -> Result<Vec<String>> {
    let conn = tx.sqlite();
    let mut stmt = conn.prepare(
        "SELECT m.name, m.sql FROM sqlite_master m
           JOIN pragma_index_list(?1) l ON l.name = m.name
          WHERE m.type = 'index' AND m.sql IS NOT NULL AND l.\"unique\" = 0",
    )?;
    let found: Vec<(String, String)> = stmt
        .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &found {
        conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    Ok(found.into_iter().map(|(_, sql)| sql).collect())
}

/// Builds the indexes [`drop_plain_indexes`] dropped (one sort each, much faster than
/// inserting into them row by row).
pub fn create_indexes(tx: &Tx<'_>, sqls: &[String]) -> Result<()> {
    let conn = tx.sqlite();
    for sql in sqls {
        conn.execute_batch(sql)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set-based check finds what foreign keys would have refused row by row.
    #[test]
    fn missing_parents_are_found_set_based() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(include_str!("migrations/0001_foundation.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO person (id, kind, name, created_at, updated_at)
                  VALUES (1, 'person', 'Ann', 't', 't');
             INSERT INTO contact_class (id, code, description, created_at) VALUES (1, 'B', 'b', 't');
             INSERT INTO contact_type (id, class_id, code, description, created_at)
                  VALUES (1, 1, 'Q', 'q', 't');
             PRAGMA foreign_keys = OFF;
             INSERT INTO contact (person_id, contact_type_id, contacted_at, user, created_at)
                  VALUES (1, 1, 't', 'u', 't'), (7, 1, 't', 'u', 't'), (7, 2, 't', 'u', 't'),
                         (1, 1, 't', 'u', 't');",
        )
        .unwrap();
        assert_eq!(missing_persons(&Tx::from_sqlite(&conn)).unwrap(), vec![7]);
        assert_eq!(
            contacts_naming(&Tx::from_sqlite(&conn), "person_id", 7, 5).unwrap(),
            vec![2, 3]
        );
        assert!(parent_exists(&Tx::from_sqlite(&conn), "contact_type", 1).unwrap());
        assert!(!parent_exists(&Tx::from_sqlite(&conn), "contact_type", 2).unwrap());
        assert_eq!(
            contacts_naming(&Tx::from_sqlite(&conn), "contact_type_id", 2, 5).unwrap(),
            vec![3]
        );
    }
}

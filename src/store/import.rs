//! SQL of the import pipeline: the temporary table of upsert keys seen in one file, which
//! finds two rows with the same key in bounded memory (SQLite pages it to disk as needed).

use crate::args;
use crate::error::Result;
use crate::store::sql::Row;
use crate::store::{Dialect, Tx};

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
    if tx.dialect() == Dialect::Postgres {
        return Ok(());
    }
    let conn = tx.sqlite()?;
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
    let conn = tx.sqlite()?;
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
    let conn = tx.sqlite()?;
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
    if tx.dialect() == Dialect::Postgres {
        // Foreign keys stay checked at each statement: an entity import writes a parent
        // before its children, and PostgreSQL keeps every deferred check in the server's
        // memory until COMMIT (about 200 MB for a million contacts, measured).
        // A temporary table as on SQLite (its name is found before the schema's).
        return tx.batch(
            "CREATE TEMP TABLE IF NOT EXISTS import_key (
                 key  text PRIMARY KEY,
                 line bigint NOT NULL,
                 hash bigint NOT NULL
             );
             DELETE FROM import_key;",
        );
    }
    // Foreign keys are checked once, at commit (the rows were checked already).
    crate::store::export::defer_foreign_keys(tx)?;
    let conn = tx.sqlite()?;
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
    let inserted = tx.execute(
        "INSERT INTO import_key (key, line, hash) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO NOTHING",
        args![key, line as i64, hash],
    )?;
    if inserted == 1 {
        return Ok(None);
    }
    tx.query_opt(
        "SELECT line, hash FROM import_key WHERE key = ?1",
        args![key],
        |r| Ok((r.get::<i64>(0)? as u64, r.get(1)?)),
    )
}

/// The contact with this external id, if any.
pub fn contact_by_external_id(tx: &Tx<'_>, external_id: &str) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT id FROM contact WHERE external_id = ?1",
        args![external_id],
        |r| r.get(0),
    )
}

/// Calls `f` with each person's external id and id, in the order of the external-id index.
pub fn for_each_person_external_id(tx: &Tx<'_>, mut f: impl FnMut(String, i64)) -> Result<()> {
    tx.for_each(
        "SELECT external_id, id FROM person WHERE external_id IS NOT NULL",
        &[],
        |r| {
            f(r.get(0)?, r.get(1)?);
            Ok(())
        },
    )
}

/// Whether a person with this id exists.
pub fn person_exists(tx: &Tx<'_>, id: i64) -> Result<bool> {
    Ok(tx
        .query_opt("SELECT 1 FROM person WHERE id = ?1", args![id], |_| Ok(()))?
        .is_some())
}

/// The largest contact id, 0 when there is none: a contact with a larger id was written by
/// this import (SQLite gives a new row the largest rowid plus one).
pub fn max_contact_id(tx: &Tx<'_>) -> Result<i64> {
    tx.query_one("SELECT coalesce(max(id), 0) FROM contact", &[], |r| {
        r.get(0)
    })
}

/// The id the next contact inserted will be given (see `store::contact::insert_many`),
/// which no contact had before, even a deleted one: past the largest id and SQLite's
/// AUTOINCREMENT counter; on PostgreSQL a fresh value of the identity sequence.
pub fn next_contact_id(tx: &Tx<'_>) -> Result<i64> {
    let sql = match tx.dialect() {
        Dialect::Sqlite => {
            "SELECT max((SELECT coalesce(max(id), 0) FROM contact),
                        coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'contact'), 0)) + 1"
        }
        Dialect::Postgres => {
            "SELECT greatest((SELECT coalesce(max(id), 0) + 1 FROM contact),
                             nextval(pg_get_serial_sequence('contact', 'id')))"
        }
    };
    tx.query_one(sql, &[], |r| r.get(0))
}

/// The largest person id, 0 when there is none: a person with a larger id was written by
/// this import.
pub fn max_person_id(tx: &Tx<'_>) -> Result<i64> {
    tx.query_one("SELECT coalesce(max(id), 0) FROM person", &[], |r| r.get(0))
}

/// Whether any contact has a characteristic.
pub fn any_contact_characteristic(tx: &Tx<'_>) -> Result<bool> {
    tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM contact_characteristic)",
        &[],
        |r| r.get(0),
    )
}

/// A stored contact as an import row compares with it.
#[derive(Debug, Clone)]
pub struct StoredContact {
    pub id: i64,
    pub fields: ContactFields,
}

/// The columns of a stored contact an import row compares with (after the `c.` alias), and
/// its characteristics as JSON or NULL when the caller knows that no contact has any, in
/// each dialect (`user` is the role's name on PostgreSQL unless quoted).
fn stored_columns(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Sqlite => {
            "c.id,c.person_id,c.contact_type_id,c.contacted_at,c.user,c.method,\
             c.direction,c.comment,c.open"
        }
        Dialect::Postgres => {
            "c.id,c.person_id,c.contact_type_id,c.contacted_at,c.\"user\",c.method,\
             c.direction,c.comment,c.open"
        }
    }
}

fn stored_characteristics(dialect: Dialect, wanted: bool) -> &'static str {
    match (dialect, wanted) {
        (Dialect::Sqlite, true) => {
            "(SELECT json_group_array(json_array(characteristic_type_id,\
             value))FROM contact_characteristic WHERE contact_id=c.id)"
        }
        (Dialect::Postgres, true) => {
            "(SELECT coalesce(json_agg(json_build_array(characteristic_type_id,value)),'[]')::text \
             FROM contact_characteristic WHERE contact_id=c.id)"
        }
        (Dialect::Sqlite, false) => "NULL",
        (Dialect::Postgres, false) => "NULL::text",
    }
}

/// Reads a [`StoredContact`] from the columns of [`stored_columns`] and the characteristics
/// that follow them, from column `at` on.
fn stored_contact(r: &Row<'_>, at: usize) -> Result<StoredContact> {
    let mut fields = ContactFields {
        person_id: r.get(at + 1)?,
        contact_type_id: r.get(at + 2)?,
        contacted_at: r.get(at + 3)?,
        user: r.get(at + 4)?,
        method: r.get(at + 5)?,
        direction: r.get(at + 6)?,
        comment: r.get(at + 7)?,
        open: r.get(at + 8)?,
        characteristics: Vec::new(),
    };
    if let Some(json) = r.get::<Option<String>>(at + 9)?.filter(|j| j != "[]") {
        let mut list: Vec<(i64, String)> = serde_json::from_str(&json)
            .map_err(|e| crate::error::Error::internal(format!("characteristics: {e}")))?;
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
    // Built once per dialect and flag: the statement cache compares the text on every use.
    static SQL: std::sync::OnceLock<[[String; 2]; 2]> = std::sync::OnceLock::new();
    let sql = SQL.get_or_init(|| {
        [Dialect::Sqlite, Dialect::Postgres].map(|dialect| {
            [false, true].map(|chars| {
                format!(
                    "SELECT {},{} FROM contact c WHERE c.external_id=?1",
                    stored_columns(dialect),
                    stored_characteristics(dialect, chars)
                )
            })
        })
    });
    let dialect = (tx.dialect() == Dialect::Postgres) as usize;
    tx.query_opt(
        &sql[dialect][characteristics as usize],
        args![external_id],
        |r| stored_contact(r, 0),
    )
}

/// The stored contacts whose external ids are `from` or sort after it, in the order of the
/// external-id index (byte order on both backends: the column is COLLATE "C" on
/// PostgreSQL), at most `limit`, each given to `f` with its external id: the stored rows of
/// a run of keys in one query (a re-import of a file in key order reads its stored rows a
/// window at a time, not a statement each). `characteristics` as for
/// [`contact_by_external_id_fields`]. The limit is part of the statement's text (one cached
/// statement per limit the caller uses): SQLite compiled a statement with `LIMIT ?` again
/// on every use, 5-8% of a re-import.
pub fn contacts_from_external_id(
    tx: &Tx<'_>,
    from: &str,
    limit: usize,
    characteristics: bool,
    mut f: impl FnMut(String, StoredContact),
) -> Result<()> {
    let dialect = tx.dialect();
    let sql = format!(
        "SELECT c.external_id,{},{} FROM contact c \
         WHERE c.external_id>=?1 ORDER BY c.external_id LIMIT {limit}",
        stored_columns(dialect),
        stored_characteristics(dialect, characteristics)
    );
    tx.for_each(&sql, args![from], |r| {
        f(r.get(0)?, stored_contact(r, 1)?);
        Ok(())
    })
}

/// The person ids the contact table names that no person has: one pass over the index by
/// person (its distinct values), one probe each. The bulk import's check of the parent
/// that foreign keys would have checked row by row.
pub fn missing_persons(tx: &Tx<'_>) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT d.person_id FROM (SELECT DISTINCT person_id FROM contact) d
          WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = d.person_id)
          LIMIT 20",
        &[],
        |r| r.get(0),
    )
}

/// Whether the row with this id exists in `table` (a parent of the bulk import: a contact
/// type with its class, a letter template, a characteristic type).
pub fn parent_exists(tx: &Tx<'_>, table: &str, id: i64) -> Result<bool> {
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
    Ok(tx.query_opt(sql, args![id], |_| Ok(()))?.is_some())
}

/// The ids of up to `limit` contacts with `column` = `value` (the rows that name a missing
/// parent), the lowest first.
pub fn contacts_naming(tx: &Tx<'_>, column: &str, value: i64, limit: u32) -> Result<Vec<i64>> {
    let column = match column {
        "person_id" => "person_id",
        "contact_type_id" => "contact_type_id",
        "letter_template_id" => "letter_template_id",
        other => return Err(crate::error::Error::internal(format!("no column {other}"))),
    };
    tx.query_vec(
        &format!("SELECT id FROM contact WHERE {column} = ?1 ORDER BY id LIMIT ?2"),
        args![value, limit],
        |r| r.get(0),
    )
}

/// The ids of up to `limit` contacts with a characteristic of this type.
pub fn contacts_with_characteristic(tx: &Tx<'_>, type_id: i64, limit: u32) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT contact_id FROM contact_characteristic WHERE characteristic_type_id = ?1
          ORDER BY contact_id LIMIT ?2",
        args![type_id, limit],
        |r| r.get(0),
    )
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
    let mut f = tx.query_one("SELECT person_id, contact_type_id, contacted_at, \"user\", method, direction, comment, open
               FROM contact WHERE id = ?1", args![id], |r| {
            Ok(ContactFields {
                person_id: r.get(0)?,
                contact_type_id: r.get(1)?,
                contacted_at: r.get(2)?,
                user: r.get(3)?,
                method: r.get(4)?,
                direction: r.get(5)?,
                comment: r.get(6)?,
                open: r.get(7)?,
                characteristics: Vec::new(),
            })
        })?;
    f.characteristics = tx.query_vec(
        "SELECT characteristic_type_id, value FROM contact_characteristic
          WHERE contact_id = ?1 ORDER BY characteristic_type_id",
        args![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(f)
}

/// Writes the fields of an existing contact (not its log or letter) and replaces its
/// characteristics.
pub fn update_contact(tx: &Tx<'_>, id: i64, f: &ContactFields) -> Result<()> {
    tx.execute(
        "UPDATE contact SET person_id = ?2, contact_type_id = ?3, contacted_at = ?4, \"user\" = ?5,
                method = ?6, direction = ?7, comment = ?8, open = ?9 WHERE id = ?1",
        args![
            id,
            f.person_id,
            f.contact_type_id,
            f.contacted_at,
            f.user,
            f.method,
            f.direction,
            f.comment,
            f.open
        ],
    )?;
    tx.execute(
        "DELETE FROM contact_characteristic WHERE contact_id = ?1",
        args![id],
    )?;
    for (t, v) in &f.characteristics {
        tx.execute(
            "INSERT INTO contact_characteristic (contact_id, characteristic_type_id, value)
             VALUES (?1, ?2, ?3)",
            args![id, t, v],
        )?;
    }
    Ok(())
}

/// The number of rows in `table`.
pub fn count(tx: &Tx<'_>, table: &str) -> Result<u64> {
    Ok(
        tx.query_one(&format!("SELECT count(*) FROM \"{table}\""), &[], |r| {
            r.get::<i64>(0)
        })? as u64,
    )
}

/// What a large import took off the tables it loads, to put back before COMMIT: plain
/// indexes (built again in one sort each, much faster than row by row) and, on PostgreSQL,
/// foreign keys (checked again in one join each, instead of one probe per row). Taken inside
/// the import's transaction, so a rollback (or a killed process) restores them all.
#[derive(Default)]
pub struct Unloaded {
    indexes: Vec<String>,
    /// (table, constraint name, its definition).
    foreign_keys: Vec<(String, String, String)>,
}

/// Takes off `table` (and its characteristics table, which the load writes with it) what
/// [`Unloaded`] says, for an import that will write more rows than the table holds.
///
/// - SQLite: the secondary indexes that enforce nothing (unique indexes stay: they hold rules
///   and serve the upsert lookups). Readers are not held up: they read the snapshot before
///   the import, and the write lock is the import's anyway.
/// - PostgreSQL: nothing, unless `exclusive` (`--exclusive`): dropping an index or a foreign
///   key locks the table (and the foreign key's parent) against every reader until COMMIT,
///   which only the user may choose. Then the tables are locked first, the plain indexes
///   dropped and, when `foreign_keys` (the import checks every parent itself, set-based),
///   their foreign keys too.
pub fn unload(tx: &Tx<'_>, table: &str, exclusive: bool, foreign_keys: bool) -> Result<Unloaded> {
    match tx.dialect() {
        Dialect::Sqlite => {
            let conn = tx.sqlite()?;
            let found: Vec<(String, String)> = tx.query_vec(
                "SELECT m.name, m.sql FROM sqlite_master m
                   JOIN pragma_index_list(?1) l ON l.name = m.name
                  WHERE m.type = 'index' AND m.sql IS NOT NULL AND l.\"unique\" = 0",
                args![table],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            for (name, _) in &found {
                conn.execute_batch(&format!("DROP INDEX \"{name}\""))?;
            }
            Ok(Unloaded {
                indexes: found.into_iter().map(|(_, sql)| sql).collect(),
                foreign_keys: Vec::new(),
            })
        }
        Dialect::Postgres if !exclusive => Ok(Unloaded::default()),
        Dialect::Postgres => {
            let characteristics = format!("{table}_characteristic");
            let has_characteristics: bool = tx.query_one(
                "SELECT to_regclass(?1) IS NOT NULL",
                args![characteristics.as_str()],
                |r| r.get(0),
            )?;
            let mut tables = vec![table.to_string()];
            if has_characteristics {
                tables.push(characteristics);
            }
            let quoted: Vec<String> = tables.iter().map(|t| format!("\"{t}\"")).collect();
            tx.batch(&format!(
                "LOCK TABLE {} IN ACCESS EXCLUSIVE MODE",
                quoted.join(", ")
            ))?;
            let mut unloaded = Unloaded::default();
            for t in &tables {
                let indexes: Vec<(String, String)> = tx.query_vec(
                    "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                       FROM pg_index i
                      WHERE i.indrelid = to_regclass(?1) AND NOT i.indisunique
                        AND NOT i.indisprimary
                      ORDER BY 1",
                    args![t.as_str()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                for (name, sql) in indexes {
                    tx.batch(&format!("DROP INDEX {name}"))?;
                    unloaded.indexes.push(sql);
                }
                if !foreign_keys {
                    continue;
                }
                let constraints: Vec<(String, String)> = tx.query_vec(
                    "SELECT conname::text, pg_get_constraintdef(oid)
                       FROM pg_constraint
                      WHERE conrelid = to_regclass(?1) AND contype = 'f'
                      ORDER BY 1",
                    args![t.as_str()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                for (name, definition) in constraints {
                    tx.batch(&format!("ALTER TABLE \"{t}\" DROP CONSTRAINT \"{name}\""))?;
                    unloaded.foreign_keys.push((t.clone(), name, definition));
                }
            }
            Ok(unloaded)
        }
    }
}

impl Unloaded {
    /// Builds the indexes [`unload`] dropped.
    pub fn create_indexes(&mut self, tx: &Tx<'_>) -> Result<()> {
        for sql in self.indexes.drain(..) {
            tx.batch(&sql)?;
        }
        Ok(())
    }

    /// Adds the foreign keys [`unload`] dropped, as they were: PostgreSQL checks each over
    /// the whole table in one join, and refuses it (rolling the import back) when a row
    /// names a missing parent. Call it after the import's own check, which names the lines.
    pub fn restore_foreign_keys(&mut self, tx: &Tx<'_>) -> Result<()> {
        for (table, name, definition) in self.foreign_keys.drain(..) {
            tx.batch(&format!(
                "ALTER TABLE \"{table}\" ADD CONSTRAINT \"{name}\" {definition}"
            ))?;
        }
        Ok(())
    }
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

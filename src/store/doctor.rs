//! Checks of the database itself: SQLite's integrity and foreign keys, and their
//! PostgreSQL counterparts.

use crate::error::Result;
use crate::store::{Dialect, Tx};

/// Problems `PRAGMA integrity_check` reports (empty when the file is sound). PostgreSQL
/// checks its own pages (with data checksums, when the cluster has them); what custctl can
/// see there is an index left invalid (a failed concurrent build), which it reports.
pub fn integrity_problems(tx: &Tx<'_>) -> Result<Vec<String>> {
    match tx.dialect() {
        Dialect::Sqlite => {
            let lines: Vec<String> = tx.query_vec("PRAGMA integrity_check", &[], |r| r.get(0))?;
            Ok(lines.into_iter().filter(|l| l != "ok").collect())
        }
        Dialect::Postgres => tx.query_vec(
            "SELECT 'index ' || c.relname || ' is not valid'
               FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
               JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)
              ORDER BY c.relname",
            &[],
            |r| r.get(0),
        ),
    }
}

/// Rows whose foreign key points at nothing, as "table row N -> parent". PostgreSQL
/// enforces its foreign keys, but a superuser can switch them off (`ALTER TABLE … DISABLE
/// TRIGGER ALL`, `session_replication_role`): each one is checked against its parent here.
pub fn foreign_key_problems(tx: &Tx<'_>) -> Result<Vec<String>> {
    match tx.dialect() {
        Dialect::Sqlite => {
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
        Dialect::Postgres => {
            // Every single-column foreign key of the schema: (table, column, parent, its column).
            let keys: Vec<(String, String, String, String)> = tx.query_vec(
                "SELECT child.relname::text, ca.attname::text, parent.relname::text, pa.attname::text
                   FROM pg_constraint k
                   JOIN pg_class child ON child.oid = k.conrelid
                   JOIN pg_class parent ON parent.oid = k.confrelid
                   JOIN pg_namespace n ON n.oid = k.connamespace
                   JOIN pg_attribute ca ON ca.attrelid = k.conrelid AND ca.attnum = k.conkey[1]
                   JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]
                  WHERE k.contype = 'f' AND n.nspname = current_schema()
                    AND cardinality(k.conkey) = 1
                  ORDER BY 1, 2",
                &[],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
            let mut out = Vec::new();
            for (table, column, parent, parent_column) in keys {
                let has_id: bool = tx.query_one(
                    "SELECT EXISTS (SELECT 1 FROM information_schema.columns
                      WHERE table_schema = current_schema() AND table_name = ?1
                        AND column_name = 'id')",
                    crate::args![table],
                    |r| r.get(0),
                )?;
                let shown = if has_id { "c.id::text" } else { "''" };
                let missing: Vec<String> = tx.query_vec(
                    &format!(
                        "SELECT {shown} FROM \"{table}\" c
                          WHERE c.\"{column}\" IS NOT NULL AND NOT EXISTS
                                (SELECT 1 FROM \"{parent}\" p WHERE p.\"{parent_column}\" = c.\"{column}\")"
                    ),
                    &[],
                    |r| r.get(0),
                )?;
                for row in missing {
                    out.push(format!("{table} row {row} refers to a missing {parent}"));
                }
            }
            Ok(out)
        }
    }
}

//! The floor of `contact import`: a hand-written rusqlite loader of the same CSV into the
//! same schema, with the same guarantees, and nothing else (issue 14, engineering.md §6).
//!
//! usage: floor_loader DB CONTACTS.csv
//!
//! DB is a custctl database that holds the catalog and the persons (`benches/run.sh` makes
//! it with custctl itself, so the schema is custctl's: the contact table with its CHECKs,
//! its four indexes and its foreign keys). The loader keeps what custctl promises of a
//! load: `foreign_keys=ON`, WAL, `synchronous=FULL`, one `BEGIN IMMEDIATE` transaction,
//! every row's person and type resolved (a row naming neither fails the load). It does
//! what a careful hand-written loader does, with custctl's memory budget: a 4 MiB page
//! cache, one cached INSERT, and the two plain secondary indexes dropped inside the
//! transaction and built again before COMMIT (inserting into them row by row at random
//! places costs 5-10x). It checks no field's form, writes no audit entry and upserts
//! nothing: every row is a new contact.
//! Run by `benches/run.sh` beside `custctl contact import` and `sqlite3 .import`.

use std::collections::HashMap;

use rusqlite::{Connection, TransactionBehavior, params};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, csv_path] = args.as_slice() else {
        return Err("usage: floor_loader DB CONTACTS.csv".into());
    };
    let mut conn = Connection::open(db)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "FULL")?;

    let now = "2026-12-03T12:00:00Z";
    conn.pragma_update(None, "cache_size", -4096)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let plain: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_master
              WHERE type = 'index' AND tbl_name = 'contact' AND sql IS NOT NULL
                AND sql NOT LIKE 'CREATE UNIQUE%' AND sql NOT LIKE '%WHERE%'",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &plain {
        tx.execute_batch(&format!("DROP INDEX {name}"))?;
    }
    let types: HashMap<(String, String), i64> = tx
        .prepare(
            "SELECT cc.code, ct.code, ct.id FROM contact_type ct
               JOIN contact_class cc ON cc.id = ct.class_id",
        )?
        .query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut persons: HashMap<Vec<u8>, i64> = HashMap::new();
    {
        let mut person = tx.prepare("SELECT id FROM person WHERE external_id = ?1")?;
        let mut insert = tx.prepare(
            "INSERT INTO contact (person_id, contact_type_id, contacted_at, user, method,
                                  direction, comment, open, external_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        let mut rdr = csv::Reader::from_path(csv_path)?;
        let header = rdr.byte_headers()?.clone();
        let col = |name: &str| {
            header
                .iter()
                .position(|h| h == name.as_bytes())
                .ok_or_else(|| format!("no column {name}"))
        };
        let (ext, pext, class, ty, method, dir, at, user, comment, open) = (
            col("external_id")?,
            col("person_external_id")?,
            col("class")?,
            col("type")?,
            col("method")?,
            col("direction")?,
            col("contacted_at")?,
            col("user")?,
            col("comment")?,
            col("open")?,
        );
        let mut rec = csv::ByteRecord::new();
        while rdr.read_byte_record(&mut rec)? {
            let text = |i: usize| -> Result<Option<&str>, std::str::Utf8Error> {
                let v = std::str::from_utf8(&rec[i])?;
                Ok((!v.is_empty()).then_some(v))
            };
            let pkey = &rec[pext];
            let person_id = match persons.get(pkey) {
                Some(&id) => id,
                None => {
                    let id: i64 = person.query_row([std::str::from_utf8(pkey)?], |r| r.get(0))?;
                    persons.insert(pkey.to_vec(), id);
                    id
                }
            };
            let key = (
                std::str::from_utf8(&rec[class])?.to_string(),
                std::str::from_utf8(&rec[ty])?.to_string(),
            );
            let type_id = *types.get(&key).ok_or("unknown contact type")?;
            insert.execute(params![
                person_id,
                type_id,
                text(at)?.unwrap_or(now),
                text(user)?.unwrap_or("floor"),
                text(method)?,
                text(dir)?,
                text(comment)?,
                matches!(&rec[open], b"true" | b"1") as i64,
                text(ext)?,
                now,
            ])?;
        }
    }
    for (_, sql) in &plain {
        tx.execute_batch(sql)?;
    }
    tx.commit()?;
    Ok(())
}

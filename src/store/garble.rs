//! SQL of garbling a person (issue 16): the rows holding its personal data, and the mark
//! that closes it.
//!
//! What stays behind of an overwritten value: on SQLite, nothing in the file
//! (`secure_delete` zeroes freed content, and `Db::checkpoint` empties the write-ahead log
//! after the garble). On PostgreSQL an UPDATE writes a new row version and leaves the old
//! one as a dead tuple in the table's pages (and in its indexes) until `VACUUM` reclaims
//! that space, and the server's WAL files (and any archive or replica fed from them) keep
//! the old values as long as they are kept; `Db::checkpoint` is a no-op there, and `VACUUM`
//! cannot run inside the garble's transaction. Erasure on the server therefore also needs
//! the operator's `VACUUM` of the garbled tables and the WAL/backup retention in mind
//! (README, "Erasure").

use crate::args;
use crate::domain::garble::{Random, garble};
use crate::error::Result;
use crate::store::{Dialect, Tx};

/// A text column to garble, and how many trailing letters and digits stay.
pub struct Column {
    pub name: &'static str,
    pub keep: usize,
}

pub const fn col(name: &'static str) -> Column {
    Column { name, keep: 0 }
}

/// What garbling one table did: the rows changed, and every original value (to find
/// them again in the audit log).
#[derive(Debug, Default)]
pub struct Garbled {
    pub rows: Vec<i64>,
    pub originals: Vec<String>,
}

/// The column that identifies one row of `table` by a single integer, as its audited
/// record's id: SQLite's `rowid` (the `INTEGER PRIMARY KEY` where there is one); on
/// PostgreSQL the table's one-column primary key. `None`: a table keyed by two columns
/// (characteristic values), whose rows are found by key and old value.
fn row_locator(tx: &Tx<'_>, table: &str) -> Result<Option<String>> {
    match tx.dialect() {
        Dialect::Sqlite => {
            // A failed prepare leaves a SQLite transaction as it was.
            let conn = tx.sqlite()?;
            let has_rowid = conn
                .prepare(&format!("SELECT rowid FROM \"{table}\" LIMIT 0"))
                .is_ok();
            Ok(has_rowid.then(|| "rowid".to_string()))
        }
        Dialect::Postgres => {
            // Asked of the catalog, not tried: any error would abort the transaction.
            let keys: Vec<String> = tx.query_vec(
                "SELECT a.attname FROM pg_index i
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                  WHERE i.indrelid = CAST(CAST(?1 AS TEXT) AS regclass) AND i.indisprimary",
                args![table],
                |r| r.get(0),
            )?;
            Ok(match keys.as_slice() {
                [one] => Some(format!("\"{one}\"")),
                _ => None,
            })
        }
    }
}

/// Garbles `columns` of the rows of `table` whose `key` column is one of `ids` (by rowid,
/// which is the `id` of an audited record).
pub fn garble_rows(
    tx: &Tx<'_>,
    table: &str,
    key: &str,
    ids: &[i64],
    columns: &[Column],
    r: &mut dyn Random,
) -> Result<Garbled> {
    let mut out = Garbled::default();
    let names: Vec<String> = columns.iter().map(|c| format!("\"{}\"", c.name)).collect();
    // A table without rowid (characteristic values) is updated by key and old value.
    let locator = row_locator(tx, table)?;
    let has_rowid = locator.is_some();
    let select_locator = locator.as_deref().unwrap_or("0");
    // Characteristic values that a rule checks (predefined values, ad hoc values with a
    // pattern) say nothing personal and must stay allowed (`doctor`): only free ad hoc
    // values are garbled.
    let only = if table.ends_with("_characteristic") {
        " AND characteristic_type_id IN
             (SELECT id FROM characteristic_type WHERE adhoc AND pattern IS NULL)"
    } else {
        ""
    };
    let select = format!(
        "SELECT {select_locator}, {} FROM \"{table}\" WHERE \"{key}\" = ?1{only}",
        names.join(", ")
    );
    for &id in ids {
        let rows: Vec<(i64, Vec<Option<String>>)> = tx.query_vec(&select, args![id], |row| {
            let mut values = Vec::new();
            for i in 0..columns.len() {
                values.push(row.get::<Option<String>>(i + 1)?);
            }
            Ok((row.get(0)?, values))
        })?;
        for (rowid, values) in rows {
            let mut changed = false;
            for (c, value) in columns.iter().zip(values) {
                let Some(value) = value else { continue };
                if value.trim().is_empty() {
                    continue;
                }
                let new = garble(&value, c.keep, r);
                match &locator {
                    Some(locator) => {
                        tx.execute(
                            &format!(
                                "UPDATE \"{table}\" SET \"{}\" = ?1 WHERE {locator} = ?2",
                                c.name
                            ),
                            args![new, rowid],
                        )?;
                    }
                    None => {
                        tx.execute(
                            &format!(
                                "UPDATE \"{table}\" SET \"{0}\" = ?1
                                  WHERE \"{key}\" = ?2 AND \"{0}\" = ?3",
                                c.name
                            ),
                            args![new, id, value],
                        )?;
                    }
                }
                out.originals.push(value);
                changed = true;
            }
            if changed && has_rowid {
                out.rows.push(rowid);
            }
        }
    }
    Ok(out)
}

fn ids(tx: &Tx<'_>, sql: &str, id: i64) -> Result<Vec<i64>> {
    tx.query_vec(sql, args![id], |r| r.get(0))
}

/// The accounts whose customer party is the person.
pub fn accounts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM account WHERE person_id = ?1 ORDER BY id",
        person,
    )
}

pub fn sites_of(tx: &Tx<'_>, account: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM site WHERE account_id = ?1 ORDER BY id",
        account,
    )
}

/// The contacts (case files) about the person.
pub fn contacts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM contact WHERE person_id = ?1 ORDER BY id",
        person,
    )
}

pub fn open_contacts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM contact WHERE person_id = ?1 AND open ORDER BY id",
        person,
    )
}

/// Every contact point of the person, ended ones too.
pub fn points_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM contact_point WHERE person_id = ?1 ORDER BY id",
        person,
    )
}

/// Every instrument of the account, ended ones too.
pub fn instruments_of(tx: &Tx<'_>, account: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM instrument WHERE account_id = ?1 ORDER BY id",
        account,
    )
}

/// Every receipt-method assignment of the account, ended ones too.
pub fn assignments_of(tx: &Tx<'_>, account: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM receipt_method_assignment WHERE account_id = ?1 ORDER BY id",
        account,
    )
}

/// The log entries of the contact.
pub fn logs_of(tx: &Tx<'_>, contact: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM contact_log WHERE contact_id = ?1 ORDER BY id",
        contact,
    )
}

/// The id of the newest audit entry.
pub fn newest_audit_entry(tx: &Tx<'_>) -> Result<i64> {
    tx.query_one("SELECT coalesce(max(id), 0) FROM audit_log", args![], |r| {
        r.get(0)
    })
}

/// The party relationships the person is in.
pub fn relationships_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM party_relationship WHERE subject_id = ?1 OR object_id = ?1 ORDER BY id",
        person,
    )
}

/// The contact persons of an organisation: the persons in a `contact` relationship with it.
pub fn contact_persons_of(tx: &Tx<'_>, org: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT DISTINCT p.id FROM party_relationship r JOIN person p
             ON p.id = CASE WHEN r.subject_id = ?1 THEN r.object_id ELSE r.subject_id END
          WHERE (r.subject_id = ?1 OR r.object_id = ?1) AND r.role = 'contact'
            AND p.kind = 'person' ORDER BY p.id",
        org,
    )
}

/// The account contacts naming the person.
pub fn account_contacts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    ids(
        tx,
        "SELECT id FROM account_contact WHERE person_id = ?1 ORDER BY id",
        person,
    )
}

/// Instruments of an account in force after `day` (no end, or ending later).
pub fn instruments_in_force_after(tx: &Tx<'_>, account: i64, day: &str) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT id FROM instrument WHERE account_id = ?1
            AND (end_date IS NULL OR end_date > ?2) ORDER BY id",
        args![account, day],
        |r| r.get(0),
    )
}

/// Receipt-method assignments of an account in force after `day`.
pub fn assignments_in_force_after(tx: &Tx<'_>, account: i64, day: &str) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT id FROM receipt_method_assignment WHERE account_id = ?1
            AND (end_date IS NULL OR end_date > ?2) ORDER BY id",
        args![account, day],
        |r| r.get(0),
    )
}

/// The audit entry that garbled the person, if it was garbled.
pub fn garbled_by(tx: &Tx<'_>, person: i64) -> Result<Option<i64>> {
    Ok(tx
        .query_opt(
            "SELECT garbled_by FROM person WHERE id = ?1",
            args![person],
            |r| r.get::<Option<i64>>(0),
        )?
        .flatten())
}

pub fn set_garbled_by(tx: &Tx<'_>, person: i64, entry: i64) -> Result<()> {
    tx.execute(
        "UPDATE person SET garbled_by = ?1 WHERE id = ?2",
        args![entry, person],
    )?;
    Ok(())
}

/// The id the next audit entry will get (inside a write transaction).
pub fn next_entry_id(tx: &Tx<'_>) -> Result<i64> {
    tx.query_one(
        "SELECT coalesce(max(id), 0) + 1 FROM audit_log",
        args![],
        |r| r.get(0),
    )
}

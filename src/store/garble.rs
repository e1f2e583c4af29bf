//! SQL of garbling a person (issue 16): the rows holding its personal data, and the mark
//! that closes it.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::garble::{Random, garble};
use crate::error::Result;
use crate::store::Tx;

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
    let conn = tx.sqlite()?;
    let mut out = Garbled::default();
    let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
    // A table without rowid (characteristic values) is updated by key and old value.
    let has_rowid = conn
        .prepare(&format!("SELECT rowid FROM \"{table}\" LIMIT 0"))
        .is_ok();
    let locator = if has_rowid { "rowid" } else { "0" };
    // Characteristic values that a rule checks (predefined values, ad hoc values with a
    // pattern) say nothing personal and must stay allowed (`doctor`): only free ad hoc
    // values are garbled.
    let only = if table.ends_with("_characteristic") {
        " AND characteristic_type_id IN
             (SELECT id FROM characteristic_type WHERE adhoc = 1 AND pattern IS NULL)"
    } else {
        ""
    };
    let mut select = conn.prepare_cached(&format!(
        "SELECT {locator}, {} FROM \"{table}\" WHERE \"{key}\" = ?1{only}",
        names.join(", ")
    ))?;
    for &id in ids {
        let rows: Vec<(i64, Vec<Option<String>>)> = select
            .query_map([id], |row| {
                let mut values = Vec::new();
                for i in 0..columns.len() {
                    values.push(row.get::<_, Option<String>>(i + 1)?);
                }
                Ok((row.get(0)?, values))
            })?
            .collect::<rusqlite::Result<_>>()?;
        for (rowid, values) in rows {
            let mut changed = false;
            for (c, value) in columns.iter().zip(values) {
                let Some(value) = value else { continue };
                if value.trim().is_empty() {
                    continue;
                }
                let new = garble(&value, c.keep, r);
                if has_rowid {
                    conn.prepare_cached(&format!(
                        "UPDATE \"{table}\" SET \"{}\" = ?1 WHERE rowid = ?2",
                        c.name
                    ))?
                    .execute(params![new, rowid])?;
                } else {
                    conn.prepare_cached(&format!(
                        "UPDATE \"{table}\" SET \"{0}\" = ?1 WHERE \"{key}\" = ?2 AND \"{0}\" = ?3",
                        c.name
                    ))?
                    .execute(params![new, id, value])?;
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

fn ids(conn: &Connection, sql: &str, id: i64) -> Result<Vec<i64>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The accounts whose customer party is the person.
pub fn accounts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM account WHERE person_id = ?1 ORDER BY id",
        person,
    )
}

pub fn sites_of(tx: &Tx<'_>, account: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM site WHERE account_id = ?1 ORDER BY id",
        account,
    )
}

/// The contacts (case files) about the person.
pub fn contacts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM contact WHERE person_id = ?1 ORDER BY id",
        person,
    )
}

pub fn open_contacts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM contact WHERE person_id = ?1 AND open = 1 ORDER BY id",
        person,
    )
}

/// Every contact point of the person, ended ones too.
pub fn points_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM contact_point WHERE person_id = ?1",
        person,
    )
}

/// Every instrument of the account, ended ones too.
pub fn instruments_of(tx: &Tx<'_>, account: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM instrument WHERE account_id = ?1",
        account,
    )
}

/// Every receipt-method assignment of the account, ended ones too.
pub fn assignments_of(tx: &Tx<'_>, account: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM receipt_method_assignment WHERE account_id = ?1",
        account,
    )
}

/// The log entries of the contact.
pub fn logs_of(tx: &Tx<'_>, contact: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM contact_log WHERE contact_id = ?1",
        contact,
    )
}

/// The id of the newest audit entry.
pub fn newest_audit_entry(tx: &Tx<'_>) -> Result<i64> {
    let conn = tx.sqlite()?;
    Ok(
        conn.query_row("SELECT coalesce(max(id), 0) FROM audit_log", [], |r| {
            r.get(0)
        })?,
    )
}

/// The party relationships the person is in.
pub fn relationships_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM party_relationship WHERE subject_id = ?1 OR object_id = ?1 ORDER BY id",
        person,
    )
}

/// The contact persons of an organisation: the persons in a `contact` relationship with it.
pub fn contact_persons_of(tx: &Tx<'_>, org: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT DISTINCT p.id FROM party_relationship r JOIN person p
             ON p.id = CASE WHEN r.subject_id = ?1 THEN r.object_id ELSE r.subject_id END
          WHERE (r.subject_id = ?1 OR r.object_id = ?1) AND r.role = 'contact'
            AND p.kind = 'person' ORDER BY p.id",
        org,
    )
}

/// The account contacts naming the person.
pub fn account_contacts_of(tx: &Tx<'_>, person: i64) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    ids(
        conn,
        "SELECT id FROM account_contact WHERE person_id = ?1 ORDER BY id",
        person,
    )
}

/// Instruments of an account in force after `day` (no end, or ending later).
pub fn instruments_in_force_after(tx: &Tx<'_>, account: i64, day: &str) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(
            "SELECT id FROM instrument WHERE account_id = ?1 AND (end_date IS NULL OR end_date > ?2) ORDER BY id",
        )?
        .query_map(params![account, day], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Receipt-method assignments of an account in force after `day`.
pub fn assignments_in_force_after(tx: &Tx<'_>, account: i64, day: &str) -> Result<Vec<i64>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(
            "SELECT id FROM receipt_method_assignment WHERE account_id = ?1 AND (end_date IS NULL OR end_date > ?2) ORDER BY id",
        )?
        .query_map(params![account, day], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The audit entry that garbled the person, if it was garbled.
pub fn garbled_by(tx: &Tx<'_>, person: i64) -> Result<Option<i64>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached("SELECT garbled_by FROM person WHERE id = ?1")?
        .query_row([person], |r| r.get::<_, Option<i64>>(0))
        .optional()?
        .flatten())
}

pub fn set_garbled_by(tx: &Tx<'_>, person: i64, entry: i64) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.prepare_cached("UPDATE person SET garbled_by = ?1 WHERE id = ?2")?
        .execute(params![entry, person])?;
    Ok(())
}

/// The id the next audit entry will get (inside a write transaction).
pub fn next_entry_id(tx: &Tx<'_>) -> Result<i64> {
    let conn = tx.sqlite()?;
    Ok(
        conn.query_row("SELECT coalesce(max(id), 0) + 1 FROM audit_log", [], |r| {
            r.get(0)
        })?,
    )
}

//! Characteristic values of contacts, persons and accounts (one value per type per record).

use rusqlite::{OptionalExtension, params};

use crate::domain::characteristic::{Characteristic, Entity};
use crate::error::Result;
use crate::store::Tx;

/// The table and owner column of an entity's characteristics.
fn table(entity: Entity) -> (&'static str, &'static str) {
    match entity {
        Entity::Contact => ("contact_characteristic", "contact_id"),
        Entity::Person => ("person_characteristic", "person_id"),
        Entity::Account => ("account_characteristic", "account_id"),
    }
}

/// The characteristics of one record, by type code.
pub fn list(tx: &Tx<'_>, entity: Entity, owner_id: i64) -> Result<Vec<Characteristic>> {
    let conn = tx.sqlite()?;
    let (t, col) = table(entity);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT ct.code, x.value FROM {t} x
           JOIN characteristic_type ct ON ct.id = x.characteristic_type_id
          WHERE x.{col} = ?1 ORDER BY ct.code"
    ))?;
    let rows = stmt.query_map([owner_id], |r| {
        Ok(Characteristic {
            code: r.get(0)?,
            value: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(tx: &Tx<'_>, entity: Entity, owner_id: i64, type_id: i64) -> Result<Option<String>> {
    let conn = tx.sqlite()?;
    let (t, col) = table(entity);
    Ok(conn
        .prepare_cached(&format!(
            "SELECT value FROM {t} WHERE {col} = ?1 AND characteristic_type_id = ?2"
        ))?
        .query_row(params![owner_id, type_id], |r| r.get(0))
        .optional()?)
}

/// Sets (inserts or replaces) the value of one characteristic type on one record.
pub fn set(tx: &Tx<'_>, entity: Entity, owner_id: i64, type_id: i64, value: &str) -> Result<()> {
    let conn = tx.sqlite()?;
    let (t, col) = table(entity);
    conn.prepare_cached(&format!(
        "INSERT INTO {t} ({col}, characteristic_type_id, value) VALUES (?1, ?2, ?3)
         ON CONFLICT ({col}, characteristic_type_id) DO UPDATE SET value = excluded.value"
    ))?
    .execute(params![owner_id, type_id, value])?;
    Ok(())
}

/// Removes one characteristic; whether there was one.
pub fn remove(tx: &Tx<'_>, entity: Entity, owner_id: i64, type_id: i64) -> Result<bool> {
    let conn = tx.sqlite()?;
    let (t, col) = table(entity);
    let n = conn
        .prepare_cached(&format!(
            "DELETE FROM {t} WHERE {col} = ?1 AND characteristic_type_id = ?2"
        ))?
        .execute(params![owner_id, type_id])?;
    Ok(n > 0)
}

/// Calls `f(owner id, type code, value)` for every characteristic of `entity`, for doctor.
pub fn for_each(
    tx: &Tx<'_>,
    entity: Entity,
    mut f: impl FnMut(i64, &str, &str) -> Result<()>,
) -> Result<()> {
    let conn = tx.sqlite()?;
    let (t, col) = table(entity);
    let mut stmt = conn.prepare(&format!(
        "SELECT x.{col}, ct.code, x.value FROM {t} x
           JOIN characteristic_type ct ON ct.id = x.characteristic_type_id
          ORDER BY x.{col}, ct.code"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let owner: i64 = r.get(0)?;
        let code = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
        let value = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
        f(owner, code, value)?;
    }
    Ok(())
}

/// Contact characteristics of a type their contact type does not allow: (contact id, type).
pub fn contact_characteristics_not_allowed(tx: &Tx<'_>) -> Result<Vec<(i64, String)>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare(
        "SELECT x.contact_id, ct.code FROM contact_characteristic x
           JOIN contact c ON c.id = x.contact_id
           JOIN characteristic_type ct ON ct.id = x.characteristic_type_id
          WHERE NOT EXISTS (SELECT 1 FROM contact_type_characteristic r
                             WHERE r.contact_type_id = c.contact_type_id
                               AND r.characteristic_type_id = x.characteristic_type_id)
          ORDER BY x.contact_id, ct.code LIMIT 1000",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

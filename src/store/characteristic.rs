//! Characteristic values of contacts, persons and accounts (one value per type per record).

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::characteristic::{Characteristic, Entity};
use crate::error::Result;

/// The table and owner column of an entity's characteristics.
fn table(entity: Entity) -> (&'static str, &'static str) {
    match entity {
        Entity::Contact => ("contact_characteristic", "contact_id"),
        Entity::Person => ("person_characteristic", "person_id"),
        Entity::Account => ("account_characteristic", "account_id"),
    }
}

/// The characteristics of one record, by type code.
pub fn list(conn: &Connection, entity: Entity, owner_id: i64) -> Result<Vec<Characteristic>> {
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

pub fn get(
    conn: &Connection,
    entity: Entity,
    owner_id: i64,
    type_id: i64,
) -> Result<Option<String>> {
    let (t, col) = table(entity);
    Ok(conn
        .prepare_cached(&format!(
            "SELECT value FROM {t} WHERE {col} = ?1 AND characteristic_type_id = ?2"
        ))?
        .query_row(params![owner_id, type_id], |r| r.get(0))
        .optional()?)
}

/// Sets (inserts or replaces) the value of one characteristic type on one record.
pub fn set(
    conn: &Connection,
    entity: Entity,
    owner_id: i64,
    type_id: i64,
    value: &str,
) -> Result<()> {
    let (t, col) = table(entity);
    conn.prepare_cached(&format!(
        "INSERT INTO {t} ({col}, characteristic_type_id, value) VALUES (?1, ?2, ?3)
         ON CONFLICT ({col}, characteristic_type_id) DO UPDATE SET value = excluded.value"
    ))?
    .execute(params![owner_id, type_id, value])?;
    Ok(())
}

/// Removes one characteristic; whether there was one.
pub fn remove(conn: &Connection, entity: Entity, owner_id: i64, type_id: i64) -> Result<bool> {
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
    conn: &Connection,
    entity: Entity,
    mut f: impl FnMut(i64, &str, &str) -> Result<()>,
) -> Result<()> {
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
pub fn contact_characteristics_not_allowed(conn: &Connection) -> Result<Vec<(i64, String)>> {
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

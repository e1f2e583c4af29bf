//! Characteristic values of contacts, persons and accounts (one value per type per record).

use crate::args;
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
    let (t, col) = table(entity);
    tx.query_vec(
        &format!(
            "SELECT ct.code, x.value FROM {t} x
           JOIN characteristic_type ct ON ct.id = x.characteristic_type_id
          WHERE x.{col} = ?1 ORDER BY ct.code"
        ),
        args![owner_id],
        |r| {
            Ok(Characteristic {
                code: r.get(0)?,
                value: r.get(1)?,
            })
        },
    )
}

pub fn get(tx: &Tx<'_>, entity: Entity, owner_id: i64, type_id: i64) -> Result<Option<String>> {
    let (t, col) = table(entity);
    tx.query_opt(
        &format!("SELECT value FROM {t} WHERE {col} = ?1 AND characteristic_type_id = ?2"),
        args![owner_id, type_id],
        |r| r.get(0),
    )
}

/// Sets (inserts or replaces) the value of one characteristic type on one record.
pub fn set(tx: &Tx<'_>, entity: Entity, owner_id: i64, type_id: i64, value: &str) -> Result<()> {
    let (t, col) = table(entity);
    tx.execute(
        &format!(
            "INSERT INTO {t} ({col}, characteristic_type_id, value) VALUES (?1, ?2, ?3)
         ON CONFLICT ({col}, characteristic_type_id) DO UPDATE SET value = excluded.value"
        ),
        args![owner_id, type_id, value],
    )?;
    Ok(())
}

/// Removes one characteristic; whether there was one.
pub fn remove(tx: &Tx<'_>, entity: Entity, owner_id: i64, type_id: i64) -> Result<bool> {
    let (t, col) = table(entity);
    let n = tx.execute(
        &format!("DELETE FROM {t} WHERE {col} = ?1 AND characteristic_type_id = ?2"),
        args![owner_id, type_id],
    )?;
    Ok(n > 0)
}

/// Calls `f(owner id, type code, value)` for every characteristic of `entity`, for doctor.
pub fn for_each(
    tx: &Tx<'_>,
    entity: Entity,
    mut f: impl FnMut(i64, &str, &str) -> Result<()>,
) -> Result<()> {
    let (t, col) = table(entity);
    tx.for_each(
        &format!(
            "SELECT x.{col}, ct.code, x.value FROM {t} x
               JOIN characteristic_type ct ON ct.id = x.characteristic_type_id
              ORDER BY x.{col}, ct.code"
        ),
        &[],
        |r| {
            let code: String = r.get(1)?;
            let value: String = r.get(2)?;
            f(r.get(0)?, &code, &value)
        },
    )
}

/// Contact characteristics of a type their contact type does not allow: (contact id, type).
pub fn contact_characteristics_not_allowed(tx: &Tx<'_>) -> Result<Vec<(i64, String)>> {
    tx.query_vec(
        "SELECT x.contact_id, ct.code FROM contact_characteristic x
           JOIN contact c ON c.id = x.contact_id
           JOIN characteristic_type ct ON ct.id = x.characteristic_type_id
          WHERE NOT EXISTS (SELECT 1 FROM contact_type_characteristic r
                             WHERE r.contact_type_id = c.contact_type_id
                               AND r.characteristic_type_id = x.characteristic_type_id)
          ORDER BY x.contact_id, ct.code LIMIT 1000",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

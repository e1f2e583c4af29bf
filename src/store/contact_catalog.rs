//! The contact setup: contact classes and types, characteristic types, letter templates.
//! [`load`] reads all of it into a [`ContactCatalog`] snapshot for validation without SQL.

use std::collections::HashMap;

use crate::args;
use crate::domain::characteristic::{CharacteristicType, Entity, NewCharacteristicType};
use crate::domain::contact::{
    ContactCatalog, ContactClass, ContactType, TemplateRef, TypeCharacteristic,
};
use crate::domain::letter::{LetterTemplate, NewLetterTemplate};
use crate::error::Result;
use crate::store::Tx;
use crate::store::sql::Row;

/// The whole contact setup, for `domain::contact::validate`. A few queries, whatever the
/// number of contacts; load it once per command (or per import).
pub fn load(tx: &Tx<'_>) -> Result<ContactCatalog> {
    let templates = templates(tx)?
        .into_iter()
        .map(|t| TemplateRef {
            id: t.id,
            code: t.code,
            system_only: t.system_only,
        })
        .collect();
    ContactCatalog::new(
        classes(tx)?,
        contact_types(tx)?,
        characteristic_types(tx)?,
        templates,
    )
}

// ------------------------------------------------------------------ classes

fn class_from_row(r: &Row<'_>) -> Result<ContactClass> {
    Ok(ContactClass {
        id: r.get(0)?,
        code: r.get(1)?,
        description: r.get(2)?,
        created_at: r.get(3)?,
        active: r.get(4)?,
    })
}

pub fn insert_class(tx: &Tx<'_>, code: &str, description: &str, now: &str) -> Result<i64> {
    tx.query_one(
        "INSERT INTO contact_class (code, description, created_at) VALUES (?1, ?2, ?3)
         RETURNING id",
        args![code, description, now],
        |r| r.get(0),
    )
}

pub fn class_by_code(tx: &Tx<'_>, code: &str) -> Result<Option<ContactClass>> {
    tx.query_opt(
        "SELECT id, code, description, created_at, active FROM contact_class
          WHERE code IN (CAST(?1 AS TEXT), upper(CAST(?1 AS TEXT)))
          ORDER BY code = CAST(?1 AS TEXT) DESC LIMIT 1",
        args![code],
        class_from_row,
    )
}

pub fn classes(tx: &Tx<'_>) -> Result<Vec<ContactClass>> {
    tx.query_vec(
        "SELECT id, code, description, created_at, active FROM contact_class ORDER BY code",
        args![],
        class_from_row,
    )
}

// ------------------------------------------------------------------ types

pub struct NewTypeRow<'a> {
    pub class_id: i64,
    pub code: &'a str,
    pub description: &'a str,
    pub letter_template_id: Option<i64>,
    /// (characteristic type id, default, required)
    pub characteristics: &'a [(i64, Option<String>, bool)],
}

pub fn insert_type(tx: &Tx<'_>, t: &NewTypeRow<'_>, now: &str) -> Result<i64> {
    let id: i64 = tx.query_one(
        "INSERT INTO contact_type (class_id, code, description, letter_template_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        args![t.class_id, t.code, t.description, t.letter_template_id, now],
        |r| r.get(0),
    )?;
    for (char_id, default, required) in t.characteristics {
        tx.execute(
            "INSERT INTO contact_type_characteristic (contact_type_id, characteristic_type_id, default_value, required)
             VALUES (?1, ?2, ?3, ?4)",
            args![id, char_id, default, required],
        )?;
    }
    Ok(id)
}

pub fn type_exists(tx: &Tx<'_>, class_id: i64, code: &str) -> Result<bool> {
    Ok(tx
        .query_opt(
            "SELECT 1 FROM contact_type
              WHERE class_id = ?1 AND code IN (CAST(?2 AS TEXT), upper(CAST(?2 AS TEXT)))",
            args![class_id, code],
            |_| Ok(()),
        )?
        .is_some())
}

/// Every contact type with its characteristic rules, by class and type code.
pub fn contact_types(tx: &Tx<'_>) -> Result<Vec<ContactType>> {
    let mut rules: HashMap<i64, Vec<TypeCharacteristic>> = HashMap::new();
    tx.for_each(
        "SELECT r.contact_type_id, r.characteristic_type_id, ch.code, r.default_value, r.required
           FROM contact_type_characteristic r
           JOIN characteristic_type ch ON ch.id = r.characteristic_type_id
          ORDER BY r.contact_type_id, ch.code",
        args![],
        |r| {
            rules
                .entry(r.get(0)?)
                .or_default()
                .push(TypeCharacteristic {
                    characteristic_type_id: r.get(1)?,
                    code: r.get(2)?,
                    default: r.get(3)?,
                    required: r.get(4)?,
                });
            Ok(())
        },
    )?;
    let mut out = tx.query_vec(
        "SELECT t.id, cc.code, t.code, t.description, lt.code, t.created_at, t.class_id, t.letter_template_id,
                t.active, cc.active
           FROM contact_type t
           JOIN contact_class cc ON cc.id = t.class_id
           LEFT JOIN letter_template lt ON lt.id = t.letter_template_id
          ORDER BY cc.code, t.code",
        args![],
        |r| {
            Ok(ContactType {
                id: r.get(0)?,
                class: r.get(1)?,
                code: r.get(2)?,
                description: r.get(3)?,
                letter_template: r.get(4)?,
                characteristics: Vec::new(),
                created_at: r.get(5)?,
                class_id: r.get(6)?,
                letter_template_id: r.get(7)?,
                active: r.get(8)?,
                class_active: r.get(9)?,
            })
        },
    )?;
    for t in &mut out {
        t.characteristics = rules.remove(&t.id).unwrap_or_default();
    }
    Ok(out)
}

// ------------------------------------------------------------------ characteristic types

pub fn insert_characteristic_type(
    tx: &Tx<'_>,
    t: &NewCharacteristicType,
    now: &str,
) -> Result<i64> {
    let id: i64 = tx.query_one(
        "INSERT INTO characteristic_type (code, description, adhoc, pattern, applies_to_contact,
                                          applies_to_person, applies_to_account, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        args![
            t.code,
            t.description,
            t.adhoc,
            t.pattern,
            t.applies_to.contains(&Entity::Contact),
            t.applies_to.contains(&Entity::Person),
            t.applies_to.contains(&Entity::Account),
            now
        ],
        |r| r.get(0),
    )?;
    for (i, v) in t.values.iter().enumerate() {
        tx.execute(
            "INSERT INTO characteristic_value (characteristic_type_id, value, position) VALUES (?1, ?2, ?3)",
            args![id, v, i],
        )?;
    }
    Ok(id)
}

const SELECT_CHAR_TYPE: &str = "SELECT id, code, description, adhoc, pattern, applies_to_contact,
        applies_to_person, applies_to_account, created_at, active FROM characteristic_type";

fn char_type_from_row(r: &Row<'_>) -> Result<CharacteristicType> {
    let mut applies_to = Vec::new();
    for (i, e) in [
        (5, Entity::Contact),
        (6, Entity::Person),
        (7, Entity::Account),
    ] {
        if r.get::<bool>(i)? {
            applies_to.push(e);
        }
    }
    Ok(CharacteristicType {
        id: r.get(0)?,
        code: r.get(1)?,
        description: r.get(2)?,
        adhoc: r.get(3)?,
        values: Vec::new(),
        pattern: r.get(4)?,
        applies_to,
        created_at: r.get(8)?,
        active: r.get(9)?,
    })
}

fn values_of(tx: &Tx<'_>, id: i64) -> Result<Vec<String>> {
    tx.query_vec(
        "SELECT value FROM characteristic_value WHERE characteristic_type_id = ?1 ORDER BY position",
        args![id],
        |r| r.get(0),
    )
}

/// One characteristic type with its values.
pub fn characteristic_type(tx: &Tx<'_>, code: &str) -> Result<Option<CharacteristicType>> {
    let found = tx.query_opt(
        &format!(
            "{SELECT_CHAR_TYPE} WHERE upper(code) = upper(CAST(?1 AS TEXT))
              ORDER BY code = CAST(?1 AS TEXT) DESC LIMIT 1"
        ),
        args![code],
        char_type_from_row,
    )?;
    match found {
        Some(mut t) => {
            t.values = values_of(tx, t.id)?;
            Ok(Some(t))
        }
        None => Ok(None),
    }
}

/// Every characteristic type with its values, by code.
pub fn characteristic_types(tx: &Tx<'_>) -> Result<Vec<CharacteristicType>> {
    let mut values: HashMap<i64, Vec<String>> = HashMap::new();
    tx.for_each(
        "SELECT characteristic_type_id, value FROM characteristic_value
          ORDER BY characteristic_type_id, position",
        args![],
        |r| {
            values.entry(r.get(0)?).or_default().push(r.get(1)?);
            Ok(())
        },
    )?;
    let mut out = tx.query_vec(
        &format!("{SELECT_CHAR_TYPE} ORDER BY code"),
        args![],
        char_type_from_row,
    )?;
    for t in &mut out {
        t.values = values.remove(&t.id).unwrap_or_default();
    }
    Ok(out)
}

// ------------------------------------------------------------------ letter templates

fn template_from_row(r: &Row<'_>) -> Result<LetterTemplate> {
    Ok(LetterTemplate {
        id: r.get(0)?,
        code: r.get(1)?,
        description: r.get(2)?,
        system_only: r.get(3)?,
        body: r.get(4)?,
        created_at: r.get(5)?,
        version: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

const SELECT_TEMPLATE: &str =
    "SELECT id, code, description, system_only, body, created_at, version,
        updated_at FROM letter_template";

pub fn insert_template(tx: &Tx<'_>, t: &NewLetterTemplate, now: &str) -> Result<i64> {
    let id: i64 = tx.query_one(
        "INSERT INTO letter_template (code, description, body, system_only, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        args![t.code, t.description, t.body, t.system_only, now],
        |r| r.get(0),
    )?;
    insert_version(tx, id, 1, &t.description, &t.body, now)?;
    Ok(id)
}

fn insert_version(
    tx: &Tx<'_>,
    id: i64,
    version: i64,
    description: &str,
    body: &str,
    now: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO letter_template_version (template_id, version, description, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        args![id, version, description, body, now],
    )?;
    Ok(())
}

/// Makes `description` and `body` the next version of template `id`; returns its number.
/// The earlier versions stay in `letter_template_version`.
pub fn update_template(
    tx: &Tx<'_>,
    id: i64,
    description: &str,
    body: &str,
    now: &str,
) -> Result<i64> {
    let version: i64 = tx.query_one(
        "SELECT version + 1 FROM letter_template WHERE id = ?1",
        args![id],
        |r| r.get(0),
    )?;
    tx.execute(
        "UPDATE letter_template SET description = ?2, body = ?3, version = ?4, updated_at = ?5
          WHERE id = ?1",
        args![id, description, body, version, now],
    )?;
    insert_version(tx, id, version, description, body, now)?;
    Ok(version)
}

pub fn template(tx: &Tx<'_>, code: &str) -> Result<Option<LetterTemplate>> {
    tx.query_opt(
        &format!("{SELECT_TEMPLATE} WHERE code = ?1"),
        args![code],
        template_from_row,
    )
}

pub fn template_by_id(tx: &Tx<'_>, id: i64) -> Result<Option<LetterTemplate>> {
    tx.query_opt(
        &format!("{SELECT_TEMPLATE} WHERE id = ?1"),
        args![id],
        template_from_row,
    )
}

pub fn templates(tx: &Tx<'_>) -> Result<Vec<LetterTemplate>> {
    tx.query_vec(
        &format!("{SELECT_TEMPLATE} ORDER BY code"),
        args![],
        template_from_row,
    )
}

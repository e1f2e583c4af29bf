//! `catalog … update` and `catalog … deactivate` for contact classes and types,
//! characteristic types and receipt methods (issue 11). A deactivated entry is used by no
//! new record (4); the records that have it keep it. Codes never change: they are what
//! records and imports name.

use serde::Serialize;
use serde_json::json;

use crate::domain::characteristic::CharacteristicType;
use crate::domain::clear::{self, Change};
use crate::domain::contact::{ContactClass, ContactType};
use crate::domain::payment::ReceiptMethod;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::contact_catalog::{require_characteristic_type, require_template};
use crate::ops::person::changed_fields;
use crate::ops::receipt_method::require_method;
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::lifecycle::{self as store, CatalogTable};
use crate::store::{Db, Writer, contact_catalog as catalog_store};

fn require_class(conn: &Tx<'_>, code: &str) -> Result<ContactClass> {
    catalog_store::class_by_code(conn, code.trim())?.ok_or_else(|| {
        Error::not_found(format!("contact class {} does not exist", code.trim()))
            .with_hint("see the classes with: custctl catalog list contact-class")
    })
}

fn require_type(conn: &Tx<'_>, class: &str, code: &str) -> Result<ContactType> {
    let class_row = require_class(conn, class)?;
    catalog_store::contact_types(conn)?
        .into_iter()
        .filter(|t| t.class_id == class_row.id)
        .find(|t| t.code == code.trim() || t.code == code.trim().to_ascii_uppercase())
        .ok_or_else(|| {
            Error::not_found(format!(
                "contact type {} does not exist under the class {}",
                code.trim(),
                class_row.code
            ))
            .with_hint("see the types with: custctl catalog list contact-type")
        })
}

fn nothing_to_update(flags: &str) -> Error {
    Error::usage("nothing to update").with_hint(format!("give at least one of {flags}"))
}

/// Audits an update as the changed fields of the entry as stored.
fn audit_update<T: Serialize>(
    w: &Writer<'_>,
    ctx: &Context,
    entity: &str,
    id: i64,
    before: &T,
    after: &T,
) -> Result<()> {
    let changes = changed_fields(
        &serde_json::to_value(before)?,
        &serde_json::to_value(after)?,
    );
    audit(w, ctx, "update", entity, id, changes)
}

fn already_inactive(kind: &str, code: &str) -> Error {
    Error::conflict(format!("{kind} {code} is already deactivated"))
}

// ------------------------------------------------------------------ contact classes

pub fn update_class(
    db: &mut Db,
    ctx: &Context,
    code: &str,
    description: Option<&str>,
) -> Result<ContactClass> {
    let description = description
        .map(|d| text::name("description", d))
        .transpose()?
        .ok_or_else(|| nothing_to_update("--description"))?;
    db.write(|w| {
        let before = require_class(w.conn, code)?;
        store::set_description(w.conn, CatalogTable::ContactClass, before.id, &description)?;
        let after = require_class(w.conn, &before.code)?;
        audit_update(w, ctx, "contact_class", before.id, &before, &after)?;
        Ok(after)
    })
}

pub fn deactivate_class(db: &mut Db, ctx: &Context, code: &str) -> Result<ContactClass> {
    db.write(|w| {
        let before = require_class(w.conn, code)?;
        if !before.active {
            return Err(already_inactive("contact class", &before.code));
        }
        store::set_active(w.conn, CatalogTable::ContactClass, before.id, false)?;
        let after = require_class(w.conn, &before.code)?;
        audit(
            w,
            ctx,
            "deactivate",
            "contact_class",
            before.id,
            json!({"active": {"from": true, "to": false}}),
        )?;
        Ok(after)
    })
}

// ------------------------------------------------------------------ contact types

/// The optional fields of a contact type, as `--clear` names them.
pub const TYPE_CLEARABLE: &[&str] = &["letter"];

pub fn update_type(
    db: &mut Db,
    ctx: &Context,
    class: &str,
    code: &str,
    description: Option<&str>,
    letter: Option<&str>,
    clear: &[String],
) -> Result<ContactType> {
    let cleared = clear::fields(TYPE_CLEARABLE, clear)?;
    if description.is_none() && letter.is_none() && cleared.is_empty() {
        return Err(nothing_to_update("--description, --letter, --clear letter"));
    }
    let description = description
        .map(|d| text::name("description", d))
        .transpose()?;
    let letter = Change::of("letter", letter, &cleared, |v| text::code("letter", v))?;
    db.write(|w| {
        let before = require_type(w.conn, class, code)?;
        if let Some(d) = &description {
            store::set_description(w.conn, CatalogTable::ContactType, before.id, d)?;
        }
        match &letter {
            Change::Keep => {}
            Change::Clear => store::set_type_letter(w.conn, before.id, None)?,
            Change::Set(code) => {
                let template = require_template(w.conn, code)?;
                store::set_type_letter(w.conn, before.id, Some(template.id))?;
            }
        }
        let after = require_type(w.conn, &before.class, &before.code)?;
        audit_update(w, ctx, "contact_type", before.id, &before, &after)?;
        Ok(after)
    })
}

pub fn deactivate_type(db: &mut Db, ctx: &Context, class: &str, code: &str) -> Result<ContactType> {
    db.write(|w| {
        let before = require_type(w.conn, class, code)?;
        if !before.active {
            return Err(already_inactive(
                "contact type",
                &format!("{} {}", before.class, before.code),
            ));
        }
        store::set_active(w.conn, CatalogTable::ContactType, before.id, false)?;
        let after = require_type(w.conn, &before.class, &before.code)?;
        audit(
            w,
            ctx,
            "deactivate",
            "contact_type",
            before.id,
            json!({"active": {"from": true, "to": false}}),
        )?;
        Ok(after)
    })
}

// ------------------------------------------------------------------ characteristic types

/// `catalog characteristic-type update`: the description, predefined values added (at the
/// end) and removed. A value that a record or a contact type's default uses is not removed
/// (4, naming them).
pub fn update_characteristic_type(
    db: &mut Db,
    ctx: &Context,
    code: &str,
    description: Option<&str>,
    add: &[String],
    remove: &[String],
) -> Result<CharacteristicType> {
    if description.is_none() && add.is_empty() && remove.is_empty() {
        return Err(nothing_to_update(
            "--description, --add-value, --remove-value",
        ));
    }
    let description = description
        .map(|d| text::name("description", d))
        .transpose()?;
    let add: Vec<String> = add
        .iter()
        .map(|v| text::name("value", v))
        .collect::<Result<_>>()?;
    db.write(|w| {
        let before = require_characteristic_type(w.conn, code)?;
        if before.adhoc && (!add.is_empty() || !remove.is_empty()) {
            return Err(Error::conflict(format!(
                "characteristic type {} is ad hoc and has no predefined values",
                before.code
            )));
        }
        if let Some(d) = &description {
            store::set_description(w.conn, CatalogTable::CharacteristicType, before.id, d)?;
        }
        let mut values = before.values.clone();
        for r in remove {
            let Some(pos) = values.iter().position(|v| v.eq_ignore_ascii_case(r.trim())) else {
                return Err(Error::not_found(format!(
                    "characteristic type {} has no value '{}'",
                    before.code,
                    crate::domain::time::printable(r.trim())
                ))
                .with_hint(format!("its values: {}", before.values.join(", "))));
            };
            let value = values.remove(pos);
            let users = store::value_users(w.conn, before.id, &value, 5)?;
            if !users.is_empty() {
                return Err(Error::conflict(format!(
                    "value '{value}' of characteristic type {} is in use by: {}",
                    before.code,
                    users.join(", ")
                ))
                .with_hint("change those records first, or keep the value"));
            }
            store::remove_value(w.conn, before.id, &value)?;
        }
        for v in &add {
            if values.iter().any(|x| x.eq_ignore_ascii_case(v)) {
                return Err(Error::conflict(format!(
                    "characteristic type {} already has the value '{v}'",
                    before.code
                )));
            }
            store::add_value(w.conn, before.id, v)?;
            values.push(v.clone());
        }
        let after = require_characteristic_type(w.conn, &before.code)?;
        audit_update(w, ctx, "characteristic_type", before.id, &before, &after)?;
        Ok(after)
    })
}

pub fn deactivate_characteristic_type(
    db: &mut Db,
    ctx: &Context,
    code: &str,
) -> Result<CharacteristicType> {
    db.write(|w| {
        let before = require_characteristic_type(w.conn, code)?;
        if !before.active {
            return Err(already_inactive("characteristic type", &before.code));
        }
        store::set_active(w.conn, CatalogTable::CharacteristicType, before.id, false)?;
        let after = require_characteristic_type(w.conn, &before.code)?;
        audit(
            w,
            ctx,
            "deactivate",
            "characteristic_type",
            before.id,
            json!({"active": {"from": true, "to": false}}),
        )?;
        Ok(after)
    })
}

// ------------------------------------------------------------------ receipt methods

pub fn update_receipt_method(
    db: &mut Db,
    ctx: &Context,
    code: &str,
    description: Option<&str>,
) -> Result<ReceiptMethod> {
    let description = description
        .map(|d| text::name("description", d))
        .transpose()?
        .ok_or_else(|| nothing_to_update("--description"))?;
    db.write(|w| {
        let before = require_method(w.conn, code)?;
        store::set_description(w.conn, CatalogTable::ReceiptMethod, before.id, &description)?;
        let after = require_method(w.conn, &before.code)?;
        audit_update(w, ctx, "receipt_method", before.id, &before, &after)?;
        Ok(after)
    })
}

pub fn deactivate_receipt_method(db: &mut Db, ctx: &Context, code: &str) -> Result<ReceiptMethod> {
    db.write(|w| {
        let before = require_method(w.conn, code)?;
        if !before.active {
            return Err(already_inactive("receipt method", &before.code));
        }
        store::set_active(w.conn, CatalogTable::ReceiptMethod, before.id, false)?;
        let after = require_method(w.conn, &before.code)?;
        audit(
            w,
            ctx,
            "deactivate",
            "receipt_method",
            before.id,
            json!({"active": {"from": true, "to": false}}),
        )?;
        Ok(after)
    })
}

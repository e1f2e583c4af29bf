//! Use cases of characteristics on contacts, persons and accounts: set, list, remove; and
//! the doctor check of every stored value.

use std::collections::HashMap;

use serde_json::json;

use crate::domain::characteristic::{Characteristic, CharacteristicRule, Entity};
use crate::domain::contact::not_allowed_on_type;
use crate::domain::person::PersonRef;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::{Db, characteristic as store, contact_catalog as catalog_store};

/// The record whose characteristics a command names.
#[derive(Debug, Clone)]
pub enum Owner {
    Contact(i64),
    Person(PersonRef),
    /// An account number.
    Account(String),
}

impl Owner {
    fn entity(&self) -> Entity {
        match self {
            Owner::Contact(_) => Entity::Contact,
            Owner::Person(_) => Entity::Person,
            Owner::Account(_) => Entity::Account,
        }
    }

    /// The owner's id, or not found (3).
    fn resolve(&self, conn: &Tx<'_>) -> Result<i64> {
        Ok(match self {
            Owner::Contact(id) => crate::ops::contact::require(conn, *id)?.id,
            Owner::Person(r) => crate::ops::person::require(conn, r)?.id,
            Owner::Account(number) => crate::ops::account::require(conn, number)?.id,
        })
    }
}

fn rule_for(conn: &Tx<'_>, code: &str) -> Result<CharacteristicRule> {
    CharacteristicRule::new(crate::ops::contact_catalog::require_characteristic_type(
        conn, code,
    )?)
}

/// Sets one characteristic: the type must exist (3), apply to the owner's kind of record,
/// be allowed on a contact's type, and take the value (5). Replaces the current value.
pub fn set(
    db: &mut Db,
    ctx: &Context,
    owner: &Owner,
    code: &str,
    value: &str,
) -> Result<Characteristic> {
    let code = text::code("characteristic type", code)?;
    let entity = owner.entity();
    db.write(|w| {
        let id = owner.resolve(w.conn)?;
        if matches!(owner, Owner::Person(_)) {
            crate::ops::garble::require_not_garbled(w.conn, id)?;
        }
        if let Owner::Account(number) = owner {
            crate::ops::account::require_open(w.conn, number)?;
        }
        let rule = rule_for(w.conn, &code)?;
        let code = rule.ty.code.clone();
        if !rule.ty.active {
            return Err(Error::conflict(format!(
                "characteristic type {code} is deactivated and is set on no record any more"
            )));
        }
        rule.ensure_applies(entity)?;
        if let Owner::Contact(_) = owner {
            let contact = crate::ops::contact::require_open(w.conn, id)?;
            let ty = catalog_store::contact_types(w.conn)?
                .into_iter()
                .find(|t| t.class == contact.class && t.code == contact.contact_type)
                .ok_or_else(|| Error::internal("contact type vanished"))?;
            if !ty.characteristics.iter().any(|c| c.code == code) {
                return Err(not_allowed_on_type(&code, &ty));
            }
        }
        let value = rule.check(value)?;
        let before = store::get(w.conn, entity, id, rule.ty.id)?;
        store::set(w.conn, entity, id, rule.ty.id, &value)?;
        audit(
            w,
            ctx,
            "set",
            entity.as_str(),
            id,
            json!({ format!("characteristic.{code}"): {"from": before, "to": value} }),
        )?;
        // The value as stored.
        let value = store::get(w.conn, entity, id, rule.ty.id)?
            .ok_or_else(|| Error::internal("characteristic vanished"))?;
        Ok(Characteristic { code, value })
    })
}

pub fn list(db: &mut Db, owner: &Owner) -> Result<Vec<Characteristic>> {
    db.read(|conn| {
        let id = owner.resolve(conn)?;
        store::list(conn, owner.entity(), id)
    })
}

/// Removes one characteristic; one the record does not have is not found (3); one a
/// contact's type requires is a conflict (4).
pub fn remove(db: &mut Db, ctx: &Context, owner: &Owner, code: &str) -> Result<Characteristic> {
    let code = text::code("characteristic type", code)?;
    let entity = owner.entity();
    db.write(|w| {
        let id = owner.resolve(w.conn)?;
        if matches!(owner, Owner::Person(_)) {
            crate::ops::garble::require_not_garbled(w.conn, id)?;
        }
        if let Owner::Account(number) = owner {
            crate::ops::account::require_open(w.conn, number)?;
        }
        let rule = rule_for(w.conn, &code)?;
        let code = rule.ty.code.clone();
        let value = store::get(w.conn, entity, id, rule.ty.id)?.ok_or_else(|| {
            Error::not_found(format!("{entity} {} has no characteristic {code}", describe(owner)))
        })?;
        if let Owner::Contact(_) = owner {
            let contact = crate::ops::contact::require_open(w.conn, id)?;
            let required = catalog_store::contact_types(w.conn)?
                .into_iter()
                .find(|t| t.class == contact.class && t.code == contact.contact_type)
                .is_some_and(|t| t.characteristics.iter().any(|c| c.code == code && c.required));
            if required {
                return Err(Error::conflict(format!(
                    "contact type {} {} requires the characteristic {code}",
                    contact.class, contact.contact_type
                ))
                .with_hint(format!("set another value instead: custctl contact characteristic set {id} {code} VALUE")));
            }
        }
        store::remove(w.conn, entity, id, rule.ty.id)?;
        audit(
            w,
            ctx,
            "remove",
            entity.as_str(),
            id,
            json!({ format!("characteristic.{code}"): {"from": value, "to": null} }),
        )?;
        Ok(Characteristic { code, value })
    })
}

fn describe(owner: &Owner) -> String {
    match owner {
        Owner::Contact(id) => id.to_string(),
        Owner::Person(r) => r.to_string(),
        Owner::Account(n) => n.clone(),
    }
}

/// Doctor: stored characteristic values their type no longer allows, or on records their
/// type does not apply to. At most 1000 lines.
pub fn invalid_values(conn: &Tx<'_>) -> Result<Vec<String>> {
    let rules: HashMap<String, CharacteristicRule> = catalog_store::characteristic_types(conn)?
        .into_iter()
        .map(|t| Ok((t.code.clone(), CharacteristicRule::new(t)?)))
        .collect::<Result<_>>()?;
    let mut problems = Vec::new();
    for entity in Entity::ALL {
        store::for_each(conn, *entity, |owner, code, value| {
            if problems.len() >= 1000 {
                return Ok(());
            }
            let Some(rule) = rules.get(code) else {
                return Ok(());
            };
            if !rule.applies_to(*entity) {
                problems.push(format!(
                    "{entity} {owner} has characteristic {code}, which does not apply to {entity}s"
                ));
            } else if rule.check(value).ok().as_deref() != Some(value) {
                problems.push(format!(
                    "{entity} {owner} has characteristic {code} = '{value}', which is not allowed"
                ));
            }
            Ok(())
        })?;
    }
    Ok(problems)
}

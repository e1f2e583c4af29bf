//! Use cases of the contact setup: contact classes and types, characteristic types,
//! letter templates (`custctl catalog …`).

use serde::Serialize;

use crate::domain::catalog::catalog_code;
use crate::domain::characteristic::{
    CharacteristicRule, CharacteristicType, Entity, NewCharacteristicType,
};
use crate::domain::contact::{ContactClass, ContactType, TypeCharacteristicSpec};
use crate::domain::letter::{LetterTemplate, NewLetterTemplate, check_body, check_variables};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::{Db, contact_catalog as store};

fn duplicate(kind: &str, code: &str) -> Error {
    Error::conflict(format!("{kind} {code} already exists")).with_hint(format!(
        "choose another code; see them with: custctl catalog list {kind}"
    ))
}

pub fn add_class(
    db: &mut Db,
    ctx: &Context,
    code: &str,
    description: &str,
) -> Result<ContactClass> {
    let code = catalog_code("code", code)?;
    let description = text::name("description", description)?;
    db.write(|w| {
        if store::class_by_code(w.conn, &code)?.is_some() {
            return Err(duplicate("contact-class", &code));
        }
        let id = store::insert_class(w.conn, &code, &description, &ctx.timestamp())?;
        let class = store::class_by_code(w.conn, &code)?
            .ok_or_else(|| Error::internal("contact class vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "contact_class",
            id,
            serde_json::to_value(&class)?,
        )?;
        Ok(class)
    })
}

pub fn classes(db: &mut Db) -> Result<Vec<ContactClass>> {
    db.read(store::classes)
}

/// What `catalog contact-type add` is given.
#[derive(Debug, Clone, Default)]
pub struct NewTypeInput<'a> {
    pub class: &'a str,
    pub code: &'a str,
    pub description: &'a str,
    pub letter: Option<&'a str>,
    /// `TYPE[=DEFAULT][:required]` each.
    pub characteristics: &'a [String],
}

/// Adds a contact type under a class. The class, the template and each characteristic type
/// must exist (3); each characteristic type must apply to contacts and each default must be
/// an allowed value (5); a type code is unique within its class (4).
pub fn add_type(db: &mut Db, ctx: &Context, input: &NewTypeInput<'_>) -> Result<ContactType> {
    let class = text::code("class", input.class)?;
    let code = catalog_code("type", input.code)?;
    let description = text::name("description", input.description)?;
    let letter = text::optional(input.letter, |v| text::code("letter", v))?;
    let mut specs: Vec<TypeCharacteristicSpec> = Vec::new();
    for raw in input.characteristics {
        let spec = TypeCharacteristicSpec::parse(raw)?;
        if specs.iter().any(|s| s.code == spec.code) {
            return Err(Error::invalid(format!(
                "characteristic {} is given twice",
                spec.code
            )));
        }
        specs.push(spec);
    }
    db.write(|w| {
        let class_row = store::class_by_code(w.conn, &class)?.ok_or_else(|| {
            Error::not_found(format!("contact class {class} does not exist")).with_hint(format!(
                "add it with: custctl catalog contact-class add {class} --description TEXT"
            ))
        })?;
        let template = match &letter {
            Some(code) => Some(require_template(w.conn, code)?),
            None => None,
        };
        let mut rules = Vec::with_capacity(specs.len());
        for spec in &specs {
            rules.push(CharacteristicRule::new(require_characteristic_type(
                w.conn, &spec.code,
            )?)?);
        }
        if !class_row.active {
            return Err(Error::conflict(format!(
                "contact class {} is deactivated and takes no new types",
                class_row.code
            )));
        }
        let mut rows = Vec::with_capacity(specs.len());
        for (spec, rule) in specs.iter().zip(&rules) {
            rule.ensure_applies(Entity::Contact)?;
            if !rule.ty.active {
                return Err(Error::conflict(format!(
                    "characteristic type {} is deactivated and is given to no new type",
                    rule.ty.code
                )));
            }
            let default = spec
                .default
                .as_deref()
                .map(|d| {
                    rule.check(d).map_err(|e| Error {
                        message: format!("default of {}", e.message),
                        ..e
                    })
                })
                .transpose()?;
            rows.push((rule.ty.id, default, spec.required));
        }
        if store::type_exists(w.conn, class_row.id, &code)? {
            return Err(Error::conflict(format!(
                "contact type {code} already exists under the class {class}"
            ))
            .with_hint(
                "choose another type code; see them with: custctl catalog list contact-type",
            ));
        }
        let id = store::insert_type(
            w.conn,
            &store::NewTypeRow {
                class_id: class_row.id,
                code: &code,
                description: &description,
                letter_template_id: template.as_ref().map(|t| t.id),
                characteristics: &rows,
            },
            &ctx.timestamp(),
        )?;
        let ty = store::contact_types(w.conn)?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| Error::internal("contact type vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "contact_type",
            id,
            serde_json::to_value(&ty)?,
        )?;
        Ok(ty)
    })
}

pub fn types(db: &mut Db) -> Result<Vec<ContactType>> {
    db.read(store::contact_types)
}

/// The characteristic type with this code, or not found (3).
pub fn require_characteristic_type(conn: &Tx<'_>, code: &str) -> Result<CharacteristicType> {
    store::characteristic_type(conn, code)?.ok_or_else(|| {
        Error::not_found(format!("characteristic type {code} does not exist"))
            .with_hint("see them with: custctl catalog list characteristic-type")
    })
}

pub fn require_template(conn: &Tx<'_>, code: &str) -> Result<LetterTemplate> {
    store::template(conn, code)?.ok_or_else(|| {
        Error::not_found(format!("letter template {code} does not exist"))
            .with_hint("see them with: custctl catalog list letter-template")
    })
}

pub fn add_characteristic_type(
    db: &mut Db,
    ctx: &Context,
    new: &NewCharacteristicType,
) -> Result<CharacteristicType> {
    db.write(|w| {
        if store::characteristic_type(w.conn, &new.code)?.is_some() {
            return Err(duplicate("characteristic-type", &new.code));
        }
        let id = store::insert_characteristic_type(w.conn, new, &ctx.timestamp())?;
        let ty = require_characteristic_type(w.conn, &new.code)?;
        audit(
            w,
            ctx,
            "add",
            "characteristic_type",
            id,
            serde_json::to_value(&ty)?,
        )?;
        Ok(ty)
    })
}

pub fn characteristic_types(db: &mut Db) -> Result<Vec<CharacteristicType>> {
    db.read(store::characteristic_types)
}

/// A template without its body, as `catalog letter-template list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateSummary {
    pub id: i64,
    pub code: String,
    pub description: String,
    pub system_only: bool,
    pub version: i64,
    pub created_at: String,
    pub updated_at: Option<String>,
}

/// The codes of the characteristic types that apply to contacts (what
/// `characteristics.CODE` in a template may name).
fn contact_characteristic_codes(conn: &Tx<'_>) -> Result<Vec<String>> {
    Ok(store::characteristic_types(conn)?
        .into_iter()
        .filter(|t| t.applies_to.contains(&Entity::Contact))
        .map(|t| t.code)
        .collect())
}

pub fn add_template(db: &mut Db, ctx: &Context, new: &NewLetterTemplate) -> Result<LetterTemplate> {
    db.write(|w| {
        if store::template(w.conn, &new.code)?.is_some() {
            return Err(duplicate("letter-template", &new.code));
        }
        check_variables(&new.body, &contact_characteristic_codes(w.conn)?)?;
        let id = store::insert_template(w.conn, new, &ctx.timestamp())?;
        let t = require_template(w.conn, &new.code)?;
        audit(
            w,
            ctx,
            "add",
            "letter_template",
            id,
            serde_json::json!({
                "code": t.code,
                "description": t.description,
                "system_only": t.system_only,
                "body_chars": t.body.chars().count(),
            }),
        )?;
        Ok(t)
    })
}

pub fn templates(db: &mut Db) -> Result<Vec<TemplateSummary>> {
    Ok(db
        .read(store::templates)?
        .into_iter()
        .map(|t| TemplateSummary {
            id: t.id,
            code: t.code,
            description: t.description,
            system_only: t.system_only,
            version: t.version,
            created_at: t.created_at,
            updated_at: t.updated_at,
        })
        .collect())
}

/// Makes a new version of template `code` with a new description and/or body (checked as
/// at `add`). Letters already printed keep the text they were printed with; pending ones
/// are rendered with the new version.
pub fn update_template(
    db: &mut Db,
    ctx: &Context,
    code: &str,
    description: Option<&str>,
    body: Option<&str>,
) -> Result<LetterTemplate> {
    let code = text::code("code", code)?;
    let description = text::optional(description, |d| text::name("description", d))?;
    let body = body.map(check_body).transpose()?;
    if description.is_none() && body.is_none() {
        return Err(Error::usage("nothing to change")
            .with_hint("give --description TEXT and/or --body-file FILE"));
    }
    db.write(|w| {
        let old = require_template(w.conn, &code)?;
        if let Some(b) = &body {
            check_variables(b, &contact_characteristic_codes(w.conn)?)?;
        }
        let new_description = description
            .clone()
            .unwrap_or_else(|| old.description.clone());
        let new_body = body.clone().unwrap_or_else(|| old.body.clone());
        if new_description == old.description && new_body == old.body {
            return Ok(old);
        }
        let version = store::update_template(
            w.conn,
            old.id,
            &new_description,
            &new_body,
            &ctx.timestamp(),
        )?;
        let mut changes = serde_json::json!({"version": {"from": old.version, "to": version}});
        if new_description != old.description {
            changes["description"] =
                serde_json::json!({"from": old.description, "to": new_description});
        }
        if new_body != old.body {
            changes["body_chars"] = serde_json::json!({
                "from": old.body.chars().count(),
                "to": new_body.chars().count(),
            });
        }
        audit(w, ctx, "update", "letter_template", old.id, changes)?;
        require_template(w.conn, &code)
    })
}

pub fn template(db: &mut Db, code: &str) -> Result<LetterTemplate> {
    let code = text::code("code", code)?;
    db.read(|conn| require_template(conn, &code))
}

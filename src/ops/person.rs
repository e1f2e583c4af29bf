//! Use cases of persons: add, list, show, update, contact points, party relationships.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::domain::period::Period;
use crate::domain::person::{
    ContactPoint, NewPerson, PartyRelationship, PartyRole, Person, PersonInput, PersonKind,
    PersonRef, PointType, contact_point_value,
};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::{Db, person as store};

/// The person a reference names, or not found (3).
pub fn require(conn: &rusqlite::Connection, reference: &PersonRef) -> Result<Person> {
    store::find(conn, reference)?.ok_or_else(|| not_found(reference))
}

pub fn not_found(reference: &PersonRef) -> Error {
    Error::not_found(format!("person {reference} does not exist"))
        .with_hint("find persons with: custctl person list --search TEXT")
}

pub fn external_id_conflict(external_id: &str) -> Error {
    Error::conflict(format!(
        "another person already has the external id '{external_id}'"
    ))
    .with_hint(format!(
        "see it with: custctl person show ext:{external_id}"
    ))
}

pub fn add(db: &mut Db, ctx: &Context, input: &PersonInput) -> Result<Person> {
    let new = NewPerson::from_input(input)?;
    db.write(|w| {
        if let Some(ext) = &new.external_id
            && store::external_id_taken(w.conn, ext, None)?
        {
            return Err(external_id_conflict(ext));
        }
        let id = store::insert(w.conn, &new, &ctx.timestamp())?;
        let person = store::get(w.conn, id)?.ok_or_else(|| Error::internal("person vanished"))?;
        audit(w, ctx, "add", "person", id, serde_json::to_value(&person)?)?;
        Ok(person)
    })
}

pub fn list(db: &mut Db, search: Option<&str>, limit: Option<u64>) -> Result<Vec<Person>> {
    db.read(|conn| store::list(conn, search, limit))
}

/// A person with everything attached to it.
#[derive(Debug, Serialize)]
pub struct PersonDetail {
    #[serde(flatten)]
    pub person: Person,
    pub contact_points: Vec<ContactPoint>,
    pub relationships: Vec<PartyRelationship>,
    pub characteristics: Vec<crate::domain::characteristic::Characteristic>,
}

pub fn show(db: &mut Db, ctx: &Context, reference: &PersonRef) -> Result<PersonDetail> {
    db.read(|conn| {
        let person = require(conn, reference)?;
        Ok(PersonDetail {
            contact_points: store::points(conn, person.id)?,
            relationships: store::relationships_of(conn, person.id, ctx.today)?,
            characteristics: crate::store::characteristic::list(
                conn,
                crate::domain::characteristic::Entity::Person,
                person.id,
            )?,
            person,
        })
    })
}

/// Fields to change: the same raw fields as an add, where `None` leaves a field as it is.
pub type PersonUpdate = PersonInput;

/// The optional fields of a person, as `--clear` names them.
pub const CLEARABLE: &[&str] = &["first-name", "last-name", "external-id", "email", "phone"];

pub fn update(
    db: &mut Db,
    ctx: &Context,
    reference: &PersonRef,
    change: &PersonUpdate,
    clear: &[String],
) -> Result<Person> {
    let cleared = crate::domain::clear::fields(CLEARABLE, clear)?;
    if change.is_empty() && cleared.is_empty() {
        return Err(Error::usage("nothing to update")
            .with_hint("give at least one of --name, --first-name, --last-name, --kind, --external-id, --email, --phone, --clear FIELD"));
    }
    use crate::domain::clear::Change;
    // Form of every value first (5), then existence (3), then rules (4).
    let kind = change
        .kind
        .as_deref()
        .map(|k| PersonKind::parse("kind", k))
        .transpose()?;
    let name = text::optional(change.name.as_deref(), |v| text::name("name", v))?;
    let first = Change::of("first-name", change.first_name.as_deref(), &cleared, |v| {
        text::name("first name", v)
    })?;
    let last = Change::of("last-name", change.last_name.as_deref(), &cleared, |v| {
        text::name("last name", v)
    })?;
    let ext = Change::of(
        "external-id",
        change.external_id.as_deref(),
        &cleared,
        |v| text::code("external id", v),
    )?;
    let email = Change::of("email", change.email.as_deref(), &cleared, |v| {
        text::email("email", v)
    })?;
    let phone = Change::of("phone", change.phone.as_deref(), &cleared, |v| {
        text::text("phone", v, 64)
    })?;
    let first_set = matches!(first, Change::Set(_));
    let last_set = matches!(last, Change::Set(_));
    db.write(|w| {
        let before = require(w.conn, reference)?;
        let mut after = before.clone();
        if let Some(kind) = kind {
            after.kind = kind;
        }
        after.first_name = first.clone().apply(after.first_name);
        after.last_name = last.clone().apply(after.last_name);
        match &name {
            Some(name) => after.name = name.clone(),
            // A changed first or last name re-forms a name that was formed from them.
            None if (first_set || last_set)
                && after.first_name.is_some()
                && after.last_name.is_some()
                && before.first_name.is_some()
                && before.last_name.is_some()
                && before.name
                    == format!(
                        "{} {}",
                        before.first_name.as_deref().unwrap_or(""),
                        before.last_name.as_deref().unwrap_or("")
                    ) =>
            {
                after.name = format!(
                    "{} {}",
                    after.first_name.as_deref().unwrap_or(""),
                    after.last_name.as_deref().unwrap_or("")
                );
            }
            None => {}
        }
        if after.kind == PersonKind::Organization
            && (after.first_name.is_some() || after.last_name.is_some())
        {
            return Err(Error::invalid(
                "an organization has a name, not a first and last name",
            ));
        }
        if let Change::Set(ext) = &ext
            && store::external_id_taken(w.conn, ext, Some(before.id))?
        {
            return Err(external_id_conflict(ext));
        }
        after.external_id = ext.clone().apply(after.external_id);
        let now = ctx.timestamp();
        store::update(w.conn, &after, &now)?;
        for (kind, value) in [(PointType::Email, &email), (PointType::Phone, &phone)] {
            match value {
                Change::Keep => {}
                Change::Set(value) => replace_primary_point(w.conn, before.id, kind, value, &now)?,
                // Clearing the email or phone ends the primary point of that type.
                Change::Clear => {
                    if let Some(point) = store::primary_point(w.conn, before.id, kind)? {
                        store::end_point(w.conn, point.id, ctx.today)?;
                        audit(
                            w,
                            ctx,
                            "end",
                            "contact_point",
                            point.id,
                            json!({"end": {"from": null, "to": ctx.today}, "primary": {"from": true, "to": false}}),
                        )?;
                    }
                }
            }
        }
        let after =
            store::get(w.conn, before.id)?.ok_or_else(|| Error::internal("person vanished"))?;
        let changes = changed_fields(
            &serde_json::to_value(&before)?,
            &serde_json::to_value(&after)?,
        );
        audit(w, ctx, "update", "person", before.id, changes)?;
        Ok(after)
    })
}

/// Sets the primary contact point of `kind` to `value`: the current primary's value is
/// replaced, or a new primary is added when there is none.
pub fn replace_primary_point(
    conn: &rusqlite::Connection,
    person_id: i64,
    kind: PointType,
    value: &str,
    now: &str,
) -> Result<()> {
    match store::primary_point(conn, person_id, kind)? {
        Some(point) if point.value == value => {}
        Some(point) => {
            crate::ops::point::ensure_no_duplicate(conn, person_id, kind, value, Some(point.id))?;
            store::set_point_value(conn, point.id, value)?
        }
        None => {
            crate::ops::point::ensure_no_duplicate(conn, person_id, kind, value, None)?;
            store::insert_point(conn, person_id, kind, value, None, true, now)?;
        }
    }
    Ok(())
}

/// `{"field": {"from": old, "to": new}}` for each field that differs, for audit entries.
pub fn changed_fields(before: &serde_json::Value, after: &serde_json::Value) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    if let (Some(b), Some(a)) = (before.as_object(), after.as_object()) {
        for (key, new) in a {
            if key == "updated_at" {
                continue;
            }
            let old = b.get(key).unwrap_or(&serde_json::Value::Null);
            if old != new {
                out.insert(key.clone(), json!({"from": old, "to": new}));
            }
        }
    }
    serde_json::Value::Object(out)
}

#[derive(Debug, Serialize)]
pub struct PointAdded {
    #[serde(flatten)]
    pub point: ContactPoint,
    /// The point that was primary for this type before, now demoted.
    pub demoted: Option<ContactPoint>,
}

pub fn add_point(
    db: &mut Db,
    ctx: &Context,
    reference: &PersonRef,
    kind: &str,
    value: &str,
    purpose: Option<&str>,
    primary: bool,
) -> Result<PointAdded> {
    let kind = PointType::parse("type", kind)?;
    let value = contact_point_value(kind, value)?;
    let purpose = text::optional(purpose, |v| text::text("purpose", v, text::CODE_MAX))?;
    db.write(|w| {
        let person = require(w.conn, reference)?;
        crate::ops::point::ensure_no_duplicate(w.conn, person.id, kind, &value, None)?;
        let now = ctx.timestamp();
        let demoted = if primary {
            match store::primary_point(w.conn, person.id, kind)? {
                Some(old) => {
                    store::set_point_primary(w.conn, old.id, false)?;
                    audit(
                        w,
                        ctx,
                        "demote",
                        "contact_point",
                        old.id,
                        json!({"primary": {"from": true, "to": false}}),
                    )?;
                    Some(ContactPoint {
                        primary: false,
                        ..old
                    })
                }
                None => None,
            }
        } else {
            None
        };
        let id = store::insert_point(
            w.conn,
            person.id,
            kind,
            &value,
            purpose.as_deref(),
            primary,
            &now,
        )?;
        store::touch(w.conn, person.id, &now)?;
        let point = store::get_point(w.conn, id)?
            .ok_or_else(|| Error::internal("contact point vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "contact_point",
            id,
            serde_json::to_value(&point)?,
        )?;
        Ok(PointAdded { point, demoted })
    })
}

pub fn relate(
    db: &mut Db,
    ctx: &Context,
    subject: &PersonRef,
    object: &PersonRef,
    role: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> Result<PartyRelationship> {
    let role = PartyRole::parse("role", role)?;
    let period = Period::new(start.unwrap_or(ctx.today), end)?;
    db.write(|w| {
        let a = require(w.conn, subject)?;
        let b = require(w.conn, object)?;
        if a.id == b.id {
            return Err(Error::conflict(format!(
                "person {} cannot be a {role} of itself",
                a.id
            )));
        }
        let existing = store::relationships_between(w.conn, a.id, b.id, role, ctx.today)?;
        if let Some(clash) = existing.iter().find(|r| r.period().overlaps(&period)) {
            return Err(Error::conflict(format!(
                "person {} is already a {role} of person {} from {} (relationship {})",
                a.id,
                b.id,
                clash.period().describe(),
                clash.id
            ))
            .with_hint("relationships of one pair and role cannot overlap; choose dates outside that period"));
        }
        let id = store::insert_relationship(w.conn, a.id, b.id, role, &period, &ctx.timestamp())?;
        let rel = store::get_relationship(w.conn, id, ctx.today)?
            .ok_or_else(|| Error::internal("relationship vanished"))?;
        audit(w, ctx, "add", "party_relationship", id, serde_json::to_value(&rel)?)?;
        Ok(rel)
    })
}

/// The person with this id (a customer party named by a record), or not found (3).
pub fn require_by_id(db: &mut Db, id: i64) -> Result<Person> {
    db.read(|conn| require(conn, &PersonRef::Id(id)))
}

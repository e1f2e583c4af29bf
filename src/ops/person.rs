//! Use cases of persons: add, list, show, update, contact points, party relationships.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::domain::period::{Period, check_dating};
use crate::domain::person::{
    ContactPoint, NewPerson, PartyRelationship, PartyRole, Person, PersonInput, PersonKind,
    PersonRef, PointType, PointValue, contact_point_value,
};
use crate::domain::phone;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::{Context, audit, dated};
use crate::store::Tx;
use crate::store::{Db, Writer, person as store};

/// The person a reference names, or not found (3).
pub fn require(conn: &Tx<'_>, reference: &PersonRef) -> Result<Person> {
    store::find(conn, reference)?.ok_or_else(|| not_found(reference))
}

/// The person a reference names (3), refused (4) when it was garbled: for every change to a
/// person and every new record about it.
pub fn require_open(conn: &Tx<'_>, reference: &PersonRef) -> Result<Person> {
    let person = require(conn, reference)?;
    crate::ops::garble::require_not_garbled(conn, person.id)?;
    Ok(person)
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
    db.write(|w| add_in(w, ctx, &new))
}

/// Adds a checked person inside the caller's write transaction (`person add`): its rules,
/// the insert and its audit entry.
pub fn add_in(w: &Writer<'_>, ctx: &Context, new: &NewPerson) -> Result<Person> {
    check_add(w.conn, new)?;
    let id = insert_checked(w, &ctx.timestamp(), new)?;
    let person = store::get(w.conn, id)?.ok_or_else(|| Error::internal("person vanished"))?;
    audit(w, ctx, "add", "person", id, serde_json::to_value(&person)?)?;
    Ok(person)
}

/// The rules of adding a checked person (the external id is free, 4), without writing: what
/// [`add_in`] checks before it writes, and what each new row of `person import` checks
/// before the import writes it with [`insert_checked`].
pub fn check_add(conn: &crate::store::Tx<'_>, new: &NewPerson) -> Result<()> {
    if let Some(ext) = &new.external_id
        && store::external_id_taken(conn, ext, None)?
    {
        return Err(external_id_conflict(ext));
    }
    Ok(())
}

/// Inserts a person that passed [`check_add`] (with its email and phone as primary contact
/// points), with no audit entry of its own: [`add_in`] writes one; a `person import` writes
/// one for the file, which accounts for every person it inserted (product.md §3.7).
pub fn insert_checked(w: &Writer<'_>, now: &str, new: &NewPerson) -> Result<i64> {
    store::insert(w.conn, new, now)
}

pub fn list(
    db: &mut Db,
    search: Option<&str>,
    limit: Option<u64>,
    include_garbled: bool,
) -> Result<Vec<Person>> {
    db.read(|conn| store::list(conn, search, limit, include_garbled))
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

/// Checked changes to a person: `None` keeps a field, `Some(None)` clears it. A cleared
/// `name` is formed from the first and last name (as for a new person); a cleared email or
/// phone ends its primary contact point (points are never deleted).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonChange {
    pub kind: Option<PersonKind>,
    pub name: Option<Option<String>>,
    pub first_name: Option<Option<String>>,
    pub last_name: Option<Option<String>>,
    pub external_id: Option<Option<String>>,
    pub email: Option<Option<String>>,
    /// A phone number in E.164 with the form as typed.
    pub phone: Option<Option<PointValue>>,
}

impl PersonChange {
    /// The form of every value of `person update` (5); `cleared`: the fields named by
    /// `--clear` (an empty value clears too).
    pub fn from_input(change: &PersonUpdate, cleared: &[&str]) -> Result<Self> {
        use crate::domain::clear::Change;
        let set = |v: Option<String>| v.map(Some);
        Ok(PersonChange {
            kind: change
                .kind
                .as_deref()
                .map(|k| PersonKind::parse("kind", k))
                .transpose()?,
            name: set(text::optional(change.name.as_deref(), |v| {
                text::name("name", v)
            })?),
            first_name: Change::of("first-name", change.first_name.as_deref(), cleared, |v| {
                text::name("first name", v)
            })?
            .into_option(),
            last_name: Change::of("last-name", change.last_name.as_deref(), cleared, |v| {
                text::name("last name", v)
            })?
            .into_option(),
            external_id: Change::of("external-id", change.external_id.as_deref(), cleared, |v| {
                text::code("external id", v)
            })?
            .into_option(),
            email: Change::of("email", change.email.as_deref(), cleared, |v| {
                text::email("email", v)
            })?
            .into_option(),
            phone: Change::of("phone", change.phone.as_deref(), cleared, |v| {
                phone::parse("phone", v, change.region.as_deref()).map(PointValue::from)
            })?
            .into_option(),
        })
    }
}

/// The name formed from a first and a last name, or either alone.
fn formed_name(p: &Person) -> Option<String> {
    match (&p.first_name, &p.last_name) {
        (Some(f), Some(l)) => Some(format!("{f} {l}")),
        (Some(o), None) | (None, Some(o)) => Some(o.clone()),
        (None, None) => None,
    }
}

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
    // Form of every value first (5), then existence (3), then rules (4).
    let change = PersonChange::from_input(change, &cleared)?;
    db.write(|w| {
        crate::ops::duplicate::refuse_merged(w.conn, reference)?;
        let before = require_open(w.conn, reference)?;
        Ok(update_in(w, ctx, &before, &change)?.unwrap_or(before))
    })
}

/// Applies a checked change to a person inside the caller's write transaction (`person
/// update`, and each existing row of `person import`): the rules, the write and its audit
/// entry. Returns `None`, having written nothing, when the change changes nothing.
pub fn update_in(
    w: &Writer<'_>,
    ctx: &Context,
    before: &Person,
    change: &PersonChange,
) -> Result<Option<Person>> {
    crate::ops::garble::require_not_garbled(w.conn, before.id)?;
    let mut after = before.clone();
    if let Some(kind) = change.kind {
        after.kind = kind;
    }
    if let Some(first) = &change.first_name {
        after.first_name = first.clone();
    }
    if let Some(last) = &change.last_name {
        after.last_name = last.clone();
    }
    match &change.name {
        Some(Some(name)) => after.name = name.clone(),
        Some(None) => {
            let name = formed_name(&after).ok_or_else(|| {
                Error::invalid("a person needs a name")
                    .with_hint("give a name, or a first and last name")
            })?;
            after.name = text::name("name", &name)?;
        }
        // A changed first or last name re-forms a name that was formed from them.
        None if (change.first_name.is_some() || change.last_name.is_some())
            && formed_name(before).as_deref() == Some(before.name.as_str()) =>
        {
            if let Some(name) = formed_name(&after) {
                after.name = text::name("name", &name)?;
            }
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
    match &change.external_id {
        Some(Some(ext)) if before.external_id.as_deref() != Some(ext.as_str()) => {
            if store::external_id_taken(w.conn, ext, Some(before.id))? {
                return Err(external_id_conflict(ext));
            }
            after.external_id = Some(ext.clone());
        }
        Some(None) => after.external_id = None,
        _ => {}
    }
    if let Some(email) = &change.email {
        after.email = email.clone();
    }
    if let Some(phone) = &change.phone {
        after.phone = phone.as_ref().map(|p| p.value.clone());
    }
    if after == *before {
        return Ok(None);
    }
    let now = ctx.timestamp();
    store::update(w.conn, &after, &now)?;
    let email = change
        .email
        .as_ref()
        .map(|e| e.as_ref().map(PointValue::plain));
    for (kind, value) in [
        (PointType::Email, &email),
        (PointType::Phone, &change.phone),
    ] {
        match value {
            None => {}
            Some(Some(v)) => replace_primary_point(w.conn, before.id, kind, v, &now)?,
            // Clearing the email or phone ends the primary point of that type.
            Some(None) => {
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
    let stored =
        store::get(w.conn, before.id)?.ok_or_else(|| Error::internal("person vanished"))?;
    let changes = changed_fields(
        &serde_json::to_value(before)?,
        &serde_json::to_value(&stored)?,
    );
    audit(w, ctx, "update", "person", before.id, changes)?;
    Ok(Some(stored))
}

/// Sets the primary contact point of `kind` to `value`: the current primary's value is
/// replaced, or a new primary is added when there is none.
pub fn replace_primary_point(
    conn: &Tx<'_>,
    person_id: i64,
    kind: PointType,
    value: &PointValue,
    now: &str,
) -> Result<()> {
    match store::primary_point(conn, person_id, kind)? {
        Some(point) if point.value == value.value && point.typed == value.typed => {}
        Some(point) => {
            crate::ops::point::ensure_no_duplicate(
                conn,
                person_id,
                kind,
                &value.value,
                Some(point.id),
            )?;
            store::set_point_value(conn, point.id, value)?
        }
        None => {
            crate::ops::point::ensure_no_duplicate(conn, person_id, kind, &value.value, None)?;
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

/// A contact point to add, as given: `region` serves phone and fax numbers in national form.
#[derive(Debug, Clone, Copy)]
pub struct PointInput<'a> {
    pub kind: &'a str,
    pub value: &'a str,
    pub region: Option<&'a str>,
    pub purpose: Option<&'a str>,
    pub primary: bool,
}

pub fn add_point(
    db: &mut Db,
    ctx: &Context,
    reference: &PersonRef,
    input: &PointInput<'_>,
) -> Result<PointAdded> {
    let PointInput {
        kind,
        value,
        region,
        purpose,
        primary,
    } = *input;
    let kind = PointType::parse("type", kind)?;
    let value = contact_point_value(kind, value, region)?;
    let purpose = text::optional(purpose, |v| text::text("purpose", v, text::CODE_MAX))?;
    db.write(|w| {
        let person = require_open(w.conn, reference)?;
        crate::ops::point::ensure_no_duplicate(w.conn, person.id, kind, &value.value, None)?;
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
                    Some(old.id)
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
        // The demoted point as stored after the last write.
        let demoted = demoted
            .map(|old| {
                store::get_point(w.conn, old)?
                    .ok_or_else(|| Error::internal("contact point vanished"))
            })
            .transpose()?;
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

/// `person relate`: `subject` has `role` towards `object` over a period; a start before
/// today needs `backdate`.
#[allow(clippy::too_many_arguments)]
pub fn relate(
    db: &mut Db,
    ctx: &Context,
    subject: &PersonRef,
    object: &PersonRef,
    role: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    backdate: bool,
) -> Result<PartyRelationship> {
    let role = PartyRole::parse("role", role)?;
    let period = Period::new(start.unwrap_or(ctx.today), end)?;
    db.write(|w| {
        let a = require_open(w.conn, subject)?;
        let b = require_open(w.conn, object)?;
        if a.id == b.id {
            return Err(Error::conflict(format!(
                "person {} cannot be a {role} of itself",
                a.id
            )));
        }
        let dating = check_dating(
            "a relationship starting",
            period.start,
            ctx.today,
            backdate,
        )?;
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
        audit(
            w,
            ctx,
            "add",
            "party_relationship",
            id,
            dated(
                serde_json::to_value(&rel)?,
                dating,
                period.start,
                serde_json::Value::Null,
                json!({"active": true}),
            ),
        )?;
        Ok(rel)
    })
}

/// `person relate list REF [--on D | --all]`: the party relationships the person takes part
/// in (on either side) in force on `on`, or every one with `all`; `active` as on `on`.
pub fn relate_list(
    db: &mut Db,
    reference: &PersonRef,
    on: NaiveDate,
    all: bool,
) -> Result<Vec<PartyRelationship>> {
    db.read(|conn| {
        let person = require(conn, reference)?;
        let mut items = store::relationships_of(conn, person.id, on)?;
        if !all {
            items.retain(|r| r.active);
        }
        Ok(items)
    })
}

/// `person relate end ID --on D`: `on` becomes the last active day of party relationship
/// `id` (a day before today needs `backdate`). Refused (4) while an account contact depends
/// on it: an account contact needs its person's contact relationship to the account's
/// customer party. Returns the relationship as stored, as on today.
pub fn relate_end(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    on: NaiveDate,
    backdate: bool,
) -> Result<PartyRelationship> {
    db.write(|w| {
        let rel = store::get_relationship(w.conn, id, ctx.today)?.ok_or_else(|| {
            Error::not_found(format!("party relationship {id} does not exist"))
                .with_hint("list them with: custctl person relate list REF --all")
        })?;
        let ended = rel.period().ended_on(on).map_err(|e| {
            let mut err = Error::conflict(format!("party relationship {id}: {}", e.message));
            err.hint = e.hint;
            err
        })?;
        let dating = check_dating("ending a relationship", on, ctx.today, backdate)?;
        let day = on.succ_opt().unwrap_or(on);
        store::set_relationship_end(w.conn, id, on)?;
        // Every account contact of this person on an account of the related party must still
        // have its relationship today and on the first day after the new end.
        for check in [ctx.today, day] {
            let orphans: Vec<(i64, String, i64)> =
                crate::store::account_contact::without_party_relationship(
                    w.conn,
                    &check.to_string(),
                )?
                .into_iter()
                .filter(|(_, _, person)| *person == rel.person_id)
                .collect();
            if let Some((contact, number, _)) = orphans.first() {
                return Err(Error::conflict(format!(
                    "person {} is account contact {contact} of account {number}, which needs this relationship on {check}",
                    rel.person_id
                ))
                .with_hint(format!(
                    "see the account's contacts with: custctl account contact list {number}; relate the person again for the days after, or remove the account contact first"
                )));
            }
        }
        let after = store::get_relationship(w.conn, id, ctx.today)?
            .ok_or_else(|| Error::internal("relationship vanished"))?;
        audit(
            w,
            ctx,
            "end",
            "party_relationship",
            id,
            dated(
                json!({"end": {"from": rel.end, "to": ended.end}}),
                dating,
                day,
                json!({"active": rel.period().contains(day)}),
                json!({"active": ended.contains(day)}),
            ),
        )?;
        Ok(after)
    })
}

/// The person with this id (a customer party named by a record), or not found (3).
pub fn require_by_id(db: &mut Db, id: i64) -> Result<Person> {
    db.read(|conn| require(conn, &PersonRef::Id(id)))
}

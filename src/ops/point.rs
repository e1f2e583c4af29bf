//! Use cases of a person's contact points after `add` (issue 11): list, update, end,
//! set-primary, and the duplicate rule every add and change keeps.

use serde::Serialize;
use serde_json::json;

use crate::domain::clear::{self, Change};
use crate::domain::person::{
    ContactPoint, PersonRef, PointValue, contact_point_value, normalised_point_value,
};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::person::{changed_fields, require};
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::{Db, person as store};

/// The optional fields of a contact point, as `--clear` names them.
pub const CLEARABLE: &[&str] = &["purpose"];

/// A contact point of the same type and normalised value as `value` that the person still
/// uses (other than `except`) makes a duplicate (4).
pub fn ensure_no_duplicate(
    conn: &Tx<'_>,
    person_id: i64,
    kind: crate::domain::person::PointType,
    value: &str,
    except: Option<i64>,
) -> Result<()> {
    let wanted = normalised_point_value(kind, value);
    if let Some(other) = store::points(conn, person_id)?.into_iter().find(|p| {
        p.kind == kind && Some(p.id) != except && normalised_point_value(kind, &p.value) == wanted
    }) {
        return Err(Error::conflict(format!(
            "person {person_id} already has {kind} contact point {} with this value",
            other.id
        ))
        .with_hint(format!(
            "see it with: custctl person point list {person_id}"
        )));
    }
    Ok(())
}

/// The contact point `id` of the person, or not found (3).
fn require_point(conn: &Tx<'_>, person_id: i64, id: i64) -> Result<ContactPoint> {
    store::get_point(conn, id)?
        .filter(|p| p.person_id == person_id)
        .ok_or_else(|| {
            Error::not_found(format!("person {person_id} has no contact point {id}")).with_hint(
                format!("list them with: custctl person point list {person_id} --all"),
            )
        })
}

fn ensure_in_use(p: &ContactPoint) -> Result<()> {
    match p.end {
        Some(end) => Err(Error::conflict(format!(
            "contact point {} was ended on {end} and is no longer changed",
            p.id
        ))
        .with_hint("add a new one with: custctl person point add")),
        None => Ok(()),
    }
}

/// `person point list`: the points in use, or every one with `all`.
pub fn list(db: &mut Db, reference: &PersonRef, all: bool) -> Result<Vec<ContactPoint>> {
    db.read(|conn| {
        let person = require(conn, reference)?;
        if all {
            store::all_points(conn, person.id)
        } else {
            store::points(conn, person.id)
        }
    })
}

/// What `person point update` takes, as typed.
#[derive(Debug, Clone, Copy)]
pub struct PointUpdate<'a> {
    pub value: Option<&'a str>,
    /// The default region of a phone or fax number in national form.
    pub region: Option<&'a str>,
    pub purpose: Option<&'a str>,
    /// The fields to clear (`--clear`).
    pub clear: &'a [String],
}

/// `person point update`: a new value (checked for its type and for duplicates) or purpose.
pub fn update(
    db: &mut Db,
    ctx: &Context,
    reference: &PersonRef,
    id: i64,
    change: &PointUpdate<'_>,
) -> Result<ContactPoint> {
    let PointUpdate {
        value,
        region,
        purpose,
        clear,
    } = *change;
    let cleared = clear::fields(CLEARABLE, clear)?;
    if value.is_none() && purpose.is_none() && cleared.is_empty() {
        return Err(Error::usage("nothing to update")
            .with_hint("give at least one of --value, --purpose, --clear purpose"));
    }
    let purpose = Change::of("purpose", purpose, &cleared, |v| {
        text::text("purpose", v, text::CODE_MAX)
    })?;
    db.write(|w| {
        let person = crate::ops::person::require_open(w.conn, reference)?;
        let before = require_point(w.conn, person.id, id)?;
        ensure_in_use(&before)?;
        let value = match value {
            Some(v) => contact_point_value(before.kind, v, region)?,
            None => PointValue {
                value: before.value.clone(),
                typed: before.typed.clone(),
            },
        };
        ensure_no_duplicate(w.conn, person.id, before.kind, &value.value, Some(id))?;
        let purpose = purpose.clone().apply(before.purpose.clone());
        store::update_point(w.conn, id, &value, purpose.as_deref())?;
        store::touch(w.conn, person.id, &ctx.timestamp())?;
        let after = store::get_point(w.conn, id)?
            .ok_or_else(|| Error::internal("contact point vanished"))?;
        let changes = changed_fields(
            &serde_json::to_value(&before)?,
            &serde_json::to_value(&after)?,
        );
        audit(w, ctx, "update", "contact_point", id, changes)?;
        Ok(after)
    })
}

/// `person point end`: the point is no longer used from today (it stays, ended, for the
/// record); a primary point gives up the role.
pub fn end(db: &mut Db, ctx: &Context, reference: &PersonRef, id: i64) -> Result<ContactPoint> {
    db.write(|w| {
        let person = crate::ops::person::require_open(w.conn, reference)?;
        let before = require_point(w.conn, person.id, id)?;
        ensure_in_use(&before)?;
        store::end_point(w.conn, id, ctx.today)?;
        store::touch(w.conn, person.id, &ctx.timestamp())?;
        let after = store::get_point(w.conn, id)?
            .ok_or_else(|| Error::internal("contact point vanished"))?;
        audit(
            w,
            ctx,
            "end",
            "contact_point",
            id,
            json!({
                "end": {"from": before.end, "to": after.end},
                "primary": {"from": before.primary, "to": after.primary},
            }),
        )?;
        Ok(after)
    })
}

#[derive(Debug, Serialize)]
pub struct PointPrimary {
    #[serde(flatten)]
    pub point: ContactPoint,
    pub demoted: Option<ContactPoint>,
}

/// `person point set-primary`: the point becomes the primary of its type; the previous
/// primary is demoted.
pub fn set_primary(
    db: &mut Db,
    ctx: &Context,
    reference: &PersonRef,
    id: i64,
) -> Result<PointPrimary> {
    db.write(|w| {
        let person = crate::ops::person::require_open(w.conn, reference)?;
        let before = require_point(w.conn, person.id, id)?;
        ensure_in_use(&before)?;
        let mut demoted = None;
        if !before.primary {
            if let Some(old) = store::primary_point(w.conn, person.id, before.kind)? {
                store::set_point_primary(w.conn, old.id, false)?;
                audit(
                    w,
                    ctx,
                    "demote",
                    "contact_point",
                    old.id,
                    json!({"primary": {"from": true, "to": false}}),
                )?;
                demoted = store::get_point(w.conn, old.id)?;
            }
            store::set_point_primary(w.conn, id, true)?;
            store::touch(w.conn, person.id, &ctx.timestamp())?;
        }
        let point = store::get_point(w.conn, id)?
            .ok_or_else(|| Error::internal("contact point vanished"))?;
        audit(
            w,
            ctx,
            "set-primary",
            "contact_point",
            id,
            json!({"primary": {"from": before.primary, "to": true}}),
        )?;
        Ok(PointPrimary { point, demoted })
    })
}

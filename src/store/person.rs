//! Persons, contact points and party relationships.

use chrono::NaiveDate;

use crate::args;
use crate::domain::period::Period;
use crate::domain::person::{
    ContactPoint, NewPerson, PartyRelationship, PartyRole, Person, PersonKind, PersonRef,
    PointType, PointValue,
};
use crate::error::Result;
use crate::store::Tx;
use crate::store::sql::Row;

const SELECT_PERSON: &str = "SELECT p.id, p.kind, p.name, p.first_name, p.last_name, p.external_id,
        (SELECT value FROM contact_point WHERE person_id = p.id AND type = 'email' AND is_primary),
        (SELECT value FROM contact_point WHERE person_id = p.id AND type = 'phone' AND is_primary),
        p.created_at, p.updated_at
     FROM person p";

fn person_from_row(row: &Row<'_>) -> Result<Person> {
    let kind: String = row.get(1)?;
    Ok(Person {
        id: row.get(0)?,
        kind: if kind == "organization" {
            PersonKind::Organization
        } else {
            PersonKind::Person
        },
        name: row.get(2)?,
        first_name: row.get(3)?,
        last_name: row.get(4)?,
        external_id: row.get(5)?,
        email: row.get(6)?,
        phone: row.get(7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
    })
}

/// Inserts the person (and its email and phone as primary contact points); returns the id.
pub fn insert(tx: &Tx<'_>, p: &NewPerson, now: &str) -> Result<i64> {
    let id: i64 = tx.query_one("INSERT INTO person (kind, name, first_name, last_name, external_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id", args![
        p.kind.as_str(),
        p.name,
        p.first_name,
        p.last_name,
        p.external_id,
        now
    ], |r| r.get(0))?;
    if let Some(email) = &p.email {
        let email = PointValue::plain(email.as_str());
        insert_point(tx, id, PointType::Email, &email, None, true, now)?;
    }
    if let Some(phone) = &p.phone {
        let phone = PointValue::from(phone.clone());
        insert_point(tx, id, PointType::Phone, &phone, None, true, now)?;
    }
    Ok(id)
}

pub fn get(tx: &Tx<'_>, id: i64) -> Result<Option<Person>> {
    tx.query_opt(
        &format!("{SELECT_PERSON} WHERE p.id = ?1"),
        args![id],
        person_from_row,
    )
}

pub fn id_by_external_id(tx: &Tx<'_>, external_id: &str) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT id FROM person WHERE external_id = ?1",
        args![external_id],
        |r| r.get(0),
    )
}

thread_local! {
    /// (merged-away id, survivor id) for each reference that [`find`] or [`resolve_id`]
    /// followed to a survivor, for the command line to note on stderr.
    static REDIRECTS: std::cell::RefCell<Vec<(i64, i64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The references followed to a survivor since the last call (see [`find`]).
pub fn take_redirects() -> Vec<(i64, i64)> {
    let mut all = REDIRECTS.with(|r| std::mem::take(&mut *r.borrow_mut()));
    all.sort_unstable();
    all.dedup();
    all
}

/// The survivor of a merged-away person (following merges of merges), noted; or `id`.
fn survivor(tx: &Tx<'_>, id: i64) -> Result<i64> {
    let mut current = id;
    for _ in 0..64 {
        match crate::store::duplicate::merged_into(tx, current)? {
            Some(next) => current = next,
            None => break,
        }
    }
    if current != id {
        REDIRECTS.with(|r| r.borrow_mut().push((id, current)));
    }
    Ok(current)
}

/// The person a reference names; a person merged into another resolves to its survivor
/// (noted, see [`take_redirects`]). [`find_exact`] does not follow merges.
pub fn find(tx: &Tx<'_>, reference: &PersonRef) -> Result<Option<Person>> {
    match find_exact(tx, reference)? {
        Some(p) => {
            let id = survivor(tx, p.id)?;
            if id == p.id { Ok(Some(p)) } else { get(tx, id) }
        }
        None => Ok(None),
    }
}

/// The person a reference names, merged away or not.
pub fn find_exact(tx: &Tx<'_>, reference: &PersonRef) -> Result<Option<Person>> {
    match reference {
        PersonRef::Id(id) => get(tx, *id),
        PersonRef::ExternalId(ext) => Ok(tx.query_opt(
            &format!("{SELECT_PERSON} WHERE p.external_id = ?1"),
            args![ext],
            person_from_row,
        )?),
    }
}

/// The id a reference names, if that person exists.
pub fn resolve_id(tx: &Tx<'_>, reference: &PersonRef) -> Result<Option<i64>> {
    resolve_exact_id(tx, reference)?
        .map(|id| survivor(tx, id))
        .transpose()
}

/// The id a reference names, merged away or not.
pub fn resolve_exact_id(tx: &Tx<'_>, reference: &PersonRef) -> Result<Option<i64>> {
    match reference {
        PersonRef::Id(id) => Ok(tx.query_opt(
            "SELECT id FROM person WHERE id = ?1",
            args![id],
            |r| r.get(0),
        )?),
        PersonRef::ExternalId(ext) => id_by_external_id(tx, ext),
    }
}

/// Persons whose name, external id or a contact point contains `search` (any case, all of
/// Unicode),
/// by id.
/// Garbled persons only with `include_garbled`.
pub fn list(
    tx: &Tx<'_>,
    search: Option<&str>,
    limit: Option<u64>,
    include_garbled: bool,
) -> Result<Vec<Person>> {
    let limit = limit.map(|l| l as i64).unwrap_or(i64::MAX);
    tx.query_vec(
        &format!(
            "{SELECT_PERSON}
         WHERE p.merged_into IS NULL AND (CAST(?1 AS TEXT) IS NULL
            OR folded_contains(p.name, ?1)
            OR folded_contains(p.external_id, ?1)
            OR EXISTS (SELECT 1 FROM contact_point cp WHERE cp.person_id = p.id
                       AND folded_contains(cp.value, ?1)))
           AND (?3 OR p.garbled_by IS NULL)
         ORDER BY p.id LIMIT ?2"
        ),
        args![search, limit, include_garbled],
        person_from_row,
    )
}

pub fn external_id_taken(tx: &Tx<'_>, external_id: &str, except: Option<i64>) -> Result<bool> {
    Ok(tx
        .query_opt(
            "SELECT 1 FROM person WHERE external_id = ?1 AND id IS DISTINCT FROM ?2",
            args![external_id, except],
            |_| Ok(()),
        )?
        .is_some())
}

/// Writes the scalar fields of a person (not its contact points).
pub fn update(tx: &Tx<'_>, p: &Person, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE person SET kind = ?2, name = ?3, first_name = ?4, last_name = ?5,
                external_id = ?6, updated_at = ?7 WHERE id = ?1",
        args![
            p.id,
            p.kind.as_str(),
            p.name,
            p.first_name,
            p.last_name,
            p.external_id,
            now
        ],
    )?;
    Ok(())
}

pub fn touch(tx: &Tx<'_>, id: i64, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE person SET updated_at = ?2 WHERE id = ?1",
        args![id, now],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ contact points

fn point_from_row(row: &Row<'_>) -> Result<ContactPoint> {
    let kind: String = row.get(2)?;
    Ok(ContactPoint {
        id: row.get(0)?,
        person_id: row.get(1)?,
        kind: PointType::parse("type", &kind).unwrap_or(PointType::Phone),
        value: row.get(3)?,
        typed: row.get(7)?,
        purpose: row.get(4)?,
        primary: row.get(5)?,
        created_at: row.get(6)?,
        end: row.get(8)?,
    })
}

const SELECT_POINT: &str = "SELECT id, person_id, type, value, purpose, is_primary, created_at, typed, end_date FROM contact_point";

pub fn insert_point(
    tx: &Tx<'_>,
    person_id: i64,
    kind: PointType,
    value: &PointValue,
    purpose: Option<&str>,
    primary: bool,
    now: &str,
) -> Result<i64> {
    tx.query_one(
        "INSERT INTO contact_point (person_id, type, value, typed, purpose, is_primary, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        args![
            person_id,
            kind.as_str(),
            value.value,
            value.typed,
            purpose,
            primary,
            now
        ],
        |r| r.get(0),
    )
}

pub fn get_point(tx: &Tx<'_>, id: i64) -> Result<Option<ContactPoint>> {
    tx.query_opt(
        &format!("{SELECT_POINT} WHERE id = ?1"),
        args![id],
        point_from_row,
    )
}

pub fn primary_point(tx: &Tx<'_>, person_id: i64, kind: PointType) -> Result<Option<ContactPoint>> {
    tx.query_opt(
        &format!(
            "{SELECT_POINT} WHERE person_id = ?1 AND type = ?2 AND is_primary AND end_date IS NULL"
        ),
        args![person_id, kind.as_str()],
        point_from_row,
    )
}

pub fn set_point_primary(tx: &Tx<'_>, id: i64, primary: bool) -> Result<()> {
    tx.execute(
        "UPDATE contact_point SET is_primary = ?2 WHERE id = ?1",
        args![id, primary],
    )?;
    Ok(())
}

/// Replaces the value of a contact point (used when an update or import sets `email` or
/// `phone`, which name the primary point of that type).
pub fn set_point_value(tx: &Tx<'_>, id: i64, value: &PointValue) -> Result<()> {
    tx.execute(
        "UPDATE contact_point SET value = ?2, typed = ?3 WHERE id = ?1",
        args![id, value.value, value.typed],
    )?;
    Ok(())
}

/// The contact points of a person in use (not ended).
pub fn points(tx: &Tx<'_>, person_id: i64) -> Result<Vec<ContactPoint>> {
    tx.query_vec(&format!(
        "{SELECT_POINT} WHERE person_id = ?1 AND end_date IS NULL ORDER BY type, is_primary DESC, id"
    ), args![person_id], point_from_row)
}

/// Every contact point of a person, ended ones too.
pub fn all_points(tx: &Tx<'_>, person_id: i64) -> Result<Vec<ContactPoint>> {
    tx.query_vec(&format!(
        "{SELECT_POINT} WHERE person_id = ?1 ORDER BY type, end_date IS NOT NULL, is_primary DESC, id"
    ), args![person_id], point_from_row)
}

pub fn update_point(tx: &Tx<'_>, id: i64, value: &PointValue, purpose: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE contact_point SET value = ?2, typed = ?3, purpose = ?4 WHERE id = ?1",
        args![id, value.value, value.typed, purpose],
    )?;
    Ok(())
}

/// Ends a contact point on `day` (it is no longer used from then) and drops its primary flag.
pub fn end_point(tx: &Tx<'_>, id: i64, day: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE contact_point SET end_date = ?2, is_primary = FALSE WHERE id = ?1",
        args![id, day.to_string()],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ party relationships

const SELECT_RELATIONSHIP: &str = "SELECT id, subject_id, object_id, role, start_date, end_date, created_at FROM party_relationship";

fn relationship_from_row(row: &Row<'_>, on: NaiveDate) -> Result<PartyRelationship> {
    let start = row.get(4)?;
    let end = row.get(5)?;
    Ok(PartyRelationship {
        id: row.get(0)?,
        person_id: row.get(1)?,
        related_person_id: row.get(2)?,
        role: PartyRole::Contact,
        start,
        end,
        active: Period { start, end }.contains(on),
        created_at: row.get(6)?,
    })
}

pub fn insert_relationship(
    tx: &Tx<'_>,
    subject_id: i64,
    object_id: i64,
    role: PartyRole,
    period: &Period,
    now: &str,
) -> Result<i64> {
    tx.query_one("INSERT INTO party_relationship (subject_id, object_id, role, start_date, end_date, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id", args![
        subject_id,
        object_id,
        role.as_str(),
        period.start.to_string(),
        period.end.map(|d| d.to_string()),
        now
    ], |r| r.get(0))
}

pub fn get_relationship(tx: &Tx<'_>, id: i64, on: NaiveDate) -> Result<Option<PartyRelationship>> {
    tx.query_opt(
        &format!("{SELECT_RELATIONSHIP} WHERE id = ?1"),
        args![id],
        |r| relationship_from_row(r, on),
    )
}

/// Sets the last active day of party relationship `id`.
pub fn set_relationship_end(tx: &Tx<'_>, id: i64, end: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE party_relationship SET end_date = ?2 WHERE id = ?1",
        args![id, end.to_string()],
    )?;
    Ok(())
}

/// The relationships in which `subject` has `role` towards `object`, oldest first.
pub fn relationships_between(
    tx: &Tx<'_>,
    subject_id: i64,
    object_id: i64,
    role: PartyRole,
    on: NaiveDate,
) -> Result<Vec<PartyRelationship>> {
    tx.query_vec(&format!(
        "{SELECT_RELATIONSHIP} WHERE subject_id = ?1 AND object_id = ?2 AND role = ?3 ORDER BY start_date, id"
    ), args![subject_id, object_id, role.as_str()], |r| {
        relationship_from_row(r, on)
    })
}

/// Every relationship a person takes part in, on either side.
pub fn relationships_of(
    tx: &Tx<'_>,
    person_id: i64,
    on: NaiveDate,
) -> Result<Vec<PartyRelationship>> {
    tx.query_vec(
        &format!(
            "{SELECT_RELATIONSHIP} WHERE subject_id = ?1 OR object_id = ?1 ORDER BY start_date, id"
        ),
        args![person_id],
        |r| relationship_from_row(r, on),
    )
}

/// Pairs of relationships of the same subject, object and role whose periods overlap
/// (for `doctor`).
pub fn overlapping_relationships(tx: &Tx<'_>) -> Result<Vec<(i64, i64)>> {
    tx.query_vec(
        "SELECT a.id, b.id FROM party_relationship a JOIN party_relationship b
           ON a.subject_id = b.subject_id AND a.object_id = b.object_id AND a.role = b.role
          AND a.id < b.id
          AND a.start_date <= coalesce(b.end_date, '9999-12-31')
          AND b.start_date <= coalesce(a.end_date, '9999-12-31')",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Persons with two primary contact points of one type (the unique index forbids it;
/// `doctor` re-checks in case the index was dropped).
pub fn duplicate_primary_points(tx: &Tx<'_>) -> Result<Vec<(i64, String)>> {
    tx.query_vec(
        "SELECT person_id, type FROM contact_point WHERE is_primary
         GROUP BY person_id, type HAVING count(*) > 1",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Pairs of contact points of one person in use with the same type and normalised value
/// (for `doctor`), as (person id, first point id, second point id).
pub fn duplicate_points_in_use(tx: &Tx<'_>) -> Result<Vec<(i64, i64, i64)>> {
    let points: Vec<ContactPoint> = tx.query_vec(
        &format!("{SELECT_POINT} WHERE end_date IS NULL ORDER BY person_id, type, id"),
        &[],
        point_from_row,
    )?;
    let mut seen: std::collections::HashMap<(i64, &str, String), i64> =
        std::collections::HashMap::new();
    let mut out = Vec::new();
    for p in &points {
        let key = (
            p.person_id,
            p.kind.as_str(),
            crate::domain::person::normalised_point_value(p.kind, &p.value),
        );
        match seen.get(&key) {
            Some(&first) => out.push((p.person_id, first, p.id)),
            None => {
                seen.insert(key, p.id);
            }
        }
    }
    Ok(out)
}

//! `person duplicates` (candidate duplicates by blocking on normalised keys) and `person
//! merge` (everything of the duplicates moved to the one kept, in one transaction).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::json;

use crate::domain::characteristic::Entity;
use crate::domain::duplicate::{self, Group};
use crate::domain::person::{Person, PersonRef, normalised_point_value};
use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::{Db, Writer, characteristic as chars, duplicate as store, person as persons};

/// A candidate group with its persons' names, for printing.
#[derive(Debug, Serialize)]
pub struct Candidate {
    pub score: u32,
    pub reasons: Vec<duplicate::Reason>,
    pub persons: Vec<Member>,
    pub pairs: Vec<duplicate::Pair>,
}

#[derive(Debug, Serialize)]
pub struct Member {
    pub id: i64,
    pub name: String,
    pub external_id: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Skipped {
    pub reason: duplicate::Reason,
    pub key: String,
    pub persons: usize,
}

#[derive(Debug, Serialize)]
pub struct Duplicates {
    pub threshold: u32,
    pub groups: Vec<Candidate>,
    /// Keys shared by more than `duplicate::MAX_BLOCK` persons: not expanded into pairs.
    pub skipped: Vec<Skipped>,
}

/// The candidate groups at or above `threshold` (highest score first, then lowest id).
pub fn duplicates(db: &mut Db, threshold: u32) -> Result<Duplicates> {
    db.read(|conn| {
        let blocks = store::blocks(conn)?;
        let (groups, skipped) = duplicate::group(&blocks, threshold);
        let mut out = Vec::with_capacity(groups.len());
        for Group {
            score,
            ids,
            reasons,
            pairs,
        } in groups
        {
            let mut members = Vec::with_capacity(ids.len());
            for id in ids {
                let p =
                    persons::get(conn, id)?.ok_or_else(|| Error::internal("person vanished"))?;
                members.push(Member {
                    id,
                    name: p.name,
                    external_id: p.external_id,
                });
            }
            out.push(Candidate {
                score,
                reasons,
                persons: members,
                pairs,
            });
        }
        out.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.persons[0].id.cmp(&b.persons[0].id))
        });
        Ok(Duplicates {
            threshold,
            groups: out,
            skipped: skipped
                .into_iter()
                .map(|b| Skipped {
                    reason: b.reason,
                    key: b.key,
                    persons: b.ids.len(),
                })
                .collect(),
        })
    })
}

/// Whose value wins when a single-valued characteristic differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    Keep,
    Duplicate,
}

/// One record moved (or changed) by a merge.
#[derive(Debug, Serialize)]
pub struct Moved {
    pub entity: &'static str,
    /// The record's id (a characteristic: its type code).
    pub id: String,
    pub from_person: i64,
    /// What else happened to it, if anything (ended as a duplicate, no longer primary, a
    /// characteristic's value dropped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct MergeReport {
    pub dry_run: bool,
    pub keep: Person,
    pub merged: Vec<i64>,
    pub counts: BTreeMap<&'static str, usize>,
    pub moved: Vec<Moved>,
}

/// The error for a person that was merged away (used by the commands that refuse one).
pub fn merged_away(id: i64, into: i64) -> Error {
    Error::conflict(format!("person {id} was merged into person {into}"))
        .with_hint(format!("use person {into}"))
}

/// Refuses (4) a reference to a person merged into another (for `update` and `delete`,
/// which would otherwise act on the survivor).
pub fn refuse_merged(conn: &Tx<'_>, reference: &PersonRef) -> Result<()> {
    if let Some(id) = persons::resolve_exact_id(conn, reference)?
        && let Some(into) = store::merged_into(conn, id)?
    {
        return Err(merged_away(id, into));
    }
    Ok(())
}

pub fn merge(
    db: &mut Db,
    ctx: &Context,
    keep: &PersonRef,
    duplicates: &[PersonRef],
    prefer: Option<Prefer>,
    dry_run: bool,
) -> Result<MergeReport> {
    let run = |w: &Writer<'_>| merge_in(w, ctx, keep, duplicates, prefer, dry_run);
    if dry_run {
        db.rehearse(run)
    } else {
        db.write(run)
    }
}

fn merge_in(
    w: &Writer<'_>,
    ctx: &Context,
    keep_ref: &PersonRef,
    dup_refs: &[PersonRef],
    prefer: Option<Prefer>,
    dry_run: bool,
) -> Result<MergeReport> {
    let conn = w.conn;
    // Existence (3) of every reference first, then the rules (4).
    let keep = persons::find_exact(conn, keep_ref)?
        .ok_or_else(|| crate::ops::person::not_found(keep_ref))?;
    let mut dups: Vec<Person> = Vec::new();
    for r in dup_refs {
        let p = persons::find_exact(conn, r)?.ok_or_else(|| crate::ops::person::not_found(r))?;
        if !dups.iter().any(|d| d.id == p.id) {
            dups.push(p);
        }
    }
    if let Some(into) = store::merged_into(conn, keep.id)? {
        return Err(
            merged_away(keep.id, into).with_hint(format!("merge into person {into} instead"))
        );
    }
    for d in &dups {
        if d.id == keep.id {
            return Err(Error::conflict(format!(
                "person {} can't be merged into itself",
                keep.id
            )));
        }
        if let Some(into) = store::merged_into(conn, d.id)? {
            return Err(Error::conflict(format!(
                "person {} was already merged into person {into}",
                d.id
            )));
        }
    }
    // A garbled person is closed to changes: merging it would hand its (garbled) records
    // and its references to a live person, and merging into it would add to it.
    for p in std::iter::once(&keep).chain(&dups) {
        crate::ops::garble::require_not_garbled(conn, p.id)?;
    }
    let problems_before = crate::ops::doctor::rule_findings(conn)?;
    let now = ctx.timestamp();
    let mut moved: Vec<Moved> = Vec::new();
    for dup in &dups {
        move_points(w, ctx, keep.id, dup.id, &mut moved)?;
        move_characteristics(w, ctx, keep.id, dup.id, prefer, &mut moved)?;
        for (table, column) in [
            ("party_relationship", "subject_id"),
            ("party_relationship", "object_id"),
            ("account", "person_id"),
            ("contact", "person_id"),
            ("account_contact", "person_id"),
        ] {
            for id in store::ids_referring(conn, table, column, dup.id)? {
                if table == "party_relationship" {
                    let (s, o) = store::relationship_persons(conn, id)?;
                    let other = if column == "subject_id" { o } else { s };
                    if other == keep.id || dups.iter().any(|d| d.id == other) {
                        return Err(Error::conflict(format!(
                            "party relationship {id} between persons {s} and {o} would relate person {} to itself",
                            keep.id
                        ))
                        .with_hint(format!(
                            "end or delete relationship {id} first, or leave person {} out of the merge",
                            dup.id
                        )));
                    }
                }
                store::repoint(conn, table, column, id, keep.id)?;
                audit(
                    w,
                    ctx,
                    "move",
                    table,
                    id,
                    json!({ column: {"from": dup.id, "to": keep.id} }),
                )?;
                moved.push(Moved {
                    entity: table,
                    id: id.to_string(),
                    from_person: dup.id,
                    note: None,
                });
            }
        }
        store::set_merged_into(conn, dup.id, keep.id, &now)?;
        audit(
            w,
            ctx,
            "merge",
            "person",
            dup.id,
            json!({"merged_into": {"from": null, "to": keep.id}}),
        )?;
    }
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for m in &moved {
        *counts.entry(m.entity).or_default() += 1;
    }
    let merged: Vec<i64> = dups.iter().map(|d| d.id).collect();
    persons::touch(conn, keep.id, &now)?;
    audit(
        w,
        ctx,
        "merge",
        "person",
        keep.id,
        json!({"duplicates": merged, "moved": counts}),
    )?;
    // Every rule still holds: refuse naming what the merge would break.
    let problems: Vec<String> = crate::ops::doctor::rule_findings(conn)?
        .into_iter()
        .filter(|p| !problems_before.contains(p))
        .collect();
    if !problems.is_empty() {
        return Err(Error::conflict(format!(
            "the merge would break a rule: {}",
            problems.join("; ")
        ))
        .with_hint(
            "resolve the clash in the records first (end or change one of them), then merge",
        ));
    }
    let keep = persons::get(conn, keep.id)?.ok_or_else(|| Error::internal("person vanished"))?;
    Ok(MergeReport {
        dry_run,
        keep,
        merged,
        counts,
        moved,
    })
}

/// Contact points: moved; one in use whose normalised value the survivor already has in use
/// is ended today (deduplicated); a primary is demoted when the survivor has a primary of
/// its type.
fn move_points(
    w: &Writer<'_>,
    ctx: &Context,
    keep: i64,
    dup: i64,
    moved: &mut Vec<Moved>,
) -> Result<()> {
    let conn = w.conn;
    for p in persons::all_points(conn, dup)? {
        let mine = persons::points(conn, keep)?;
        let key = normalised_point_value(p.kind, &p.value);
        let same = mine
            .iter()
            .find(|m| m.kind == p.kind && normalised_point_value(m.kind, &m.value) == key);
        let keep_primary = mine.iter().find(|m| m.kind == p.kind && m.primary);
        let mut changes = json!({"person_id": {"from": dup, "to": keep}});
        let mut note = None;
        if p.end.is_none()
            && let Some(same) = same
        {
            if p.primary {
                persons::set_point_primary(conn, p.id, false)?;
                changes["primary"] = json!({"from": true, "to": false});
            }
            store::repoint(conn, "contact_point", "person_id", p.id, keep)?;
            persons::end_point(conn, p.id, ctx.today)?;
            changes["end"] = json!({"from": null, "to": ctx.today});
            note = Some(format!("ended: the same as contact point {}", same.id));
        } else if p.primary && keep_primary.is_some() {
            persons::set_point_primary(conn, p.id, false)?;
            store::repoint(conn, "contact_point", "person_id", p.id, keep)?;
            changes["primary"] = json!({"from": true, "to": false});
            note = Some(format!(
                "no longer primary: person {keep} has primary {} {}",
                p.kind.as_str(),
                keep_primary.map(|k| k.id).unwrap_or_default()
            ));
        } else {
            store::repoint(conn, "contact_point", "person_id", p.id, keep)?;
        }
        audit(w, ctx, "move", "contact_point", p.id, changes)?;
        moved.push(Moved {
            entity: "contact_point",
            id: p.id.to_string(),
            from_person: dup,
            note,
        });
    }
    Ok(())
}

/// Characteristics: moved when the survivor has none of the type; an equal value is
/// dropped; a different one is refused (4) unless `prefer` says whose value stays.
fn move_characteristics(
    w: &Writer<'_>,
    ctx: &Context,
    keep: i64,
    dup: i64,
    prefer: Option<Prefer>,
    moved: &mut Vec<Moved>,
) -> Result<()> {
    let conn = w.conn;
    for (type_id, code, value) in store::characteristics(conn, dup)? {
        let current = chars::get(conn, Entity::Person, keep, type_id)?;
        let (to, note) = match (&current, prefer) {
            (None, _) => (Some(value.clone()), None),
            (Some(c), _) if *c == value => (None, Some("the same value: dropped".to_string())),
            (Some(c), None) => {
                return Err(Error::conflict(format!(
                    "characteristic {code}: person {keep} has '{c}', person {dup} has '{value}'"
                ))
                .with_hint("say whose value stays with --prefer keep|duplicate"));
            }
            (Some(_), Some(Prefer::Keep)) => (
                None,
                Some("differs: the kept person's value stays".to_string()),
            ),
            (Some(_), Some(Prefer::Duplicate)) => (
                Some(value.clone()),
                Some("differs: the duplicate's value replaces the kept one".to_string()),
            ),
        };
        chars::remove(conn, Entity::Person, dup, type_id)?;
        if let Some(v) = &to {
            chars::set(conn, Entity::Person, keep, type_id, v)?;
        }
        audit(
            w,
            ctx,
            "move",
            "person",
            keep,
            json!({
                format!("characteristic.{code}"): {"from": current, "to": to.clone().or(current.clone())},
                "from_person": dup,
                "value": value,
            }),
        )?;
        moved.push(Moved {
            entity: "person_characteristic",
            id: code,
            from_person: dup,
            note,
        });
    }
    Ok(())
}

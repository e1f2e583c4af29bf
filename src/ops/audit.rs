//! Reading and verifying the audit log.

use crate::domain::person::PersonRef;
use crate::domain::reference::RecordRef;
use crate::domain::time::{format_timestamp, parse_timestamp};
use crate::error::{Error, Result};
use crate::store::Db;
use crate::store::audit::{
    Filter, StoredEntry, Verification, list as list_entries, verify as verify_chain,
};

pub struct AuditQuery<'a> {
    pub entity: Option<&'a str>,
    pub id: Option<&'a str>,
    pub actor: Option<&'a str>,
    pub since: Option<&'a str>,
    pub limit: Option<u64>,
}

pub fn list(db: &mut Db, q: &AuditQuery<'_>) -> Result<Vec<StoredEntry>> {
    let since = q
        .since
        .map(|s| parse_timestamp("since", s).map(|t| format_timestamp(&t)))
        .transpose()?;
    let mut entity = q.entity.map(|e| e.trim().replace('-', "_"));
    let id = q.id.map(str::trim);
    db.read(|conn| {
        // The record as every other command names it: an id, an external id (with the kind
        // in --entity), or an account number.
        let entity_id = match id {
            None => None,
            Some(v) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => Some(v.to_string()),
            Some(v) if v.starts_with("ext:") => {
                let id = match entity.as_deref() {
                    Some("person") => crate::ops::person::require(conn, &PersonRef::parse(v)?)?.id,
                    Some("contact") => crate::ops::contact::resolve_id(
                        conn,
                        &RecordRef::parse("contact", v)?,
                    )?,
                    Some("instrument") => crate::ops::instrument::resolve_id(
                        conn,
                        &RecordRef::parse("instrument", v)?,
                    )?,
                    _ => {
                        return Err(Error::usage(format!(
                            "--id {v} needs the kind of record: --entity person, contact or instrument"
                        )));
                    }
                };
                Some(id.to_string())
            }
            Some(v) => match entity.as_deref() {
                None | Some("account") => {
                    entity = Some("account".into());
                    Some(crate::ops::account::require(conn, v)?.id.to_string())
                }
                Some(other) => {
                    return Err(Error::usage(format!(
                        "--id {v}: a {other} is named by its id or ext:EXTERNAL_ID"
                    )));
                }
            },
        };
        let filter = Filter {
            entity: entity.clone(),
            entity_id,
            actor: q.actor.map(|a| a.trim().to_string()),
            since: since.clone(),
            limit: q.limit,
        };
        list_entries(conn, &filter)
    })
}

/// Walks the chain; returns the verification, or a conflict (4) naming the first bad entry
/// or the missing expected head.
pub fn verify(db: &mut Db, expect_head: Option<&str>) -> Result<Verification> {
    let key = db.key()?.clone();
    let v = db.read(|conn| verify_chain(conn, &key, expect_head))?;
    check(&v)?;
    Ok(v)
}

/// The verdict on a verification: a broken chain or a missing head is a conflict (4).
pub fn check(v: &Verification) -> Result<()> {
    if let Some((id, why)) = &v.first_bad {
        return Err(
            Error::conflict(format!("the audit chain is broken at entry {id}: {why}")).with_hint(
                "entries were edited or deleted outside custctl; restore from a backup and compare",
            ),
        );
    }
    if v.expected_head_found == Some(false) {
        return Err(Error::conflict(format!(
            "the expected head is not in the audit chain ({} entries, head {}): the newest entries were removed",
            v.count, v.head
        ))
        .with_hint("restore from a backup taken after the expected head was recorded"));
    }
    Ok(())
}

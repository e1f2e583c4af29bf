//! Reading and verifying the audit log.

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
    let filter = Filter {
        entity: q.entity.map(|e| e.trim().replace('-', "_")),
        entity_id: q.id.map(|i| i.trim().to_string()),
        actor: q.actor.map(|a| a.trim().to_string()),
        since,
        limit: q.limit,
    };
    db.read(|conn| list_entries(conn, &filter))
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

//! The append-only, HMAC-chained audit log.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::domain::audit::{AuditEntry, GENESIS};
use crate::domain::key::Key;
use crate::error::Result;

pub struct NewEntry<'a> {
    pub at: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<String>,
    pub changes: serde_json::Value,
}

/// Appends an entry chained to the newest one. Runs inside the caller's write transaction
/// (BEGIN IMMEDIATE), so no other writer can append between the read and the insert.
pub fn append(conn: &Connection, key: &Key, e: NewEntry<'_>) -> Result<i64> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT id, hmac FROM audit_log ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (prev_id, prev_hmac) = last.unwrap_or((0, GENESIS.to_string()));
    let entry = AuditEntry {
        id: prev_id + 1,
        at: e.at.to_string(),
        actor: e.actor.to_string(),
        action: e.action.to_string(),
        entity: e.entity.to_string(),
        entity_id: e.entity_id,
        changes: e.changes,
    };
    let hmac = entry.chain_hmac(key, &prev_hmac);
    conn.prepare_cached(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, prev_hmac, hmac)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        entry.id,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.changes.to_string(),
        prev_hmac,
        hmac
    ])?;
    Ok(entry.id)
}

#[derive(Debug, Default)]
pub struct Filter {
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor: Option<String>,
    pub since: Option<String>,
    pub limit: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoredEntry {
    #[serde(flatten)]
    pub entry: AuditEntry,
    pub hmac: String,
}

fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<(AuditEntry, String, String)> {
    let changes: String = row.get(6)?;
    Ok((
        AuditEntry {
            id: row.get(0)?,
            at: row.get(1)?,
            actor: row.get(2)?,
            action: row.get(3)?,
            entity: row.get(4)?,
            entity_id: row.get(5)?,
            changes: serde_json::from_str(&changes).unwrap_or(serde_json::Value::String(changes)),
        },
        row.get(7)?,
        row.get(8)?,
    ))
}

const SELECT_ENTRY: &str =
    "SELECT id, at, actor, action, entity, entity_id, changes, prev_hmac, hmac FROM audit_log";

/// Entries matching the filter, newest first.
pub fn list(conn: &Connection, f: &Filter) -> Result<Vec<StoredEntry>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT_ENTRY} WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2)
           AND (?3 IS NULL OR actor = ?3) AND (?4 IS NULL OR at >= ?4)
         ORDER BY id DESC LIMIT ?5"
    ))?;
    let rows = stmt.query_map(
        params![
            f.entity,
            f.entity_id,
            f.actor,
            f.since,
            f.limit.map(|l| l as i64).unwrap_or(-1)
        ],
        entry_from_row,
    )?;
    let mut out = Vec::new();
    for row in rows {
        let (entry, _, hmac) = row?;
        out.push(StoredEntry { entry, hmac });
    }
    Ok(out)
}

/// The result of walking the chain.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub count: i64,
    /// The HMAC of the newest entry: keep it elsewhere and pass it to `--expect-head`.
    pub head: String,
    /// The first entry whose HMAC or link does not match, with the reason.
    pub first_bad: Option<(i64, String)>,
    /// Whether `expect_head` was found in the chain (None when none was given).
    pub expected_head_found: Option<bool>,
}

/// Recomputes every HMAC in order. Edited entries, deleted entries (a gap in the ids or a
/// broken link) and inserted entries are all found; only removal from the end is invisible
/// without a head kept elsewhere (`expect_head`).
pub fn verify(conn: &Connection, key: &Key, expect_head: Option<&str>) -> Result<Verification> {
    let mut stmt = conn.prepare(&format!("{SELECT_ENTRY} ORDER BY id"))?;
    let mut rows = stmt.query([])?;
    let mut prev_hmac = GENESIS.to_string();
    let mut expected_id = 1i64;
    let mut count = 0i64;
    let mut first_bad = None;
    let mut found = false;
    while let Some(row) = rows.next()? {
        let (entry, stored_prev, stored_hmac) = entry_from_row(row)?;
        count += 1;
        if first_bad.is_none() {
            if entry.id != expected_id {
                first_bad = Some((
                    entry.id,
                    format!("entries {expected_id} to {} are missing", entry.id - 1),
                ));
            } else if stored_prev != prev_hmac {
                first_bad = Some((entry.id, "its link to the previous entry is broken".into()));
            } else if entry.chain_hmac(key, &prev_hmac) != stored_hmac {
                first_bad = Some((entry.id, "its content does not match its HMAC".into()));
            }
        }
        if expect_head == Some(stored_hmac.as_str()) {
            found = true;
        }
        expected_id = entry.id + 1;
        prev_hmac = stored_hmac;
    }
    Ok(Verification {
        count,
        head: prev_hmac,
        first_bad,
        expected_head_found: expect_head.map(|_| found),
    })
}

/// Whether any entry names this kind of record.
pub fn entity_recorded(conn: &Connection, entity: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM audit_log WHERE entity = ?1 LIMIT 1")?
        .exists([entity])?)
}

/// The id under which the audit knows the account numbered `number`, also after the account
/// was deleted (from its `add` entry, or its `delete` entry's last state).
pub fn account_id_by_number(conn: &Connection, number: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT entity_id FROM audit_log
              WHERE entity = 'account' AND action IN ('add', 'delete')
                AND (json_extract(changes, '$.number') = ?1
                     OR json_extract(changes, '$.deleted.account.number') = ?1)
              ORDER BY id DESC LIMIT 1",
        )?
        .query_row([number], |r| r.get(0))
        .optional()?)
}

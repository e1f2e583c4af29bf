//! `history` commands (issue 11, "Corrections of the past"): every version of a dated record
//! with who changed it and when, built from the audit log, so that a correction made with
//! `--backdate` shows beside the versions it replaced.
//!
//! A version is one audit entry about the record; `start` and `end` are the record's period
//! after that entry (from the snapshot of its `add`, then each `end`), `backdated` marks a
//! correction of the past, and `changes` is the entry's own record of what changed (with the
//! answers before and after for a correction).

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::Result;
use crate::ops::account::require as require_account;
use crate::ops::instrument::require_instrument;
use crate::store::Tx;
use crate::store::audit::{Filter, StoredEntry, list as audit_list};
use crate::store::{Db, account_contact as contact_store, receipt_method as method_store};

#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// The record's id.
    pub id: String,
    /// 1 for the oldest entry about the record.
    pub version: usize,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Whether this change corrected the past (`--backdate`).
    pub backdated: bool,
    pub audit_id: i64,
    pub changes: serde_json::Value,
}

fn date(v: Option<&serde_json::Value>) -> Option<NaiveDate> {
    v.and_then(|d| d.as_str())
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

/// The versions of each record of `entity` with these ids, oldest first per record.
fn versions(conn: &Tx<'_>, entity: &str, ids: &[i64]) -> Result<Vec<Version>> {
    let mut out = Vec::new();
    for id in ids {
        let mut entries: Vec<StoredEntry> = audit_list(
            conn,
            &Filter {
                entity: Some(entity.to_string()),
                entity_id: Some(id.to_string()),
                ..Filter::default()
            },
        )?;
        entries.sort_by_key(|e| e.entry.id);
        let (mut start, mut end) = (None, None);
        for (n, e) in entries.into_iter().enumerate() {
            let c = &e.entry.changes;
            if c.get("start").is_some() {
                start = date(c.get("start"));
                end = date(c.get("end"));
            } else if let Some(to) = c.get("end").and_then(|e| e.get("to")) {
                end = date(Some(to));
            }
            out.push(Version {
                id: id.to_string(),
                version: n + 1,
                at: e.entry.at.clone(),
                actor: e.entry.actor.clone(),
                action: e.entry.action.clone(),
                start,
                end,
                backdated: c.get("backdated").and_then(|b| b.as_bool()) == Some(true),
                audit_id: e.entry.id,
                changes: e.entry.changes,
            });
        }
    }
    Ok(out)
}

/// `account receipt-method history NUMBER`: every version of every assignment of the
/// account.
pub fn receipt_methods(db: &mut Db, number: &str, today: NaiveDate) -> Result<Vec<Version>> {
    db.read(|conn| {
        let account = require_account(conn, number)?;
        let ids: Vec<i64> = method_store::assignments(conn, account.id, today)?
            .iter()
            .map(|a| a.id)
            .collect();
        versions(conn, "receipt_method_assignment", &ids)
    })
}

/// `account contact history NUMBER`: every version of every contact of the account.
pub fn account_contacts(db: &mut Db, number: &str) -> Result<Vec<Version>> {
    db.read(|conn| {
        let account = require_account(conn, number)?;
        let ids: Vec<i64> = contact_store::of_account(conn, account.id)?
            .iter()
            .map(|c| c.id)
            .collect();
        versions(conn, "account_contact", &ids)
    })
}

/// `instrument history ID`: every version of the instrument (bank numbers masked in the
/// audit log already; a card's number never reached it).
pub fn instrument(db: &mut Db, id: i64, today: NaiveDate) -> Result<Vec<Version>> {
    db.read(|conn| {
        let i = require_instrument(conn, id, today)?;
        versions(conn, "instrument", &[i.id])
    })
}

//! The append-only, HMAC-chained audit log.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use rusqlite::hooks::Action;
use serde::Serialize;

use crate::args;
use crate::domain::audit::{AuditEntry, GENESIS, changes_digest};
use crate::domain::key::Key;
use crate::error::Result;
use crate::store::digest;
use crate::store::sql::Row;
use crate::store::{Dialect, Tx};

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
/// An entry about one audited record carries the digest of that record as it is now, and
/// the record is remembered until [`seal`] checks it again just before COMMIT.
pub fn append(tx: &Tx<'_>, key: &Key, e: NewEntry<'_>) -> Result<i64> {
    let digest = digest::entry_digest(tx, key, e.entity, e.entity_id.as_deref())?;
    append_with_digest(tx, key, e, digest)
}

fn append_with_digest(
    tx: &Tx<'_>,
    key: &Key,
    e: NewEntry<'_>,
    digest: Option<String>,
) -> Result<i64> {
    let last: Option<(i64, String)> = tx.query_opt(
        "SELECT id, hmac FROM audit_log ORDER BY id DESC LIMIT 1",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (prev_id, prev_hmac) = last.unwrap_or((0, GENESIS.to_string()));
    let entry = AuditEntry {
        id: prev_id + 1,
        at: e.at.to_string(),
        actor: e.actor.to_string(),
        action: e.action.to_string(),
        entity: e.entity.to_string(),
        entity_id: e.entity_id,
        changes_digest: Some(changes_digest(key, &e.changes)),
        changes: e.changes,
        digest,
    };
    let hmac = entry.chain_hmac(key, &prev_hmac);
    if let (Some(d), Some(id)) = (&entry.digest, &entry.entity_id) {
        touched(tx)?;
        tx.execute(
            "INSERT INTO audit_touched (entity, entity_id, digest, at, actor)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (entity, entity_id) DO UPDATE
                SET digest = excluded.digest, at = excluded.at, actor = excluded.actor",
            args![entry.entity, id, d, entry.at, entry.actor],
        )?;
    }
    tx.execute("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, prev_hmac, hmac, digest, changes_digest)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", args![
        entry.id,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.changes.to_string(),
        prev_hmac,
        hmac,
        entry.digest,
        entry.changes_digest
    ])?;
    Ok(entry.id)
}

/// The records this connection's transaction has written audit entries about, with the
/// digest each entry recorded (a temporary table: rolled back with the transaction). Its
/// name is unqualified: both SQLite and PostgreSQL look in the temporary schema first.
fn touched(tx: &Tx<'_>) -> Result<()> {
    tx.execute(
        "CREATE TEMP TABLE IF NOT EXISTS audit_touched (
             entity TEXT NOT NULL, entity_id TEXT NOT NULL, digest TEXT NOT NULL,
             at TEXT NOT NULL, actor TEXT NOT NULL,
             PRIMARY KEY (entity, entity_id))",
        &[],
    )?;
    Ok(())
}

thread_local! {
    /// Rows of the main database updated or deleted on this thread since the last seal (or
    /// the start of the write), by table: filled by the connection's update hook.
    static CHANGED: RefCell<HashMap<String, HashSet<i64>>> = RefCell::new(HashMap::new());
}

/// Watches every UPDATE and DELETE on `conn`, so that [`seal`] can re-digest an audited
/// record that a use case changed without writing an entry about it (a person's
/// `updated_at` touched by adding a contact point, say): no use case needs to know.
pub fn watch_changes(tx: &Tx<'_>) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.update_hook(Some(|action: Action, db: &str, table: &str, rowid: i64| {
        if db != "main"
            || table == "audit_log"
            || !matches!(action, Action::SQLITE_UPDATE | Action::SQLITE_DELETE)
        {
            return;
        }
        CHANGED.with(|c| {
            let mut c = c.borrow_mut();
            match c.get_mut(table) {
                Some(ids) => {
                    ids.insert(rowid);
                }
                None => {
                    c.insert(table.to_string(), HashSet::from([rowid]));
                }
            }
        });
    }))?;
    Ok(())
}

/// Forgets the changes seen so far (a write begins).
pub fn forget_changes() {
    CHANGED.with(|c| c.borrow_mut().clear());
}

/// The rows updated or deleted since the last seal, by table: from the update hook on
/// SQLite; on PostgreSQL from the session's `custctl_changed` table, which the triggers of
/// migration 9 fill (and which rolls back with the transaction).
fn take_changes(tx: &Tx<'_>) -> Result<HashMap<String, HashSet<i64>>> {
    let mut changed = CHANGED.with(|c| std::mem::take(&mut *c.borrow_mut()));
    if tx.dialect() == Dialect::Postgres {
        let rows: Vec<(String, i64)> =
            tx.query_vec("SELECT entity, id FROM custctl_changed", &[], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        tx.execute("DELETE FROM custctl_changed", &[])?;
        for (table, id) in rows {
            changed.entry(table).or_default().insert(id);
        }
    }
    Ok(changed)
}

/// Just before COMMIT, every record whose newest digest is no longer its state gets one more
/// entry (action `state`, no changes) with its final digest, so that the newest digest of
/// every record is its committed state: a record changed again after its audit entry in the
/// same transaction, and a vouched-for record the transaction changed without an entry about
/// it. The entry takes the time and actor of the transaction's own entries.
pub fn seal(tx: &Tx<'_>, key: &Key) -> Result<()> {
    let changed = take_changes(tx)?;
    let exists: bool = match tx.dialect() {
        Dialect::Sqlite => tx.query_one(
            "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'audit_touched')",
            &[],
            |r| r.get(0),
        )?,
        Dialect::Postgres => tx.query_one(
            "SELECT to_regclass('pg_temp.audit_touched') IS NOT NULL",
            &[],
            |r| r.get(0),
        )?,
    };
    // (entity, id) -> the digest recorded for it, with the time and actor for a new entry.
    let mut pending: HashMap<(String, i64), (String, String, String)> = HashMap::new();
    if exists {
        let rows: Vec<(String, String, String, String, String)> = tx.query_vec(
            "SELECT entity, entity_id, digest, at, actor FROM audit_touched",
            &[],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )?;
        tx.execute("DELETE FROM audit_touched", &[])?;
        for (entity, entity_id, d, at, actor) in rows {
            if let Ok(id) = entity_id.parse::<i64>() {
                pending.insert((entity, id), (d, at, actor));
            }
        }
    }
    // Changed rows of audited tables that this transaction wrote no entry about: compared
    // with the newest digest the log holds for them (none: never vouched for, left alone).
    let mut newest: Option<(String, String)> = None;
    for (table, ids) in changed {
        if !digest::is_record_table(tx, &table)? {
            continue;
        }
        for id in ids {
            if pending.contains_key(&(table.clone(), id)) {
                continue;
            }
            let Some(d) = newest_digest(tx, &table, id)? else {
                continue;
            };
            if newest.is_none() {
                newest = tx.query_opt(
                    "SELECT at, actor FROM audit_log ORDER BY id DESC LIMIT 1",
                    &[],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
            }
            let (at, actor) = newest.clone().unwrap_or_default();
            pending.insert((table.clone(), id), (d, at, actor));
        }
    }
    let mut pending: Vec<_> = pending.into_iter().collect();
    pending.sort();
    for ((entity, id), (recorded, at, actor)) in pending {
        let now = digest::digest(tx, key, &entity, id)?;
        if now != recorded {
            append_with_digest(
                tx,
                key,
                NewEntry {
                    at: &at,
                    actor: &actor,
                    action: "state",
                    entity: &entity,
                    entity_id: Some(id.to_string()),
                    changes: serde_json::json!({}),
                },
                Some(now),
            )?;
        }
    }
    // Entries appended above are final: forget them.
    if exists {
        tx.execute("DELETE FROM audit_touched", &[])?;
    }
    CHANGED.with(|c| c.borrow_mut().clear());
    Ok(())
}

/// The newest digest the audit log holds for a record.
fn newest_digest(tx: &Tx<'_>, entity: &str, id: i64) -> Result<Option<String>> {
    tx.query_opt(
        "SELECT digest FROM audit_log WHERE entity = ?1 AND entity_id = ?2
               AND digest IS NOT NULL ORDER BY id DESC LIMIT 1",
        args![entity, id.to_string()],
        |r| r.get(0),
    )
}

/// The key fingerprint recorded in the database, if any.
pub fn key_fingerprint(tx: &Tx<'_>) -> Result<Option<String>> {
    tx.query_opt(
        "SELECT fingerprint FROM key_fingerprint WHERE id = 1",
        &[],
        |r| r.get(0),
    )
}

/// Records `fingerprint` unless one is recorded (`replace`: replace it; the schema allows
/// that only while the audit log is empty); returns the fingerprint now recorded.
pub fn record_key_fingerprint(tx: &Tx<'_>, fingerprint: &str, replace: bool) -> Result<String> {
    let on_conflict = if replace {
        "DO UPDATE SET fingerprint = excluded.fingerprint"
    } else {
        "DO NOTHING"
    };
    tx.execute(
        &format!(
            "INSERT INTO key_fingerprint (id, fingerprint) VALUES (1, ?1) ON CONFLICT (id) {on_conflict}"
        ),
        args![fingerprint],
    )?;
    Ok(key_fingerprint(tx)?.unwrap_or_default())
}

/// Whether `key` signed the first audit entry (true when there is none): a key that did not
/// is not this database's.
pub fn signed_first_entry(tx: &Tx<'_>, key: &Key) -> Result<bool> {
    let first = tx.query_opt(
        &format!("{SELECT_ENTRY} ORDER BY id LIMIT 1"),
        &[],
        entry_from_row,
    )?;
    Ok(match first {
        Some(r) => r.entry.chain_hmac(key, &r.prev) == r.hmac,
        None => true,
    })
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
    /// Set when the entry's personal values were replaced by a tombstone (a garble).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redacted: Option<RedactionNote>,
}

/// Who redacted an entry, when and why: from the garble entry that did it.
#[derive(Debug, Clone, Serialize)]
pub struct RedactionNote {
    pub by_entry: i64,
    pub actor: String,
    pub at: String,
    pub reason: Option<String>,
}

/// One stored row: the entry, its link and HMAC, and the entry that redacted it.
struct Row_ {
    entry: AuditEntry,
    prev: String,
    hmac: String,
    redacted_by: Option<i64>,
}

fn entry_from_row(row: &Row<'_>) -> Result<Row_> {
    let changes: String = row.get(6)?;
    Ok(Row_ {
        entry: AuditEntry {
            id: row.get(0)?,
            at: row.get(1)?,
            actor: row.get(2)?,
            action: row.get(3)?,
            entity: row.get(4)?,
            entity_id: row.get(5)?,
            changes: serde_json::from_str(&changes).unwrap_or(serde_json::Value::String(changes)),
            digest: row.get(9)?,
            changes_digest: row.get(10)?,
        },
        prev: row.get(7)?,
        hmac: row.get(8)?,
        redacted_by: row.get(11)?,
    })
}

const SELECT_ENTRY: &str = "SELECT id, at, actor, action, entity, entity_id, changes, prev_hmac, hmac, digest, changes_digest, redacted_by FROM audit_log";

/// Entries matching the filter, newest first.
pub fn list(tx: &Tx<'_>, f: &Filter) -> Result<Vec<StoredEntry>> {
    // The casts name the parameters' type for PostgreSQL, which cannot infer it from
    // `?1 IS NULL` alone; `since` compares as a timestamp there, as text on SQLite.
    let since = match tx.dialect() {
        Dialect::Sqlite => "?4",
        Dialect::Postgres => "CAST(?4 AS timestamptz)",
    };
    let rows = tx.query_vec(
        &format!(
            "{SELECT_ENTRY} WHERE (CAST(?1 AS TEXT) IS NULL OR entity = ?1)
               AND (CAST(?2 AS TEXT) IS NULL OR entity_id = ?2)
               AND (CAST(?3 AS TEXT) IS NULL OR actor = ?3)
               AND (CAST(?4 AS TEXT) IS NULL OR at >= {since})
             ORDER BY id DESC LIMIT ?5"
        ),
        args![
            f.entity,
            f.entity_id,
            f.actor,
            f.since,
            f.limit
                .map(|l| l.min(i64::MAX as u64) as i64)
                .unwrap_or(i64::MAX)
        ],
        entry_from_row,
    )?;
    let mut out = Vec::new();
    for r in rows {
        let redacted = match r.redacted_by {
            Some(by) => redaction_note(tx, by)?,
            None => None,
        };
        out.push(StoredEntry {
            entry: r.entry,
            hmac: r.hmac,
            redacted,
        });
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
    /// Whether the expected head was found in the chain (at its entry number, when that was
    /// given); None when none was given.
    pub expected_head_found: Option<bool>,
    /// The HMAC of the entry at the expected head's position, when that position was given
    /// and the chain reaches it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hmac_at_expected: Option<String>,
}

/// A head kept outside the database: the HMAC of the newest entry, and optionally how many
/// entries the chain had then (`custctl audit head` prints both as `COUNT:HMAC`).
#[derive(Debug, Clone)]
pub struct ExpectedHead {
    pub count: Option<i64>,
    pub hmac: String,
}

/// Recomputes every HMAC in order. Edited entries, deleted entries (a gap in the ids or a
/// broken link) and inserted entries are all found; only removal from the end, or a rewrite
/// of the whole chain by someone holding the key, is invisible without a head kept elsewhere
/// (`expect`).
pub fn verify(tx: &Tx<'_>, key: &Key, expect: Option<&ExpectedHead>) -> Result<Verification> {
    let mut prev_hmac = GENESIS.to_string();
    let mut expected_id = 1i64;
    let mut count = 0i64;
    let mut first_bad = None;
    let mut found = false;
    let mut at_expected = None;
    // Redacted entries, checked at the end against the redaction their garble entry
    // (later in the chain) signed: (entry, redacting entry, changes digest now, frame).
    let mut redacted: Vec<(i64, i64, String, Option<String>)> = Vec::new();
    // (redacting entry, entry) -> the redaction it records.
    let mut records: HashMap<(i64, i64), RedactionRecord> = HashMap::new();
    tx.for_each(&format!("{SELECT_ENTRY} ORDER BY id"), &[], |row| {
        let Row_ {
            entry,
            prev: stored_prev,
            hmac: stored_hmac,
            redacted_by,
        } = entry_from_row(row)?;
        count += 1;
        // Every entry is checked (a garble entry's redactions are needed even after a bad
        // entry); the first problem is the one reported.
        let problem: Option<String> = if entry.id != expected_id {
            Some(format!(
                "entries {expected_id} to {} are missing",
                entry.id - 1
            ))
        } else if stored_prev != prev_hmac {
            Some("its link to the previous entry is broken".into())
        } else if let Some(by) = redacted_by {
            // A redacted entry of the old form cannot be re-signed: the redaction vouches
            // for its other fields (the frame) and its new changes.
            let digested = entry.changes_digest.is_some();
            if digested && entry.chain_hmac(key, &prev_hmac) != stored_hmac {
                Some("its content does not match its HMAC".into())
            } else {
                let frame = (!digested).then(|| entry.frame(key, &stored_prev, &stored_hmac));
                redacted.push((
                    entry.id,
                    by,
                    crate::domain::audit::changes_digest(key, &entry.changes),
                    frame,
                ));
                None
            }
        } else if entry.chain_hmac(key, &prev_hmac) != stored_hmac {
            Some("its content does not match its HMAC".into())
        } else if !entry.changes_match(key) {
            Some("its changes do not match the digest it signed".into())
        } else {
            if entry.action == GARBLE && entry.changes_digest.is_some() {
                for r in redaction_records(&entry.changes) {
                    records.insert((entry.id, r.entry), r);
                }
            }
            None
        };
        if first_bad.is_none()
            && let Some(why) = problem
        {
            first_bad = Some((entry.id, why));
        }
        if let Some(e) = expect {
            match e.count {
                Some(n) if n == count => {
                    found = e.hmac == stored_hmac;
                    at_expected = Some(stored_hmac.clone());
                }
                Some(_) => {}
                None => found |= e.hmac == stored_hmac,
            }
        }
        expected_id = entry.id + 1;
        prev_hmac = stored_hmac;
        Ok(())
    })?;
    for (id, by, now, frame) in redacted {
        if first_bad.as_ref().is_some_and(|(bad, _)| *bad <= id) {
            break;
        }
        let why = match records.get(&(by, id)) {
            None => Some(format!(
                "it is marked redacted by entry {by}, which records no redaction of it"
            )),
            Some(r) if r.after != now => Some(format!(
                "its redacted changes are not the ones entry {by} recorded"
            )),
            Some(r) if r.frame != frame => Some(format!(
                "its content does not match the redaction entry {by} recorded"
            )),
            Some(_) => None,
        };
        if let Some(why) = why {
            first_bad = Some((id, why));
            break;
        }
    }
    Ok(Verification {
        count,
        head: prev_hmac,
        first_bad,
        expected_head_found: expect.map(|_| found),
        hmac_at_expected: at_expected,
    })
}

/// The action of the entry that garbles a person and records the redactions it made.
pub const GARBLE: &str = "garble";

/// What a garble entry records of one entry it redacted: the JSON pointers of the replaced
/// values, the digests of the changes before and after, and for an entry of the old form
/// (signed over its changes) its frame ([`AuditEntry::frame`]).
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct RedactionRecord {
    pub entry: i64,
    pub paths: Vec<String>,
    pub before: String,
    pub after: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub frame: Option<String>,
}

fn redaction_records(changes: &serde_json::Value) -> Vec<RedactionRecord> {
    changes
        .get("redactions")
        .and_then(|r| serde_json::from_value(r.clone()).ok())
        .unwrap_or_default()
}

fn redaction_note(tx: &Tx<'_>, by: i64) -> Result<Option<RedactionNote>> {
    let reason = match tx.dialect() {
        Dialect::Sqlite => "json_extract(changes, '$.reason')",
        Dialect::Postgres => "changes::jsonb ->> 'reason'",
    };
    let sql = format!("SELECT id, actor, at, {reason} FROM audit_log WHERE id = ?1");
    tx.query_opt(&sql, args![by], |r| {
        Ok(RedactionNote {
            by_entry: r.get(0)?,
            actor: r.get(1)?,
            at: r.get(2)?,
            reason: r.get(3)?,
        })
    })
}

/// Replaces, in every entry so far, the strings holding one of `needles` (lower-case) with
/// a tombstone, marking each changed entry as redacted by `by` (the id the garble entry
/// will get); returns what the garble entry must record. Every entry is read once.
/// `all` is sought in entries about the records in `about` (entity, id), where every value
/// under a personal field is replaced too ([`crate::domain::audit::redact_fields`]: also
/// the values those records held before); `identifying` in every entry.
pub fn redact(
    tx: &Tx<'_>,
    key: &Key,
    about: &HashSet<(String, String)>,
    all: &[String],
    identifying: &[String],
    by: i64,
) -> Result<Vec<RedactionRecord>> {
    let lower = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|n| n.trim().to_lowercase())
            .filter(|n| !n.is_empty())
            .collect()
    };
    let all = lower(all);
    let identifying = lower(identifying);
    let mut found = Vec::new();
    tx.for_each(&format!("{SELECT_ENTRY} ORDER BY id"), &[], |row| {
        // Only entries whose text holds a needle are parsed.
        let text: String = row.get::<String>(6)?.to_lowercase();
        let entity: String = row.get(4)?;
        let entity_id: Option<String> = row.get(5)?;
        let own = entity_id.is_some_and(|id| about.contains(&(entity, id)));
        let needles = if own { &all } else { &identifying };
        if !own
            && !needles.iter().any(|n| {
                text.contains(n.as_str()) || json_escaped(n).is_some_and(|e| text.contains(&e))
            })
        {
            return Ok(());
        }
        let r = entry_from_row(row)?;
        // Only what the chain still vouches for is vouched for again.
        if r.redacted_by.is_none()
            && (r.entry.chain_hmac(key, &r.prev) != r.hmac || !r.entry.changes_match(key))
        {
            return Err(crate::error::Error::conflict(format!(
                "the audit chain is broken at entry {}: nothing is redacted",
                r.entry.id
            ))
            .with_hint("run `custctl audit verify`; restore from a backup and compare"));
        }
        let before = changes_digest(key, &r.entry.changes);
        let mut changes = r.entry.changes.clone();
        let mut paths = crate::domain::audit::redact(&mut changes, needles);
        if own {
            paths.extend(crate::domain::audit::redact_fields(&mut changes));
        }
        if paths.is_empty() {
            return Ok(());
        }
        let frame = r
            .entry
            .changes_digest
            .is_none()
            .then(|| r.entry.frame(key, &r.prev, &r.hmac));
        found.push((
            RedactionRecord {
                entry: r.entry.id,
                paths,
                before,
                after: changes_digest(key, &changes),
                frame,
            },
            changes,
        ));
        Ok(())
    })?;
    let mut out = Vec::new();
    for (record, changes) in found {
        tx.execute(
            "UPDATE audit_log SET changes = ?1, redacted_by = ?2 WHERE id = ?3",
            args![changes.to_string(), by, record.entry],
        )?;
        out.push(record);
    }
    Ok(out)
}

/// A needle as JSON text writes it, when that differs (quotes, backslashes, controls).
fn json_escaped(n: &str) -> Option<String> {
    let e = serde_json::to_string(n).ok()?;
    let e = e[1..e.len() - 1].to_string();
    (e != n).then_some(e)
}

/// Whether any entry names this kind of record.
pub fn entity_recorded(tx: &Tx<'_>, entity: &str) -> Result<bool> {
    Ok(tx
        .query_opt(
            "SELECT 1 FROM audit_log WHERE entity = ?1 LIMIT 1",
            args![entity],
            |_| Ok(()),
        )?
        .is_some())
}

/// The id under which the audit knows the account numbered `number`, also after the account
/// was deleted (from its `add` entry, or its `delete` entry's last state).
pub fn account_id_by_number(tx: &Tx<'_>, number: &str) -> Result<Option<String>> {
    let sql = match tx.dialect() {
        Dialect::Sqlite => {
            "SELECT entity_id FROM audit_log
              WHERE entity = 'account' AND action IN ('add', 'delete')
                AND (json_extract(changes, '$.number') = ?1
                     OR json_extract(changes, '$.deleted.account.number') = ?1)
              ORDER BY id DESC LIMIT 1"
        }
        Dialect::Postgres => {
            "SELECT entity_id FROM audit_log
              WHERE entity = 'account' AND action IN ('add', 'delete')
                AND (changes::jsonb ->> 'number' = ?1
                     OR changes::jsonb #>> '{deleted,account,number}' = ?1)
              ORDER BY id DESC LIMIT 1"
        }
    };
    tx.query_opt(sql, args![number], |r| r.get(0))
}

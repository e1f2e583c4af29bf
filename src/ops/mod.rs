//! One function per use case. Each opens its transaction, asks `domain` for the rules,
//! calls `store`, writes the audit entry, and returns what the command prints.

pub mod account;
pub mod account_contact;
pub mod admin;
pub mod audit;
pub mod catalog;
pub mod catalog_life;
pub mod characteristic;
pub mod contact;
pub mod contact_catalog;
pub mod defaults;
pub mod delete;
pub mod doctor;
pub mod duplicate;
pub mod export;
pub mod garble;
pub mod history;
pub mod import;
pub mod instrument;
pub mod letter;
pub mod overview;
pub mod person;
pub mod point;
pub mod profile;
pub mod receipt_method;
pub mod relationship;
pub mod site;

use chrono::{DateTime, Local, NaiveDate, Utc};

use crate::domain::period::Dating;
use crate::domain::time::format_timestamp;
use crate::error::Result;
use crate::store::Writer;
use crate::store::audit::{NewEntry, append};

/// Who is acting and when: the actor recorded on every change, and the clock (fixed by
/// `CUSTCTL_NOW` in tests and scripts).
#[derive(Debug, Clone)]
pub struct Context {
    pub actor: String,
    pub now: DateTime<Utc>,
    /// "Today" is the local date of `now`.
    pub today: NaiveDate,
}

impl Context {
    pub fn new(actor: impl Into<String>, now: DateTime<Utc>) -> Self {
        Context {
            actor: actor.into(),
            today: now.with_timezone(&Local).date_naive(),
            now,
        }
    }

    /// `now` as stored and printed: RFC 3339 in UTC.
    pub fn timestamp(&self) -> String {
        format_timestamp(&self.now)
    }
}

/// Writes one audit entry in the current write transaction.
pub fn audit(
    w: &Writer<'_>,
    ctx: &Context,
    action: &str,
    entity: &str,
    entity_id: impl ToString,
    changes: serde_json::Value,
) -> Result<()> {
    append(
        w.conn,
        w.key,
        NewEntry {
            at: &ctx.timestamp(),
            actor: &ctx.actor,
            action,
            entity,
            entity_id: Some(entity_id.to_string()),
            changes,
        },
    )?;
    Ok(())
}

/// The audit changes of a dated change: as given when it takes effect today or later; when
/// back-dated, marked as a correction (`"backdated": true`) with what `--on DAY` answered
/// before and after the change (`answers`), so the rewritten past stays on record.
pub fn dated(
    mut changes: serde_json::Value,
    dating: Dating,
    day: NaiveDate,
    before: serde_json::Value,
    after: serde_json::Value,
) -> serde_json::Value {
    if dating.is_backdated()
        && let serde_json::Value::Object(map) = &mut changes
    {
        map.insert("backdated".into(), serde_json::Value::Bool(true));
        map.insert(
            "answers".into(),
            serde_json::json!({"on": day, "before": before, "after": after}),
        );
    }
    changes
}

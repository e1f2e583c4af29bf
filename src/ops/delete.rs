//! Deleting a record added by mistake (issue 11): `person delete`, `account delete`,
//! `contact delete`. Only a record nothing else references is deleted, with its own parts
//! (a person's contact points and characteristics; an account's sites, characteristics and
//! profile assignments; a contact's characteristics); anything referenced is refused (4)
//! naming what references it. The audit entry keeps the record's last state.

use chrono::Duration;
use serde_json::json;

use crate::domain::person::PersonRef;
use crate::domain::time::parse_timestamp;
use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::{Db, account as account_store, lifecycle as store, person as person_store};

/// How long after it was recorded a contact can still be deleted.
pub const CONTACT_GRACE_HOURS: i64 = 24;

fn referenced(what: &str, by: &[String], hint: &str) -> Error {
    Error::conflict(format!("{what} is referenced by: {}", by.join(", ")))
        .with_hint(hint.to_string())
}

/// `person delete`: the person with its contact points and characteristics, when no
/// account, account contact, contact or party relationship names it. A garbled person is
/// refused (4) naming the garble entry: it stays as the garbled tombstone.
pub fn person(db: &mut Db, ctx: &Context, reference: &PersonRef) -> Result<serde_json::Value> {
    db.write(|w| {
        crate::ops::duplicate::refuse_merged(w.conn, reference)?;
        let person = crate::ops::person::require_open(w.conn, reference)?;
        let by = store::person_references(w.conn, person.id)?;
        if !by.is_empty() {
            return Err(referenced(
                &format!("person {}", person.id),
                &by,
                "only a person nothing refers to can be deleted; end or delete those first",
            ));
        }
        let last = json!({
            "person": person,
            "contact_points": person_store::all_points(w.conn, person.id)?,
            "characteristics": crate::store::characteristic::list(
                w.conn,
                crate::domain::characteristic::Entity::Person,
                person.id,
            )?,
        });
        store::delete_person(w.conn, person.id)?;
        audit(
            w,
            ctx,
            "delete",
            "person",
            person.id,
            json!({ "deleted": last }),
        )?;
        Ok(json!({"deleted": true, "entity": "person", "id": person.id, "last_state": last}))
    })
}

/// `account delete`: the account with its sites, characteristics and profile assignments,
/// when no receipt-method assignment, instrument, account contact or relationship names it.
/// Its customer party stays. A garbled customer's account is refused (4), as every change.
pub fn account(db: &mut Db, ctx: &Context, number: &str) -> Result<serde_json::Value> {
    db.write(|w| {
        let account = crate::ops::account::require_open(w.conn, number)?;
        let by = store::account_references(w.conn, account.id)?;
        if !by.is_empty() {
            return Err(referenced(
                &format!("account {}", account.number),
                &by,
                "only an account nothing refers to can be deleted; deactivate it instead (custctl account update NUMBER --status inactive)",
            ));
        }
        let last = json!({
            "account": account,
            "sites": account_store::sites(w.conn, account.id)?,
            "characteristics": crate::store::characteristic::list(
                w.conn,
                crate::domain::characteristic::Entity::Account,
                account.id,
            )?,
        });
        store::delete_account(w.conn, account.id)?;
        audit(w, ctx, "delete", "account", account.id, json!({ "deleted": last }))?;
        Ok(json!({"deleted": true, "entity": "account", "id": account.id, "number": account.number, "last_state": last}))
    })
}

/// `contact delete`: a contact recorded by mistake, within 24 hours of being recorded, with
/// no log entry (the log is append-only) and no printed letter (a pending one goes with it).
pub fn contact(db: &mut Db, ctx: &Context, id: i64) -> Result<serde_json::Value> {
    db.write(|w| {
        let detail = crate::ops::contact::detail(w.conn, id)?;
        let recorded = parse_timestamp("created_at", &detail.contact.created_at)?;
        if ctx.now - recorded > Duration::hours(CONTACT_GRACE_HOURS) {
            return Err(Error::conflict(format!(
                "contact {id} was recorded at {} and can only be deleted within {CONTACT_GRACE_HOURS} hours",
                detail.contact.created_at
            ))
            .with_hint(format!(
                "close it instead: custctl contact close {id} --resolution TEXT"
            )));
        }
        let mut by: Vec<String> = detail
            .log
            .iter()
            .map(|l| format!("log entry {}", l.id))
            .collect();
        if detail.contact.letter_printed_at.is_some() {
            by.push("a printed letter".to_string());
        }
        if !by.is_empty() {
            return Err(referenced(
                &format!("contact {id}"),
                &by,
                "the contact log and printed letters are kept; close the contact instead",
            ));
        }
        let last = serde_json::to_value(&detail)?;
        store::delete_contact(w.conn, id)?;
        audit(w, ctx, "delete", "contact", id, json!({ "deleted": last }))?;
        Ok(json!({"deleted": true, "entity": "contact", "id": id, "last_state": last}))
    })
}

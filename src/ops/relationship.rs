//! Use cases of account relationships: link, list, unlink (product.md §3.6).

use chrono::NaiveDate;
use serde_json::json;

use crate::domain::period::{Period, check_dating};
use crate::domain::relationship::{AccountRelationship, RelationshipView, ensure_no_overlap};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::account::require as require_account;
use crate::ops::{Context, audit, dated};
use crate::store::{Db, relationship as store};

pub struct LinkInput<'a> {
    pub bill_to: bool,
    pub ship_to: bool,
    pub reciprocal: bool,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub comment: Option<&'a str>,
    /// `--backdate`: a start before today is a correction of the past.
    pub backdate: bool,
}

pub fn link(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    related: &str,
    input: &LinkInput<'_>,
) -> Result<AccountRelationship> {
    let period = Period::new(input.start.unwrap_or(ctx.today), input.end)?;
    let comment = text::optional(input.comment, |v| text::comment("comment", v))?;
    db.write(|w| {
        let a = require_account(w.conn, number)?;
        let b = require_account(w.conn, related)?;
        if a.id == b.id {
            return Err(Error::conflict(format!(
                "account {} cannot be linked to itself",
                a.number
            ))
            .with_hint("a relationship links two different accounts"));
        }
        a.ensure_active("relationships")?;
        b.ensure_active("relationships")?;
        let dating = check_dating(
            "a relationship starting",
            period.start,
            ctx.today,
            input.backdate,
        )?;
        ensure_no_overlap(&store::between(w.conn, a.id, b.id)?, &period)?;
        let id = store::insert(
            w.conn,
            &store::NewRelationshipRow {
                account_id: a.id,
                related_account_id: b.id,
                bill_to: input.bill_to,
                ship_to: input.ship_to,
                reciprocal: input.reciprocal,
                period,
                comment: comment.as_deref(),
            },
            &ctx.timestamp(),
        )?;
        let rel =
            store::get(w.conn, id)?.ok_or_else(|| Error::internal("relationship vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "account_relationship",
            id,
            dated(
                serde_json::to_value(&rel)?,
                dating,
                period.start,
                serde_json::Value::Null,
                json!({"active": true}),
            ),
        )?;
        Ok(rel)
    })
}

/// Every relationship of the account, in both directions, as seen from it on `on`.
pub fn list(db: &mut Db, number: &str, on: NaiveDate) -> Result<Vec<RelationshipView>> {
    db.read(|conn| {
        let account = require_account(conn, number)?;
        Ok(store::of_account(conn, account.id)?
            .iter()
            .map(|r| r.view(account.id, on))
            .collect())
    })
}

/// Ends relationship `id` with `on` as its last active day (a day before today needs
/// `backdate`).
pub fn unlink(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    on: Option<NaiveDate>,
    backdate: bool,
) -> Result<AccountRelationship> {
    let last_day = on.unwrap_or(ctx.today);
    db.write(|w| {
        let rel = store::get(w.conn, id)?
            .ok_or_else(|| Error::not_found(format!("relationship {id} does not exist")))?;
        let ended = rel.period().ended_on(last_day).map_err(|e| {
            let mut err = Error::conflict(format!("relationship {id}: {}", e.message));
            err.hint = e.hint;
            err
        })?;
        let end = ended.end.expect("an ended period has an end");
        let dating = check_dating("ending a relationship", end, ctx.today, backdate)?;
        let day = end.succ_opt().unwrap_or(end);
        store::set_end(w.conn, id, end)?;
        audit(
            w,
            ctx,
            "end",
            "account_relationship",
            id,
            dated(
                json!({"end": {"from": rel.end, "to": end}}),
                dating,
                day,
                json!({"active": rel.period().contains(day)}),
                json!({"active": ended.contains(day)}),
            ),
        )?;
        store::get(w.conn, id)?.ok_or_else(|| Error::internal("relationship vanished"))
    })
}

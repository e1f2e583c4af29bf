//! Use cases of receipt methods (product.md §3.4): the catalog entry, assignments to an
//! account or one of its bill-to sites, their dated primaries, and the default on a date.
//!
//! Entry points for other commands (e.g. `account defaults`):
//! - [`default_on`]`(conn, account_id, site_id, on)`: the default receipt method on a date (the
//!   site's own primary before the account's) with the reason, or none with the reason.
//! - [`missing_instrument`]`(conn, &assignment, on)`: the warning to give when an automatic
//!   method has no instrument of its payment type in force on the date.
//!
//! `ops::instrument::defaults` gathers both with the default instruments.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::domain::account::Account;
use crate::domain::payment::{
    Assignment, Choice, MethodKind, PaymentType, ReceiptMethod, first_overlap,
};
use crate::domain::period::{Period, check_dating};
use crate::domain::primary::{self, Change};
use crate::domain::text;
use crate::domain::time::parse_date;
use crate::error::{Error, Result};
use crate::ops::account::{require, require_site};
use crate::ops::{Context, audit, dated};
use crate::store::Tx;
use crate::store::{Db, Writer, instrument as instrument_store, receipt_method as store};

pub struct NewMethodInput<'a> {
    pub code: &'a str,
    pub description: &'a str,
    pub kind: &'a str,
    pub payment_type: Option<&'a str>,
    pub confirm: bool,
    pub remit: bool,
    pub reconcile: bool,
}

/// `catalog receipt-method add`: automatic methods name the payment type they draw on;
/// manual ones have none.
pub fn add_method(db: &mut Db, ctx: &Context, input: &NewMethodInput<'_>) -> Result<ReceiptMethod> {
    let code = crate::domain::catalog::catalog_code("code", input.code)?;
    let description = text::name("description", input.description)?;
    let kind = MethodKind::parse("kind", input.kind)?;
    let payment_type = input
        .payment_type
        .map(|p| PaymentType::parse("payment type", p))
        .transpose()?;
    match (kind, payment_type) {
        (MethodKind::Automatic, None) => {
            return Err(Error::invalid(format!(
                "automatic receipt method {code} needs the payment type it draws on"
            ))
            .with_hint("add --payment-type bank-account or --payment-type card"));
        }
        (MethodKind::Manual, Some(_)) => {
            return Err(Error::invalid(format!(
                "manual receipt method {code} draws on no instrument: --payment-type is for automatic methods"
            ))
            .with_hint("drop --payment-type, or use --kind automatic"));
        }
        _ => {}
    }
    db.write(|w| {
        if store::method_by_code(w.conn, &code)?.is_some() {
            return Err(
                Error::conflict(format!("receipt method {code} already exists"))
                    .with_hint("list them with: custctl catalog list receipt-method"),
            );
        }
        let id = store::insert_method(
            w.conn,
            &store::NewMethodRow {
                code: &code,
                description: &description,
                kind,
                payment_type,
                confirm: input.confirm,
                remit: input.remit,
                reconcile: input.reconcile,
            },
            &ctx.timestamp(),
        )?;
        let method =
            store::method(w.conn, id)?.ok_or_else(|| Error::internal("receipt method vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "receipt_method",
            id,
            serde_json::to_value(&method)?,
        )?;
        Ok(method)
    })
}

/// The receipt method with this code, or not found (3).
pub fn require_method(conn: &Tx<'_>, code: &str) -> Result<ReceiptMethod> {
    store::method_by_code(conn, code.trim())?.ok_or_else(|| {
        Error::not_found(format!("receipt method {} does not exist", code.trim()))
            .with_hint("add it with: custctl catalog receipt-method add CODE --description TEXT --kind automatic|manual")
    })
}

/// The site `site_id` checked for a payment record of `account`: it exists (3), belongs to
/// the account and is a bill-to site (4).
pub fn require_bill_to_site(conn: &Tx<'_>, account: &Account, site_id: i64) -> Result<i64> {
    let site = require_site(conn, site_id)?;
    site.ensure_belongs_to(account)?;
    site.ensure_bill_to()?;
    site.ensure_open()?;
    Ok(site.id)
}

pub struct AssignInput<'a> {
    pub number: &'a str,
    pub method: &'a str,
    pub start: Option<&'a str>,
    pub end: Option<&'a str>,
    pub primary: bool,
    pub site: Option<i64>,
    /// `--backdate`: a start before today is a correction of the past.
    pub backdate: bool,
}

fn period_of(start: Option<&str>, end: Option<&str>, today: NaiveDate) -> Result<Period> {
    let start = start
        .map(|s| parse_date("start", s))
        .transpose()?
        .unwrap_or(today);
    let end = end.map(|e| parse_date("end", e)).transpose()?;
    Period::new(start, end)
}

/// `account receipt-method assign`.
pub fn assign(db: &mut Db, ctx: &Context, input: &AssignInput<'_>) -> Result<Assignment> {
    let period = period_of(input.start, input.end, ctx.today)?;
    db.write(|w| {
        let account = crate::ops::account::require_open(w.conn, input.number)?;
        let method = require_method(w.conn, input.method)?;
        let site_id = input
            .site
            .map(|s| require_bill_to_site(w.conn, &account, s))
            .transpose()?;
        account.ensure_active("receipt-method assignments")?;
        let dating = check_dating(
            "an assignment starting",
            period.start,
            ctx.today,
            input.backdate,
        )?;
        if !method.active {
            return Err(Error::conflict(format!(
                "receipt method {} is deactivated and takes no new assignments",
                method.code
            ))
            .with_hint("see the receipt methods with: custctl catalog list receipt-method"));
        }
        let whom = match site_id {
            Some(s) => format!("site {s} of account {}", account.number),
            None => format!("account {}", account.number),
        };
        let same = store::same_method(w.conn, account.id, site_id, method.id, ctx.today)?;
        if let Some((other, other_period)) =
            first_overlap(same.iter().map(|a| (a.id, a.period())), &period)
        {
            return Err(Error::conflict(format!(
                "receipt method {} is already assigned to {whom} by assignment {other} ({}), which overlaps {}",
                method.code,
                other_period.describe(),
                period.describe()
            ))
            .with_hint(format!(
                "assignments of one method may not overlap: end assignment {other} first (custctl account receipt-method end {other} --on DATE) or start after it"
            )));
        }
        if input.primary {
            let existing = store::scope_primaries(w.conn, account.id, site_id)?;
            if let Some(c) = primary::clash(&existing, 0, &period) {
                return Err(Error::conflict(format!(
                    "assignment {} is the primary receipt method of {whom} over {}, which overlaps {}",
                    c.owner,
                    c.period.describe(),
                    period.describe()
                ))
                .with_hint(
                    "assign without --primary, then move the role with: custctl account receipt-method set-primary ID --from DATE",
                ));
            }
        }
        let id = store::insert_assignment(
            w.conn,
            &store::NewAssignmentRow {
                account_id: account.id,
                site_id,
                method_id: method.id,
                period,
            },
            &ctx.timestamp(),
        )?;
        if input.primary {
            store::apply_primaries(w.conn, &[Change::Insert { owner: id, period }])?;
        }
        let assignment = load(w.conn, id, ctx.today)?;
        let answer = answer(&load(w.conn, id, period.start)?);
        audit(
            w,
            ctx,
            "assign",
            "receipt_method_assignment",
            id,
            dated(
                serde_json::to_value(&assignment)?,
                dating,
                period.start,
                serde_json::Value::Null,
                answer,
            ),
        )?;
        Ok(assignment)
    })
}

fn load(conn: &Tx<'_>, id: i64, on: NaiveDate) -> Result<Assignment> {
    store::assignment(conn, id, on)?.ok_or_else(|| Error::internal("assignment vanished"))
}

/// What `list --on D` says of an assignment, for the answers of a correction.
fn answer(a: &Assignment) -> serde_json::Value {
    json!({"active": a.active, "primary": a.primary})
}

/// The primary of a scope on `day`, for the answers of a correction.
fn primary_answer(existing: &[primary::PrimaryPeriod], day: NaiveDate) -> serde_json::Value {
    json!({ "primary": primary::primary_on(existing, day) })
}

/// The assignment `id` of `account`, or not found (3).
fn require_assignment(
    conn: &Tx<'_>,
    account: &Account,
    id: i64,
    on: NaiveDate,
) -> Result<Assignment> {
    store::assignment(conn, id, on)?
        .filter(|a| a.account_id == account.id)
        .ok_or_else(|| {
            Error::not_found(format!(
                "account {} has no receipt-method assignment {id}",
                account.number
            ))
            .with_hint(format!(
                "list them with: custctl account receipt-method list {} --all",
                account.number
            ))
        })
}

/// The number of the account that assignment `id` belongs to, or not found (3): the
/// commands on one assignment name it by its id alone, as `instrument` commands do.
pub fn account_of(db: &mut Db, id: i64, today: NaiveDate) -> Result<String> {
    db.read(|conn| {
        store::assignment(conn, id, today)?
            .map(|a| a.account)
            .ok_or_else(|| {
                Error::not_found(format!("receipt-method assignment {id} does not exist"))
                    .with_hint("list them with: custctl account receipt-method list NUMBER --all")
            })
    })
}

/// `account receipt-method list`: the assignments in force on `on` (every one with `all`),
/// with `active` and `primary` as on `on`.
pub fn list(db: &mut Db, number: &str, on: NaiveDate, all: bool) -> Result<Vec<Assignment>> {
    db.read(|conn| {
        let account = require(conn, number)?;
        let mut items = store::assignments(conn, account.id, on)?;
        if !all {
            items.retain(|a| a.active);
        }
        Ok(items)
    })
}

/// `account receipt-method end`: `on` becomes the last active day; its primary periods end
/// with it. A day before today needs `backdate`. Returns the assignment as stored, as on
/// today.
pub fn end(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    id: i64,
    on: NaiveDate,
    backdate: bool,
) -> Result<Assignment> {
    db.write(|w| {
        let account = crate::ops::account::require_open(w.conn, number)?;
        let before = require_assignment(w.conn, &account, id, on)?;
        let ended = before.period().ended_on(on)?;
        let dating = check_dating("ending an assignment", on, ctx.today, backdate)?;
        // The first day whose answer changes.
        let day = on.succ_opt().unwrap_or(on);
        let old = answer(&load(w.conn, id, day)?);
        let own = store::assignment_primaries(w.conn, id)?;
        store::apply_primaries(w.conn, &primary::plan_end(&own, on))?;
        store::set_assignment_end(w.conn, id, on)?;
        let after = load(w.conn, id, ctx.today)?;
        audit(
            w,
            ctx,
            "end",
            "receipt_method_assignment",
            id,
            dated(
                json!({"end": {"from": before.end, "to": ended.end}}),
                dating,
                day,
                old,
                answer(&load(w.conn, id, day)?),
            ),
        )?;
        Ok(after)
    })
}

/// A record that lost (part of) its primary role to another.
#[derive(Debug, Clone, Serialize)]
pub struct Demotion {
    pub id: i64,
    /// The last day it stays primary before the new one takes over (none: it never was
    /// primary before that day, its later role went).
    pub until: Option<NaiveDate>,
}

/// What `set-primary` did: the record as on `from`, and the demotions.
#[derive(Debug, Clone, Serialize)]
pub struct PrimaryMoved<T> {
    #[serde(flatten)]
    pub record: T,
    pub demoted: Vec<Demotion>,
}

/// The demotions a plan makes of records other than `owner`, audited.
pub(crate) fn audit_demotions(
    w: &Writer<'_>,
    ctx: &Context,
    entity: &str,
    owner: i64,
    changes: &[Change],
    from: NaiveDate,
) -> Result<Vec<Demotion>> {
    let mut out: Vec<Demotion> = Vec::new();
    for c in changes {
        let (who, until) = match *c {
            Change::Update {
                owner: o, period, ..
            } if period.start < from => (o, period.end),
            Change::Update { owner: o, .. } | Change::Delete { owner: o, .. } => (o, None),
            Change::Insert { .. } => continue,
        };
        if who == owner || out.iter().any(|d| d.id == who) {
            continue;
        }
        audit(
            w,
            ctx,
            "demote",
            entity,
            who,
            json!({"primary": {"until": until, "replaced_by": owner, "from": from}}),
        )?;
        out.push(Demotion { id: who, until });
    }
    Ok(out)
}

/// `account receipt-method set-primary`: the assignment holds the primary role of its
/// account (or site) from `from` to its end; the previous primary keeps it until the day
/// before. Nothing before `from` changes.
pub fn set_primary(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    id: i64,
    from: NaiveDate,
    backdate: bool,
) -> Result<PrimaryMoved<Assignment>> {
    db.write(|w| {
        let account = crate::ops::account::require_open(w.conn, number)?;
        let target = require_assignment(w.conn, &account, id, from)?;
        let dating = check_dating("moving the primary", from, ctx.today, backdate)?;
        let existing = store::scope_primaries(w.conn, account.id, target.site_id)?;
        let changes =
            primary::plan_set_primary(&existing, id, &target.period(), from).map_err(|e| {
                Error::conflict(format!("assignment {id} {}", e.message)).with_hint(format!(
                    "assignment {id} is in force {}; give --from a date within it",
                    target.period().describe()
                ))
            })?;
        if changes.is_empty() {
            // Already the primary from that day on: nothing changes, nothing is audited.
            return Ok(PrimaryMoved {
                record: load(w.conn, id, from)?,
                demoted: Vec::new(),
            });
        }
        store::apply_primaries(w.conn, &changes)?;
        let demoted = audit_demotions(w, ctx, "receipt_method_assignment", id, &changes, from)?;
        let now = store::scope_primaries(w.conn, account.id, target.site_id)?;
        audit(
            w,
            ctx,
            "set-primary",
            "receipt_method_assignment",
            id,
            dated(
                json!({"primary": {"from": from, "to": target.end}}),
                dating,
                from,
                primary_answer(&existing, from),
                primary_answer(&now, from),
            ),
        )?;
        Ok(PrimaryMoved {
            record: load(w.conn, id, from)?,
            demoted,
        })
    })
}

/// The default receipt method of an account (or of one of its sites) on `on`: the primary
/// assignment in force on that day, the site's own before the account's. None (with the
/// reason) when there is no primary.
pub fn default_on(
    conn: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    on: NaiveDate,
) -> Result<Choice<Assignment>> {
    let find = |site: Option<i64>| -> Result<Option<Assignment>> {
        let primaries = store::scope_primaries(conn, account_id, site)?;
        match primary::primary_on(&primaries, on) {
            Some(owner) => Ok(store::assignment(conn, owner, on)?),
            None => Ok(None),
        }
    };
    if let Some(site) = site_id
        && let Some(a) = find(Some(site))?
    {
        return Ok(Choice {
            reason: format!("the primary receipt method of site {site} on {on}"),
            choice: Some(a),
        });
    }
    if let Some(a) = find(None)? {
        let reason = match site_id {
            Some(site) => {
                format!("site {site} has no primary receipt method on {on}; the account's primary")
            }
            None => format!("the primary receipt method of the account on {on}"),
        };
        return Ok(Choice {
            reason,
            choice: Some(a),
        });
    }
    Ok(Choice {
        choice: None,
        reason: match site_id {
            Some(site) => format!(
                "no primary receipt method on {on}, neither of site {site} nor of the account"
            ),
            None => format!("no primary receipt method on {on}"),
        },
    })
}

/// The warning for an automatic method without an instrument of its payment type in force
/// on `on` (at the assignment's site, or the account's own), or None.
pub fn missing_instrument(
    conn: &Tx<'_>,
    assignment: &Assignment,
    on: NaiveDate,
) -> Result<Option<String>> {
    let Some(kind) = assignment.payment_type else {
        return Ok(None);
    };
    let has = instrument_store::list(conn, assignment.account_id, None, on)?
        .iter()
        .any(|i| {
            i.kind == kind && i.active && (i.site_id.is_none() || i.site_id == assignment.site_id)
        });
    if has {
        return Ok(None);
    }
    let what = match kind {
        PaymentType::Card => "card",
        PaymentType::BankAccount => "bank account",
    };
    Ok(Some(format!(
        "automatic receipt method {} draws on a {what}, but account {} has no {what} in force on {on}",
        assignment.method, assignment.account
    )))
}

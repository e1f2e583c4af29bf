//! Receipt methods, their assignments and the assignments' primary periods; also the
//! primary-period helpers shared with instruments.

use chrono::NaiveDate;

use crate::args;
use crate::domain::payment::{Assignment, MethodKind, PaymentType, ReceiptMethod};
use crate::domain::period::Period;
use crate::domain::primary::{Change, PrimaryPeriod};
use crate::error::Result;
use crate::store::Tx;
use crate::store::sql::{Row, Value};

// ------------------------------------------------------------------ primary periods

/// A table of primary periods: its name and the column naming the owner.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PrimaryTable {
    pub table: &'static str,
    pub owner: &'static str,
}

pub(crate) const ASSIGNMENT_PRIMARY: PrimaryTable = PrimaryTable {
    table: "receipt_method_primary",
    owner: "assignment_id",
};

fn primary_from_row(row: &Row<'_>) -> Result<PrimaryPeriod> {
    Ok(PrimaryPeriod {
        id: row.get(0)?,
        owner: row.get(1)?,
        period: Period {
            start: row.get(2)?,
            end: row.get(3)?,
        },
    })
}

/// The primary periods of the owners `owner_sql` selects (a query returning owner ids, with
/// the parameters `args`), by start.
pub(crate) fn primaries_where(
    tx: &Tx<'_>,
    t: PrimaryTable,
    owner_sql: &str,
    args: &[Value<'_>],
) -> Result<Vec<PrimaryPeriod>> {
    tx.query_vec(
        &format!(
            "SELECT id, {owner}, start_date, end_date FROM {table}
             WHERE {owner} IN ({owner_sql}) ORDER BY start_date, id",
            owner = t.owner,
            table = t.table
        ),
        args,
        primary_from_row,
    )
}

pub(crate) fn own_primaries(
    tx: &Tx<'_>,
    t: PrimaryTable,
    owner: i64,
) -> Result<Vec<PrimaryPeriod>> {
    primaries_where(tx, t, "?1", args![owner])
}

/// Applies planned changes to a table of primary periods.
pub(crate) fn apply_primary_changes(
    tx: &Tx<'_>,
    t: PrimaryTable,
    changes: &[Change],
) -> Result<()> {
    for c in changes {
        match *c {
            Change::Update { id, period, .. } => {
                tx.execute(
                    &format!(
                        "UPDATE {} SET start_date = ?2, end_date = ?3 WHERE id = ?1",
                        t.table
                    ),
                    args![id, period.start, period.end],
                )?;
            }
            Change::Delete { id, .. } => {
                tx.execute(&format!("DELETE FROM {} WHERE id = ?1", t.table), args![id])?;
            }
            Change::Insert { owner, period } => {
                tx.execute(
                    &format!(
                        "INSERT INTO {} ({}, start_date, end_date) VALUES (?1, ?2, ?3)",
                        t.table, t.owner
                    ),
                    args![owner, period.start, period.end],
                )?;
            }
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ receipt methods

pub struct NewMethodRow<'a> {
    pub code: &'a str,
    pub description: &'a str,
    pub kind: MethodKind,
    pub payment_type: Option<PaymentType>,
    pub confirm: bool,
    pub remit: bool,
    pub reconcile: bool,
}

pub fn insert_method(tx: &Tx<'_>, m: &NewMethodRow<'_>, now: &str) -> Result<i64> {
    tx.query_one(
        "INSERT INTO receipt_method (code, description, kind, payment_type, confirm, remit,
         reconcile, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        args![
            m.code,
            m.description,
            m.kind.as_str(),
            m.payment_type.map(|p| p.as_str()),
            m.confirm,
            m.remit,
            m.reconcile,
            now
        ],
        |r| r.get(0),
    )
}

fn kind_of(kind: &str) -> MethodKind {
    if kind == "automatic" {
        MethodKind::Automatic
    } else {
        MethodKind::Manual
    }
}

fn payment_type_of(p: &str) -> PaymentType {
    if p == "card" {
        PaymentType::Card
    } else {
        PaymentType::BankAccount
    }
}

fn method_from_row(row: &Row<'_>) -> Result<ReceiptMethod> {
    let kind: String = row.get(3)?;
    let payment_type: Option<String> = row.get(4)?;
    Ok(ReceiptMethod {
        id: row.get(0)?,
        code: row.get(1)?,
        description: row.get(2)?,
        kind: kind_of(&kind),
        payment_type: payment_type.as_deref().map(payment_type_of),
        confirm: row.get(5)?,
        remit: row.get(6)?,
        reconcile: row.get(7)?,
        created_at: row.get(8)?,
        active: row.get(9)?,
    })
}

const SELECT_METHOD: &str = "SELECT id, code, description, kind, payment_type, confirm, remit,
    reconcile, created_at, active FROM receipt_method";

pub fn method_by_code(tx: &Tx<'_>, code: &str) -> Result<Option<ReceiptMethod>> {
    tx.query_opt(
        &format!("{SELECT_METHOD} WHERE code IN (?1, upper(?1)) ORDER BY code = ?1 DESC LIMIT 1"),
        args![code],
        method_from_row,
    )
}

pub fn method(tx: &Tx<'_>, id: i64) -> Result<Option<ReceiptMethod>> {
    tx.query_opt(
        &format!("{SELECT_METHOD} WHERE id = ?1"),
        args![id],
        method_from_row,
    )
}

pub fn methods(tx: &Tx<'_>) -> Result<Vec<ReceiptMethod>> {
    tx.query_vec(
        &format!("{SELECT_METHOD} ORDER BY code"),
        args![],
        method_from_row,
    )
}

// ------------------------------------------------------------------ assignments

pub struct NewAssignmentRow {
    pub account_id: i64,
    pub site_id: Option<i64>,
    pub method_id: i64,
    pub period: Period,
}

pub fn insert_assignment(tx: &Tx<'_>, a: &NewAssignmentRow, now: &str) -> Result<i64> {
    tx.query_one(
        "INSERT INTO receipt_method_assignment (account_id, site_id, receipt_method_id,
         start_date, end_date, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        args![
            a.account_id,
            a.site_id,
            a.method_id,
            a.period.start,
            a.period.end,
            now
        ],
        |r| r.get(0),
    )
}

const SELECT_ASSIGNMENT: &str = "SELECT x.id, x.account_id, a.number, x.site_id, m.code, m.kind,
    m.payment_type, x.start_date, x.end_date, x.created_at
    FROM receipt_method_assignment x
    JOIN account a ON a.id = x.account_id
    JOIN receipt_method m ON m.id = x.receipt_method_id";

fn assignment_from_row(tx: &Tx<'_>, row: &Row<'_>, on: NaiveDate) -> Result<Assignment> {
    let id: i64 = row.get(0)?;
    let kind: String = row.get(5)?;
    let payment_type: Option<String> = row.get(6)?;
    let period = Period {
        start: row.get(7)?,
        end: row.get(8)?,
    };
    let primaries = own_primaries(tx, ASSIGNMENT_PRIMARY, id)?;
    Ok(Assignment {
        id,
        account_id: row.get(1)?,
        account: row.get(2)?,
        site_id: row.get(3)?,
        method: row.get(4)?,
        kind: kind_of(&kind),
        payment_type: payment_type.as_deref().map(payment_type_of),
        start: period.start,
        end: period.end,
        active: period.contains(on),
        primary: primaries.iter().any(|p| p.period.contains(on)),
        primary_periods: primaries.iter().map(|p| p.period).collect(),
        created_at: row.get(9)?,
    })
}

fn query_assignments(
    tx: &Tx<'_>,
    filter: &str,
    args: &[Value<'_>],
    on: NaiveDate,
) -> Result<Vec<Assignment>> {
    // PostgreSQL sorts NULLs last, SQLite first: `site_id IS NOT NULL` first says which.
    tx.query_vec(
        &format!(
            "{SELECT_ASSIGNMENT} WHERE {filter}
             ORDER BY x.site_id IS NOT NULL, x.site_id, x.start_date, x.id"
        ),
        args,
        |row| assignment_from_row(tx, row, on),
    )
}

/// One assignment, with `active` and `primary` as on `on`.
pub fn assignment(tx: &Tx<'_>, id: i64, on: NaiveDate) -> Result<Option<Assignment>> {
    Ok(query_assignments(tx, "x.id = ?1", args![id], on)?
        .into_iter()
        .next())
}

/// Every assignment of an account (its sites' included), with flags as on `on`.
pub fn assignments(tx: &Tx<'_>, account_id: i64, on: NaiveDate) -> Result<Vec<Assignment>> {
    query_assignments(tx, "x.account_id = ?1", args![account_id], on)
}

/// The assignments of one method to one account (site_id None) or one site.
pub fn same_method(
    tx: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    method_id: i64,
    on: NaiveDate,
) -> Result<Vec<Assignment>> {
    query_assignments(
        tx,
        "x.account_id = ?1 AND x.site_id IS NOT DISTINCT FROM ?2 AND x.receipt_method_id = ?3",
        args![account_id, site_id, method_id],
        on,
    )
}

/// The primary periods of every assignment of one scope (an account itself, or one site).
pub fn scope_primaries(
    tx: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
) -> Result<Vec<PrimaryPeriod>> {
    primaries_where(
        tx,
        ASSIGNMENT_PRIMARY,
        "SELECT id FROM receipt_method_assignment
         WHERE account_id = ?1 AND site_id IS NOT DISTINCT FROM ?2",
        args![account_id, site_id],
    )
}

pub fn apply_primaries(tx: &Tx<'_>, changes: &[Change]) -> Result<()> {
    apply_primary_changes(tx, ASSIGNMENT_PRIMARY, changes)
}

pub fn assignment_primaries(tx: &Tx<'_>, id: i64) -> Result<Vec<PrimaryPeriod>> {
    own_primaries(tx, ASSIGNMENT_PRIMARY, id)
}

pub fn set_assignment_end(tx: &Tx<'_>, id: i64, end: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE receipt_method_assignment SET end_date = ?2 WHERE id = ?1",
        args![id, end],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ doctor

/// Pairs of assignments of one method to one account or site whose periods overlap.
pub fn overlapping_assignments(tx: &Tx<'_>) -> Result<Vec<(i64, i64)>> {
    tx.query_vec(
        "SELECT a.id, b.id FROM receipt_method_assignment a
         JOIN receipt_method_assignment b
           ON b.account_id = a.account_id AND b.site_id IS NOT DISTINCT FROM a.site_id
          AND b.receipt_method_id = a.receipt_method_id AND b.id > a.id
         WHERE a.start_date <= COALESCE(b.end_date, '9999-12-31')
           AND b.start_date <= COALESCE(a.end_date, '9999-12-31')
         ORDER BY a.id, b.id",
        args![],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Pairs of primary periods of one scope (account or site) that overlap, and primary periods
/// outside their assignment's period, as messages.
pub fn primary_problems(tx: &Tx<'_>) -> Result<Vec<String>> {
    let mut out = Vec::new();
    // The later of the two starts: SQLite's two-argument MAX is PostgreSQL's GREATEST; a
    // CASE says it on both.
    let rows = tx.query_vec(
        "SELECT p.assignment_id, q.assignment_id, a.account_id, a.site_id,
                CASE WHEN p.start_date >= q.start_date THEN p.start_date ELSE q.start_date END
         FROM receipt_method_primary p
         JOIN receipt_method_assignment a ON a.id = p.assignment_id
         JOIN receipt_method_primary q ON q.id > p.id
         JOIN receipt_method_assignment b ON b.id = q.assignment_id
          AND b.account_id = a.account_id AND b.site_id IS NOT DISTINCT FROM a.site_id
         WHERE p.start_date <= COALESCE(q.end_date, '9999-12-31')
           AND q.start_date <= COALESCE(p.end_date, '9999-12-31')
         ORDER BY p.id, q.id",
        args![],
        |r| {
            Ok((
                r.get::<i64>(0)?,
                r.get::<i64>(1)?,
                r.get::<i64>(2)?,
                r.get::<Option<i64>>(3)?,
                r.get::<String>(4)?,
            ))
        },
    )?;
    for (a, b, account, site, day) in rows {
        let scope = match site {
            Some(s) => format!("site {s}"),
            None => format!("account id {account}"),
        };
        out.push(format!(
            "receipt-method assignments {a} and {b} of {scope} are both primary on {day}"
        ));
    }
    let outside = tx.query_vec(
        "SELECT p.assignment_id FROM receipt_method_primary p
         JOIN receipt_method_assignment a ON a.id = p.assignment_id
         WHERE p.start_date < a.start_date
            OR COALESCE(p.end_date, '9999-12-31') > COALESCE(a.end_date, '9999-12-31')
         ORDER BY p.id",
        args![],
        |r| r.get::<i64>(0),
    )?;
    for id in outside {
        out.push(format!(
            "receipt-method assignment {id} is primary outside its own period"
        ));
    }
    Ok(out)
}

/// Assignments in force on `today` on an inactive account.
pub fn active_on_inactive(tx: &Tx<'_>, today: NaiveDate) -> Result<Vec<(i64, String)>> {
    tx.query_vec(
        "SELECT x.id, a.number FROM receipt_method_assignment x
         JOIN account a ON a.id = x.account_id
         WHERE a.status = 'inactive' AND x.start_date <= ?1
           AND COALESCE(x.end_date, '9999-12-31') >= ?1 ORDER BY x.id",
        args![today],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

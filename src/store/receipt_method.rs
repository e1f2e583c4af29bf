//! Receipt methods, their assignments and the assignments' primary periods; also the
//! primary-period helpers shared with instruments.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::payment::{Assignment, MethodKind, PaymentType, ReceiptMethod};
use crate::domain::period::Period;
use crate::domain::primary::{Change, PrimaryPeriod};
use crate::error::Result;
use crate::store::Tx;
use crate::store::{date, flag, opt_date};

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

fn primary_from_row(row: &Row<'_>) -> rusqlite::Result<PrimaryPeriod> {
    let start: String = row.get(2)?;
    Ok(PrimaryPeriod {
        id: row.get(0)?,
        owner: row.get(1)?,
        period: Period {
            start: date(&start)?,
            end: opt_date(row.get(3)?)?,
        },
    })
}

/// The primary periods of the owners `owner_sql` selects (a query returning owner ids, with
/// the parameters `args`), by start.
pub(crate) fn primaries_where(
    tx: &Tx<'_>,
    t: PrimaryTable,
    owner_sql: &str,
    args: impl rusqlite::Params,
) -> Result<Vec<PrimaryPeriod>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, {owner}, start_date, end_date FROM {table}
         WHERE {owner} IN ({owner_sql}) ORDER BY start_date, id",
        owner = t.owner,
        table = t.table
    ))?;
    let rows = stmt.query_map(args, primary_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn own_primaries(
    tx: &Tx<'_>,
    t: PrimaryTable,
    owner: i64,
) -> Result<Vec<PrimaryPeriod>> {
    primaries_where(tx, t, "?1", [owner])
}

/// Applies planned changes to a table of primary periods.
pub(crate) fn apply_primary_changes(
    tx: &Tx<'_>,
    t: PrimaryTable,
    changes: &[Change],
) -> Result<()> {
    let conn = tx.sqlite()?;
    for c in changes {
        match *c {
            Change::Update { id, period, .. } => {
                conn.prepare_cached(&format!(
                    "UPDATE {} SET start_date = ?2, end_date = ?3 WHERE id = ?1",
                    t.table
                ))?
                .execute(params![
                    id,
                    period.start.to_string(),
                    period.end.map(|e| e.to_string())
                ])?;
            }
            Change::Delete { id, .. } => {
                conn.prepare_cached(&format!("DELETE FROM {} WHERE id = ?1", t.table))?
                    .execute([id])?;
            }
            Change::Insert { owner, period } => {
                conn.prepare_cached(&format!(
                    "INSERT INTO {} ({}, start_date, end_date) VALUES (?1, ?2, ?3)",
                    t.table, t.owner
                ))?
                .execute(params![
                    owner,
                    period.start.to_string(),
                    period.end.map(|e| e.to_string())
                ])?;
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
    let conn = tx.sqlite()?;
    conn.prepare_cached(
        "INSERT INTO receipt_method (code, description, kind, payment_type, confirm, remit,
         reconcile, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        m.code,
        m.description,
        m.kind.as_str(),
        m.payment_type.map(|p| p.as_str()),
        m.confirm,
        m.remit,
        m.reconcile,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

fn method_from_row(row: &Row<'_>) -> rusqlite::Result<ReceiptMethod> {
    let kind: String = row.get(3)?;
    let payment_type: Option<String> = row.get(4)?;
    Ok(ReceiptMethod {
        id: row.get(0)?,
        code: row.get(1)?,
        description: row.get(2)?,
        kind: if kind == "automatic" {
            MethodKind::Automatic
        } else {
            MethodKind::Manual
        },
        payment_type: payment_type.map(|p| {
            if p == "card" {
                PaymentType::Card
            } else {
                PaymentType::BankAccount
            }
        }),
        confirm: flag(row.get(5)?),
        remit: flag(row.get(6)?),
        reconcile: flag(row.get(7)?),
        created_at: row.get(8)?,
        active: flag(row.get(9)?),
    })
}

const SELECT_METHOD: &str = "SELECT id, code, description, kind, payment_type, confirm, remit,
    reconcile, created_at, active FROM receipt_method";

pub fn method_by_code(tx: &Tx<'_>, code: &str) -> Result<Option<ReceiptMethod>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT_METHOD} WHERE code IN (?1, upper(?1)) ORDER BY code = ?1 DESC LIMIT 1"
        ))?
        .query_row([code], method_from_row)
        .optional()?)
}

pub fn method(tx: &Tx<'_>, id: i64) -> Result<Option<ReceiptMethod>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(&format!("{SELECT_METHOD} WHERE id = ?1"))?
        .query_row([id], method_from_row)
        .optional()?)
}

pub fn methods(tx: &Tx<'_>) -> Result<Vec<ReceiptMethod>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare_cached(&format!("{SELECT_METHOD} ORDER BY code"))?;
    let rows = stmt.query_map([], method_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

// ------------------------------------------------------------------ assignments

pub struct NewAssignmentRow {
    pub account_id: i64,
    pub site_id: Option<i64>,
    pub method_id: i64,
    pub period: Period,
}

pub fn insert_assignment(tx: &Tx<'_>, a: &NewAssignmentRow, now: &str) -> Result<i64> {
    let conn = tx.sqlite()?;
    conn.prepare_cached(
        "INSERT INTO receipt_method_assignment (account_id, site_id, receipt_method_id,
         start_date, end_date, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        a.account_id,
        a.site_id,
        a.method_id,
        a.period.start.to_string(),
        a.period.end.map(|e| e.to_string()),
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

const SELECT_ASSIGNMENT: &str = "SELECT x.id, x.account_id, a.number, x.site_id, m.code, m.kind,
    m.payment_type, x.start_date, x.end_date, x.created_at
    FROM receipt_method_assignment x
    JOIN account a ON a.id = x.account_id
    JOIN receipt_method m ON m.id = x.receipt_method_id";

fn assignment_from_row(conn: &Connection, row: &Row<'_>, on: NaiveDate) -> Result<Assignment> {
    let id: i64 = row.get(0)?;
    let kind: String = row.get(5)?;
    let payment_type: Option<String> = row.get(6)?;
    let start: String = row.get(7)?;
    let period = Period {
        start: date(&start)?,
        end: opt_date(row.get(8)?)?,
    };
    let primaries = own_primaries(&Tx::from_sqlite(conn), ASSIGNMENT_PRIMARY, id)?;
    Ok(Assignment {
        id,
        account_id: row.get(1)?,
        account: row.get(2)?,
        site_id: row.get(3)?,
        method: row.get(4)?,
        kind: if kind == "automatic" {
            MethodKind::Automatic
        } else {
            MethodKind::Manual
        },
        payment_type: payment_type.map(|p| {
            if p == "card" {
                PaymentType::Card
            } else {
                PaymentType::BankAccount
            }
        }),
        start: period.start,
        end: period.end,
        active: period.contains(on),
        primary: primaries.iter().any(|p| p.period.contains(on)),
        primary_periods: primaries.iter().map(|p| p.period).collect(),
        created_at: row.get(9)?,
    })
}

fn query_assignments(
    conn: &Connection,
    filter: &str,
    args: impl rusqlite::Params,
    on: NaiveDate,
) -> Result<Vec<Assignment>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_ASSIGNMENT} WHERE {filter} ORDER BY x.site_id IS NOT NULL, x.site_id, x.start_date, x.id"
    ))?;
    let mut rows = stmt.query(args)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(assignment_from_row(conn, row, on)?);
    }
    Ok(out)
}

/// One assignment, with `active` and `primary` as on `on`.
pub fn assignment(tx: &Tx<'_>, id: i64, on: NaiveDate) -> Result<Option<Assignment>> {
    let conn = tx.sqlite()?;
    Ok(query_assignments(conn, "x.id = ?1", [id], on)?
        .into_iter()
        .next())
}

/// Every assignment of an account (its sites' included), with flags as on `on`.
pub fn assignments(tx: &Tx<'_>, account_id: i64, on: NaiveDate) -> Result<Vec<Assignment>> {
    let conn = tx.sqlite()?;
    query_assignments(conn, "x.account_id = ?1", [account_id], on)
}

/// The assignments of one method to one account (site_id None) or one site.
pub fn same_method(
    tx: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    method_id: i64,
    on: NaiveDate,
) -> Result<Vec<Assignment>> {
    let conn = tx.sqlite()?;
    query_assignments(
        conn,
        "x.account_id = ?1 AND x.site_id IS ?2 AND x.receipt_method_id = ?3",
        params![account_id, site_id, method_id],
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
        "SELECT id FROM receipt_method_assignment WHERE account_id = ?1 AND site_id IS ?2",
        params![account_id, site_id],
    )
}

pub fn apply_primaries(tx: &Tx<'_>, changes: &[Change]) -> Result<()> {
    apply_primary_changes(tx, ASSIGNMENT_PRIMARY, changes)
}

pub fn assignment_primaries(tx: &Tx<'_>, id: i64) -> Result<Vec<PrimaryPeriod>> {
    own_primaries(tx, ASSIGNMENT_PRIMARY, id)
}

pub fn set_assignment_end(tx: &Tx<'_>, id: i64, end: NaiveDate) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.prepare_cached("UPDATE receipt_method_assignment SET end_date = ?2 WHERE id = ?1")?
        .execute(params![id, end.to_string()])?;
    Ok(())
}

// ------------------------------------------------------------------ doctor

/// Pairs of assignments of one method to one account or site whose periods overlap.
pub fn overlapping_assignments(tx: &Tx<'_>) -> Result<Vec<(i64, i64)>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare(
        "SELECT a.id, b.id FROM receipt_method_assignment a
         JOIN receipt_method_assignment b
           ON b.account_id = a.account_id AND b.site_id IS a.site_id
          AND b.receipt_method_id = a.receipt_method_id AND b.id > a.id
         WHERE a.start_date <= COALESCE(b.end_date, '9999-12-31')
           AND b.start_date <= COALESCE(a.end_date, '9999-12-31')
         ORDER BY a.id, b.id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Pairs of primary periods of one scope (account or site) that overlap, and primary periods
/// outside their assignment's period, as messages.
pub fn primary_problems(tx: &Tx<'_>) -> Result<Vec<String>> {
    let conn = tx.sqlite()?;
    let mut out = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT p.assignment_id, q.assignment_id, a.account_id, a.site_id,
                MAX(p.start_date, q.start_date)
         FROM receipt_method_primary p
         JOIN receipt_method_assignment a ON a.id = p.assignment_id
         JOIN receipt_method_primary q ON q.id > p.id
         JOIN receipt_method_assignment b ON b.id = q.assignment_id
          AND b.account_id = a.account_id AND b.site_id IS a.site_id
         WHERE p.start_date <= COALESCE(q.end_date, '9999-12-31')
           AND q.start_date <= COALESCE(p.end_date, '9999-12-31')",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, Option<i64>>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    for row in rows {
        let (a, b, account, site, day) = row?;
        let scope = match site {
            Some(s) => format!("site {s}"),
            None => format!("account id {account}"),
        };
        out.push(format!(
            "receipt-method assignments {a} and {b} of {scope} are both primary on {day}"
        ));
    }
    let mut stmt = conn.prepare(
        "SELECT p.assignment_id FROM receipt_method_primary p
         JOIN receipt_method_assignment a ON a.id = p.assignment_id
         WHERE p.start_date < a.start_date
            OR COALESCE(p.end_date, '9999-12-31') > COALESCE(a.end_date, '9999-12-31')",
    )?;
    for id in stmt.query_map([], |r| r.get::<_, i64>(0))? {
        out.push(format!(
            "receipt-method assignment {} is primary outside its own period",
            id?
        ));
    }
    Ok(out)
}

/// Assignments in force on `today` on an inactive account.
pub fn active_on_inactive(tx: &Tx<'_>, today: NaiveDate) -> Result<Vec<(i64, String)>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare(
        "SELECT x.id, a.number FROM receipt_method_assignment x
         JOIN account a ON a.id = x.account_id
         WHERE a.status = 'inactive' AND x.start_date <= ?1
           AND COALESCE(x.end_date, '9999-12-31') >= ?1 ORDER BY x.id",
    )?;
    let rows = stmt.query_map([today.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

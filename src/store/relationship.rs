//! Account relationships.

use rusqlite::{OptionalExtension, Row, params};

use crate::domain::period::Period;
use crate::domain::relationship::AccountRelationship;
use crate::error::Result;
use crate::store::Tx;
use crate::store::{date, flag, opt_date};

const SELECT: &str = "SELECT r.id, r.account_id, a.number, r.related_account_id, b.number,
        r.bill_to, r.ship_to, r.reciprocal, r.start_date, r.end_date, r.comment, r.created_at
     FROM account_relationship r JOIN account a ON a.id = r.account_id
     JOIN account b ON b.id = r.related_account_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<AccountRelationship> {
    Ok(AccountRelationship {
        id: row.get(0)?,
        account_id: row.get(1)?,
        account: row.get(2)?,
        related_account_id: row.get(3)?,
        related_account: row.get(4)?,
        bill_to: flag(row.get(5)?),
        ship_to: flag(row.get(6)?),
        reciprocal: flag(row.get(7)?),
        start: date(&row.get::<_, String>(8)?)?,
        end: opt_date(row.get(9)?)?,
        comment: row.get(10)?,
        created_at: row.get(11)?,
    })
}

pub struct NewRelationshipRow<'a> {
    pub account_id: i64,
    pub related_account_id: i64,
    pub bill_to: bool,
    pub ship_to: bool,
    pub reciprocal: bool,
    pub period: Period,
    pub comment: Option<&'a str>,
}

pub fn insert(tx: &Tx<'_>, r: &NewRelationshipRow<'_>, now: &str) -> Result<i64> {
    let conn = tx.sqlite()?;
    conn.prepare_cached(
        "INSERT INTO account_relationship (account_id, related_account_id, bill_to, ship_to,
            reciprocal, start_date, end_date, comment, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        r.account_id,
        r.related_account_id,
        r.bill_to,
        r.ship_to,
        r.reciprocal,
        r.period.start.to_string(),
        r.period.end.map(|d| d.to_string()),
        r.comment,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn get(tx: &Tx<'_>, id: i64) -> Result<Option<AccountRelationship>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE r.id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// The relationships between two accounts, in either order.
pub fn between(tx: &Tx<'_>, a: i64, b: i64) -> Result<Vec<AccountRelationship>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE (r.account_id = ?1 AND r.related_account_id = ?2)
                     OR (r.account_id = ?2 AND r.related_account_id = ?1)
          ORDER BY r.start_date, r.id"
    ))?;
    let rows = stmt.query_map(params![a, b], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every relationship an account takes part in, on either side.
pub fn of_account(tx: &Tx<'_>, account_id: i64) -> Result<Vec<AccountRelationship>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE r.account_id = ?1 OR r.related_account_id = ?1
          ORDER BY r.start_date, r.id"
    ))?;
    let rows = stmt.query_map([account_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_end(tx: &Tx<'_>, id: i64, end: chrono::NaiveDate) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.prepare_cached("UPDATE account_relationship SET end_date = ?2 WHERE id = ?1")?
        .execute(params![id, end.to_string()])?;
    Ok(())
}

/// Pairs of relationships between the same two accounts (either order) whose periods
/// overlap (for `doctor`).
pub fn overlapping(tx: &Tx<'_>) -> Result<Vec<(i64, i64)>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare(
        "SELECT x.id, y.id FROM account_relationship x JOIN account_relationship y
           ON x.id < y.id
          AND ((x.account_id = y.account_id AND x.related_account_id = y.related_account_id)
            OR (x.account_id = y.related_account_id AND x.related_account_id = y.account_id))
          AND x.start_date <= coalesce(y.end_date, '9999-12-31')
          AND y.start_date <= coalesce(x.end_date, '9999-12-31')
        ORDER BY x.id, y.id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

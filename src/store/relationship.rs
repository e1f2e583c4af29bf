//! Account relationships.

use crate::args;
use crate::domain::period::Period;
use crate::domain::relationship::AccountRelationship;
use crate::error::Result;
use crate::store::Tx;
use crate::store::sql::Row;

const SELECT: &str = "SELECT r.id, r.account_id, a.number, r.related_account_id, b.number,
        r.bill_to, r.ship_to, r.reciprocal, r.start_date, r.end_date, r.comment, r.created_at
     FROM account_relationship r JOIN account a ON a.id = r.account_id
     JOIN account b ON b.id = r.related_account_id";

fn from_row(row: &Row<'_>) -> Result<AccountRelationship> {
    Ok(AccountRelationship {
        id: row.get(0)?,
        account_id: row.get(1)?,
        account: row.get(2)?,
        related_account_id: row.get(3)?,
        related_account: row.get(4)?,
        bill_to: row.get(5)?,
        ship_to: row.get(6)?,
        reciprocal: row.get(7)?,
        start: row.get(8)?,
        end: row.get(9)?,
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
    tx.query_one(
        "INSERT INTO account_relationship (account_id, related_account_id, bill_to, ship_to,
            reciprocal, start_date, end_date, comment, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
        args![
            r.account_id,
            r.related_account_id,
            r.bill_to,
            r.ship_to,
            r.reciprocal,
            r.period.start,
            r.period.end,
            r.comment,
            now
        ],
        |r| r.get(0),
    )
}

pub fn get(tx: &Tx<'_>, id: i64) -> Result<Option<AccountRelationship>> {
    tx.query_opt(&format!("{SELECT} WHERE r.id = ?1"), args![id], from_row)
}

/// The relationships between two accounts, in either order.
pub fn between(tx: &Tx<'_>, a: i64, b: i64) -> Result<Vec<AccountRelationship>> {
    tx.query_vec(
        &format!(
            "{SELECT} WHERE (r.account_id = ?1 AND r.related_account_id = ?2)
                     OR (r.account_id = ?2 AND r.related_account_id = ?1)
          ORDER BY r.start_date, r.id"
        ),
        args![a, b],
        from_row,
    )
}

/// Every relationship an account takes part in, on either side.
pub fn of_account(tx: &Tx<'_>, account_id: i64) -> Result<Vec<AccountRelationship>> {
    tx.query_vec(
        &format!(
            "{SELECT} WHERE r.account_id = ?1 OR r.related_account_id = ?1
          ORDER BY r.start_date, r.id"
        ),
        args![account_id],
        from_row,
    )
}

pub fn set_end(tx: &Tx<'_>, id: i64, end: chrono::NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE account_relationship SET end_date = ?2 WHERE id = ?1",
        args![id, end],
    )?;
    Ok(())
}

/// Pairs of relationships between the same two accounts (either order) whose periods
/// overlap (for `doctor`).
pub fn overlapping(tx: &Tx<'_>) -> Result<Vec<(i64, i64)>> {
    tx.query_vec(
        "SELECT x.id, y.id FROM account_relationship x JOIN account_relationship y
           ON x.id < y.id
          AND ((x.account_id = y.account_id AND x.related_account_id = y.related_account_id)
            OR (x.account_id = y.related_account_id AND x.related_account_id = y.account_id))
          AND x.start_date <= coalesce(y.end_date, '9999-12-31')
          AND y.start_date <= coalesce(x.end_date, '9999-12-31')
        ORDER BY x.id, y.id",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

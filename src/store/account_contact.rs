//! Account contacts and their responsibilities.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::account_contact::{AccountContact, Responsibility};
use crate::error::Result;
use crate::store::Tx;
use crate::store::flag;

const SELECT: &str = "SELECT ac.id, ac.account_id, a.number, ac.site_id, ac.person_id, p.name,
        ac.job_title, ac.is_primary, ac.created_at, ac.end_date
     FROM account_contact ac JOIN account a ON a.id = ac.account_id
     JOIN person p ON p.id = ac.person_id";

fn from_row(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<AccountContact> {
    let id: i64 = row.get(0)?;
    let mut stmt = conn.prepare_cached(
        "SELECT responsibility FROM account_contact_responsibility
         WHERE account_contact_id = ?1 ORDER BY responsibility",
    )?;
    let mut responsibilities: Vec<Responsibility> = stmt
        .query_map([id], |r| r.get::<_, String>(0))?
        .filter_map(|r| r.ok())
        .filter_map(|t| Responsibility::parse("responsibility", &t).ok())
        .collect();
    responsibilities.sort();
    Ok(AccountContact {
        id,
        account_id: row.get(1)?,
        account: row.get(2)?,
        site_id: row.get(3)?,
        person_id: row.get(4)?,
        person_name: row.get(5)?,
        job_title: row.get(6)?,
        primary: flag(row.get(7)?),
        created_at: row.get(8)?,
        end: row
            .get::<_, Option<String>>(9)?
            .map(|d| crate::store::date(&d))
            .transpose()?,
        responsibilities,
    })
}

pub struct NewContactRow<'a> {
    pub account_id: i64,
    pub site_id: Option<i64>,
    pub person_id: i64,
    pub job_title: Option<&'a str>,
    pub primary: bool,
    pub responsibilities: &'a [Responsibility],
}

pub fn insert(tx: &Tx<'_>, c: &NewContactRow<'_>, now: &str) -> Result<i64> {
    let conn = tx.sqlite()?;
    conn.prepare_cached(
        "INSERT INTO account_contact (account_id, site_id, person_id, job_title, is_primary, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        c.account_id,
        c.site_id,
        c.person_id,
        c.job_title,
        c.primary,
        now
    ])?;
    let id = conn.last_insert_rowid();
    let mut stmt = conn.prepare_cached(
        "INSERT INTO account_contact_responsibility (account_contact_id, responsibility) VALUES (?1, ?2)",
    )?;
    for r in c.responsibilities {
        stmt.execute(params![id, r.as_str()])?;
    }
    Ok(id)
}

pub fn get(tx: &Tx<'_>, id: i64) -> Result<Option<AccountContact>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE ac.id = ?1"))?
        .query_row([id], |r| from_row(conn, r))
        .optional()?)
}

/// The contacts of an account (its own and its sites'), by id.
pub fn of_account(tx: &Tx<'_>, account_id: i64) -> Result<Vec<AccountContact>> {
    let conn = tx.sqlite()?;
    let mut stmt =
        conn.prepare_cached(&format!("{SELECT} WHERE ac.account_id = ?1 ORDER BY ac.id"))?;
    let rows = stmt.query_map([account_id], |r| from_row(conn, r))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The primary contact of the account itself (`site_id` None) or of a site.
pub fn primary_of(tx: &Tx<'_>, account_id: i64, site_id: Option<i64>) -> Result<Option<i64>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(
            "SELECT id FROM account_contact WHERE account_id = ?1 AND site_id IS ?2 AND is_primary = 1",
        )?
        .query_row(params![account_id, site_id], |r| r.get(0))
        .optional()?)
}

/// The contact of this person for the account itself or this site, if there is one.
pub fn existing(
    tx: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    person_id: i64,
) -> Result<Option<i64>> {
    let conn = tx.sqlite()?;
    Ok(conn
        .prepare_cached(
            "SELECT id FROM account_contact
              WHERE account_id = ?1 AND site_id IS ?2 AND person_id = ?3 AND end_date IS NULL",
        )?
        .query_row(params![account_id, site_id, person_id], |r| r.get(0))
        .optional()?)
}

pub fn set_primary(tx: &Tx<'_>, id: i64, primary: bool) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.prepare_cached("UPDATE account_contact SET is_primary = ?2 WHERE id = ?1")?
        .execute(params![id, primary])?;
    Ok(())
}

/// Accounts (site NULL) or sites with more than one primary contact (for `doctor`), as
/// (account number, site id).
pub fn duplicate_primaries(tx: &Tx<'_>) -> Result<Vec<(String, Option<i64>)>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare(
        "SELECT a.number, ac.site_id FROM account_contact ac JOIN account a ON a.id = ac.account_id
         WHERE ac.is_primary = 1 GROUP BY ac.account_id, ac.site_id HAVING count(*) > 1",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Account contacts whose person has no `contact` party relationship to the account's
/// customer party active on `today` (for `doctor`), as (contact id, account number,
/// person id).
pub fn without_party_relationship(tx: &Tx<'_>, today: &str) -> Result<Vec<(i64, String, i64)>> {
    let conn = tx.sqlite()?;
    let mut stmt = conn.prepare(
        "SELECT ac.id, a.number, ac.person_id FROM account_contact ac
           JOIN account a ON a.id = ac.account_id
          WHERE (ac.end_date IS NULL OR ac.end_date >= ?1)
            AND NOT EXISTS (
                SELECT 1 FROM party_relationship pr
                 WHERE pr.subject_id = ac.person_id AND pr.object_id = a.person_id
                   AND pr.role = 'contact' AND pr.start_date <= ?1
                   AND (pr.end_date IS NULL OR pr.end_date >= ?1))
          ORDER BY ac.id",
    )?;
    let rows = stmt.query_map([today], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_job_title(tx: &Tx<'_>, id: i64, job_title: Option<&str>) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.prepare_cached("UPDATE account_contact SET job_title = ?2 WHERE id = ?1")?
        .execute(params![id, job_title])?;
    Ok(())
}

/// Replaces the responsibilities of an account contact.
pub fn set_responsibilities(
    tx: &Tx<'_>,
    id: i64,
    responsibilities: &[Responsibility],
) -> Result<()> {
    let conn = tx.sqlite()?;
    conn.prepare_cached(
        "DELETE FROM account_contact_responsibility WHERE account_contact_id = ?1",
    )?
    .execute([id])?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO account_contact_responsibility (account_contact_id, responsibility) VALUES (?1, ?2)",
    )?;
    for r in responsibilities {
        stmt.execute(params![id, r.as_str()])?;
    }
    Ok(())
}

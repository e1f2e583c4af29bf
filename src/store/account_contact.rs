//! Account contacts and their responsibilities.

use crate::args;
use crate::domain::account_contact::{AccountContact, Responsibility};
use crate::error::Result;
use crate::store::Tx;
use crate::store::sql::Row;

const SELECT: &str = "SELECT ac.id, ac.account_id, a.number, ac.site_id, ac.person_id, p.name,
        ac.job_title, ac.is_primary, ac.created_at, ac.end_date
     FROM account_contact ac JOIN account a ON a.id = ac.account_id
     JOIN person p ON p.id = ac.person_id";

fn from_row(tx: &Tx<'_>, row: &Row<'_>) -> Result<AccountContact> {
    let id: i64 = row.get(0)?;
    let mut responsibilities: Vec<Responsibility> = Vec::new();
    tx.for_each(
        "SELECT responsibility FROM account_contact_responsibility
         WHERE account_contact_id = ?1 ORDER BY responsibility",
        args![id],
        |r| {
            if let Ok(t) = Responsibility::parse("responsibility", &r.get::<String>(0)?) {
                responsibilities.push(t);
            }
            Ok(())
        },
    )?;
    responsibilities.sort();
    Ok(AccountContact {
        id,
        account_id: row.get(1)?,
        account: row.get(2)?,
        site_id: row.get(3)?,
        person_id: row.get(4)?,
        person_name: row.get(5)?,
        job_title: row.get(6)?,
        primary: row.get(7)?,
        created_at: row.get(8)?,
        end: row.get(9)?,
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
    let id: i64 = tx.query_one("INSERT INTO account_contact (account_id, site_id, person_id, job_title, is_primary, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id", args![
        c.account_id,
        c.site_id,
        c.person_id,
        c.job_title,
        c.primary,
        now
    ], |r| r.get(0))?;
    insert_responsibilities(tx, id, c.responsibilities)?;
    Ok(id)
}

pub fn get(tx: &Tx<'_>, id: i64) -> Result<Option<AccountContact>> {
    tx.query_opt(&format!("{SELECT} WHERE ac.id = ?1"), args![id], |r| {
        from_row(tx, r)
    })
}

/// The contacts of an account (its own and its sites'), by id.
pub fn of_account(tx: &Tx<'_>, account_id: i64) -> Result<Vec<AccountContact>> {
    tx.query_vec(
        &format!("{SELECT} WHERE ac.account_id = ?1 ORDER BY ac.id"),
        args![account_id],
        |r| from_row(tx, r),
    )
}

/// The primary contact of the account itself (`site_id` None) or of a site.
pub fn primary_of(tx: &Tx<'_>, account_id: i64, site_id: Option<i64>) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT id FROM account_contact WHERE account_id = ?1 AND site_id IS NOT DISTINCT FROM ?2 AND is_primary",
        args![account_id, site_id],
        |r| r.get(0),
    )
}

/// The contact of this person for the account itself or this site, if there is one.
pub fn existing(
    tx: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    person_id: i64,
) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT id FROM account_contact
              WHERE account_id = ?1 AND site_id IS NOT DISTINCT FROM ?2 AND person_id = ?3 AND end_date IS NULL",
        args![account_id, site_id, person_id],
        |r| r.get(0),
    )
}

pub fn set_primary(tx: &Tx<'_>, id: i64, primary: bool) -> Result<()> {
    tx.execute(
        "UPDATE account_contact SET is_primary = ?2 WHERE id = ?1",
        args![id, primary],
    )?;
    Ok(())
}

/// Accounts (site NULL) or sites with more than one primary contact (for `doctor`), as
/// (account number, site id).
pub fn duplicate_primaries(tx: &Tx<'_>) -> Result<Vec<(String, Option<i64>)>> {
    tx.query_vec(
        "SELECT a.number, ac.site_id FROM account_contact ac JOIN account a ON a.id = ac.account_id
         WHERE ac.is_primary GROUP BY a.id, a.number, ac.site_id HAVING count(*) > 1
         ORDER BY a.id, ac.site_id IS NOT NULL, ac.site_id",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Account contacts whose person has no `contact` party relationship to the account's
/// customer party active on `today` (for `doctor`), as (contact id, account number,
/// person id).
pub fn without_party_relationship(tx: &Tx<'_>, today: &str) -> Result<Vec<(i64, String, i64)>> {
    tx.query_vec(
        "SELECT ac.id, a.number, ac.person_id FROM account_contact ac
           JOIN account a ON a.id = ac.account_id
          WHERE (ac.end_date IS NULL OR ac.end_date >= ?1)
            AND NOT EXISTS (
                SELECT 1 FROM party_relationship pr
                 WHERE pr.subject_id = ac.person_id AND pr.object_id = a.person_id
                   AND pr.role = 'contact' AND pr.start_date <= ?1
                   AND (pr.end_date IS NULL OR pr.end_date >= ?1))
          ORDER BY ac.id",
        args![today],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

pub fn set_job_title(tx: &Tx<'_>, id: i64, job_title: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE account_contact SET job_title = ?2 WHERE id = ?1",
        args![id, job_title],
    )?;
    Ok(())
}

/// Replaces the responsibilities of an account contact.
pub fn set_responsibilities(
    tx: &Tx<'_>,
    id: i64,
    responsibilities: &[Responsibility],
) -> Result<()> {
    tx.execute(
        "DELETE FROM account_contact_responsibility WHERE account_contact_id = ?1",
        args![id],
    )?;
    insert_responsibilities(tx, id, responsibilities)
}

fn insert_responsibilities(
    tx: &Tx<'_>,
    id: i64,
    responsibilities: &[Responsibility],
) -> Result<()> {
    for r in responsibilities {
        tx.execute(
            "INSERT INTO account_contact_responsibility (account_contact_id, responsibility)
             VALUES (?1, ?2)",
            args![id, r.as_str()],
        )?;
    }
    Ok(())
}

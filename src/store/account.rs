//! Accounts and sites.

use rusqlite::{Connection, params};

use crate::args;
use crate::domain::account::{Account, AccountListRow, AccountStatus, Site, SiteUse};
use crate::error::Result;
use crate::store::Tx;
use crate::store::sql::Row;

const SELECT_ACCOUNT: &str =
    "SELECT id, number, name, person_id, currency, status, created_at, updated_at FROM account";

fn account_from_row(row: &Row<'_>) -> Result<Account> {
    let status: String = row.get(5)?;
    Ok(Account {
        id: row.get(0)?,
        number: row.get(1)?,
        name: row.get(2)?,
        person_id: row.get(3)?,
        currency: row.get(4)?,
        status: if status == "inactive" {
            AccountStatus::Inactive
        } else {
            AccountStatus::Active
        },
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
    })
}

pub struct NewAccountRow<'a> {
    pub number: &'a str,
    pub name: &'a str,
    pub person_id: i64,
    pub currency: &'a str,
    pub status: AccountStatus,
}

pub fn insert(tx: &Tx<'_>, a: &NewAccountRow<'_>, now: &str) -> Result<i64> {
    tx.query_one(
        "INSERT INTO account (number, name, person_id, currency, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) RETURNING id",
        args![
            a.number,
            a.name,
            a.person_id,
            a.currency,
            a.status.as_str(),
            now
        ],
        |r| r.get(0),
    )
}

pub fn get(tx: &Tx<'_>, id: i64) -> Result<Option<Account>> {
    tx.query_opt(
        &format!("{SELECT_ACCOUNT} WHERE id = ?1"),
        args![id],
        account_from_row,
    )
}

/// Up to `limit` account numbers starting with `prefix` (exactly, in number order), read
/// from the database file at `path` opened read-only: shell completion. The file is never
/// created nor migrated; any failure is an error the caller drops.
pub fn numbers_for_completion(
    path: &std::path::Path,
    prefix: &str,
    limit: usize,
) -> Result<Vec<String>> {
    let conn = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_millis(200))?;
    // `number >= prefix AND number < prefix + U+10FFFF`: a prefix match without LIKE's
    // wildcards and case folding.
    // (A file only: completion never reads a server.)
    let mut stmt = conn.prepare(
        "SELECT number FROM account WHERE number >= ?1 AND number < ?1 || char(1114111)
         ORDER BY number LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![prefix, limit as i64], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn by_number(tx: &Tx<'_>, number: &str) -> Result<Option<Account>> {
    tx.query_opt(
        &format!("{SELECT_ACCOUNT} WHERE number = ?1"),
        args![number],
        account_from_row,
    )
}

/// What `account list` asks for.
#[derive(Debug, Default)]
pub struct AccountFilter<'a> {
    pub person_id: Option<i64>,
    pub status: Option<AccountStatus>,
    /// In the number or the name, any case.
    pub search: Option<&'a str>,
    pub limit: Option<u64>,
}

/// Accounts by number with their customer's name, optionally only those of one customer
/// party, status or search text.
pub fn list(tx: &Tx<'_>, f: &AccountFilter<'_>) -> Result<Vec<AccountListRow>> {
    tx.query_vec(
        "SELECT a.id, a.number, a.name, a.person_id, p.name, a.currency, a.status,
                a.created_at, a.updated_at
         FROM account a JOIN person p ON p.id = a.person_id
         WHERE (CAST(?1 AS BIGINT) IS NULL OR a.person_id = ?1)
           AND (CAST(?2 AS TEXT) IS NULL OR a.status = ?2)
           AND (CAST(?3 AS TEXT) IS NULL OR folded_contains(a.number, ?3)
                OR folded_contains(a.name, ?3))
         ORDER BY a.number LIMIT ?4",
        args![
            f.person_id,
            f.status.map(|s| s.as_str()),
            f.search,
            f.limit
                .map(|l| l.min(i64::MAX as u64) as i64)
                .unwrap_or(i64::MAX)
        ],
        |row| {
            let status: String = row.get(6)?;
            Ok(AccountListRow {
                id: row.get(0)?,
                number: row.get(1)?,
                name: row.get(2)?,
                person_id: row.get(3)?,
                person_name: row.get(4)?,
                currency: row.get(5)?,
                status: if status == "inactive" {
                    AccountStatus::Inactive
                } else {
                    AccountStatus::Active
                },
                created_at: row.get(7)?,
                updated_at: row.get(8)?,
            })
        },
    )
}

/// The lowest-numbered account of a customer party (the one a letter is addressed about).
pub fn first_of_person(tx: &Tx<'_>, person_id: i64) -> Result<Option<Account>> {
    tx.query_opt(
        &format!("{SELECT_ACCOUNT} WHERE person_id = ?1 ORDER BY number LIMIT 1"),
        args![person_id],
        account_from_row,
    )
}

pub fn update(tx: &Tx<'_>, a: &Account, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE account SET name = ?2, person_id = ?3, currency = ?4, status = ?5, updated_at = ?6
         WHERE id = ?1",
        args![
            a.id,
            a.name,
            a.person_id,
            a.currency,
            a.status.as_str(),
            now
        ],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ sites

pub struct NewSiteRow<'a> {
    pub account_id: i64,
    pub address: &'a str,
    pub city: Option<&'a str>,
    pub postal_code: Option<&'a str>,
    pub country: Option<&'a str>,
}

pub fn insert_site(tx: &Tx<'_>, s: &NewSiteRow<'_>, now: &str) -> Result<i64> {
    tx.query_one(
        "INSERT INTO site (account_id, address, city, postal_code, country, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        args![
            s.account_id,
            s.address,
            s.city,
            s.postal_code,
            s.country,
            now
        ],
        |r| r.get(0),
    )
}

pub fn insert_site_use(
    tx: &Tx<'_>,
    site_id: i64,
    account_id: i64,
    site_use: SiteUse,
    primary: bool,
) -> Result<()> {
    tx.execute(
        "INSERT INTO site_use (site_id, account_id, use, is_primary) VALUES (?1, ?2, ?3, ?4)",
        args![site_id, account_id, site_use.as_str(), primary],
    )?;
    Ok(())
}

/// The account's primary site for `site_use`, if any.
pub fn primary_site_for(tx: &Tx<'_>, account_id: i64, site_use: SiteUse) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT site_id FROM site_use WHERE account_id = ?1 AND use = ?2 AND is_primary",
        args![account_id, site_use.as_str()],
        |r| r.get(0),
    )
}

pub fn set_site_use_primary(
    tx: &Tx<'_>,
    site_id: i64,
    site_use: SiteUse,
    primary: bool,
) -> Result<()> {
    tx.execute(
        "UPDATE site_use SET is_primary = ?3 WHERE site_id = ?1 AND use = ?2",
        args![site_id, site_use.as_str(), primary],
    )?;
    Ok(())
}

fn site_from_row(tx: &Tx<'_>, row: &Row<'_>) -> Result<Site> {
    let id: i64 = row.get(0)?;
    let mut uses = Vec::new();
    let mut primary_for = Vec::new();
    tx.for_each(
        "SELECT use, is_primary FROM site_use WHERE site_id = ?1 ORDER BY use",
        args![id],
        |r| {
            let text: String = r.get(0)?;
            if let Ok(u) = SiteUse::parse("use", &text) {
                uses.push(u);
                if r.get::<bool>(1)? {
                    primary_for.push(u);
                }
            }
            Ok(())
        },
    )?;
    uses.sort();
    primary_for.sort();
    Ok(Site {
        id,
        account_id: row.get(1)?,
        account: row.get(2)?,
        address: row.get(3)?,
        city: row.get(4)?,
        postal_code: row.get(5)?,
        country: row.get(6)?,
        uses,
        primary_for,
        created_at: row.get(7)?,
        end: row.get(8)?,
    })
}

const SELECT_SITE: &str = "SELECT s.id, s.account_id, a.number, s.address, s.city, s.postal_code,
        s.country, s.created_at, s.end_date FROM site s JOIN account a ON a.id = s.account_id";

pub fn get_site(tx: &Tx<'_>, id: i64) -> Result<Option<Site>> {
    tx.query_opt(&format!("{SELECT_SITE} WHERE s.id = ?1"), args![id], |r| {
        site_from_row(tx, r)
    })
}

pub fn sites(tx: &Tx<'_>, account_id: i64) -> Result<Vec<Site>> {
    tx.query_vec(
        &format!("{SELECT_SITE} WHERE s.account_id = ?1 ORDER BY s.id"),
        args![account_id],
        |r| site_from_row(tx, r),
    )
}

/// Site uses marked primary whose site belongs to another account (for `doctor`).
pub fn misattributed_site_uses(tx: &Tx<'_>) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT su.site_id FROM site_use su JOIN site s ON s.id = su.site_id
         WHERE su.account_id <> s.account_id",
        &[],
        |r| r.get(0),
    )
}

/// Accounts with more than one primary site for one use (the unique index forbids it;
/// `doctor` re-checks in case the index was dropped), as (account number, use).
pub fn duplicate_primary_site_uses(tx: &Tx<'_>) -> Result<Vec<(String, String)>> {
    tx.query_vec(
        "SELECT a.number, su.use FROM site_use su JOIN account a ON a.id = su.account_id
         WHERE su.is_primary GROUP BY a.id, a.number, su.use HAVING count(*) > 1
         ORDER BY a.number, su.use",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// A record at a site it may not name (for `doctor`).
pub struct MisplacedSite {
    /// "receipt-method assignment", "instrument" or "account contact".
    pub kind: String,
    pub id: i64,
    pub account: String,
    pub site_id: i64,
    /// What is wrong with the site.
    pub why: String,
}

/// Records that name a site of another account, or (receipt-method assignments and
/// instruments) a site without the bill-to use (for `doctor`).
pub fn misplaced_site_references(tx: &Tx<'_>) -> Result<Vec<MisplacedSite>> {
    tx.query_vec(
        "SELECT kind, x.id, a.number, x.site_id,
                CASE WHEN s.account_id IS DISTINCT FROM x.account_id THEN 'is not a site of that account'
                     ELSE 'is not a bill-to site' END
           FROM (
                SELECT 'receipt-method assignment' AS kind, id, account_id, site_id, 1 AS bill_to
                  FROM receipt_method_assignment WHERE site_id IS NOT NULL
                UNION ALL
                SELECT 'instrument', id, account_id, site_id, 1
                  FROM instrument WHERE site_id IS NOT NULL
                UNION ALL
                SELECT 'account contact', id, account_id, site_id, 0
                  FROM account_contact WHERE site_id IS NOT NULL) x
           JOIN account a ON a.id = x.account_id
           LEFT JOIN site s ON s.id = x.site_id
          WHERE s.account_id IS DISTINCT FROM x.account_id
             OR (x.bill_to = 1 AND NOT EXISTS (SELECT 1 FROM site_use u
                                                WHERE u.site_id = x.site_id AND u.use = 'bill-to'))
          ORDER BY kind, x.id",
        &[],
        |r| {
            Ok(MisplacedSite {
                kind: r.get(0)?,
                id: r.get(1)?,
                account: r.get(2)?,
                site_id: r.get(3)?,
                why: r.get(4)?,
            })
        },
    )
}

// ------------------------------------------------------------------ site life (issue 11)

/// Writes a site's address fields.
pub fn update_site(tx: &Tx<'_>, s: &Site) -> Result<()> {
    tx.execute(
        "UPDATE site SET address = ?2, city = ?3, postal_code = ?4, country = ?5 WHERE id = ?1",
        args![s.id, s.address, s.city, s.postal_code, s.country],
    )?;
    Ok(())
}

pub fn set_site_end(tx: &Tx<'_>, id: i64, end: chrono::NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE site SET end_date = ?2 WHERE id = ?1",
        args![id, end],
    )?;
    Ok(())
}

/// A record that uses a site after a day: (kind, id), kind being "instrument",
/// "receipt-method assignment" or "account contact".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUser {
    pub kind: &'static str,
    pub id: i64,
}

/// The records that use site `site_id` after `day` (in force or in use on a later day).
pub fn site_users_after(
    tx: &Tx<'_>,
    site_id: i64,
    day: chrono::NaiveDate,
) -> Result<Vec<SiteUser>> {
    let mut out = Vec::new();
    for (kind, sql) in [
        (
            "receipt-method assignment",
            "SELECT id FROM receipt_method_assignment
              WHERE site_id = ?1 AND (end_date IS NULL OR end_date > ?2) ORDER BY id",
        ),
        (
            "instrument",
            "SELECT id FROM instrument
              WHERE site_id = ?1 AND (end_date IS NULL OR end_date > ?2) ORDER BY id",
        ),
        (
            "account contact",
            "SELECT id FROM account_contact
              WHERE site_id = ?1 AND (end_date IS NULL OR end_date > ?2) ORDER BY id",
        ),
    ] {
        tx.for_each(sql, args![site_id, day], |r| {
            out.push(SiteUser {
                kind,
                id: r.get(0)?,
            });
            Ok(())
        })?;
    }
    Ok(out)
}

/// Every record that names site `site_id`, at any time (for deleting an account).
pub fn site_referenced(tx: &Tx<'_>, site_id: i64) -> Result<bool> {
    tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM receipt_method_assignment WHERE site_id = ?1)
                 OR EXISTS (SELECT 1 FROM instrument WHERE site_id = ?1)
                 OR EXISTS (SELECT 1 FROM account_contact WHERE site_id = ?1)",
        args![site_id],
        |r| r.get(0),
    )
}

/// Sites of an account in use on `day`, or all with `day` None.
pub fn sites_in_use(
    tx: &Tx<'_>,
    account_id: i64,
    day: Option<chrono::NaiveDate>,
) -> Result<Vec<Site>> {
    Ok(sites(tx, account_id)?
        .into_iter()
        .filter(|s| day.is_none_or(|d| s.in_use_on(d)))
        .collect())
}

/// The period of an instrument or a receipt-method assignment (`table` is one of the two
/// table names, never user text).
pub fn dated_span(
    tx: &Tx<'_>,
    table: &'static str,
    id: i64,
) -> Result<Option<crate::domain::period::Period>> {
    debug_assert!(table == "instrument" || table == "receipt_method_assignment");
    tx.query_opt(
        &format!("SELECT start_date, end_date FROM {table} WHERE id = ?1"),
        args![id],
        |r| {
            Ok(crate::domain::period::Period {
                start: r.get(0)?,
                end: r.get(1)?,
            })
        },
    )
}

/// Account contacts: end one (the last day it is in use) and drop its primary flag.
pub fn end_account_contact(tx: &Tx<'_>, id: i64, end: chrono::NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE account_contact SET end_date = ?2, is_primary = FALSE WHERE id = ?1",
        args![id, end],
    )?;
    Ok(())
}

/// Records in use after the end of their site (for `doctor`), as (kind, id, site id, the
/// site's end date).
pub fn used_after_site_end(tx: &Tx<'_>) -> Result<Vec<(String, i64, i64, String)>> {
    tx.query_vec(
        "SELECT kind, x.id, s.id, s.end_date FROM (
                SELECT 'receipt-method assignment' AS kind, id, site_id, end_date
                  FROM receipt_method_assignment WHERE site_id IS NOT NULL
                UNION ALL SELECT 'instrument', id, site_id, end_date
                  FROM instrument WHERE site_id IS NOT NULL
                UNION ALL SELECT 'account contact', id, site_id, end_date
                  FROM account_contact WHERE site_id IS NOT NULL) x
           JOIN site s ON s.id = x.site_id
          WHERE s.end_date IS NOT NULL AND (x.end_date IS NULL OR x.end_date > s.end_date)
          ORDER BY kind, x.id",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

pub fn delete_site_use(tx: &Tx<'_>, site_id: i64, site_use: SiteUse) -> Result<()> {
    tx.execute(
        "DELETE FROM site_use WHERE site_id = ?1 AND use = ?2",
        args![site_id, site_use.as_str()],
    )?;
    Ok(())
}

/// The receipt-method assignments and instruments that name site `site_id` at any time
/// (they need it to stay a bill-to site), named.
pub fn bill_to_users(tx: &Tx<'_>, site_id: i64) -> Result<Vec<String>> {
    tx.query_vec("SELECT 'receipt-method assignment ' || id FROM receipt_method_assignment WHERE site_id = ?1
         UNION ALL SELECT 'instrument ' || id FROM instrument WHERE site_id = ?1", args![site_id], |r| r.get(0))
}

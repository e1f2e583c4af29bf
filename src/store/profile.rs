//! Profile classes with their versions and credit limits; account profiles and their
//! overrides.

use chrono::NaiveDate;

use crate::args;
use crate::domain::period::Period;
use crate::domain::profile::{AccountProfile, ClassVersion, ProfileValues};
use crate::error::Result;
use crate::store::Tx;
use crate::store::sql::Row;

/// (id, code, description, created_at) of a class.
pub type ClassRow = (i64, String, String, String);

pub fn class_by_code(tx: &Tx<'_>, code: &str) -> Result<Option<ClassRow>> {
    tx.query_opt(
        "SELECT id, code, description, created_at FROM profile_class WHERE code = ?1",
        args![code],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
}

pub fn insert_class(tx: &Tx<'_>, code: &str, description: &str, now: &str) -> Result<i64> {
    tx.query_one(
        "INSERT INTO profile_class (code, description, created_at) VALUES (?1, ?2, ?3)
         RETURNING id",
        args![code, description, now],
        |r| r.get(0),
    )
}

pub fn set_description(tx: &Tx<'_>, id: i64, description: &str) -> Result<()> {
    tx.execute(
        "UPDATE profile_class SET description = ?2 WHERE id = ?1",
        args![id, description],
    )?;
    Ok(())
}

/// Stores a version holding `values` (every field of the version, carried over already).
pub fn insert_version(
    tx: &Tx<'_>,
    class_id: i64,
    effective_from: NaiveDate,
    v: &ProfileValues,
    now: &str,
) -> Result<i64> {
    let id: i64 = tx.query_one(
        "INSERT INTO profile_class_version (profile_class_id, effective_from, payment_terms,
            credit_check, credit_hold, tolerance, statement_cycle, send_statements,
            dunning_letters, collector, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
        args![
            class_id,
            effective_from,
            v.payment_terms,
            v.credit_check,
            v.credit_hold,
            v.tolerance,
            v.statement_cycle,
            v.send_statements,
            v.dunning_letters,
            v.collector,
            now
        ],
        |r| r.get(0),
    )?;
    for (cur, minor) in &v.credit_limits {
        tx.execute(
            "INSERT INTO profile_class_credit_limit (version_id, currency, amount_minor)
             VALUES (?1, ?2, ?3)",
            args![id, cur, minor],
        )?;
    }
    Ok(id)
}

fn version_from_row(tx: &Tx<'_>, row: &Row<'_>) -> Result<ClassVersion> {
    let id: i64 = row.get(0)?;
    let b = |i: usize| -> Result<Option<bool>> { row.get::<Option<bool>>(i) };
    let credit_limits = tx
        .query_vec(
            "SELECT currency, amount_minor FROM profile_class_credit_limit WHERE version_id = ?1",
            args![id],
            |r| Ok((r.get::<String>(0)?, r.get::<i64>(1)?)),
        )?
        .into_iter()
        .collect();
    Ok(ClassVersion {
        id,
        effective_from: row.get(1)?,
        values: ProfileValues {
            payment_terms: row.get(2)?,
            credit_limits,
            credit_check: b(3)?,
            credit_hold: b(4)?,
            tolerance: row.get(5)?,
            statement_cycle: row.get(6)?,
            send_statements: b(7)?,
            dunning_letters: b(8)?,
            collector: row.get(9)?,
        },
    })
}

/// The versions of a class, oldest first.
pub fn versions(tx: &Tx<'_>, class_id: i64) -> Result<Vec<ClassVersion>> {
    tx.query_vec(
        "SELECT id, effective_from, payment_terms, credit_check, credit_hold, tolerance,
                statement_cycle, send_statements, dunning_letters, collector
           FROM profile_class_version WHERE profile_class_id = ?1 ORDER BY effective_from",
        args![class_id],
        |r| version_from_row(tx, r),
    )
}

// ------------------------------------------------------------------ account profiles

const SELECT_PROFILE: &str = "SELECT ap.id, ap.account_id, a.number, ap.profile_class_id, pc.code,
        ap.start_date, ap.end_date, ap.created_at
     FROM account_profile ap JOIN account a ON a.id = ap.account_id
     JOIN profile_class pc ON pc.id = ap.profile_class_id";

fn profile_from_row(tx: &Tx<'_>, row: &Row<'_>) -> Result<AccountProfile> {
    let id: i64 = row.get(0)?;
    let fields: Vec<(String, String)> = tx.query_vec(
        "SELECT field, value FROM account_profile_override WHERE account_profile_id = ?1
         ORDER BY field",
        args![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(AccountProfile {
        id,
        account_id: row.get(1)?,
        account: row.get(2)?,
        class_id: row.get(3)?,
        class: row.get(4)?,
        period: Period {
            start: row.get(5)?,
            end: row.get(6)?,
        },
        overrides: ProfileValues::from_fields(&fields),
        created_at: row.get(7)?,
    })
}

pub fn insert_profile(
    tx: &Tx<'_>,
    account_id: i64,
    class_id: i64,
    period: &Period,
    overrides: &ProfileValues,
    now: &str,
) -> Result<i64> {
    let id: i64 = tx.query_one("INSERT INTO account_profile (account_id, profile_class_id, start_date, end_date, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id", args![
        account_id,
        class_id,
        period.start,
        period.end,
        now
    ], |r| r.get(0))?;
    for (field, value) in overrides.to_fields() {
        tx.execute(
            "INSERT INTO account_profile_override (account_profile_id, field, value)
             VALUES (?1, ?2, ?3)",
            args![id, field, value],
        )?;
    }
    Ok(id)
}

pub fn get_profile(tx: &Tx<'_>, id: i64) -> Result<Option<AccountProfile>> {
    tx.query_opt(
        &format!("{SELECT_PROFILE} WHERE ap.id = ?1"),
        args![id],
        |r| profile_from_row(tx, r),
    )
}

/// The profile assignments of an account, by start date.
pub fn profiles_of(tx: &Tx<'_>, account_id: i64) -> Result<Vec<AccountProfile>> {
    tx.query_vec(
        &format!("{SELECT_PROFILE} WHERE ap.account_id = ?1 ORDER BY ap.start_date, ap.id"),
        args![account_id],
        |r| profile_from_row(tx, r),
    )
}

pub fn set_profile_end(tx: &Tx<'_>, id: i64, end: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE account_profile SET end_date = ?2 WHERE id = ?1",
        args![id, end],
    )?;
    Ok(())
}

/// Pairs of assignments of one account whose periods overlap (for `doctor`), as
/// (account number, id, id).
pub fn overlapping_profiles(tx: &Tx<'_>) -> Result<Vec<(String, i64, i64)>> {
    tx.query_vec(
        "SELECT a.number, x.id, y.id FROM account_profile x
           JOIN account_profile y ON x.account_id = y.account_id AND x.id < y.id
          AND x.start_date <= coalesce(y.end_date, '9999-12-31')
          AND y.start_date <= coalesce(x.end_date, '9999-12-31')
           JOIN account a ON a.id = x.account_id
        ORDER BY x.id, y.id",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

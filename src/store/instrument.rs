//! Payment instruments (cards and bank accounts) and their primary periods.
//!
//! Rows hold what may be stored: for a card its brand, last 4, expiry and keyed fingerprint,
//! never its number; for a bank account its number (IBAN or domestic form) and `bank_key`.
//! Reads return the numbers in full: masking is the caller's (`ops::instrument`) job.

use chrono::NaiveDate;

use crate::args;
use crate::domain::card::Brand;
use crate::domain::payment::{Instrument, PaymentType};
use crate::domain::primary::{Change, PrimaryPeriod};
use crate::error::Result;
use crate::store::Tx;
use crate::store::receipt_method::{
    PrimaryTable, apply_primary_changes, own_primaries, primaries_where,
};
use crate::store::sql::{Row, Value};

pub(crate) const INSTRUMENT_PRIMARY: PrimaryTable = PrimaryTable {
    table: "instrument_primary",
    owner: "instrument_id",
};

/// A row to insert. For a card: brand, last4, expiry, fingerprint (no currency); for a bank
/// account: iban or bank_account + bank_code, country, bank_key, currency.
#[derive(Debug, Clone, Default)]
pub struct NewInstrumentRow {
    pub account_id: i64,
    pub site_id: Option<i64>,
    pub kind: Option<PaymentType>,
    pub brand: Option<Brand>,
    pub last4: Option<String>,
    pub expiry: Option<String>,
    pub fingerprint: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub bank_account: Option<String>,
    pub bank_code: Option<String>,
    pub country: Option<String>,
    pub bank_key: Option<String>,
    pub currency: Option<String>,
    pub holder: Option<String>,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub preference: Option<i64>,
    pub external_id: Option<String>,
}

/// Inserts an instrument row (the caller has checked every rule); returns its id.
pub fn insert(tx: &Tx<'_>, r: &NewInstrumentRow, now: &str) -> Result<i64> {
    let kind = r.kind.unwrap_or(PaymentType::BankAccount);
    tx.query_one(
        "INSERT INTO instrument (account_id, site_id, kind, brand, last4, expiry, fingerprint,
         iban, bic, bank_account, bank_code, country, bank_key, currency, holder, start_date,
         end_date, preference, external_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
         ?18, ?19, ?20) RETURNING id",
        args![
            r.account_id,
            r.site_id,
            kind.as_str(),
            r.brand.map(|b| b.as_str()),
            r.last4,
            r.expiry,
            r.fingerprint,
            r.iban,
            r.bic,
            r.bank_account,
            r.bank_code,
            r.country,
            r.bank_key,
            r.currency,
            r.holder,
            r.start,
            r.end,
            r.preference,
            r.external_id,
            now
        ],
        |row| row.get(0),
    )
}

const SELECT: &str = "SELECT i.id, i.account_id, a.number, i.site_id, i.kind, i.brand, i.last4,
    i.expiry, i.fingerprint, i.iban, i.bic, i.bank_account, i.bank_code, i.country, i.bank_key,
    i.currency, i.holder, i.start_date, i.end_date, i.preference, i.external_id, i.created_at
    FROM instrument i JOIN account a ON a.id = i.account_id";

fn from_row(tx: &Tx<'_>, row: &Row<'_>, on: NaiveDate) -> Result<Instrument> {
    let id: i64 = row.get(0)?;
    let kind: String = row.get(4)?;
    let brand: Option<String> = row.get(5)?;
    let primaries = own_primaries(tx, INSTRUMENT_PRIMARY, id)?;
    let mut i = Instrument {
        id,
        account_id: row.get(1)?,
        account: row.get(2)?,
        site_id: row.get(3)?,
        kind: if kind == "card" {
            PaymentType::Card
        } else {
            PaymentType::BankAccount
        },
        brand: brand.and_then(|b| Brand::parse("brand", &b).ok()),
        last4: row.get(6)?,
        expiry: row.get(7)?,
        fingerprint: row.get(8)?,
        iban: row.get(9)?,
        bic: row.get(10)?,
        bank_account: row.get(11)?,
        bank_code: row.get(12)?,
        country: row.get(13)?,
        bank_key: row.get(14)?,
        currency: row.get(15)?,
        holder: row.get(16)?,
        start: row.get(17)?,
        end: row.get(18)?,
        preference: row.get(19)?,
        external_id: row.get(20)?,
        active: false,
        primary: primaries.iter().any(|p| p.period.contains(on)),
        default: None,
        primary_periods: primaries.iter().map(|p| p.period).collect(),
        created_at: row.get(21)?,
    };
    i.active = i.active_on(on);
    Ok(i)
}

fn query(tx: &Tx<'_>, filter: &str, args: &[Value<'_>], on: NaiveDate) -> Result<Vec<Instrument>> {
    // PostgreSQL sorts NULLs last, SQLite first: `x IS NOT NULL` first says which.
    tx.query_vec(
        &format!(
            "{SELECT} WHERE {filter} ORDER BY i.kind DESC, i.currency IS NOT NULL, i.currency,
             i.site_id IS NOT NULL, i.site_id, i.start_date, i.id"
        ),
        args,
        |row| from_row(tx, row, on),
    )
}

/// One instrument, with `active` and `primary` as on `on`.
pub fn get(tx: &Tx<'_>, id: i64, on: NaiveDate) -> Result<Option<Instrument>> {
    Ok(query(tx, "i.id = ?1", args![id], on)?.into_iter().next())
}

/// The id of the instrument with this external id (in force or not).
pub fn id_by_external_id(tx: &Tx<'_>, external_id: &str) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT id FROM instrument WHERE external_id = ?1",
        args![external_id],
        |r| r.get(0),
    )
}

pub fn by_external_id(tx: &Tx<'_>, external_id: &str, on: NaiveDate) -> Result<Option<Instrument>> {
    Ok(query(tx, "i.external_id = ?1", args![external_id], on)?
        .into_iter()
        .next())
}

/// The instruments of an account (its sites' included), cards first, then bank accounts by
/// currency; optionally only the bank accounts of one currency.
pub fn list(
    tx: &Tx<'_>,
    account_id: i64,
    currency: Option<&str>,
    on: NaiveDate,
) -> Result<Vec<Instrument>> {
    // The casts: PostgreSQL must know a parameter's type where it is only tested for NULL.
    query(
        tx,
        "i.account_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR i.currency = ?2)",
        args![account_id, currency],
        on,
    )
}

/// The instruments of an account that are the same card (`fingerprint`) or the same bank
/// account (`bank_key`).
pub fn same_identity(
    tx: &Tx<'_>,
    account_id: i64,
    fingerprint: Option<&str>,
    bank_key: Option<&str>,
    on: NaiveDate,
) -> Result<Vec<Instrument>> {
    query(
        tx,
        "i.account_id = ?1 AND ((CAST(?2 AS TEXT) IS NOT NULL AND i.fingerprint = ?2)
                             OR (CAST(?3 AS TEXT) IS NOT NULL AND i.bank_key = ?3))",
        args![account_id, fingerprint, bank_key],
        on,
    )
}

/// The primary periods of every instrument of one scope: one account itself or one site,
/// one kind, and for bank accounts one currency.
pub fn scope_primaries(
    tx: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    kind: PaymentType,
    currency: Option<&str>,
) -> Result<Vec<PrimaryPeriod>> {
    primaries_where(
        tx,
        INSTRUMENT_PRIMARY,
        "SELECT id FROM instrument WHERE account_id = ?1 AND site_id IS NOT DISTINCT FROM ?2
         AND kind = ?3 AND currency IS NOT DISTINCT FROM ?4",
        args![account_id, site_id, kind.as_str(), currency],
    )
}

pub fn primaries(tx: &Tx<'_>, id: i64) -> Result<Vec<PrimaryPeriod>> {
    own_primaries(tx, INSTRUMENT_PRIMARY, id)
}

pub fn apply_primaries(tx: &Tx<'_>, changes: &[Change]) -> Result<()> {
    apply_primary_changes(tx, INSTRUMENT_PRIMARY, changes)
}

/// Sets what `instrument update` may change besides the end: holder, BIC, preference.
pub fn set_details(
    tx: &Tx<'_>,
    id: i64,
    holder: Option<&str>,
    bic: Option<&str>,
    preference: Option<i64>,
) -> Result<()> {
    tx.execute(
        "UPDATE instrument SET holder = ?2, bic = ?3, preference = ?4 WHERE id = ?1",
        args![id, holder, bic, preference],
    )?;
    Ok(())
}

/// Sets a card's expiry (`YYYY-MM`): a renewed card with the same number.
pub fn set_expiry(tx: &Tx<'_>, id: i64, expiry: &str) -> Result<()> {
    tx.execute(
        "UPDATE instrument SET expiry = ?2 WHERE id = ?1",
        args![id, expiry],
    )?;
    Ok(())
}

pub fn set_end(tx: &Tx<'_>, id: i64, end: NaiveDate) -> Result<()> {
    tx.execute(
        "UPDATE instrument SET end_date = ?2 WHERE id = ?1",
        args![id, end],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ doctor

/// Every instrument (with flags as on `on`), for the doctor's checks.
pub fn all(tx: &Tx<'_>, on: NaiveDate) -> Result<Vec<Instrument>> {
    query(tx, "1 = 1", args![], on)
}

/// Every primary period of instruments, by instrument.
pub fn all_primaries(tx: &Tx<'_>) -> Result<Vec<PrimaryPeriod>> {
    primaries_where(tx, INSTRUMENT_PRIMARY, "SELECT id FROM instrument", args![])
}

/// Instruments in force on `today` on an inactive account (cards past their expiry month
/// excluded).
pub fn active_on_inactive(tx: &Tx<'_>, today: NaiveDate) -> Result<Vec<(i64, String)>> {
    // The expiry is text `YYYY-MM`: today's month is computed here, not with `substr` on a
    // date (PostgreSQL's dates are no text).
    let month = today.format("%Y-%m").to_string();
    tx.query_vec(
        "SELECT i.id, a.number FROM instrument i JOIN account a ON a.id = i.account_id
         WHERE a.status = 'inactive' AND i.start_date <= ?1
           AND COALESCE(i.end_date, '9999-12-31') >= ?1
           AND (i.expiry IS NULL OR i.expiry >= ?2) ORDER BY i.id",
        args![today, month],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Whether any instrument has this external id.
pub fn external_id_taken(tx: &Tx<'_>, external_id: &str) -> Result<Option<i64>> {
    id_by_external_id(tx, external_id)
}

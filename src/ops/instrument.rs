//! Use cases of payment instruments (product.md §3.4): cards and bank accounts of an account
//! or one of its bill-to sites, their dated primaries, and the defaults on a date.
//!
//! Entry points for other commands:
//! - [`defaults`]`(db, number, site, on, currency)`: everything `account defaults` shows — the
//!   default receipt method with its reason and a warning when an automatic method has no
//!   instrument of its payment type, the default bank account for a currency and the default
//!   card, each with its reason (a missing default is `None` with the reason, not an error).
//! - [`default_bank_account`] / [`default_card`]`(conn, account_id, site_id, …, on)`: the same
//!   choices inside an open read or write transaction.
//! - For `instrument import`, per row: [`validate`] checks the form of an
//!   [`InstrumentInput`] (exit 5, the card number tokenised at once) and returns a
//!   [`NewInstrument`]; [`add_in`] (or [`check_add`] then [`insert_checked`], without the audit entry) checks
//!   the references (3) and rules (4) and inserts it inside an existing write transaction;
//!   [`NewInstrument::same_as`] compares it with a stored row (`store::instrument::by_external_id`)
//!   to count an upserted row as unchanged.
//!
//! Bank numbers leave this module masked to their last four characters unless a reveal was
//! asked, and each reveal is audited. A card's number never reaches this module's output.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::domain::audit::mask;
use crate::domain::bank;
use crate::domain::card::{self, CardNumber};
use crate::domain::currency::currency;
use crate::domain::key::Key;
use crate::domain::payment::{Assignment, Choice, Instrument, PaymentType, choose_default};
use crate::domain::period::{Dating, Period, check_dating};
use crate::domain::primary::{self, Change};
use crate::domain::reference::RecordRef;
use crate::domain::text;
use crate::domain::time::parse_date;
use crate::error::{Error, Result};
use crate::ops::account::require;
use crate::ops::receipt_method::{
    PrimaryMoved, audit_demotions, default_on, missing_instrument, require_bill_to_site,
};
use crate::ops::{Context, audit, dated};
use crate::store::Tx;
use crate::store::instrument::{self as store, NewInstrumentRow};
use crate::store::{Db, Writer};

/// An instrument as typed (by `instrument add` or an import row): every value unchecked.
#[derive(Debug, Default, Clone)]
pub struct InstrumentInput<'a> {
    pub account: &'a str,
    pub card_number: Option<&'a CardNumber>,
    pub expiry: Option<&'a str>,
    pub holder: Option<&'a str>,
    pub iban: Option<&'a str>,
    pub bic: Option<&'a str>,
    pub bank_account: Option<&'a str>,
    pub bank_code: Option<&'a str>,
    pub country: Option<&'a str>,
    pub currency: Option<&'a str>,
    pub primary: bool,
    pub site_id: Option<i64>,
    pub start: Option<&'a str>,
    pub end: Option<&'a str>,
    pub preference: Option<&'a str>,
    pub external_id: Option<&'a str>,
}

/// An instrument whose every value has been checked; what it holds may be stored (a card's
/// number is already reduced to brand, last 4 and fingerprint).
#[derive(Debug, Clone)]
pub struct NewInstrument {
    pub account: String,
    pub primary: bool,
    /// `account_id` is filled in by [`insert_checked`].
    pub row: NewInstrumentRow,
}

impl NewInstrument {
    fn kind(&self) -> PaymentType {
        self.row.kind.unwrap_or(PaymentType::BankAccount)
    }

    /// The days it can be used (a card's cut at the end of its expiry month).
    pub fn effective_period(&self) -> Period {
        let expiry_end = self.row.expiry.as_deref().and_then(|e| {
            let (y, m) = e.split_once('-')?;
            card::last_day_of_month(y.parse().ok()?, m.parse().ok()?)
        });
        let end = match (self.row.end, expiry_end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Period {
            start: self.row.start,
            end,
        }
    }
}

impl NewInstrument {
    /// Whether `stored` (read unmasked, e.g. by `store::instrument::by_external_id`) already
    /// holds exactly these values: what an upserting import counts as `unchanged`.
    pub fn same_as(&self, stored: &Instrument) -> bool {
        let r = &self.row;
        stored.account == self.account
            && Some(stored.kind) == r.kind
            && stored.site_id == r.site_id
            && stored.brand == r.brand
            && stored.last4 == r.last4
            && stored.expiry == r.expiry
            && stored.fingerprint == r.fingerprint
            && stored.iban == r.iban
            && stored.bic == r.bic
            && stored.bank_account == r.bank_account
            && stored.bank_code == r.bank_code
            && stored.country == r.country
            && stored.currency == r.currency
            && stored.holder == r.holder
            && stored.start == r.start
            && stored.end == r.end
            && stored.preference == r.preference
            && stored.external_id == r.external_id
    }
}

fn present(v: Option<&str>) -> Option<&str> {
    v.filter(|s| !s.trim().is_empty())
}

/// Checks the form of every value (exit 5): exactly one of a card, an IBAN or a domestic
/// account; a card with its expiry and no currency; a bank account with its currency; no
/// card number hidden in the holder or external id. A message never repeats anything that
/// may be a card number (a value typed in the wrong place).
pub fn validate(input: &InstrumentInput<'_>, today: NaiveDate, key: &Key) -> Result<NewInstrument> {
    validate_values(input, today, key).map_err(|mut e| {
        e.message = card::redact(&e.message);
        e.hint = e.hint.map(|h| card::redact(&h));
        e
    })
}

fn validate_values(
    input: &InstrumentInput<'_>,
    today: NaiveDate,
    key: &Key,
) -> Result<NewInstrument> {
    for (field, value) in [
        ("account", Some(input.account)),
        ("holder", input.holder),
        ("external id", input.external_id),
        ("bank code", input.bank_code),
    ] {
        if let Some(v) = value {
            text::no_card_number(field, v)?;
        }
    }
    let account = text::code("account", input.account)?;
    let card_number = input.card_number;
    let iban = present(input.iban);
    let bank_account = present(input.bank_account);
    let given = [
        card_number.is_some(),
        iban.is_some(),
        bank_account.is_some(),
    ]
    .iter()
    .filter(|g| **g)
    .count();
    if given != 1 {
        return Err(Error::invalid(
            "give exactly one of a card number, an IBAN, or a bank account with its bank code and country",
        ));
    }
    let start = input
        .start
        .and_then(|s| present(Some(s)))
        .map(|s| parse_date("start", s))
        .transpose()?
        .unwrap_or(today);
    let end = present(input.end)
        .map(|e| parse_date("end", e))
        .transpose()?;
    Period::new(start, end)?;
    let preference = present(input.preference)
        .map(parse_preference)
        .transpose()?;
    let holder = text::optional(present(input.holder), |v| text::name("holder", v))?;
    let external_id = text::optional(present(input.external_id), |v| text::code("external id", v))?;
    let mut row = NewInstrumentRow {
        site_id: input.site_id,
        holder,
        start,
        end,
        preference,
        external_id,
        ..Default::default()
    };
    if let Some(number) = card_number {
        if present(input.currency).is_some() {
            return Err(Error::invalid("a card has no currency")
                .with_hint("drop the currency; cards pay in any currency"));
        }
        if present(input.bic).is_some()
            || present(input.bank_code).is_some()
            || present(input.country).is_some()
        {
            return Err(Error::invalid(
                "a card takes no BIC, bank code or country: those are for bank accounts",
            ));
        }
        let expiry = present(input.expiry).ok_or_else(|| {
            Error::invalid("a card needs its expiry").with_hint("give the expiry as YYYY-MM")
        })?;
        let c = card::validate(number, expiry, today, key)?;
        if c.expires_after < start {
            return Err(Error::invalid(format!(
                "the card expires after {}, before its start {start}",
                c.expiry
            )));
        }
        row.kind = Some(PaymentType::Card);
        row.brand = Some(c.brand);
        row.last4 = Some(c.last4);
        row.expiry = Some(c.expiry);
        row.fingerprint = Some(c.fingerprint);
    } else {
        if present(input.expiry).is_some() {
            return Err(Error::invalid("an expiry is for cards, not bank accounts"));
        }
        let cur = present(input.currency).ok_or_else(|| {
            Error::invalid("a bank account needs its currency")
                .with_hint("give an ISO 4217 code, e.g. --currency EUR")
        })?;
        row.currency = Some(currency("currency", cur)?);
        row.kind = Some(PaymentType::BankAccount);
        if let Some(iban) = iban {
            let i = bank::parse_iban(iban)?;
            // An IBAN carries its country and bank code. Both may still be given when they
            // agree with it, as in the output of `instrument list --reveal`, which then
            // imports back.
            let agrees = |given: Option<&str>, own: &str| {
                given.is_none_or(|g| bank::compact(g).eq_ignore_ascii_case(own))
            };
            if !agrees(present(input.country), &i.country)
                || !agrees(present(input.bank_code), &i.bank_code)
            {
                return Err(Error::invalid(
                    "an IBAN carries its bank code and country: give either the IBAN or the domestic form",
                )
                .with_hint(format!(
                    "this IBAN is of country {} and bank code {}",
                    i.country, i.bank_code
                )));
            }
            row.bic = input.bic.map(bank::parse_bic).transpose()?;
            row.last4 = Some(last4(&i.iban));
            row.country = Some(i.country.clone());
            row.bank_key = Some(i.bank_key.clone());
            row.iban = Some(i.iban);
        } else if let Some(number) = bank_account {
            let code = present(input.bank_code).ok_or_else(|| {
                Error::invalid("a domestic bank account needs its bank code")
                    .with_hint("give --bank-code CODE and --country CC, or an IBAN")
            })?;
            let cc = present(input.country).ok_or_else(|| {
                Error::invalid("a domestic bank account needs its country")
                    .with_hint("give --country CC (ISO 3166), or an IBAN")
            })?;
            let (number, code, cc, key) = bank::parse_domestic(number, code, cc)?;
            row.bic = input.bic.map(bank::parse_bic).transpose()?;
            row.last4 = Some(last4(&number));
            row.bank_account = Some(number);
            row.bank_code = Some(code);
            row.country = Some(cc);
            row.bank_key = Some(key);
        }
    }
    Ok(NewInstrument {
        account,
        primary: input.primary,
        row,
    })
}

fn last4(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

fn describe(i: &Instrument) -> String {
    match i.kind {
        PaymentType::Card => format!(
            "{} card ending {}",
            i.brand.map(|b| b.as_str()).unwrap_or("a"),
            i.last4.as_deref().unwrap_or("?")
        ),
        PaymentType::BankAccount => format!(
            "bank account ending {} ({})",
            i.last4.as_deref().unwrap_or("?"),
            i.currency.as_deref().unwrap_or("?")
        ),
    }
}

/// The instrument with its bank numbers masked to the last four characters.
pub fn masked(mut i: Instrument) -> Instrument {
    i.iban = i.iban.as_deref().map(mask);
    i.bank_account = i.bank_account.as_deref().map(mask);
    i
}

/// What [`check_add`] found: the account and site the instrument goes to, its period and
/// how it is dated.
#[derive(Debug, Clone)]
pub struct CheckedAdd {
    account_id: i64,
    site_id: Option<i64>,
    period: Period,
    pub dating: Dating,
}

/// [`check_add`] then [`insert_checked`]. Returns the instrument masked, as on `ctx.today`.
fn insert_dated(
    w: &Writer<'_>,
    ctx: &Context,
    new: &NewInstrument,
    backdate: bool,
) -> Result<(Instrument, Dating)> {
    let checked = check_add(w.conn, ctx, new, backdate)?;
    Ok((insert_checked(w, ctx, new, &checked)?, checked.dating))
}

/// The audit entry of an added instrument, as a correction when back-dated.
pub fn audit_add(
    w: &Writer<'_>,
    ctx: &Context,
    new: &NewInstrument,
    added: &Instrument,
    dating: Dating,
) -> Result<()> {
    let start = new.row.start;
    audit(
        w,
        ctx,
        "add",
        "instrument",
        added.id,
        dated(
            serde_json::to_value(added)?,
            dating,
            start,
            serde_json::Value::Null,
            answer(&load(w.conn, added.id, start)?),
        ),
    )
}

/// The references (3) and rules (4) of adding a checked instrument, without writing: the
/// account (open, active) and bill-to site, the dating (a start before today needs
/// `backdate`: an import row is no way around the back-dating rule), a free external id, no
/// overlapping same card or bank account, no clashing primary. [`add_in`] calls it before it
/// writes, and so does each new row of `instrument import` (whose write then needs no
/// savepoint: a refused row has written nothing).
pub fn check_add(
    conn: &crate::store::Tx<'_>,
    ctx: &Context,
    new: &NewInstrument,
    backdate: bool,
) -> Result<CheckedAdd> {
    let account = crate::ops::account::require_open(conn, &new.account)?;
    let site_id = new
        .row
        .site_id
        .map(|s| require_bill_to_site(conn, &account, s))
        .transpose()?;
    account.ensure_active("instruments")?;
    let period = new.effective_period();
    let dating = check_dating("an instrument starting", new.row.start, ctx.today, backdate)?;
    if let Some(ext) = &new.row.external_id
        && let Some(other) = store::external_id_taken(conn, ext)?
    {
        return Err(
            Error::conflict(format!("external id {ext} is already instrument {other}"))
                .with_hint(format!("see it with: custctl instrument show {other}")),
        );
    }
    for other in store::same_identity(
        conn,
        account.id,
        new.row.fingerprint.as_deref(),
        new.row.bank_key.as_deref(),
        ctx.today,
    )? {
        if other.effective_period().overlaps(&period) {
            return Err(Error::conflict(format!(
                "the same {} is already instrument {} of account {} ({}), which overlaps {}",
                if new.kind() == PaymentType::Card { "card" } else { "bank account" },
                other.id,
                account.number,
                other.effective_period().describe(),
                period.describe()
            ))
            .with_hint(format!(
                "one card or bank account is active once per account at a time: end instrument {} first (custctl instrument end {} --on DATE) or start after it",
                other.id, other.id
            )));
        }
    }
    let kind = new.kind();
    if new.primary {
        let existing =
            store::scope_primaries(conn, account.id, site_id, kind, new.row.currency.as_deref())?;
        if let Some(c) = primary::clash(&existing, 0, &period) {
            let scope = match kind {
                PaymentType::Card => "card".to_string(),
                PaymentType::BankAccount => {
                    format!("{} bank account", new.row.currency.as_deref().unwrap_or(""))
                }
            };
            return Err(Error::conflict(format!(
                "instrument {} is the primary {scope} of account {}{} over {}, which overlaps {}",
                c.owner,
                account.number,
                site_id.map(|s| format!(" site {s}")).unwrap_or_default(),
                c.period.describe(),
                period.describe()
            ))
            .with_hint(
                "add it without --primary, then move the role with: custctl instrument set-primary ID --from DATE",
            ));
        }
    }
    Ok(CheckedAdd {
        account_id: account.id,
        site_id,
        period,
        dating,
    })
}

/// Inserts an instrument that passed [`check_add`] and, with `primary`, its primary period,
/// with no audit entry of its own ([`add_in`] writes one; an import writes one for the file,
/// and one for a back-dated row, a correction). Returns the instrument masked, as on
/// `ctx.today`. Nothing here refuses the instrument.
pub fn insert_checked(
    w: &Writer<'_>,
    ctx: &Context,
    new: &NewInstrument,
    checked: &CheckedAdd,
) -> Result<Instrument> {
    let mut row = new.row.clone();
    row.account_id = checked.account_id;
    row.site_id = checked.site_id;
    let id = store::insert(w.conn, &row, &ctx.timestamp())?;
    if new.primary {
        store::apply_primaries(
            w.conn,
            &[Change::Insert {
                owner: id,
                period: checked.period,
            }],
        )?;
    }
    Ok(masked(load(w.conn, id, ctx.today)?))
}

/// [`check_add`], [`insert_checked`] and the audit entry (bank numbers masked; a card's
/// number was never known); `backdate` allows a start before today, audited as a correction.
pub fn add_in(
    w: &Writer<'_>,
    ctx: &Context,
    new: &NewInstrument,
    backdate: bool,
) -> Result<Instrument> {
    let (added, dating) = insert_dated(w, ctx, new, backdate)?;
    audit_add(w, ctx, new, &added, dating)?;
    Ok(added)
}

/// `instrument add`; `backdate` allows a start before today.
pub fn add(
    db: &mut Db,
    ctx: &Context,
    input: &InstrumentInput<'_>,
    backdate: bool,
) -> Result<Instrument> {
    let key = db.key()?.clone();
    let new = validate(input, ctx.today, &key)?;
    db.write(|w| add_in(w, ctx, &new, backdate))
}

/// What `list --on D` says of an instrument, for the answers of a correction.
fn answer(i: &Instrument) -> serde_json::Value {
    json!({"active": i.active, "primary": i.primary})
}

fn load(conn: &Tx<'_>, id: i64, on: NaiveDate) -> Result<Instrument> {
    store::get(conn, id, on)?.ok_or_else(|| Error::internal("instrument vanished"))
}

/// The instrument with this id, or not found (3).
/// The id of the instrument a reference names (an external id must exist, 3).
pub fn resolve_id(conn: &Tx<'_>, r: &RecordRef) -> Result<i64> {
    match r {
        RecordRef::Id(id) => Ok(*id),
        RecordRef::External(e) => store::id_by_external_id(conn, e)?.ok_or_else(|| {
            Error::not_found(format!("no instrument has the external id {e}")).with_hint(
                "list an account's instruments with: custctl instrument list NUMBER --all",
            )
        }),
    }
}

/// [`resolve_id`] in its own read.
pub fn resolve(db: &mut Db, r: &RecordRef) -> Result<i64> {
    match r {
        RecordRef::Id(id) => Ok(*id),
        _ => db.read(|conn| resolve_id(conn, r)),
    }
}

pub fn require_instrument(conn: &Tx<'_>, id: i64, on: NaiveDate) -> Result<Instrument> {
    store::get(conn, id, on)?.ok_or_else(|| {
        Error::not_found(format!("instrument {id} does not exist"))
            .with_hint("list them with: custctl instrument list NUMBER --all")
    })
}

fn audit_reveal(w: &Writer<'_>, ctx: &Context, items: &[Instrument]) -> Result<()> {
    for i in items.iter().filter(|i| i.kind == PaymentType::BankAccount) {
        let field = if i.iban.is_some() {
            "iban"
        } else {
            "bank_account"
        };
        audit(
            w,
            ctx,
            "reveal",
            "instrument",
            i.id,
            json!({"fields": [field], "last4": i.last4}),
        )?;
    }
    Ok(())
}

/// Marks `default` on each instrument: per currency for bank accounts, among the cards.
fn mark_defaults(
    conn: &Tx<'_>,
    account_id: i64,
    items: &mut [Instrument],
    on: NaiveDate,
) -> Result<()> {
    type Seen = (Option<i64>, PaymentType, Option<String>, Option<i64>);
    let mut chosen: Vec<Seen> = Vec::new();
    for i in items.iter_mut() {
        let key = (i.site_id, i.kind, i.currency.clone());
        let found = chosen
            .iter()
            .find(|c| (c.0, c.1, c.2.clone()) == key)
            .map(|c| c.3);
        let default_id = match found {
            Some(d) => d,
            None => {
                let d = match i.kind {
                    PaymentType::Card => default_card(conn, account_id, i.site_id, on)?,
                    PaymentType::BankAccount => default_bank_account(
                        conn,
                        account_id,
                        i.site_id,
                        i.currency.as_deref().unwrap_or(""),
                        on,
                    )?,
                }
                .choice
                .map(|c| c.id);
                chosen.push((key.0, key.1, key.2, d));
                d
            }
        };
        i.default = Some(default_id == Some(i.id));
    }
    Ok(())
}

/// `instrument list`: the instruments of an account in force on `on` (every one with
/// `all`), optionally only the bank accounts of one currency, with `primary` and `default`
/// as on `on`. Bank numbers are masked unless `reveal` (which is audited).
pub fn list(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    currency_code: Option<&str>,
    on: NaiveDate,
    reveal: bool,
    all: bool,
) -> Result<Vec<Instrument>> {
    let cur = currency_code.map(|c| currency("currency", c)).transpose()?;
    let read = |conn: &Tx<'_>| -> Result<Vec<Instrument>> {
        let account = require(conn, number)?;
        let mut items = store::list(conn, account.id, cur.as_deref(), on)?;
        if !all {
            items.retain(|i| i.active);
        }
        mark_defaults(conn, account.id, &mut items, on)?;
        Ok(items)
    };
    if reveal {
        db.write(|w| {
            let items = read(w.conn)?;
            audit_reveal(w, ctx, &items)?;
            Ok(items)
        })
    } else {
        Ok(db.read(read)?.into_iter().map(masked).collect())
    }
}

/// `instrument show`.
pub fn show(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    on: NaiveDate,
    reveal: bool,
) -> Result<Instrument> {
    let read = |conn: &Tx<'_>| -> Result<Instrument> {
        let mut i = require_instrument(conn, id, on)?;
        let mut one = [i.clone()];
        mark_defaults(conn, i.account_id, &mut one, on)?;
        i.default = one[0].default;
        Ok(i)
    };
    if reveal {
        db.write(|w| {
            let i = read(w.conn)?;
            audit_reveal(w, ctx, std::slice::from_ref(&i))?;
            Ok(i)
        })
    } else {
        db.read(read).map(masked)
    }
}

/// `instrument end`: `on` becomes its last active day; its primary periods end with it. A
/// day before today needs `backdate`. Returns the instrument as stored, as on today.
pub fn end(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    on: NaiveDate,
    backdate: bool,
) -> Result<Instrument> {
    db.write(|w| {
        let before = require_instrument(w.conn, id, on)?;
        crate::ops::account::require_open(w.conn, &before.account)?;
        let dating = check_dating("ending an instrument", on, ctx.today, backdate)?;
        let day = on.succ_opt().unwrap_or(on);
        let old = answer(&load(w.conn, id, day)?);
        let ended = end_in(w, &before, on)?;
        audit(
            w,
            ctx,
            "end",
            "instrument",
            id,
            dated(
                json!({"end": {"from": before.end, "to": ended.end}}),
                dating,
                day,
                old,
                answer(&load(w.conn, id, day)?),
            ),
        )?;
        Ok(masked(load(w.conn, id, ctx.today)?))
    })
}

/// Ends an instrument on `on` inside the caller's write transaction (`instrument end`, and
/// `instrument update --end`): ending never extends (4); its primary periods end with it.
pub(crate) fn end_in(w: &Writer<'_>, before: &Instrument, on: NaiveDate) -> Result<Period> {
    let ended = Period {
        start: before.start,
        end: before.end,
    }
    .ended_on(on)?;
    let own = store::primaries(w.conn, before.id)?;
    store::apply_primaries(w.conn, &primary::plan_end(&own, on))?;
    store::set_end(w.conn, before.id, on)?;
    Ok(ended)
}

/// What `instrument update` takes, as typed: an empty value clears the holder, BIC or
/// preference.
#[derive(Debug, Default)]
pub struct InstrumentUpdate<'a> {
    /// The card's number typed again, with `expiry`, to renew its expiry: checked against
    /// the stored fingerprint, never stored.
    pub card_number: Option<&'a CardNumber>,
    pub expiry: Option<&'a str>,
    pub holder: Option<&'a str>,
    pub bic: Option<&'a str>,
    pub preference: Option<&'a str>,
    pub end: Option<&'a str>,
}

/// Checked changes to an instrument: what may change on an instrument once added. `None`
/// keeps a value, `Some(None)` clears it. The card or bank account itself, its account,
/// site, currency and start never change: end it and add another.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InstrumentChange {
    pub holder: Option<Option<String>>,
    /// Checked against the bank account's country in [`update_in`].
    pub bic: Option<Option<String>>,
    pub preference: Option<Option<i64>>,
    /// A new last active day (ending, as `instrument end`); `Some(None)` (no end) is refused
    /// for an ended instrument: ending never extends.
    pub end: Option<Option<NaiveDate>>,
    /// The card typed again with a new expiry (a renewed card keeps its number): its
    /// fingerprint must be the stored one (4); only the expiry changes.
    pub card: Option<card::ValidCard>,
}

/// A value that an empty string clears: absent, `Some(None)` or `Some(Some(value))`.
fn clearable(v: Option<&str>) -> Option<Option<&str>> {
    v.map(|v| present(Some(v)))
}

/// The form of a preference: a whole number of 1 or more.
fn parse_preference(p: &str) -> Result<i64> {
    p.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| {
            Error::invalid(format!(
                "preference: '{}' is not a whole number of 1 or more",
                crate::domain::time::printable(p.trim())
            ))
            .with_hint("1 is the first choice")
        })
}

impl InstrumentChange {
    /// The form of every value of `instrument update` (5). `key` fingerprints a card typed
    /// again.
    pub fn from_input(input: &InstrumentUpdate<'_>, today: NaiveDate, key: &Key) -> Result<Self> {
        let card = match (input.card_number, present(input.expiry)) {
            (Some(number), Some(expiry)) => Some(card::validate(number, expiry, today, key)?),
            (None, None) => None,
            _ => {
                return Err(Error::usage(
                    "--card-number and --expiry go together: the card's number typed again and its new expiry",
                ));
            }
        };
        Ok(InstrumentChange {
            card,
            holder: clearable(input.holder)
                .map(|h| h.map(|v| text::name("holder", v)).transpose())
                .transpose()?,
            bic: clearable(input.bic)
                .map(|b| b.map(|v| text::code("bic", v)).transpose())
                .transpose()?,
            preference: clearable(input.preference)
                .map(|p| p.map(parse_preference).transpose())
                .transpose()?,
            end: input
                .end
                .map(|e| crate::domain::time::parse_date("end", e).map(Some))
                .transpose()?,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == InstrumentChange::default()
    }
}

/// `instrument update`.
pub fn update(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    input: &InstrumentUpdate<'_>,
    backdate: bool,
) -> Result<Instrument> {
    let key = db.key()?.clone();
    let change = InstrumentChange::from_input(input, ctx.today, &key)?;
    if change.is_empty() {
        return Err(Error::usage("nothing to update").with_hint(
            "give at least one of --holder, --bic, --preference, --end, or --card-number with a new --expiry",
        ));
    }
    db.write(|w| match update_in(w, ctx, id, &change, backdate)? {
        Some(updated) => Ok(updated),
        None => Ok(masked(require_instrument(w.conn, id, ctx.today)?)),
    })
}

/// Applies a checked change to an instrument inside the caller's write transaction
/// (`instrument update`, and each row of `instrument import` for a known external id): a
/// BIC only for a bank account (5), an end by the rules of `instrument
/// end` (4), the write and its audit entry. Returns `None`, having written nothing, when the
/// change changes nothing.
pub fn update_in(
    w: &Writer<'_>,
    ctx: &Context,
    id: i64,
    change: &InstrumentChange,
    backdate: bool,
) -> Result<Option<Instrument>> {
    let before = require_instrument(w.conn, id, ctx.today)?;
    // A garbled customer's account takes no change (a holder would bring personal data back).
    crate::ops::account::require_open(w.conn, &before.account)?;
    let pick = |new: &Option<Option<String>>, old: &Option<String>| match new {
        Some(v) => v.clone(),
        None => old.clone(),
    };
    let holder = pick(&change.holder, &before.holder);
    let bic = match &change.bic {
        Some(Some(b)) => {
            if before.kind == PaymentType::Card {
                return Err(Error::invalid(
                    "a card takes no BIC, bank code or country: those are for bank accounts",
                ));
            }
            Some(bank::parse_bic(b)?)
        }
        Some(None) => None,
        None => before.bic.clone(),
    };
    let preference = match change.preference {
        Some(p) => p,
        None => before.preference,
    };
    let details = holder != before.holder || bic != before.bic || preference != before.preference;
    let end = match change.end {
        Some(e) if e != before.end => Some(e),
        _ => None,
    };
    let dating = match end {
        Some(Some(on)) => check_dating("ending an instrument", on, ctx.today, backdate)?,
        _ => Dating::Current,
    };
    let renewed = match &change.card {
        Some(c) => {
            if before.kind != PaymentType::Card
                || before.fingerprint.as_deref() != Some(c.fingerprint.as_str())
            {
                return Err(Error::conflict(format!(
                    "the card number ending {} is not the card of instrument {id}",
                    c.last4
                ))
                .with_hint("an instrument's card never changes: end it and add the new card"));
            }
            if c.expires_after < before.start {
                return Err(Error::invalid(format!(
                    "the card expires after {}, before its start {}",
                    c.expiry, before.start
                )));
            }
            (before.expiry.as_deref() != Some(c.expiry.as_str())).then_some(c)
        }
        None => None,
    };
    if !details && end.is_none() && renewed.is_none() {
        return Ok(None);
    }
    if details {
        store::set_details(w.conn, id, holder.as_deref(), bic.as_deref(), preference)?;
    }
    if let Some(c) = renewed {
        store::set_expiry(w.conn, id, &c.expiry)?;
        let renewed_period = masked(load(w.conn, id, ctx.today)?).effective_period();
        let old_period = before.effective_period();
        if renewed_period
            .end
            .is_some_and(|e| old_period.end.is_none_or(|o| e < o))
        {
            // An earlier expiry: the primary periods end with it.
            let last = renewed_period.end.expect("checked");
            let own = store::primaries(w.conn, id)?;
            store::apply_primaries(w.conn, &primary::plan_end(&own, last))?;
        } else {
            // A later expiry: the same card may not be in force twice on one account.
            let account = require(w.conn, &before.account)?;
            for other in store::same_identity(
                w.conn,
                account.id,
                before.fingerprint.as_deref(),
                None,
                ctx.today,
            )? {
                if other.id != id && other.effective_period().overlaps(&renewed_period) {
                    return Err(Error::conflict(format!(
                        "the same card is already instrument {} of account {} ({}), which overlaps {}",
                        other.id,
                        account.number,
                        other.effective_period().describe(),
                        renewed_period.describe()
                    )));
                }
            }
        }
    }
    match end {
        None => {}
        Some(Some(on)) => {
            end_in(w, &before, on)?;
        }
        Some(None) => {
            return Err(Error::conflict(format!(
                "instrument {id} ends on {}; ending never extends",
                before.end.map(|d| d.to_string()).unwrap_or_default()
            ))
            .with_hint("add a new instrument for the time after its end"));
        }
    }
    let after = masked(load(w.conn, id, ctx.today)?);
    let mut changes = crate::ops::person::changed_fields(
        &serde_json::to_value(masked(before))?,
        &serde_json::to_value(&after)?,
    );
    if dating.is_backdated()
        && let serde_json::Value::Object(map) = &mut changes
    {
        map.insert("backdated".into(), serde_json::Value::Bool(true));
    }
    audit(w, ctx, "update", "instrument", id, changes)?;
    Ok(Some(after))
}

/// `instrument set-primary`: the instrument holds the primary role of its scope (its account
/// or site; bank accounts per currency, cards together) from `from` to the end of its
/// usable period; the previous primary keeps it until the day before. Nothing before
/// `from` changes.
pub fn set_primary(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    from: NaiveDate,
    backdate: bool,
) -> Result<PrimaryMoved<Instrument>> {
    db.write(|w| {
        let target = require_instrument(w.conn, id, from)?;
        crate::ops::account::require_open(w.conn, &target.account)?;
        let dating = check_dating("moving the primary", from, ctx.today, backdate)?;
        let existing = store::scope_primaries(
            w.conn,
            target.account_id,
            target.site_id,
            target.kind,
            target.currency.as_deref(),
        )?;
        let period = target.effective_period();
        let changes = primary::plan_set_primary(&existing, id, &period, from).map_err(|e| {
            Error::conflict(format!(
                "instrument {id} ({}) {}",
                describe(&target),
                e.message
            ))
            .with_hint(format!(
                "it can be used {}; give --from a date within it",
                period.describe()
            ))
        })?;
        if changes.is_empty() {
            // Already the primary from that day on: nothing changes, nothing is audited.
            return Ok(PrimaryMoved {
                record: masked(load(w.conn, id, from)?),
                demoted: Vec::new(),
            });
        }
        store::apply_primaries(w.conn, &changes)?;
        let demoted = audit_demotions(w, ctx, "instrument", id, &changes, from)?;
        let now = store::scope_primaries(
            w.conn,
            target.account_id,
            target.site_id,
            target.kind,
            target.currency.as_deref(),
        )?;
        audit(
            w,
            ctx,
            "set-primary",
            "instrument",
            id,
            dated(
                json!({"primary": {"from": from, "to": period.end}}),
                dating,
                from,
                json!({ "primary": primary::primary_on(&existing, from) }),
                json!({ "primary": primary::primary_on(&now, from) }),
            ),
        )?;
        Ok(PrimaryMoved {
            record: masked(load(w.conn, id, from)?),
            demoted,
        })
    })
}

/// The primary of one scope on `on`, if any.
fn primary_of(
    conn: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    kind: PaymentType,
    currency_code: Option<&str>,
    on: NaiveDate,
) -> Result<Option<Instrument>> {
    let primaries = store::scope_primaries(conn, account_id, site_id, kind, currency_code)?;
    Ok(match primary::primary_on(&primaries, on) {
        Some(owner) => store::get(conn, owner, on)?.filter(|i| i.active),
        None => None,
    })
}

fn default_of(
    conn: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    kind: PaymentType,
    currency_code: Option<&str>,
    on: NaiveDate,
    what: &str,
) -> Result<Choice<Instrument>> {
    let site_primary = match site_id {
        Some(_) => primary_of(conn, account_id, site_id, kind, currency_code, on)?,
        None => None,
    };
    let primary = match site_primary {
        Some(p) => Some(p),
        None => primary_of(conn, account_id, None, kind, currency_code, on)?,
    };
    let in_force: Vec<Instrument> = store::list(conn, account_id, currency_code, on)?
        .into_iter()
        .filter(|i| i.kind == kind && i.active)
        .collect();
    let at_site: Vec<Instrument> = in_force
        .iter()
        .filter(|i| site_id.is_some() && i.site_id == site_id)
        .cloned()
        .collect();
    let candidates: Vec<Instrument> = if at_site.is_empty() {
        in_force
            .into_iter()
            .filter(|i| i.site_id.is_none())
            .collect()
    } else {
        at_site
    };
    let choice = choose_default(what, on, primary.as_ref(), &candidates);
    Ok(Choice {
        reason: choice.reason,
        choice: choice.choice.cloned().map(masked),
    })
}

/// The default bank account for `currency` on `on`: the primary bank account of that
/// currency in force on that day (the site's before the account's), else the one in force
/// with the lowest order of preference, then the earliest start (the site's own when it has
/// any, else the account's). None, with the reason, when there is none. Masked.
pub fn default_bank_account(
    conn: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    currency_code: &str,
    on: NaiveDate,
) -> Result<Choice<Instrument>> {
    default_of(
        conn,
        account_id,
        site_id,
        PaymentType::BankAccount,
        Some(currency_code),
        on,
        &format!("{currency_code} bank account"),
    )
}

/// The default card on `on`, chosen as [`default_bank_account`] chooses among the cards.
pub fn default_card(
    conn: &Tx<'_>,
    account_id: i64,
    site_id: Option<i64>,
    on: NaiveDate,
) -> Result<Choice<Instrument>> {
    default_of(
        conn,
        account_id,
        site_id,
        PaymentType::Card,
        None,
        on,
        "card",
    )
}

/// The payment defaults of an account (or one of its sites) on a date, each with its reason.
#[derive(Debug, Clone, Serialize)]
pub struct PaymentDefaults {
    pub account: String,
    pub site_id: Option<i64>,
    pub on: NaiveDate,
    pub receipt_method: Choice<Assignment>,
    pub currency: String,
    pub bank_account: Choice<Instrument>,
    pub card: Choice<Instrument>,
    /// E.g. an automatic receipt method without an instrument of its payment type in force.
    pub warnings: Vec<String>,
}

/// Every payment default of account `number` (or its site `site`) on `on`, for `currency`
/// (default: the account's currency). Read only; bank numbers masked.
pub fn defaults(
    db: &mut Db,
    number: &str,
    site: Option<i64>,
    on: NaiveDate,
    currency_code: Option<&str>,
) -> Result<PaymentDefaults> {
    let cur = currency_code.map(|c| currency("currency", c)).transpose()?;
    db.read(|conn| defaults_in(conn, number, site, on, cur.as_deref()))
}

/// [`defaults`] inside an open transaction.
pub fn defaults_in(
    conn: &Tx<'_>,
    number: &str,
    site: Option<i64>,
    on: NaiveDate,
    currency_code: Option<&str>,
) -> Result<PaymentDefaults> {
    let account = require(conn, number)?;
    let site_id = site
        .map(|s| require_bill_to_site(conn, &account, s))
        .transpose()?;
    let cur = currency_code.unwrap_or(&account.currency).to_string();
    let receipt_method = default_on(conn, account.id, site_id, on)?;
    let mut warnings = Vec::new();
    if let Some(a) = &receipt_method.choice
        && let Some(w) = missing_instrument(conn, a, on)?
    {
        warnings.push(w);
    }
    Ok(PaymentDefaults {
        bank_account: default_bank_account(conn, account.id, site_id, &cur, on)?,
        card: default_card(conn, account.id, site_id, on)?,
        account: account.number,
        site_id,
        on,
        receipt_method,
        currency: cur,
        warnings,
    })
}

/// "Today" for `doctor`, which runs without a context: `CUSTCTL_NOW` when set, else the
/// local date.
pub fn doctor_today() -> NaiveDate {
    std::env::var("CUSTCTL_NOW")
        .ok()
        .and_then(|v| crate::domain::time::parse_timestamp("CUSTCTL_NOW", &v).ok())
        .map(|t| t.with_timezone(&chrono::Local).date_naive())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Instrument problems for `doctor`: two primaries of one scope on one day, a primary
/// outside its instrument's usable period, one card or bank account active twice on one
/// account at overlapping dates.
pub fn doctor_problems(conn: &Tx<'_>) -> Result<Vec<String>> {
    use std::collections::{BTreeMap, HashMap};
    let today = doctor_today();
    let all = store::all(conn, today)?;
    let by_id: HashMap<i64, &Instrument> = all.iter().map(|i| (i.id, i)).collect();
    let mut out = Vec::new();
    type Scope = (i64, Option<i64>, &'static str, Option<String>);
    let mut scopes: BTreeMap<Scope, Vec<primary::PrimaryPeriod>> = BTreeMap::new();
    for p in store::all_primaries(conn)? {
        let Some(owner) = by_id.get(&p.owner) else {
            continue;
        };
        let period = owner.effective_period();
        if p.period.start < period.start
            || p.period.end.unwrap_or(NaiveDate::MAX) > period.end.unwrap_or(NaiveDate::MAX)
        {
            out.push(format!(
                "instrument {} is primary ({}) outside its usable period ({})",
                owner.id,
                p.period.describe(),
                period.describe()
            ));
        }
        scopes
            .entry((
                owner.account_id,
                owner.site_id,
                owner.kind.as_str(),
                owner.currency.clone(),
            ))
            .or_default()
            .push(p);
    }
    for periods in scopes.values() {
        for (a, b) in primary::overlapping(periods) {
            let day = a.period.start.max(b.period.start);
            out.push(format!(
                "instruments {} and {} are both primary of one scope on {day}",
                a.owner, b.owner
            ));
        }
    }
    // The same card (fingerprint) or bank account (bank_key) of one account, grouped first.
    let mut same: BTreeMap<(i64, &str), Vec<&Instrument>> = BTreeMap::new();
    for i in &all {
        if let Some(identity) = i.fingerprint.as_deref().or(i.bank_key.as_deref()) {
            same.entry((i.account_id, identity)).or_default().push(i);
        }
    }
    for group in same.values() {
        for (n, a) in group.iter().enumerate() {
            for b in &group[n + 1..] {
                if a.effective_period().overlaps(&b.effective_period()) {
                    out.push(format!(
                        "instruments {} and {} are the same {} of account {} at overlapping dates",
                        a.id,
                        b.id,
                        if a.kind == PaymentType::Card {
                            "card"
                        } else {
                            "bank account"
                        },
                        a.account
                    ));
                }
            }
        }
    }
    Ok(out)
}

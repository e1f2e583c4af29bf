//! `custctl instrument …`: payment instruments (cards and bank accounts) of an account or
//! one of its bill-to sites.
//!
//! A card number is held in a [`CardNumber`], whose `Debug` and `Display` mask it, from the
//! moment clap reads it; it is reduced to brand, last 4 and a keyed fingerprint before the
//! database is touched. No flag takes a card verification code.

pub mod import;

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::{App, BackdateArg, instrument_ref, opt_date};
use crate::domain::card::CardNumber;
use crate::domain::reference::RecordRef;
use crate::error::{Error, Result};
use crate::ops::instrument::{self as ops, InstrumentInput};

#[derive(Debug, Args)]
pub struct InstrumentArgs {
    #[command(subcommand)]
    command: InstrumentCommand,
}

#[derive(Debug, Subcommand)]
enum InstrumentCommand {
    /// Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or
    /// --bank-account --bank-code --country) with its --currency
    Add(Box<AddArgs>),
    /// List the instruments of an account in force on a date (bank numbers masked)
    List(ListArgs),
    /// Show one instrument (bank numbers masked unless --reveal)
    Show(ShowArgs),
    /// End an instrument: --on is its last active day
    End(EndArgs),
    /// Change what may change on an instrument: its holder, BIC, preference or end (an empty
    /// value clears the holder, BIC or preference), or a renewed card's expiry (with its
    /// number typed again); the card or bank account itself never changes
    Update(UpdateArgs),
    /// Make an instrument the primary of its scope from a date (bank accounts per currency,
    /// cards together); the previous primary keeps the role until the day before
    SetPrimary(SetPrimaryArgs),
    /// Every version of an instrument, with who changed it and when (from the audit log);
    /// corrections of the past are marked `backdated`
    History(HistoryArgs),
    /// Import instruments from CSV or NDJSON
    Import(import::InstrumentImportArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["card_number", "iban", "bank_account"])))]
struct AddArgs {
    /// The account number
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// A card's number (never stored: only brand, last 4, expiry and a keyed fingerprint)
    #[arg(
        long,
        value_name = "PAN",
        requires = "expiry",
        conflicts_with = "currency"
    )]
    card_number: Option<CardNumber>,
    /// The card's expiry month
    #[arg(long, value_name = "YYYY-MM", requires = "card_number")]
    expiry: Option<String>,
    /// A bank account's IBAN
    #[arg(long, requires = "currency")]
    iban: Option<String>,
    /// The BIC of the IBAN's bank (of the IBAN's country)
    #[arg(long)]
    bic: Option<String>,
    /// A bank account's domestic number (with --bank-code and --country)
    #[arg(long, value_name = "NUM", requires_all = ["bank_code", "country", "currency"])]
    bank_account: Option<String>,
    /// The domestic bank code (bank and branch identifiers)
    #[arg(long, value_name = "CODE", requires = "bank_account")]
    bank_code: Option<String>,
    /// The bank account's country (ISO 3166 two-letter code)
    #[arg(long, value_name = "CC", requires = "bank_account")]
    country: Option<String>,
    /// A bank account's currency (ISO 4217); cards have none
    #[arg(long, value_name = "CUR")]
    currency: Option<String>,
    /// The name of the card or account holder
    #[arg(long, value_name = "NAME")]
    holder: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
    /// Stray values after the account number: refused without being repeated, since one may
    /// be a card number typed without its flag.
    #[arg(hide = true, value_name = "EXTRA")]
    extra: Vec<StrayValue>,
}

/// A value clap would otherwise echo in its error; never shown.
#[derive(Clone)]
struct StrayValue;

impl std::str::FromStr for StrayValue {
    type Err = std::convert::Infallible;
    fn from_str(_: &str) -> std::result::Result<Self, Self::Err> {
        Ok(StrayValue)
    }
}

impl std::fmt::Debug for StrayValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StrayValue(..)")
    }
}

/// Options every instrument takes.
#[derive(Debug, Args)]
struct CommonArgs {
    /// Primary of its scope over its whole period (refused when another primary overlaps:
    /// use set-primary)
    #[arg(long)]
    primary: bool,
    /// Attach it to this bill-to site of the account
    #[arg(long, value_name = "SITE_ID")]
    site: Option<i64>,
    /// First active day [default: today]
    #[arg(long, value_name = "DATE")]
    start: Option<String>,
    /// Last active day [default: open-ended; a card also ends with its expiry month]
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
    /// Order of preference among instruments without a primary (1 first)
    #[arg(long, value_name = "N")]
    preference: Option<String>,
    /// An id of the instrument in another system (unique)
    #[arg(long, value_name = "ID")]
    external_id: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// Only the bank accounts of this currency
    #[arg(long, value_name = "CUR")]
    currency: Option<String>,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// Every instrument, not only those in force on the date
    #[arg(long)]
    all: bool,
    /// Show bank numbers in full (each reveal is audited)
    #[arg(long)]
    reveal: bool,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "instruments",
    default: &[
        "id", "kind", "last4", "expiry", "iban", "currency", "start", "end", "primary",
    ],
    all: &[
        "id",
        "account",
        "site_id",
        "kind",
        "brand",
        "last4",
        "expiry",
        "fingerprint",
        "iban",
        "bic",
        "bank_account",
        "bank_code",
        "country",
        "currency",
        "holder",
        "start",
        "end",
        "preference",
        "external_id",
        "active",
        "primary",
        "default",
        "created_at",
    ],
};

#[derive(Debug, Args)]
struct ShowArgs {
    /// The instrument: an id, or an external id (ext:VALUE)
    #[arg(value_name = "INSTRUMENT", value_parser = instrument_ref)]
    id: RecordRef,
    /// The date asked for `active`, `primary` and `default` [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// Show bank numbers in full (audited)
    #[arg(long)]
    reveal: bool,
}

#[derive(Debug, Args)]
struct EndArgs {
    /// The instrument: an id, or an external id (ext:VALUE)
    #[arg(value_name = "INSTRUMENT", value_parser = instrument_ref)]
    id: RecordRef,
    /// The last active day
    #[arg(long, value_name = "DATE")]
    on: String,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct HistoryArgs {
    id: i64,
    #[command(flatten)]
    list: ListFlags,
}

#[derive(Debug, Args)]
struct UpdateArgs {
    id: i64,
    /// The card's number typed again, to renew its expiry (checked against the stored card,
    /// never stored)
    #[arg(long, value_name = "PAN", requires = "expiry")]
    card_number: Option<CardNumber>,
    /// The renewed card's expiry month
    #[arg(long, value_name = "YYYY-MM", requires = "card_number")]
    expiry: Option<String>,
    /// The name of the card or account holder ('' clears it)
    #[arg(long, value_name = "NAME")]
    holder: Option<String>,
    /// The BIC of a bank account's bank ('' clears it)
    #[arg(long)]
    bic: Option<String>,
    /// The order of choice among instruments of one scope, 1 first ('' clears it)
    #[arg(long, value_name = "N")]
    preference: Option<String>,
    /// The last active day, as with instrument end (ending never extends)
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct SetPrimaryArgs {
    /// The instrument: an id, or an external id (ext:VALUE)
    #[arg(value_name = "INSTRUMENT", value_parser = instrument_ref)]
    id: RecordRef,
    /// The first day it is primary [default: today]
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

pub fn run(args: InstrumentArgs, app: &mut App) -> Result<()> {
    match args.command {
        InstrumentCommand::Add(a) => {
            if !a.extra.is_empty() {
                return Err(Error::usage(format!(
                    "{} unexpected value(s) after the account number (not shown)",
                    a.extra.len()
                ))
                .with_hint("every value but the account number goes with its flag, e.g. --card-number PAN --expiry YYYY-MM"));
            }
            let input = InstrumentInput {
                account: &a.number,
                card_number: a.card_number.as_ref(),
                expiry: a.expiry.as_deref(),
                holder: a.holder.as_deref(),
                iban: a.iban.as_deref(),
                bic: a.bic.as_deref(),
                bank_account: a.bank_account.as_deref(),
                bank_code: a.bank_code.as_deref(),
                country: a.country.as_deref(),
                currency: a.currency.as_deref(),
                primary: a.common.primary,
                site_id: a.common.site,
                start: a.common.start.as_deref(),
                end: a.common.end.as_deref(),
                preference: a.common.preference.as_deref(),
                external_id: a.common.external_id.as_deref(),
            };
            let (db, ctx, out) = app.open()?;
            out.object(&ops::add(db, ctx, &input, a.common.backdate.backdate)?)
        }
        InstrumentCommand::List(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            let on = on.unwrap_or(ctx.today);
            let rows = ops::list(
                db,
                ctx,
                &a.number,
                a.currency.as_deref(),
                on,
                a.reveal,
                a.all,
            )?;
            out.list(&LIST, &a.list, &rows)
        }
        InstrumentCommand::Show(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            let on = on.unwrap_or(ctx.today);
            let id = ops::resolve(db, &a.id)?;
            out.object(&ops::show(db, ctx, id, on, a.reveal)?)
        }
        InstrumentCommand::End(a) => {
            let on = crate::domain::time::parse_date("on", &a.on)?;
            let (db, ctx, out) = app.open()?;
            let id = ops::resolve(db, &a.id)?;
            out.object(&ops::end(db, ctx, id, on, a.backdate.backdate)?)
        }
        InstrumentCommand::Update(a) => {
            let input = ops::InstrumentUpdate {
                card_number: a.card_number.as_ref(),
                expiry: a.expiry.as_deref(),
                holder: a.holder.as_deref(),
                bic: a.bic.as_deref(),
                preference: a.preference.as_deref(),
                end: a.end.as_deref(),
            };
            let (db, ctx, out) = app.open()?;
            out.object(&ops::update(db, ctx, a.id, &input, a.backdate.backdate)?)
        }
        InstrumentCommand::SetPrimary(a) => {
            let from = opt_date("from", a.from.as_deref())?;
            let (db, ctx, out) = app.open()?;
            let from = from.unwrap_or(ctx.today);
            let id = ops::resolve(db, &a.id)?;
            let moved = ops::set_primary(db, ctx, id, from, a.backdate.backdate)?;
            for d in &moved.demoted {
                match d.until {
                    Some(until) => {
                        out.note(format!("instrument {} stays primary until {until}", d.id))
                    }
                    None => out.note(format!(
                        "instrument {} is no longer primary from {from}",
                        d.id
                    )),
                }
            }
            out.object(&moved)
        }
        InstrumentCommand::History(a) => {
            let (db, ctx, out) = app.open()?;
            out.list(
                &crate::cli::output::HISTORY,
                &a.list,
                &crate::ops::history::instrument(db, a.id, ctx.today)?,
            )
        }
        InstrumentCommand::Import(a) => import::run(a, app),
    }
}

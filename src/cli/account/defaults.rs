//! `custctl account defaults NUMBER [--on DATE] [--currency CUR] [--site SITE_ID]`.

use clap::Args;
use serde::Serialize;

use crate::cli::output::{Format, ListFlags, ListSpec, cell_text};
use crate::cli::{App, opt_date};
use crate::domain::payment::{Choice, Instrument, PaymentType};
use crate::error::Result;
use crate::ops::defaults::{self as ops, AccountDefaults};

#[derive(Debug, Args)]
pub struct DefaultsArgs {
    /// The account number
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// The currency of the default bank account [default: the account's currency, plus
    /// every currency it has a bank account in]
    #[arg(long, value_name = "CUR")]
    currency: Option<String>,
    /// A bill-to site of the account: its own defaults before the account's
    #[arg(long, value_name = "SITE_ID")]
    site: Option<i64>,
}

pub fn run(args: DefaultsArgs, app: &mut App) -> Result<()> {
    let on = opt_date("on", args.on.as_deref())?;
    let (db, ctx, out) = app.open()?;
    let defaults = ops::defaults(
        db,
        &args.number,
        args.site,
        on.unwrap_or(ctx.today),
        args.currency.as_deref(),
    )?;
    for w in &defaults.payment.warnings {
        out.warn(w);
    }
    if out.format == Format::Table {
        return out.list(&ROWS, &ListFlags::default(), &rows(&defaults));
    }
    out.object(&defaults)
}

const ROWS: ListSpec = ListSpec {
    noun: "defaults",
    default: &["default", "value", "reason"],
    all: &["default", "value", "reason"],
};

/// One line per default for the table: what, the value chosen, and why (the reason last,
/// so that it wraps).
#[derive(Debug, Serialize)]
struct Row {
    default: String,
    value: String,
    reason: String,
}

fn instrument(i: &Instrument) -> String {
    match i.kind {
        PaymentType::Card => format!(
            "card {} {} (instrument {})",
            i.brand.map(|b| b.to_string()).unwrap_or_default(),
            i.last4.as_deref().unwrap_or(""),
            i.id
        ),
        PaymentType::BankAccount => format!(
            "bank account {} (instrument {})",
            i.iban
                .as_deref()
                .or(i.bank_account.as_deref())
                .unwrap_or(""),
            i.id
        ),
    }
}

fn rows(d: &AccountDefaults) -> Vec<Row> {
    let p = &d.payment;
    let mut rows = vec![Row {
        default: "receipt method".into(),
        value: p
            .receipt_method
            .choice
            .as_ref()
            .map(|a| format!("{} (assignment {})", a.method, a.id))
            .unwrap_or_default(),
        reason: p.receipt_method.reason.clone(),
    }];
    let pick = |c: &Choice<Instrument>| c.choice.as_ref().map(instrument).unwrap_or_default();
    for b in &d.bank_accounts {
        rows.push(Row {
            default: format!("bank account {}", b.currency),
            value: pick(&b.default),
            reason: b.default.reason.clone(),
        });
    }
    rows.push(Row {
        default: "card".into(),
        value: pick(&p.card),
        reason: p.card.reason.clone(),
    });
    rows.push(Row {
        default: "profile".into(),
        value: d
            .profile
            .choice
            .as_ref()
            .map(|c| format!("{} (assignment {})", c.class, c.assignment_id))
            .unwrap_or_default(),
        reason: d.profile.reason.clone(),
    });
    if let Some(c) = &d.profile.choice {
        for v in c.values.iter().filter(|v| v.source.is_some()) {
            rows.push(Row {
                default: match &v.currency {
                    Some(cur) => format!("  {} {cur}", v.field),
                    None => format!("  {}", v.field),
                },
                value: cell_text(&v.value),
                reason: v.source.map(|s| s.to_string()).unwrap_or_default(),
            });
        }
    }
    rows
}

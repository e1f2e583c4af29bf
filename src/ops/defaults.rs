//! `account defaults`: what applies to an account on a date, each with its reason — the
//! payment defaults (receipt method, bank account per currency, card: chosen by the rules of
//! `ops::instrument`, not repeated here) and the profile in force.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::currency::currency;
use crate::domain::payment::{Choice, Instrument, PaymentType};
use crate::domain::period::Period;
use crate::error::Result;
use crate::ops::account::require as require_account;
use crate::ops::instrument::{PaymentDefaults, default_bank_account, defaults_in};
use crate::ops::profile::{ProfileInForce, in_force};
use crate::store::{Db, instrument as instrument_store};

/// The profile in force with the reason, or null with the reason there is none.
#[derive(Debug, Serialize)]
pub struct ProfileDefault {
    pub choice: Option<ProfileInForce>,
    pub reason: String,
}

/// The default bank account of one currency.
#[derive(Debug, Serialize)]
pub struct CurrencyDefault {
    pub currency: String,
    #[serde(flatten)]
    pub default: Choice<Instrument>,
}

#[derive(Debug, Serialize)]
pub struct AccountDefaults {
    /// account, site_id, on, receipt_method, currency, bank_account (for `currency`), card,
    /// warnings.
    #[serde(flatten)]
    pub payment: PaymentDefaults,
    /// The default bank account per currency: the one asked with --currency, else the
    /// account's currency and every currency it has a bank account in force in on the date.
    pub bank_accounts: Vec<CurrencyDefault>,
    pub profile: ProfileDefault,
}

pub fn defaults(
    db: &mut Db,
    number: &str,
    site: Option<i64>,
    on: NaiveDate,
    cur: Option<&str>,
) -> Result<AccountDefaults> {
    let cur = cur.map(|c| currency("currency", c)).transpose()?;
    db.read(|conn| {
        let payment = defaults_in(conn, number, site, on, cur.as_deref())?;
        let account = require_account(conn, number)?;
        let currencies: BTreeSet<String> = if cur.is_some() {
            BTreeSet::new()
        } else {
            instrument_store::list(conn, account.id, None, on)?
                .into_iter()
                .filter(|i| i.kind == PaymentType::BankAccount && i.active)
                .filter_map(|i| i.currency)
                .filter(|c| *c != payment.currency)
                .collect()
        };
        let mut bank_accounts = vec![CurrencyDefault {
            currency: payment.currency.clone(),
            default: payment.bank_account.clone(),
        }];
        for c in currencies {
            bank_accounts.push(CurrencyDefault {
                default: default_bank_account(conn, account.id, payment.site_id, &c, on)?,
                currency: c,
            });
        }
        let profile = in_force(conn, account.id, on)?;
        let reason = match &profile {
            Some(p) => {
                let overridden = p
                    .values
                    .iter()
                    .filter(|v| v.source == Some(crate::domain::profile::Source::Override))
                    .count();
                format!(
                    "profile assignment {} ({}) of class {} covers {on}; the class's version of {} applies{}",
                    p.assignment_id,
                    Period {
                        start: p.start,
                        end: p.end
                    }
                    .describe(),
                    p.class,
                    p.class_version_from,
                    match overridden {
                        0 => String::new(),
                        n => format!(", with {n} value(s) overridden on the assignment"),
                    }
                )
            }
            None => format!("no profile assignment covers {on}"),
        };
        Ok(AccountDefaults {
            payment,
            bank_accounts,
            profile: ProfileDefault {
                choice: profile,
                reason,
            },
        })
    })
}

//! `account defaults`: what applies to an account on a date, each with its reason.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::currency::currency;
use crate::error::Result;
use crate::ops::account::require as require_account;
use crate::ops::profile::{ProfileInForce, in_force};
use crate::store::Db;

#[derive(Debug, Serialize)]
pub struct ProfileDefault {
    pub choice: Option<ProfileInForce>,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct AccountDefaults {
    pub account: String,
    pub on: NaiveDate,
    /// The currency asked with --currency, else the account's currency.
    pub currency: String,
    // SEAM(payments): receipt_method, instruments and warnings come from the payments
    // engineer's default-resolution API once it is merged.
    pub profile: ProfileDefault,
    pub warnings: Vec<String>,
}

pub fn defaults(
    db: &mut Db,
    number: &str,
    on: NaiveDate,
    cur: Option<&str>,
) -> Result<AccountDefaults> {
    let cur = cur.map(|c| currency("currency", c)).transpose()?;
    db.read(|conn| {
        let account = require_account(conn, number)?;
        let profile = in_force(conn, account.id, on)?;
        let reason = match &profile {
            Some(p) => format!(
                "assignment {} of class {} covers {on} ({}); class values from its version of {}",
                p.assignment_id,
                p.class,
                crate::domain::period::Period {
                    start: p.start,
                    end: p.end
                }
                .describe(),
                p.class_version_from
            ),
            None => format!("no profile assignment covers {on}"),
        };
        Ok(AccountDefaults {
            currency: cur.unwrap_or_else(|| account.currency.clone()),
            account: account.number,
            on,
            profile: ProfileDefault {
                choice: profile,
                reason,
            },
            warnings: Vec::new(),
        })
    })
}

//! Accounts and their sites (product.md §3.3).

use serde::Serialize;

use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    pub enum AccountStatus { Active = "active", Inactive = "inactive" }
}

string_enum! {
    pub enum SiteUse {
        BillTo = "bill-to",
        ShipTo = "ship-to",
        Statements = "statements",
        Dunning = "dunning",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    pub id: i64,
    pub number: String,
    pub name: String,
    pub person_id: i64,
    pub currency: String,
    pub status: AccountStatus,
    pub created_at: String,
    pub updated_at: String,
}

/// An account as `account list` prints it: with its customer's name beside the id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountListRow {
    pub id: i64,
    pub number: String,
    pub name: String,
    pub person_id: i64,
    pub person_name: String,
    pub currency: String,
    pub status: AccountStatus,
    pub created_at: String,
    pub updated_at: String,
}

impl Account {
    /// An inactive account refuses new receipt-method assignments, instruments, contacts and
    /// relationships (4); `what` names the refused thing for the message.
    pub fn ensure_active(&self, what: &str) -> Result<()> {
        if self.status == AccountStatus::Inactive {
            return Err(Error::conflict(format!(
                "account {} is inactive and takes no new {what}",
                self.number
            ))
            .with_hint(format!(
                "reactivate it first: custctl account update {} --status active",
                self.number
            )));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Site {
    pub id: i64,
    pub account: String,
    pub address: String,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
    pub uses: Vec<SiteUse>,
    /// The uses for which this site is the account's primary site.
    pub primary_for: Vec<SiteUse>,
    /// The last day the site is in use (none: in use).
    pub end: Option<chrono::NaiveDate>,
    pub created_at: String,
    #[serde(skip)]
    pub account_id: i64,
}

impl Site {
    /// Whether the site is in use on `day` (not ended before it).
    pub fn in_use_on(&self, day: chrono::NaiveDate) -> bool {
        self.end.is_none_or(|end| day <= end)
    }

    /// A site that has an end date (ended, or ending on a later day) takes no new records
    /// (4): they would outlive it.
    pub fn ensure_open(&self) -> Result<()> {
        if let Some(end) = self.end {
            return Err(Error::conflict(format!(
                "site {} of account {} ends on {end} and takes no new records",
                self.id, self.account
            ))
            .with_hint(format!(
                "list the sites in use with: custctl account site list {}",
                self.account
            )));
        }
        Ok(())
    }

    /// Wherever a command takes `--site`, the site must belong to the same account (4).
    pub fn ensure_belongs_to(&self, account: &Account) -> Result<()> {
        if self.account_id != account.id {
            return Err(Error::conflict(format!(
                "site {} belongs to account {}, not to account {}",
                self.id, self.account, account.number
            ))
            .with_hint(format!(
                "list the sites of {} with: custctl account show {}",
                account.number, account.number
            )));
        }
        Ok(())
    }

    /// Receipt methods and instruments take only bill-to sites (4).
    pub fn ensure_bill_to(&self) -> Result<()> {
        if !self.uses.contains(&SiteUse::BillTo) {
            return Err(Error::conflict(format!(
                "site {} is not a bill-to site; receipt methods and instruments need one",
                self.id
            )));
        }
        Ok(())
    }
}

/// Parses a comma-separated list of site uses (`bill-to,ship-to`), without repeats.
pub fn parse_site_uses(value: &str) -> Result<Vec<SiteUse>> {
    let mut uses = Vec::new();
    for part in value.split(',') {
        let site_use = SiteUse::parse("use", part)?;
        if !uses.contains(&site_use) {
            uses.push(site_use);
        }
    }
    uses.sort();
    Ok(uses)
}

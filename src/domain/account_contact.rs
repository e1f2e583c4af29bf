//! Account contacts: persons acting as contacts of an account or one of its sites
//! (product.md §3.5).

use serde::Serialize;

use crate::domain::account::Site;
use crate::domain::person::{ContactPoint, PersonKind};
use crate::string_enum;

string_enum! {
    pub enum Responsibility {
        BillTo = "bill-to",
        ShipTo = "ship-to",
        Dunning = "dunning",
        Statements = "statements",
    }
}

/// Parses each `--responsibility` value (repeatable, each may also be comma-separated),
/// without repeats, sorted.
pub fn parse_responsibilities(values: &[String]) -> crate::error::Result<Vec<Responsibility>> {
    let mut out = Vec::new();
    for value in values {
        for part in value.split(',') {
            let r = Responsibility::parse("responsibility", part)?;
            if !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountContact {
    pub id: i64,
    pub account: String,
    /// The site it is a contact of; null for the account itself.
    pub site_id: Option<i64>,
    pub person_id: i64,
    pub person_name: String,
    pub job_title: Option<String>,
    pub responsibilities: Vec<Responsibility>,
    pub primary: bool,
    /// The last day it is in use (none: in use).
    pub end: Option<chrono::NaiveDate>,
    pub created_at: String,
    #[serde(skip)]
    pub account_id: i64,
}

/// An account contact with its person's contact points and its addresses: the site it is
/// attached to, or (for a contact of the account itself) the account's sites. Persons keep
/// no addresses of their own in custctl, so these are the addresses a contact has.
#[derive(Debug, Clone, Serialize)]
pub struct AccountContactDetail {
    #[serde(flatten)]
    pub contact: AccountContact,
    pub person_kind: PersonKind,
    pub person_external_id: Option<String>,
    pub contact_points: Vec<ContactPoint>,
    pub addresses: Vec<Site>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responsibilities_are_checked_deduplicated_and_sorted() {
        let got =
            parse_responsibilities(&["statements".into(), "Bill-To,statements".into()]).unwrap();
        assert_eq!(
            got,
            vec![Responsibility::BillTo, Responsibility::Statements]
        );
        let err = parse_responsibilities(&["billing".into()]).unwrap_err();
        assert_eq!(err.exit_code(), 5);
        assert!(
            err.hint
                .unwrap()
                .contains("bill-to, ship-to, dunning, statements")
        );
    }
}

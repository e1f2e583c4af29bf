//! Account relationships (product.md §3.6).
//!
//! `relationship link A B` makes A the *first* account and B the *related* one. The first
//! account acts for the related one: it may pay the related account's debts (payment
//! sharing), and with `--bill-to` it may be invoiced for the related account (the related
//! account may bill to it), with `--ship-to` it may receive the related account's shipments
//! (the related account may ship to it). `--reciprocal` makes every one of these two-way.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::period::Period;
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    /// How a link looks from one of its accounts.
    pub enum Direction { Outgoing = "outgoing", Incoming = "incoming" }
}

/// A stored relationship.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountRelationship {
    pub id: i64,
    pub account: String,
    pub related_account: String,
    pub bill_to: bool,
    pub ship_to: bool,
    pub reciprocal: bool,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub comment: Option<String>,
    pub created_at: String,
    #[serde(skip)]
    pub account_id: i64,
    #[serde(skip)]
    pub related_account_id: i64,
}

/// A link seen from one account on one date: whether this account may pay for, bill to, or
/// ship to the other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationshipView {
    pub id: i64,
    /// The other account's number.
    pub other: String,
    /// `outgoing`: this account is the first (it may pay for the other); `incoming`: this
    /// account is the related one.
    pub direction: Direction,
    pub active: bool,
    pub may_pay_for: bool,
    pub may_bill_to: bool,
    pub may_ship_to: bool,
    pub bill_to: bool,
    pub ship_to: bool,
    pub reciprocal: bool,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub comment: Option<String>,
}

impl AccountRelationship {
    pub fn period(&self) -> Period {
        Period {
            start: self.start,
            end: self.end,
        }
    }

    /// The link from `account_id`'s side on `on`. Nothing is allowed on a date outside
    /// the link's period.
    pub fn view(&self, account_id: i64, on: NaiveDate) -> RelationshipView {
        let outgoing = self.account_id == account_id;
        let active = self.period().contains(on);
        let (pay, bill, ship) = if outgoing {
            // The first account pays for the related one and is billed / shipped to by it.
            (
                true,
                self.bill_to && self.reciprocal,
                self.ship_to && self.reciprocal,
            )
        } else {
            (self.reciprocal, self.bill_to, self.ship_to)
        };
        RelationshipView {
            id: self.id,
            other: if outgoing {
                self.related_account.clone()
            } else {
                self.account.clone()
            },
            direction: if outgoing {
                Direction::Outgoing
            } else {
                Direction::Incoming
            },
            active,
            may_pay_for: active && pay,
            may_bill_to: active && bill,
            may_ship_to: active && ship,
            bill_to: self.bill_to,
            ship_to: self.ship_to,
            reciprocal: self.reciprocal,
            start: self.start,
            end: self.end,
            comment: self.comment.clone(),
        }
    }
}

/// No two relationships between the same pair (in either order) may overlap (4).
pub fn ensure_no_overlap(existing: &[AccountRelationship], period: &Period) -> Result<()> {
    if let Some(clash) = existing.iter().find(|r| r.period().overlaps(period)) {
        return Err(Error::conflict(format!(
            "accounts {} and {} are already linked from {} (relationship {})",
            clash.account,
            clash.related_account,
            clash.period().describe(),
            clash.id
        ))
        .with_hint(format!(
            "two relationships between the same accounts cannot overlap; end it first (custctl relationship unlink {} --on DATE) or choose dates outside {}",
            clash.id,
            clash.period().describe()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn rel(reciprocal: bool) -> AccountRelationship {
        AccountRelationship {
            id: 1,
            account: "A".into(),
            related_account: "B".into(),
            bill_to: true,
            ship_to: false,
            reciprocal,
            start: d("2026-01-01"),
            end: Some(d("2026-12-31")),
            comment: None,
            created_at: String::new(),
            account_id: 10,
            related_account_id: 20,
        }
    }

    #[test]
    fn one_way_and_reciprocal() {
        let r = rel(false);
        let a = r.view(10, d("2026-06-01"));
        let b = r.view(20, d("2026-06-01"));
        assert!(a.may_pay_for && !a.may_bill_to && !a.may_ship_to);
        assert!(!b.may_pay_for && b.may_bill_to && !b.may_ship_to);
        assert_eq!(a.other, "B");
        assert_eq!(b.direction, Direction::Incoming);
        let r = rel(true);
        let a = r.view(10, d("2026-06-01"));
        let b = r.view(20, d("2026-06-01"));
        assert!(a.may_pay_for && a.may_bill_to && b.may_pay_for && b.may_bill_to);
    }

    #[test]
    fn nothing_outside_the_period() {
        let r = rel(true);
        for day in ["2025-12-31", "2027-01-01"] {
            let v = r.view(10, d(day));
            assert!(!v.active && !v.may_pay_for && !v.may_bill_to);
        }
    }
}

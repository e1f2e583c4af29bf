//! Payment details (product.md §3.4): receipt methods, their assignments to accounts and
//! sites, payment instruments, and the rules that choose a default on a date.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::period::Period;
use crate::string_enum;

string_enum! {
    pub enum MethodKind { Automatic = "automatic", Manual = "manual" }
}

string_enum! {
    /// What an automatic receipt method draws on; also the kind of an instrument.
    pub enum PaymentType { BankAccount = "bank-account", Card = "card" }
}

/// A receipt method of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReceiptMethod {
    pub id: i64,
    pub code: String,
    pub description: String,
    pub kind: MethodKind,
    /// The payment type an automatic method draws on; null for manual ones.
    pub payment_type: Option<PaymentType>,
    pub confirm: bool,
    pub remit: bool,
    pub reconcile: bool,
    pub created_at: String,
    /// A deactivated method takes no new assignments; old ones keep it.
    pub active: bool,
}

/// A receipt method assigned to an account (or one of its sites) for a period, as shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assignment {
    pub id: i64,
    pub account: String,
    pub site_id: Option<i64>,
    pub method: String,
    pub kind: MethodKind,
    pub payment_type: Option<PaymentType>,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    /// Whether it is in force on the date asked.
    pub active: bool,
    /// Whether it is the primary of its account (or site) on the date asked.
    pub primary: bool,
    /// Its primary periods, oldest first. Not printed: what a list says about a date must
    /// not change when the role moves later.
    #[serde(skip)]
    pub primary_periods: Vec<Period>,
    pub created_at: String,
    #[serde(skip)]
    pub account_id: i64,
}

impl Assignment {
    pub fn period(&self) -> Period {
        Period {
            start: self.start,
            end: self.end,
        }
    }
}

/// A payment instrument as shown: a card or a bank account. Bank numbers are masked to their
/// last four characters unless revealed; a card's number is never known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Instrument {
    pub id: i64,
    pub account: String,
    pub site_id: Option<i64>,
    pub kind: PaymentType,
    pub brand: Option<crate::domain::card::Brand>,
    pub last4: Option<String>,
    pub expiry: Option<String>,
    pub fingerprint: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub bank_account: Option<String>,
    pub bank_code: Option<String>,
    pub country: Option<String>,
    pub currency: Option<String>,
    pub holder: Option<String>,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub preference: Option<i64>,
    pub external_id: Option<String>,
    /// Whether it is in force on the date asked (a card also not after its expiry month).
    pub active: bool,
    /// Whether it is the primary of its scope on the date asked.
    pub primary: bool,
    /// Whether it is the default of its scope (its currency, or the cards) on the date asked;
    /// null where no default was asked.
    pub default: Option<bool>,
    /// Its primary periods, oldest first (not printed, as for assignments).
    #[serde(skip)]
    pub primary_periods: Vec<Period>,
    pub created_at: String,
    #[serde(skip)]
    pub account_id: i64,
    #[serde(skip)]
    pub bank_key: Option<String>,
}

impl Instrument {
    /// The days it can be used: its own period, for a card cut at the end of its expiry month.
    pub fn effective_period(&self) -> Period {
        let expiry_end = self.expiry.as_deref().and_then(|e| {
            let (y, m) = e.split_once('-')?;
            crate::domain::card::last_day_of_month(y.parse().ok()?, m.parse().ok()?)
        });
        let end = match (self.end, expiry_end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Period {
            start: self.start,
            // A card that expired before its start has no usable day; keep the period valid.
            end: end.map(|e| e.max(self.start)),
        }
    }

    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.effective_period().contains(day)
    }
}

/// A default with the reason it was chosen, or `None` with the reason there is none.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice<T> {
    pub choice: Option<T>,
    pub reason: String,
}

/// How a default instrument was found among the candidates of its scope on a date.
/// `candidates` are the instruments in force on the date, the site's (when a site is asked)
/// first; `primary` the one holding the primary role on that date (the site's before the
/// account's). Without a primary: the lowest order of preference (none given counts last),
/// then the earliest start, then the lowest id.
pub fn choose_default<'a>(
    what: &str,
    on: NaiveDate,
    primary: Option<&'a Instrument>,
    candidates: &'a [Instrument],
) -> Choice<&'a Instrument> {
    if let Some(p) = primary {
        let whose = match p.site_id {
            Some(s) => format!("of site {s}"),
            None => "of the account".to_string(),
        };
        return Choice {
            choice: Some(p),
            reason: format!("the primary {what} {whose} on {on}"),
        };
    }
    let best = candidates.iter().min_by_key(|i| {
        (
            i.preference.is_none(),
            i.preference.unwrap_or(i64::MAX),
            i.start,
            i.id,
        )
    });
    match best {
        Some(b) => Choice {
            choice: Some(b),
            reason: match b.preference {
                Some(p) => format!(
                    "no primary {what} on {on}; the lowest order of preference ({p}) of {} in force",
                    candidates.len()
                ),
                None => format!(
                    "no primary {what} on {on}; the earliest start ({}) of {} in force",
                    b.start,
                    candidates.len()
                ),
            },
        },
        None => Choice {
            choice: None,
            reason: format!("no {what} in force on {on}"),
        },
    }
}

/// The first of `existing` (id and period) whose period overlaps `period`: the clash that
/// refuses a new assignment of the same method to the same account or site, or the same card
/// or bank account twice on one account.
pub fn first_overlap(
    existing: impl IntoIterator<Item = (i64, Period)>,
    period: &Period,
) -> Option<(i64, Period)> {
    existing.into_iter().find(|(_, p)| p.overlaps(period))
}

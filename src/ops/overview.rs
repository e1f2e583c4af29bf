//! One view of a customer (issue 11): `account show` with everything in force on a day,
//! and `person show` with the person's accounts and latest contacts. Each part is read by
//! the use case that lists it on its own, so the view shows exactly what those show.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::account::Site;
use crate::domain::account::{Account, AccountListRow};
use crate::domain::account_contact::AccountContactDetail;
use crate::domain::contact::Contact;
use crate::domain::payment::{Assignment, Instrument};
use crate::domain::person::{Person, PersonRef};
use crate::domain::relationship::RelationshipView;
use crate::error::{ErrorKind, Result};
use crate::ops::profile::ProfileInForce;
use crate::ops::{
    Context, account, account_contact, contact, instrument, person, receipt_method, relationship,
};
use crate::store::Db;

/// How many of a customer's latest contacts `person show` lists.
pub const LATEST_CONTACTS: u64 = 5;

#[derive(Debug, Serialize)]
pub struct AccountView {
    #[serde(flatten)]
    pub account: Account,
    /// The customer party's name (kept for scripts that read it as text).
    pub customer: String,
    pub customer_party: Person,
    pub on: NaiveDate,
    /// The sites in use on the day, each with the uses it is primary for.
    pub sites: Vec<Site>,
    pub characteristics: Vec<crate::domain::characteristic::Characteristic>,
    /// Receipt-method assignments in force on the day, with `primary`.
    pub receipt_methods: Vec<Assignment>,
    /// Instruments in force on the day (masked), with `primary` and `default`.
    pub instruments: Vec<Instrument>,
    /// Account contacts in use on the day with their contact points and responsibilities.
    pub contacts: Vec<AccountContactDetail>,
    /// Relationships in force on the day.
    pub relationships: Vec<RelationshipView>,
    /// The profile in force with its overrides (null when none covers the day).
    pub profile: Option<ProfileInForce>,
    /// The open contacts (case files) of the customer party, newest first.
    pub open_contacts: Vec<Contact>,
}

pub fn account_view(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    on: NaiveDate,
) -> Result<AccountView> {
    let base = account::show(db, number)?;
    let number = base.account.number.clone();
    let customer_party = person::require_by_id(db, base.account.person_id)?;
    let mut relationships = relationship::list(db, &number, on)?;
    relationships.retain(|r| r.active);
    let profile = match crate::ops::profile::show(db, &number, on) {
        Ok(p) => Some(p),
        Err(e) if e.kind == ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let mut open_contacts = Vec::new();
    let customer_ref = customer_party.id.to_string();
    contact::list(
        db,
        &contact::ListQuery {
            person: Some(&customer_ref),
            open: Some(true),
            ..Default::default()
        },
        |c| {
            open_contacts.push(c.clone());
            Ok(())
        },
    )?;
    Ok(AccountView {
        on,
        sites: base.sites.into_iter().filter(|s| s.in_use_on(on)).collect(),
        characteristics: base.characteristics,
        receipt_methods: receipt_method::list(db, &number, on, false)?,
        instruments: instrument::list(db, ctx, &number, None, on, false, false)?,
        contacts: account_contact::list(db, &number, on, false)?,
        relationships,
        profile,
        open_contacts,
        customer: base.customer,
        customer_party,
        account: base.account,
    })
}

#[derive(Debug, Serialize)]
pub struct PersonView {
    #[serde(flatten)]
    pub detail: person::PersonDetail,
    /// The accounts whose customer party the person is.
    pub accounts: Vec<AccountListRow>,
    /// The person's latest contacts, newest first.
    pub latest_contacts: Vec<Contact>,
}

pub fn person_view(db: &mut Db, ctx: &Context, reference: &PersonRef) -> Result<PersonView> {
    let detail = person::show(db, ctx, reference)?;
    let id = detail.person.id.to_string();
    let accounts = account::list(
        db,
        &account::AccountQuery {
            person: Some(&id),
            status: None,
            search: None,
            limit: None,
        },
    )?;
    let mut latest_contacts = Vec::new();
    contact::list(
        db,
        &contact::ListQuery {
            person: Some(&id),
            limit: Some(LATEST_CONTACTS),
            ..Default::default()
        },
        |c| {
            latest_contacts.push(c.clone());
            Ok(())
        },
    )?;
    Ok(PersonView {
        detail,
        accounts,
        latest_contacts,
    })
}

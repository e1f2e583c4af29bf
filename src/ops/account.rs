//! Use cases of accounts and their sites.

use serde::Serialize;
use serde_json::json;

use crate::domain::account::{
    Account, AccountListRow, AccountStatus, Site, SiteUse, parse_site_uses,
};
use crate::domain::country::country;
use crate::domain::currency::currency;
use crate::domain::person::{NewPerson, PersonKind, PersonRef};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::person::{changed_fields, require as require_person};
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::{
    Db, Writer, account as store, instrument as instrument_store, person as person_store,
    receipt_method as receipt_method_store,
};

/// The currency of an account added without `--currency`.
pub const DEFAULT_CURRENCY: &str = "USD";

/// The account with this number, or not found (3).
pub fn require(conn: &Tx<'_>, number: &str) -> Result<Account> {
    store::by_number(conn, number.trim())?.ok_or_else(|| {
        Error::not_found(format!("account {} does not exist", number.trim()))
            .with_hint("list accounts with: custctl account list")
    })
}

/// The account with this number (3), refused (4) when its customer was garbled: for every
/// change to an account or to what hangs on it (sites, contacts, payment details).
pub fn require_open(conn: &Tx<'_>, number: &str) -> Result<Account> {
    let account = require(conn, number)?;
    crate::ops::garble::require_not_garbled(conn, account.person_id)?;
    Ok(account)
}

/// The site with this id, or not found (3).
pub fn require_site(conn: &Tx<'_>, id: i64) -> Result<Site> {
    store::get_site(conn, id)?.ok_or_else(|| Error::not_found(format!("site {id} does not exist")))
}

pub struct NewAccountInput<'a> {
    pub number: &'a str,
    pub name: &'a str,
    pub person: Option<&'a str>,
    pub currency: Option<&'a str>,
}

pub fn add(db: &mut Db, ctx: &Context, input: &NewAccountInput<'_>) -> Result<Account> {
    let new = NewAccount {
        number: text::code("account number", input.number)?,
        name: text::name("name", input.name)?,
        currency: currency("currency", input.currency.unwrap_or(DEFAULT_CURRENCY))?,
        person: input.person.map(PersonRef::parse).transpose()?,
        status: AccountStatus::Active,
    };
    db.write(|w| add_in(w, ctx, &new))
}

/// A new account whose values are checked (form only).
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub number: String,
    pub name: String,
    /// The customer; `None` adds an organisation named after the account.
    pub person: Option<PersonRef>,
    pub currency: String,
    pub status: AccountStatus,
}

/// Adds a checked account inside the caller's write transaction (`account add`, and each
/// new row of `account import`): the customer must exist (3), the number be free (4); the
/// insert, its audit entry and the default profile class.
pub fn add_in(w: &Writer<'_>, ctx: &Context, new: &NewAccount) -> Result<Account> {
    let person_id = check_add(w.conn, new)?;
    let id = insert_checked(w, ctx, new, person_id, true)?;
    // The account as stored after the last write.
    store::get(w.conn, id)?.ok_or_else(|| Error::internal("account vanished"))
}

/// The references (3) and rules (4) of adding a checked account, without writing: the
/// customer exists and is not garbled, the number is free. Returns the customer's id (`None`:
/// [`insert_checked`] adds an organisation named after the account). [`add_in`] calls it
/// before it writes, and so does each new row of `account import` (whose write then needs
/// no savepoint: a refused row has written nothing).
pub fn check_add(conn: &crate::store::Tx<'_>, new: &NewAccount) -> Result<Option<i64>> {
    let person_id = match &new.person {
        Some(r) => Some(crate::ops::person::require_open(conn, r)?.id),
        None => None,
    };
    if store::by_number(conn, &new.number)?.is_some() {
        return Err(
            Error::conflict(format!("account {} already exists", new.number))
                .with_hint(format!("see it with: custctl account show {}", new.number)),
        );
    }
    Ok(person_id)
}

/// Writes an account that passed [`check_add`] (`person_id` as it returned): the customer
/// organisation when there is none, the account, their audit entries (`audited`; an import
/// passes false: its entry for the file counts the accounts it inserted, product.md §3.7)
/// and the default profile class (with its own entry, a record of another kind). Returns
/// the account's id. Nothing here refuses the account.
pub fn insert_checked(
    w: &Writer<'_>,
    ctx: &Context,
    new: &NewAccount,
    person_id: Option<i64>,
    audited: bool,
) -> Result<i64> {
    let now = ctx.timestamp();
    let person_id = match person_id {
        Some(id) => id,
        None if audited => add_customer_organization(w, ctx, &new.name)?,
        None => person_store::insert(w.conn, &customer_organization(&new.name), &now)?,
    };
    let id = store::insert(
        w.conn,
        &store::NewAccountRow {
            number: &new.number,
            name: &new.name,
            person_id,
            currency: &new.currency,
            status: new.status,
        },
        &now,
    )?;
    if audited {
        let account = store::get(w.conn, id)?.ok_or_else(|| Error::internal("account vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "account",
            id,
            serde_json::to_value(&account)?,
        )?;
    }
    crate::ops::profile::assign_default(w, ctx, &new.number, id)?;
    Ok(id)
}

/// The customer party of an account added without one: an organisation named after the
/// account (used by `account add` and `account import`). Returns its id.
pub fn add_customer_organization(w: &Writer<'_>, ctx: &Context, name: &str) -> Result<i64> {
    let id = person_store::insert(w.conn, &customer_organization(name), &ctx.timestamp())?;
    audit(
        w,
        ctx,
        "add",
        "person",
        id,
        json!({"kind": "organization", "name": name}),
    )?;
    Ok(id)
}

/// The organisation [`add_customer_organization`] adds.
fn customer_organization(name: &str) -> NewPerson {
    NewPerson {
        kind: PersonKind::Organization,
        name: name.to_string(),
        first_name: None,
        last_name: None,
        external_id: None,
        email: None,
        phone: None,
    }
}

/// What `account list` asks for.
#[derive(Debug, Default)]
pub struct AccountQuery<'a> {
    pub person: Option<&'a str>,
    pub status: Option<&'a str>,
    pub search: Option<&'a str>,
    pub limit: Option<u64>,
}

pub fn list(db: &mut Db, q: &AccountQuery<'_>) -> Result<Vec<AccountListRow>> {
    let person_ref = q.person.map(PersonRef::parse).transpose()?;
    let status = q
        .status
        .map(|s| AccountStatus::parse("status", s))
        .transpose()?;
    db.read(|conn| {
        let person_id = match &person_ref {
            Some(r) => Some(require_person(conn, r)?.id),
            None => None,
        };
        store::list(
            conn,
            &store::AccountFilter {
                person_id,
                status,
                search: q.search,
                limit: q.limit,
            },
        )
    })
}

#[derive(Debug, Serialize)]
pub struct AccountDetail {
    #[serde(flatten)]
    pub account: Account,
    pub customer: String,
    pub sites: Vec<Site>,
    pub characteristics: Vec<crate::domain::characteristic::Characteristic>,
}

pub fn show(db: &mut Db, number: &str) -> Result<AccountDetail> {
    db.read(|conn| {
        let account = require(conn, number)?;
        let customer = person_store::get(conn, account.person_id)?
            .map(|p| p.name)
            .unwrap_or_default();
        Ok(AccountDetail {
            sites: store::sites(conn, account.id)?,
            characteristics: crate::store::characteristic::list(
                conn,
                crate::domain::characteristic::Entity::Account,
                account.id,
            )?,
            customer,
            account,
        })
    })
}

#[derive(Debug, Default)]
pub struct AccountUpdate<'a> {
    pub name: Option<&'a str>,
    pub status: Option<&'a str>,
    pub currency: Option<&'a str>,
    pub person: Option<&'a str>,
}

/// Checked changes to an account: `None` keeps a field.
#[derive(Debug, Clone, Default)]
pub struct AccountChange {
    pub name: Option<String>,
    pub status: Option<AccountStatus>,
    pub currency: Option<String>,
    pub person: Option<PersonRef>,
}

pub fn update(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    change: &AccountUpdate<'_>,
) -> Result<Account> {
    if change.name.is_none()
        && change.status.is_none()
        && change.currency.is_none()
        && change.person.is_none()
    {
        return Err(Error::usage("nothing to update")
            .with_hint("give at least one of --name, --status, --currency, --person"));
    }
    let change = AccountChange {
        name: text::optional(change.name, |v| text::name("name", v))?,
        status: change
            .status
            .map(|s| AccountStatus::parse("status", s))
            .transpose()?,
        currency: change
            .currency
            .map(|c| currency("currency", c))
            .transpose()?,
        person: change.person.map(PersonRef::parse).transpose()?,
    };
    db.write(|w| {
        let before = require_open(w.conn, number)?;
        Ok(update_in(w, ctx, &before, &change)?.unwrap_or(before))
    })
}

/// Applies a checked change to an account inside the caller's write transaction (`account
/// update`, and each existing row of `account import`): the customer must exist (3); no
/// deactivation while payment details are in force (4); the write and its audit entry.
/// Returns `None`, having written nothing, when the change changes nothing.
pub fn update_in(
    w: &Writer<'_>,
    ctx: &Context,
    before: &Account,
    change: &AccountChange,
) -> Result<Option<Account>> {
    let mut after = before.clone();
    if let Some(name) = &change.name {
        after.name = name.clone();
    }
    if let Some(status) = change.status {
        after.status = status;
    }
    if let Some(c) = &change.currency {
        after.currency = c.clone();
    }
    if let Some(r) = &change.person {
        after.person_id = crate::ops::person::require_open(w.conn, r)?.id;
    }
    if after == *before {
        return Ok(None);
    }
    store::update(w.conn, &after, &ctx.timestamp())?;
    if before.status == AccountStatus::Active && after.status == AccountStatus::Inactive {
        ensure_no_payment_details_in_force(w.conn, &after, ctx.today)?;
    }
    if before.person_id != after.person_id {
        ensure_contacts_follow(w.conn, &after, ctx.today)?;
    }
    let after =
        store::get(w.conn, before.id)?.ok_or_else(|| Error::internal("account vanished"))?;
    let changes = changed_fields(
        &serde_json::to_value(before)?,
        &serde_json::to_value(&after)?,
    );
    audit(w, ctx, "update", "account", before.id, changes)?;
    Ok(Some(after))
}

/// An account contact needs an active `contact` relationship between its person and the
/// account's customer party (a `doctor` invariant), so a new customer party (`account update
/// --person`) is refused (4) while a contact of the account is not a contact of the new party
/// today; the hint gives the `person relate` commands that make it so. Runs after the change
/// inside the write transaction, which the error rolls back.
fn ensure_contacts_follow(
    conn: &Tx<'_>,
    account: &Account,
    today: chrono::NaiveDate,
) -> Result<()> {
    let orphans: Vec<(i64, i64)> =
        crate::store::account_contact::without_party_relationship(conn, &today.to_string())?
            .into_iter()
            .filter(|(_, number, _)| *number == account.number)
            .map(|(id, _, person)| (id, person))
            .collect();
    if orphans.is_empty() {
        return Ok(());
    }
    let contacts: Vec<String> = orphans
        .iter()
        .map(|(id, person)| format!("{id} (person {person})"))
        .collect();
    let mut persons: Vec<i64> = orphans.iter().map(|(_, p)| *p).collect();
    persons.dedup();
    let relate: Vec<String> = persons
        .iter()
        .map(|p| {
            format!(
                "custctl person relate {p} --to {} --role contact",
                account.person_id
            )
        })
        .collect();
    Err(Error::conflict(format!(
        "account {} has account contacts that are not contacts of person {} on {today}: {}",
        account.number,
        account.person_id,
        contacts.join(", ")
    ))
    .with_hint(format!(
        "an account contact must be a contact of the account's customer party; relate them first ({}), then change the customer party",
        relate.join("; ")
    )))
}

/// An inactive account has no receipt method or instrument in force after the day it was
/// deactivated (a `doctor` invariant), so deactivating one that still has some is refused
/// (4), naming them. Runs after the status change inside the write transaction, which the
/// error rolls back.
fn ensure_no_payment_details_in_force(
    conn: &Tx<'_>,
    account: &Account,
    today: chrono::NaiveDate,
) -> Result<()> {
    let tomorrow = today.succ_opt().unwrap_or(today);
    let mut in_force: Vec<String> = receipt_method_store::active_on_inactive(conn, tomorrow)?
        .into_iter()
        .filter(|(_, number)| *number == account.number)
        .map(|(id, _)| format!("receipt-method assignment {id}"))
        .collect();
    in_force.extend(
        instrument_store::active_on_inactive(conn, tomorrow)?
            .into_iter()
            .filter(|(_, number)| *number == account.number)
            .map(|(id, _)| format!("instrument {id}")),
    );
    if in_force.is_empty() {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "account {} still has payment details in force after {today}: {}",
        account.number,
        in_force.join(", ")
    ))
    .with_hint(format!(
        "end them first (custctl account receipt-method end ID --on {today}; custctl instrument end ID --on {today}), then deactivate"
    )))
}

pub struct NewSiteInput<'a> {
    pub address: &'a str,
    pub city: Option<&'a str>,
    pub postal_code: Option<&'a str>,
    pub country: Option<&'a str>,
    pub uses: &'a str,
    pub primary: bool,
}

/// A primary role a site lost to another.
#[derive(Debug, Clone, Serialize)]
pub struct SiteDemotion {
    pub site_id: i64,
    #[serde(rename = "use")]
    pub site_use: SiteUse,
}

#[derive(Debug, Serialize)]
pub struct SiteAdded {
    #[serde(flatten)]
    pub site: Site,
    pub demoted: Vec<SiteDemotion>,
}

/// A new site's values, their form checked.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSite {
    pub address: String,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
    pub uses: Vec<SiteUse>,
    pub primary: bool,
}

/// The form of a new site's values (5), before anything is read.
pub fn check_new_site(input: &NewSiteInput<'_>) -> Result<NewSite> {
    Ok(NewSite {
        address: text::comment("address", input.address)?,
        city: text::optional(input.city, |v| text::name("city", v))?,
        postal_code: text::optional(input.postal_code, |v| text::code("postal code", v))?,
        country: input.country.map(|c| country("country", c)).transpose()?,
        uses: parse_site_uses(input.uses)?,
        primary: input.primary,
    })
}

/// Adds a site; with `primary` it becomes the primary site for each of its uses, and the
/// sites that were primary for them are demoted (and reported).
pub fn add_site(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    input: &NewSiteInput<'_>,
) -> Result<SiteAdded> {
    let new = check_new_site(input)?;
    db.write(|w| add_site_in(w, ctx, number, &new))
}

/// [`add_site`] inside an open transaction (`account site add` and each new row of `account
/// site import`): the account must exist (3) and its customer not be garbled (4).
pub fn add_site_in(
    w: &Writer<'_>,
    ctx: &Context,
    number: &str,
    new: &NewSite,
) -> Result<SiteAdded> {
    let account = require_open(w.conn, number)?;
    let id = store::insert_site(
        w.conn,
        &store::NewSiteRow {
            account_id: account.id,
            address: &new.address,
            city: new.city.as_deref(),
            postal_code: new.postal_code.as_deref(),
            country: new.country.as_deref(),
        },
        &ctx.timestamp(),
    )?;
    let mut demoted = Vec::new();
    for &site_use in &new.uses {
        if new.primary
            && let Some(old) = store::primary_site_for(w.conn, account.id, site_use)?
        {
            store::set_site_use_primary(w.conn, old, site_use, false)?;
            audit(
                w,
                ctx,
                "demote",
                "site",
                old,
                json!({"use": site_use, "primary": {"from": true, "to": false}}),
            )?;
            demoted.push(SiteDemotion {
                site_id: old,
                site_use,
            });
        }
        store::insert_site_use(w.conn, id, account.id, site_use, new.primary)?;
    }
    let site = store::get_site(w.conn, id)?.ok_or_else(|| Error::internal("site vanished"))?;
    audit(w, ctx, "add", "site", id, serde_json::to_value(&site)?)?;
    Ok(SiteAdded { site, demoted })
}

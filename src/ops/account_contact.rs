//! Use cases of account contacts: add and list (product.md §3.5).

use serde::Serialize;
use serde_json::json;

use crate::domain::account_contact::{
    AccountContact, AccountContactDetail, parse_responsibilities,
};
use crate::domain::period::Period;
use crate::domain::person::{NewPerson, PartyRole, PersonKind, PersonRef};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::account::{require as require_account, require_site};
use crate::ops::person::require as require_person;
use crate::ops::{Context, audit};
use crate::store::{
    Db, account as account_store, account_contact as store, person as person_store,
};

/// Who the contact is: an existing person, or a new one to create.
pub enum ContactPerson<'a> {
    Existing(&'a str),
    New(&'a str),
}

pub struct NewContactInput<'a> {
    pub person: ContactPerson<'a>,
    pub job_title: Option<&'a str>,
    pub site: Option<i64>,
    pub responsibilities: &'a [String],
    pub primary: bool,
}

#[derive(Debug, Serialize)]
pub struct ContactAdded {
    #[serde(flatten)]
    pub contact: AccountContact,
    /// Whether the person was created by this command (`--name`).
    pub person_created: bool,
    /// The contact that was primary for the account (or site) before, now demoted.
    pub demoted: Option<AccountContact>,
}

enum Checked {
    Existing(PersonRef),
    New(NewPerson),
}

pub fn add(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    input: &NewContactInput<'_>,
) -> Result<ContactAdded> {
    // Form of every value (5).
    let who = match input.person {
        ContactPerson::Existing(r) => Checked::Existing(PersonRef::parse(r)?),
        ContactPerson::New(name) => Checked::New(NewPerson {
            kind: PersonKind::Person,
            name: text::name("name", name)?,
            first_name: None,
            last_name: None,
            external_id: None,
            email: None,
            phone: None,
        }),
    };
    let job_title = text::optional(input.job_title, |v| text::name("job title", v))?;
    let responsibilities = parse_responsibilities(input.responsibilities)?;
    db.write(|w| {
        // Referenced records (3).
        let account = require_account(w.conn, number)?;
        let existing_person = match &who {
            Checked::Existing(r) => Some((r, require_person(w.conn, r)?)),
            Checked::New(_) => None,
        };
        let site = input.site.map(|id| require_site(w.conn, id)).transpose()?;
        // Business rules (4).
        account.ensure_active("contacts")?;
        if let Some(site) = &site {
            site.ensure_belongs_to(&account)?;
            site.ensure_open()?;
        }
        let now = ctx.timestamp();
        let (person_id, person_created) = match (&who, existing_person) {
            (_, Some((reference, person))) => {
                if person.id == account.person_id {
                    return Err(Error::conflict(format!(
                        "person {} is the customer party of account {}, not a contact of it",
                        person.id, account.number
                    )));
                }
                let rels = person_store::relationships_between(
                    w.conn,
                    person.id,
                    account.person_id,
                    PartyRole::Contact,
                    ctx.today,
                )?;
                if !rels.iter().any(|r| r.active) {
                    return Err(Error::conflict(format!(
                        "person {} ({}) is not a contact of the customer party {} of account {} on {}",
                        person.id, person.name, account.person_id, account.number, ctx.today
                    ))
                    .with_hint(format!(
                        "relate them first: custctl person relate {reference} --to {} --role contact",
                        account.person_id
                    )));
                }
                if let Some(id) = store::existing(w.conn, account.id, input.site, person.id)? {
                    return Err(Error::conflict(format!(
                        "person {} is already contact {id} of {}",
                        person.id,
                        scope(&account.number, input.site)
                    ))
                    .with_hint(format!("see it with: custctl account contact list {}", account.number)));
                }
                (person.id, false)
            }
            (Checked::New(new), None) => {
                let id = person_store::insert(w.conn, new, &now)?;
                let person = person_store::get(w.conn, id)?
                    .ok_or_else(|| Error::internal("person vanished"))?;
                audit(w, ctx, "add", "person", id, serde_json::to_value(&person)?)?;
                let period = Period::open_ended(ctx.today);
                let rel = person_store::insert_relationship(
                    w.conn,
                    id,
                    account.person_id,
                    PartyRole::Contact,
                    &period,
                    &now,
                )?;
                let rel = person_store::get_relationship(w.conn, rel, ctx.today)?
                    .ok_or_else(|| Error::internal("relationship vanished"))?;
                audit(w, ctx, "add", "party_relationship", rel.id, serde_json::to_value(&rel)?)?;
                (id, true)
            }
            (Checked::Existing(_), None) => unreachable!("an existing person was looked up"),
        };
        let demoted = if input.primary {
            match store::primary_of(w.conn, account.id, input.site)? {
                Some(old) => {
                    store::set_primary(w.conn, old, false)?;
                    audit(
                        w,
                        ctx,
                        "demote",
                        "account_contact",
                        old,
                        json!({"primary": {"from": true, "to": false}}),
                    )?;
                    store::get(w.conn, old)?
                }
                None => None,
            }
        } else {
            None
        };
        let id = store::insert(
            w.conn,
            &store::NewContactRow {
                account_id: account.id,
                site_id: input.site,
                person_id,
                job_title: job_title.as_deref(),
                primary: input.primary,
                responsibilities: &responsibilities,
            },
            &now,
        )?;
        let contact =
            store::get(w.conn, id)?.ok_or_else(|| Error::internal("account contact vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "account_contact",
            id,
            serde_json::to_value(&contact)?,
        )?;
        Ok(ContactAdded {
            contact,
            person_created,
            demoted,
        })
    })
}

fn scope(number: &str, site: Option<i64>) -> String {
    match site {
        Some(s) => format!("site {s} of account {number}"),
        None => format!("account {number}"),
    }
}

/// Each contact of the account with its person's contact points and its addresses.
pub fn list(db: &mut Db, number: &str) -> Result<Vec<AccountContactDetail>> {
    db.read(|conn| {
        let account = require_account(conn, number)?;
        let sites = account_store::sites(conn, account.id)?;
        let mut out = Vec::new();
        for contact in store::of_account(conn, account.id)? {
            let person = person_store::get(conn, contact.person_id)?
                .ok_or_else(|| Error::internal("person vanished"))?;
            let addresses = match contact.site_id {
                Some(site) => sites.iter().filter(|s| s.id == site).cloned().collect(),
                None => sites.clone(),
            };
            out.push(AccountContactDetail {
                person_kind: person.kind,
                person_external_id: person.external_id,
                contact_points: person_store::points(conn, contact.person_id)?,
                addresses,
                contact,
            });
        }
        Ok(out)
    })
}

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
use crate::ops::{Context, audit};
use crate::store::Tx;
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
        let account = crate::ops::account::require_open(w.conn, number)?;
        let existing_person = match &who {
            Checked::Existing(r) => Some((r, crate::ops::person::require_open(w.conn, r)?)),
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
                    Some(old)
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
        // The demoted contact as stored after the last write.
        let demoted = match demoted {
            Some(old) => store::get(w.conn, old)?,
            None => None,
        };
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
/// Ended contacts (after their last day) only with `all`.
pub fn list(
    db: &mut Db,
    number: &str,
    today: chrono::NaiveDate,
    all: bool,
) -> Result<Vec<AccountContactDetail>> {
    db.read(|conn| {
        let account = require_account(conn, number)?;
        let sites = account_store::sites(conn, account.id)?;
        let mut out = Vec::new();
        for contact in store::of_account(conn, account.id)? {
            if !all && contact.end.is_some_and(|end| end < today) {
                continue;
            }
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

// ------------------------------------------------------------------ life (issue 11)

/// The optional fields of an account contact, as `--clear` names them.
pub const CLEARABLE: &[&str] = &["job-title", "responsibilities"];

/// [`require_contact_of`] for a change: refused (4) when the account's customer was garbled.
fn require_open_contact_of(
    conn: &Tx<'_>,
    number: &str,
    id: i64,
) -> Result<(crate::domain::account::Account, AccountContact)> {
    let found = require_contact_of(conn, number, id)?;
    crate::ops::garble::require_not_garbled(conn, found.0.person_id)?;
    Ok(found)
}

/// The contact `id` of account `number`, or not found (3).
fn require_contact_of(
    conn: &Tx<'_>,
    number: &str,
    id: i64,
) -> Result<(crate::domain::account::Account, AccountContact)> {
    let account = require_account(conn, number)?;
    match store::get(conn, id)? {
        Some(c) if c.account_id == account.id => Ok((account, c)),
        _ => Err(
            Error::not_found(format!("account {} has no contact {id}", account.number)).with_hint(
                format!(
                    "list them with: custctl account contact list {} --all",
                    account.number
                ),
            ),
        ),
    }
}

fn ensure_in_use(c: &AccountContact, today: chrono::NaiveDate) -> Result<()> {
    match c.end {
        Some(end) if end < today => Err(Error::conflict(format!(
            "account contact {} ended on {end} and is no longer changed",
            c.id
        ))),
        _ => Ok(()),
    }
}

#[derive(Debug, Default)]
pub struct ContactUpdate<'a> {
    pub job_title: Option<&'a str>,
    pub add: &'a [String],
    pub remove: &'a [String],
    pub clear: &'a [String],
}

/// `account contact update`: the job title, and responsibilities added or removed.
pub fn update(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    id: i64,
    change: &ContactUpdate<'_>,
) -> Result<AccountContact> {
    use crate::domain::clear::{self, Change};
    let cleared = clear::fields(CLEARABLE, change.clear)?;
    if change.job_title.is_none()
        && change.add.is_empty()
        && change.remove.is_empty()
        && cleared.is_empty()
    {
        return Err(Error::usage("nothing to update").with_hint(
            "give at least one of --job-title, --add-responsibility, --remove-responsibility, --clear FIELD",
        ));
    }
    let job_title = Change::of("job-title", change.job_title, &cleared, |v| {
        text::name("job title", v)
    })?;
    let add = parse_responsibilities(change.add)?;
    let remove = parse_responsibilities(change.remove)?;
    if let Some(r) = add.iter().find(|r| remove.contains(r)) {
        return Err(Error::usage(format!(
            "responsibility {r} is both added and removed"
        )));
    }
    if cleared.contains(&"responsibilities") && !add.is_empty() {
        return Err(Error::usage(
            "--add-responsibility and --clear responsibilities contradict each other",
        ));
    }
    db.write(|w| {
        let (_, before) = require_open_contact_of(w.conn, number, id)?;
        ensure_in_use(&before, ctx.today)?;
        if let Some(r) = remove.iter().find(|r| !before.responsibilities.contains(r)) {
            return Err(Error::conflict(format!(
                "account contact {id} does not have the responsibility {r}"
            )));
        }
        let mut resp: Vec<_> = if cleared.contains(&"responsibilities") {
            Vec::new()
        } else {
            before
                .responsibilities
                .iter()
                .copied()
                .filter(|r| !remove.contains(r))
                .collect()
        };
        for r in &add {
            if !resp.contains(r) {
                resp.push(*r);
            }
        }
        resp.sort();
        let title = job_title.clone().apply(before.job_title.clone());
        store::set_job_title(w.conn, id, title.as_deref())?;
        store::set_responsibilities(w.conn, id, &resp)?;
        let after =
            store::get(w.conn, id)?.ok_or_else(|| Error::internal("account contact vanished"))?;
        let changes = crate::ops::person::changed_fields(
            &serde_json::to_value(&before)?,
            &serde_json::to_value(&after)?,
        );
        audit(w, ctx, "update", "account_contact", id, changes)?;
        Ok(after)
    })
}

/// `account contact end`: `on` is the last day the person is a contact (today or later; a
/// past date is refused (4) until back-dating exists). An ended contact is no longer
/// primary.
pub fn end(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    id: i64,
    on: chrono::NaiveDate,
    backdate: bool,
) -> Result<AccountContact> {
    db.write(|w| {
        let (_, before) = require_open_contact_of(w.conn, number, id)?;
        let dating = crate::domain::period::check_dating(
            "ending an account contact",
            on,
            ctx.today,
            backdate,
        )?;
        if let Some(end) = before.end {
            return Err(Error::conflict(format!(
                "account contact {id} already ends on {end}"
            )));
        }
        account_store::end_account_contact(w.conn, id, on)?;
        let after =
            store::get(w.conn, id)?.ok_or_else(|| Error::internal("account contact vanished"))?;
        audit(
            w,
            ctx,
            "end",
            "account_contact",
            id,
            json!({
                "end": {"from": before.end, "to": on},
                "primary": {"from": before.primary, "to": after.primary},
                "backdated": dating.is_backdated(),
            }),
        )?;
        Ok(after)
    })
}

#[derive(Debug, Serialize)]
pub struct ContactPrimary {
    #[serde(flatten)]
    pub contact: AccountContact,
    pub demoted: Option<AccountContact>,
}

/// `account contact set-primary`: the contact becomes the primary of its scope (the
/// account itself, or its site); the previous one is demoted.
pub fn set_primary(db: &mut Db, ctx: &Context, number: &str, id: i64) -> Result<ContactPrimary> {
    db.write(|w| {
        let (account, before) = require_open_contact_of(w.conn, number, id)?;
        if before.end.is_some() {
            return Err(Error::conflict(format!(
                "account contact {id} has an end date and cannot become the primary contact"
            )));
        }
        let mut demoted = None;
        if !before.primary {
            if let Some(old) = store::primary_of(w.conn, account.id, before.site_id)? {
                store::set_primary(w.conn, old, false)?;
                audit(
                    w,
                    ctx,
                    "demote",
                    "account_contact",
                    old,
                    json!({"primary": {"from": true, "to": false}}),
                )?;
                demoted = store::get(w.conn, old)?;
            }
            store::set_primary(w.conn, id, true)?;
        }
        let contact =
            store::get(w.conn, id)?.ok_or_else(|| Error::internal("account contact vanished"))?;
        audit(
            w,
            ctx,
            "set-primary",
            "account_contact",
            id,
            json!({"primary": {"from": before.primary, "to": true}}),
        )?;
        Ok(ContactPrimary { contact, demoted })
    })
}

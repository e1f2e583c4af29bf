//! `custctl account contact …`: contact persons of an account or one of its sites.

use clap::{Args, Subcommand};

use serde::Serialize;

use crate::cli::output::{Format, ListFlags, ListSpec};
use crate::cli::{App, BackdateArg};
use crate::domain::account_contact::{AccountContact, AccountContactDetail};
use crate::domain::person::PersonKind;
use crate::error::Result;
use crate::ops::account_contact::{self as ops, ContactPerson, NewContactInput};

#[derive(Debug, Args)]
pub struct AccountContactArgs {
    #[command(subcommand)]
    command: ContactCommand,
}

#[derive(Debug, Subcommand)]
enum ContactCommand {
    /// Add a contact person to an account (or one of its sites). --name creates the person
    /// and makes it a contact of the account's customer party; --person takes an existing
    /// person who must already be one (custctl person relate REF --to CUSTOMER --role contact)
    Add(AddArgs),
    /// Each contact with its person's contact points and its addresses (the site it is
    /// attached to, or the account's sites)
    List(ListArgs),
    /// Every version of each contact of the account, with who changed it and when (from
    /// the audit log)
    History(ListArgs),
    /// Change a contact's job title; add or remove responsibilities
    Update(UpdateArgs),
    /// End a contact: --on is the last day [default: today]
    End(EndArgs),
    /// Make a contact the primary of the account (or of its site)
    SetPrimary(RefArgs),
}

#[derive(Debug, Args)]
struct UpdateArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    contact_id: i64,
    /// A new job title ('' clears it)
    #[arg(long, value_name = "TITLE")]
    job_title: Option<String>,
    /// bill-to, ship-to, dunning or statements; repeatable
    #[arg(long, value_name = "RESPONSIBILITY")]
    add_responsibility: Vec<String>,
    /// A responsibility the contact has; repeatable
    #[arg(long, value_name = "RESPONSIBILITY")]
    remove_responsibility: Vec<String>,
    /// Empty an optional field: job-title, responsibilities (repeatable)
    #[arg(long, value_name = "FIELD")]
    clear: Vec<String>,
}

#[derive(Debug, Args)]
struct EndArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    contact_id: i64,
    /// The last day [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct RefArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    contact_id: i64,
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The account number
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// An existing person: an id, or an external id (ext:VALUE)
    #[arg(
        long,
        value_name = "REF",
        required_unless_present = "name",
        conflicts_with = "name"
    )]
    person: Option<String>,
    /// Create a new person with this name
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    #[arg(long, value_name = "TITLE")]
    job_title: Option<String>,
    /// A site of the account this person is the contact of
    #[arg(long, value_name = "SITE_ID")]
    site: Option<i64>,
    /// bill-to, ship-to, dunning or statements; repeatable
    #[arg(long, value_name = "RESPONSIBILITY")]
    responsibility: Vec<String>,
    /// Make it the primary contact of the account (or of the site); the previous primary
    /// is demoted
    #[arg(long)]
    primary: bool,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// Ended contacts too
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "account contacts",
    default: &[
        "id",
        "site_id",
        "person_name",
        "job_title",
        "responsibilities",
        "primary",
        "contact_points",
    ],
    all: &[
        "id",
        "account",
        "site_id",
        "person_id",
        "person_name",
        "job_title",
        "responsibilities",
        "primary",
        "end",
        "created_at",
        "person_kind",
        "person_external_id",
        "contact_points",
        "addresses",
    ],
};

pub fn run(args: AccountContactArgs, app: &mut App) -> Result<()> {
    match args.command {
        ContactCommand::Add(a) => {
            let (db, ctx, out) = app.open()?;
            let person = match (&a.person, &a.name) {
                (Some(r), _) => ContactPerson::Existing(r),
                (None, Some(n)) => ContactPerson::New(n),
                (None, None) => unreachable!("clap requires --person or --name"),
            };
            let added = ops::add(
                db,
                ctx,
                &a.number,
                &NewContactInput {
                    person,
                    job_title: a.job_title.as_deref(),
                    site: a.site,
                    responsibilities: &a.responsibility,
                    primary: a.primary,
                },
            )?;
            if let Some(d) = &added.demoted {
                out.note(format!(
                    "account contact {} ({}) is no longer the primary contact",
                    d.id, d.person_name
                ));
            }
            out.object(&added)
        }
        ContactCommand::History(a) => {
            let (db, _, out) = app.open()?;
            out.list(
                &crate::cli::output::HISTORY,
                &a.list,
                &crate::ops::history::account_contacts(db, &a.number)?,
            )
        }
        ContactCommand::List(a) => {
            let (db, ctx, out) = app.open()?;
            let contacts = ops::list(db, &a.number, ctx.today, a.all)?;
            if out.format == Format::Table {
                // Readable on a terminal: contact points and addresses summed up in a cell.
                let rows: Vec<TableRow> = contacts.iter().map(TableRow::from).collect();
                return out.list(&LIST, &a.list, &rows);
            }
            out.list(&LIST, &a.list, &contacts)
        }
        ContactCommand::Update(a) => {
            let (db, ctx, out) = app.open()?;
            out.object(&ops::update(
                db,
                ctx,
                &a.number,
                a.contact_id,
                &ops::ContactUpdate {
                    job_title: a.job_title.as_deref(),
                    add: &a.add_responsibility,
                    remove: &a.remove_responsibility,
                    clear: &a.clear,
                },
            )?)
        }
        ContactCommand::End(a) => {
            let on = crate::cli::opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            let on = on.unwrap_or(ctx.today);
            out.object(&ops::end(
                db,
                ctx,
                &a.number,
                a.contact_id,
                on,
                a.backdate.backdate,
            )?)
        }
        ContactCommand::SetPrimary(a) => {
            let (db, ctx, out) = app.open()?;
            let moved = ops::set_primary(db, ctx, &a.number, a.contact_id)?;
            if let Some(d) = &moved.demoted {
                out.note(format!(
                    "account contact {} ({}) is no longer the primary contact",
                    d.id, d.person_name
                ));
            }
            out.object(&moved)
        }
    }
}

/// The same keys as the JSON, with the contact points and addresses summed up in a cell.
#[derive(Debug, Serialize)]
struct TableRow<'a> {
    #[serde(flatten)]
    contact: &'a AccountContact,
    person_kind: &'a PersonKind,
    person_external_id: &'a Option<String>,
    contact_points: String,
    addresses: String,
}

impl<'a> From<&'a AccountContactDetail> for TableRow<'a> {
    fn from(d: &'a AccountContactDetail) -> Self {
        TableRow {
            contact: &d.contact,
            person_kind: &d.person_kind,
            person_external_id: &d.person_external_id,
            contact_points: d
                .contact_points
                .iter()
                .map(|p| {
                    format!(
                        "{} {}{}",
                        p.kind,
                        p.value,
                        if p.primary { " (primary)" } else { "" }
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
            addresses: d
                .addresses
                .iter()
                .map(|s| {
                    let mut parts = vec![s.address.clone()];
                    parts.extend(s.city.clone());
                    parts.extend(s.postal_code.clone());
                    parts.extend(s.country.clone());
                    format!("site {}: {}", s.id, parts.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

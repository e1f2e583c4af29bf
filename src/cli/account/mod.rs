//! `custctl account …`

pub mod characteristic;
pub mod contact;
pub mod defaults;
pub mod import;
pub mod receipt_method;

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::{App, BackdateArg, opt_date};
use crate::error::Result;
use crate::ops::account::{self as ops, AccountUpdate, NewAccountInput, NewSiteInput};
use crate::ops::site as site_ops;

#[derive(Debug, Args)]
pub struct AccountArgs {
    #[command(subcommand)]
    command: AccountCommand,
}

#[derive(Debug, Subcommand)]
enum AccountCommand {
    /// Add an account; without --person an organisation named after it becomes its customer
    Add(AddArgs),
    /// List accounts by number
    List(ListArgs),
    /// The whole account on a day: customer, sites, receipt methods and instruments in
    /// force (with primaries), contacts, relationships, profile, open contacts
    Show(ShowArgs),
    /// Change an account's name, status, currency or customer
    Update(UpdateArgs),
    /// Characteristics of an account
    Characteristic(characteristic::CharacteristicArgs),
    /// Sites (addresses) of an account
    Site(SiteArgs),
    /// Receipt methods assigned to an account or one of its sites
    ReceiptMethod(receipt_method::ReceiptMethodArgs),
    /// Contact persons of an account
    Contact(contact::AccountContactArgs),
    /// The defaults in force on a date, each with its reason
    Defaults(defaults::DefaultsArgs),
    /// Import accounts from CSV or NDJSON
    Import(import::AccountImportArgs),
    /// Delete an account added by mistake: refused while anything refers to it
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
struct DeleteArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The account number (unique)
    number: String,
    #[arg(long)]
    name: String,
    /// The customer party: a person id or external id
    #[arg(long, value_name = "REF")]
    person: Option<String>,
    /// ISO 4217 currency [default: USD, or `currency` in the config file]
    #[arg(long, value_name = "CUR")]
    currency: Option<String>,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Only the accounts of this customer party
    #[arg(long, value_name = "REF")]
    person: Option<String>,
    /// Only active or only inactive accounts
    #[arg(long)]
    status: Option<String>,
    /// Only accounts whose number or name contains TEXT (any case)
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "accounts",
    default: &[
        "number",
        "name",
        "person_id",
        "person_name",
        "currency",
        "status",
    ],
    all: &[
        "id",
        "number",
        "name",
        "person_id",
        "person_name",
        "currency",
        "status",
        "created_at",
        "updated_at",
    ],
};

#[derive(Debug, Args)]
struct ShowArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The day shown [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

#[derive(Debug, Args)]
struct UpdateArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    #[arg(long)]
    name: Option<String>,
    /// active or inactive
    #[arg(long)]
    status: Option<String>,
    #[arg(long, value_name = "CUR")]
    currency: Option<String>,
    /// A new customer party
    #[arg(long, value_name = "REF")]
    person: Option<String>,
}

#[derive(Debug, Args)]
struct SiteArgs {
    #[command(subcommand)]
    command: SiteCommand,
}

#[derive(Debug, Subcommand)]
enum SiteCommand {
    /// Add a site; --primary makes it the primary site for each of its uses
    Add(SiteAddArgs),
    /// List the sites in use on a date (every site with --all)
    List(SiteListArgs),
    /// Show one site of an account
    Show(SiteRefArgs),
    /// Change a site's address; --clear empties an optional field
    Update(SiteUpdateArgs),
    /// End a site: --on is its last day in use (today or later)
    End(SiteEndArgs),
    /// Make a site the account's primary site for its uses (or those given)
    SetPrimary(SiteSetPrimaryArgs),
    /// Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated
    Import(import::SiteImportArgs),
}

#[derive(Debug, Args)]
struct SiteListArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// Every site, ended ones too
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    list: ListFlags,
}

const SITES: ListSpec = ListSpec {
    noun: "sites",
    default: &[
        "id",
        "address",
        "city",
        "postal_code",
        "country",
        "uses",
        "primary_for",
        "end",
    ],
    all: &[
        "id",
        "account",
        "address",
        "city",
        "postal_code",
        "country",
        "uses",
        "primary_for",
        "end",
        "created_at",
    ],
};

#[derive(Debug, Args)]
struct SiteRefArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    site_id: i64,
}

#[derive(Debug, Args)]
struct SiteUpdateArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    site_id: i64,
    #[arg(long)]
    address: Option<String>,
    /// A new city ('' clears it)
    #[arg(long)]
    city: Option<String>,
    /// A new postal code ('' clears it)
    #[arg(long)]
    postal_code: Option<String>,
    /// ISO 3166 two-letter country code ('' clears it)
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// Comma-separated uses to add: bill-to, ship-to, statements, dunning
    #[arg(long, value_name = "USES")]
    add_use: Option<String>,
    /// Comma-separated uses to remove (a primary role for them goes with them)
    #[arg(long, value_name = "USES")]
    remove_use: Option<String>,
    /// Empty an optional field: city, postal-code, country (repeatable)
    #[arg(long, value_name = "FIELD")]
    clear: Vec<String>,
}

#[derive(Debug, Args)]
struct SiteEndArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    site_id: i64,
    /// The last day in use [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// Also end the receipt-method assignments, instruments and account contacts that use
    /// the site after that day
    #[arg(long)]
    cascade: bool,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct SiteSetPrimaryArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    site_id: i64,
    /// Comma-separated uses [default: every use of the site]
    #[arg(long = "use", value_name = "USES")]
    uses: Option<String>,
}

#[derive(Debug, Args)]
struct SiteAddArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    #[arg(long)]
    address: String,
    #[arg(long)]
    city: Option<String>,
    #[arg(long)]
    postal_code: Option<String>,
    /// ISO 3166 two-letter country code
    #[arg(long, value_name = "CC")]
    country: Option<String>,
    /// Comma-separated uses: bill-to, ship-to, statements, dunning
    #[arg(long = "use", value_name = "USES")]
    uses: String,
    /// Make it the primary site for its uses (the previous primary is demoted)
    #[arg(long)]
    primary: bool,
}

pub fn run(args: AccountArgs, app: &mut App) -> Result<()> {
    match args.command {
        AccountCommand::Add(a) => {
            let currency = a
                .currency
                .clone()
                .unwrap_or_else(|| app.settings.currency.value.clone());
            let (db, ctx, out) = app.open()?;
            let account = ops::add(
                db,
                ctx,
                &NewAccountInput {
                    number: &a.number,
                    name: &a.name,
                    person: a.person.as_deref(),
                    currency: Some(&currency),
                },
            )?;
            out.object(&account)
        }
        AccountCommand::List(a) => {
            let (db, _, out) = app.open()?;
            let rows = ops::list(
                db,
                &ops::AccountQuery {
                    person: a.person.as_deref(),
                    status: a.status.as_deref(),
                    search: a.search.as_deref(),
                    limit: a.list.fetch_limit(),
                },
            )?;
            out.list(&LIST, &a.list, &rows)
        }
        AccountCommand::Show(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            let on = on.unwrap_or(ctx.today);
            out.object(&crate::ops::overview::account_view(db, ctx, &a.number, on)?)
        }
        AccountCommand::Update(a) => {
            let (db, ctx, out) = app.open()?;
            let change = AccountUpdate {
                name: a.name.as_deref(),
                status: a.status.as_deref(),
                currency: a.currency.as_deref(),
                person: a.person.as_deref(),
            };
            out.object(&ops::update(db, ctx, &a.number, &change)?)
        }
        AccountCommand::Characteristic(a) => characteristic::run(a, app),
        AccountCommand::Site(SiteArgs {
            command: SiteCommand::Add(a),
        }) => {
            let (db, ctx, out) = app.open()?;
            let added = ops::add_site(
                db,
                ctx,
                &a.number,
                &NewSiteInput {
                    address: &a.address,
                    city: a.city.as_deref(),
                    postal_code: a.postal_code.as_deref(),
                    country: a.country.as_deref(),
                    uses: &a.uses,
                    primary: a.primary,
                },
            )?;
            for d in &added.demoted {
                out.note(format!(
                    "site {} is no longer the primary {} site",
                    d.site_id, d.site_use
                ));
            }
            out.object(&added)
        }
        AccountCommand::Site(SiteArgs { command }) => run_site(command, app),
        AccountCommand::ReceiptMethod(a) => receipt_method::run(a, app),
        AccountCommand::Contact(a) => contact::run(a, app),
        AccountCommand::Defaults(a) => defaults::run(a, app),
        AccountCommand::Import(a) => import::run(a, app),
        AccountCommand::Delete(a) => {
            let (db, ctx, out) = app.open()?;
            out.object(&crate::ops::delete::account(db, ctx, &a.number)?)
        }
    }
}

fn run_site(command: SiteCommand, app: &mut App) -> Result<()> {
    match command {
        SiteCommand::Add(_) => unreachable!("handled in run"),
        SiteCommand::Import(a) => import::run_sites(a, app),
        SiteCommand::List(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.list(
                &SITES,
                &a.list,
                &site_ops::list(db, &a.number, on.unwrap_or(ctx.today), a.all)?,
            )
        }
        SiteCommand::Show(a) => {
            let (db, _, out) = app.open()?;
            out.object(&site_ops::show(db, &a.number, a.site_id)?)
        }
        SiteCommand::Update(a) => {
            let (db, ctx, out) = app.open()?;
            let change = site_ops::SiteUpdate {
                address: a.address.as_deref(),
                city: a.city.as_deref(),
                postal_code: a.postal_code.as_deref(),
                country: a.country.as_deref(),
                add_uses: a.add_use.as_deref(),
                remove_uses: a.remove_use.as_deref(),
                clear: &a.clear,
            };
            out.object(&site_ops::update(db, ctx, &a.number, a.site_id, &change)?)
        }
        SiteCommand::End(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            let on = on.unwrap_or(ctx.today);
            let ended = site_ops::end(
                db,
                ctx,
                &a.number,
                a.site_id,
                on,
                a.cascade,
                a.backdate.backdate,
            )?;
            for c in &ended.cascaded {
                out.note(format!("{} {} ended on {on} with the site", c.kind, c.id));
            }
            for u in &ended.released_primary_for {
                out.note(format!(
                    "site {} is no longer the primary {u} site",
                    ended.site.id
                ));
            }
            out.object(&ended)
        }
        SiteCommand::SetPrimary(a) => {
            let (db, ctx, out) = app.open()?;
            let moved = site_ops::set_primary(db, ctx, &a.number, a.site_id, a.uses.as_deref())?;
            for d in &moved.demoted {
                out.note(format!(
                    "site {} is no longer the primary {} site",
                    d.site_id, d.site_use
                ));
            }
            out.object(&moved)
        }
    }
}

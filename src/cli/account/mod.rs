//! `custctl account …`

pub mod characteristic;
pub mod contact;
pub mod defaults;
pub mod import;
pub mod receipt_method;

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::error::Result;
use crate::ops::account::{self as ops, AccountUpdate, NewAccountInput, NewSiteInput};

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
    /// Show an account with its sites
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
    number: String,
}

#[derive(Debug, Args)]
struct UpdateArgs {
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
}

#[derive(Debug, Args)]
struct SiteAddArgs {
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
            let (db, _, out) = app.open()?;
            out.object(&ops::show(db, &a.number)?)
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
        AccountCommand::ReceiptMethod(a) => receipt_method::run(a, app),
        AccountCommand::Contact(a) => contact::run(a, app),
        AccountCommand::Defaults(a) => defaults::run(a, app),
        AccountCommand::Import(a) => import::run(a, app),
    }
}

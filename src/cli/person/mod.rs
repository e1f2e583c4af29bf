//! `custctl person …`

pub mod characteristic;
pub mod import;

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::{App, opt_date};
use crate::domain::person::{PersonInput, PersonRef};
use crate::error::Result;
use crate::ops::person::{self as ops, PersonUpdate};

#[derive(Debug, Args)]
pub struct PersonArgs {
    #[command(subcommand)]
    command: PersonCommand,
}

#[derive(Debug, Subcommand)]
enum PersonCommand {
    /// Add a person or organisation
    Add(AddArgs),
    /// List persons, optionally those matching a search text
    List(ListArgs),
    /// Show a person with contact points and relationships
    Show(ShowArgs),
    /// Change a person's fields
    Update(UpdateArgs),
    /// Contact points (phone, fax, email, im, url)
    Point(PointArgs),
    /// Characteristics of a person
    Characteristic(characteristic::CharacteristicArgs),
    /// Say that a person is a contact of another, for a period
    Relate(RelateArgs),
    /// Import persons from CSV or NDJSON
    Import(import::PersonImportArgs),
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The full name (or the organisation's name)
    #[arg(long, required_unless_present_any = ["first_name", "last_name"])]
    name: Option<String>,
    /// First name (the name is formed from first and last name when --name is not given)
    #[arg(long)]
    first_name: Option<String>,
    /// Last name
    #[arg(long)]
    last_name: Option<String>,
    /// person or organization [default: person]
    #[arg(long)]
    kind: Option<String>,
    /// The key of this person in the source system (unique)
    #[arg(long)]
    external_id: Option<String>,
    /// Primary email address
    #[arg(long)]
    email: Option<String>,
    /// Primary phone number (kept as given)
    #[arg(long)]
    phone: Option<String>,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Only persons whose name, external id or a contact point contains TEXT
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// At most N persons
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "persons",
    default: &["id", "kind", "name", "external_id", "email", "phone"],
    all: &[
        "id",
        "kind",
        "name",
        "first_name",
        "last_name",
        "external_id",
        "email",
        "phone",
        "created_at",
        "updated_at",
    ],
};

#[derive(Debug, Args)]
struct ShowArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(value_name = "REF")]
    person: String,
}

#[derive(Debug, Args)]
struct UpdateArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(value_name = "REF")]
    person: String,
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    first_name: Option<String>,
    #[arg(long)]
    last_name: Option<String>,
    /// person or organization
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    external_id: Option<String>,
    /// Replaces the primary email
    #[arg(long)]
    email: Option<String>,
    /// Replaces the primary phone
    #[arg(long)]
    phone: Option<String>,
}

#[derive(Debug, Args)]
struct PointArgs {
    #[command(subcommand)]
    command: PointCommand,
}

#[derive(Debug, Subcommand)]
enum PointCommand {
    /// Add a contact point; --primary demotes the current primary of its type
    Add(PointAddArgs),
}

#[derive(Debug, Args)]
struct PointAddArgs {
    #[arg(value_name = "REF")]
    person: String,
    /// phone, fax, email, im or url
    #[arg(long = "type", value_name = "TYPE")]
    kind: String,
    #[arg(long)]
    value: String,
    /// What the point is for (home, work, ...)
    #[arg(long)]
    purpose: Option<String>,
    /// Make it the primary point of its type
    #[arg(long)]
    primary: bool,
}

#[derive(Debug, Args)]
struct RelateArgs {
    /// The person who is the contact
    #[arg(value_name = "REF")]
    person: String,
    /// The person or organisation they are a contact of
    #[arg(long, value_name = "REF")]
    to: String,
    /// The role (contact)
    #[arg(long)]
    role: String,
    /// First day [default: today]
    #[arg(long, value_name = "DATE")]
    start: Option<String>,
    /// Last day [default: open-ended]
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
}

pub fn run(args: PersonArgs, app: &mut App) -> Result<()> {
    match args.command {
        PersonCommand::Add(a) => {
            let input = PersonInput {
                kind: a.kind,
                name: a.name,
                first_name: a.first_name,
                last_name: a.last_name,
                external_id: a.external_id,
                email: a.email,
                phone: a.phone,
            };
            let (db, ctx, out) = app.open()?;
            let person = ops::add(db, ctx, &input)?;
            out.object(&person)
        }
        PersonCommand::List(a) => {
            let (db, _, out) = app.open()?;
            out.list(
                &LIST,
                &a.list,
                &ops::list(db, a.search.as_deref(), a.list.fetch_limit())?,
            )
        }
        PersonCommand::Show(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::show(db, ctx, &reference)?)
        }
        PersonCommand::Update(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let change = PersonUpdate {
                kind: a.kind,
                name: a.name,
                first_name: a.first_name,
                last_name: a.last_name,
                external_id: a.external_id,
                email: a.email,
                phone: a.phone,
            };
            let (db, ctx, out) = app.open()?;
            out.object(&ops::update(db, ctx, &reference, &change)?)
        }
        PersonCommand::Point(PointArgs {
            command: PointCommand::Add(a),
        }) => {
            let reference = PersonRef::parse(&a.person)?;
            let (db, ctx, out) = app.open()?;
            let added = ops::add_point(
                db,
                ctx,
                &reference,
                &a.kind,
                &a.value,
                a.purpose.as_deref(),
                a.primary,
            )?;
            if let Some(old) = &added.demoted {
                out.note(format!(
                    "contact point {} ({}) is no longer the primary {}",
                    old.id, old.value, old.kind
                ));
            }
            out.object(&added)
        }
        PersonCommand::Characteristic(a) => characteristic::run(a, app),
        PersonCommand::Relate(a) => {
            let subject = PersonRef::parse(&a.person)?;
            let object = PersonRef::parse(&a.to)?;
            let start = opt_date("start", a.start.as_deref())?;
            let end = opt_date("end", a.end.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::relate(
                db, ctx, &subject, &object, &a.role, start, end,
            )?)
        }
        PersonCommand::Import(a) => import::run(a, app),
    }
}

//! `custctl person …`

pub mod characteristic;
pub mod duplicate;
pub mod import;

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::region::RegionArg;
use crate::cli::{App, BackdateArg, opt_date};
use crate::domain::person::{PersonInput, PersonRef};
use crate::error::Result;
use crate::ops::person::{self as ops, PersonUpdate};
use crate::ops::point as point_ops;

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
    /// Show a person with contact points, relationships, accounts and latest contacts
    Show(ShowArgs),
    /// Change a person's fields
    Update(UpdateArgs),
    /// Contact points (phone, fax, email, im, url)
    Point(PointArgs),
    /// Characteristics of a person
    Characteristic(characteristic::CharacteristicArgs),
    /// Say that a person is a contact of another, for a period; list and end such
    /// relationships
    Relate(RelateArgs),
    /// Import persons from CSV or NDJSON
    Import(import::PersonImportArgs),
    /// Delete a person added by mistake: refused while anything refers to it
    Delete(ShowArgs),
    /// Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web
    /// address, folded name, site address)
    Duplicates(duplicate::DuplicatesArgs),
    /// Merge duplicates into the person kept: their records move to it, they stay as
    /// records that resolve to it
    Merge(duplicate::MergeArgs),
    /// Erase a person's personal data on request: garbled with random characters of the
    /// same shape everywhere, redacted from the audit log; the person is closed to changes
    Garble(GarbleArgs),
}

#[derive(Debug, Args)]
struct GarbleArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(
        value_name = "REF",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    person: Option<String>,
    /// A file of references, one a line (blank lines and lines starting with # are
    /// skipped): all are garbled in one transaction, or none
    #[arg(long, value_name = "FILE")]
    file: Option<std::path::PathBuf>,
    /// Why (the erasure request); recorded in the audit log
    #[arg(long, value_name = "TEXT")]
    reason: String,
    /// Show what would be garbled, ended and redacted; change nothing
    #[arg(long)]
    dry_run: bool,
    /// Close the person's open contacts (refused otherwise)
    #[arg(long)]
    close_open: bool,
    /// End today the payment details of its accounts in force after today (refused
    /// otherwise)
    #[arg(long)]
    end_payment_details: bool,
    /// For an organisation: garble its contact persons too
    #[arg(long)]
    contacts_of_organisation: bool,
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
    /// Primary phone number (stored in E.164, the form as typed beside it)
    #[arg(long)]
    phone: Option<String>,
    #[command(flatten)]
    region: RegionArg,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Only persons whose name, external id or a contact point contains TEXT
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// List garbled persons too (left out otherwise)
    #[arg(long)]
    include_garbled: bool,
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
    /// Replaces the primary email ('' clears it)
    #[arg(long)]
    email: Option<String>,
    /// Replaces the primary phone ('' clears it)
    #[arg(long)]
    phone: Option<String>,
    #[command(flatten)]
    region: RegionArg,
    /// Empty an optional field: first-name, last-name, external-id, email, phone
    /// (repeatable; clearing email or phone ends that primary contact point)
    #[arg(long, value_name = "FIELD")]
    clear: Vec<String>,
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
    /// List the contact points in use (every one with --all)
    List(PointListArgs),
    /// Change a contact point's value or purpose; --clear purpose empties it
    Update(PointUpdateArgs),
    /// End a contact point: it is no longer used from today and stays for the record
    End(PointRefArgs),
    /// Make a contact point the primary of its type
    SetPrimary(PointRefArgs),
}

#[derive(Debug, Args)]
struct PointListArgs {
    #[arg(value_name = "REF")]
    person: String,
    /// Ended points too
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    list: ListFlags,
}

const POINTS: ListSpec = ListSpec {
    noun: "contact points",
    default: &["id", "type", "value", "purpose", "primary", "end"],
    all: &[
        "id",
        "person_id",
        "type",
        "value",
        "typed",
        "purpose",
        "primary",
        "created_at",
        "end",
    ],
};

#[derive(Debug, Args)]
struct PointRefArgs {
    #[arg(value_name = "REF")]
    person: String,
    point_id: i64,
}

#[derive(Debug, Args)]
struct PointUpdateArgs {
    #[arg(value_name = "REF")]
    person: String,
    point_id: i64,
    /// A new value, checked for the point's type
    #[arg(long)]
    value: Option<String>,
    /// A new purpose ('' clears it)
    #[arg(long)]
    purpose: Option<String>,
    /// Empty an optional field: purpose
    #[arg(long, value_name = "FIELD")]
    clear: Vec<String>,
    #[command(flatten)]
    region: RegionArg,
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
    #[command(flatten)]
    region: RegionArg,
}

/// `person relate REF --to REF --role contact`, or `person relate list|end`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
struct RelateArgs {
    #[command(subcommand)]
    command: Option<RelateCommand>,
    /// The person who is the contact
    #[arg(value_name = "REF", required = true)]
    person: Option<String>,
    /// The person or organisation they are a contact of
    #[arg(long, value_name = "REF", required = true)]
    to: Option<String>,
    /// The role (contact)
    #[arg(long, required = true)]
    role: Option<String>,
    /// First day [default: today]
    #[arg(long, value_name = "DATE")]
    start: Option<String>,
    /// Last day [default: open-ended]
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Subcommand)]
enum RelateCommand {
    /// List the party relationships a person takes part in (either side) on a date
    List(RelateListArgs),
    /// End a party relationship: --on is its last active day
    End(RelateEndArgs),
}

#[derive(Debug, Args)]
struct RelateListArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(value_name = "REF")]
    person: String,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// Every relationship, not only those in force on the date (`active` as on the date)
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    list: ListFlags,
}

const RELATIONSHIPS: ListSpec = ListSpec {
    noun: "party relationships",
    default: &[
        "id",
        "person_id",
        "related_person_id",
        "role",
        "start",
        "end",
        "active",
    ],
    all: &[
        "id",
        "person_id",
        "related_person_id",
        "role",
        "start",
        "end",
        "active",
        "created_at",
    ],
};

#[derive(Debug, Args)]
struct RelateEndArgs {
    /// The party relationship id
    id: i64,
    /// The last active day
    #[arg(long, value_name = "DATE")]
    on: String,
    #[command(flatten)]
    backdate: BackdateArg,
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
                region: a.region.resolve()?,
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
                &ops::list(
                    db,
                    a.search.as_deref(),
                    a.list.fetch_limit(),
                    a.include_garbled,
                )?,
            )
        }
        PersonCommand::Show(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let (db, ctx, out) = app.open()?;
            out.object(&crate::ops::overview::person_view(db, ctx, &reference)?)
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
                region: a.region.resolve()?,
            };
            let (db, ctx, out) = app.open()?;
            out.object(&ops::update(db, ctx, &reference, &change, &a.clear)?)
        }
        PersonCommand::Point(PointArgs { command }) => run_point(command, app),
        PersonCommand::Characteristic(a) => characteristic::run(a, app),
        PersonCommand::Relate(RelateArgs {
            command: Some(RelateCommand::List(a)),
            ..
        }) => {
            let reference = PersonRef::parse(&a.person)?;
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.list(
                &RELATIONSHIPS,
                &a.list,
                &ops::relate_list(db, &reference, on.unwrap_or(ctx.today), a.all)?,
            )
        }
        PersonCommand::Relate(RelateArgs {
            command: Some(RelateCommand::End(a)),
            ..
        }) => {
            let on = crate::domain::time::parse_date("on", &a.on)?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::relate_end(db, ctx, a.id, on, a.backdate.backdate)?)
        }
        PersonCommand::Relate(a) => {
            let subject = PersonRef::parse(a.person.as_deref().unwrap_or_default())?;
            let object = PersonRef::parse(a.to.as_deref().unwrap_or_default())?;
            let start = opt_date("start", a.start.as_deref())?;
            let end = opt_date("end", a.end.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::relate(
                db,
                ctx,
                &subject,
                &object,
                a.role.as_deref().unwrap_or_default(),
                start,
                end,
                a.backdate.backdate,
            )?)
        }
        PersonCommand::Import(a) => import::run(a, app),
        PersonCommand::Delete(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let (db, ctx, out) = app.open()?;
            out.object(&crate::ops::delete::person(db, ctx, &reference)?)
        }
        PersonCommand::Garble(a) => {
            let references = match (&a.person, &a.file) {
                (Some(p), _) => vec![PersonRef::parse(p)?],
                (None, Some(file)) => garble_references(file)?,
                (None, None) => Vec::new(),
            };
            let opts = crate::ops::garble::Options {
                dry_run: a.dry_run,
                close_open: a.close_open,
                end_payment_details: a.end_payment_details,
                contacts_of_organisation: a.contacts_of_organisation,
            };
            let (db, ctx, out) = app.open()?;
            let reports = crate::ops::garble::garble(db, ctx, &references, &a.reason, opts)?;
            out.object(&serde_json::json!({"dry_run": a.dry_run, "persons": reports}))
        }
        PersonCommand::Duplicates(a) => duplicate::duplicates(a, app),
        PersonCommand::Merge(a) => duplicate::merge(a, app),
    }
}

/// The references of a `--file`: one a line; blank lines and `#` comments skipped.
fn garble_references(file: &std::path::Path) -> Result<Vec<PersonRef>> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        crate::error::Error::not_found(format!("cannot read {}: {e}", file.display()))
    })?;
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(PersonRef::parse)
        .collect()
}

fn run_point(command: PointCommand, app: &mut App) -> Result<()> {
    match command {
        PointCommand::Add(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let region = a.region.resolve()?;
            let (db, ctx, out) = app.open()?;
            let added = ops::add_point(
                db,
                ctx,
                &reference,
                &ops::PointInput {
                    kind: &a.kind,
                    value: &a.value,
                    region: region.as_deref(),
                    purpose: a.purpose.as_deref(),
                    primary: a.primary,
                },
            )?;
            if let Some(old) = &added.demoted {
                out.note(format!(
                    "contact point {} ({}) is no longer the primary {}",
                    old.id, old.value, old.kind
                ));
            }
            out.object(&added)
        }
        PointCommand::List(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let (db, _, out) = app.open()?;
            out.list(&POINTS, &a.list, &point_ops::list(db, &reference, a.all)?)
        }
        PointCommand::Update(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let region = a.region.resolve()?;
            let (db, ctx, out) = app.open()?;
            out.object(&point_ops::update(
                db,
                ctx,
                &reference,
                a.point_id,
                &point_ops::PointUpdate {
                    value: a.value.as_deref(),
                    region: region.as_deref(),
                    purpose: a.purpose.as_deref(),
                    clear: &a.clear,
                },
            )?)
        }
        PointCommand::End(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let (db, ctx, out) = app.open()?;
            out.object(&point_ops::end(db, ctx, &reference, a.point_id)?)
        }
        PointCommand::SetPrimary(a) => {
            let reference = PersonRef::parse(&a.person)?;
            let (db, ctx, out) = app.open()?;
            let moved = point_ops::set_primary(db, ctx, &reference, a.point_id)?;
            if let Some(old) = &moved.demoted {
                out.note(format!(
                    "contact point {} is no longer the primary {}",
                    old.id, old.kind
                ));
            }
            out.object(&moved)
        }
    }
}

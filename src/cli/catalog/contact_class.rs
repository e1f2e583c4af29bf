//! `custctl catalog contact-class …`

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::error::Result;
use crate::ops::contact_catalog as ops;

#[derive(Debug, Args)]
pub struct ContactClassArgs {
    #[command(subcommand)]
    command: ContactClassCommand,
}

#[derive(Debug, Subcommand)]
enum ContactClassCommand {
    /// Add a contact class
    Add(AddArgs),
    /// List the contact classes
    List(ListFlags),
    /// Change a class's description (its code never changes)
    Update(UpdateArgs),
    /// Deactivate a class: it takes no new contacts or types; old ones keep it
    Deactivate(CodeArgs),
}

#[derive(Debug, Args)]
struct UpdateArgs {
    code: String,
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
}

#[derive(Debug, Args)]
struct CodeArgs {
    code: String,
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The class code (e.g. COMPLAINT)
    code: String,
    /// What the class is for
    #[arg(long, value_name = "TEXT")]
    description: String,
}

const LIST: ListSpec = ListSpec {
    noun: "contact classes",
    default: &["code", "description"],
    all: &["id", "code", "description", "created_at"],
};

pub fn run(args: ContactClassArgs, app: &mut App) -> Result<()> {
    let (db, ctx, out) = app.open()?;
    match args.command {
        ContactClassCommand::Add(a) => {
            out.object(&ops::add_class(db, ctx, &a.code, &a.description)?)
        }
        ContactClassCommand::List(flags) => out.list(&LIST, &flags, &ops::classes(db)?),
        ContactClassCommand::Update(a) => out.object(&crate::ops::catalog_life::update_class(
            db,
            ctx,
            &a.code,
            a.description.as_deref(),
        )?),
        ContactClassCommand::Deactivate(a) => out.object(
            &crate::ops::catalog_life::deactivate_class(db, ctx, &a.code)?,
        ),
    }
}

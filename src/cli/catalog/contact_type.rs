//! `custctl catalog contact-type …`

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::error::Result;
use crate::ops::contact_catalog::{self as ops, NewTypeInput};

#[derive(Debug, Args)]
pub struct ContactTypeArgs {
    #[command(subcommand)]
    command: ContactTypeCommand,
}

#[derive(Debug, Subcommand)]
enum ContactTypeCommand {
    /// Add a contact type under a class, with its letter and characteristic rules
    Add(AddArgs),
    /// List the contact types with their letters and characteristic rules
    List(ListFlags),
    /// Change a type's description or letter (its code never changes)
    Update(UpdateArgs),
    /// Deactivate a type: it takes no new contacts; old ones keep it
    Deactivate(RefArgs),
}

#[derive(Debug, Args)]
struct UpdateArgs {
    #[arg(add = crate::cli::completions::catalog_codes("contact-class"))]
    class: String,
    #[arg(value_name = "TYPE")]
    code: String,
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
    /// A letter template that new contacts of this type queue ('' clears it)
    #[arg(long, value_name = "TEMPLATE")]
    letter: Option<String>,
    /// Empty an optional field: letter
    #[arg(long, value_name = "FIELD")]
    clear: Vec<String>,
}

#[derive(Debug, Args)]
struct RefArgs {
    #[arg(add = crate::cli::completions::catalog_codes("contact-class"))]
    class: String,
    #[arg(value_name = "TYPE")]
    code: String,
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The class the type belongs to
    #[arg(add = crate::cli::completions::catalog_codes("contact-class"))]
    class: String,
    /// The type code (unique within the class)
    #[arg(value_name = "TYPE")]
    code: String,
    /// What the type is for
    #[arg(long, value_name = "TEXT")]
    description: String,
    /// A letter template that contacts of this type queue
    #[arg(long, value_name = "TEMPLATE")]
    letter: Option<String>,
    /// A characteristic the type allows, with an optional default and whether it is
    /// required: TYPE[=DEFAULT][:required] (repeatable)
    #[arg(long = "char", value_name = "TYPE[=DEFAULT][:required]")]
    chars: Vec<String>,
}

const LIST: ListSpec = ListSpec {
    noun: "contact types",
    default: &[
        "class",
        "type",
        "description",
        "letter_template",
        "characteristics",
    ],
    all: &[
        "id",
        "class",
        "type",
        "description",
        "letter_template",
        "characteristics",
        "created_at",
    ],
};

pub fn run(args: ContactTypeArgs, app: &mut App) -> Result<()> {
    let (db, ctx, out) = app.open()?;
    match args.command {
        ContactTypeCommand::Add(a) => out.object(&ops::add_type(
            db,
            ctx,
            &NewTypeInput {
                class: &a.class,
                code: &a.code,
                description: &a.description,
                letter: a.letter.as_deref(),
                characteristics: &a.chars,
            },
        )?),
        ContactTypeCommand::List(flags) => out.list(&LIST, &flags, &ops::types(db)?),
        ContactTypeCommand::Update(a) => out.object(&crate::ops::catalog_life::update_type(
            db,
            ctx,
            &a.class,
            &a.code,
            a.description.as_deref(),
            a.letter.as_deref(),
            &a.clear,
        )?),
        ContactTypeCommand::Deactivate(a) => out.object(
            &crate::ops::catalog_life::deactivate_type(db, ctx, &a.class, &a.code)?,
        ),
    }
}

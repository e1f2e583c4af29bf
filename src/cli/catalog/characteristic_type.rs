//! `custctl catalog characteristic-type …`

use clap::{ArgGroup, Args, Subcommand};

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::domain::characteristic::NewCharacteristicType;
use crate::error::Result;
use crate::ops::contact_catalog as ops;

#[derive(Debug, Args)]
pub struct CharacteristicTypeArgs {
    #[command(subcommand)]
    command: CharacteristicTypeCommand,
}

#[derive(Debug, Subcommand)]
enum CharacteristicTypeCommand {
    /// Add a characteristic type: predefined values, or ad hoc with an optional pattern
    Add(AddArgs),
    /// List the characteristic types with their values and patterns
    List(ListFlags),
    /// Change a type's description; add predefined values or remove unused ones
    Update(UpdateArgs),
    /// Deactivate a type: it is set on no record any more; records keep their values
    Deactivate(CodeArgs),
}

#[derive(Debug, Args)]
struct UpdateArgs {
    code: String,
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
    /// A predefined value to add at the end (repeatable)
    #[arg(long, value_name = "VALUE")]
    add_value: Vec<String>,
    /// A predefined value to remove; refused while a record uses it (repeatable)
    #[arg(long, value_name = "VALUE")]
    remove_value: Vec<String>,
}

#[derive(Debug, Args)]
struct CodeArgs {
    code: String,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("kind").required(true).args(["values", "adhoc"])))]
struct AddArgs {
    /// The type code (e.g. reason)
    code: String,
    /// What the characteristic says
    #[arg(long, value_name = "TEXT")]
    description: String,
    /// The predefined values, comma-separated
    #[arg(long, value_name = "V1,V2,…")]
    values: Option<String>,
    /// Values are free text (optionally matching --pattern)
    #[arg(long)]
    adhoc: bool,
    /// A regular expression an ad hoc value must match as a whole
    #[arg(long, value_name = "REGEX", requires = "adhoc")]
    pattern: Option<String>,
    /// The records it applies to: contact, person, account (comma-separated)
    #[arg(long, value_name = "contact[,person,account]")]
    applies_to: String,
}

const LIST: ListSpec = ListSpec {
    noun: "characteristic types",
    default: &["code", "description", "values", "pattern", "applies_to"],
    all: &[
        "id",
        "code",
        "description",
        "adhoc",
        "values",
        "pattern",
        "applies_to",
        "created_at",
    ],
};

pub fn run(args: CharacteristicTypeArgs, app: &mut App) -> Result<()> {
    match args.command {
        CharacteristicTypeCommand::Add(a) => {
            let new = NewCharacteristicType::from_input(
                &a.code,
                &a.description,
                a.values.as_deref(),
                a.adhoc,
                a.pattern.as_deref(),
                &a.applies_to,
            )?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::add_characteristic_type(db, ctx, &new)?)
        }
        CharacteristicTypeCommand::List(flags) => {
            let (db, _, out) = app.open()?;
            out.list(&LIST, &flags, &ops::characteristic_types(db)?)
        }
        CharacteristicTypeCommand::Update(a) => {
            let (db, ctx, out) = app.open()?;
            out.object(&crate::ops::catalog_life::update_characteristic_type(
                db,
                ctx,
                &a.code,
                a.description.as_deref(),
                &a.add_value,
                &a.remove_value,
            )?)
        }
        CharacteristicTypeCommand::Deactivate(a) => {
            let (db, ctx, out) = app.open()?;
            out.object(&crate::ops::catalog_life::deactivate_characteristic_type(
                db, ctx, &a.code,
            )?)
        }
    }
}

//! `custctl person characteristic …`: characteristics of a person.

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::domain::person::PersonRef;
use crate::error::Result;
use crate::ops::characteristic::{self as ops, Owner};

#[derive(Debug, Args)]
pub struct CharacteristicArgs {
    #[command(subcommand)]
    command: CharacteristicCommand,
}

#[derive(Debug, Subcommand)]
enum CharacteristicCommand {
    /// Set a characteristic (replaces its current value)
    Set(SetArgs),
    /// List the characteristics
    List(ListArgs),
    /// Remove a characteristic
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
struct ListArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(value_name = "REF")]
    owner: String,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "characteristics",
    default: &["type", "value"],
    all: &["type", "value"],
};

#[derive(Debug, Args)]
struct SetArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(value_name = "REF")]
    owner: String,
    /// The characteristic type
    #[arg(value_name = "TYPE")]
    code: String,
    /// Its value: a predefined value of the type, or an ad hoc value matching its pattern
    value: String,
}

#[derive(Debug, Args)]
struct RemoveArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(value_name = "REF")]
    owner: String,
    /// The characteristic type
    #[arg(value_name = "TYPE")]
    code: String,
}

fn owner(value: String) -> Result<Owner> {
    Ok(Owner::Person(PersonRef::parse(&value)?))
}

pub fn run(args: CharacteristicArgs, app: &mut App) -> Result<()> {
    match args.command {
        CharacteristicCommand::Set(a) => {
            let owner = owner(a.owner)?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::set(db, ctx, &owner, &a.code, &a.value)?)
        }
        CharacteristicCommand::List(a) => {
            let owner = owner(a.owner)?;
            let (db, _, out) = app.open()?;
            out.list(&LIST, &a.list, &ops::list(db, &owner)?)
        }
        CharacteristicCommand::Remove(a) => {
            let owner = owner(a.owner)?;
            let (db, ctx, out) = app.open()?;
            let removed = ops::remove(db, ctx, &owner, &a.code)?;
            out.note(format!("characteristic {} removed", removed.code));
            out.object(&removed)
        }
    }
}

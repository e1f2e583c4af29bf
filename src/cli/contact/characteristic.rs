//! `custctl contact characteristic …`: characteristics of a contact.

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::{App, contact_ref};
use crate::domain::reference::RecordRef;
use crate::error::Result;
use crate::ops::characteristic::{self as ops, Owner};
use crate::store::Db;

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
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    owner: RecordRef,
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
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    owner: RecordRef,
    /// The characteristic type
    #[arg(value_name = "TYPE")]
    code: String,
    /// Its value: a predefined value of the type, or an ad hoc value matching its pattern
    value: String,
}

#[derive(Debug, Args)]
struct RemoveArgs {
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    owner: RecordRef,
    /// The characteristic type
    #[arg(value_name = "TYPE")]
    code: String,
}

fn owner(db: &mut Db, value: &RecordRef) -> Result<Owner> {
    Ok(Owner::Contact(crate::ops::contact::resolve(db, value)?))
}

pub fn run(args: CharacteristicArgs, app: &mut App) -> Result<()> {
    match args.command {
        CharacteristicCommand::Set(a) => {
            let (db, ctx, out) = app.open()?;
            let owner = owner(db, &a.owner)?;
            out.object(&ops::set(db, ctx, &owner, &a.code, &a.value)?)
        }
        CharacteristicCommand::List(a) => {
            let (db, _, out) = app.open()?;
            let owner = owner(db, &a.owner)?;
            out.list(&LIST, &a.list, &ops::list(db, &owner)?)
        }
        CharacteristicCommand::Remove(a) => {
            let (db, ctx, out) = app.open()?;
            let owner = owner(db, &a.owner)?;
            let removed = ops::remove(db, ctx, &owner, &a.code)?;
            out.note(format!("characteristic {} removed", removed.code));
            out.object(&removed)
        }
    }
}

//! `custctl catalog …`: every kind of setup entry. Each kind has its own file.

pub mod characteristic_type;
pub mod contact_class;
pub mod contact_type;
pub mod letter_template;
pub mod profile_class;
pub mod receipt_method;

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::error::Result;

#[derive(Debug, Args)]
pub struct CatalogArgs {
    #[command(subcommand)]
    command: CatalogCommand,
}

#[derive(Debug, Subcommand)]
enum CatalogCommand {
    /// Contact classes
    ContactClass(contact_class::ContactClassArgs),
    /// Contact types: a class and type, their letter and characteristics
    ContactType(contact_type::ContactTypeArgs),
    /// Characteristic types: predefined values or ad hoc with a pattern
    CharacteristicType(characteristic_type::CharacteristicTypeArgs),
    /// Letter templates
    LetterTemplate(letter_template::LetterTemplateArgs),
    /// Receipt methods: automatic (bank account or card) or manual
    ReceiptMethod(receipt_method::ReceiptMethodArgs),
    /// Profile classes, versioned by date
    ProfileClass(profile_class::ProfileClassArgs),
    /// List catalog entries, of one kind or of all
    List(ListArgs),
}

#[derive(Debug, Args)]
struct ListArgs {
    /// contact-class, contact-type, characteristic-type, letter-template, receipt-method or
    /// profile-class
    kind: Option<String>,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "catalog entries",
    default: &["kind", "code", "description"],
    all: &["kind", "code", "description"],
};

pub fn run(args: CatalogArgs, app: &mut App) -> Result<()> {
    match args.command {
        CatalogCommand::ContactClass(a) => contact_class::run(a, app),
        CatalogCommand::ContactType(a) => contact_type::run(a, app),
        CatalogCommand::CharacteristicType(a) => characteristic_type::run(a, app),
        CatalogCommand::LetterTemplate(a) => letter_template::run(a, app),
        CatalogCommand::ReceiptMethod(a) => receipt_method::run(a, app),
        CatalogCommand::ProfileClass(a) => profile_class::run(a, app),
        CatalogCommand::List(a) => {
            let (db, _, out) = app.open()?;
            out.list(
                &LIST,
                &a.list,
                &crate::ops::catalog::list(db, a.kind.as_deref())?,
            )
        }
    }
}

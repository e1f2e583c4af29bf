//! `custctl catalog letter-template …`

use std::io::Read;
use std::path::Path;

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::domain::letter::NewLetterTemplate;
use crate::error::{Error, Result};
use crate::ops::contact_catalog as ops;

#[derive(Debug, Args)]
pub struct LetterTemplateArgs {
    #[command(subcommand)]
    command: LetterTemplateCommand,
}

#[derive(Debug, Subcommand)]
enum LetterTemplateCommand {
    /// Add a letter template; its body is a minijinja template that sees person, account,
    /// contact, characteristics and log
    #[command(after_long_help = crate::domain::letter::context_help())]
    Add(AddArgs),
    /// Make a new version of a letter template (letters already printed keep their text;
    /// pending ones are rendered with the new version)
    #[command(after_long_help = crate::domain::letter::context_help())]
    Update(UpdateArgs),
    /// List the letter templates (without their bodies)
    List(ListFlags),
    /// Show a letter template with its body
    Show(ShowArgs),
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The template code (e.g. COMPLAINT_ACK)
    code: String,
    /// What the letter is for
    #[arg(long, value_name = "TEXT")]
    description: String,
    /// The file holding the body (- for stdin)
    #[arg(long, value_name = "FILE")]
    body_file: String,
    /// Only custctl itself may queue this template (a manual contact naming it is refused)
    #[arg(long)]
    system_only: bool,
}

#[derive(Debug, Args)]
struct UpdateArgs {
    /// The template code
    code: String,
    /// What the letter is for
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
    /// The file holding the new body (- for stdin)
    #[arg(long, value_name = "FILE")]
    body_file: Option<String>,
}

#[derive(Debug, Args)]
struct ShowArgs {
    /// The template code
    code: String,
}

/// The body file as UTF-8 text: a missing file is not found (3), other text invalid (5).
fn read_body(path: &str) -> Result<String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(Path::new(path)).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    read.map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Error::not_found(format!("the body file {path} does not exist"))
        }
        _ => Error::storage(format!("cannot read {path}: {e}")),
    })?;
    String::from_utf8(bytes).map_err(|e| {
        Error::invalid(format!(
            "{path} is not UTF-8 text (at byte {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

const LIST: ListSpec = ListSpec {
    noun: "letter templates",
    default: &["code", "description", "system_only"],
    all: &["id", "code", "description", "system_only", "created_at"],
};

pub fn run(args: LetterTemplateArgs, app: &mut App) -> Result<()> {
    match args.command {
        LetterTemplateCommand::Add(a) => {
            let body = read_body(&a.body_file)?;
            let new = NewLetterTemplate::from_input(&a.code, &a.description, &body, a.system_only)?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::add_template(db, ctx, &new)?)
        }
        LetterTemplateCommand::Update(a) => {
            let body = a.body_file.as_deref().map(read_body).transpose()?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::update_template(
                db,
                ctx,
                &a.code,
                a.description.as_deref(),
                body.as_deref(),
            )?)
        }
        LetterTemplateCommand::List(flags) => {
            let (db, _, out) = app.open()?;
            out.list(&LIST, &flags, &ops::templates(db)?)
        }
        LetterTemplateCommand::Show(a) => {
            let (db, _, out) = app.open()?;
            out.object(&ops::template(db, &a.code)?)
        }
    }
}

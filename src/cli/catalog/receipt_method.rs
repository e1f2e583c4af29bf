//! `custctl catalog receipt-method …`

use clap::{Args, Subcommand};

use crate::cli::App;
use crate::error::Result;
use crate::ops::receipt_method::{self as ops, NewMethodInput};

#[derive(Debug, Args)]
pub struct ReceiptMethodArgs {
    #[command(subcommand)]
    command: ReceiptMethodCommand,
}

#[derive(Debug, Subcommand)]
enum ReceiptMethodCommand {
    /// Add a receipt method: automatic (drawing on a bank account or card) or manual
    Add(AddArgs),
    /// Change a method's description (its code and kind never change)
    Update(UpdateArgs),
    /// Deactivate a method: it takes no new assignments; old ones keep it
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
    /// The method's code (unique)
    code: String,
    #[arg(long)]
    description: String,
    /// automatic or manual
    #[arg(long)]
    kind: String,
    /// What an automatic method draws on: bank-account or card
    #[arg(long, value_name = "TYPE")]
    payment_type: Option<String>,
    /// Receipts need confirmation
    #[arg(long)]
    confirm: bool,
    /// Receipts need remittance
    #[arg(long)]
    remit: bool,
    /// Receipts need reconciliation
    #[arg(long)]
    reconcile: bool,
}

pub fn run(args: ReceiptMethodArgs, app: &mut App) -> Result<()> {
    match args.command {
        ReceiptMethodCommand::Add(a) => {
            let (db, ctx, out) = app.open()?;
            let method = ops::add_method(
                db,
                ctx,
                &NewMethodInput {
                    code: &a.code,
                    description: &a.description,
                    kind: &a.kind,
                    payment_type: a.payment_type.as_deref(),
                    confirm: a.confirm,
                    remit: a.remit,
                    reconcile: a.reconcile,
                },
            )?;
            out.object(&method)
        }
        ReceiptMethodCommand::Update(a) => {
            let (db, ctx, out) = app.open()?;
            out.object(&crate::ops::catalog_life::update_receipt_method(
                db,
                ctx,
                &a.code,
                a.description.as_deref(),
            )?)
        }
        ReceiptMethodCommand::Deactivate(a) => {
            let (db, ctx, out) = app.open()?;
            out.object(&crate::ops::catalog_life::deactivate_receipt_method(
                db, ctx, &a.code,
            )?)
        }
    }
}

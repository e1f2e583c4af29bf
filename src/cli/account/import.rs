//! `custctl account import FILE|-`

use clap::Args;

use crate::cli::App;
use crate::cli::import::{FileImportArgs, run_entity};
use crate::error::Result;
use crate::import::account::AccountImport;

/// Columns: number, name, person_id or person_external_id, currency, status (the JSON field
/// names of an account; `id`, `created_at`, `updated_at` are accepted and ignored). Rows
/// upsert by number; a new account without a person gets an organisation named after it, as
/// with `account add`.
#[derive(Debug, Args)]
pub struct AccountImportArgs {
    #[command(flatten)]
    pub file: FileImportArgs,
}

pub fn run(args: AccountImportArgs, app: &mut App) -> Result<()> {
    run_entity(&mut AccountImport, &args.file, app)
}

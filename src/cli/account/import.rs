//! `custctl account import FILE|-`

use clap::Args;

use crate::cli::App;
use crate::cli::import::{FileImportArgs, run_entity};
use crate::error::Result;
use crate::import::account::AccountImport;
use crate::import::site::SiteImport;

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

/// Columns: account, address, city, postal_code, country, uses, primary, primary_for (the
/// JSON field names of a site; `id`, `end`, `created_at` are accepted and ignored). A row
/// names the site in use of its account with the same address and postal code (case and
/// spaces aside): it updates that site, or adds a new one, through the functions of `account
/// site add`, `update` and `set-primary`. `uses` is comma-separated; `primary` (true|false)
/// makes the site the primary one for every use, `primary_for` for the uses named.
#[derive(Debug, Args)]
pub struct SiteImportArgs {
    #[command(flatten)]
    pub file: FileImportArgs,
}

pub fn run_sites(args: SiteImportArgs, app: &mut App) -> Result<()> {
    run_entity(&mut SiteImport, &args.file, app)
}

//! `custctl contact import FILE|-`

use clap::Args;

use crate::cli::App;
use crate::cli::import::{FileImportArgs, run_entity};
use crate::error::Result;
use crate::import::contact::ContactImport;

/// Columns: external_id, person_id or person_external_id, class, type, method, direction,
/// contacted_at, user, comment, open, and char.TYPE for each characteristic (the JSON field
/// names of a contact; `id`, `created_at` and the letter fields are accepted and ignored).
/// Rows are checked as `contact add` checks them; rows with an external_id upsert. Imported
/// contacts queue no letters unless --queue-letters.
#[derive(Debug, Args)]
pub struct ContactImportArgs {
    #[command(flatten)]
    pub file: FileImportArgs,
    /// Queue the letters of the contact types (as `contact add` does)
    #[arg(long)]
    pub queue_letters: bool,
}

pub fn run(args: ContactImportArgs, app: &mut App) -> Result<()> {
    run_entity(&mut ContactImport::new(args.queue_letters), &args.file, app)
}

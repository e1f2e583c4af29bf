//! `custctl person import FILE|-`

use clap::Args;

use crate::cli::App;
use crate::cli::import::{FileImportArgs, run_entity};
use crate::cli::region::RegionArg;
use crate::error::Result;
use crate::import::person::PersonImport;

/// Columns: external_id, name, first_name, last_name, kind, email, phone (the JSON field
/// names of a person; `id`, `created_at`, `updated_at` are accepted and ignored, so that
/// `person list --format ndjson` can be imported back). Rows with an external_id upsert: an
/// empty cell clears the field, an absent column leaves it as it is; email and phone replace
/// the primary contact point of that type.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  custctl person import people.csv --map 'User Id=external_id' \
--map 'First Name=first_name' --map 'Last Name=last_name' --ignore-unknown"
)]
pub struct PersonImportArgs {
    #[command(flatten)]
    pub file: FileImportArgs,
    #[command(flatten)]
    pub region: RegionArg,
    /// A row whose external_id is unknown or absent updates the one existing person with
    /// the row's email or phone (in use; in the order given) instead of adding a person
    #[arg(
        long = "match",
        value_name = "FIELDS",
        value_delimiter = ',',
        value_enum
    )]
    pub match_on: Vec<MatchField>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MatchField {
    Email,
    Phone,
}

pub fn run(args: PersonImportArgs, app: &mut App) -> Result<()> {
    let mut entity = PersonImport {
        region: args.region.resolve()?,
        match_on: args
            .match_on
            .iter()
            .map(|m| match m {
                MatchField::Email => crate::domain::person::PointType::Email,
                MatchField::Phone => crate::domain::person::PointType::Phone,
            })
            .collect(),
        ..PersonImport::default()
    };
    run_entity(&mut entity, &args.file, app)
}

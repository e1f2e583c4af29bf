//! `custctl instrument import FILE|-`

use clap::Args;

use crate::cli::import::{FileImportArgs, run_entity};
use crate::cli::{App, BackdateArg};
use crate::error::Result;
use crate::import::instrument::InstrumentImport;

/// Columns: external_id, account, card_number, expiry, holder, iban, bic, bank_account,
/// bank_code, country, currency, primary, start, end, preference, site_id. Each row is
/// checked and card numbers tokenised exactly as `instrument add` does. A file with a card
/// verification code column (cvv, cvc, cvv2, cvc2, cid, security code) is refused before
/// any row is read. Card numbers never appear in the report or the rejects file.
#[derive(Debug, Args)]
pub struct InstrumentImportArgs {
    #[command(flatten)]
    pub file: FileImportArgs,
    #[command(flatten)]
    pub backdate: BackdateArg,
}

pub fn run(args: InstrumentImportArgs, app: &mut App) -> Result<()> {
    run_entity(
        &mut InstrumentImport {
            backdate: args.backdate.backdate,
        },
        &args.file,
        app,
    )
}

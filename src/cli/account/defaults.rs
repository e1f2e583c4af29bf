//! `custctl account defaults NUMBER [--on DATE] [--currency CUR]`.

use clap::Args;

use crate::cli::{App, opt_date};
use crate::error::Result;
use crate::ops::defaults as ops;

#[derive(Debug, Args)]
pub struct DefaultsArgs {
    /// The account number
    number: String,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// The currency of the default bank account [default: the account's currency]
    #[arg(long, value_name = "CUR")]
    currency: Option<String>,
}

pub fn run(args: DefaultsArgs, app: &mut App) -> Result<()> {
    let on = opt_date("on", args.on.as_deref())?;
    let (db, ctx, out) = app.open()?;
    let defaults = ops::defaults(
        db,
        &args.number,
        on.unwrap_or(ctx.today),
        args.currency.as_deref(),
    )?;
    for w in &defaults.warnings {
        out.warn(w);
    }
    out.object(&defaults)
}

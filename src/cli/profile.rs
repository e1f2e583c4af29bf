//! `custctl profile …`: account profiles (a profile class for a period, with overrides).

use clap::{Args, Subcommand};

use crate::cli::catalog::profile_class::ProfileFieldArgs;
use crate::cli::{App, opt_date};
use crate::error::Result;
use crate::ops::profile as ops;

#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
enum ProfileCommand {
    /// Assign a profile class to an account for a period, with overrides. A new open-ended
    /// assignment that starts after the current open-ended one supersedes it (that one ends
    /// the day before); otherwise assignments may not overlap
    #[command(after_help = crate::cli::catalog::profile_class::FIELDS_HELP)]
    Set(SetArgs),
    /// The profile values in force on a date, each with its source (class or override)
    Show(ShowArgs),
    /// Every profile assignment of an account, with its overrides
    History(HistoryArgs),
}

#[derive(Debug, Args)]
struct SetArgs {
    /// The account number
    number: String,
    /// The profile class code
    #[arg(long, value_name = "CODE")]
    class: String,
    /// The first day [default: today]
    #[arg(long, value_name = "DATE")]
    start: Option<String>,
    /// The last day [default: open-ended]
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
    /// Overrides of the class's values, for this assignment only
    #[command(flatten)]
    overrides: Box<ProfileFieldArgs>,
}

#[derive(Debug, Args)]
struct ShowArgs {
    number: String,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

#[derive(Debug, Args)]
struct HistoryArgs {
    number: String,
}

pub fn run(args: ProfileArgs, app: &mut App) -> Result<()> {
    match args.command {
        ProfileCommand::Set(a) => {
            let start = opt_date("start", a.start.as_deref())?;
            let end = opt_date("end", a.end.as_deref())?;
            let (db, ctx, out) = app.open()?;
            let set = ops::set(
                db,
                ctx,
                &a.number,
                &a.class,
                start,
                end,
                &a.overrides.input(),
            )?;
            if let Some(s) = &set.superseded {
                out.note(format!(
                    "profile assignment {} ({}) now ends on {}",
                    s.id,
                    s.class,
                    s.end.map(|d| d.to_string()).unwrap_or_default()
                ));
            }
            out.object(&set)
        }
        ProfileCommand::Show(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::show(db, &a.number, on.unwrap_or(ctx.today))?)
        }
        ProfileCommand::History(a) => {
            let (db, _, out) = app.open()?;
            out.list(&ops::history(db, &a.number)?)
        }
    }
}

//! `custctl relationship …`: relationships between accounts.

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::{App, BackdateArg, opt_date};
use crate::error::Result;
use crate::ops::relationship::{self as ops, LinkInput};

const LINK_HELP: &str = "\
NUMBER is the first account, RELATED_NUMBER the related one. The first account acts for the \
related one: it may pay the related account's debts (payment sharing); with --bill-to it may be \
invoiced for the related account (the related account bills to it); with --ship-to it may \
receive the related account's shipments (the related account ships to it). --reciprocal makes \
all of these two-way. Two relationships between the same accounts (in either order) may not \
overlap in dates.";

#[derive(Debug, Args)]
pub struct RelationshipArgs {
    #[command(subcommand)]
    command: RelationshipCommand,
}

#[derive(Debug, Subcommand)]
enum RelationshipCommand {
    /// Link two accounts for a period
    #[command(after_help = LINK_HELP)]
    Link(LinkArgs),
    /// The relationships of an account in both directions, and for each whether this
    /// account may pay for, bill to or ship to the other on the date asked
    List(ListArgs),
    /// End a relationship: the date is its last active day
    Unlink(UnlinkArgs),
}

#[derive(Debug, Args)]
struct LinkArgs {
    /// The first account (it may pay the related account's debts)
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The related account
    related_number: String,
    /// The first account may be invoiced for the related one
    #[arg(long)]
    bill_to: bool,
    /// The first account may receive the related one's shipments
    #[arg(long)]
    ship_to: bool,
    /// Make payment sharing (and bill-to, ship-to) two-way
    #[arg(long)]
    reciprocal: bool,
    /// The first day [default: today]
    #[arg(long, value_name = "DATE")]
    start: Option<String>,
    /// The last day [default: open-ended]
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "relationships",
    default: &[
        "id",
        "other",
        "direction",
        "may_pay_for",
        "bill_to",
        "ship_to",
        "reciprocal",
        "start",
        "end",
    ],
    all: &[
        "id",
        "other",
        "direction",
        "active",
        "may_pay_for",
        "may_bill_to",
        "may_ship_to",
        "bill_to",
        "ship_to",
        "reciprocal",
        "start",
        "end",
        "comment",
    ],
};

#[derive(Debug, Args)]
struct UnlinkArgs {
    /// The relationship id
    id: i64,
    /// The last active day [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

pub fn run(args: RelationshipArgs, app: &mut App) -> Result<()> {
    match args.command {
        RelationshipCommand::Link(a) => {
            let start = opt_date("start", a.start.as_deref())?;
            let end = opt_date("end", a.end.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::link(
                db,
                ctx,
                &a.number,
                &a.related_number,
                &LinkInput {
                    bill_to: a.bill_to,
                    ship_to: a.ship_to,
                    reciprocal: a.reciprocal,
                    start,
                    end,
                    comment: a.comment.as_deref(),
                    backdate: a.backdate.backdate,
                },
            )?)
        }
        RelationshipCommand::List(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.list(
                &LIST,
                &a.list,
                &ops::list(db, &a.number, on.unwrap_or(ctx.today))?,
            )
        }
        RelationshipCommand::Unlink(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::unlink(db, ctx, a.id, on, a.backdate.backdate)?)
        }
    }
}

//! `custctl account receipt-method …`: receipt methods assigned to an account or one of its
//! bill-to sites, with dated primaries.

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::{App, BackdateArg, opt_date};
use crate::error::{Error, Result};
use crate::ops::receipt_method::{self as ops, AssignInput};

#[derive(Debug, Args)]
pub struct ReceiptMethodArgs {
    #[command(subcommand)]
    command: ReceiptMethodCommand,
}

#[derive(Debug, Subcommand)]
enum ReceiptMethodCommand {
    /// Assign a receipt method for a period; assignments of one method never overlap
    Assign(AssignArgs),
    /// List the assignments in force on a date, with their primary flag on that date
    List(ListArgs),
    /// End an assignment (named by its id): --on is its last active day
    End(EndArgs),
    /// Make an assignment (named by its id) the primary from a date; the previous primary
    /// keeps the role until the day before
    SetPrimary(SetPrimaryArgs),
    /// Every version of each assignment of the account, with who changed it and when
    /// (from the audit log); corrections of the past are marked `backdated`
    History(HistoryArgs),
}

#[derive(Debug, Args)]
struct HistoryArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    #[command(flatten)]
    list: ListFlags,
}

#[derive(Debug, Args)]
struct AssignArgs {
    /// The account number
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The receipt method's code
    #[arg(add = crate::cli::completions::catalog_codes("receipt-method"))]
    method: String,
    /// First active day [default: today]
    #[arg(long, value_name = "DATE")]
    start: Option<String>,
    /// Last active day [default: open-ended]
    #[arg(long, value_name = "DATE")]
    end: Option<String>,
    /// Primary over its whole period (refused when another primary overlaps: use set-primary)
    #[arg(long)]
    primary: bool,
    /// Assign to this bill-to site of the account instead of the account itself
    #[arg(long, value_name = "SITE_ID")]
    site: Option<i64>,
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
    /// Every assignment, not only those in force on the date
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "receipt methods",
    default: &[
        "id",
        "site_id",
        "method",
        "kind",
        "payment_type",
        "start",
        "end",
        "active",
        "primary",
    ],
    all: &[
        "id",
        "account",
        "site_id",
        "method",
        "kind",
        "payment_type",
        "start",
        "end",
        "active",
        "primary",
        "created_at",
    ],
};

/// An assignment named by its id alone, as every `instrument` command names an instrument;
/// the earlier form `NUMBER ID` (the account number first) is still read.
#[derive(Debug, Args)]
struct AssignmentRef {
    /// The assignment's id (as `receipt-method list` shows it)
    #[arg(value_name = "ASSIGNMENT")]
    first: String,
    /// The earlier form `NUMBER ID`: the id after the account number
    #[arg(hide = true, value_name = "ID")]
    id: Option<String>,
}

impl AssignmentRef {
    /// (the account number, the assignment id); the number looked up when not given.
    fn resolve(&self, app: &mut App) -> Result<(String, i64)> {
        let parse = |v: &str| {
            v.trim().parse::<i64>().map_err(|_| {
                let e = Error::invalid(format!(
                    "a receipt-method assignment is named by its id, a number, not '{}'",
                    crate::domain::time::printable(v.trim())
                ));
                if v.trim().starts_with("ext:") {
                    e.with_hint("receipt-method assignments have no external id")
                } else {
                    e.with_hint("list them with: custctl account receipt-method list NUMBER --all")
                }
            })
        };
        match &self.id {
            Some(id) => Ok((self.first.clone(), parse(id)?)),
            None => {
                let id = parse(&self.first)?;
                let (db, ctx, _) = app.open()?;
                let today = ctx.today;
                Ok((ops::account_of(db, id, today)?, id))
            }
        }
    }
}

#[derive(Debug, Args)]
struct EndArgs {
    #[command(flatten)]
    assignment: AssignmentRef,
    /// The last active day
    #[arg(long, value_name = "DATE")]
    on: String,
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct SetPrimaryArgs {
    #[command(flatten)]
    assignment: AssignmentRef,
    /// The first day it is primary [default: today]
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    #[command(flatten)]
    backdate: BackdateArg,
}

pub fn run(args: ReceiptMethodArgs, app: &mut App) -> Result<()> {
    match args.command {
        ReceiptMethodCommand::Assign(a) => {
            let (db, ctx, out) = app.open()?;
            let assignment = ops::assign(
                db,
                ctx,
                &AssignInput {
                    number: &a.number,
                    method: &a.method,
                    start: a.start.as_deref(),
                    end: a.end.as_deref(),
                    primary: a.primary,
                    site: a.site,
                    backdate: a.backdate.backdate,
                },
            )?;
            out.object(&assignment)
        }
        ReceiptMethodCommand::History(a) => {
            let (db, ctx, out) = app.open()?;
            out.list(
                &crate::cli::output::HISTORY,
                &a.list,
                &crate::ops::history::receipt_methods(db, &a.number, ctx.today)?,
            )
        }
        ReceiptMethodCommand::List(a) => {
            let on = opt_date("on", a.on.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.list(
                &LIST,
                &a.list,
                &ops::list(db, &a.number, on.unwrap_or(ctx.today), a.all)?,
            )
        }
        ReceiptMethodCommand::End(a) => {
            let on = crate::domain::time::parse_date("on", &a.on)?;
            let (number, id) = a.assignment.resolve(app)?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::end(db, ctx, &number, id, on, a.backdate.backdate)?)
        }
        ReceiptMethodCommand::SetPrimary(a) => {
            let from = opt_date("from", a.from.as_deref())?;
            let (number, id) = a.assignment.resolve(app)?;
            let (db, ctx, out) = app.open()?;
            let moved = ops::set_primary(
                db,
                ctx,
                &number,
                id,
                from.unwrap_or(ctx.today),
                a.backdate.backdate,
            )?;
            for d in &moved.demoted {
                match d.until {
                    Some(until) => {
                        out.note(format!("assignment {} stays primary until {until}", d.id))
                    }
                    None => out.note(format!(
                        "assignment {} is no longer primary from {}",
                        d.id,
                        from.unwrap_or(ctx.today)
                    )),
                }
            }
            out.object(&moved)
        }
    }
}

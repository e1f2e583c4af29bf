//! `custctl profile …`: account profiles (a profile class for a period, with overrides).

use clap::{Args, Subcommand};

use crate::cli::catalog::profile_class::ProfileFieldArgs;
use serde::Serialize;

use crate::cli::output::{Format, ListFlags, ListSpec};
use crate::cli::{App, BackdateArg, opt_date};
use crate::domain::profile::AccountProfileJson;
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
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The profile class code
    #[arg(long, value_name = "CODE")]
    #[arg(add = crate::cli::completions::catalog_codes("profile-class"))]
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
    #[command(flatten)]
    backdate: BackdateArg,
}

#[derive(Debug, Args)]
struct ShowArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    /// The date asked [default: today]
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
}

#[derive(Debug, Args)]
struct HistoryArgs {
    #[arg(add = crate::cli::completions::account_numbers())]
    number: String,
    #[command(flatten)]
    list: ListFlags,
}

const HISTORY: ListSpec = ListSpec {
    noun: "profile assignments",
    default: &["id", "class", "start", "end", "overrides"],
    all: &[
        "id",
        "account",
        "class",
        "start",
        "end",
        "overrides",
        "created_at",
    ],
};

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
                a.backdate.backdate,
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
            let history = ops::history(db, &a.number)?;
            if out.format == Format::Table {
                let rows: Vec<TableRow> = history.iter().map(TableRow::from).collect();
                return out.list(&HISTORY, &a.list, &rows);
            }
            out.list(&HISTORY, &a.list, &history)
        }
    }
}

/// A history line for the table: the overrides summed up in one cell.
#[derive(Debug, Serialize)]
struct TableRow {
    id: i64,
    account: String,
    class: String,
    start: chrono::NaiveDate,
    end: Option<chrono::NaiveDate>,
    overrides: String,
    created_at: String,
}

impl From<&AccountProfileJson> for TableRow {
    fn from(p: &AccountProfileJson) -> Self {
        let o = &p.overrides;
        let mut parts: Vec<String> = o
            .credit_limits
            .iter()
            .map(|c| format!("credit_limit {}={}", c.currency, c.credit_limit))
            .collect();
        let mut text = |name: &str, v: Option<String>| {
            if let Some(v) = v {
                parts.push(format!("{name}={v}"));
            }
        };
        text("payment_terms", o.payment_terms.clone());
        text("credit_check", o.credit_check.map(|b| b.to_string()));
        text("credit_hold", o.credit_hold.map(|b| b.to_string()));
        text("tolerance", o.tolerance.clone());
        text("statement_cycle", o.statement_cycle.clone());
        text("send_statements", o.send_statements.map(|b| b.to_string()));
        text("dunning_letters", o.dunning_letters.map(|b| b.to_string()));
        text("collector", o.collector.clone());
        TableRow {
            id: p.id,
            account: p.account.clone(),
            class: p.class.clone(),
            start: p.start,
            end: p.end,
            overrides: parts.join(", "),
            created_at: p.created_at.clone(),
        }
    }
}

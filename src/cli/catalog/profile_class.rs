//! `custctl catalog profile-class …`: profile classes, versioned by date.

use clap::{Args, Subcommand};

use crate::cli::{App, BackdateArg, opt_date};
use crate::domain::profile::ProfileInput;
use crate::domain::time::parse_date;
use crate::error::Result;
use crate::ops::profile as ops;

#[derive(Debug, Args)]
pub struct ProfileClassArgs {
    #[command(subcommand)]
    command: ProfileClassCommand,
}

/// Shown under each command that takes the profile fields.
pub const FIELDS_HELP: &str = "\
Boolean fields take an explicit value: true or false (also yes/no, 1/0), so that an override \
can switch off what a class switches on. Credit limits are decimal strings in the currency's \
minor units (USD=5000.00, JPY=700000), never floats; give one --credit-limit per currency.";

#[derive(Debug, Subcommand)]
enum ProfileClassCommand {
    /// Add a profile class with its first version
    #[command(after_help = FIELDS_HELP)]
    Add(AddArgs),
    /// Add a new version of a class from a date; fields not given carry over from the
    /// version in force before it, and earlier dates keep their values
    #[command(after_help = FIELDS_HELP)]
    Update(UpdateArgs),
}

/// The profile fields (product.md §3.6), shared by `catalog profile-class` and
/// `profile set` (where they override the class). Booleans take an explicit `true` or
/// `false`, so that an override can switch a class's `true` off.
#[derive(Debug, Args, Default, Clone)]
pub struct ProfileFieldArgs {
    /// Payment terms code, e.g. NET30
    #[arg(long, value_name = "TERMS")]
    pub payment_terms: Option<String>,
    /// Credit limit in one currency, as a decimal in its minor units (USD=5000.00);
    /// repeat for each currency
    #[arg(long, value_name = "CUR=AMOUNT")]
    pub credit_limit: Vec<String>,
    /// Whether orders are credit-checked: true or false
    #[arg(long, value_name = "true|false")]
    pub credit_check: Option<String>,
    /// Whether the account is on credit hold: true or false
    #[arg(long, value_name = "true|false")]
    pub credit_hold: Option<String>,
    /// Receipt tolerance in percent (0 to 100, at most two decimals)
    #[arg(long, value_name = "PERCENT")]
    pub tolerance: Option<String>,
    /// Statement cycle code, e.g. MONTHLY
    #[arg(long, value_name = "CYCLE")]
    pub statement_cycle: Option<String>,
    /// Whether statements are sent: true or false
    #[arg(long, value_name = "true|false")]
    pub send_statements: Option<String>,
    /// Whether dunning letters are sent: true or false
    #[arg(long, value_name = "true|false")]
    pub dunning_letters: Option<String>,
    /// The collector's name
    #[arg(long, value_name = "NAME")]
    pub collector: Option<String>,
}

impl ProfileFieldArgs {
    pub fn input(&self) -> ProfileInput {
        ProfileInput {
            payment_terms: self.payment_terms.clone(),
            credit_limits: self.credit_limit.clone(),
            credit_check: self.credit_check.clone(),
            credit_hold: self.credit_hold.clone(),
            tolerance: self.tolerance.clone(),
            statement_cycle: self.statement_cycle.clone(),
            send_statements: self.send_statements.clone(),
            dunning_letters: self.dunning_letters.clone(),
            collector: self.collector.clone(),
        }
    }
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The class code (unique); a class named DEFAULT is given to every new account
    code: String,
    #[arg(long)]
    description: String,
    /// The date its first version takes effect [default: today]
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    #[command(flatten)]
    fields: Box<ProfileFieldArgs>,
}

#[derive(Debug, Args)]
struct UpdateArgs {
    code: String,
    /// The first day of the new version
    #[arg(long, value_name = "DATE")]
    from: String,
    /// A new description (not versioned)
    #[arg(long)]
    description: Option<String>,
    #[command(flatten)]
    fields: Box<ProfileFieldArgs>,
    #[command(flatten)]
    backdate: BackdateArg,
    /// Leave a field unset in the new version (repeatable): payment-terms, credit-limit
    /// (every currency), credit-check, credit-hold, tolerance, statement-cycle,
    /// send-statements, dunning-letters, collector
    #[arg(long, value_name = "FIELD")]
    clear: Vec<String>,
}

pub fn run(args: ProfileClassArgs, app: &mut App) -> Result<()> {
    match args.command {
        ProfileClassCommand::Add(a) => {
            let from = opt_date("from", a.from.as_deref())?;
            let (db, ctx, out) = app.open()?;
            out.object(&ops::class_add(
                db,
                ctx,
                &a.code,
                &a.description,
                from,
                &a.fields.input(),
            )?)
        }
        ProfileClassCommand::Update(a) => {
            let from = parse_date("from", &a.from)?;
            let (db, ctx, out) = app.open()?;
            let input = a.fields.input();
            out.object(&ops::class_update(
                db,
                ctx,
                &a.code,
                &ops::ClassUpdate {
                    from,
                    description: a.description.as_deref(),
                    input: &input,
                    backdate: a.backdate.backdate,
                    clear: &a.clear,
                },
            )?)
        }
    }
}

//! `custctl audit …`

use clap::{Args, Subcommand};
use serde_json::json;

use crate::cli::App;
use crate::cli::output::{ListFlags, ListSpec};
use crate::error::Result;
use crate::ops::audit::{self as ops, AuditQuery};

/// List audit entries, newest first; `--by NAME` lists only the entries made by NAME.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct AuditArgs {
    #[command(subcommand)]
    command: Option<AuditCommand>,
    /// Only entries about this kind of record (person, account, contact, ...)
    #[arg(long, value_name = "KIND")]
    entity: Option<String>,
    /// Only entries about this record: an id, ext:EXTERNAL_ID (with --entity), or an
    /// account number
    #[arg(long, value_name = "REF")]
    id: Option<String>,
    /// Only entries at or after this time
    #[arg(long, value_name = "TS")]
    since: Option<String>,
    /// Only entries made by NAME (the actor recorded with them)
    #[arg(long, value_name = "NAME")]
    by: Option<String>,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "audit entries",
    default: &[
        "id",
        "at",
        "actor",
        "action",
        "entity",
        "entity_id",
        "changes",
    ],
    all: &[
        "id",
        "at",
        "actor",
        "action",
        "entity",
        "entity_id",
        "changes",
        "hmac",
    ],
};

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the audit chain; exit 4 naming the first bad entry
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
struct VerifyArgs {
    /// The head HMAC printed by an earlier verify: its absence means entries were removed
    /// from the end
    #[arg(long, value_name = "HMAC")]
    expect_head: Option<String>,
}

pub fn run(args: AuditArgs, app: &mut App) -> Result<()> {
    let (db, _, out) = app.open()?;
    match args.command {
        Some(AuditCommand::Verify(v)) => {
            let verification = ops::verify(db, v.expect_head.as_deref())?;
            out.object(&json!({
                "ok": true,
                "count": verification.count,
                "head": verification.head,
            }))
        }
        None => {
            let query = AuditQuery {
                entity: args.entity.as_deref(),
                id: args.id.as_deref(),
                actor: args.by.as_deref(),
                since: args.since.as_deref(),
                limit: args.list.fetch_limit(),
            };
            out.list(&LIST, &args.list, &ops::list(db, &query)?)
        }
    }
}

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
        "backdated",
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
        "backdated",
    ],
};

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the audit chain; exit 4 naming the first bad entry
    Verify(VerifyArgs),
    /// Print the chain's entry count and head HMAC as COUNT:HMAC (the chain is verified
    /// first): keep it outside the database and pass it to `verify --expect-head` later
    Head,
}

#[derive(Debug, Args)]
struct VerifyArgs {
    /// A head kept from earlier (`custctl audit head`: COUNT:HMAC, or the HMAC alone):
    /// exit 4 when the chain no longer holds it (entries removed from the end, or the chain
    /// rewritten)
    #[arg(long, value_name = "HEAD")]
    expect_head: Option<String>,
}

/// An entry as listed: with `backdated` when it corrected the past (`--backdate`; its
/// `changes` then hold the answers before and after).
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    entry: &'a crate::store::audit::StoredEntry,
    backdated: bool,
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
        Some(AuditCommand::Head) => {
            let v = ops::head(db)?;
            let head = format!("{}:{}", v.count, v.head);
            if matches!(out.format, crate::cli::output::Format::Table) {
                // Plain COUNT:HMAC, to append to a log kept elsewhere.
                out.object(&head)
            } else {
                out.object(&json!({"count": v.count, "head": v.head, "mark": head}))
            }
        }
        None => {
            let query = AuditQuery {
                entity: args.entity.as_deref(),
                id: args.id.as_deref(),
                actor: args.by.as_deref(),
                since: args.since.as_deref(),
                limit: args.list.fetch_limit(),
            };
            let entries = ops::list(db, &query)?;
            let shown: Vec<Shown<'_>> = entries
                .iter()
                .map(|entry| Shown {
                    entry,
                    backdated: entry.entry.changes.get("backdated")
                        == Some(&serde_json::Value::Bool(true)),
                })
                .collect();
            out.list(&LIST, &args.list, &shown)
        }
    }
}

//! `custctl contact …`: customer contacts, their log, reminders, letters and
//! characteristics.

pub mod characteristic;
pub mod import;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cli::output::{ListFlags, ListSpec};
use crate::cli::{App, contact_ref};
use crate::domain::characteristic::parse_assignment;
use crate::domain::contact::ContactInput;
use crate::domain::reference::RecordRef;
use crate::error::Result;
use crate::ops::contact::{self as ops, ListQuery};
use crate::ops::letter;
use crate::store::contact::LetterFilter;

#[derive(Debug, Args)]
pub struct ContactArgs {
    #[command(subcommand)]
    command: ContactCommand,
}

#[derive(Debug, Subcommand)]
enum ContactCommand {
    /// Record that a customer got in touch (or was contacted)
    Add(AddArgs),
    /// List contacts, newest first
    List(ListArgs),
    /// Show a contact with its log and characteristics
    Show(IdArgs),
    /// Close an open contact (case file) with a resolution, added to its log
    Close(CloseArgs),
    /// Reopen a closed contact; adds a log entry
    Reopen(ReopenArgs),
    /// The contact's log: append-only entries, optionally with a reminder
    Log(LogArgs),
    /// Characteristics of a contact
    Characteristic(characteristic::CharacteristicArgs),
    /// Reminders that are due, or mark one done
    Reminders(RemindersArgs),
    /// Letters queued by contacts, or extract the pending ones to files
    Letters(LettersArgs),
    /// Import contacts from CSV or NDJSON
    Import(import::ContactImportArgs),
    /// Delete a contact recorded by mistake: within 24 hours, with no log entry or printed
    /// letter
    Delete(IdArgs),
}

#[derive(Debug, Args)]
struct AddArgs {
    /// The person: an id, or an external id (ext:VALUE)
    #[arg(long, value_name = "REF")]
    person: String,
    /// The contact class
    #[arg(long)]
    #[arg(add = crate::cli::completions::catalog_codes("contact-class"))]
    class: String,
    /// The contact type (under the class)
    #[arg(long = "type", value_name = "TYPE")]
    contact_type: String,
    /// phone, email, fax, postal, sms, in-person, web or other
    #[arg(long, value_name = "M")]
    method: Option<String>,
    /// inbound (the customer contacted us) or outbound (we contacted them)
    #[arg(long)]
    direction: Option<String>,
    /// When it happened [default: now]
    #[arg(long, value_name = "TIMESTAMP")]
    at: Option<String>,
    /// What it was about
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
    /// Keep the contact open as a case file (contacts are closed otherwise)
    #[arg(long)]
    open: bool,
    /// A characteristic, TYPE=VALUE (repeatable)
    #[arg(long = "char", value_name = "TYPE=VALUE")]
    chars: Vec<String>,
    /// Queue this letter template instead of the type's
    #[arg(long, value_name = "TEMPLATE")]
    letter: Option<String>,
    /// The key of this contact in a source system (unique)
    #[arg(long, value_name = "ID")]
    external_id: Option<String>,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Only the contacts of this person (an id, or ext:VALUE)
    #[arg(long, value_name = "REF")]
    person: Option<String>,
    /// Only open contacts
    #[arg(long, conflicts_with = "closed")]
    open: bool,
    /// Only closed contacts
    #[arg(long)]
    closed: bool,
    /// Only contacts of this class
    #[arg(long, value_name = "C")]
    #[arg(add = crate::cli::completions::catalog_codes("contact-class"))]
    class: Option<String>,
    /// Only contacts of this type
    #[arg(long = "type", value_name = "T")]
    contact_type: Option<String>,
    /// Only contacts at or after this time
    #[arg(long, value_name = "TS")]
    since: Option<String>,
    /// Only contacts at or before this time (a date alone: up to the end of that day)
    #[arg(long, value_name = "TS")]
    until: Option<String>,
    /// Only contacts whose comment or a log entry contains TEXT (any case)
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// Only contacts recorded by this user
    #[arg(long, value_name = "U")]
    user: Option<String>,
    #[command(flatten)]
    list: ListFlags,
}

const LIST: ListSpec = ListSpec {
    noun: "contacts",
    default: &[
        "id",
        "person_id",
        "contacted_at",
        "class",
        "type",
        "direction",
        "open",
        "comment",
    ],
    all: &[
        "id",
        "person_id",
        "contacted_at",
        "user",
        "class",
        "type",
        "method",
        "direction",
        "comment",
        "open",
        "external_id",
        "letter_template",
        "letter_status",
        "letter_printed_at",
        "created_at",
    ],
};

const LOG: ListSpec = ListSpec {
    noun: "log entries",
    default: &[
        "id",
        "logged_at",
        "actor",
        "remind_on",
        "reminder_done_at",
        "text",
    ],
    all: &[
        "id",
        "contact_id",
        "logged_at",
        "actor",
        "text",
        "remind_on",
        "remind_user",
        "remind_role",
        "reminder_done_at",
    ],
};

const REMINDERS: ListSpec = ListSpec {
    noun: "reminders due",
    default: &[
        "log_id",
        "contact_id",
        "remind_on",
        "to_user",
        "to_role",
        "text",
    ],
    all: &[
        "log_id",
        "contact_id",
        "person_id",
        "remind_on",
        "to_user",
        "to_role",
        "text",
        "actor",
        "logged_at",
    ],
};

const LETTERS: ListSpec = ListSpec {
    noun: "letters",
    default: &[
        "contact_id",
        "person_id",
        "template",
        "status",
        "contacted_at",
        "printed_at",
    ],
    all: &[
        "contact_id",
        "person_id",
        "template",
        "status",
        "contacted_at",
        "printed_at",
    ],
};

const EXTRACTED: ListSpec = ListSpec {
    noun: "letters written",
    default: &["contact_id", "template", "file", "printed_at"],
    all: &[
        "contact_id",
        "template",
        "template_version",
        "file",
        "printed_at",
    ],
};

#[derive(Debug, Args)]
struct IdArgs {
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    id: RecordRef,
}

#[derive(Debug, Args)]
struct CloseArgs {
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    id: RecordRef,
    /// How the case was resolved (added to the log)
    #[arg(long, value_name = "TEXT")]
    resolution: String,
    /// Keep its open reminders (by default closing marks them done)
    #[arg(long)]
    keep_reminders: bool,
}

#[derive(Debug, Args)]
struct ReopenArgs {
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    id: RecordRef,
    /// Why it is reopened (added to the log)
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
}

#[derive(Debug, Args)]
struct LogArgs {
    #[command(subcommand)]
    command: LogCommand,
}

#[derive(Debug, Subcommand)]
enum LogCommand {
    /// Append an entry, optionally with a reminder to a user or a role
    Add(LogAddArgs),
    /// List a contact's log entries, oldest first
    List(LogListArgs),
}

#[derive(Debug, Args)]
struct LogListArgs {
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    id: RecordRef,
    #[command(flatten)]
    list: ListFlags,
}

#[derive(Debug, Args)]
struct LogAddArgs {
    /// The contact: an id, or an external id (ext:VALUE)
    #[arg(value_name = "CONTACT", value_parser = contact_ref)]
    id: RecordRef,
    /// The entry
    #[arg(long, value_name = "TEXT")]
    text: String,
    /// Set a reminder for this date
    #[arg(long, value_name = "DATE", requires = "reminder_target")]
    remind_on: Option<String>,
    /// The user to remind
    #[arg(
        long,
        value_name = "U",
        group = "reminder_target",
        requires = "remind_on"
    )]
    to_user: Option<String>,
    /// The role to remind
    #[arg(
        long,
        value_name = "R",
        group = "reminder_target",
        requires = "remind_on"
    )]
    to_role: Option<String>,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
struct RemindersArgs {
    #[command(subcommand)]
    command: Option<RemindersCommand>,
    /// List reminders due by this date [default: today]
    #[arg(long, value_name = "DATE")]
    due_by: Option<String>,
    /// Days of lead time: a reminder is due N days before its date
    #[arg(long, value_name = "N", default_value_t = 0)]
    lead_days: u32,
    /// Only reminders to this user (with --role: to this user or that role)
    #[arg(long, value_name = "U")]
    user: Option<String>,
    /// Only reminders to this role (with --user: to that user or this role)
    #[arg(long, value_name = "R")]
    role: Option<String>,
    #[command(flatten)]
    list: ListFlags,
}

#[derive(Debug, Subcommand)]
enum RemindersCommand {
    /// Mark the reminder of a log entry done
    Done(DoneArgs),
}

#[derive(Debug, Args)]
struct DoneArgs {
    /// The log entry that carries the reminder
    log_id: i64,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
struct LettersArgs {
    #[command(subcommand)]
    command: Option<LettersCommand>,
    #[command(flatten)]
    filter: LetterFilterArgs,
}

#[derive(Debug, Args)]
struct LetterFilterArgs {
    /// Only letters not printed yet
    #[arg(long, conflicts_with = "printed")]
    pending: bool,
    /// Only letters printed
    #[arg(long)]
    printed: bool,
    #[command(flatten)]
    list: ListFlags,
}

impl LetterFilterArgs {
    fn filter(&self) -> LetterFilter {
        if self.pending {
            LetterFilter::Pending
        } else if self.printed {
            LetterFilter::Printed
        } else {
            LetterFilter::All
        }
    }
}

#[derive(Debug, Subcommand)]
enum LettersCommand {
    /// List the letters (pending, printed and cancelled); a letter's ID is its contact's id
    List(LetterFilterArgs),
    /// Render each pending letter into a file in DIR and mark it printed; a letter that
    /// fails is reported (exit 5 at the end) and stays pending, the others are written
    Extract(ExtractArgs),
    /// Cancel a pending letter: it is never extracted
    Cancel(CancelLetterArgs),
    /// Print the text a printed letter was printed with, again (audited)
    Reprint(IdArgs),
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// The folder for the letters (created if missing)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Replace letter files that already exist in DIR
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct CancelLetterArgs {
    /// The letter (its contact's id)
    id: i64,
    /// Why it is cancelled
    #[arg(long, value_name = "TEXT")]
    reason: String,
}

pub fn run(args: ContactArgs, app: &mut App) -> Result<()> {
    match args.command {
        ContactCommand::Add(a) => {
            let pairs: Vec<(String, String)> = a
                .chars
                .iter()
                .map(|c| parse_assignment(c))
                .collect::<Result<_>>()?;
            let input = ContactInput {
                class: &a.class,
                contact_type: &a.contact_type,
                method: a.method.as_deref(),
                direction: a.direction.as_deref(),
                contacted_at: a.at.as_deref(),
                comment: a.comment.as_deref(),
                open: a.open,
                characteristics: pairs
                    .iter()
                    .map(|(c, v)| (c.as_str(), v.as_str()))
                    .collect(),
                letter: a.letter.as_deref(),
                external_id: a.external_id.as_deref(),
                user: None,
            };
            let (db, ctx, out) = app.open()?;
            let contact = ops::add(db, ctx, &a.person, &input)?;
            out.object(&contact)
        }
        ContactCommand::List(a) => {
            let query = ListQuery {
                person: a.person.as_deref(),
                open: if a.open {
                    Some(true)
                } else if a.closed {
                    Some(false)
                } else {
                    None
                },
                class: a.class.as_deref(),
                contact_type: a.contact_type.as_deref(),
                since: a.since.as_deref(),
                until: a.until.as_deref(),
                search: a.search.as_deref(),
                user: a.user.as_deref(),
                limit: a.list.fetch_limit(),
            };
            let (db, _, out) = app.open()?;
            let mut writer = out.list_writer(&LIST, &a.list)?;
            ops::list(db, &query, |c| writer.push(c))?;
            writer.finish()
        }
        ContactCommand::Show(a) => {
            let (db, _, out) = app.open()?;
            let id = ops::resolve(db, &a.id)?;
            out.object(&ops::show(db, id)?)
        }
        ContactCommand::Close(a) => {
            let (db, ctx, out) = app.open()?;
            let id = ops::resolve(db, &a.id)?;
            out.object(&ops::close(db, ctx, id, &a.resolution, a.keep_reminders)?)
        }
        ContactCommand::Reopen(a) => {
            let (db, ctx, out) = app.open()?;
            let id = ops::resolve(db, &a.id)?;
            out.object(&ops::reopen(db, ctx, id, a.comment.as_deref())?)
        }
        ContactCommand::Log(LogArgs { command }) => match command {
            LogCommand::Add(a) => {
                let (db, ctx, out) = app.open()?;
                let id = ops::resolve(db, &a.id)?;
                out.object(&ops::log_add(
                    db,
                    ctx,
                    id,
                    &a.text,
                    a.remind_on.as_deref(),
                    a.to_user.as_deref(),
                    a.to_role.as_deref(),
                )?)
            }
            LogCommand::List(a) => {
                let (db, _, out) = app.open()?;
                let id = ops::resolve(db, &a.id)?;
                out.list(&LOG, &a.list, &ops::log_list(db, id)?)
            }
        },
        ContactCommand::Characteristic(a) => characteristic::run(a, app),
        ContactCommand::Reminders(a) => {
            let (db, ctx, out) = app.open()?;
            match a.command {
                Some(RemindersCommand::Done(d)) => {
                    out.object(&ops::reminder_done(db, ctx, d.log_id)?)
                }
                None => {
                    let due = ops::reminders(
                        db,
                        ctx,
                        a.due_by.as_deref(),
                        a.lead_days,
                        a.user.as_deref(),
                        a.role.as_deref(),
                    )?;
                    out.list(&REMINDERS, &a.list, &due)
                }
            }
        }
        ContactCommand::Letters(a) => {
            let (db, ctx, out) = app.open()?;
            match a.command {
                Some(LettersCommand::Extract(e)) => {
                    let report = letter::extract(db, ctx, &e.out, e.force)?;
                    out.note(format!(
                        "{} letter(s) written to {}",
                        report.extracted.len(),
                        e.out.display()
                    ));
                    out.list(&EXTRACTED, &ListFlags::default(), &report.extracted)?;
                    match report.error() {
                        Some(err) => Err(err),
                        None => Ok(()),
                    }
                }
                Some(LettersCommand::List(f)) => {
                    out.list(&LETTERS, &f.list, &letter::list(db, f.filter())?)
                }
                Some(LettersCommand::Cancel(c)) => {
                    out.object(&letter::cancel(db, ctx, c.id, &c.reason)?)
                }
                Some(LettersCommand::Reprint(r)) => {
                    let id = ops::resolve(db, &r.id)?;
                    let text = letter::reprint(db, ctx, id)?;
                    if out.json_errors() {
                        out.object(&serde_json::json!({"contact_id": id, "text": text}))
                    } else {
                        use std::io::Write;
                        let mut stdout = std::io::stdout().lock();
                        stdout.write_all(text.as_bytes())?;
                        stdout.flush()?;
                        Ok(())
                    }
                }
                None => out.list(
                    &LETTERS,
                    &a.filter.list,
                    &letter::list(db, a.filter.filter())?,
                ),
            }
        }
        ContactCommand::Import(a) => import::run(a, app),
        ContactCommand::Delete(a) => {
            let (db, ctx, out) = app.open()?;
            let id = ops::resolve(db, &a.id)?;
            out.object(&crate::ops::delete::contact(db, ctx, id)?)
        }
    }
}

//! Use cases of customer contacts: add, list, show, close and reopen (case files), the log
//! with reminders.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use serde_json::json;

use crate::domain::catalog::catalog_code;
use crate::domain::characteristic::{Characteristic, Entity};
use crate::domain::contact::{
    Contact, ContactInput, LogEntry, Reminder, ReminderSpec, due_until, validate,
};
use crate::domain::person::PersonRef;
use crate::domain::reference::RecordRef;
use crate::domain::text;
use crate::domain::time::{format_timestamp, parse_date, parse_timestamp};
use crate::error::{Error, Result};
use crate::ops::{Context, audit, person::require as require_person};
use crate::store::Tx;
use crate::store::contact::ContactFilter;
use crate::store::{
    Db, characteristic as char_store, contact as store, contact_catalog as catalog_store,
};

/// A contact with its characteristics and log (what `add`, `show`, `close` print).
#[derive(Debug, Serialize)]
pub struct ContactDetail {
    #[serde(flatten)]
    pub contact: Contact,
    pub characteristics: Vec<Characteristic>,
    pub log: Vec<LogEntry>,
}

/// The contact with this id, or not found (3).
pub fn require(conn: &Tx<'_>, id: i64) -> Result<Contact> {
    store::get(conn, id)?.ok_or_else(|| {
        Error::not_found(format!("contact {id} does not exist"))
            .with_hint("find contacts with: custctl contact list --person REF")
    })
}

/// The contact with this id (3), refused (4) when its person was garbled: for every change
/// to a contact (close, reopen, log, characteristics).
pub fn require_open(conn: &Tx<'_>, id: i64) -> Result<Contact> {
    let contact = require(conn, id)?;
    crate::ops::garble::require_not_garbled(conn, contact.person_id)?;
    Ok(contact)
}

/// The id of the contact a reference names: an id is taken as it is (the command checks
/// that it exists), an external id must exist (3).
pub fn resolve_id(conn: &Tx<'_>, r: &RecordRef) -> Result<i64> {
    match r {
        RecordRef::Id(id) => Ok(*id),
        RecordRef::External(e) => store::id_by_external_id(conn, e)?.ok_or_else(|| {
            Error::not_found(format!("no contact has the external id {e}"))
                .with_hint("find contacts with: custctl contact list --person REF")
        }),
    }
}

/// [`resolve_id`] in its own read.
pub fn resolve(db: &mut Db, r: &RecordRef) -> Result<i64> {
    match r {
        RecordRef::Id(id) => Ok(*id),
        _ => db.read(|conn| resolve_id(conn, r)),
    }
}

pub fn detail(conn: &Tx<'_>, id: i64) -> Result<ContactDetail> {
    Ok(ContactDetail {
        contact: require(conn, id)?,
        characteristics: char_store::list(conn, Entity::Contact, id)?,
        log: store::log_of(conn, id)?,
    })
}

/// Records a contact for `person` (an id or external id). The acting user is the contact's
/// user. Uses the same pieces as `contact import`: `store::contact_catalog::load`,
/// `domain::contact::validate`, `store::contact::insert`.
/// The checks of a new contact that `contact add` and each row of `contact import` share:
/// the catalog's rules (`domain::contact::validate`: class, type, characteristics, values)
/// and that a manual contact queues no system-only letter (4). `queue_letters`: whether the
/// type's (or the named) letter template is queued; `now` is `ctx.timestamp()`, formatted
/// once by the caller (an import checks many rows).
pub fn check_new(
    input: &ContactInput<'_>,
    catalog: &crate::domain::contact::ContactCatalog,
    ctx: &Context,
    now: &str,
    queue_letters: bool,
) -> Result<crate::domain::contact::NewContact> {
    let new = validate(input, catalog, now, &ctx.actor, queue_letters)?;
    new.ensure_letter_allowed()?;
    Ok(new)
}

pub fn add(
    db: &mut Db,
    ctx: &Context,
    person: &str,
    input: &ContactInput<'_>,
) -> Result<ContactDetail> {
    let person_ref = PersonRef::parse(person)?;
    db.write(|w| {
        let now = ctx.timestamp();
        let catalog = catalog_store::load(w.conn)?;
        let new = check_new(input, &catalog, ctx, &now, true)?;
        let person = crate::ops::person::require_open(w.conn, &person_ref)?;
        if let Some(ext) = &new.external_id
            && let Some(other) = store::id_by_external_id(w.conn, ext)?
        {
            return Err(Error::conflict(format!(
                "contact {other} already has the external id '{ext}'"
            ))
            .with_hint(format!("see it with: custctl contact show {other}")));
        }
        let id = store::insert(w.conn, person.id, &new, &now)?;
        let detail = detail(w.conn, id)?;
        audit(w, ctx, "add", "contact", id, serde_json::to_value(&detail)?)?;
        Ok(detail)
    })
}

/// The filters of `contact list` as the user gave them.
#[derive(Debug, Clone, Default)]
pub struct ListQuery<'a> {
    pub person: Option<&'a str>,
    pub open: Option<bool>,
    pub class: Option<&'a str>,
    pub contact_type: Option<&'a str>,
    pub since: Option<&'a str>,
    pub until: Option<&'a str>,
    pub search: Option<&'a str>,
    pub user: Option<&'a str>,
    pub limit: Option<u64>,
}

/// Calls `f` for each matching contact, newest first, streaming from one query. A person,
/// class or type named in a filter must exist (3). `until` is inclusive; a date alone means
/// the whole day.
pub fn list(db: &mut Db, q: &ListQuery<'_>, f: impl FnMut(&Contact) -> Result<()>) -> Result<()> {
    let person_ref = q.person.map(PersonRef::parse).transpose()?;
    let class = text::optional(q.class, |v| catalog_code("class", v))?;
    let contact_type = text::optional(q.contact_type, |v| catalog_code("type", v))?;
    let since = q
        .since
        .map(|v| parse_timestamp("since", v).map(|t| format_timestamp(&t)))
        .transpose()?;
    let until = q.until.map(until_timestamp).transpose()?;
    db.read(|conn| {
        let person_id = match &person_ref {
            Some(r) => Some(require_person(conn, r)?.id),
            None => None,
        };
        if class.is_some() || contact_type.is_some() {
            let catalog = catalog_store::load(conn)?;
            match (&class, &contact_type) {
                (Some(c), Some(t)) => {
                    catalog.contact_type(c, t)?;
                }
                (Some(c), None) => {
                    catalog.class(c)?;
                }
                (None, Some(t)) => {
                    if !catalog_store::contact_types(conn)?
                        .iter()
                        .any(|x| x.code == *t)
                    {
                        return Err(Error::not_found(format!("contact type {t} does not exist"))
                            .with_hint("see the types with: custctl catalog list contact-type"));
                    }
                }
                (None, None) => {}
            }
        }
        let filter = ContactFilter {
            person_id,
            open: q.open,
            class: class.clone(),
            contact_type: contact_type.clone(),
            since: since.clone(),
            until: until.clone(),
            search: q.search.map(str::to_string),
            user: q.user.map(|u| u.trim().to_string()),
            limit: q.limit,
        };
        store::for_each(conn, &filter, f)
    })
}

/// `--until`: a timestamp, or a date meaning up to the end of that (local) day.
fn until_timestamp(value: &str) -> Result<String> {
    let v = value.trim();
    if v.len() == 10 {
        let day = parse_date("until", v)?;
        // The last day custctl can write (9999-12-31) has no next day: up to its end.
        return match day.succ_opt().filter(|d| d.year() <= 9999) {
            Some(next) => {
                let next = parse_timestamp("until", &next.to_string())?;
                Ok(format_timestamp(&(next - Duration::seconds(1))))
            }
            None => Ok("9999-12-31T23:59:59Z".to_string()),
        };
    }
    Ok(format_timestamp(&parse_timestamp("until", v)?))
}

pub fn show(db: &mut Db, id: i64) -> Result<ContactDetail> {
    db.read(|conn| detail(conn, id))
}

/// Closes an open contact, adding the resolution to its log; closing a closed one is a
/// conflict (4).
/// Closes an open contact with a resolution added to its log. Its reminders not yet done
/// are marked done at the same time (each audited), unless `keep_reminders`.
pub fn close(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    resolution: &str,
    keep_reminders: bool,
) -> Result<ContactDetail> {
    let resolution = text::comment("resolution", resolution)?;
    db.write(|w| {
        let contact = require_open(w.conn, id)?;
        if !contact.open {
            return Err(Error::conflict(format!("contact {id} is already closed"))
                .with_hint(format!("reopen it first with: custctl contact reopen {id}")));
        }
        store::set_open(w.conn, id, false)?;
        let reminders = if keep_reminders {
            Vec::new()
        } else {
            store::open_reminders_of(w.conn, id)?
        };
        let now = ctx.timestamp();
        for &log in &reminders {
            store::mark_reminder_done(w.conn, log, &now)?;
            audit(
                w,
                ctx,
                "done",
                "contact_log",
                log,
                json!({"reminder_done_at": {"from": null, "to": now}, "with_close": id}),
            )?;
        }
        let log_id = store::insert_log(w.conn, id, &ctx.timestamp(), &ctx.actor, &resolution, None)?;
        audit(
            w,
            ctx,
            "close",
            "contact",
            id,
            json!({"open": {"from": true, "to": false}, "log_id": log_id, "resolution": resolution, "reminders_done": reminders}),
        )?;
        detail(w.conn, id)
    })
}

/// Reopens a closed contact, adding a log entry; reopening an open one is a conflict (4).
pub fn reopen(db: &mut Db, ctx: &Context, id: i64, comment: Option<&str>) -> Result<ContactDetail> {
    let comment = text::optional(comment, |v| text::comment("comment", v))?;
    db.write(|w| {
        let contact = require_open(w.conn, id)?;
        if contact.open {
            return Err(
                Error::conflict(format!("contact {id} is already open")).with_hint(format!(
                    "close it with: custctl contact close {id} --resolution TEXT"
                )),
            );
        }
        store::set_open(w.conn, id, true)?;
        let text = match &comment {
            Some(c) => format!("Reopened: {c}"),
            None => "Reopened".to_string(),
        };
        let log_id = store::insert_log(w.conn, id, &ctx.timestamp(), &ctx.actor, &text, None)?;
        audit(
            w,
            ctx,
            "reopen",
            "contact",
            id,
            json!({"open": {"from": false, "to": true}, "log_id": log_id}),
        )?;
        detail(w.conn, id)
    })
}

/// Appends a log entry, with an optional reminder to a user or a role.
pub fn log_add(
    db: &mut Db,
    ctx: &Context,
    id: i64,
    text: &str,
    remind_on: Option<&str>,
    to_user: Option<&str>,
    to_role: Option<&str>,
) -> Result<LogEntry> {
    let text = text::comment("text", text)?;
    let on = remind_on.map(|d| parse_date("remind-on", d)).transpose()?;
    let reminder = ReminderSpec::from_input(on, to_user, to_role)?;
    db.write(|w| {
        require_open(w.conn, id)?;
        let log_id = store::insert_log(
            w.conn,
            id,
            &ctx.timestamp(),
            &ctx.actor,
            &text,
            reminder.as_ref(),
        )?;
        let entry =
            store::get_log(w.conn, log_id)?.ok_or_else(|| Error::internal("log entry vanished"))?;
        audit(
            w,
            ctx,
            "add",
            "contact_log",
            log_id,
            serde_json::to_value(&entry)?,
        )?;
        Ok(entry)
    })
}

pub fn log_list(db: &mut Db, id: i64) -> Result<Vec<LogEntry>> {
    db.read(|conn| {
        require(conn, id)?;
        store::log_of(conn, id)
    })
}

/// Reminders not done whose trigger date minus `lead_days` is on or before `due_by`
/// (default: today), optionally only those to `user` or `role`.
pub fn reminders(
    db: &mut Db,
    ctx: &Context,
    due_by: Option<&str>,
    lead_days: u32,
    user: Option<&str>,
    role: Option<&str>,
) -> Result<Vec<Reminder>> {
    let due_by: NaiveDate = match due_by {
        Some(d) => parse_date("due-by", d)?,
        None => ctx.today,
    };
    let until = due_until(due_by, lead_days)?;
    let user = text::optional(user, |v| text::code("user", v))?;
    let role = text::optional(role, |v| text::code("role", v))?;
    db.read(|conn| store::reminders(conn, until, user.as_deref(), role.as_deref()))
}

/// Marks the reminder of a log entry done. An entry without a reminder, or one already done,
/// is a conflict (4).
pub fn reminder_done(db: &mut Db, ctx: &Context, log_id: i64) -> Result<LogEntry> {
    db.write(|w| {
        let entry = store::get_log(w.conn, log_id)?.ok_or_else(|| {
            Error::not_found(format!("log entry {log_id} does not exist"))
                .with_hint("see due reminders with: custctl contact reminders")
        })?;
        require_open(w.conn, entry.contact_id)?;
        if entry.remind_on.is_none() {
            return Err(Error::conflict(format!(
                "log entry {log_id} carries no reminder"
            )));
        }
        if let Some(done) = &entry.reminder_done_at {
            return Err(Error::conflict(format!(
                "the reminder of log entry {log_id} was already done at {done}"
            )));
        }
        let now = ctx.timestamp();
        store::mark_reminder_done(w.conn, log_id, &now)?;
        audit(
            w,
            ctx,
            "done",
            "contact_log",
            log_id,
            json!({"reminder_done_at": {"from": null, "to": now}}),
        )?;
        store::get_log(w.conn, log_id)?.ok_or_else(|| Error::internal("log entry vanished"))
    })
}

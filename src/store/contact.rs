//! Contacts, their log (append-only; only a reminder's done time is set later) and letters.
//!
//! Writing contacts in bulk (what `contact import` does), inside one `db.write`:
//!
//! ```text
//! let catalog = store::contact_catalog::load(w.conn)?;            // once
//! for each row:
//!     let new = domain::contact::validate(&input, &catalog, &now, &actor, queue_letters)?;
//!     let person_id = store::person::resolve_id(w.conn, &person_ref)?;   // 3 when None
//!     new.ensure_letter_allowed()?;                                  // if queueing letters
//!     store::contact::insert(w.conn, person_id, &new, &now)?;
//! ```

use chrono::NaiveDate;
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::args;
use crate::domain::contact::{
    Contact, Direction, LogEntry, Method, NewContact, Reminder, ReminderSpec, ReminderTarget,
};
use crate::domain::letter::LetterStatus;
use crate::error::Result;
use crate::store::sql::{Row, Value};
use crate::store::{Dialect, Tx};

/// Inserts a checked contact (from `domain::contact::validate`) with its characteristics;
/// returns its id. Statements are cached, so a bulk import can call this per row inside
/// one transaction.
pub fn insert(tx: &Tx<'_>, person_id: i64, c: &NewContact, created_at: &str) -> Result<i64> {
    let id: i64 = tx.query_one(
        "INSERT INTO contact (person_id, contact_type_id, contacted_at, \"user\", method, direction,
                              comment, open, external_id, letter_template_id, letter_status, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id",
        args![
            person_id,
            c.contact_type_id,
            c.contacted_at,
            c.user,
            c.method.map(Method::as_str),
            c.direction.map(Direction::as_str),
            c.comment,
            c.open,
            c.external_id,
            c.letter_template_id,
            c.letter_status.as_str(),
            created_at
        ],
        |r| r.get(0),
    )?;
    for (type_id, value) in &c.characteristics {
        tx.execute(INSERT_CHARACTERISTIC, args![id, type_id, value])?;
    }
    Ok(id)
}

const INSERT_CHARACTERISTIC: &str =
    "INSERT INTO contact_characteristic (contact_id, characteristic_type_id, value)
     VALUES (?1, ?2, ?3)";

/// Rows of one multi-row INSERT of [`insert_many`] on SQLite.
pub const INSERT_BATCH: usize = 50;

/// Rows [`insert_many`] is best given at once: one multi-row INSERT on SQLite, one COPY on
/// PostgreSQL (a round trip per batch, so a larger one).
pub fn insert_batch(tx: &Tx<'_>) -> usize {
    match tx.dialect() {
        Dialect::Sqlite => INSERT_BATCH,
        Dialect::Postgres => 2048,
    }
}

/// The bulk path of `contact import`: inserts checked contacts (from
/// `domain::contact::validate`, like [`insert`]) with their characteristics, the i-th row
/// with the id `first_id + i` (from [`crate::store::import::next_contact_id`]: the import
/// names a row by its line through its id). Returns `false`, having written nothing of the
/// batch, when the unique index on `external_id` refused a row: a key repeated in the file,
/// which the caller handles.
///
/// SQLite: [`INSERT_BATCH`] rows per statement through one cached multi-row INSERT (the
/// rest one by one). PostgreSQL: one `COPY … FROM STDIN` for the contacts and one for
/// their characteristics (its identity sequence is first moved past the batch, so that no
/// later insert is given one of these ids).
pub fn insert_many(
    tx: &Tx<'_>,
    first_id: i64,
    rows: &[(i64, NewContact)],
    created_at: &str,
) -> Result<bool> {
    if rows.is_empty() {
        return Ok(true);
    }
    if tx.dialect() == Dialect::Postgres {
        return copy_many(tx, first_id, rows, created_at);
    }
    let conn = tx.sqlite()?;
    const COLS: usize = 13;
    // One full batch is one statement, which SQLite undoes alone when it fails; rows one by
    // one may fail halfway, and a savepoint undoes them all.
    let tx_savepoint = rows.len() > 1 && rows.len() != INSERT_BATCH;
    let mut chunks = rows.chunks_exact(INSERT_BATCH);
    let bind =
        |stmt: &mut rusqlite::CachedStatement<'_>, first: i64, rows: &[(i64, NewContact)]| {
            for (r, (person_id, c)) in rows.iter().enumerate() {
                let at = r * COLS;
                stmt.raw_bind_parameter(at + 1, first + r as i64)?;
                stmt.raw_bind_parameter(at + 2, person_id)?;
                stmt.raw_bind_parameter(at + 3, c.contact_type_id)?;
                stmt.raw_bind_parameter(at + 4, &c.contacted_at)?;
                stmt.raw_bind_parameter(at + 5, &c.user)?;
                stmt.raw_bind_parameter(at + 6, c.method.map(Method::as_str))?;
                stmt.raw_bind_parameter(at + 7, c.direction.map(Direction::as_str))?;
                stmt.raw_bind_parameter(at + 8, &c.comment)?;
                stmt.raw_bind_parameter(at + 9, c.open as i64)?;
                stmt.raw_bind_parameter(at + 10, &c.external_id)?;
                stmt.raw_bind_parameter(at + 11, c.letter_template_id)?;
                stmt.raw_bind_parameter(at + 12, c.letter_status.as_str())?;
                stmt.raw_bind_parameter(at + 13, created_at)?;
            }
            stmt.raw_execute()
        };
    // Built once per process: the statement cache is keyed by the SQL text.
    static BATCH_SQL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let sql = |n: usize| {
        // Short: the statement cache hashes and compares the text on every use.
        let mut sql = String::from(
            "INSERT INTO contact(id,person_id,contact_type_id,contacted_at,\"user\",method,\
             direction,comment,open,external_id,letter_template_id,letter_status,created_at)VALUES",
        );
        let row = format!("({})", ["?"; COLS].join(","));
        sql.push_str(&vec![row; n].join(","));
        sql
    };
    let mut run = || -> rusqlite::Result<()> {
        let mut next = first_id;
        for chunk in chunks.by_ref() {
            let batch_sql = BATCH_SQL.get_or_init(|| sql(INSERT_BATCH));
            bind(&mut conn.prepare_cached(batch_sql)?, next, chunk)?;
            add_characteristics(conn, next, chunk)?;
            next += chunk.len() as i64;
        }
        let one = if chunks.remainder().is_empty() {
            String::new()
        } else {
            sql(1)
        };
        for row in chunks.remainder() {
            bind(
                &mut conn.prepare_cached(&one)?,
                next,
                std::slice::from_ref(row),
            )?;
            add_characteristics(conn, next, std::slice::from_ref(row))?;
            next += 1;
        }
        Ok(())
    };
    if tx_savepoint {
        conn.prepare_cached("SAVEPOINT insert_many")?.execute([])?;
    }
    match run() {
        Ok(()) => {
            if tx_savepoint {
                conn.prepare_cached("RELEASE insert_many")?.execute([])?;
            }
            Ok(true)
        }
        Err(e) => {
            if tx_savepoint {
                conn.prepare_cached("ROLLBACK TO insert_many")?
                    .execute([])?;
                conn.prepare_cached("RELEASE insert_many")?.execute([])?;
            }
            match e.sqlite_error() {
                Some(f)
                    if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        && e.to_string().contains("contact.external_id") =>
                {
                    Ok(false)
                }
                _ => Err(e.into()),
            }
        }
    }
}

/// [`insert_many`] on PostgreSQL. Inside a savepoint: a refused row aborts the COPY, and
/// with it the transaction unless undone to a savepoint.
fn copy_many(
    tx: &Tx<'_>,
    first_id: i64,
    rows: &[(i64, NewContact)],
    created_at: &str,
) -> Result<bool> {
    use crate::store::postgres::copy::CopyRows;
    let last_id = first_id + rows.len() as i64 - 1;
    tx.execute(
        "SELECT setval(pg_get_serial_sequence('contact', 'id'), ?1)",
        args![last_id],
    )?;
    let mut contacts = CopyRows::new();
    let mut characteristics = CopyRows::new();
    for ((person_id, c), id) in rows.iter().zip(first_id..) {
        contacts
            .int(Some(id))
            .int(Some(*person_id))
            .int(Some(c.contact_type_id))
            .text(Some(&c.contacted_at))
            .text(Some(&c.user))
            .text(c.method.map(Method::as_str))
            .text(c.direction.map(Direction::as_str))
            .text(c.comment.as_deref())
            .bool(c.open)
            .text(c.external_id.as_deref())
            .int(c.letter_template_id)
            .text(Some(c.letter_status.as_str()))
            .text(Some(created_at))
            .end_row();
        for (type_id, value) in &c.characteristics {
            characteristics
                .int(Some(id))
                .int(Some(*type_id))
                .text(Some(value))
                .end_row();
        }
    }
    tx.savepoint("copy_many")?;
    let copied = tx.copy_in(
        "COPY contact (id, person_id, contact_type_id, contacted_at, \"user\", method, direction,
                       comment, open, external_id, letter_template_id, letter_status, created_at)
         FROM STDIN",
        &contacts,
        "contact_by_external_id",
    );
    let copied = match copied {
        Ok(true) if !characteristics.is_empty() => tx.copy_in(
            "COPY contact_characteristic (contact_id, characteristic_type_id, value) FROM STDIN",
            &characteristics,
            // Their contacts are new: no unique index can refuse them but by a bug.
            "",
        ),
        other => other,
    };
    if !matches!(copied, Ok(true)) {
        tx.rollback_to("copy_many")?;
    }
    tx.release("copy_many")?;
    copied
}

/// The characteristics of `rows`, just inserted with the ids from `first_id` on.
fn add_characteristics(
    conn: &Connection,
    first_id: i64,
    rows: &[(i64, NewContact)],
) -> rusqlite::Result<()> {
    if rows.iter().all(|(_, c)| c.characteristics.is_empty()) {
        return Ok(());
    }
    let mut stmt = conn.prepare_cached(INSERT_CHARACTERISTIC)?;
    for (i, (_, c)) in rows.iter().enumerate() {
        for (type_id, value) in &c.characteristics {
            stmt.execute(params![first_id + i as i64, type_id, value])?;
        }
    }
    Ok(())
}

/// Columns of [`contact_from_row`]; the contact is `c`. On SQLite, `CROSS JOIN` keeps
/// `contact` the outer loop, so that its indexes (by person and time, by time) serve every
/// list; PostgreSQL has no `CROSS JOIN … ON` (and its planner needs no such hint).
macro_rules! select_contact {
    ($join:literal) => {
        concat!(
            "SELECT c.id, c.person_id, c.contacted_at, c.\"user\", cc.code, ct.code,
        c.method, c.direction, c.comment, c.open, c.external_id, lt.code,
        CASE WHEN lc.contact_id IS NOT NULL AND c.letter_status = 'none'
             THEN 'cancelled' ELSE c.letter_status END,
        c.letter_printed_at, c.created_at
   FROM contact c
  ",
            $join,
            " contact_type ct ON ct.id = c.contact_type_id
  ",
            $join,
            " contact_class cc ON cc.id = ct.class_id
   LEFT JOIN letter_template lt ON lt.id = c.letter_template_id
   LEFT JOIN letter_cancel lc ON lc.contact_id = c.id"
        )
    };
}

fn select_contact(tx: &Tx<'_>) -> &'static str {
    match tx.dialect() {
        Dialect::Sqlite => select_contact!("CROSS JOIN"),
        Dialect::Postgres => select_contact!("JOIN"),
    }
}

fn contact_from_row(r: &Row<'_>) -> Result<Contact> {
    let method: Option<String> = r.get(6)?;
    let direction: Option<String> = r.get(7)?;
    let status: String = r.get(12)?;
    Ok(Contact {
        id: r.get(0)?,
        person_id: r.get(1)?,
        contacted_at: r.get(2)?,
        user: r.get(3)?,
        class: r.get(4)?,
        contact_type: r.get(5)?,
        method: method.and_then(|m| Method::parse("method", &m).ok()),
        direction: direction.and_then(|d| Direction::parse("direction", &d).ok()),
        comment: r.get(8)?,
        open: r.get(9)?,
        external_id: r.get(10)?,
        letter_template: r.get(11)?,
        letter_status: LetterStatus::parse("letter status", &status).unwrap_or(LetterStatus::None),
        letter_printed_at: r.get(13)?,
        created_at: r.get(14)?,
    })
}

pub fn get(tx: &Tx<'_>, id: i64) -> Result<Option<Contact>> {
    tx.query_opt(
        &format!("{} WHERE c.id = ?1", select_contact(tx)),
        args![id],
        contact_from_row,
    )
}

/// What `contact list` selects. Timestamps are stored RFC 3339 UTC strings (they sort as
/// times); `until` is inclusive.
#[derive(Debug, Clone, Default)]
pub struct ContactFilter {
    pub person_id: Option<i64>,
    pub open: Option<bool>,
    pub class: Option<String>,
    pub contact_type: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// In the comment or the text of a log entry, any case.
    pub search: Option<String>,
    /// The user who recorded the contact.
    pub user: Option<String>,
    pub limit: Option<u64>,
}

/// Calls `f` for each matching contact, newest first (contacted_at, then id, descending),
/// streaming from one query: memory stays flat whatever the number of contacts.
pub fn for_each(
    tx: &Tx<'_>,
    filter: &ContactFilter,
    mut f: impl FnMut(&Contact) -> Result<()>,
) -> Result<()> {
    let mut sql = String::from(select_contact(tx));
    let mut args: Vec<Value<'_>> = Vec::new();
    let cond = |sql: &mut String, clause: &str| {
        sql.push_str(if sql.contains(" WHERE ") {
            " AND "
        } else {
            " WHERE "
        });
        sql.push_str(clause);
    };
    if let Some(p) = filter.person_id {
        args.push(Value::Int(p));
        cond(&mut sql, &format!("c.person_id = ?{}", args.len()));
    }
    if let Some(open) = filter.open {
        args.push(Value::Bool(open));
        cond(&mut sql, &format!("c.open = ?{}", args.len()));
    }
    if let Some(class) = &filter.class {
        args.push(Value::Text(class));
        cond(&mut sql, &format!("cc.code = ?{}", args.len()));
    }
    if let Some(t) = &filter.contact_type {
        args.push(Value::Text(t));
        cond(&mut sql, &format!("ct.code = ?{}", args.len()));
    }
    if let Some(since) = &filter.since {
        args.push(Value::Text(since));
        cond(&mut sql, &format!("c.contacted_at >= ?{}", args.len()));
    }
    if let Some(until) = &filter.until {
        args.push(Value::Text(until));
        cond(&mut sql, &format!("c.contacted_at <= ?{}", args.len()));
    }
    if let Some(user) = &filter.user {
        args.push(Value::Text(user));
        cond(&mut sql, &format!("c.\"user\" = ?{}", args.len()));
    }
    if let Some(search) = &filter.search {
        args.push(Value::Text(search));
        let n = args.len();
        cond(
            &mut sql,
            &format!(
                "(folded_contains(c.comment, ?{n}) OR EXISTS (SELECT 1 FROM contact_log l
                  WHERE l.contact_id = c.id AND folded_contains(l.text, ?{n})))"
            ),
        );
    }
    sql.push_str(" ORDER BY c.contacted_at DESC, c.id DESC");
    if let Some(limit) = filter.limit {
        args.push(Value::Int(i64::try_from(limit).unwrap_or(i64::MAX)));
        sql.push_str(&format!(" LIMIT ?{}", args.len()));
    }
    // One contact is refilled row after row: its strings keep their buffers, so a million
    // rows cost no allocation each (on SQLite).
    let mut contact: Option<Contact> = None;
    tx.for_each(&sql, &args, |row| {
        match &mut contact {
            Some(c) => refill(row, c)?,
            None => contact = Some(contact_from_row(row)?),
        }
        match &contact {
            Some(c) => f(c),
            None => Ok(()),
        }
    })
}

/// Copies a row into `c`, reusing its string buffers.
fn refill(r: &Row<'_>, c: &mut Contact) -> Result<()> {
    fn text(r: &Row<'_>, i: usize, into: &mut String) -> Result<()> {
        r.with_str(i, |v| {
            into.clear();
            into.push_str(v.unwrap_or_default());
        })
    }
    fn opt_text(r: &Row<'_>, i: usize, into: &mut Option<String>) -> Result<()> {
        r.with_str(i, |v| match v {
            None => *into = None,
            Some(v) => match into {
                Some(s) => {
                    s.clear();
                    s.push_str(v);
                }
                None => *into = Some(v.to_string()),
            },
        })
    }
    c.id = r.get(0)?;
    c.person_id = r.get(1)?;
    text(r, 2, &mut c.contacted_at)?;
    text(r, 3, &mut c.user)?;
    text(r, 4, &mut c.class)?;
    text(r, 5, &mut c.contact_type)?;
    c.method = r.with_str(6, |m| m.and_then(|m| Method::parse("method", m).ok()))?;
    c.direction = r.with_str(7, |d| d.and_then(|d| Direction::parse("direction", d).ok()))?;
    opt_text(r, 8, &mut c.comment)?;
    c.open = r.get(9)?;
    opt_text(r, 10, &mut c.external_id)?;
    opt_text(r, 11, &mut c.letter_template)?;
    c.letter_status = r.with_str(12, |s| {
        LetterStatus::parse("letter status", s.unwrap_or_default()).unwrap_or(LetterStatus::None)
    })?;
    opt_text(r, 13, &mut c.letter_printed_at)?;
    text(r, 14, &mut c.created_at)?;
    Ok(())
}

/// The id of the contact with this external id.
pub fn id_by_external_id(tx: &Tx<'_>, external_id: &str) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT id FROM contact WHERE external_id = ?1",
        args![external_id],
        |r| r.get(0),
    )
}

pub fn set_open(tx: &Tx<'_>, id: i64, open: bool) -> Result<()> {
    tx.execute(
        "UPDATE contact SET open = ?2 WHERE id = ?1",
        args![id, open],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ log

const SELECT_LOG: &str = "SELECT id, contact_id, logged_at, actor, text, remind_on, remind_user,
        remind_role, reminder_done_at FROM contact_log";

fn log_from_row(r: &Row<'_>) -> Result<LogEntry> {
    Ok(LogEntry {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        logged_at: r.get(2)?,
        actor: r.get(3)?,
        text: r.get(4)?,
        remind_on: r.get(5)?,
        remind_user: r.get(6)?,
        remind_role: r.get(7)?,
        reminder_done_at: r.get(8)?,
    })
}

/// Appends a log entry (with an optional reminder); returns its id.
pub fn insert_log(
    tx: &Tx<'_>,
    contact_id: i64,
    at: &str,
    actor: &str,
    text: &str,
    reminder: Option<&ReminderSpec>,
) -> Result<i64> {
    let (on, user, role) = match reminder {
        Some(ReminderSpec {
            on,
            to: ReminderTarget::User(u),
        }) => (Some(*on), Some(u.as_str()), None),
        Some(ReminderSpec {
            on,
            to: ReminderTarget::Role(r),
        }) => (Some(*on), None, Some(r.as_str())),
        None => (None, None, None),
    };
    tx.query_one(
        "INSERT INTO contact_log (contact_id, logged_at, actor, text, remind_on, remind_user, remind_role)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        args![contact_id, at, actor, text, on, user, role],
        |r| r.get(0),
    )
}

pub fn log_of(tx: &Tx<'_>, contact_id: i64) -> Result<Vec<LogEntry>> {
    tx.query_vec(
        &format!("{SELECT_LOG} WHERE contact_id = ?1 ORDER BY id"),
        args![contact_id],
        log_from_row,
    )
}

pub fn get_log(tx: &Tx<'_>, id: i64) -> Result<Option<LogEntry>> {
    tx.query_opt(
        &format!("{SELECT_LOG} WHERE id = ?1"),
        args![id],
        log_from_row,
    )
}

/// The log entries of a contact whose reminders are not done, by id.
pub fn open_reminders_of(tx: &Tx<'_>, contact_id: i64) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT id FROM contact_log
          WHERE contact_id = ?1 AND remind_on IS NOT NULL AND reminder_done_at IS NULL ORDER BY id",
        args![contact_id],
        |r| r.get(0),
    )
}

pub fn mark_reminder_done(tx: &Tx<'_>, log_id: i64, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE contact_log SET reminder_done_at = ?2 WHERE id = ?1",
        args![log_id, at],
    )?;
    Ok(())
}

/// Reminders not done whose trigger date is on or before `until`, by trigger date; with
/// `user` or `role` (or both), only those to that user or to that role.
pub fn reminders(
    tx: &Tx<'_>,
    until: NaiveDate,
    user: Option<&str>,
    role: Option<&str>,
) -> Result<Vec<Reminder>> {
    tx.query_vec(
        "SELECT l.id, l.contact_id, c.person_id, l.remind_on, l.remind_user, l.remind_role,
                l.text, l.actor, l.logged_at
           FROM contact_log l JOIN contact c ON c.id = l.contact_id
          WHERE l.remind_on IS NOT NULL AND l.reminder_done_at IS NULL AND l.remind_on <= ?1
            AND ((CAST(?2 AS TEXT) IS NULL AND CAST(?3 AS TEXT) IS NULL)
                 OR l.remind_user = ?2 OR l.remind_role = ?3)
          ORDER BY l.remind_on, l.id",
        args![until, user, role],
        |r| {
            Ok(Reminder {
                log_id: r.get(0)?,
                contact_id: r.get(1)?,
                person_id: r.get(2)?,
                remind_on: r.get(3)?,
                to_user: r.get(4)?,
                to_role: r.get(5)?,
                text: r.get(6)?,
                actor: r.get(7)?,
                logged_at: r.get(8)?,
            })
        },
    )
}

// ------------------------------------------------------------------ letters

/// A contact's letter, as `contact letters` lists it (the letter's id is its contact's).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Letter {
    pub contact_id: i64,
    pub person_id: i64,
    pub template: String,
    pub status: LetterStatus,
    pub contacted_at: String,
    pub printed_at: Option<String>,
    /// The template version it was printed with (none for letters printed before custctl
    /// kept printed texts).
    pub template_version: Option<i64>,
    pub cancelled_at: Option<String>,
    pub cancel_reason: Option<String>,
}

/// Which letters `letters` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterFilter {
    All,
    Pending,
    Printed,
}

const SELECT_LETTER: &str = "SELECT c.id, c.person_id, lt.code,
        CASE WHEN x.contact_id IS NOT NULL AND c.letter_status = 'none' THEN 'cancelled'
             ELSE c.letter_status END,
        c.contacted_at, c.letter_printed_at, p.template_version, x.cancelled_at, x.reason
   FROM contact c JOIN letter_template lt ON lt.id = c.letter_template_id
   LEFT JOIN letter_print p ON p.contact_id = c.id
   LEFT JOIN letter_cancel x ON x.contact_id = c.id";

fn letter_from_row(r: &Row<'_>) -> Result<Letter> {
    let status: String = r.get(3)?;
    Ok(Letter {
        contact_id: r.get(0)?,
        person_id: r.get(1)?,
        template: r.get(2)?,
        status: LetterStatus::parse("letter status", &status).unwrap_or(LetterStatus::None),
        contacted_at: r.get(4)?,
        printed_at: r.get(5)?,
        template_version: r.get(6)?,
        cancelled_at: r.get(7)?,
        cancel_reason: r.get(8)?,
    })
}

/// Letters (every one that was queued, or the pending or printed ones), by contact id.
pub fn letters(tx: &Tx<'_>, filter: LetterFilter) -> Result<Vec<Letter>> {
    let condition = match filter {
        LetterFilter::All => "c.letter_status <> 'none' OR x.contact_id IS NOT NULL",
        LetterFilter::Pending => "c.letter_status = 'pending'",
        LetterFilter::Printed => "c.letter_status = 'printed'",
    };
    tx.query_vec(
        &format!("{SELECT_LETTER} WHERE {condition} ORDER BY c.id"),
        args![],
        letter_from_row,
    )
}

/// The letter of contact `id`, if one was ever queued.
pub fn letter(tx: &Tx<'_>, id: i64) -> Result<Option<Letter>> {
    tx.query_opt(
        &format!(
            "{SELECT_LETTER} WHERE c.id = ?1 AND (c.letter_status <> 'none' OR x.contact_id IS NOT NULL)"
        ),
        args![id],
        letter_from_row,
    )
}

/// The ids of contacts with a pending letter, in id order (served by a partial index).
pub fn pending_letter_ids(tx: &Tx<'_>) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT id FROM contact WHERE letter_status = 'pending' ORDER BY id",
        args![],
        |r| r.get(0),
    )
}

pub fn letter_template_id(tx: &Tx<'_>, contact_id: i64) -> Result<Option<i64>> {
    Ok(tx
        .query_opt(
            "SELECT letter_template_id FROM contact WHERE id = ?1",
            args![contact_id],
            |r| r.get::<Option<i64>>(0),
        )?
        .flatten())
}

/// Whether contact `id`'s letter is still pending with template `template_id`.
pub fn letter_pending_with(tx: &Tx<'_>, id: i64, template_id: i64) -> Result<bool> {
    tx.query_one(
        "SELECT EXISTS (SELECT 1 FROM contact WHERE id = ?1 AND letter_status = 'pending'
                                              AND letter_template_id = ?2)",
        args![id, template_id],
        |r| r.get(0),
    )
}

/// Marks the letter of contact `id` printed at `at`, keeping the text it was printed with.
pub fn mark_printed(
    tx: &Tx<'_>,
    contact_id: i64,
    at: &str,
    template_id: i64,
    template_version: i64,
    text: &str,
) -> Result<()> {
    tx.execute(
        "UPDATE contact SET letter_status = 'printed', letter_printed_at = ?2 WHERE id = ?1",
        args![contact_id, at],
    )?;
    tx.execute(
        "INSERT INTO letter_print (contact_id, template_id, template_version, text, printed_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        args![contact_id, template_id, template_version, text, at],
    )?;
    Ok(())
}

/// The text a letter was printed with, if it was kept.
pub fn printed_text(tx: &Tx<'_>, contact_id: i64) -> Result<Option<String>> {
    tx.query_opt(
        "SELECT text FROM letter_print WHERE contact_id = ?1",
        args![contact_id],
        |r| r.get(0),
    )
}

/// Cancels the pending letter of contact `id`: nothing will extract it.
pub fn cancel_letter(tx: &Tx<'_>, id: i64, reason: &str, at: &str, actor: &str) -> Result<()> {
    tx.execute(
        "UPDATE contact SET letter_status = 'none' WHERE id = ?1",
        args![id],
    )?;
    tx.execute(
        "INSERT INTO letter_cancel (contact_id, reason, cancelled_at, actor) VALUES (?1, ?2, ?3, ?4)",
        args![id, reason, at, actor],
    )?;
    Ok(())
}

// ------------------------------------------------------------------ doctor

/// Contacts missing a characteristic their type requires: (contact id, type code).
pub fn missing_required_characteristics(tx: &Tx<'_>) -> Result<Vec<(i64, String)>> {
    tx.query_vec(
        "SELECT c.id, ch.code
           FROM contact_type_characteristic r
           JOIN characteristic_type ch ON ch.id = r.characteristic_type_id
           JOIN contact c ON c.contact_type_id = r.contact_type_id
          WHERE r.required
            AND NOT EXISTS (SELECT 1 FROM contact_characteristic x
                             WHERE x.contact_id = c.id
                               AND x.characteristic_type_id = r.characteristic_type_id)
          ORDER BY c.id, ch.code LIMIT 1000",
        args![],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Contacts whose letter fields disagree: a letter pending or printed without a template,
/// printed without a print time, or a print time on a letter not printed; a cancelled letter
/// that is pending or printed again, or a kept printed text of a letter not printed.
pub fn inconsistent_letters(tx: &Tx<'_>) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT id FROM contact c
          WHERE (letter_status <> 'none' AND letter_template_id IS NULL)
             OR ((letter_status = 'printed') <> (letter_printed_at IS NOT NULL))
             OR (letter_status <> 'none'
                 AND EXISTS (SELECT 1 FROM letter_cancel x WHERE x.contact_id = c.id))
             OR (letter_status <> 'printed'
                 AND EXISTS (SELECT 1 FROM letter_print p WHERE p.contact_id = c.id))
          ORDER BY id LIMIT 1000",
        args![],
        |r| r.get(0),
    )
}

/// Log entries marked done that carry no reminder.
pub fn done_without_reminder(tx: &Tx<'_>) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT id FROM contact_log WHERE reminder_done_at IS NOT NULL AND remind_on IS NULL
          ORDER BY id LIMIT 1000",
        args![],
        |r| r.get(0),
    )
}

//! What an entity plugs into the pipeline: the [`Entity`] trait, one row's cells ([`Row`]),
//! why a row is invalid ([`RowError`]) and what was done with a valid one ([`Outcome`]).

use std::hash::{Hash, Hasher};

use crate::error::{Error, ErrorKind, Result};
use crate::ops::Context;
use crate::store::Writer;

/// What an import did with one valid row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Inserted,
    Updated,
    Unchanged,
}

/// Why one row is invalid, and the column at fault when there is one.
#[derive(Debug, Clone)]
pub struct RowError {
    pub column: Option<String>,
    pub error: Error,
}

impl From<Error> for RowError {
    fn from(error: Error) -> Self {
        RowError {
            column: None,
            error,
        }
    }
}

impl RowError {
    /// Whether this is a refusal of the row (not found, conflict, invalid, usage), which
    /// rejects it, rather than a failure of storage, which aborts the import.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self.error.kind,
            ErrorKind::NotFound | ErrorKind::Conflict | ErrorKind::Invalid | ErrorKind::Usage
        )
    }
}

/// `.map_err(at("email"))`: the error is about that column.
pub fn at(column: &str) -> impl FnOnce(Error) -> RowError + '_ {
    move |error| RowError {
        column: Some(column.to_string()),
        error,
    }
}

/// One row's cells by field: `None` when the file has no such column, `Some("")` for an
/// empty cell.
#[derive(Debug, Default)]
pub struct Row {
    fields: &'static [&'static str],
    pub(super) values: Vec<Option<String>>,
    pub(super) dynamic: Vec<(String, String)>,
    /// Set by the pipeline when the key table has seen this row's key earlier in the file
    /// (a `Cell`: rows reach the pipeline by shared reference).
    pub(super) seen_before: std::cell::Cell<bool>,
    /// The line the row starts on, set by the pipeline.
    pub(super) line: std::cell::Cell<u64>,
    /// Buffers of cells of earlier rows, reused: a row costs no allocation per cell.
    spare: Vec<String>,
}

impl Row {
    pub(super) fn new(fields: &'static [&'static str]) -> Self {
        Row {
            fields,
            values: vec![None; fields.len()],
            dynamic: Vec::new(),
            seen_before: std::cell::Cell::new(false),
            line: std::cell::Cell::new(0),
            spare: Vec::new(),
        }
    }

    /// Sets the cell of the `i`-th field, reusing a buffer of an earlier row.
    pub(super) fn set_value(&mut self, i: usize, value: &str) {
        let mut buf = self.spare.pop().unwrap_or_default();
        buf.push_str(value);
        if let Some(mut old) = self.values[i].replace(buf) {
            old.clear();
            self.spare.push(old);
        }
    }

    /// The line of the file this row starts on (1-based).
    pub fn line(&self) -> u64 {
        self.line.get()
    }

    /// Whether an earlier row of this file has the same key (so a record with this key may
    /// exist even in a table that was empty when the import began).
    pub fn seen_before(&self) -> bool {
        self.seen_before.get()
    }

    pub(super) fn clear(&mut self) {
        for v in self.values.iter_mut() {
            if let Some(mut buf) = v.take() {
                buf.clear();
                self.spare.push(buf);
            }
        }
        self.dynamic.clear();
        self.seen_before.set(false);
    }

    /// The cell of `field`: `None` when the column is absent, `Some(None)` when the cell is
    /// empty (or blank), `Some(Some(value))` otherwise.
    pub fn cell(&self, field: &str) -> Option<Option<&str>> {
        let i = self.fields.iter().position(|f| *f == field)?;
        self.cell_at(i)
    }

    /// [`Row::cell`] by the field's index in [`Entity::FIELDS`] (no name lookup).
    pub fn cell_at(&self, i: usize) -> Option<Option<&str>> {
        self.values[i]
            .as_deref()
            .map(|v| if v.trim().is_empty() { None } else { Some(v) })
    }

    /// [`Row::value`] by the field's index in [`Entity::FIELDS`].
    pub fn value_at(&self, i: usize) -> Option<&str> {
        self.cell_at(i).flatten()
    }

    /// The value of `field`, or `None` when absent or empty.
    pub fn value(&self, field: &str) -> Option<&str> {
        self.cell(field).flatten()
    }

    /// `char.TYPE` style cells: (TYPE, value), in column order.
    pub fn dynamic(&self) -> &[(String, String)] {
        &self.dynamic
    }

    pub(super) fn hash(&self) -> i64 {
        let mut h = std::hash::DefaultHasher::new();
        for v in &self.values {
            v.as_deref().map(str::trim).hash(&mut h);
        }
        for (k, v) in &self.dynamic {
            k.to_lowercase().hash(&mut h);
            v.trim().hash(&mut h);
        }
        h.finish() as i64
    }
}

/// What the bulk path knows of a row's key before `prepare` (see [`Entity::key_state`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyState {
    /// The key table need not track the key: no stored record has it (the unique index
    /// finds a second row with it), or the stored keys of this file so far come in
    /// increasing order (so none was named twice).
    Untracked,
    /// The key table tracks the key, so that a second row with other values is found.
    Tracked,
    /// A row earlier in this file may have the key, and no key table tracked it: the
    /// attempt starts again with every key in the key table (which names both lines).
    Repeat,
}

/// An importable entity.
pub trait Entity {
    /// What `prepare` decided for a row, for `write` to apply.
    type Plan;
    /// The entity kind, as in the audit log (`person`).
    const KIND: &'static str;
    /// The field names (the JSON field names of the record), lower case.
    const FIELDS: &'static [&'static str];
    /// The field rows upsert by (`external_id`; accounts: `number`), as messages name it
    /// (sites: `account, address and postal_code`).
    const KEY: Option<&'static str>;
    /// Fields whose NDJSON value may be a list of strings, read as their comma-separated
    /// text (a site's `uses`, as `site list --format ndjson` prints them).
    const LIST_FIELDS: &'static [&'static str] = &[];

    /// A row's key, to find a record named twice in one file: the trimmed cell of
    /// [`Entity::KEY`], or (sites) one made of several cells.
    fn row_key(row: &Row) -> Option<std::borrow::Cow<'_, str>> {
        Self::KEY
            .and_then(|k| row.value(k))
            .map(|v| std::borrow::Cow::Borrowed(v.trim()))
    }
    /// A prefix of dynamic columns (`char.` for characteristics).
    const DYNAMIC_PREFIX: Option<&'static str> = None;
    /// Fields never written back anywhere (the rejects file masks them): card numbers.
    const SECRET: &'static [&'static str] = &[];
    /// The table a big import fills: when the file is larger than the rows already there,
    /// its plain secondary indexes are dropped during the import and built again at the end.
    const BULK_TABLE: Option<&'static str> = None;
    /// More output-only fields of this entity's `list` output, accepted and ignored.
    const IGNORED: &'static [&'static str] = &[];

    /// Refuses a file by its column names before any row is read (card verification codes).
    fn check_header(_names: &[&str]) -> Result<()> {
        Ok(())
    }

    /// Whether each row runs inside its own savepoint (`SAVEPOINT import_row`): then `write`
    /// may call the `ops` function of the single command, which checks its rules as it
    /// writes, and a row it refuses is rolled back alone and rejected like any invalid row.
    /// Only the bulk path (contacts), whose `write` cannot refuse a row, turns it off.
    const ROW_SAVEPOINT: bool = true;

    /// Whether this plan's `write` runs inside the row's savepoint (by default
    /// [`Entity::ROW_SAVEPOINT`]). A plan whose rules `prepare` already checked, and whose
    /// `write` only inserts, needs none: a refused row has written nothing (and a write that
    /// fails after all aborts the import, whose transaction rolls back). The savepoint
    /// costs a copy of every page the row changes (SQLite's statement journal).
    fn savepoint(_plan: &Self::Plan) -> bool {
        Self::ROW_SAVEPOINT
    }

    /// The bulk path (contacts): foreign-key enforcement is off for the import's transaction
    /// (set before BEGIN, restored after), and [`Entity::check_parents`] checks every parent
    /// of the written rows, set-based, before COMMIT.
    const FOREIGN_KEYS_OFF: bool = false;

    /// Called at the start of each attempt, inside its transaction. `keyed`: every key goes
    /// through the key table (the first attempt of the bulk path runs without it);
    /// `rows_guess`: about how many rows the file has, when its size is known.
    fn begin(
        &mut self,
        _w: &Writer<'_>,
        _ctx: &Context,
        _keyed: bool,
        _rows_guess: Option<u64>,
    ) -> Result<()> {
        Ok(())
    }

    /// When the attempt is not keyed: what is known of `key` (a lookup `prepare` reuses).
    /// The default tracks every key in the key table.
    fn key_state(&mut self, _w: &Writer<'_>, _key: &str) -> Result<KeyState> {
        Ok(KeyState::Tracked)
    }

    /// Whether a write found a key twice that no key table tracked (the unique index refused
    /// a buffered row): the attempt starts again, keyed.
    fn repeat_found(&self) -> bool {
        false
    }

    /// After the last row: writes what is still buffered.
    fn flush(&mut self, _w: &Writer<'_>) -> Result<()> {
        Ok(())
    }

    /// Before COMMIT (after the indexes are built again): with [`Entity::FOREIGN_KEYS_OFF`],
    /// checks every parent the written rows reference; a missing one refuses the file,
    /// naming the lines.
    fn check_parents(&mut self, _w: &Writer<'_>) -> Result<()> {
        Ok(())
    }

    /// Reads one row's cells: their form (5), and which record the row names. It writes
    /// nothing.
    fn prepare(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Self::Plan, RowError>;

    /// Applies a plan, through the same `ops` function as the single command (inside the
    /// import's transaction, with the same `Context`). A refusal (3, 4, 5) rejects the row
    /// when [`Entity::ROW_SAVEPOINT`] holds; any other failure aborts the whole import.
    fn write(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        plan: Self::Plan,
    ) -> std::result::Result<Outcome, RowError>;
}

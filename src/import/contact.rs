//! `contact import`: upsert contacts by `external_id`. Imported contacts queue no letters
//! unless `--queue-letters`.
//!
//! This is the documented bulk fast path (issue 14, engineering.md §6): it does not call
//! `ops::contact::add` per row, but it runs the same checks, in the same order:
//!
//! - every row goes through `ops::contact::check_new`, the function `contact add` calls
//!   (`domain::contact::validate` and the system-only letter rule), against the catalog
//!   loaded once inside the import's transaction (form, class and type, characteristics
//!   and their rules, letter template);
//! - its person is resolved like `contact add` resolves `--person` (3 when missing), through
//!   a bounded cache (a person cannot disappear while the import holds the write lock),
//!   and a garbled person refuses the row (4) as it refuses `contact add`;
//! - new rows are written by `store::contact::insert_many`, which writes the same columns
//!   as `store::contact::insert`, a batch at a time (a multi-row INSERT on SQLite, `COPY`
//!   on PostgreSQL), with ids it is given: the n-th new row of an attempt gets the id
//!   `id_base + n`, which is how a row is named by its line below;
//!   the table's CHECKs and unique index hold as for any insert.
//!
//! What differs is how SQL re-checks the references. On SQLite foreign-key enforcement is
//! off for the import's transaction (set before BEGIN, restored after, see `import::run`);
//! on PostgreSQL the keys stay on, unless `--exclusive` drops them for a large load and adds
//! them back after the check below (`store::import::unload`). Before
//! COMMIT [`ContactImport::check_parents`] checks every parent set-based: each distinct
//! person id of the table against `person`, each contact type (with its class), letter
//! template and characteristic type written against its table. A missing parent refuses
//! the file naming the lines of the rows (nothing is written). The pipeline's key table
//! (which finds a key named twice) is not used on the first reading: a key repeated among
//! new rows is caught by the unique index, and keys of stored contacts named in increasing
//! order cannot repeat. When either happens otherwise, the file is read again with every
//! key tracked, which names both lines of a clash as before.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use serde_json::json;

use crate::domain::contact::{ContactCatalog, ContactInput, NewContact};
use crate::domain::person::PersonRef;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::import::{Entity, KeyState, Outcome, Row, RowError, at};
use crate::ops::contact::check_new;
use crate::ops::{Context, audit};
use crate::store::import::{self as import_store, ContactFields, StoredContact};
use crate::store::{Writer, contact as store, contact_catalog, person as person_store};

/// At most this many person references are remembered (memory stays bounded).
const PERSON_CACHE: usize = 100_000;

/// At most this many runs of consecutive lines are remembered to name the line of an
/// inserted row (one run for a file without rejected, updated or multi-line rows).
const LINE_RUNS: usize = 65_536;

/// Stored contacts read ahead in one query: at most this many (and at least one), a power
/// of `AHEAD_STEP` (each size is a statement of its own).
const AHEAD_MAX: usize = 256;
const AHEAD_FIRST: usize = 16;
const AHEAD_STEP: usize = 4;

type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

pub struct ContactImport {
    pub queue_letters: bool,
    catalog: Option<ContactCatalog>,
    /// Person external id (as validated) -> person id.
    persons: FastMap<PersonKey, i64>,
    /// Person ids found.
    person_ids: FastSet<i64>,
    /// `ctx.timestamp()`, formatted once per attempt.
    now: String,
    /// The contact table was empty when the import began: a key not seen earlier in the
    /// file names no stored contact, and needs no lookup.
    empty_at_start: bool,
    /// The n-th row this attempt inserts gets the id `id_base + n`; a larger id than the
    /// base was written by this attempt.
    id_base: i64,
    /// Every key goes through the pipeline's key table (the second attempt).
    keyed: bool,
    /// The stored contact `key_state` found for the key `looked_up_key`, for `prepare`.
    looked_up_key: String,
    looked_up: Option<StoredContact>,
    /// Some contact had a characteristic when the attempt began (else a stored contact
    /// has none to read: one probe less per stored row).
    characteristics_at_start: bool,
    /// The largest stored key named by the file so far (untracked attempts).
    last_stored_key: String,
    /// Stored contacts read ahead, in key order, for the untracked lookups of
    /// [`ContactImport::read_ahead`]; a contact already handed to a row is `None`.
    ahead: VecDeque<(String, Option<StoredContact>)>,
    /// `ahead` answers for every key from `ahead_from` up to its last one (to the end of
    /// the table when `ahead_to_end`): a key in that range that it does not hold is not
    /// stored (or was inserted by this attempt, which the unique index finds).
    ahead_from: String,
    ahead_to_end: bool,
    ahead_valid: bool,
    /// How many rows the next read ahead asks for, and how many lookups the current one
    /// answered (a file naming few of the stored keys reads few rows ahead; one naming most
    /// of them reads `AHEAD_MAX`).
    ahead_size: usize,
    ahead_used: usize,
    /// New rows not inserted yet (at most `batch`).
    pending: Vec<(i64, NewContact)>,
    /// The hashes of the keys of `pending` (a batch may be thousands of rows).
    pending_keys: FastSet<u64>,
    /// How many new rows are inserted at once (`store::contact::insert_batch`).
    batch: usize,
    /// The unique index refused a buffered row: a key repeated in the file.
    repeat: bool,
    /// This attempt inserted or updated a row (else no parent needs a check).
    wrote: bool,
    /// Rows inserted by this attempt; the n-th has the id `id_base + n`.
    inserted: u64,
    /// (n, line): from the n-th inserted row on, rows are on consecutive lines from `line`.
    line_runs: Vec<(u64, u64)>,
    last_line: u64,
    /// The catalog rows written rows reference, checked before COMMIT.
    type_ids: BTreeSet<i64>,
    template_ids: BTreeSet<i64>,
    characteristic_ids: BTreeSet<i64>,
}

impl ContactImport {
    pub fn new(queue_letters: bool) -> Self {
        ContactImport {
            queue_letters,
            catalog: None,
            persons: FastMap::default(),
            person_ids: FastSet::default(),
            now: String::new(),
            empty_at_start: false,
            id_base: 0,
            keyed: false,
            looked_up_key: String::new(),
            looked_up: None,
            characteristics_at_start: true,
            last_stored_key: String::new(),
            ahead: VecDeque::new(),
            ahead_from: String::new(),
            ahead_to_end: false,
            ahead_valid: false,
            ahead_size: AHEAD_FIRST,
            ahead_used: 0,
            pending: Vec::new(),
            pending_keys: FastSet::default(),
            batch: store::INSERT_BATCH,
            repeat: false,
            wrote: false,
            inserted: 0,
            line_runs: Vec::new(),
            last_line: 0,
            type_ids: BTreeSet::new(),
            template_ids: BTreeSet::new(),
            characteristic_ids: BTreeSet::new(),
        }
    }

    fn person(&mut self, w: &Writer<'_>, row: &Row) -> std::result::Result<i64, RowError> {
        // A cache hit needs no allocation: the cache holds ids found and external ids that
        // passed `text::code` (which trims and changes nothing else).
        match (row.value_at(PERSON_ID), row.value_at(PERSON_EXTERNAL_ID)) {
            (Some(id), _) => {
                if let Ok(n) = id.trim().parse::<i64>()
                    && self.person_ids.contains(&n)
                {
                    return Ok(n);
                }
            }
            (None, Some(ext)) => {
                if let Some(&id) = self.persons.get(&PersonKey::new(ext.trim())) {
                    return Ok(id);
                }
            }
            (None, None) => {}
        }
        let (field, key, reference) =
            match (row.value_at(PERSON_ID), row.value_at(PERSON_EXTERNAL_ID)) {
                (Some(id), _) => {
                    let id = id.trim();
                    match id.parse::<i64>() {
                        Ok(n) if n > 0 => ("person_id", None, PersonRef::Id(n)),
                        _ => {
                            return Err(at("person_id")(Error::invalid(format!(
                                "person_id must be a number, not '{}'",
                                crate::domain::time::printable(id)
                            ))));
                        }
                    }
                }
                (None, Some(ext)) => {
                    let ext =
                        text::code("person_external_id", ext).map_err(at("person_external_id"))?;
                    (
                        "person_external_id",
                        Some(ext.clone()),
                        PersonRef::ExternalId(ext),
                    )
                }
                (None, None) => {
                    return Err(Error::invalid(
                        "every contact row needs its person: person_id or person_external_id",
                    )
                    .into());
                }
            };
        let found = match &reference {
            PersonRef::Id(id) => import_store::person_exists(w.conn, *id)?.then_some(*id),
            PersonRef::ExternalId(_) => person_store::resolve_id(w.conn, &reference)?,
        };
        let id = found.ok_or_else(|| at(field)(crate::ops::person::not_found(&reference)))?;
        crate::ops::garble::require_not_garbled(w.conn, id).map_err(at(field))?;
        match key {
            Some(key) => {
                if self.persons.len() >= PERSON_CACHE {
                    self.persons.clear();
                }
                self.persons.insert(PersonKey::new(&key), id);
            }
            None => {
                if self.person_ids.len() >= PERSON_CACHE {
                    self.person_ids.clear();
                }
                self.person_ids.insert(id);
            }
        }
        Ok(id)
    }

    /// The stored contact with this external id (written before the import or by it).
    fn stored(&mut self, w: &Writer<'_>, key: &str) -> Result<Option<StoredContact>> {
        if !self.keyed && self.looked_up_key == key {
            return Ok(self.looked_up.take());
        }
        // A row of this file with the key may still be buffered.
        self.flush(w)?;
        // (Rows written by this attempt may have characteristics.)
        import_store::contact_by_external_id_fields(w.conn, key, true)
    }

    /// The stored contact with this key, from the contacts read ahead: when `key` is beyond
    /// them, the next stored contacts from `key` on are read in one query (the re-import of
    /// a file in key order costs a statement per window of rows, not one per row).
    fn read_ahead(&mut self, w: &Writer<'_>, key: &str) -> Result<Ahead> {
        let covered = self.ahead_valid
            && key >= self.ahead_from.as_str()
            && (self.ahead_to_end || self.ahead.back().is_some_and(|(k, _)| key <= k.as_str()));
        if !covered {
            // A window most of whose rows the file named: read more next time; else fewer.
            self.ahead_size = if self.ahead_used * 2 >= self.ahead_size {
                (self.ahead_size * AHEAD_STEP).min(AHEAD_MAX)
            } else {
                (self.ahead_size / AHEAD_STEP).max(1)
            };
            self.ahead.clear();
            let ahead = &mut self.ahead;
            import_store::contacts_from_external_id(
                w.conn,
                key,
                self.ahead_size,
                self.characteristics_at_start,
                |k, stored| ahead.push_back((k, Some(stored))),
            )?;
            self.ahead_to_end = self.ahead.len() < self.ahead_size;
            self.ahead_valid = true;
            self.ahead_used = 0;
        }
        self.ahead_used += 1;
        // Keys before this one are not answered any more (a later row naming one of them
        // reads again, and finds it out of order).
        while self.ahead.front().is_some_and(|(k, _)| k.as_str() < key) {
            self.ahead.pop_front();
        }
        self.ahead_from.clear();
        self.ahead_from.push_str(key);
        Ok(match self.ahead.front_mut() {
            Some((k, stored)) if k.as_str() == key => match stored.take() {
                Some(stored) => Ahead::Found(stored),
                None => Ahead::Taken,
            },
            _ => Ahead::Absent,
        })
    }

    /// The line of the `n`-th row inserted by this attempt, when remembered.
    fn line_of(&self, n: u64) -> Option<u64> {
        let i = self.line_runs.partition_point(|(from, _)| *from <= n);
        let (from, line) = *self.line_runs.get(i.checked_sub(1)?)?;
        let next = self.line_runs.get(i).map(|(f, _)| *f);
        (self.line_runs.len() < LINE_RUNS || next.is_some()).then_some(line + (n - from))
    }

    fn remember_line(&mut self, line: u64) {
        self.inserted += 1;
        if self.line_runs.is_empty() || line != self.last_line + 1 {
            if self.line_runs.len() < LINE_RUNS {
                self.line_runs.push((self.inserted, line));
            } else if self.line_runs.len() == LINE_RUNS {
                // Too many runs to remember: later rows are named by their id.
                self.line_runs.push((self.inserted, 0));
            }
        }
        self.last_line = line;
    }

    /// How a row that references a missing parent is named: its line, else its id.
    fn rows_named(&self, ids: &[i64]) -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|&id| {
                let n = id - self.id_base;
                match (n > 0).then(|| self.line_of(n as u64)).flatten() {
                    Some(line) if line > 0 => format!("line {line}"),
                    _ => format!("contact #{id}"),
                }
            })
            .collect();
        names.join(", ")
    }
}

fn key_hash(key: &str) -> u64 {
    use std::hash::BuildHasher;
    foldhash::fast::FixedState::default().hash_one(key)
}

/// A person's external id as the person cache holds it: inline when short (an external id
/// usually is), so that a lookup compares bytes in the table itself instead of following a
/// pointer to a heap string, a cache miss on every row (16% of a re-import, measured).
#[derive(Clone, PartialEq, Eq, Hash)]
enum PersonKey {
    Inline {
        len: u8,
        bytes: [u8; PersonKey::INLINE],
    },
    Heap(Box<str>),
}

impl PersonKey {
    const INLINE: usize = 22;

    fn new(key: &str) -> Self {
        if key.len() <= Self::INLINE {
            let mut bytes = [0; Self::INLINE];
            bytes[..key.len()].copy_from_slice(key.as_bytes());
            PersonKey::Inline {
                len: key.len() as u8,
                bytes,
            }
        } else {
            PersonKey::Heap(key.into())
        }
    }
}

/// What the contacts read ahead say of a key.
enum Ahead {
    Found(StoredContact),
    /// No contact had the key when they were read.
    Absent,
    /// Found, and handed to an earlier row of this file already.
    Taken,
}

pub enum Plan {
    Insert {
        person_id: i64,
        new: NewContact,
        line: u64,
    },
    Update {
        id: i64,
        before: ContactFields,
        after: ContactFields,
    },
    Unchanged,
}

/// An absent column keeps the stored value (`old`); an empty cell clears it.
fn pick<'x>(cell: Option<Option<&'x str>>, old: Option<&'x str>) -> Option<&'x str> {
    match cell {
        None => old,
        Some(v) => v,
    }
}

/// The index of `name` in [`ContactImport`]'s fields, at compile time.
const fn field_index(name: &str) -> usize {
    let fields = <ContactImport as Entity>::FIELDS;
    let mut i = 0;
    while i < fields.len() {
        let (a, b) = (fields[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a contact import field")
}

const EXTERNAL_ID: usize = field_index("external_id");
const PERSON_ID: usize = field_index("person_id");
const PERSON_EXTERNAL_ID: usize = field_index("person_external_id");
const CLASS: usize = field_index("class");
const TYPE: usize = field_index("type");
const METHOD: usize = field_index("method");
const DIRECTION: usize = field_index("direction");
const CONTACTED_AT: usize = field_index("contacted_at");
const USER: usize = field_index("user");
const COMMENT: usize = field_index("comment");
const OPEN: usize = field_index("open");

/// The column a validation message is about.
fn column_of(message: &str) -> Option<&'static str> {
    let m = message.to_ascii_lowercase();
    [
        ("contact time", "contacted_at"),
        ("contact type", "type"),
        ("external id", "external_id"),
        ("characteristic", "char"),
        ("class", "class"),
        ("type", "type"),
        ("method", "method"),
        ("direction", "direction"),
        ("comment", "comment"),
        ("user", "user"),
        ("letter", "type"),
    ]
    .into_iter()
    .find(|(word, _)| m.starts_with(word) || m.contains(&format!(" {word} ")))
    .map(|(_, c)| c)
}

fn parse_open(v: &str) -> Result<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" | "open" => Ok(true),
        "false" | "0" | "no" | "n" | "closed" => Ok(false),
        other => Err(Error::invalid(format!(
            "open: '{}' is not true or false",
            crate::domain::time::printable(other)
        ))),
    }
}

impl Entity for ContactImport {
    type Plan = Plan;
    const KIND: &'static str = "contact";
    const FIELDS: &'static [&'static str] = &[
        "external_id",
        "person_id",
        "person_external_id",
        "class",
        "type",
        "method",
        "direction",
        "contacted_at",
        "user",
        "comment",
        "open",
    ];
    const KEY: Option<&'static str> = Some("external_id");
    const BULK_TABLE: Option<&'static str> = Some("contact");
    const DYNAMIC_PREFIX: Option<&'static str> = Some("char.");
    const IGNORED: &'static [&'static str] =
        &["letter_template", "letter_status", "letter_printed_at"];
    /// The bulk path: `prepare` runs every check of `contact add` and `write` cannot refuse
    /// a row, so no savepoint per row is needed (see the module comment).
    const ROW_SAVEPOINT: bool = false;
    const FOREIGN_KEYS_OFF: bool = true;

    fn begin(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        keyed: bool,
        rows_guess: Option<u64>,
    ) -> Result<()> {
        // A file with more rows than there are persons will probably look most of them up,
        // each a random read: read them all at once, in index order, when the cache holds
        // them (the cache would reach that size anyway).
        if self.persons.is_empty()
            && let Some(rows) = rows_guess
        {
            let persons = import_store::count(w.conn, "person")?;
            if persons <= PERSON_CACHE as u64 && rows >= persons {
                import_store::for_each_person_external_id(w.conn, |ext, id| {
                    // Only what a row's cell would be checked into (the cache skips it).
                    if text::code("person_external_id", &ext).is_ok_and(|v| v == ext) {
                        self.persons.insert(PersonKey::new(&ext), id);
                    }
                })?;
            }
        }
        self.catalog = Some(contact_catalog::load(w.conn)?);
        self.now = ctx.timestamp();
        self.empty_at_start = import_store::max_contact_id(w.conn)? == 0;
        self.id_base = import_store::next_contact_id(w.conn)? - 1;
        self.batch = store::insert_batch(w.conn);
        self.keyed = keyed;
        self.looked_up_key.clear();
        self.looked_up = None;
        self.characteristics_at_start = import_store::any_contact_characteristic(w.conn)?;
        self.last_stored_key.clear();
        self.ahead.clear();
        self.ahead_valid = false;
        self.ahead_size = AHEAD_FIRST;
        self.ahead_used = 0;
        self.pending.clear();
        self.pending_keys.clear();
        self.repeat = false;
        self.wrote = false;
        self.inserted = 0;
        self.line_runs.clear();
        self.last_line = 0;
        self.type_ids.clear();
        self.template_ids.clear();
        self.characteristic_ids.clear();
        Ok(())
    }

    fn key_state(&mut self, w: &Writer<'_>, key: &str) -> Result<KeyState> {
        if self.empty_at_start {
            // A repeat among new rows: the unique index refuses it when the batch is written.
            return Ok(KeyState::Untracked);
        }
        if self.pending_keys.contains(&key_hash(key))
            && self
                .pending
                .iter()
                .any(|(_, c)| c.external_id.as_deref() == Some(key))
        {
            return Ok(KeyState::Repeat);
        }
        // Untracked stored keys come in increasing order: each is read once, before this
        // attempt changed it, and a run of them in one query.
        let found = match self.read_ahead(w, key)? {
            Ahead::Found(stored) => Some(stored),
            Ahead::Absent => None,
            // Handed to an earlier row of this file.
            Ahead::Taken => return Ok(KeyState::Repeat),
        };
        self.looked_up_key.clear();
        self.looked_up_key.push_str(key);
        Ok(match found {
            None => {
                self.looked_up = None;
                KeyState::Untracked
            }
            Some(stored) if stored.id > self.id_base => KeyState::Repeat,
            // The key table (a temporary table) made every read of the import miss the
            // page cache (measured: 4.7 reads a row); while the stored keys of the file come
            // in increasing order none can repeat, so none needs it. A file out of that
            // order is read again with every key tracked.
            Some(_) if !self.last_stored_key.is_empty() && key <= self.last_stored_key.as_str() => {
                KeyState::Repeat
            }
            Some(stored) => {
                self.last_stored_key.clear();
                self.last_stored_key.push_str(key);
                self.looked_up = Some(stored);
                KeyState::Untracked
            }
        })
    }

    fn repeat_found(&self) -> bool {
        self.repeat
    }

    fn flush(&mut self, w: &Writer<'_>) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let first_id = self.id_base + (self.inserted - self.pending.len() as u64) as i64 + 1;
        let written = store::insert_many(w.conn, first_id, &self.pending, &self.now)?;
        self.pending.clear();
        self.pending_keys.clear();
        if !written {
            if self.keyed {
                // Every key is tracked: a repeat cannot reach the index.
                return Err(Error::internal(
                    "the unique index on contact external ids refused a tracked key",
                ));
            }
            self.repeat = true;
        }
        Ok(())
    }

    fn check_parents(&mut self, w: &Writer<'_>) -> Result<()> {
        if !self.wrote {
            // Every row was unchanged (or rejected): the stored rows' parents held when
            // they were written, and a parent in use cannot be deleted.
            return Ok(());
        }
        let mut problems = Vec::new();
        for person in import_store::missing_persons(w.conn)? {
            let ids = import_store::contacts_naming(w.conn, "person_id", person, 5)?;
            problems.push(format!(
                "{}: person #{person} does not exist",
                self.rows_named(&ids)
            ));
        }
        let parents = [
            ("contact_type", "contact type", &self.type_ids),
            ("letter_template", "letter template", &self.template_ids),
            (
                "characteristic_type",
                "characteristic type",
                &self.characteristic_ids,
            ),
        ];
        for (table, what, ids) in parents {
            for &id in ids {
                if import_store::parent_exists(w.conn, table, id)? {
                    continue;
                }
                let rows = match table {
                    "contact_type" => {
                        import_store::contacts_naming(w.conn, "contact_type_id", id, 5)?
                    }
                    "letter_template" => {
                        import_store::contacts_naming(w.conn, "letter_template_id", id, 5)?
                    }
                    _ => import_store::contacts_with_characteristic(w.conn, id, 5)?,
                };
                problems.push(format!(
                    "{}: {what} #{id} does not exist",
                    self.rows_named(&rows)
                ));
            }
        }
        if problems.is_empty() {
            return Ok(());
        }
        Err(Error::not_found(format!(
            "rows of the file name records that do not exist, nothing was imported: {}",
            problems.join("; ")
        )))
    }

    fn prepare(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Plan, RowError> {
        let open = match row.value_at(OPEN) {
            Some(v) => Some(parse_open(v).map_err(at("open"))?),
            None => None,
        };
        let external_id = row.value_at(EXTERNAL_ID).map(str::trim);
        let stored_row = match external_id {
            Some(_) if self.empty_at_start && !row.seen_before() => None,
            Some(ext) => self.stored(w, ext)?,
            None => None,
        };
        let existing = stored_row.as_ref().map(|c| c.id);
        // The stored contact's codes are needed only to fill in absent columns.
        let all_columns = [CLASS, TYPE, METHOD, DIRECTION, CONTACTED_AT, USER, COMMENT]
            .iter()
            .all(|&f| row.cell_at(f).is_some());
        let stored = match existing {
            Some(id) if !all_columns => store::get(w.conn, id)?,
            _ => None,
        };
        // A row naming the stored contact's own person by id needs no person lookup (the
        // stored reference holds); by external id, the person cache answers.
        let same_person = match (&stored_row, row.value_at(PERSON_ID)) {
            (Some(c), Some(id)) => id.trim().parse::<i64>().ok() == Some(c.fields.person_id),
            _ => false,
        };
        let before = stored_row.map(|c| c.fields);
        // An absent column keeps the stored value; an empty cell clears it.
        // (Cells are borrowed, not copied.)
        let s = stored.as_ref();
        let class = pick(row.cell_at(CLASS), s.map(|c| c.class.as_str())).unwrap_or_default();
        let ctype = pick(row.cell_at(TYPE), s.map(|c| c.contact_type.as_str())).unwrap_or_default();
        let method = pick(
            row.cell_at(METHOD),
            s.and_then(|c| c.method.map(|m| m.as_str())),
        );
        let direction = pick(
            row.cell_at(DIRECTION),
            s.and_then(|c| c.direction.map(|d| d.as_str())),
        );
        // contacted_at and user cannot be null: empty is the default (now, the actor) for a
        // new contact and keeps the stored value of an existing one.
        let b = before.as_ref();
        let contacted_at = row
            .value_at(CONTACTED_AT)
            .or(b.map(|c| c.contacted_at.as_str()));
        let user = row.value_at(USER).or(b.map(|c| c.user.as_str()));
        let comment = pick(row.cell_at(COMMENT), s.and_then(|c| c.comment.as_deref()));
        let given_chars: Vec<(&str, &str)> = row
            .dynamic()
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let input = ContactInput {
            class,
            contact_type: ctype,
            method,
            direction,
            contacted_at,
            comment,
            open: open.unwrap_or(before.as_ref().is_some_and(|b| b.open)),
            characteristics: given_chars,
            letter: None,
            external_id,
            user,
        };
        let catalog = self.catalog.as_ref().expect("loaded above");
        // A letter is queued only for a new contact.
        let queue = self.queue_letters && before.is_none();
        let new =
            check_new(&input, catalog, ctx, &self.now, queue).map_err(|e| {
                match column_of(&e.message) {
                    Some("char") => RowError {
                        column: row.dynamic().first().map(|(k, _)| format!("char.{k}")),
                        error: e,
                    },
                    Some(c) => at(c)(e),
                    None => e.into(),
                }
            })?;
        let person_id = match (
            &before,
            row.cell_at(PERSON_ID),
            row.cell_at(PERSON_EXTERNAL_ID),
        ) {
            // The contact's own person: a garbled one refuses the update as it would
            // when named.
            (Some(b), None, None) => {
                crate::ops::garble::require_not_garbled(w.conn, b.person_id)?;
                b.person_id
            }
            (Some(b), _, _) if same_person => b.person_id,
            _ => self.person(w, row)?,
        };
        let Some(before) = before else {
            return Ok(Plan::Insert {
                person_id,
                new,
                line: row.line(),
            });
        };
        let mut characteristics = if row.dynamic().is_empty() {
            before.characteristics.clone()
        } else {
            new.characteristics.clone()
        };
        characteristics.sort();
        let after = ContactFields {
            person_id,
            contact_type_id: new.contact_type_id,
            contacted_at: new.contacted_at.clone(),
            user: new.user.clone(),
            method: new.method.map(|m| m.as_str().to_string()),
            direction: new.direction.map(|d| d.as_str().to_string()),
            comment: new.comment.clone(),
            open: new.open,
            characteristics,
        };
        if after == before {
            return Ok(Plan::Unchanged);
        }
        Ok(Plan::Update {
            id: existing.expect("a stored contact"),
            before,
            after,
        })
    }

    fn write(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        plan: Plan,
    ) -> std::result::Result<Outcome, RowError> {
        Ok(self.write_plan(w, ctx, plan)?)
    }
}

impl ContactImport {
    fn write_plan(&mut self, w: &Writer<'_>, ctx: &Context, plan: Plan) -> Result<Outcome> {
        match plan {
            Plan::Unchanged => Ok(Outcome::Unchanged),
            Plan::Insert {
                person_id,
                new,
                line,
            } => {
                self.wrote = true;
                self.remember_line(line);
                self.type_ids.insert(new.contact_type_id);
                if let Some(t) = new.letter_template_id {
                    self.template_ids.insert(t);
                }
                for (t, _) in &new.characteristics {
                    self.characteristic_ids.insert(*t);
                }
                if let Some(key) = &new.external_id {
                    self.pending_keys.insert(key_hash(key));
                }
                self.pending.push((person_id, new));
                if self.pending.len() >= self.batch {
                    self.flush(w)?;
                }
                Ok(Outcome::Inserted)
            }
            Plan::Update { id, before, after } => {
                self.wrote = true;
                self.type_ids.insert(after.contact_type_id);
                for (t, _) in &after.characteristics {
                    self.characteristic_ids.insert(*t);
                }
                import_store::update_contact(w.conn, id, &after)?;
                let mut changes = serde_json::Map::new();
                let pairs = [
                    ("person_id", json!(before.person_id), json!(after.person_id)),
                    (
                        "contact_type_id",
                        json!(before.contact_type_id),
                        json!(after.contact_type_id),
                    ),
                    (
                        "contacted_at",
                        json!(before.contacted_at),
                        json!(after.contacted_at),
                    ),
                    ("user", json!(before.user), json!(after.user)),
                    ("method", json!(before.method), json!(after.method)),
                    ("direction", json!(before.direction), json!(after.direction)),
                    ("comment", json!(before.comment), json!(after.comment)),
                    ("open", json!(before.open), json!(after.open)),
                    (
                        "characteristics",
                        json!(before.characteristics),
                        json!(after.characteristics),
                    ),
                ];
                for (k, b, a) in pairs {
                    if b != a {
                        changes.insert(k.into(), json!({"from": b, "to": a}));
                    }
                }
                audit(
                    w,
                    ctx,
                    "update",
                    "contact",
                    id,
                    serde_json::Value::Object(changes),
                )?;
                Ok(Outcome::Updated)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of the n-th inserted row, from runs of consecutive lines.
    #[test]
    fn inserted_rows_are_named_by_their_lines() {
        let mut c = ContactImport::new(false);
        c.id_base = 100;
        for line in [2, 3, 4, 7, 8, 12] {
            c.remember_line(line);
        }
        assert_eq!(c.line_runs, vec![(1, 2), (4, 7), (6, 12)]);
        let named: Vec<Option<u64>> = (1..=6).map(|n| c.line_of(n)).collect();
        assert_eq!(named, [2, 3, 4, 7, 8, 12].map(Some).to_vec());
        assert_eq!(c.rows_named(&[101, 105, 50]), "line 2, line 8, contact #50");
    }
}

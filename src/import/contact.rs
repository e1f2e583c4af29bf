//! `contact import`: upsert contacts by `external_id`. The one bulk path of the imports: it
//! does not call `ops::contact::add` row by row, but it provably runs the same checks:
//! `ops::contact::check_new` (the catalog's rules and the system-only letter rule, the very
//! function `contact add` calls; the catalog is loaded once per file), the person must exist
//! (3, as `ops::person::require`; references are cached), and the external id is the key
//! (an upsert, where `contact add` refuses a taken one). It inserts with the same
//! `store::contact::insert` through cached statements, with no savepoint per row (its
//! `write` cannot refuse a row), and writes one audit entry per file plus one per updated
//! contact (not one per inserted contact, as `contact add` does). Imported contacts queue no
//! letters unless `--queue-letters`.

use std::collections::HashMap;

use serde_json::json;

use crate::domain::contact::{ContactCatalog, ContactInput, NewContact};
use crate::domain::person::PersonRef;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::import::{Entity, Outcome, Row, RowError, at};
use crate::ops::contact::check_new;
use crate::ops::{Context, audit};
use crate::store::import::{self as import_store, ContactFields};
use crate::store::{Writer, contact as store, contact_catalog, person as person_store};

/// At most this many person references are remembered (memory stays bounded).
const PERSON_CACHE: usize = 100_000;

pub struct ContactImport {
    pub queue_letters: bool,
    catalog: Option<ContactCatalog>,
    persons: HashMap<String, i64>,
    /// `ctx.timestamp()`, formatted once.
    now: String,
    /// The contact table was empty when the import began: a key not seen earlier in the
    /// file names no stored contact, and needs no lookup.
    empty_at_start: bool,
}

impl ContactImport {
    pub fn new(queue_letters: bool) -> Self {
        ContactImport {
            queue_letters,
            catalog: None,
            persons: HashMap::new(),
            now: String::new(),
            empty_at_start: false,
        }
    }

    fn person(&mut self, w: &Writer<'_>, row: &Row) -> std::result::Result<i64, RowError> {
        let (field, key, reference) =
            match (row.value("person_id"), row.value("person_external_id")) {
                (Some(id), _) => {
                    let id = id.trim();
                    match id.parse::<i64>() {
                        Ok(n) if n > 0 => ("person_id", format!("#{n}"), PersonRef::Id(n)),
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
                        ext.clone(),
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
        if let Some(&id) = self.persons.get(&key) {
            return Ok(id);
        }
        let found = match &reference {
            PersonRef::Id(id) => import_store::person_exists(w.conn, *id)?.then_some(*id),
            PersonRef::ExternalId(_) => person_store::resolve_id(w.conn, &reference)?,
        };
        let id = found.ok_or_else(|| at(field)(crate::ops::person::not_found(&reference)))?;
        crate::ops::garble::require_not_garbled(w.conn, id).map_err(at(field))?;
        if self.persons.len() >= PERSON_CACHE {
            self.persons.clear();
        }
        self.persons.insert(key, id);
        Ok(id)
    }
}

pub enum Plan {
    Insert {
        person_id: i64,
        new: NewContact,
    },
    Update {
        id: i64,
        before: ContactFields,
        after: ContactFields,
    },
    Unchanged,
}

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

    fn prepare(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Plan, RowError> {
        if self.catalog.is_none() {
            self.catalog = Some(contact_catalog::load(w.conn)?);
            self.now = ctx.timestamp();
            self.empty_at_start = import_store::count(w.conn, "contact")? == 0;
        }
        let open = match row.value("open") {
            Some(v) => Some(parse_open(v).map_err(at("open"))?),
            None => None,
        };
        let external_id = row.value("external_id").map(str::trim);
        let existing = match external_id {
            Some(_) if self.empty_at_start && !row.seen_before() => None,
            Some(ext) => import_store::contact_by_external_id(w.conn, ext)?,
            None => None,
        };
        // The stored contact's codes are needed only to fill in absent columns.
        let all_columns = [
            "class",
            "type",
            "method",
            "direction",
            "contacted_at",
            "user",
            "comment",
        ]
        .iter()
        .all(|f| row.cell(f).is_some());
        let stored = match existing {
            Some(id) if !all_columns => store::get(w.conn, id)?,
            _ => None,
        };
        let before = existing
            .map(|id| import_store::contact_fields(w.conn, id))
            .transpose()?;
        // An absent column keeps the stored value; an empty cell clears it.
        let pick = |field: &str, old: Option<&str>| -> Option<String> {
            match row.cell(field) {
                None => old.map(str::to_string),
                Some(v) => v.map(str::to_string),
            }
        };
        let s = stored.as_ref();
        let class = pick("class", s.map(|c| c.class.as_str())).unwrap_or_default();
        let ctype = pick("type", s.map(|c| c.contact_type.as_str())).unwrap_or_default();
        let method = pick("method", s.and_then(|c| c.method.map(|m| m.as_str())));
        let direction = pick("direction", s.and_then(|c| c.direction.map(|d| d.as_str())));
        // contacted_at and user cannot be null: empty is the default (now, the actor) for a
        // new contact and keeps the stored value of an existing one.
        let keep = |field: &str, old: Option<&str>| -> Option<String> {
            row.value(field).or(old).map(str::to_string)
        };
        let b = before.as_ref();
        let contacted_at = keep("contacted_at", b.map(|c| c.contacted_at.as_str()));
        let user = keep("user", b.map(|c| c.user.as_str()));
        let comment = pick("comment", s.and_then(|c| c.comment.as_deref()));
        let given_chars: Vec<(&str, &str)> = row
            .dynamic()
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let input = ContactInput {
            class: &class,
            contact_type: &ctype,
            method: method.as_deref(),
            direction: direction.as_deref(),
            contacted_at: contacted_at.as_deref(),
            comment: comment.as_deref(),
            open: open.unwrap_or(before.as_ref().is_some_and(|b| b.open)),
            characteristics: given_chars,
            letter: None,
            external_id,
            user: user.as_deref(),
        };
        let catalog = self.catalog.as_ref().expect("loaded above");
        // A letter is queued only for a new contact.
        let queue = self.queue_letters && before.is_none();
        let new =
            check_new(&input, catalog, ctx, queue).map_err(|e| match column_of(&e.message) {
                Some("char") => RowError {
                    column: row.dynamic().first().map(|(k, _)| format!("char.{k}")),
                    error: e,
                },
                Some(c) => at(c)(e),
                None => e.into(),
            })?;
        let person_id = match (
            &before,
            row.cell("person_id"),
            row.cell("person_external_id"),
        ) {
            // The contact's own person: a garbled one refuses the update as it would
            // when named.
            (Some(b), None, None) => {
                crate::ops::garble::require_not_garbled(w.conn, b.person_id)?;
                b.person_id
            }
            _ => self.person(w, row)?,
        };
        let Some(before) = before else {
            return Ok(Plan::Insert { person_id, new });
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
            Plan::Insert { person_id, new } => {
                store::insert(w.conn, person_id, &new, &self.now)?;
                Ok(Outcome::Inserted)
            }
            Plan::Update { id, before, after } => {
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

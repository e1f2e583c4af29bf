//! `person import`: upsert persons by `external_id`. Each row goes through the same `ops`
//! functions as the single commands: `ops::person::add_in` (`person add`) for a new external
//! id, `ops::person::update_in` (`person update`) for a known one.

use crate::domain::person::{
    NewPerson, Person, PersonInput, PersonKind, PersonRef, PointType, PointValue,
};
use crate::domain::{phone, text};
use crate::error::{Error, Result};
use crate::import::{Entity, KeyState, Outcome, Row, RowError, at};
use crate::ops::Context;
use crate::ops::person::{self as person_ops, PersonChange};
use crate::store::{Writer, person as store};

/// `region`: the default region for phone numbers in national form. `match_on`: the
/// contact point types (`email`, `phone`) by which a row whose external id is unknown (or
/// absent) finds an existing person instead of adding one (`--match`).
#[derive(Default)]
pub struct PersonImport {
    pub region: Option<String>,
    pub match_on: Vec<PointType>,
    /// `ctx.timestamp()`, formatted once per attempt (set by `begin`).
    pub(crate) now: String,
    /// The largest person id when the attempt began: larger ones were written by it.
    pub(crate) max_id_at_start: i64,
    /// The largest stored key named by the file so far (an attempt without key table).
    pub(crate) last_stored_key: String,
    /// The person `key_state` found for a row's external id (as checked), for `prepare`.
    pub(crate) looked_up: Option<(String, Option<Person>)>,
}

/// The column an error of `person add` or `person update` is about.
fn located(e: Error) -> RowError {
    let m = e.message.to_ascii_lowercase();
    match ["external id", "organization", "name"]
        .into_iter()
        .find(|word| m.contains(word))
    {
        Some("external id") => at("external_id")(e),
        Some("organization") => at("kind")(e),
        Some(_) => at("name")(e),
        None => e.into(),
    }
}

#[allow(clippy::large_enum_variant)]
pub enum Plan {
    Insert(NewPerson),
    Update {
        before: Person,
        change: PersonChange,
    },
}

type Cell<T = String> = Option<Option<T>>;

/// Checks a cell: absent stays absent, empty is `Some(None)`, a value is checked by `check`.
fn cell<T>(
    row: &Row,
    field: &'static str,
    check: impl Fn(&str) -> Result<T>,
) -> std::result::Result<Cell<T>, RowError> {
    match row.cell(field) {
        None => Ok(None),
        Some(None) => Ok(Some(None)),
        Some(Some(v)) => Ok(Some(Some(check(v).map_err(at(field))?))),
    }
}

impl Entity for PersonImport {
    type Plan = Plan;
    const KIND: &'static str = "person";
    const FIELDS: &'static [&'static str] = &[
        "external_id",
        "name",
        "first_name",
        "last_name",
        "kind",
        "email",
        "phone",
    ];
    const KEY: Option<&'static str> = Some("external_id");
    const BULK_TABLE: Option<&'static str> = Some("person");

    fn prepare(
        &mut self,
        w: &Writer<'_>,
        _ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Plan, RowError> {
        let conn = w.conn;
        let external_id = cell(row, "external_id", |v| text::code("external_id", v))?;
        let name = cell(row, "name", |v| text::name("name", v))?;
        let first = cell(row, "first_name", |v| text::name("first_name", v))?;
        let last = cell(row, "last_name", |v| text::name("last_name", v))?;
        let kind = match row.cell("kind") {
            None => None,
            Some(None) => Some(None),
            Some(Some(v)) => Some(Some(PersonKind::parse("kind", v).map_err(at("kind"))?)),
        };
        let email = cell(row, "email", |v| text::email("email", v))?;
        let phone = cell(row, "phone", |v| {
            phone::parse("phone", v, self.region.as_deref()).map(PointValue::from)
        })?;

        let looked_up = self.looked_up.take();
        let mut existing = match external_id.as_ref().and_then(|e| e.as_ref()) {
            Some(ext) => match looked_up {
                Some((key, found)) if key == *ext => found,
                _ => store::find_exact(conn, &PersonRef::ExternalId(ext.clone()))?,
            },
            None => None,
        };
        // A row for a person merged into another is refused: it would overwrite the
        // survivor with the duplicate's values.
        if let Some(p) = &existing
            && let Some(into) = crate::store::duplicate::merged_into(conn, p.id)?
        {
            return Err(at("external_id")(crate::ops::duplicate::merged_away(
                p.id, into,
            )));
        }
        // `--match`: the one person in use with this email or phone, in the order given.
        let mut matched_by = None;
        if existing.is_none() {
            for kind in &self.match_on {
                let value = match kind {
                    PointType::Email => email.as_ref().and_then(|e| e.clone()),
                    _ => phone
                        .as_ref()
                        .and_then(|p| p.as_ref().map(|p| p.value.clone())),
                };
                let Some(value) = value else { continue };
                let ids = crate::store::duplicate::persons_with_point(conn, *kind, &value)?;
                let column = kind.as_str();
                match ids.as_slice() {
                    [] => {}
                    [id] => {
                        existing = store::get(conn, *id)?;
                        matched_by = Some(column);
                        break;
                    }
                    many => {
                        let ids: Vec<String> = many.iter().map(|i| i.to_string()).collect();
                        return Err(at(column)(Error::conflict(format!(
                            "--match {column}: persons {} all have this {column}",
                            ids.join(", ")
                        ))));
                    }
                }
            }
        }
        let Some(before) = existing else {
            let input = PersonInput {
                kind: kind.flatten().map(|k| k.as_str().to_string()),
                name: name.flatten(),
                first_name: first.flatten(),
                last_name: last.flatten(),
                external_id: external_id.flatten(),
                email: email.flatten(),
                phone: phone.flatten().and_then(|p| p.typed),
                region: self.region.clone(),
            };
            let new = NewPerson::from_input(&input).map_err(|e| {
                let column = if e.message.contains("name") {
                    "name"
                } else {
                    "kind"
                };
                at(column)(e)
            })?;
            // The rules of `person add`, before anything is written (so the row needs no
            // savepoint).
            person_ops::check_add(conn, &new).map_err(located)?;
            return Ok(Plan::Insert(new));
        };
        // An empty cell clears a field; an empty name is formed from the first and last
        // name, as for a new person (so that a file imports the same way twice).
        // A person found by --match takes the row's external id when it has none (and keeps
        // its own otherwise).
        let external_id = match (matched_by, &before.external_id) {
            (Some(_), None) => external_id.flatten().map(Some),
            _ => None,
        };
        let change = PersonChange {
            kind: kind.map(|k| k.unwrap_or(PersonKind::Person)),
            name,
            first_name: first,
            last_name: last,
            external_id,
            email,
            phone,
        };
        Ok(Plan::Update { before, change })
    }

    /// A new person's rules were checked by `prepare`: its insert needs no savepoint. An
    /// update runs `person update`'s function, which checks as it writes.
    fn savepoint(plan: &Plan) -> bool {
        matches!(plan, Plan::Update { .. })
    }

    fn begin(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        _keyed: bool,
        _rows_guess: Option<u64>,
    ) -> Result<()> {
        self.now = ctx.timestamp();
        self.max_id_at_start = crate::store::import::max_person_id(w.conn)?;
        self.last_stored_key.clear();
        self.looked_up = None;
        Ok(())
    }

    /// As for contacts: the key table (a temporary table, a write per row) is needed only
    /// where a key could come twice unnoticed. A key no stored person has needs none (a second
    /// row with it finds the person this attempt inserted, and the attempt starts again
    /// keyed); stored keys named in increasing order cannot repeat. With `--match` a row may
    /// give its key to a stored person, so every key is tracked.
    fn key_state(&mut self, w: &Writer<'_>, key: &str) -> Result<KeyState> {
        if !self.match_on.is_empty() {
            return Ok(KeyState::Tracked);
        }
        // A key `prepare` refuses is tracked, as before (so a clash with it is named).
        let Ok(ext) = text::code("external_id", key) else {
            return Ok(KeyState::Tracked);
        };
        let found = store::find_exact(w.conn, &PersonRef::ExternalId(ext.clone()))?;
        let state = match &found {
            None => KeyState::Untracked,
            Some(p) if p.id > self.max_id_at_start => KeyState::Repeat,
            Some(_) if !self.last_stored_key.is_empty() && key <= self.last_stored_key.as_str() => {
                KeyState::Repeat
            }
            Some(_) => {
                self.last_stored_key.clear();
                self.last_stored_key.push_str(key);
                KeyState::Untracked
            }
        };
        self.looked_up = Some((ext, found));
        Ok(state)
    }

    fn write(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        plan: Plan,
    ) -> std::result::Result<Outcome, RowError> {
        match plan {
            // No audit entry per new person: the import's entry for the file accounts for
            // them (product.md §3.7), as for contacts.
            Plan::Insert(new) => {
                person_ops::insert_checked(w, &self.now, &new)?;
                Ok(Outcome::Inserted)
            }
            Plan::Update { before, change } => {
                match person_ops::update_in(w, ctx, &before, &change).map_err(located)? {
                    Some(_) => Ok(Outcome::Updated),
                    None => Ok(Outcome::Unchanged),
                }
            }
        }
    }
}

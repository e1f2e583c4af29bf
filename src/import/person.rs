//! `person import`: upsert persons by `external_id`. Each row goes through the same `ops`
//! functions as the single commands: `ops::person::add_in` (`person add`) for a new external
//! id, `ops::person::update_in` (`person update`) for a known one.

use crate::domain::person::{
    NewPerson, Person, PersonInput, PersonKind, PersonRef, PointType, PointValue,
};
use crate::domain::{phone, text};
use crate::error::{Error, Result};
use crate::import::{Entity, Outcome, Row, RowError, at};
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

        let mut existing = match external_id.as_ref().and_then(|e| e.as_ref()) {
            Some(ext) => store::find_exact(conn, &PersonRef::ExternalId(ext.clone()))?,
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

    fn write(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        plan: Plan,
    ) -> std::result::Result<Outcome, RowError> {
        let located = |e: Error| {
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
        };
        match plan {
            Plan::Insert(new) => {
                person_ops::add_in(w, ctx, &new).map_err(located)?;
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

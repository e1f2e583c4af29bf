//! `person import`: upsert persons by `external_id`.

use crate::domain::person::{
    NewPerson, Person, PersonInput, PersonKind, PersonRef, PointType, PointValue,
};
use crate::domain::{phone, text};
use crate::error::{Error, Result};
use crate::import::{Entity, Outcome, Row, RowError, at};
use crate::ops::person::{changed_fields, replace_primary_point};
use crate::ops::{Context, audit};
use crate::store::{Writer, person as store};

/// `region`: the default region for phone numbers in national form.
#[derive(Default)]
pub struct PersonImport {
    pub region: Option<String>,
}

#[allow(clippy::large_enum_variant)]
pub enum Plan {
    Insert(NewPerson),
    Update {
        before: Person,
        after: Person,
        email: Option<Option<String>>,
        phone: Option<Option<PointValue>>,
    },
    Unchanged,
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

        let existing = match external_id.as_ref().and_then(|e| e.as_ref()) {
            Some(ext) => store::find(conn, &PersonRef::ExternalId(ext.clone()))?,
            None => None,
        };
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

        let mut after = before.clone();
        if let Some(k) = kind {
            after.kind = k.unwrap_or(PersonKind::Person);
        }
        if let Some(f) = &first {
            after.first_name = f.clone();
        }
        if let Some(l) = &last {
            after.last_name = l.clone();
        }
        match name {
            Some(Some(n)) => after.name = n,
            Some(None) => {
                return Err(at("name")(
                    Error::invalid("name must not be empty")
                        .with_hint("a person always has a name; leave the column out to keep it"),
                ));
            }
            None => {
                let formed = |p: &Person| match (&p.first_name, &p.last_name) {
                    (Some(f), Some(l)) => Some(format!("{f} {l}")),
                    (Some(o), None) | (None, Some(o)) => Some(o.clone()),
                    (None, None) => None,
                };
                // A name formed from first and last name follows them.
                if (first.is_some() || last.is_some())
                    && formed(&before).as_deref() == Some(before.name.as_str())
                    && let Some(n) = formed(&after)
                {
                    after.name = text::name("name", &n).map_err(at("name"))?;
                }
            }
        }
        if after.kind == PersonKind::Organization
            && (after.first_name.is_some() || after.last_name.is_some())
        {
            return Err(at("kind")(Error::invalid(
                "an organization has a name, not a first and last name",
            )));
        }
        if let Some(e) = &email {
            after.email = e.clone();
        }
        if let Some(p) = &phone {
            after.phone = p.as_ref().map(|p| p.value.clone());
        }
        if after == before {
            return Ok(Plan::Unchanged);
        }
        Ok(Plan::Update {
            before,
            after,
            email,
            phone,
        })
    }

    fn write(&mut self, w: &Writer<'_>, ctx: &Context, plan: Plan) -> Result<Outcome> {
        let now = ctx.timestamp();
        match plan {
            Plan::Unchanged => Ok(Outcome::Unchanged),
            Plan::Insert(new) => {
                store::insert(w.conn, &new, &now)?;
                Ok(Outcome::Inserted)
            }
            Plan::Update {
                before,
                after,
                email,
                phone,
            } => {
                store::update(w.conn, &after, &now)?;
                let email = email.map(|e| e.map(PointValue::plain));
                for (kind, value) in [(PointType::Email, email), (PointType::Phone, phone)] {
                    match value {
                        None => {}
                        Some(Some(v)) => replace_primary_point(w.conn, before.id, kind, &v, &now)?,
                        // An empty cell clears the field: the primary point of that type
                        // stops being primary (points are never deleted).
                        Some(None) => {
                            if let Some(p) = store::primary_point(w.conn, before.id, kind)? {
                                store::set_point_primary(w.conn, p.id, false)?;
                            }
                        }
                    }
                }
                let stored = store::get(w.conn, before.id)?
                    .ok_or_else(|| Error::internal("person vanished"))?;
                let changes = changed_fields(
                    &serde_json::to_value(&before)?,
                    &serde_json::to_value(&stored)?,
                );
                audit(w, ctx, "update", "person", before.id, changes)?;
                Ok(Outcome::Updated)
            }
        }
    }
}

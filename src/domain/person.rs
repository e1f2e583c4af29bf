//! Persons and organisations, their contact points and party relationships (product.md §3.1).

use serde::Serialize;

use crate::domain::period::Period;
use crate::domain::phone::{self, Phone};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    pub enum PersonKind { Person = "person", Organization = "organization" }
    aliases { "organisation" => Organization }
}

string_enum! {
    pub enum PointType { Phone = "phone", Fax = "fax", Email = "email", Im = "im", Url = "url" }
}

string_enum! {
    pub enum PartyRole { Contact = "contact" }
}

/// How a command names a person: digits are an `id`; `ext:VALUE` or anything else is an
/// `external_id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonRef {
    Id(i64),
    ExternalId(String),
}

impl PersonRef {
    pub fn parse(value: &str) -> Result<Self> {
        let v = value.trim();
        if let Some(ext) = v.strip_prefix("ext:") {
            return Ok(PersonRef::ExternalId(text::code(
                "person external id",
                ext,
            )?));
        }
        if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
            return v
                .parse()
                .map(PersonRef::Id)
                .map_err(|_| Error::invalid(format!("person id {v} is too large")));
        }
        Ok(PersonRef::ExternalId(text::code("person external id", v)?))
    }
}

impl std::fmt::Display for PersonRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PersonRef::Id(id) => write!(f, "{id}"),
            PersonRef::ExternalId(ext) => write!(f, "ext:{ext}"),
        }
    }
}

/// A person as stored and printed. `email` and `phone` are the primary contact points of
/// those types, so that what `person list` prints can be imported back.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub id: i64,
    pub kind: PersonKind,
    pub name: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub external_id: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// The checked fields of a person to add.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPerson {
    pub kind: PersonKind,
    pub name: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub external_id: Option<String>,
    pub email: Option<String>,
    pub phone: Option<Phone>,
}

/// Raw person fields as a user gave them.
#[derive(Debug, Clone, Default)]
pub struct PersonInput {
    pub kind: Option<String>,
    pub name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub external_id: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The default region for a phone number in national form (not a field of its own).
    pub region: Option<String>,
}

impl PersonInput {
    /// Whether no field is given (an update that would change nothing).
    pub fn is_empty(&self) -> bool {
        self.kind.is_none()
            && self.name.is_none()
            && self.first_name.is_none()
            && self.last_name.is_none()
            && self.external_id.is_none()
            && self.email.is_none()
            && self.phone.is_none()
    }
}

impl NewPerson {
    /// Checks every field; the name is formed from first and last name when only they are
    /// given. An organisation has no first or last name.
    pub fn from_input(input: &PersonInput) -> Result<Self> {
        let kind = input
            .kind
            .as_deref()
            .map(|k| PersonKind::parse("kind", k))
            .transpose()?
            .unwrap_or(PersonKind::Person);
        let first_name =
            text::optional(input.first_name.as_deref(), |v| text::name("first name", v))?;
        let last_name = text::optional(input.last_name.as_deref(), |v| text::name("last name", v))?;
        if kind == PersonKind::Organization && (first_name.is_some() || last_name.is_some()) {
            return Err(
                Error::invalid("an organization has a name, not a first and last name")
                    .with_hint("give --name, or use --kind person"),
            );
        }
        let name = match (&input.name, &first_name, &last_name) {
            (Some(name), _, _) => text::name("name", name)?,
            (None, Some(first), Some(last)) => text::name("name", &format!("{first} {last}"))?,
            (None, Some(only), None) | (None, None, Some(only)) => only.clone(),
            (None, None, None) => {
                return Err(Error::invalid("a person needs a name")
                    .with_hint("give --name NAME, or --first-name and --last-name"));
            }
        };
        Ok(NewPerson {
            kind,
            name,
            first_name,
            last_name,
            external_id: text::optional(input.external_id.as_deref(), |v| {
                text::code("external id", v)
            })?,
            email: text::optional(input.email.as_deref(), |v| text::email("email", v))?,
            phone: input
                .phone
                .as_deref()
                .map(|v| phone::parse("phone", v, input.region.as_deref()))
                .transpose()?,
        })
    }
}

/// A checked contact point value: what identifies it (`value`: phone and fax numbers in
/// E.164) and, for phone and fax numbers, the form as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointValue {
    pub value: String,
    pub typed: Option<String>,
}

impl From<Phone> for PointValue {
    fn from(p: Phone) -> Self {
        PointValue {
            value: p.e164,
            typed: Some(p.typed),
        }
    }
}

impl PointValue {
    pub fn plain(value: impl Into<String>) -> Self {
        PointValue {
            value: value.into(),
            typed: None,
        }
    }
}

/// Checks a contact point's value for its type: emails and URLs for form; phone and fax
/// numbers with libphonenumber's rules (`region` serves national forms), stored in E.164.
pub fn contact_point_value(
    kind: PointType,
    value: &str,
    region: Option<&str>,
) -> Result<PointValue> {
    Ok(match kind {
        PointType::Email => PointValue::plain(text::email("email", value)?),
        PointType::Url => PointValue::plain(text::url("url", value)?),
        PointType::Phone | PointType::Fax => phone::parse(kind.as_str(), value, region)?.into(),
        PointType::Im => PointValue::plain(text::text("im", value, text::EMAIL_MAX)?),
    })
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactPoint {
    pub id: i64,
    pub person_id: i64,
    #[serde(rename = "type")]
    pub kind: PointType,
    pub value: String,
    /// A phone or fax number as typed (`value` holds its E.164 form); null otherwise and for
    /// numbers stored before E.164.
    pub typed: Option<String>,
    pub purpose: Option<String>,
    pub primary: bool,
    pub created_at: String,
    /// The day it was ended (none: in use).
    pub end: Option<chrono::NaiveDate>,
}

/// The form under which two contact points of one type are the same: e-mail addresses,
/// URLs and IM handles compared case-insensitively, phone and fax numbers by their digits
/// (a leading + kept).
pub fn normalised_point_value(kind: PointType, value: &str) -> String {
    let v = value.trim();
    match kind {
        PointType::Phone | PointType::Fax => {
            let plus = if v.starts_with('+') { "+" } else { "" };
            let digits: String = v.chars().filter(|c| c.is_ascii_digit()).collect();
            format!("{plus}{digits}")
        }
        PointType::Email | PointType::Url | PointType::Im => v.to_lowercase(),
    }
}

/// `subject` is a `role` of `object` during `period`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartyRelationship {
    pub id: i64,
    pub person_id: i64,
    pub related_person_id: i64,
    pub role: PartyRole,
    pub start: chrono::NaiveDate,
    pub end: Option<chrono::NaiveDate>,
    pub active: bool,
    pub created_at: String,
}

impl PartyRelationship {
    pub fn period(&self) -> Period {
        Period {
            start: self.start,
            end: self.end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs() {
        assert_eq!(PersonRef::parse("42").unwrap(), PersonRef::Id(42));
        assert_eq!(
            PersonRef::parse("ext:42").unwrap(),
            PersonRef::ExternalId("42".into())
        );
        assert_eq!(
            PersonRef::parse("C-1").unwrap(),
            PersonRef::ExternalId("C-1".into())
        );
        assert!(PersonRef::parse("").is_err());
    }

    #[test]
    fn name_from_first_and_last() {
        let p = NewPerson::from_input(&PersonInput {
            first_name: Some(" Ada ".into()),
            last_name: Some("Lovelace".into()),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(p.name, "Ada Lovelace");
        assert_eq!(p.kind, PersonKind::Person);
    }

    #[test]
    fn organisations_have_no_first_name() {
        let err = NewPerson::from_input(&PersonInput {
            kind: Some("organization".into()),
            first_name: Some("Ada".into()),
            last_name: Some("Lovelace".into()),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(err.exit_code(), 5);
    }

    #[test]
    fn phone_and_fax_points_keep_e164_and_the_typed_form() {
        for kind in [PointType::Phone, PointType::Fax] {
            let v = contact_point_value(kind, "030 123456", Some("DE")).unwrap();
            assert_eq!(v.value, "+4930123456");
            assert_eq!(v.typed.as_deref(), Some("030 123456"));
            assert!(contact_point_value(kind, "030 123456", None).is_err());
        }
        let email = contact_point_value(PointType::Email, "ada@example.com", Some("DE")).unwrap();
        assert_eq!(email.typed, None);
    }
}

//! Customer contacts (product.md §3.2): classes and types, the contact itself, its log with
//! reminders, and the rules a new contact must satisfy.
//!
//! Validation works on a [`ContactCatalog`], an in-memory snapshot of the contact setup
//! (classes, types with their characteristic rules, characteristic types, letter
//! templates), so that checking a contact needs no SQL: `contact add` checks one, `contact
//! import` checks a million against the same snapshot. Load it with
//! `store::contact_catalog::load`; check raw input with [`validate`]; write the result with
//! `store::contact::insert`.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::characteristic::{CharacteristicRule, CharacteristicType, Entity};
use crate::domain::letter::LetterStatus;
use crate::domain::text;
use crate::domain::time::{canonical_timestamp, format_timestamp, parse_timestamp, printable};
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    pub enum Method {
        Phone = "phone", Email = "email", Fax = "fax", Postal = "postal", Sms = "sms",
        InPerson = "in-person", Web = "web", Other = "other",
    }
}

string_enum! {
    /// inbound: the customer contacted us; outbound: we contacted them.
    pub enum Direction { Inbound = "inbound", Outbound = "outbound" }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactClass {
    pub id: i64,
    pub code: String,
    pub description: String,
    pub created_at: String,
    /// A deactivated class takes no new contacts; old ones keep it.
    pub active: bool,
}

/// A characteristic rule of a contact type: the type allows it, may require it, may give a
/// default.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeCharacteristic {
    #[serde(skip)]
    pub characteristic_type_id: i64,
    #[serde(rename = "type")]
    pub code: String,
    pub default: Option<String>,
    pub required: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactType {
    pub id: i64,
    pub class: String,
    #[serde(rename = "type")]
    pub code: String,
    pub description: String,
    pub letter_template: Option<String>,
    pub characteristics: Vec<TypeCharacteristic>,
    pub created_at: String,
    #[serde(skip)]
    pub class_id: i64,
    #[serde(skip)]
    pub letter_template_id: Option<i64>,
    /// A deactivated type takes no new contacts; old ones keep it.
    pub active: bool,
    #[serde(skip)]
    pub class_active: bool,
}

impl ContactType {
    /// A new contact needs an active type of an active class (4).
    pub fn ensure_active(&self) -> Result<()> {
        if !self.class_active {
            return Err(Error::conflict(format!(
                "contact class {} is deactivated and takes no new contacts",
                self.class
            )));
        }
        if !self.active {
            return Err(Error::conflict(format!(
                "contact type {} {} is deactivated and takes no new contacts",
                self.class, self.code
            )));
        }
        Ok(())
    }
}

/// What validation needs to know of a letter template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateRef {
    pub id: i64,
    pub code: String,
    pub system_only: bool,
}

/// The contact setup in memory: everything [`validate`] checks a contact against.
#[derive(Debug, Clone, Default)]
pub struct ContactCatalog {
    /// class code -> class id
    classes: HashMap<String, i64>,
    /// class code -> type code -> type
    types: HashMap<String, HashMap<String, ContactType>>,
    /// characteristic type code -> rule
    characteristics: HashMap<String, CharacteristicRule>,
    /// template code -> template
    templates: HashMap<String, TemplateRef>,
    /// template id -> template code
    template_codes: HashMap<i64, String>,
}

impl ContactCatalog {
    pub fn new(
        classes: Vec<ContactClass>,
        types: Vec<ContactType>,
        characteristic_types: Vec<CharacteristicType>,
        templates: Vec<TemplateRef>,
    ) -> Result<Self> {
        let mut catalog = ContactCatalog {
            classes: classes.into_iter().map(|c| (c.code, c.id)).collect(),
            ..Default::default()
        };
        for t in types {
            catalog
                .types
                .entry(t.class.clone())
                .or_default()
                .insert(t.code.clone(), t);
        }
        // Characteristic type codes keep the case they were defined with (letter templates
        // name them) and are looked up in any case.
        for ct in characteristic_types {
            catalog
                .characteristics
                .insert(ct.code.to_ascii_uppercase(), CharacteristicRule::new(ct)?);
        }
        catalog.template_codes = templates.iter().map(|t| (t.id, t.code.clone())).collect();
        catalog.templates = templates.into_iter().map(|t| (t.code.clone(), t)).collect();
        Ok(catalog)
    }

    /// The class id, or not found (3).
    pub fn class(&self, code: &str) -> Result<i64> {
        let found = self
            .classes
            .get(code)
            .or_else(|| self.classes.get(&code.to_ascii_uppercase()));
        found.copied().ok_or_else(|| {
            Error::not_found(format!("contact class {} does not exist", printable(code)))
                .with_hint("see the classes with: custctl catalog list contact-class")
        })
    }

    /// The type `type_code` under the class `class`, or not found (3).
    pub fn contact_type(&self, class: &str, type_code: &str) -> Result<&ContactType> {
        self.class(class)?;
        let in_class = self
            .types
            .get(class)
            .or_else(|| self.types.get(&class.to_ascii_uppercase()));
        in_class
            .and_then(|m| {
                m.get(type_code)
                    .or_else(|| m.get(&type_code.to_ascii_uppercase()))
            })
            .ok_or_else(|| {
                Error::not_found(format!(
                    "contact type {} does not exist under the class {}",
                    printable(type_code),
                    printable(class)
                ))
                .with_hint("see the types with: custctl catalog list contact-type")
            })
    }

    /// The characteristic type with this code, or not found (3).
    pub fn characteristic(&self, code: &str) -> Result<&CharacteristicRule> {
        let found = self.characteristics.get(&code.to_ascii_uppercase());
        found.ok_or_else(|| {
            Error::not_found(format!(
                "characteristic type {} does not exist",
                printable(code)
            ))
            .with_hint("see the types with: custctl catalog list characteristic-type")
        })
    }

    /// The letter template with this code, or not found (3).
    pub fn template(&self, code: &str) -> Result<&TemplateRef> {
        self.templates.get(code).ok_or_else(|| {
            Error::not_found(format!(
                "letter template {} does not exist",
                printable(code)
            ))
            .with_hint("see the templates with: custctl catalog list letter-template")
        })
    }

    pub fn template_by_id(&self, id: i64) -> Option<&TemplateRef> {
        self.template_codes
            .get(&id)
            .and_then(|code| self.templates.get(code))
    }
}

/// A contact as the user (or an import row) gives it, before any check.
#[derive(Debug, Clone, Default)]
pub struct ContactInput<'a> {
    pub class: &'a str,
    pub contact_type: &'a str,
    pub method: Option<&'a str>,
    pub direction: Option<&'a str>,
    /// A timestamp (`domain::time::parse_timestamp`); `None` is now.
    pub contacted_at: Option<&'a str>,
    pub comment: Option<&'a str>,
    pub open: bool,
    /// (characteristic type code, value) pairs.
    pub characteristics: Vec<(&'a str, &'a str)>,
    /// A letter template to queue instead of the type's.
    pub letter: Option<&'a str>,
    pub external_id: Option<&'a str>,
    /// Who recorded it; `None` is the acting user.
    pub user: Option<&'a str>,
}

/// A checked contact, ready for `store::contact::insert`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewContact {
    pub contact_type_id: i64,
    pub contacted_at: String,
    pub user: String,
    pub method: Option<Method>,
    pub direction: Option<Direction>,
    pub comment: Option<String>,
    pub open: bool,
    pub external_id: Option<String>,
    pub letter_template_id: Option<i64>,
    pub letter_status: LetterStatus,
    /// (characteristic type id, value), defaults filled in.
    pub characteristics: Vec<(i64, String)>,
    /// The code of the queued template when it is system-only (see
    /// [`NewContact::ensure_letter_allowed`]).
    pub system_only_letter: Option<String>,
}

impl NewContact {
    /// A manual contact may not queue a system-only template (conflict, 4).
    pub fn ensure_letter_allowed(&self) -> Result<()> {
        match &self.system_only_letter {
            Some(code) => Err(Error::conflict(format!(
                "letter template {code} is system-only: only custctl itself can queue it"
            ))
            .with_hint("name another template with --letter, or use a contact type without a system-only letter")),
            None => Ok(()),
        }
    }
}

/// Checks a contact against the catalog, without SQL. `now` (RFC 3339) is the default
/// contact time; `actor` the default user; `queue_letters` whether a letter template (the
/// type's or `letter`) queues a letter (`pending`) — imports pass `false` unless
/// `--queue-letters`.
///
/// Order: the form of each value (5); then the class, the type under that class, the named
/// characteristic types and template must exist (3); then the characteristic rules (5): each
/// applies to contacts and is allowed on the type, its value is allowed, one value per
/// type, required ones present after defaults fill in. The person is the caller's (3), and
/// so is [`NewContact::ensure_letter_allowed`] (4).
pub fn validate(
    input: &ContactInput<'_>,
    catalog: &ContactCatalog,
    now: &str,
    actor: &str,
    queue_letters: bool,
) -> Result<NewContact> {
    // Form.
    let class = text::code("class", input.class)?;
    let type_code = text::code("type", input.contact_type)?;
    let method = input
        .method
        .map(|m| Method::parse("method", m))
        .transpose()?;
    let direction = input
        .direction
        .map(|d| Direction::parse("direction", d))
        .transpose()?;
    let contacted_at = match input.contacted_at {
        Some(at) => match canonical_timestamp(at) {
            // Already in stored form (what every export prints): the same value, unparsed.
            Some(v) => v.to_string(),
            None => format_timestamp(&parse_timestamp("contact time", at)?),
        },
        None => now.to_string(),
    };
    let comment = text::optional(input.comment, |v| text::comment("comment", v))?;
    let external_id = text::optional(input.external_id, |v| text::code("external id", v))?;
    let user = match input.user {
        Some(u) => text::code("user", u)?,
        None => actor.to_string(),
    };
    let letter = text::optional(input.letter, |v| text::code("letter", v))?;
    let mut given: Vec<(&str, String)> = Vec::with_capacity(input.characteristics.len());
    for (code, value) in &input.characteristics {
        let code = code.trim();
        text::code("characteristic type", code)?;
        if given.iter().any(|(c, _)| c.eq_ignore_ascii_case(code)) {
            return Err(Error::invalid(format!(
                "characteristic {code} is given twice; a contact has one value per characteristic type"
            )));
        }
        given.push((code, value.to_string()));
    }

    // Existence.
    let ty = catalog.contact_type(&class, &type_code)?;
    let mut rules = Vec::with_capacity(given.len());
    for (code, _) in &given {
        rules.push(catalog.characteristic(code)?);
    }
    let template = match &letter {
        Some(code) => Some(catalog.template(code)?),
        None => ty
            .letter_template_id
            .and_then(|id| catalog.template_by_id(id)),
    };

    // Characteristic rules.
    let mut characteristics = Vec::with_capacity(ty.characteristics.len().max(given.len()));
    for ((code, value), rule) in given.iter().zip(rules) {
        rule.ensure_applies(Entity::Contact)?;
        if !ty.characteristics.iter().any(|c| c.code == rule.ty.code) {
            return Err(not_allowed_on_type(code, ty));
        }
        characteristics.push((rule.ty.id, rule.check(value)?));
    }
    // Deactivated catalog entries take no new contacts (4); old contacts keep them.
    ty.ensure_active()?;
    for (code, _) in &given {
        if !catalog.characteristic(code)?.ty.active {
            return Err(Error::conflict(format!(
                "characteristic type {} is deactivated and is set on no new contact",
                code.to_ascii_uppercase()
            )));
        }
    }
    for rule in &ty.characteristics {
        if characteristics
            .iter()
            .any(|(id, _)| *id == rule.characteristic_type_id)
        {
            continue;
        }
        match (&rule.default, rule.required) {
            (Some(default), _) => {
                characteristics.push((rule.characteristic_type_id, default.clone()))
            }
            (None, true) => {
                return Err(Error::invalid(format!(
                    "contact type {} {} requires the characteristic {}",
                    ty.class, ty.code, rule.code
                ))
                .with_hint(format!("add --char {}=VALUE", rule.code)));
            }
            (None, false) => {}
        }
    }

    let (letter_template_id, letter_status, system_only_letter) = match template {
        Some(t) if queue_letters => (
            Some(t.id),
            LetterStatus::Pending,
            t.system_only.then(|| t.code.clone()),
        ),
        _ => (None, LetterStatus::None, None),
    };
    Ok(NewContact {
        contact_type_id: ty.id,
        contacted_at,
        user,
        method,
        direction,
        comment,
        open: input.open,
        external_id,
        letter_template_id,
        letter_status,
        characteristics,
        system_only_letter,
    })
}

/// The characteristic is not among those the contact type allows (5).
pub fn not_allowed_on_type(code: &str, ty: &ContactType) -> Error {
    let allowed: Vec<&str> = ty.characteristics.iter().map(|c| c.code.as_str()).collect();
    Error::invalid(format!(
        "characteristic {code} is not allowed on contact type {} {}",
        ty.class, ty.code
    ))
    .with_hint(if allowed.is_empty() {
        "this contact type allows no characteristics".to_string()
    } else {
        format!("it allows: {}", allowed.join(", "))
    })
}

/// A rule of a new contact type: `TYPE[=DEFAULT][:required]` as `--char` takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeCharacteristicSpec {
    pub code: String,
    pub default: Option<String>,
    pub required: bool,
}

impl TypeCharacteristicSpec {
    pub fn parse(value: &str) -> Result<Self> {
        let v = value.trim();
        let (rest, required) = match v.strip_suffix(":required") {
            Some(rest) => (rest, true),
            None => (v, false),
        };
        let (code, default) = match rest.split_once('=') {
            Some((code, default)) => (code, Some(default.to_string())),
            None => (rest, None),
        };
        let code = text::code("characteristic type", code).map_err(|e| {
            e.with_hint(
                "--char takes TYPE[=DEFAULT][:required], e.g. --char reason=billing:required",
            )
        })?;
        Ok(TypeCharacteristicSpec {
            code,
            default,
            required,
        })
    }
}

/// A contact as stored and printed; also the columns of `contact import`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    pub id: i64,
    pub person_id: i64,
    pub contacted_at: String,
    pub user: String,
    pub class: String,
    #[serde(rename = "type")]
    pub contact_type: String,
    pub method: Option<Method>,
    pub direction: Option<Direction>,
    pub comment: Option<String>,
    pub open: bool,
    pub external_id: Option<String>,
    pub letter_template: Option<String>,
    pub letter_status: LetterStatus,
    pub letter_printed_at: Option<String>,
    pub created_at: String,
}

/// One entry of a contact's log; `remind_*` when it carries a reminder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogEntry {
    pub id: i64,
    pub contact_id: i64,
    pub logged_at: String,
    pub actor: String,
    pub text: String,
    pub remind_on: Option<NaiveDate>,
    pub remind_user: Option<String>,
    pub remind_role: Option<String>,
    pub reminder_done_at: Option<String>,
}

/// Who a reminder goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReminderTarget {
    User(String),
    Role(String),
}

/// A reminder on a log entry: a trigger date and a user or a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderSpec {
    pub on: NaiveDate,
    pub to: ReminderTarget,
}

impl ReminderSpec {
    /// `--remind-on` needs exactly one of `--to-user` and `--to-role`, and they need it.
    pub fn from_input(
        on: Option<NaiveDate>,
        user: Option<&str>,
        role: Option<&str>,
    ) -> Result<Option<Self>> {
        let user = text::optional(user, |v| text::code("user", v))?;
        let role = text::optional(role, |v| text::code("role", v))?;
        match (on, user, role) {
            (None, None, None) => Ok(None),
            (Some(on), Some(u), None) => Ok(Some(ReminderSpec {
                on,
                to: ReminderTarget::User(u),
            })),
            (Some(on), None, Some(r)) => Ok(Some(ReminderSpec {
                on,
                to: ReminderTarget::Role(r),
            })),
            (Some(_), Some(_), Some(_)) => Err(Error::usage(
                "a reminder goes to a user or a role, not both",
            )),
            (Some(_), None, None) => Err(Error::usage("--remind-on needs --to-user or --to-role")),
            (None, _, _) => Err(Error::usage(
                "--to-user and --to-role need --remind-on DATE",
            )),
        }
    }
}

/// The last trigger date that is due on `due_by` with `lead_days` of lead time: a reminder
/// is due when its trigger date minus the lead time is on or before `due_by`.
pub fn due_until(due_by: NaiveDate, lead_days: u32) -> Result<NaiveDate> {
    due_by
        .checked_add_days(chrono::Days::new(u64::from(lead_days)))
        .ok_or_else(|| Error::invalid(format!("--lead-days {lead_days} is too large")))
}

/// A reminder that is due, as `contact reminders` lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reminder {
    pub log_id: i64,
    pub contact_id: i64,
    pub person_id: i64,
    pub remind_on: NaiveDate,
    pub to_user: Option<String>,
    pub to_role: Option<String>,
    pub text: String,
    pub actor: String,
    pub logged_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> ContactCatalog {
        let ct = |id, code: &str, adhoc, values: &[&str], pattern: Option<&str>, applies| {
            CharacteristicType {
                id,
                code: code.into(),
                description: code.into(),
                adhoc,
                values: values.iter().map(|v| v.to_string()).collect(),
                pattern: pattern.map(str::to_string),
                applies_to: applies,
                created_at: String::new(),
                active: true,
            }
        };
        ContactCatalog::new(
            vec![ContactClass {
                id: 1,
                code: "COMPLAINT".into(),
                description: "c".into(),
                created_at: String::new(),
                active: true,
            }],
            vec![ContactType {
                id: 10,
                class: "COMPLAINT".into(),
                code: "BILLING".into(),
                description: "b".into(),
                letter_template: Some("ACK".into()),
                characteristics: vec![
                    TypeCharacteristic {
                        characteristic_type_id: 100,
                        code: "severity".into(),
                        default: None,
                        required: true,
                    },
                    TypeCharacteristic {
                        characteristic_type_id: 101,
                        code: "channel".into(),
                        default: Some("web".into()),
                        required: true,
                    },
                    TypeCharacteristic {
                        characteristic_type_id: 102,
                        code: "ticket".into(),
                        default: None,
                        required: false,
                    },
                ],
                created_at: String::new(),
                class_id: 1,
                letter_template_id: Some(7),
                active: true,
                class_active: true,
            }],
            vec![
                ct(
                    100,
                    "severity",
                    false,
                    &["low", "high"],
                    None,
                    vec![Entity::Contact],
                ),
                ct(
                    101,
                    "channel",
                    false,
                    &["web", "shop"],
                    None,
                    vec![Entity::Contact],
                ),
                ct(
                    102,
                    "ticket",
                    true,
                    &[],
                    Some("T-[0-9]+"),
                    vec![Entity::Contact],
                ),
                ct(103, "segment", false, &["a"], None, vec![Entity::Person]),
                ct(104, "colour", false, &["red"], None, vec![Entity::Contact]),
            ],
            vec![
                TemplateRef {
                    id: 7,
                    code: "ACK".into(),
                    system_only: false,
                },
                TemplateRef {
                    id: 8,
                    code: "SYS".into(),
                    system_only: true,
                },
            ],
        )
        .unwrap()
    }

    fn input<'a>(chars: Vec<(&'a str, &'a str)>) -> ContactInput<'a> {
        ContactInput {
            class: "COMPLAINT",
            contact_type: "BILLING",
            characteristics: chars,
            ..Default::default()
        }
    }

    fn code(r: Result<NewContact>) -> i32 {
        r.map(|_| 0).unwrap_or_else(|e| e.exit_code())
    }

    #[test]
    fn defaults_fill_in_and_letters_queue() {
        let c = catalog();
        let n = validate(
            &input(vec![("severity", "HIGH")]),
            &c,
            "2026-01-01T00:00:00Z",
            "ann",
            true,
        )
        .unwrap();
        assert_eq!(
            n.characteristics,
            vec![(100, "high".into()), (101, "web".into())]
        );
        assert_eq!(n.letter_status, LetterStatus::Pending);
        assert_eq!(n.letter_template_id, Some(7));
        assert_eq!(n.user, "ann");
        assert!(!n.open);
        assert!(n.ensure_letter_allowed().is_ok());
        let quiet = validate(&input(vec![("severity", "low")]), &c, "x", "ann", false).unwrap();
        assert_eq!(quiet.letter_status, LetterStatus::None);
        assert_eq!(quiet.letter_template_id, None);
    }

    #[test]
    fn refusals() {
        let c = catalog();
        let now = "2026-01-01T00:00:00Z";
        let v = |i: ContactInput<'_>| code(validate(&i, &c, now, "ann", true));
        assert_eq!(v(input(vec![])), 5, "missing required");
        assert_eq!(v(input(vec![("severity", "mid")])), 5, "value not allowed");
        assert_eq!(
            v(input(vec![("severity", "low"), ("segment", "a")])),
            5,
            "not for contacts"
        );
        assert_eq!(
            v(input(vec![("severity", "low"), ("colour", "red")])),
            5,
            "not on the type"
        );
        assert_eq!(
            v(input(vec![("severity", "low"), ("ticket", "X-1")])),
            5,
            "pattern"
        );
        assert_eq!(
            v(input(vec![("severity", "low"), ("severity", "high")])),
            5,
            "twice"
        );
        assert_eq!(
            v(input(vec![("severity", "low"), ("nope", "x")])),
            3,
            "unknown char type"
        );
        assert_eq!(
            v(ContactInput {
                class: "NOPE",
                ..input(vec![])
            }),
            3
        );
        assert_eq!(
            v(ContactInput {
                contact_type: "NOPE",
                ..input(vec![])
            }),
            3
        );
        assert_eq!(
            v(ContactInput {
                method: Some("pigeon"),
                ..input(vec![("severity", "low")])
            }),
            5
        );
        assert_eq!(
            v(ContactInput {
                contacted_at: Some("yesterday"),
                ..input(vec![("severity", "low")])
            }),
            5
        );
        assert_eq!(
            v(ContactInput {
                letter: Some("NONE"),
                ..input(vec![("severity", "low")])
            }),
            3
        );
        let sys = validate(
            &ContactInput {
                letter: Some("SYS"),
                ..input(vec![("severity", "low")])
            },
            &c,
            now,
            "ann",
            true,
        )
        .unwrap();
        assert_eq!(sys.ensure_letter_allowed().unwrap_err().exit_code(), 4);
    }

    #[test]
    fn type_characteristic_specs() {
        let p = |s| TypeCharacteristicSpec::parse(s).unwrap();
        assert_eq!(
            p("a"),
            TypeCharacteristicSpec {
                code: "a".into(),
                default: None,
                required: false
            }
        );
        assert_eq!(
            p("a:required"),
            TypeCharacteristicSpec {
                code: "a".into(),
                default: None,
                required: true
            }
        );
        assert_eq!(
            p("a=x:y:required"),
            TypeCharacteristicSpec {
                code: "a".into(),
                default: Some("x:y".into()),
                required: true
            }
        );
        assert!(TypeCharacteristicSpec::parse("=x").is_err());
    }

    #[test]
    fn reminders() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(due_until(d("2026-11-22"), 3).unwrap(), d("2026-11-25"));
        assert!(ReminderSpec::from_input(Some(d("2026-01-01")), None, None).is_err());
        assert!(ReminderSpec::from_input(None, Some("u"), None).is_err());
        assert!(ReminderSpec::from_input(Some(d("2026-01-01")), Some("u"), Some("r")).is_err());
        assert!(
            ReminderSpec::from_input(None, None, None)
                .unwrap()
                .is_none()
        );
    }
}

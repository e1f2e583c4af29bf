//! Characteristic types and the rules for their values (product.md §3.1, §3.2).
//!
//! A characteristic type has either predefined values or takes ad hoc values, optionally
//! constrained by a pattern (a regular expression that must match the whole value), and
//! says which entities (contacts, persons, accounts) it applies to. Every failure here is
//! invalid input (5).

use regex::Regex;
use serde::Serialize;

use crate::domain::text;
use crate::domain::time::printable;
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    /// The kinds of record a characteristic can describe.
    pub enum Entity { Contact = "contact", Person = "person", Account = "account" }
}

/// At most this many characters in a characteristic value.
pub const VALUE_MAX: usize = 254;

/// A characteristic type as stored and printed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CharacteristicType {
    pub id: i64,
    pub code: String,
    pub description: String,
    pub adhoc: bool,
    /// The predefined values, in the order given (empty for ad hoc types).
    pub values: Vec<String>,
    /// The pattern an ad hoc value must match as a whole.
    pub pattern: Option<String>,
    pub applies_to: Vec<Entity>,
    pub created_at: String,
    /// A deactivated type is set on no record any more; records keep their values.
    pub active: bool,
}

/// One characteristic of a record: its type's code and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Characteristic {
    #[serde(rename = "type")]
    pub code: String,
    pub value: String,
}

/// A characteristic type with its pattern compiled: checks values without touching SQL.
#[derive(Debug, Clone)]
pub struct CharacteristicRule {
    pub ty: CharacteristicType,
    regex: Option<Regex>,
}

impl CharacteristicRule {
    /// Compiles the type's pattern (stored patterns were checked when the type was added).
    pub fn new(ty: CharacteristicType) -> Result<Self> {
        let regex = ty.pattern.as_deref().map(compile_pattern).transpose()?;
        Ok(CharacteristicRule { ty, regex })
    }

    pub fn applies_to(&self, entity: Entity) -> bool {
        self.ty.applies_to.contains(&entity)
    }

    /// Invalid (5) unless this type applies to `entity`.
    pub fn ensure_applies(&self, entity: Entity) -> Result<()> {
        if self.applies_to(entity) {
            return Ok(());
        }
        let to: Vec<&str> = self.ty.applies_to.iter().map(|e| e.as_str()).collect();
        Err(Error::invalid(format!(
            "characteristic type {} does not apply to {entity}s (it applies to: {})",
            self.ty.code,
            to.join(", ")
        ))
        .with_hint("choose a characteristic type that applies to them: custctl catalog characteristic-type list"))
    }

    /// The value checked and in its stored form: one of the predefined values (matched
    /// exactly, else case-insensitively, giving the predefined spelling), or an ad hoc value
    /// that matches the pattern as a whole.
    pub fn check(&self, value: &str) -> Result<String> {
        let field = format!("characteristic {}", self.ty.code);
        let v = text::text(&field, value, VALUE_MAX)?;
        if self.ty.adhoc {
            if let Some(re) = &self.regex
                && !re.is_match(&v)
            {
                return Err(Error::invalid(format!(
                    "{field}: '{}' does not match the pattern {}",
                    printable(&v),
                    self.ty.pattern.as_deref().unwrap_or_default()
                ))
                .with_hint("the pattern must match the whole value"));
            }
            return Ok(v);
        }
        if let Some(exact) = self.ty.values.iter().find(|x| **x == v) {
            return Ok(exact.clone());
        }
        if let Some(close) = self.ty.values.iter().find(|x| x.eq_ignore_ascii_case(&v)) {
            return Ok(close.clone());
        }
        Err(
            Error::invalid(format!("{field}: '{}' is not allowed", printable(&v)))
                .with_hint(format!("use one of: {}", self.ty.values.join(", "))),
        )
    }
}

/// Compiles a pattern so that it must match a whole value; a bad pattern is invalid (5).
pub fn compile_pattern(pattern: &str) -> Result<Regex> {
    Regex::new(&format!("^(?:{pattern})$")).map_err(|e| {
        Error::invalid(format!(
            "pattern '{}' is not a valid regular expression: {}",
            printable(pattern),
            e.to_string().lines().last().unwrap_or("invalid")
        ))
        .with_hint("use Rust regex syntax, e.g. [A-Z]{2}-[0-9]+; it must match the whole value")
    })
}

/// The checked fields of a characteristic type to add.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCharacteristicType {
    pub code: String,
    pub description: String,
    pub adhoc: bool,
    pub values: Vec<String>,
    pub pattern: Option<String>,
    pub applies_to: Vec<Entity>,
}

impl NewCharacteristicType {
    /// `values` is a comma-separated list (exclusive with `adhoc`); `applies_to` a
    /// comma-separated list of entities.
    pub fn from_input(
        code: &str,
        description: &str,
        values: Option<&str>,
        adhoc: bool,
        pattern: Option<&str>,
        applies_to: &str,
    ) -> Result<Self> {
        let code = text::code("code", code)?;
        let description = text::name("description", description)?;
        let values = match (values, adhoc) {
            (Some(_), true) => {
                return Err(Error::invalid(
                    "a characteristic type has either predefined values or ad hoc values",
                )
                .with_hint("give --values V1,V2,… or --adhoc [--pattern REGEX]"));
            }
            (None, false) => {
                return Err(Error::invalid(
                    "a characteristic type needs predefined values or --adhoc",
                )
                .with_hint("give --values V1,V2,… or --adhoc [--pattern REGEX]"));
            }
            (Some(list), false) => parse_values(list)?,
            (None, true) => Vec::new(),
        };
        if pattern.is_some() && !adhoc {
            return Err(Error::invalid("--pattern applies to ad hoc values only")
                .with_hint("add --adhoc, or drop --pattern"));
        }
        let pattern = match pattern {
            Some(p) => {
                let p = text::text("pattern", p, 1000)?;
                compile_pattern(&p)?;
                Some(p)
            }
            None => None,
        };
        let mut entities = Vec::new();
        for part in applies_to.split(',') {
            let e = Entity::parse("applies-to", part)?;
            if !entities.contains(&e) {
                entities.push(e);
            }
        }
        entities.sort();
        Ok(NewCharacteristicType {
            code,
            description,
            adhoc,
            values,
            pattern,
            applies_to: entities,
        })
    }
}

fn parse_values(list: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for part in list.split(',') {
        let v = text::text("value", part, VALUE_MAX)?;
        if out.iter().any(|x| x.eq_ignore_ascii_case(&v)) {
            return Err(Error::invalid(format!(
                "value '{}' is given twice",
                printable(&v)
            )));
        }
        out.push(v);
    }
    Ok(out)
}

/// Parses `TYPE=VALUE` (as `--char` takes it on `contact add`).
pub fn parse_assignment(value: &str) -> Result<(String, String)> {
    let (code, v) = value.split_once('=').ok_or_else(|| {
        Error::invalid(format!("--char '{}' is not TYPE=VALUE", printable(value)))
            .with_hint("e.g. --char reason=billing")
    })?;
    Ok((text::code("characteristic type", code)?, v.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(adhoc: bool, values: &[&str], pattern: Option<&str>) -> CharacteristicRule {
        CharacteristicRule::new(CharacteristicType {
            id: 1,
            code: "t".into(),
            description: "d".into(),
            adhoc,
            values: values.iter().map(|v| v.to_string()).collect(),
            pattern: pattern.map(str::to_string),
            applies_to: vec![Entity::Contact],
            created_at: String::new(),
            active: true,
        })
        .unwrap()
    }

    #[test]
    fn predefined_values() {
        let r = rule(false, &["billing", "Outage"], None);
        assert_eq!(r.check(" billing ").unwrap(), "billing");
        assert_eq!(r.check("outage").unwrap(), "Outage");
        assert_eq!(r.check("other").unwrap_err().exit_code(), 5);
        assert_eq!(r.check("").unwrap_err().exit_code(), 5);
    }

    #[test]
    fn patterns_match_the_whole_value() {
        let r = rule(true, &[], Some("[A-Z]{2}-[0-9]+"));
        assert!(r.check("AB-12").is_ok());
        assert!(r.check("xAB-12").is_err());
        assert!(r.check("AB-12x").is_err());
        let alt = rule(true, &[], Some("a|b"));
        assert!(alt.check("a").is_ok());
        assert!(alt.check("ab").is_err());
        assert!(rule(true, &[], None).check("anything").is_ok());
    }

    #[test]
    fn new_types() {
        let t = NewCharacteristicType::from_input(
            "reason",
            "Reason",
            Some("a, b"),
            false,
            None,
            "contact,person",
        )
        .unwrap();
        assert_eq!(t.values, vec!["a", "b"]);
        assert_eq!(t.applies_to, vec![Entity::Contact, Entity::Person]);
        for (values, adhoc, pattern, applies) in [
            (Some("a,b"), true, None, "contact"),
            (None, false, None, "contact"),
            (Some("a,a"), false, None, "contact"),
            (Some("a,,b"), false, None, "contact"),
            (None, true, Some("(unclosed"), "contact"),
            (Some("a"), false, Some("x"), "contact"),
            (Some("a"), false, None, "invoice"),
        ] {
            let r = NewCharacteristicType::from_input("c", "d", values, adhoc, pattern, applies);
            assert_eq!(
                r.unwrap_err().exit_code(),
                5,
                "{values:?} {adhoc} {pattern:?} {applies}"
            );
        }
    }

    proptest::proptest! {
        /// What `check` accepts it accepts again unchanged: stored values stay valid, which
        /// is what doctor re-checks.
        #[test]
        fn checked_values_are_stable(value in "\\PC{0,40}", pick in 0usize..3) {
            let fixed = rule(false, &["low", "Medium", "HIGH"], None);
            let v = if pick == 0 { value.clone() } else { ["medium", "high"][pick - 1].to_string() };
            if let Ok(ok) = fixed.check(&v) {
                proptest::prop_assert_eq!(fixed.check(&ok).unwrap(), ok);
            }
            let free = rule(true, &[], Some("[A-Za-z ]+"));
            if let Ok(ok) = free.check(&value) {
                proptest::prop_assert_eq!(free.check(&ok).unwrap(), ok.clone());
                proptest::prop_assert!(ok.chars().all(|c| c.is_ascii_alphabetic() || c == ' '));
            }
        }
    }

    #[test]
    fn assignments() {
        assert_eq!(
            parse_assignment("reason=a=b").unwrap(),
            ("reason".to_string(), "a=b".to_string())
        );
        assert!(parse_assignment("reason").is_err());
        assert!(parse_assignment("=x").is_err());
    }
}

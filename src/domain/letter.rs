//! Letter templates and letters (product.md §3.2): a template is a minijinja text; a
//! contact whose type (or `--letter`) names one queues a letter (`pending`) until
//! `contact letters extract` renders it (`printed`).

use serde::Serialize;

use crate::domain::text;
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    pub enum LetterStatus { None = "none", Pending = "pending", Printed = "printed" }
}

/// A template body may be this long at most (characters).
pub const BODY_MAX: usize = 1_000_000;

/// A letter template as stored and printed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterTemplate {
    pub id: i64,
    pub code: String,
    pub description: String,
    pub system_only: bool,
    pub body: String,
    pub created_at: String,
}

/// The checked fields of a template to add.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLetterTemplate {
    pub code: String,
    pub description: String,
    pub body: String,
    pub system_only: bool,
}

impl NewLetterTemplate {
    pub fn from_input(
        code: &str,
        description: &str,
        body: &str,
        system_only: bool,
    ) -> Result<Self> {
        Ok(NewLetterTemplate {
            code: text::code("code", code)?,
            description: text::name("description", description)?,
            body: check_body(body)?,
            system_only,
        })
    }
}

/// A template body: not blank, no control characters but newlines and tabs, and a valid
/// minijinja template (invalid input, 5, naming the line otherwise). Kept as given.
pub fn check_body(body: &str) -> Result<String> {
    text::multiline("template body", body, BODY_MAX)?;
    let env = environment();
    env.template_from_str(body).map_err(|e| {
        Error::invalid(format!(
            "the template body does not parse: {}",
            describe(&e)
        ))
        .with_hint("letter templates use minijinja (Jinja2) syntax, e.g. Dear {{ person.name }},")
    })?;
    Ok(body.to_string())
}

/// Renders a template for one letter. `context` holds `person`, `account`, `contact`,
/// `characteristics` and `log`. The result ends with a newline.
pub fn render(template_code: &str, body: &str, context: &serde_json::Value) -> Result<String> {
    let env = environment();
    let mut text = env
        .render_named_str(template_code, body, to_template_value(context))
        .map_err(|e| {
            Error::invalid(format!(
                "letter template {template_code} cannot be rendered: {}",
                describe(&e)
            ))
        })?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// The file name of one letter: `letter-<contact id>-<template code>.txt`, the code made
/// safe for a file name.
pub fn file_name(contact_id: i64, template_code: &str) -> String {
    let safe: String = template_code
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("letter-{contact_id}-{safe}.txt")
}

/// A JSON value as minijinja sees it.
fn to_template_value(value: &serde_json::Value) -> minijinja::Value {
    use minijinja::Value as V;
    match value {
        serde_json::Value::Null => V::from(()),
        serde_json::Value::Bool(b) => V::from(*b),
        serde_json::Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => V::from(i),
            (None, Some(f)) => V::from(f),
            _ => V::from(n.to_string()),
        },
        serde_json::Value::String(s) => V::from(s.as_str()),
        serde_json::Value::Array(items) => {
            V::from(items.iter().map(to_template_value).collect::<Vec<_>>())
        }
        serde_json::Value::Object(map) => V::from(
            map.iter()
                .map(|(k, v)| (k.clone(), to_template_value(v)))
                .collect::<std::collections::BTreeMap<_, _>>(),
        ),
    }
}

fn environment() -> minijinja::Environment<'static> {
    let mut env = minijinja::Environment::new();
    // Letters are plain text: nothing is escaped.
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env
}

fn describe(e: &minijinja::Error) -> String {
    match (e.detail(), e.line()) {
        (Some(d), Some(l)) => format!("{d} (line {l})"),
        (Some(d), None) => d.to_string(),
        (None, Some(l)) => format!("{} (line {l})", e.kind()),
        (None, None) => e.kind().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_must_parse() {
        assert!(check_body("Dear {{ person.name }},\n").is_ok());
        assert_eq!(check_body("{% if %}").unwrap_err().exit_code(), 5);
        assert_eq!(
            check_body("Dear {{ person.name ").unwrap_err().exit_code(),
            5
        );
        assert_eq!(check_body("   ").unwrap_err().exit_code(), 5);
    }

    #[test]
    fn renders_plain_text() {
        let ctx = serde_json::json!({"person": {"name": "Ada & Co <x>"}, "account": null});
        let out = render(
            "t",
            "Dear {{ person.name }}{% if account %} ({{ account.number }}){% endif %}",
            &ctx,
        )
        .unwrap();
        assert_eq!(out, "Dear Ada & Co <x>\n");
    }

    #[test]
    fn render_failures_are_invalid() {
        let ctx = serde_json::json!({"person": null});
        let err = render("t", "{{ person.name.first }}", &ctx).unwrap_err();
        assert_eq!(err.exit_code(), 5);
        assert!(err.message.contains("letter template t"), "{}", err.message);
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name(7, "WELCOME"), "letter-7-WELCOME.txt");
        assert_eq!(file_name(7, "a/b c"), "letter-7-a_b_c.txt");
    }
}

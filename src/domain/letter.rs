//! Letter templates and letters (product.md §3.2): a template is a minijinja text; a
//! contact whose type (or `--letter`) names one queues a letter (`pending`) until
//! `contact letters extract` renders it (`printed`, its text kept for `reprint`), or it is
//! cancelled (`cancelled`).
//!
//! Rendering is strict and bounded: an undefined variable or attribute is an error (also
//! at `letter-template add/update` time where it can be known: [`check_variables`]); every
//! render has a fuel budget (instructions and bytes, which also bounds `indent`, `format`
//! and string repetition before they allocate) and an output limit, so that a hostile
//! template ends with exit 5, never with a panic or an abort.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::domain::text;
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    pub enum LetterStatus {
        None = "none",
        Pending = "pending",
        Printed = "printed",
        Cancelled = "cancelled",
    }
}

/// A template body may be this long at most (characters).
pub const BODY_MAX: usize = 1_000_000;

/// A rendered letter may be this long at most (bytes).
pub const OUTPUT_MAX: usize = 1_000_000;

/// The work one render may do (minijinja fuel: one unit per instruction, plus one per 64
/// bytes produced): far more than a letter needs, and used up within a fraction of a second.
pub const FUEL: u64 = 500_000;

/// A letter template as stored and printed: its current version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LetterTemplate {
    pub id: i64,
    pub code: String,
    pub description: String,
    pub system_only: bool,
    pub version: i64,
    pub body: String,
    pub created_at: String,
    pub updated_at: Option<String>,
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

// ------------------------------------------------------------------ the context

/// What a template sees, documented and enforced: each object with its fields. `account`
/// is the person's lowest-numbered account (null when the person has none), `log` the
/// contact's log entries (oldest first), `characteristics` the contact's characteristics
/// (code → value; only those the contact has).
pub const PERSON_FIELDS: &[&str] = &[
    "id",
    "kind",
    "name",
    "first_name",
    "last_name",
    "external_id",
    "email",
    "phone",
    "created_at",
    "updated_at",
];
pub const ACCOUNT_FIELDS: &[&str] = &[
    "id",
    "number",
    "name",
    "person_id",
    "currency",
    "status",
    "created_at",
    "updated_at",
];
pub const CONTACT_FIELDS: &[&str] = &[
    "id",
    "person_id",
    "contacted_at",
    "user",
    "class",
    "type",
    "method",
    "direction",
    "comment",
    "open",
    "external_id",
    "letter_template",
    "created_at",
];
pub const LOG_FIELDS: &[&str] = &[
    "id",
    "logged_at",
    "actor",
    "text",
    "remind_on",
    "remind_user",
    "remind_role",
    "reminder_done_at",
];

/// The variables a template can use, for the help of `letter-template add`.
pub fn context_help() -> String {
    format!(
        "A template sees these variables (an undefined one is an error):\n  \
         person.{{{}}}\n  \
         account.{{{}}}   (null when the person has no account: test with {{% if account %}})\n  \
         contact.{{{}}}\n  \
         characteristics.CODE   (the contact's characteristics by type code; test one with \
         {{% if characteristics.CODE is defined %}})\n  \
         log   (a list of entries, oldest first: {{% for e in log %}}{{{{ e.text }}}}{{% endfor %}}) \
         each with {{{}}}",
        PERSON_FIELDS.join(","),
        ACCOUNT_FIELDS.join(","),
        CONTACT_FIELDS.join(","),
        LOG_FIELDS.join(","),
    )
}

/// Keeps the documented fields of a serialized record (a missing one is null).
fn project(value: &Value, fields: &[&str]) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            fields
                .iter()
                .map(|f| (f.to_string(), map.get(*f).cloned().unwrap_or(Value::Null)))
                .collect(),
        ),
        _ => Value::Null,
    }
}

/// The context of one letter, from the serialized records: exactly the documented fields.
pub fn context(
    person: &Value,
    account: &Value,
    contact: &Value,
    characteristics: Map<String, Value>,
    log: &[Value],
) -> Value {
    json!({
        "person": project(person, PERSON_FIELDS),
        "account": project(account, ACCOUNT_FIELDS),
        "contact": project(contact, CONTACT_FIELDS),
        "characteristics": characteristics,
        "log": log.iter().map(|e| project(e, LOG_FIELDS)).collect::<Vec<_>>(),
    })
}

/// A context with every field set (one log entry, every characteristic code given), to
/// check a template's attribute lookups at `add`/`update` time.
fn sample_context(characteristic_codes: &[String]) -> Value {
    fn sample(fields: &[&str]) -> Value {
        Value::Object(
            fields
                .iter()
                .map(|f| {
                    let v = match *f {
                        "open" => json!(true),
                        f if f == "id" || f.ends_with("_id") && f != "external_id" => json!(1),
                        _ => json!("sample"),
                    };
                    (f.to_string(), v)
                })
                .collect(),
        )
    }
    json!({
        "person": sample(PERSON_FIELDS),
        "account": sample(ACCOUNT_FIELDS),
        "contact": sample(CONTACT_FIELDS),
        "characteristics": characteristic_codes
            .iter()
            .map(|c| (c.clone(), json!("sample")))
            .collect::<Map<String, Value>>(),
        "log": [sample(LOG_FIELDS)],
    })
}

/// Checks a template's variables against the documented context: every variable it reads
/// that it does not set itself, every `person.x`, `account.x`, `contact.x` and
/// `characteristics.CODE` (against the characteristic types that apply to contacts), and,
/// by rendering it once against a context with every field set, the attributes of loop
/// variables and the bounds. Invalid input (5) naming the first unknown one.
pub fn check_variables(body: &str, characteristic_codes: &[String]) -> Result<()> {
    let env = environment();
    let template = env.template_from_str(body).map_err(|e| {
        Error::invalid(format!(
            "the template body does not parse: {}",
            describe(&e)
        ))
    })?;
    let globals: BTreeSet<String> = env.globals().map(|(k, _)| k.to_string()).collect();
    let mut names: Vec<String> = template.undeclared_variables(true).into_iter().collect();
    names.sort();
    let unknown = |name: &str| {
        Error::invalid(format!(
            "the template uses {name}, which a letter does not have"
        ))
        .with_hint(
            "see the variables a template can use in: custctl catalog letter-template add --help",
        )
    };
    for name in &names {
        let mut parts = name.splitn(3, '.');
        let top = parts.next().unwrap_or_default();
        let attr = parts.next();
        let fields: Option<&[&str]> = match top {
            "person" => Some(PERSON_FIELDS),
            "account" => Some(ACCOUNT_FIELDS),
            "contact" => Some(CONTACT_FIELDS),
            "log" => Some(&[]),
            "characteristics" => None,
            _ if globals.contains(top) => continue,
            _ => return Err(unknown(name)),
        };
        match (fields, attr) {
            (_, None) => {}
            (Some(fields), Some(a)) if fields.contains(&a) => {}
            (None, Some(code)) if characteristic_codes.iter().any(|c| c == code) => {}
            (_, Some(_)) => return Err(unknown(name)),
        }
    }
    let sample = sample_context(characteristic_codes);
    if let Err(e) = render_with(&env, &template, &sample) {
        match e {
            RenderError::Template(e) if e.kind() == minijinja::ErrorKind::UndefinedError => {
                return Err(Error::invalid(format!(
                    "the template uses an undefined value: {}",
                    describe(&e)
                ))
                .with_hint("see the variables a template can use in: custctl catalog letter-template add --help"));
            }
            RenderError::Template(e) if e.kind() == minijinja::ErrorKind::OutOfFuel => {
                return Err(bound_error("the template", &e));
            }
            RenderError::TooLong => return Err(too_long("the template")),
            // Other failures depend on the data (a filter given an empty value, …) and are
            // reported when a letter is rendered.
            RenderError::Template(_) => {}
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ rendering

/// Renders a template for one letter ([`context`]). The result ends with a newline.
/// Invalid input (5) when the template fails on this letter's data, uses an undefined
/// value, or exceeds the bounds.
pub fn render(template_code: &str, body: &str, context: &Value) -> Result<String> {
    let env = environment();
    let what = format!("letter template {template_code}");
    let template = env
        .template_from_str(body)
        .map_err(|e| Error::invalid(format!("{what} cannot be rendered: {}", describe(&e))))?;
    let mut text = render_with(&env, &template, context).map_err(|e| match e {
        RenderError::TooLong => too_long(&what),
        RenderError::Template(e) if e.kind() == minijinja::ErrorKind::OutOfFuel => {
            bound_error(&what, &e)
        }
        RenderError::Template(e) => {
            Error::invalid(format!("{what} cannot be rendered: {}", describe(&e)))
        }
    })?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

enum RenderError {
    Template(minijinja::Error),
    TooLong,
}

fn render_with(
    _env: &minijinja::Environment<'static>,
    template: &minijinja::Template<'_, '_>,
    context: &Value,
) -> std::result::Result<String, RenderError> {
    let mut out = Limited {
        bytes: Vec::new(),
        exceeded: false,
    };
    let result = template
        .render_captured_to(to_template_value(context), &mut out)
        .map(|_| ());
    if out.exceeded {
        return Err(RenderError::TooLong);
    }
    result.map_err(RenderError::Template)?;
    String::from_utf8(out.bytes).map_err(|_| {
        RenderError::Template(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            "the letter is not UTF-8 text",
        ))
    })
}

/// The output of one render, refused past [`OUTPUT_MAX`] bytes.
struct Limited {
    bytes: Vec<u8>,
    exceeded: bool,
}

impl std::io::Write for Limited {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > OUTPUT_MAX {
            self.exceeded = true;
            return Err(std::io::Error::other("the letter is too long"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn too_long(what: &str) -> Error {
    Error::invalid(format!(
        "{what} makes a letter longer than {OUTPUT_MAX} bytes"
    ))
    .with_hint("a letter is a page or a few: check the template's loops and widths")
}

fn bound_error(what: &str, e: &minijinja::Error) -> Error {
    Error::invalid(format!(
        "{what} needs more work than a letter may take ({})",
        describe(e)
    ))
    .with_hint("a letter is a page or a few: check the template's loops, widths (indent, format) and repetitions")
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
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
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
    fn undefined_values_are_errors() {
        let ctx = context(
            &serde_json::json!({"name": "Ada"}),
            &serde_json::Value::Null,
            &serde_json::json!({"comment": "hi"}),
            serde_json::Map::new(),
            &[],
        );
        assert_eq!(render("t", "{{ person.name }}", &ctx).unwrap(), "Ada\n");
        for body in [
            "{{ person.nmae }}",
            "{{ nothing }}",
            "{{ characteristics.SEVERITY }}",
            "{{ account.number }}",
        ] {
            assert_eq!(
                render("t", body, &ctx).unwrap_err().exit_code(),
                5,
                "{body}"
            );
        }
        // A field left out of the documented context is not there.
        let ctx = context(
            &serde_json::json!({"name": "Ada", "secret": "x"}),
            &serde_json::Value::Null,
            &serde_json::json!({}),
            serde_json::Map::new(),
            &[],
        );
        assert!(render("t", "{{ person.secret }}", &ctx).is_err());
        assert_eq!(
            render("t", "{{ characteristics.X | default('-') }}", &ctx).unwrap(),
            "-\n"
        );
    }

    #[test]
    fn variables_are_checked_against_the_documented_context() {
        let codes = vec!["SEVERITY".to_string()];
        for ok in [
            "{{ person.name }} {{ contact.comment }} {{ characteristics.SEVERITY }}",
            "{% for e in log %}{{ e.text }}{% endfor %}{% if account %}{{ account.number }}{% endif %}",
            "{% set x = 1 %}{{ x }} {% for i in range(3) %}{{ i }}{% endfor %}",
        ] {
            assert!(check_variables(ok, &codes).is_ok(), "{ok}");
        }
        for bad in [
            "{{ person.nmae }}",
            "{{ persons.name }}",
            "{{ characteristics.OTHER }}",
            "{% for e in log %}{{ e.txt }}{% endfor %}",
            "{% if account %}{{ account.numbr }}{% endif %}",
        ] {
            let e = check_variables(bad, &codes).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{bad}");
        }
    }

    #[test]
    fn rendering_is_bounded() {
        let ctx = sample_context(&[]);
        for body in [
            "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
            "{{ \"%1000000000d\"|format(1) }}",
            "{{ \"x\"|indent(1000000000000) }}",
            "{{ \"x\" * 100000000 }}",
            "{% for a in range(20000) %}{{ \"0123456789\" * 10 }}{% endfor %}",
        ] {
            let e = render("t", body, &ctx).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{body}: {}", e.message);
            assert!(check_variables(body, &[]).is_err(), "{body}");
        }
    }

    #[test]
    fn the_help_names_every_field() {
        let help = context_help();
        for f in PERSON_FIELDS
            .iter()
            .chain(ACCOUNT_FIELDS)
            .chain(CONTACT_FIELDS)
            .chain(LOG_FIELDS)
        {
            assert!(help.contains(f), "{f}");
        }
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name(7, "WELCOME"), "letter-7-WELCOME.txt");
        assert_eq!(file_name(7, "a/b c"), "letter-7-a_b_c.txt");
    }
}

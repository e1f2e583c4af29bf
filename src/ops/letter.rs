//! Use cases of letters: list them, and extract the pending ones to files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::domain::characteristic::Entity;
use crate::domain::letter::{LetterTemplate, file_name, render};
use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::contact::Letter;
use crate::store::{
    Db, account as account_store, characteristic as char_store, contact as store,
    contact_catalog as catalog_store, person as person_store,
};

pub fn list(db: &mut Db, pending_only: bool) -> Result<Vec<Letter>> {
    db.read(|conn| store::letters(conn, pending_only))
}

/// One letter written by `extract`.
#[derive(Debug, Clone, Serialize)]
pub struct Extracted {
    pub contact_id: i64,
    pub template: String,
    pub file: String,
    pub printed_at: String,
}

/// Renders each pending letter into `dir` (created if missing), one file per letter
/// (`letter-<contact id>-<template>.txt`), and marks it printed now. A letter that cannot be
/// rendered stops the extract: nothing is marked and the files written so far are removed.
/// A second extract finds nothing pending and writes nothing.
pub fn extract(db: &mut Db, ctx: &Context, dir: &Path) -> Result<Vec<Extracted>> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::storage(format!("cannot create the folder {}: {e}", dir.display())))?;
    let mut written: Vec<PathBuf> = Vec::new();
    let result = db.write(|w| {
        let now = ctx.timestamp();
        let mut templates: HashMap<i64, LetterTemplate> = HashMap::new();
        let mut out = Vec::new();
        for id in store::pending_letter_ids(w.conn)? {
            let Some(template_id) = store::letter_template_id(w.conn, id)? else {
                continue;
            };
            let template = match templates.entry(template_id) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(
                    catalog_store::template_by_id(w.conn, template_id)?
                        .ok_or_else(|| Error::internal("letter template vanished"))?,
                ),
            };
            let context = letter_context(w.conn, id)?;
            let text = render(&template.code, &template.body, &context).map_err(|e| {
                Error::invalid(format!("contact {id}: {}", e.message))
                    .with_hint("fix the template's data or syntax, then extract again")
            })?;
            let name = file_name(id, &template.code);
            let path = dir.join(&name);
            std::fs::write(&path, text).map_err(|e| {
                Error::storage(format!("cannot write {}: {e}", path.display()))
            })?;
            written.push(path.clone());
            store::mark_printed(w.conn, id, &now)?;
            audit(
                w,
                ctx,
                "print",
                "contact",
                id,
                json!({"letter_status": {"from": "pending", "to": "printed"}, "template": template.code, "file": name}),
            )?;
            out.push(Extracted {
                contact_id: id,
                template: template.code.clone(),
                file: path.display().to_string(),
                printed_at: now.clone(),
            });
        }
        Ok(out)
    });
    if result.is_err() {
        for path in &written {
            let _ = std::fs::remove_file(path);
        }
    }
    result
}

/// What a template sees: `person`, `account` (the person's lowest-numbered account, or
/// null), `contact`, `characteristics` (code -> value) and `log`.
fn letter_context(conn: &rusqlite::Connection, contact_id: i64) -> Result<Value> {
    let contact = crate::ops::contact::require(conn, contact_id)?;
    let person = person_store::get(conn, contact.person_id)?;
    let account = account_store::first_of_person(conn, contact.person_id)?;
    let characteristics: Map<String, Value> = char_store::list(conn, Entity::Contact, contact_id)?
        .into_iter()
        .map(|c| (c.code, Value::String(c.value)))
        .collect();
    let log = store::log_of(conn, contact_id)?;
    Ok(json!({
        "person": person,
        "account": account,
        "contact": contact,
        "characteristics": characteristics,
        "log": log,
    }))
}

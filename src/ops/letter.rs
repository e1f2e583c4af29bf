//! Use cases of letters: list them, extract the pending ones to files, cancel one, print
//! a printed one again.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::domain::characteristic::Entity;
use crate::domain::letter::{self, LetterStatus, LetterTemplate, file_name, render};
use crate::domain::text;
use crate::error::{Error, ErrorKind, Result};
use crate::ops::{Context, audit};
use crate::outfile::{Finished, Protected, Target, create_dir, io_error};
use crate::store::Tx;
use crate::store::contact::{Letter, LetterFilter};
use crate::store::{
    Db, account as account_store, characteristic as char_store, contact as store,
    contact_catalog as catalog_store, person as person_store,
};

pub fn list(db: &mut Db, filter: LetterFilter) -> Result<Vec<Letter>> {
    db.read(|conn| store::letters(conn, filter))
}

/// One letter written by `extract`.
#[derive(Debug, Clone, Serialize)]
pub struct Extracted {
    pub contact_id: i64,
    pub template: String,
    pub template_version: i64,
    pub file: String,
    pub printed_at: String,
}

/// One letter that `extract` could not write; it stays pending.
#[derive(Debug, Clone, Serialize)]
pub struct Failed {
    pub contact_id: i64,
    pub template: String,
    pub reason: String,
    #[serde(skip)]
    pub kind: ErrorKind,
}

/// What `extract` did: the letters written (and marked printed) and those that failed.
#[derive(Debug, Default, Serialize)]
pub struct ExtractReport {
    pub extracted: Vec<Extracted>,
    pub failed: Vec<Failed>,
}

impl ExtractReport {
    /// The error that ends the command when letters failed: each failure named; storage
    /// (6) when one failed for want of storage, else invalid input (5).
    pub fn error(&self) -> Option<Error> {
        if self.failed.is_empty() {
            return None;
        }
        let lines: Vec<String> = self
            .failed
            .iter()
            .map(|f| {
                format!(
                    "letter {} (template {}): {}",
                    f.contact_id, f.template, f.reason
                )
            })
            .collect();
        let kind = if self.failed.iter().any(|f| f.kind == ErrorKind::Storage) {
            ErrorKind::Storage
        } else {
            ErrorKind::Invalid
        };
        Some(
            Error::new(
                kind,
                format!(
                    "{} letter(s) could not be extracted ({} written):\n  {}",
                    self.failed.len(),
                    self.extracted.len(),
                    lines.join("\n  ")
                ),
            )
            .with_hint(
                "they stay pending: fix the template (custctl catalog letter-template update CODE --body-file FILE) \
                 or cancel the letter (custctl contact letters cancel ID --reason TEXT), then extract again",
            )
            .with_details(json!({"failed": self.failed, "extracted": self.extracted})),
        )
    }
}

/// A pending letter read for rendering.
struct Job {
    contact_id: i64,
    template: LetterTemplate,
    context: Value,
}

/// Renders each pending letter on its own into `dir` (created, 0700, if missing), one file
/// per letter (`letter-<contact id>-<template>.txt`), and marks the written ones printed,
/// keeping their text. A letter that cannot be rendered or written is reported and stays
/// pending; the others go on. Each file is written through [`crate::outfile`]: an existing
/// file is replaced only with `force`, and a file is put in place only once its letter is
/// marked printed, so that a failure leaves every earlier file as it was.
///
/// The rendering runs outside any write transaction: the letters are read in one read
/// transaction, rendered and written to temporary files, then one short write transaction
/// marks them printed (each still pending with the same template, else it is skipped: a
/// concurrent extract printed it, or it was cancelled meanwhile).
pub fn extract(db: &mut Db, ctx: &Context, dir: &Path, force: bool) -> Result<ExtractReport> {
    let protected = Protected::new().database(db.path());
    create_dir(dir)?;
    let jobs = db.read(|conn| {
        let mut templates: HashMap<i64, LetterTemplate> = HashMap::new();
        let mut jobs = Vec::new();
        for id in store::pending_letter_ids(conn)? {
            let Some(template_id) = store::letter_template_id(conn, id)? else {
                continue;
            };
            let template = match templates.get(&template_id) {
                Some(t) => t.clone(),
                None => {
                    let t = catalog_store::template_by_id(conn, template_id)?
                        .ok_or_else(|| Error::internal("letter template vanished"))?;
                    templates.insert(template_id, t.clone());
                    t
                }
            };
            jobs.push(Job {
                contact_id: id,
                template,
                context: letter_context(conn, id)?,
            });
        }
        Ok(jobs)
    })?;

    let mut report = ExtractReport::default();
    let mut ready: Vec<(Job, String, Finished)> = Vec::new();
    for job in jobs {
        match prepare(&job, dir, force, &protected) {
            Ok((text, file)) => ready.push((job, text, file)),
            Err(e) => report.failed.push(Failed {
                contact_id: job.contact_id,
                template: job.template.code.clone(),
                reason: e.message,
                kind: e.kind,
            }),
        }
    }
    if ready.is_empty() {
        return Ok(report);
    }

    let now = ctx.timestamp();
    let marked = db.write(|w| {
        let mut marked = Vec::new();
        for (job, text, _) in &ready {
            let t = &job.template;
            if !store::letter_pending_with(w.conn, job.contact_id, t.id)? {
                marked.push(false);
                continue;
            }
            store::mark_printed(w.conn, job.contact_id, &now, t.id, t.version, text)?;
            audit(
                w,
                ctx,
                "print",
                "contact",
                job.contact_id,
                json!({
                    "letter_status": {"from": "pending", "to": "printed"},
                    "template": t.code,
                    "template_version": t.version,
                    "file": file_name(job.contact_id, &t.code),
                }),
            )?;
            marked.push(true);
        }
        Ok(marked)
    })?;

    for ((job, _, file), marked) in ready.into_iter().zip(marked) {
        let code = job.template.code.clone();
        if !marked {
            // Printed by another extract or cancelled meanwhile: not this run's letter any
            // more; its temporary file is dropped.
            continue;
        }
        let path = file.target().path().display().to_string();
        match file.persist() {
            Ok(()) => report.extracted.push(Extracted {
                contact_id: job.contact_id,
                template: code,
                template_version: job.template.version,
                file: path,
                printed_at: now.clone(),
            }),
            Err(e) => report.failed.push(Failed {
                contact_id: job.contact_id,
                template: code,
                reason: format!(
                    "marked printed, but its file could not be put in place: {} \
                     (print it with: custctl contact letters reprint {})",
                    e.message, job.contact_id
                ),
                kind: e.kind,
            }),
        }
    }
    Ok(report)
}

/// Renders one letter and writes it to a temporary file beside its target.
fn prepare(
    job: &Job,
    dir: &Path,
    force: bool,
    protected: &Protected,
) -> Result<(String, Finished)> {
    let target = Target::check(
        &dir.join(file_name(job.contact_id, &job.template.code)),
        force,
        protected,
    )?;
    let text = render(&job.template.code, &job.template.body, &job.context)?;
    let mut temp = target.create()?;
    std::io::Write::write_all(&mut temp, text.as_bytes())
        .map_err(|e| io_error(&format!("cannot write {}", target.path().display()), e))?;
    Ok((text, temp.finish()?))
}

/// Cancels the pending letter of contact `id` with a reason: it is never extracted. Not
/// found (3) without such a contact or letter; conflict (4) when it is not pending.
pub fn cancel(db: &mut Db, ctx: &Context, id: i64, reason: &str) -> Result<Letter> {
    let reason = text::comment("reason", reason)?;
    db.write(|w| {
        let letter = require(w.conn, id)?;
        if letter.status != LetterStatus::Pending {
            return Err(Error::conflict(format!(
                "the letter of contact {id} is {}, not pending",
                letter.status.as_str()
            ))
            .with_hint("only a pending letter can be cancelled; see them with: custctl contact letters list --pending"));
        }
        store::cancel_letter(w.conn, id, &reason, &ctx.timestamp(), &ctx.actor)?;
        audit(
            w,
            ctx,
            "cancel-letter",
            "contact",
            id,
            json!({
                "letter_status": {"from": "pending", "to": "cancelled"},
                "template": letter.template,
                "reason": reason,
            }),
        )?;
        require(w.conn, id)
    })
}

/// The text a printed letter was printed with, to print again; audited. Conflict (4) for
/// a letter not printed, or printed before custctl kept printed texts.
pub fn reprint(db: &mut Db, ctx: &Context, id: i64) -> Result<String> {
    db.write(|w| {
        let letter = require(w.conn, id)?;
        if letter.status != LetterStatus::Printed {
            return Err(Error::conflict(format!(
                "the letter of contact {id} is {}, not printed",
                letter.status.as_str()
            ))
            .with_hint("extract pending letters with: custctl contact letters extract --out DIR"));
        }
        let text = store::printed_text(w.conn, id)?.ok_or_else(|| {
            Error::conflict(format!(
                "the letter of contact {id} was printed before custctl kept the text of printed letters"
            ))
            .with_hint("its text cannot be reproduced exactly; see the contact with: custctl contact show ID")
        })?;
        audit(
            w,
            ctx,
            "reprint",
            "contact",
            id,
            json!({"template": letter.template, "template_version": letter.template_version}),
        )?;
        Ok(text)
    })
}

fn require(conn: &Tx<'_>, id: i64) -> Result<Letter> {
    crate::ops::contact::require(conn, id)?;
    store::letter(conn, id)?.ok_or_else(|| {
        Error::not_found(format!("contact {id} has no letter"))
            .with_hint("see the letters with: custctl contact letters list")
    })
}

/// What a template sees ([`letter::context`]): `person`, `account` (the person's
/// lowest-numbered account, or null), `contact`, `characteristics` (code -> value) and `log`.
fn letter_context(conn: &Tx<'_>, contact_id: i64) -> Result<Value> {
    let contact = crate::ops::contact::require(conn, contact_id)?;
    let person = person_store::get(conn, contact.person_id)?;
    let account = account_store::first_of_person(conn, contact.person_id)?;
    let characteristics: Map<String, Value> = char_store::list(conn, Entity::Contact, contact_id)?
        .into_iter()
        .map(|c| (c.code, Value::String(c.value)))
        .collect();
    let log: Vec<Value> = store::log_of(conn, contact_id)?
        .iter()
        .map(serde_json::to_value)
        .collect::<std::result::Result<_, _>>()?;
    Ok(letter::context(
        &serde_json::to_value(&person)?,
        &serde_json::to_value(&account)?,
        &serde_json::to_value(&contact)?,
        characteristics,
        &log,
    ))
}

//! `person garble`: a person's personal data replaced by random characters of the same
//! shape everywhere it is stored, the person closed to changes, and its personal values
//! redacted from the audit log (issue 16). One transaction for all the persons named.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;
use serde_json::json;

use crate::domain::garble::OsRandom;
use crate::domain::person::{Person, PersonKind, PersonRef};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::garble::{self as store, Column, col};
use crate::store::{Db, Writer};

/// What `person garble` is told to do besides garbling.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub dry_run: bool,
    /// Close the person's open contacts (else they refuse the garble).
    pub close_open: bool,
    /// End today the payment details of its accounts in force after today (else refused).
    pub end_payment_details: bool,
    /// For an organisation: garble its contact persons too.
    pub contacts_of_organisation: bool,
}

/// What garbling one person did.
#[derive(Debug, Serialize)]
pub struct GarbleReport {
    pub person: i64,
    /// The garble entry (none in a dry run).
    pub entry: Option<i64>,
    /// The rows garbled, by table.
    pub garbled: BTreeMap<String, Vec<i64>>,
    pub closed_contacts: Vec<i64>,
    pub ended_instruments: Vec<i64>,
    pub ended_assignments: Vec<i64>,
    /// The contacts whose pending letter was cancelled: a garbled person is not written to.
    pub cancelled_letters: Vec<i64>,
    /// The audit entries whose personal values were replaced by a tombstone.
    pub redacted_entries: Vec<i64>,
}

/// The refusal of any change to a garbled person (4), naming the garble entry.
pub fn garbled_error(person: i64, entry: i64) -> Error {
    Error::conflict(format!(
        "person {person} was garbled (audit entry {entry}): it can no longer be changed or contacted"
    ))
    .with_hint(format!("see why with: custctl audit --entity person --id {person}"))
}

/// Refuses (4) when the person was garbled.
pub fn require_not_garbled(conn: &Tx<'_>, person: i64) -> Result<()> {
    match store::garbled_by(conn, person)? {
        Some(entry) => Err(garbled_error(person, entry)),
        None => Ok(()),
    }
}

/// Garbles every person named, in order, in one transaction (`--dry-run`: rolled back).
pub fn garble(
    db: &mut Db,
    ctx: &Context,
    references: &[PersonRef],
    reason: &str,
    opts: Options,
) -> Result<Vec<GarbleReport>> {
    let reason = text::comment("reason", reason)?;
    if references.is_empty() {
        return Err(Error::usage("no person to garble").with_hint("give REF or --file FILE"));
    }
    let run = |w: &Writer<'_>| {
        let mut done: HashSet<i64> = HashSet::new();
        let mut out = Vec::new();
        for reference in references {
            let person = crate::ops::person::require(w.conn, reference)?;
            let mut persons = vec![person.clone()];
            if opts.contacts_of_organisation && person.kind == PersonKind::Organization {
                for id in store::contact_persons_of(w.conn, person.id)? {
                    if store::garbled_by(w.conn, id)?.is_none() {
                        persons.push(
                            crate::store::person::get(w.conn, id)?
                                .ok_or_else(|| Error::internal("person vanished"))?,
                        );
                    }
                }
            }
            // The persons merged into it are the same customer: their own rows (names,
            // external ids) and the audit entries about them are erased with it.
            for p in persons.clone() {
                for id in crate::store::duplicate::merged_from(w.conn, p.id)? {
                    if store::garbled_by(w.conn, id)?.is_none() {
                        persons.push(
                            crate::store::person::get(w.conn, id)?
                                .ok_or_else(|| Error::internal("person vanished"))?,
                        );
                    }
                }
            }
            for p in persons {
                if !done.insert(p.id) {
                    continue;
                }
                out.push(garble_one(w, ctx, &p, &reason, opts)?);
            }
        }
        Ok(out)
    };
    if opts.dry_run {
        let mut reports = db.rehearse(run)?;
        for r in &mut reports {
            r.entry = None;
        }
        return Ok(reports);
    }
    let out = db.write(run)?;
    // The old versions of the garbled pages leave the write-ahead log now.
    db.checkpoint()?;
    Ok(out)
}

const PERSON: &[Column] = &[
    col("name"),
    col("first_name"),
    col("last_name"),
    col("external_id"),
];

fn garble_one(
    w: &Writer<'_>,
    ctx: &Context,
    person: &Person,
    reason: &str,
    opts: Options,
) -> Result<GarbleReport> {
    require_not_garbled(w.conn, person.id)?;
    let today = ctx.today;
    let day = today.to_string();
    let accounts = store::accounts_of(w.conn, person.id)?;
    let contacts = store::contacts_of(w.conn, person.id)?;
    // Business rules first (4): open contacts and payment details in force.
    let open = store::open_contacts_of(w.conn, person.id)?;
    if !open.is_empty() && !opts.close_open {
        return Err(Error::conflict(format!(
            "person {} has open contacts: {}",
            person.id,
            join(&open)
        ))
        .with_hint("close them first, or pass --close-open to close them with the garble"));
    }
    let mut instruments = Vec::new();
    let mut assignments = Vec::new();
    for &a in &accounts {
        instruments.extend(store::instruments_in_force_after(w.conn, a, &day)?);
        assignments.extend(store::assignments_in_force_after(w.conn, a, &day)?);
    }
    if (!instruments.is_empty() || !assignments.is_empty()) && !opts.end_payment_details {
        let mut what: Vec<String> = instruments
            .iter()
            .map(|i| format!("instrument {i}"))
            .collect();
        what.extend(
            assignments
                .iter()
                .map(|a| format!("receipt-method assignment {a}")),
        );
        return Err(Error::conflict(format!(
            "person {} has payment details in force after today: {}",
            person.id,
            what.join(", ")
        ))
        .with_hint("pass --end-payment-details to end them today with the garble"));
    }
    let now = ctx.timestamp();
    for &c in &open {
        crate::store::contact::set_open(w.conn, c, false)?;
        for log in crate::store::contact::open_reminders_of(w.conn, c)? {
            crate::store::contact::mark_reminder_done(w.conn, log, &now)?;
        }
        audit(
            w,
            ctx,
            "close",
            "contact",
            c,
            json!({"open": {"from": true, "to": false}, "with_garble": person.id}),
        )?;
    }
    for &i in &instruments {
        let before = crate::ops::instrument::require_instrument(w.conn, i, today)?;
        let ended = crate::ops::instrument::end_in(w, &before, today)?;
        audit(
            w,
            ctx,
            "end",
            "instrument",
            i,
            json!({"end": {"from": before.end, "to": ended.end}, "with_garble": person.id}),
        )?;
    }
    for &a in &assignments {
        let own = crate::store::receipt_method::assignment_primaries(w.conn, a)?;
        crate::store::receipt_method::apply_primaries(
            w.conn,
            &crate::domain::primary::plan_end(&own, today),
        )?;
        crate::store::receipt_method::set_assignment_end(w.conn, a, today)?;
        audit(
            w,
            ctx,
            "end",
            "receipt_method_assignment",
            a,
            json!({"end": {"to": today}, "with_garble": person.id}),
        )?;
    }

    // Nor called back: the open reminders of its closed contacts (kept with
    // `--keep-reminders`) are marked done, since nothing could mark them done later.
    for &c in &contacts {
        for log in crate::store::contact::open_reminders_of(w.conn, c)? {
            crate::store::contact::mark_reminder_done(w.conn, log, &now)?;
            audit(
                w,
                ctx,
                "done",
                "contact_log",
                log,
                json!({"reminder_done_at": {"from": null, "to": now}, "with_garble": person.id}),
            )?;
        }
    }
    // A garbled person is not written to: its pending letters are cancelled (their
    // reason is garbled below with the other cancel reasons).
    let mut cancelled_letters = Vec::new();
    for &c in &contacts {
        let pending = crate::store::contact::letter(w.conn, c)?
            .filter(|l| l.status == crate::domain::letter::LetterStatus::Pending);
        if let Some(letter) = pending {
            let why = "the person's data was erased";
            crate::store::contact::cancel_letter(w.conn, c, why, &now, &ctx.actor)?;
            audit(
                w,
                ctx,
                "cancel-letter",
                "contact",
                c,
                json!({
                    "letter_status": {"from": "pending", "to": "cancelled"},
                    "template": letter.template,
                    "with_garble": person.id,
                }),
            )?;
            cancelled_letters.push(c);
        }
    }

    // The person is marked first: the garble entry's id is the next one (nothing else is
    // appended before it), and the contact log takes a garbled text only then.
    let entry = store::next_entry_id(w.conn)?;
    store::set_garbled_by(w.conn, person.id, entry)?;

    // The personal data, table by table.
    let mut r = OsRandom::default();
    let mut garbled: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    let mut all: Vec<String> = Vec::new();
    // The values that identify the person wherever they appear (not only in entries about
    // its own records): names, emails, phones, external ids, holder names.
    let mut identifying: Vec<String> = Vec::new();
    let mut about: HashSet<(String, String)> = HashSet::new();
    about.insert(("person".into(), person.id.to_string()));
    let mut table = |name: &str,
                     key: &str,
                     ids: &[i64],
                     columns: &[Column],
                     identifies: bool,
                     r: &mut OsRandom|
     -> Result<()> {
        let g = store::garble_rows(w.conn, name, key, ids, columns, r)?;
        if identifies {
            identifying.extend(g.originals.iter().cloned());
        }
        all.extend(g.originals);
        if !g.rows.is_empty() && name != "person" {
            garbled.entry(name.to_string()).or_default().extend(g.rows);
        }
        Ok(())
    };
    let p = [person.id];
    table("person", "id", &p, PERSON, true, &mut r)?;
    table(
        "contact_point",
        "person_id",
        &p,
        &[col("value"), col("typed")],
        true,
        &mut r,
    )?;
    table(
        "person_characteristic",
        "person_id",
        &p,
        &[col("value")],
        false,
        &mut r,
    )?;
    table("account", "id", &accounts, &[col("name")], false, &mut r)?;
    for &a in &accounts {
        table(
            "site",
            "account_id",
            &[a],
            &[col("address"), col("city"), col("postal_code")],
            false,
            &mut r,
        )?;
    }
    table(
        "account_characteristic",
        "account_id",
        &accounts,
        &[col("value")],
        false,
        &mut r,
    )?;
    // Instruments: the holder and the bank account but its last 4; card fingerprints and
    // last 4 stay for disputes.
    table(
        "instrument",
        "account_id",
        &accounts,
        &[
            col("holder"),
            Column {
                name: "iban",
                keep: 4,
            },
            Column {
                name: "bank_account",
                keep: 4,
            },
        ],
        true,
        &mut r,
    )?;
    table("contact", "id", &contacts, &[col("comment")], false, &mut r)?;
    table(
        "contact_log",
        "contact_id",
        &contacts,
        &[col("text")],
        false,
        &mut r,
    )?;
    table(
        "contact_characteristic",
        "contact_id",
        &contacts,
        &[col("value")],
        false,
        &mut r,
    )?;
    table(
        "letter_print",
        "contact_id",
        &contacts,
        &[col("text")],
        false,
        &mut r,
    )?;
    table(
        "letter_cancel",
        "contact_id",
        &contacts,
        &[col("reason")],
        false,
        &mut r,
    )?;

    // The records the audit log's entries are about.
    for (entity, ids) in [
        ("contact_point", store::points_of(w.conn, person.id)?),
        ("account", accounts.clone()),
        ("contact", contacts.clone()),
        (
            "party_relationship",
            store::relationships_of(w.conn, person.id)?,
        ),
        (
            "account_contact",
            store::account_contacts_of(w.conn, person.id)?,
        ),
    ] {
        for id in ids {
            about.insert((entity.to_string(), id.to_string()));
        }
    }
    for &a in &accounts {
        for s in store::sites_of(w.conn, a)? {
            about.insert(("site".into(), s.to_string()));
        }
        for i in store::instruments_of(w.conn, a)? {
            about.insert(("instrument".into(), i.to_string()));
        }
        for i in store::assignments_of(w.conn, a)? {
            about.insert(("receipt_method_assignment".into(), i.to_string()));
        }
    }
    for &c in &contacts {
        for l in store::logs_of(w.conn, c)? {
            about.insert(("contact_log".into(), l.to_string()));
        }
    }

    let identifying: Vec<String> = identifying
        .into_iter()
        .filter(|v| v.trim().chars().count() >= 6)
        .collect();
    let redactions = crate::store::audit::redact(w.conn, w.key, &about, &all, &identifying, entry)?;
    store::set_garbled_by(w.conn, person.id, entry)?;
    let redacted_entries: Vec<i64> = redactions.iter().map(|r| r.entry).collect();
    let report = GarbleReport {
        person: person.id,
        entry: Some(entry),
        garbled,
        closed_contacts: open,
        ended_instruments: instruments,
        ended_assignments: assignments,
        cancelled_letters,
        redacted_entries,
    };
    audit(
        w,
        ctx,
        crate::store::audit::GARBLE,
        "person",
        person.id,
        json!({
            "reason": reason,
            "garbled": report.garbled,
            "closed_contacts": report.closed_contacts,
            "ended_instruments": report.ended_instruments,
            "ended_assignments": report.ended_assignments,
            "cancelled_letters": report.cancelled_letters,
            "redactions": redactions,
        }),
    )?;
    let written = store::newest_audit_entry(w.conn)?;
    if written != entry {
        return Err(Error::internal(
            "the garble entry did not get the id it was given",
        ));
    }
    Ok(report)
}

fn join(ids: &[i64]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

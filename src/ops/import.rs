//! `import`: reads an export back into an empty database, in one transaction.

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;

use serde_json::{Map, Value, json};

use crate::domain::text;
use crate::error::{Error, Result};

/// Exported columns that hold numbers or keyed digests, not text a person typed.
const NOT_TEXT: &[&str] = &[
    "iban",
    "bank_account",
    "bank_key",
    "fingerprint",
    "digest",
    "changes_digest",
    "hmac",
    "prev_hmac",
];
use crate::ops::{Context, audit};
use crate::store::{Db, export as store};

/// Refuses a database that already holds records (4).
pub fn ensure_empty(db: &mut Db, with_audit: bool) -> Result<()> {
    db.read(|conn| {
        for table in store::tables(conn)? {
            if !store::is_empty(conn, &table)? {
                return Err(Error::conflict(format!(
                    "the database already holds records ({table}); an export is read back into an empty database"
                ))
                .with_hint("import into a new database: custctl --db NEW.db import FILE"));
            }
        }
        if with_audit && !store::audit_log_empty(conn)? {
            return Err(Error::conflict(
                "the database's audit log is not empty, so its key cannot be replaced",
            )
            .with_hint("import with --key into a new database"));
        }
        Ok(())
    })
}

/// Reads every line of `input` (`{"kind": TABLE, "record": {...}}`) into the database.
/// Returns the count per kind.
pub fn import(
    db: &mut Db,
    ctx: &Context,
    name: &str,
    input: &mut dyn BufRead,
    progress: &mut dyn FnMut(u64),
) -> Result<BTreeMap<String, u64>> {
    crate::domain::text::no_card_number("the file name", name)?;
    ensure_empty(db, false)?;
    // The input is read as it is loaded: a second run would find it used up.
    db.write_once(|w| {
        store::defer_foreign_keys(w.conn)?;
        let mut known: HashMap<String, Vec<String>> = HashMap::new();
        for t in store::tables(w.conn)? {
            let cols = store::columns(w.conn, &t)?;
            known.insert(t, cols);
        }
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        let mut loader = store::Loader::default();
        let mut buf = Vec::new();
        let mut line = 0u64;
        loop {
            buf.clear();
            if input.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            line += 1;
            let text = buf.trim_ascii();
            if text.is_empty() {
                continue;
            }
            let bad = |m: String| Error::invalid(format!("line {line}: {m}"));
            let text = std::str::from_utf8(text).map_err(|_| bad("not valid UTF-8".into()))?;
            let mut obj: Map<String, Value> =
                serde_json::from_str(text).map_err(|e| bad(format!("not a JSON object: {e}")))?;
            let kind = match obj.remove("kind") {
                Some(Value::String(k)) => k,
                _ => return Err(bad("no \"kind\"".into())),
            };
            let Some(Value::Object(record)) = obj.remove("record") else {
                return Err(bad("no \"record\" object".into()));
            };
            let Some(cols) = known.get(&kind) else {
                return Err(bad(format!("unknown kind '{kind}'")));
            };
            if let Some(c) = record.keys().find(|k| !cols.contains(k)) {
                return Err(bad(format!("{kind} has no field '{c}'")));
            }
            // An export holds no card number (none is ever stored); one in a text value of
            // a hand-made or altered file is refused like everywhere else. Bank numbers and
            // keyed fingerprints are not text.
            for (field, value) in &record {
                if let Value::String(v) = value
                    && !NOT_TEXT.contains(&field.as_str())
                {
                    text::no_card_number(&format!("{kind}.{field}"), v)
                        .map_err(|e| bad(e.message))?;
                }
            }
            loader.add(w.conn, &kind, line, record)?;
            *counts.entry(kind).or_default() += 1;
            if line.is_multiple_of(4096) {
                progress(line);
            }
        }
        loader.flush(w.conn)?;
        store::finish_load(w.conn)?;
        audit(
            w,
            ctx,
            "import",
            "export",
            name,
            json!({"file": name, "counts": counts}),
        )?;
        Ok(counts)
    })
}

//! `export`: every record as NDJSON, one record a line: `{"kind": TABLE, "record": {...}}`.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::{Db, export as store};

/// The kinds an export can hold (the table names), in dependency order.
pub fn kinds(db: &mut Db) -> Result<Vec<String>> {
    db.read(store::tables)
}

/// Writes the records of `entities` (all when empty) to `sink`; returns the count per kind.
/// Reads one snapshot, then writes an audit entry for the export.
pub fn export(
    db: &mut Db,
    ctx: &Context,
    entities: &[String],
    sink: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<BTreeMap<String, u64>> {
    let all = kinds(db)?;
    for e in entities {
        if !all.contains(e) {
            return Err(Error::invalid(format!("there is no record kind '{e}'"))
                .with_hint(format!("the kinds are: {}", all.join(", "))));
        }
    }
    let chosen: Vec<String> = all
        .into_iter()
        .filter(|t| entities.is_empty() || entities.contains(t))
        .collect();
    let mut counts = BTreeMap::new();
    let mut total = 0u64;
    db.read(|conn| {
        for table in &chosen {
            let n = store::dump(conn, table, |record| {
                serde_json::to_writer(
                    &mut *sink,
                    &json!({"kind": table, "record": Value::Object(record)}),
                )?;
                sink.write_all(b"\n")?;
                total += 1;
                if total.is_multiple_of(4096) {
                    progress(total);
                }
                Ok(())
            })?;
            counts.insert(table.clone(), n);
        }
        Ok(())
    })?;
    sink.flush()?;
    db.write(|w| {
        audit(
            w,
            ctx,
            "export",
            "export",
            if entities.is_empty() {
                "all".to_string()
            } else {
                chosen.join(",")
            },
            json!({"counts": counts.iter().filter(|(_, n)| **n > 0).collect::<BTreeMap<_, _>>()}),
        )
    })?;
    Ok(counts)
}

//! The catalog as a whole: every kind of setup entry, listed together.

use serde::Serialize;

use crate::args;
use crate::error::Result;
use crate::store::Tx;

/// The catalog kinds in `catalog list` order, with the query that lists each as
/// (code, description). A kind's own commands show its full detail.
pub const KINDS: &[(&str, &str)] = &[
    (
        "contact-class",
        "SELECT code, description FROM contact_class",
    ),
    (
        "contact-type",
        "SELECT cc.code || ' ' || ct.code, ct.description
           FROM contact_type ct JOIN contact_class cc ON cc.id = ct.class_id",
    ),
    (
        "characteristic-type",
        "SELECT code, description FROM characteristic_type",
    ),
    (
        "letter-template",
        "SELECT code, description FROM letter_template",
    ),
    (
        "receipt-method",
        "SELECT code, description FROM receipt_method",
    ),
    (
        "profile-class",
        "SELECT code, description FROM profile_class",
    ),
];

/// Up to `limit` codes of catalog `kind` (a name in [`KINDS`]) starting with `prefix` in any
/// case, read from the database file at `path` opened read-only: shell completion. The file
/// is never created nor migrated; any failure is an error the caller drops.
pub fn codes_for_completion(
    path: &std::path::Path,
    kind: &str,
    prefix: &str,
    limit: usize,
) -> Result<Vec<String>> {
    let Some((_, query)) = KINDS.iter().find(|(k, _)| *k == kind) else {
        return Ok(Vec::new());
    };
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_millis(200))?;
    let mut stmt = conn.prepare(&format!("SELECT * FROM ({query}) AS k ORDER BY 1"))?;
    let wanted = prefix.to_uppercase();
    let mut out = Vec::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let code: String = r.get(0)?;
        if code.to_uppercase().starts_with(&wanted) {
            out.push(code);
            if out.len() == limit {
                break;
            }
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogEntry {
    pub kind: &'static str,
    pub code: String,
    pub description: String,
}

/// Entries of one kind, or of all kinds, each kind ordered by code.
pub fn list(tx: &Tx<'_>, kind: Option<&str>) -> Result<Vec<CatalogEntry>> {
    let mut out = Vec::new();
    for (name, query) in KINDS {
        if kind.is_some_and(|k| k != *name) {
            continue;
        }
        // PostgreSQL 15 wants a name for a subquery in FROM.
        tx.for_each(
            &format!("SELECT * FROM ({query}) AS k ORDER BY 1"),
            args![],
            |r| {
                out.push(CatalogEntry {
                    kind: name,
                    code: r.get(0)?,
                    description: r.get(1)?,
                });
                Ok(())
            },
        )?;
    }
    Ok(out)
}

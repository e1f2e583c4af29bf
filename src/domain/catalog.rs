//! Catalog codes (contact classes and types, receipt methods): case-insensitive on input,
//! stored upper-case.

use crate::error::Result;

/// A catalog code (contact class and type, receipt method) as stored:
/// checked like any code, upper-cased (ASCII, as SQLite's `upper`). Lookups accept any case.
pub fn catalog_code(field: &str, value: &str) -> Result<String> {
    Ok(crate::domain::text::code(field, value)?.to_ascii_uppercase())
}

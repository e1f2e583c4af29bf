//! Catalog codes (contact classes and types, receipt methods): case-insensitive on input,
//! stored upper-case.

use crate::error::{Error, Result};

/// A catalog code (contact class and type, receipt method) as stored:
/// checked like any code, upper-cased. Lookups accept any case.
///
/// Codes are ASCII: case is folded by SQL's `upper()`, which folds ASCII only on SQLite, so
/// `ÇOMPLAINT` and `çomplaint` would otherwise be two codes that differ only in case.
pub fn catalog_code(field: &str, value: &str) -> Result<String> {
    let code = crate::domain::text::code(field, value)?;
    if let Some(c) = code.chars().find(|c| !c.is_ascii()) {
        return Err(Error::invalid(format!(
            "{field}: '{}' holds '{c}'; catalog codes are ASCII letters, digits and punctuation",
            crate::domain::time::printable(&code)
        ))
        .with_hint("use a plain code (e.g. COMPLAINT) and put the wording in --description"));
    }
    Ok(code.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::catalog_code;

    #[test]
    fn codes_are_ascii_and_upper_cased() {
        assert_eq!(catalog_code("code", " complaint ").unwrap(), "COMPLAINT");
        assert!(catalog_code("code", "çomplaint").is_err());
        assert!(catalog_code("code", "ÇOMPLAINT").is_err());
    }
}

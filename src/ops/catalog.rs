//! The catalog as a whole (`catalog list`).

use crate::error::{Error, Result};
use crate::store::Db;
use crate::store::catalog::{CatalogEntry, KINDS, list as list_entries};

pub fn list(db: &mut Db, kind: Option<&str>) -> Result<Vec<CatalogEntry>> {
    if let Some(k) = kind
        && !KINDS.iter().any(|(name, _)| *name == k)
    {
        let names: Vec<&str> = KINDS.iter().map(|(n, _)| *n).collect();
        return Err(Error::invalid(format!("'{k}' is not a catalog kind"))
            .with_hint(format!("use one of: {}", names.join(", "))));
    }
    db.read(|conn| list_entries(conn, kind))
}

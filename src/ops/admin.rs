//! Administration of the database file: init and backup.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use crate::store::keyfile::{key_path, write_private};
use crate::store::{Db, create_private_file};

#[derive(Debug, Serialize)]
pub struct InitReport {
    pub path: PathBuf,
    pub key_path: PathBuf,
    pub schema_version: i64,
}

/// Opening creates and migrates; init reports what it found. The key path is printed only
/// when that key file is there and belongs to the database (else exit 6 with a hint).
pub fn init(db: &mut Db) -> Result<InitReport> {
    db.key()?;
    Ok(InitReport {
        path: db.path().to_path_buf(),
        key_path: key_path(db.path()),
        schema_version: db.schema_version()?,
    })
}

#[derive(Debug, Serialize)]
pub struct BackupReport {
    pub path: PathBuf,
    pub key_path: PathBuf,
    pub bytes: u64,
}

/// A consistent copy while others write: `VACUUM INTO` reads one snapshot. The copy and
/// its key are created 0600 before anything is written into them.
pub fn backup(db: &mut Db, ctx: &Context, target: &Path) -> Result<BackupReport> {
    let target_key = key_path(target);
    for path in [target, target_key.as_path()] {
        if path.exists() {
            return Err(
                Error::conflict(format!("{} already exists", path.display()))
                    .with_hint("choose a new file name; a backup never overwrites"),
            );
        }
    }
    let key = db.key()?.clone();
    create_private_file(target)?;
    if let Err(e) = db.copy_into(target) {
        let _ = std::fs::remove_file(target);
        return Err(Error::storage(format!(
            "backup to {} failed: {}",
            target.display(),
            e.message
        )));
    }
    write_private(&target_key, key.as_bytes())?;
    let bytes = std::fs::metadata(target)?.len();
    db.write(|w| {
        audit(
            w,
            ctx,
            "backup",
            "database",
            "",
            json!({"file": target.display().to_string(), "bytes": bytes}),
        )
    })?;
    Ok(BackupReport {
        path: target.to_path_buf(),
        key_path: target_key,
        bytes,
    })
}

//! Administration of the database file: init and backup.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::ops::{Context, audit};
use std::io::Write;

use crate::outfile::{Protected, Target, io_error};
use crate::store::Db;
use crate::store::keyfile::key_path;

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

/// A consistent copy while others write: `VACUUM INTO` reads one snapshot into a temporary
/// file beside `target`, which is synced and then put in place with its key (`FILE.key`), so
/// that a failed or killed backup never leaves a partial or empty `FILE` behind. Both files
/// go through [`crate::outfile`]: never the database or its side files, never through a
/// link, an existing file only with `force` (an existing `FILE.key` holding this very key
/// is taken as it is: a retry after a backup killed between the two files).
pub fn backup(db: &mut Db, ctx: &Context, target: &Path, force: bool) -> Result<BackupReport> {
    // The file name goes into the audit entry: no card number in it, as in every text.
    crate::domain::text::no_card_number("backup file name", &target.to_string_lossy())?;
    let protected = Protected::new().database(db.path());
    let out = Target::check(target, force, &protected)?;
    let target_key = key_path(target);
    let key = db.key()?.clone();
    let key_force = force || holds_key(&target_key, key.as_bytes());
    let key_out = Target::check(&target_key, key_force, &protected)?;
    let temp = out.create()?;
    if let Err(e) = db.copy_into(temp.temp_path()) {
        return Err(Error::storage(format!(
            "backup to {} failed: {}",
            target.display(),
            e.message
        ))
        .with_hint("nothing was written; check the free space and try again"));
    }
    let copy = temp.finish()?;
    let bytes = std::fs::metadata(copy.temp_path())
        .map(|m| m.len())
        .unwrap_or(0);
    let mut key_temp = key_out.create()?;
    key_temp
        .write_all(key.as_bytes())
        .map_err(|e| io_error(&format!("cannot write {}", target_key.display()), e))?;
    let key_file = key_temp.finish()?;
    key_file.persist()?;
    copy.persist()?;
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

/// Whether `path` is a regular file holding exactly `key` (read without following a link,
/// at most one byte more than a key).
fn holds_key(path: &Path, key: &[u8]) -> bool {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let Ok(file) = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
    else {
        return false;
    };
    let mut bytes = Vec::new();
    if file
        .take(key.len() as u64 + 1)
        .read_to_end(&mut bytes)
        .is_err()
    {
        return false;
    }
    bytes == key
}

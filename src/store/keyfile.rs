//! The key file beside the database: `<db>.key`, 32 random bytes, mode 0600.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use crate::domain::key::{KEY_LEN, Key};
use crate::error::{Error, Result};

pub fn key_path(db_path: &Path) -> PathBuf {
    let mut name = db_path.as_os_str().to_owned();
    name.push(".key");
    PathBuf::from(name)
}

/// Reads the key; creates it when `create` is set and it does not exist. Two processes
/// creating one at once agree: the key is written aside and linked into place, so the first
/// link wins and the other reads it.
pub fn load_or_create(path: &Path, create: bool) -> Result<Option<Key>> {
    if let Some(key) = read(path)? {
        return Ok(Some(key));
    }
    if !create {
        return Ok(None);
    }
    let mut bytes = [0u8; KEY_LEN];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::internal(format!("no random bytes for the key file: {e}")))?;
    let tmp = path.with_extension(format!("key.tmp{}", std::process::id()));
    write_private(&tmp, &bytes)?;
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(Some(Key::from_bytes(bytes))),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read(path),
        Err(e) => Err(Error::storage(format!(
            "cannot create the key file {}: {e}",
            path.display()
        ))),
    }
}

pub fn read(path: &Path) -> Result<Option<Key>> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let bytes: [u8; KEY_LEN] = bytes.try_into().map_err(|_| {
                Error::storage(format!(
                    "the key file {} is not {KEY_LEN} bytes long",
                    path.display()
                ))
                .with_hint("restore it from the backup made with the database")
            })?;
            Ok(Some(Key::from_bytes(bytes)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::storage(format!(
            "cannot read the key file {}: {e}",
            path.display()
        ))),
    }
}

/// Writes a new file readable by the owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| Error::storage(format!("cannot create {}: {e}", path.display())))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

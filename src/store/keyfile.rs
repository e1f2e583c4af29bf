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

/// Reads the key: a regular file (a symlink to one is followed) of exactly [`KEY_LEN`]
/// bytes, readable and writable by its owner only (mode 0600 or 0400). At most `KEY_LEN + 1` bytes are read, and anything but a regular file (a device
/// such as `/dev/zero`, a FIFO, a folder) is refused before it is opened, so that a key
/// path pointing at an endless source cannot make custctl read forever.
pub fn read(path: &Path) -> Result<Option<Key>> {
    use std::io::Read;
    let cannot = |e: std::io::Error| {
        Error::storage(format!("cannot read the key file {}: {e}", path.display()))
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A dangling symlink is a key file that is missing, not one that is absent.
            if std::fs::symlink_metadata(path).is_ok() {
                return Err(Error::storage(format!(
                    "the key file {} is a link to a file that does not exist",
                    path.display()
                ))
                .with_hint("restore it from the backup made with the database (FILE.key)"));
            }
            return Ok(None);
        }
        Err(e) => return Err(cannot(e)),
    };
    let not_a_key = |what: &str| {
        Error::storage(format!("the key file {} {what}", path.display()))
            .with_hint("restore it from the backup made with the database (FILE.key)")
    };
    if !meta.is_file() {
        return Err(not_a_key(&format!(
            "is not a regular file of {KEY_LEN} bytes"
        )));
    }
    // Like ssh with a private key: whoever can read the key can forge the audit chain and
    // test guessed card numbers against the stored fingerprints.
    let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o777;
    if mode & 0o077 != 0 {
        return Err(Error::storage(format!(
            "the key file {} is open to other users (mode {mode:04o})",
            path.display()
        ))
        .with_hint(format!(
            "chmod 600 {}: whoever reads the key can forge the audit chain and test card numbers against their fingerprints",
            path.display()
        )));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    if !file.metadata().map_err(cannot)?.is_file() {
        return Err(not_a_key(&format!(
            "is not a regular file of {KEY_LEN} bytes"
        )));
    }
    let mut bytes = Vec::with_capacity(KEY_LEN + 1);
    file.take(KEY_LEN as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    let bytes: [u8; KEY_LEN] = bytes
        .try_into()
        .map_err(|_| not_a_key(&format!("is not {KEY_LEN} bytes long")))?;
    Ok(Some(Key::from_bytes(bytes)))
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

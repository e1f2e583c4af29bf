//! Every file custctl writes: backups and their keys, letters, import rejects files.
//!
//! One path for all of them, so that no output can destroy data:
//! - [`Target::check`] refuses (5) a target that is the database, its `-wal`, `-shm`,
//!   `-journal` or key file, or an input being read, compared by canonical path and by
//!   device and inode; a target that is a symbolic link, a folder or another file that is
//!   not a regular file (a device, pipe or socket, even with `--force`); and an existing
//!   file unless `--force` is given.
//! - [`Target::create`] writes into a new temporary file beside the target (created with
//!   `O_EXCL|O_NOFOLLOW`, mode 0600 whatever the umask); [`TempFile::finish`] flushes and
//!   syncs it; [`Finished::persist`] links it into place (or, with `--force`, renames it over
//!   the target) and syncs the folder. A temporary file that is dropped before that is
//!   removed, so a failure (a full disk is a storage error, 6) leaves no partial file and
//!   every file that existed before unchanged.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// Files that an output must never replace, with what they are (for the message).
#[derive(Debug, Clone, Default)]
pub struct Protected {
    files: Vec<(PathBuf, &'static str)>,
}

/// Files every [`Protected`] holds: the key file named by `--key-file` (which
/// [`Protected::database`] cannot know), set once by the command line.
static ALWAYS: std::sync::Mutex<Vec<(PathBuf, &'static str)>> = std::sync::Mutex::new(Vec::new());

/// Protects `path` from every output written after (the key file named by `--key-file`).
pub fn protect(path: &Path, what: &'static str) {
    if let Ok(mut always) = ALWAYS.lock() {
        always.push((path.to_path_buf(), what));
    }
}

impl Protected {
    pub fn new() -> Self {
        Protected {
            files: ALWAYS.lock().map(|a| a.clone()).unwrap_or_default(),
        }
    }

    /// The database at `db`, its SQLite side files and its key file.
    pub fn database(mut self, db: &Path) -> Self {
        self.files.push((db.to_path_buf(), "the database"));
        for (suffix, what) in [
            ("-wal", "the database's write-ahead log"),
            ("-shm", "the database's shared-memory file"),
            ("-journal", "the database's journal"),
            (".key", "the database's key file"),
        ] {
            let mut name = db.as_os_str().to_owned();
            name.push(suffix);
            self.files.push((PathBuf::from(name), what));
        }
        self
    }

    /// A file being read by the command.
    pub fn input(mut self, path: &Path) -> Self {
        self.files.push((path.to_path_buf(), "the input file"));
        self
    }

    /// What `target` (a canonical path; its metadata when it exists) would overwrite.
    fn clash(&self, target: &Path, meta: Option<&std::fs::Metadata>) -> Option<&'static str> {
        for (path, what) in &self.files {
            if canonical(path).as_deref() == Some(target) {
                return Some(what);
            }
            // A hard link (or another name) of the same file.
            if let (Some(t), Ok(p)) = (meta, std::fs::metadata(path))
                && t.dev() == p.dev()
                && t.ino() == p.ino()
            {
                return Some(what);
            }
        }
        None
    }
}

/// A checked output path.
#[derive(Debug, Clone)]
pub struct Target {
    path: PathBuf,
    force: bool,
}

impl Target {
    /// Checks `path` as an output of this command (see the module comment): invalid input
    /// (5) with a hint when refused.
    pub fn check(path: &Path, force: bool, protected: &Protected) -> Result<Target> {
        let shown = path.display();
        if path.as_os_str().is_empty() || path.file_name().is_none() {
            return Err(Error::invalid(format!("{shown} is not a file name"))
                .with_hint("name the file to write, e.g. out/file.csv"));
        }
        let meta = match std::fs::symlink_metadata(path) {
            Ok(m) => Some(m),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_error(&format!("cannot look at {shown}"), e)),
        };
        if let Some(m) = &meta {
            if m.file_type().is_symlink() {
                return Err(Error::invalid(format!(
                    "{shown} is a symbolic link; custctl never writes through one"
                ))
                .with_hint("name the real file, or a new file"));
            }
            if m.is_dir() {
                return Err(Error::invalid(format!("{shown} is a folder, not a file"))
                    .with_hint("name a file inside it"));
            }
            // A device, pipe or socket: renaming over it would replace it (as root, e.g.
            // `/dev/null` with a regular file), writing through it is no output file.
            if !m.is_file() {
                return Err(Error::invalid(format!(
                    "{shown} is not a regular file (a device, pipe or socket); custctl never replaces one"
                ))
                .with_hint("name a regular file, or a new file"));
            }
        }
        let canonical_target = canonical(path)
            .ok_or_else(|| Error::invalid(format!("{shown} cannot be resolved to a file name")))?;
        if let Some(what) = protected.clash(&canonical_target, meta.as_ref()) {
            return Err(Error::invalid(format!(
                "{shown} is {what}; custctl will not write over it"
            ))
            .with_hint("choose another file name"));
        }
        if meta.is_some() && !force {
            return Err(Error::invalid(format!("{shown} already exists"))
                .with_hint("choose another file name, or pass --force to replace it"));
        }
        Ok(Target {
            path: path.to_path_buf(),
            force,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A new, empty temporary file beside the target (its folder created, 0700, if
    /// missing), mode 0600.
    pub fn create(&self) -> Result<TempFile> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = match self.path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        create_dir(&dir)?;
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(
            ".{name}.{}-{}.custctl-tmp",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
            .open(&tmp)
            .map_err(|e| io_error(&format!("cannot create a file in {}", dir.display()), e))?;
        let temp = TempFile {
            file: Some(file),
            tmp,
            target: self.clone(),
        };
        // 0600 whatever the umask (a umask may have taken the owner's bits too).
        if let Some(f) = &temp.file {
            f.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(|e| io_error(&format!("cannot write {}", self.path.display()), e))?;
        }
        Ok(temp)
    }

    /// Writes `bytes` as the whole file, atomically.
    pub fn write_all(&self, bytes: &[u8]) -> Result<()> {
        let mut temp = self.create()?;
        temp.write_all(bytes)
            .map_err(|e| io_error(&format!("cannot write {}", self.path.display()), e))?;
        temp.finish()?.persist()
    }
}

/// A temporary file being written; removed when dropped unfinished.
#[derive(Debug)]
pub struct TempFile {
    file: Option<File>,
    tmp: PathBuf,
    target: Target,
}

impl TempFile {
    /// The temporary file's path (for writers that open it by name, like `VACUUM INTO`).
    pub fn temp_path(&self) -> &Path {
        &self.tmp
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Flushes and syncs the file: its bytes are on disk. A failure (a full disk: 6)
    /// removes it.
    pub fn finish(mut self) -> Result<Finished> {
        let file = self.file.take();
        let synced = match file {
            Some(mut f) => f.flush().and_then(|()| f.sync_all()),
            None => Ok(()),
        };
        let finished = Finished {
            tmp: std::mem::take(&mut self.tmp),
            target: self.target.clone(),
        };
        synced.map_err(|e| io_error(&format!("cannot write {}", self.target.path.display()), e))?;
        Ok(finished)
    }
}

impl Write for TempFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(std::io::Error::other("the file is finished")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// A complete temporary file, waiting to be put in place; removed when dropped.
#[derive(Debug)]
pub struct Finished {
    tmp: PathBuf,
    target: Target,
}

impl Finished {
    pub fn temp_path(&self) -> &Path {
        &self.tmp
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Puts the file in place: linked under the target's name, which fails if a file
    /// appeared there meanwhile (5), or with `--force` renamed over it.
    pub fn persist(mut self) -> Result<()> {
        let tmp = std::mem::take(&mut self.tmp);
        let target = &self.target.path;
        let shown = target.display();
        let result = if self.target.force {
            std::fs::rename(&tmp, target)
        } else {
            match std::fs::hard_link(&tmp, target) {
                Ok(()) => std::fs::remove_file(&tmp),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(Error::invalid(format!("{shown} already exists"))
                        .with_hint("choose another file name, or pass --force to replace it"));
                }
                // A file system without hard links: a rename, after one more look.
                Err(_) if std::fs::symlink_metadata(target).is_err() => {
                    std::fs::rename(&tmp, target)
                }
                Err(e) => Err(e),
            }
        };
        if let Err(e) = result {
            let _ = std::fs::remove_file(&tmp);
            return Err(io_error(&format!("cannot write {shown}"), e));
        }
        sync_dir(target);
        Ok(())
    }
}

impl Drop for Finished {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// An I/O failure while writing an output: storage (6); a full disk says so.
pub fn io_error(what: &str, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::StorageFull || e.raw_os_error() == Some(libc::ENOSPC) {
        Error::storage(format!("{what}: the disk is full"))
            .with_hint("free some space and try again; no partial file was left")
    } else if e.kind() == std::io::ErrorKind::BrokenPipe {
        Error::broken_pipe()
    } else {
        Error::storage(format!("{what}: {e}"))
    }
}

/// Creates `dir` and its missing parents, mode 0700.
pub fn create_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    if std::fs::symlink_metadata(dir).is_ok() {
        return Err(Error::invalid(format!("{} is not a folder", dir.display()))
            .with_hint("name a folder, or a new one to create"));
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| io_error(&format!("cannot create the folder {}", dir.display()), e))
}

/// Syncs the folder of `path`, so that a rename survives a power cut (best effort).
fn sync_dir(path: &Path) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The canonical form of `path` without following its last component: its nearest existing
/// folder resolved, the rest appended (`.` and `..` taken lexically).
fn canonical(path: &Path) -> Option<PathBuf> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let name = absolute.file_name()?.to_owned();
    let parent = absolute.parent()?;
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    let mut base = parent.to_path_buf();
    let resolved = loop {
        match base.canonicalize() {
            Ok(p) => break p,
            Err(_) => {
                rest.push(base.components().next_back()?.as_os_str().to_owned());
                base = base.parent()?.to_path_buf();
            }
        }
    };
    let mut out = resolved;
    for part in rest.iter().rev() {
        match Path::new(part).components().next() {
            Some(Component::ParentDir) => {
                out.pop();
            }
            Some(Component::CurDir) | None => {}
            _ => out.push(part),
        }
    }
    out.push(name);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_a_storage_error() {
        let e = io_error(
            "cannot write x",
            std::io::Error::from_raw_os_error(libc::ENOSPC),
        );
        assert_eq!(e.exit_code(), 6);
        assert!(e.message.contains("the disk is full"), "{}", e.message);
    }

    #[test]
    fn a_failed_write_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = Target::check(&dir.path().join("out.txt"), false, &Protected::new()).unwrap();
        let mut temp = target.create().unwrap();
        temp.write_all(b"half").unwrap();
        drop(temp);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn canonical_paths_resolve_the_folder_only() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().canonicalize().unwrap();
        assert_eq!(
            canonical(&dir.path().join("a/../b/c.txt")),
            Some(real.join("b/c.txt"))
        );
    }
}

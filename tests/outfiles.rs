//! Files custctl writes (issue 10, points 8–10 and 14): `--rejects`, `letters extract
//! --out` and `backup` never write over the database, its side files, its key or the input,
//! never through a link, never over an existing file without `--force`; they are written
//! atomically, 0600 whatever the umask, and a full disk leaves no partial file (exit 6).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::Env;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn side(env: &Env, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", env.db.display()))
}

/// A persons CSV with one valid row and one invalid row.
fn persons_csv(env: &Env) -> PathBuf {
    let f = env.path("p.csv");
    std::fs::write(&f, "name,email\nAnn,ann@example.com\nBob,not-an-email\n").unwrap();
    f
}

fn import_args<'a>(input: &'a str, rejects: &'a str) -> Vec<&'a str> {
    vec![
        "person",
        "import",
        input,
        "--skip-invalid",
        "--rejects",
        rejects,
    ]
}

/// What must not change when an output is refused: the key, the input, and any file given.
fn contents(paths: &[&Path]) -> Vec<Option<Vec<u8>>> {
    paths.iter().map(|p| std::fs::read(p).ok()).collect()
}

#[test]
fn rejects_never_replace_the_database_its_side_files_its_key_or_the_input() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Someone"]);
    let input = persons_csv(&env);
    // A hard link to the database: another name, the same inode.
    let link = env.path("hardlink.db");
    std::fs::hard_link(&env.db, &link).unwrap();
    std::fs::create_dir_all(env.path("sub")).unwrap();
    let targets: Vec<PathBuf> = vec![
        env.db.clone(),
        side(&env, "-wal"),
        side(&env, "-shm"),
        side(&env, ".key"),
        input.clone(),
        link.clone(),
        env.path("sub/../custctl.db"),
        PathBuf::from("custctl.db"), // relative to the working folder, the env's
    ];
    let key = side(&env, ".key");
    for target in &targets {
        let before = contents(&[&key, &input, &env.db]);
        for force in [false, true] {
            let mut args = import_args(input.to_str().unwrap(), target.to_str().unwrap());
            if force {
                args.push("--force");
            }
            let run = env.refused(&args, 5);
            assert!(
                run.stderr.contains("custctl will not write over it")
                    || run.stderr.contains("already exists"),
                "{}: {}",
                target.display(),
                run.stderr
            );
            assert!(run.stderr.contains("hint:"), "{}", run.stderr);
        }
        assert_eq!(
            before,
            contents(&[&key, &input, &env.db]),
            "{}",
            target.display()
        );
    }
    // The message says what the file is.
    let run = env.refused(
        &[
            "person",
            "import",
            input.to_str().unwrap(),
            "--skip-invalid",
            "--rejects",
            side(&env, "-wal").to_str().unwrap(),
            "--force",
        ],
        5,
    );
    assert!(run.stderr.contains("write-ahead log"), "{}", run.stderr);
    let run = env.refused(
        &import_args(input.to_str().unwrap(), input.to_str().unwrap()),
        5,
    );
    assert!(run.stderr.contains("the input file"), "{}", run.stderr);
}

#[test]
fn rejects_are_never_written_through_a_link_nor_over_a_file_without_force() {
    let env = Env::new();
    env.run(&["init"]).ok();
    let input = persons_csv(&env);
    let victim = env.path("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let link = env.path("rejects-link.csv");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    for force in [false, true] {
        let mut args = import_args(input.to_str().unwrap(), link.to_str().unwrap());
        if force {
            args.push("--force");
        }
        let run = env.refused(&args, 5);
        assert!(run.stderr.contains("symbolic link"), "{}", run.stderr);
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );

    // An existing file: refused without --force, database and file unchanged.
    let rejects = env.path("rejects.csv");
    std::fs::write(&rejects, "an older rejects file").unwrap();
    env.refused(
        &import_args(input.to_str().unwrap(), rejects.to_str().unwrap()),
        5,
    );
    assert_eq!(
        std::fs::read_to_string(&rejects).unwrap(),
        "an older rejects file"
    );
    // With --force it is replaced, and nothing else is left in the folder.
    let mut args = import_args(input.to_str().unwrap(), rejects.to_str().unwrap());
    args.extend_from_slice(&["--force", "--json"]);
    env.run(&args).ok();
    let text = std::fs::read_to_string(&rejects).unwrap();
    assert!(text.starts_with("name,email,error\nBob,"), "{text}");
    let mut names: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains("custctl-tmp"))
        .collect();
    names.sort();
    assert!(names.is_empty(), "temporary files left: {names:?}");
    // A folder is not a file.
    env.refused(
        &import_args(input.to_str().unwrap(), env.dir.path().to_str().unwrap()),
        5,
    );
}

#[test]
fn backup_never_replaces_the_database_nor_an_existing_file_without_force() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Someone"]);
    let key = side(&env, ".key");
    for target in [
        env.db.clone(),
        side(&env, "-wal"),
        side(&env, "-shm"),
        key.clone(),
    ] {
        let before = contents(&[&key, &env.db]);
        env.refused(&["backup", target.to_str().unwrap(), "--force"], 5);
        assert_eq!(before, contents(&[&key, &env.db]), "{}", target.display());
    }
    // A link at the target is never followed.
    let victim = env.path("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let link = env.path("copy.db");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    env.refused(&["backup", link.to_str().unwrap(), "--force"], 5);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    std::fs::remove_file(&link).unwrap();

    // An existing file: refused without --force, kept as it was.
    let target = env.path("copy.db");
    std::fs::write(&target, "an older copy").unwrap();
    let run = env.refused(&["backup", target.to_str().unwrap()], 5);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "an older copy");
    // FILE.key that is another database's key is refused too.
    std::fs::remove_file(&target).unwrap();
    let target_key = env.path("copy.db.key");
    std::fs::write(&target_key, [7u8; 32]).unwrap();
    env.refused(&["backup", target.to_str().unwrap()], 5);
    assert!(!target.exists(), "no copy without its key");
    assert_eq!(std::fs::read(&target_key).unwrap(), vec![7u8; 32]);
    // With --force both are replaced.
    env.json(&["backup", target.to_str().unwrap(), "--force"]);
    assert_eq!(
        std::fs::read(&target_key).unwrap(),
        std::fs::read(&key).unwrap()
    );
    let copy = env
        .run(&["--db", target.to_str().unwrap(), "person", "list", "--json"])
        .ok()
        .json();
    assert_eq!(copy[0]["name"], "Someone");
}

#[test]
fn a_backup_interrupted_before_its_copy_does_not_block_the_retry() {
    let env = Env::new();
    env.json(&["person", "add", "--name", "Someone"]);
    let target = env.path("copy.db");
    // What a backup killed after writing the key and before putting the copy in place
    // leaves: FILE.key with this database's key, and a temporary file of its own name.
    std::fs::copy(side(&env, ".key"), env.path("copy.db.key")).unwrap();
    std::fs::write(env.path(".copy.db.12345-0.custctl-tmp"), b"").unwrap();
    assert!(!target.exists(), "no empty target is ever left");
    env.json(&["backup", target.to_str().unwrap()]);
    let copy = env
        .run(&["--db", target.to_str().unwrap(), "person", "list", "--json"])
        .ok()
        .json();
    assert_eq!(copy[0]["name"], "Someone");
}

/// Runs custctl under `umask 000`.
fn with_umask_000(env: &Env, args: &[&str]) -> std::process::Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$@\"")
        .arg("sh")
        .arg(assert_cmd::cargo::cargo_bin("custctl"))
        .args(args)
        .current_dir(env.dir.path())
        .env_clear()
        .env("CUSTCTL_DB", &env.db)
        .env("CUSTCTL_KEY_FILE", env.key_file())
        .env("CUSTCTL_NOW", &env.now)
        .env("CUSTCTL_ACTOR", &env.actor)
        .env("HOME", env.dir.path())
        .env("TZ", "UTC")
        .output()
        .unwrap()
}

#[test]
fn every_file_written_is_private_whatever_the_umask() {
    let env = Env::new();
    let input = persons_csv(&env);
    let rejects = env.path("rejects.csv");
    let out = with_umask_000(
        &env,
        &import_args(input.to_str().unwrap(), rejects.to_str().unwrap()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&rejects), 0o600, "the rejects file");

    std::fs::write(env.path("t.txt"), "Dear {{ person.name }}").unwrap();
    env.json(&[
        "catalog",
        "letter-template",
        "add",
        "T",
        "--description",
        "t",
        "--body-file",
        env.path("t.txt").to_str().unwrap(),
    ]);
    env.json(&["catalog", "contact-class", "add", "C", "--description", "c"]);
    env.json(&[
        "catalog",
        "contact-type",
        "add",
        "C",
        "X",
        "--description",
        "x",
        "--letter",
        "T",
    ]);
    env.json(&[
        "contact", "add", "--person", "1", "--class", "C", "--type", "X",
    ]);
    let letters = env.path("letters/new");
    let out = with_umask_000(
        &env,
        &[
            "contact",
            "letters",
            "extract",
            "--out",
            letters.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&letters), 0o700, "the letters folder");
    assert_eq!(mode(&letters.join("letter-1-T.txt")), 0o600, "a letter");

    let backup = env.path("copy.db");
    let out = with_umask_000(&env, &["backup", backup.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&backup), 0o600, "the backup");
    assert_eq!(mode(&env.path("copy.db.key")), 0o600, "the backup's key");
}

/// Runs custctl with `args` where `{full}` stands for a 64 KiB file system mounted in a
/// private mount namespace; prints the folder's listing after the run. `None` when this
/// machine cannot make such a mount (no user namespaces).
fn on_a_full_disk(env: &Env, args: &[&str]) -> Option<(i32, String, String)> {
    let full = env.path("full");
    std::fs::create_dir_all(&full).unwrap();
    let probe = std::process::Command::new("unshare")
        .args([
            "-Urm",
            "sh",
            "-c",
            "mount -t tmpfs -o size=64k tmpfs \"$0\"",
            full.to_str().unwrap(),
        ])
        .output();
    if !matches!(&probe, Ok(o) if o.status.success()) {
        eprintln!("skipped: no private tmpfs mount on this machine");
        return None;
    }
    let script = "mount -t tmpfs -o size=64k tmpfs \"$FULL\" || exit 99; \
                  \"$@\"; rc=$?; echo; echo LISTING; ls -A \"$FULL\"; exit $rc";
    let args: Vec<String> = args
        .iter()
        .map(|a| a.replace("{full}", full.to_str().unwrap()))
        .collect();
    let out = std::process::Command::new("unshare")
        .args(["-Urm", "sh", "-c", script, "sh"])
        .arg(assert_cmd::cargo::cargo_bin("custctl"))
        .args(&args)
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("FULL", &full)
        .env("CUSTCTL_DB", &env.db)
        .env("CUSTCTL_KEY_FILE", env.key_file())
        .env("CUSTCTL_NOW", &env.now)
        .env("CUSTCTL_ACTOR", &env.actor)
        .env("HOME", env.dir.path())
        .env("TZ", "UTC")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let listing = stdout
        .split("LISTING\n")
        .nth(1)
        .unwrap_or_default()
        .trim()
        .to_string();
    Some((
        out.status.code().unwrap_or(-1),
        listing,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn a_full_disk_is_a_storage_error_and_leaves_no_partial_file() {
    let env = Env::new();
    env.run(&["init"]).ok();
    // Enough invalid rows for a rejects file far larger than the 64 KiB disk.
    let mut csv = String::from("name,email\nAnn,ann@example.com\n");
    for i in 0..5000 {
        csv.push_str(&format!("Person {i},not-an-email-{i}\n"));
    }
    let input = env.path("many.csv");
    std::fs::write(&input, csv).unwrap();
    let before = env.snapshot();
    let Some((code, listing, stderr)) = on_a_full_disk(
        &env,
        &[
            "person",
            "import",
            input.to_str().unwrap(),
            "--skip-invalid",
            "--rejects",
            "{full}/rejects.csv",
        ],
    ) else {
        return;
    };
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("the disk is full"), "{stderr}");
    assert_eq!(listing, "", "no partial file");
    assert_eq!(before, env.snapshot(), "nothing imported");

    // A backup larger than the disk (the schema alone is more than 64 KiB): the same.
    assert!(std::fs::metadata(&env.db).unwrap().len() > 64 * 1024);
    let Some((code, listing, stderr)) = on_a_full_disk(&env, &["backup", "{full}/copy.db"]) else {
        return;
    };
    assert_eq!(code, 6, "{stderr}");
    assert_eq!(listing, "", "no partial file");
}

#[test]
fn an_output_that_is_a_device_pipe_or_socket_is_refused_even_with_force() {
    // As root, `backup /dev/null --force` renamed a regular file over the device node.
    // A named pipe stands in for a device here: it must stay what it was.
    use std::os::unix::fs::FileTypeExt;
    let env = Env::new();
    env.json(&["person", "add", "--name", "Someone"]);
    let fifo = env.path("pipe");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let run = env.refused(&["backup", fifo.to_str().unwrap(), "--force"], 5);
    assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    let input = persons_csv(&env);
    env.refused(
        &[
            import_args(input.to_str().unwrap(), fifo.to_str().unwrap()),
            vec!["--force"],
        ]
        .concat(),
        5,
    );
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo(),
        "the pipe was replaced"
    );
    assert!(!env.path("pipe.key").exists(), "no key written beside it");
}

//! The committed completions and man pages match the clap tree. Regenerate with
//! `CUSTCTL_UPDATE_GENERATED=1 cargo test --test generated`.

use std::path::Path;

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("CUSTCTL_UPDATE_GENERATED").is_some() {
        custctl::cli::completions::write_generated(root).expect("write generated files");
    }
    let files = custctl::cli::completions::generated_files().expect("generate");
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(root.join(path)).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(path.clone());
        }
    }
    let expected_pages: Vec<&String> = files
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.starts_with("man/"))
        .collect();
    for entry in std::fs::read_dir(root.join("man")).expect("man/ exists") {
        let name = format!("man/{}", entry.unwrap().file_name().to_string_lossy());
        if !expected_pages.contains(&&name) {
            stale.push(format!("{name} (no longer generated)"));
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nregenerate with: CUSTCTL_UPDATE_GENERATED=1 cargo test --test generated"
    );
}

#[test]
fn help_does_not_depend_on_the_environment() {
    let help = |envs: &[(&str, &str)]| {
        let mut cmd = assert_cmd::Command::cargo_bin("custctl").unwrap();
        cmd.env_clear().args(["--help"]);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    assert_eq!(
        help(&[]),
        help(&[
            ("CUSTCTL_DB", "/secret/path.db"),
            ("CUSTCTL_ACTOR", "someone")
        ])
    );
}

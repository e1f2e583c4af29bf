//! `custctl completions SHELL`, and the generation of the committed completions and man
//! pages (`completions/`, `man/`) from the clap tree.

use std::path::Path;

use clap::{Args, ValueEnum};
use clap_complete::Shell;

use crate::cli::{App, command};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ShellName {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

impl ShellName {
    fn shell(self) -> Shell {
        match self {
            ShellName::Bash => Shell::Bash,
            ShellName::Zsh => Shell::Zsh,
            ShellName::Fish => Shell::Fish,
            ShellName::Elvish => Shell::Elvish,
            ShellName::Powershell => Shell::PowerShell,
        }
    }
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell
    #[arg(value_enum)]
    shell: ShellName,
}

pub fn run(args: CompletionsArgs, _app: &mut App) -> Result<()> {
    let bytes = completion(args.shell.shell());
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

fn completion(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut command(), "custctl", &mut buf);
    buf
}

/// Every generated file as (path relative to the repository, contents): the completions of
/// each shell and one man page per command.
pub fn generated_files() -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "custctl.bash"),
        (Shell::Zsh, "_custctl"),
        (Shell::Fish, "custctl.fish"),
        (Shell::Elvish, "custctl.elv"),
        (Shell::PowerShell, "_custctl.ps1"),
    ] {
        files.push((format!("completions/{name}"), completion(shell)));
    }
    let mut root = command();
    root.build();
    man_pages(&root, "custctl", &mut files)?;
    Ok(files)
}

fn man_pages(cmd: &clap::Command, name: &str, files: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let page_cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .render(&mut buf)
        .map_err(|e| Error::internal(format!("man page {name}: {e}")))?;
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files)?;
    }
    Ok(())
}

/// Writes the generated files under `root`, removing stale man pages.
pub fn write_generated(root: &Path) -> Result<()> {
    let files = generated_files()?;
    let man = root.join("man");
    if man.exists() {
        for entry in std::fs::read_dir(&man)? {
            std::fs::remove_file(entry?.path())?;
        }
    }
    for (path, bytes) in files {
        let path = root.join(path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(())
}

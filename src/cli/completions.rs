//! `custctl completions SHELL`, and the generation of the committed completions and man
//! pages (`completions/`, `man/`) from the clap tree.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use clap_complete::Shell;
use serde::Serialize;

use crate::cli::{App, GlobalArgs, command};
use crate::error::{Error, Result};
use crate::outfile::{Protected, Target};

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
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct CompletionsArgs {
    #[command(subcommand)]
    command: Option<CompletionsCommand>,
    /// bash, zsh, fish, elvish or powershell
    #[arg(value_enum, required = true)]
    shell: Option<ShellName>,
}

#[derive(Debug, Subcommand)]
enum CompletionsCommand {
    /// Write the completion script where the shell looks for it (bash, fish, zsh), or print
    /// the one line to add to the shell's startup file (elvish, powershell)
    Install(InstallArgs),
}

#[derive(Debug, Args)]
struct InstallArgs {
    /// The shell [default: the one $SHELL names]
    #[arg(value_enum)]
    shell: Option<ShellName>,
}

/// What `completions install` did.
#[derive(Debug, Serialize)]
struct Installed {
    shell: &'static str,
    /// The file written, if any.
    path: Option<String>,
    /// The line to add to the shell's startup file, if one is needed.
    add_line: Option<String>,
    rc_file: Option<&'static str>,
}

pub fn run(args: CompletionsArgs, app: &mut App) -> Result<()> {
    if let Some(CompletionsCommand::Install(i)) = args.command {
        return install(i, app);
    }
    let shell = args
        .shell
        .ok_or_else(|| Error::usage("name the shell: custctl completions SHELL"))?;
    let bytes = completion(shell.shell());
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

fn home(var: &str, fallback: &str) -> Result<PathBuf> {
    std::env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(fallback))
        })
        .ok_or_else(|| Error::usage(format!("neither {var} nor HOME is set")))
}

fn install(args: InstallArgs, app: &mut App) -> Result<()> {
    let shell = match args.shell {
        Some(s) => s,
        None => {
            let name = std::env::var("SHELL").unwrap_or_default();
            let base = name.rsplit('/').next().unwrap_or("").to_ascii_lowercase();
            ShellName::from_str(&base, true).map_err(|_| {
                Error::usage(format!(
                    "cannot tell the shell from SHELL={name}; name it: custctl completions install bash|zsh|fish|elvish|powershell"
                ))
            })?
        }
    };
    let (name, file, add_line, rc_file) = match shell {
        ShellName::Bash => (
            "bash",
            Some(
                home("XDG_DATA_HOME", ".local/share")?.join("bash-completion/completions/custctl"),
            ),
            None,
            None,
        ),
        ShellName::Fish => (
            "fish",
            Some(home("XDG_CONFIG_HOME", ".config")?.join("fish/completions/custctl.fish")),
            None,
            None,
        ),
        ShellName::Zsh => {
            let dir = home("ZDOTDIR", "")?.join(".zfunc");
            (
                "zsh",
                Some(dir.join("_custctl")),
                Some(format!(
                    "fpath=({} $fpath); autoload -Uz compinit && compinit",
                    dir.display()
                )),
                Some("~/.zshrc"),
            )
        }
        ShellName::Elvish => (
            "elvish",
            None,
            Some("eval (custctl completions elvish | slurp)".to_string()),
            Some("~/.config/elvish/rc.elv"),
        ),
        ShellName::Powershell => (
            "powershell",
            None,
            Some("custctl completions powershell | Out-String | Invoke-Expression".to_string()),
            Some("$PROFILE"),
        ),
    };
    if let Some(path) = &file {
        // Like every file custctl writes: never the database or its side files, never
        // through a link, atomically; an older script of our own is replaced.
        let protected = Protected::new().database(app.db_path());
        Target::check(path, true, &protected)?.write_all(&completion(shell.shell()))?;
        app.out
            .note(format!("{name} completions written to {}", path.display()));
    }
    if let (Some(line), Some(rc)) = (&add_line, rc_file) {
        app.out.note(format!("add this line to {rc}:\n  {line}"));
    }
    app.out.object(&Installed {
        shell: name,
        path: file.map(|p| p.display().to_string()),
        add_line,
        rc_file,
    })
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

/// One page per command: the file is named `custctl-account-receipt-method-assign.1`, its
/// synopsis spells the command as typed (`custctl account receipt-method assign`).
fn man_pages(cmd: &clap::Command, name: &str, files: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    man_page(cmd, name, "custctl", files)
}

fn man_page(
    cmd: &clap::Command,
    name: &str,
    bin: &str,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Result<()> {
    let page_cmd = cmd.clone().name(name.to_string()).bin_name(bin.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .render(&mut buf)
        .map_err(|e| Error::internal(format!("man page {name}: {e}")))?;
    files.push((format!("man/{name}.1"), buf));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_page(
            sub,
            &format!("{name}-{}", sub.get_name()),
            &format!("{bin} {}", sub.get_name()),
            files,
        )?;
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

// ------------------------------------------------------------------ dynamic completion

/// The completer of every argument that names an existing account: account numbers from the
/// database, for the dynamic completion scripts (`CUSTCTL_COMPLETE=bash custctl`).
pub fn account_numbers() -> clap_complete::engine::ArgValueCompleter {
    clap_complete::engine::ArgValueCompleter::new(complete_account_numbers)
}

/// The completer of an argument that names a code of catalog `kind` (`receipt-method`,
/// `contact-class`, `profile-class`, ...: the names of `catalog list --kind`).
pub fn catalog_codes(kind: &'static str) -> clap_complete::engine::ArgValueCompleter {
    clap_complete::engine::ArgValueCompleter::new(move |current: &std::ffi::OsStr| {
        let (Some(prefix), Some(path)) = (current.to_str(), completion_database()) else {
            return Vec::new();
        };
        crate::store::catalog::codes_for_completion(&path, kind, prefix, COMPLETION_LIMIT)
            .unwrap_or_default()
            .into_iter()
            .map(clap_complete::CompletionCandidate::new)
            .collect()
    })
}

/// How many candidates a completion offers at most.
const COMPLETION_LIMIT: usize = 200;

fn complete_account_numbers(current: &std::ffi::OsStr) -> Vec<clap_complete::CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    let Some(path) = completion_database() else {
        return Vec::new();
    };
    crate::store::account::numbers_for_completion(&path, prefix, COMPLETION_LIMIT)
        .unwrap_or_default()
        .into_iter()
        .map(clap_complete::CompletionCandidate::new)
        .collect()
}

/// The database the command line being completed names: its `--db`, else the environment,
/// the config file or the default, as for any command. `None` when it cannot be known or
/// is not a file (nothing is created).
fn completion_database() -> Option<PathBuf> {
    use clap::{Args as _, FromArgMatches as _};
    // While completing, the arguments are `custctl -- custctl WORD...`.
    let words: Vec<String> = std::env::args_os()
        .filter_map(|a| a.into_string().ok())
        .collect();
    let mut db: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if w == "--db" {
            if let Some(v) = words.get(i + 1) {
                db = vec!["--db".into(), v.clone()];
            }
        } else if let Some(v) = w.strip_prefix("--db=") {
            db = vec!["--db".into(), v.to_string()];
        }
    }
    let cmd = GlobalArgs::augment_args(clap::Command::new("custctl"));
    let matches = cmd
        .try_get_matches_from(std::iter::once("custctl".to_string()).chain(db))
        .ok()?;
    let global = GlobalArgs::from_arg_matches(&matches).ok()?;
    let settings = crate::cli::config::Settings::load(&global, None).ok()?;
    // Completion reads a local SQLite file only: it must answer at once, and a server
    // connection (or its password prompt) would stall the shell.
    let path = settings.database.value.sqlite_path()?.to_path_buf();
    path.is_file().then_some(path)
}

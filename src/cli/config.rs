//! Settings: each from a flag, else the environment, else the config file, else built in;
//! and `custctl config show`, which says where each one came from.
//!
//! The config file is `$CUSTCTL_CONFIG`, else `$XDG_CONFIG_HOME/custctl/config.toml`, else
//! `~/.config/custctl/config.toml`; a missing default file is no config.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::output::{Format, ListFlags, ListSpec};
use crate::cli::{App, GlobalArgs};
use crate::error::{Error, Result};
use crate::store::location::Location;

/// The keys a config file may set.
pub const KEYS: &[&str] = &[
    "database",
    "key_file",
    "currency",
    "format",
    "busy_timeout_ms",
    "phone_region",
];

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    Env(&'static str),
    Config,
    Default,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag(name) => write!(f, "flag {name}"),
            Origin::Env(name) => write!(f, "env {name}"),
            Origin::Config => f.write_str("config file"),
            Origin::Default => f.write_str("built-in"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Setting<T> {
    pub value: T,
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// The config file: the path read or looked at, whether it was there, what named it.
    pub config_file: Option<PathBuf>,
    pub config_found: bool,
    pub config_origin: Origin,
    /// A file (SQLite) or a `postgresql://` URL; shown with its password redacted.
    pub database: Setting<Location>,
    /// The key file: `--key-file` > `CUSTCTL_KEY_FILE` > config `key_file` > `<db>.key`
    /// (SQLite); PostgreSQL has no default (`None`).
    pub key_file: Setting<Option<PathBuf>>,
    pub actor: Setting<String>,
    pub format: Setting<Format>,
    /// The currency of an account added without --currency.
    pub currency: Setting<String>,
    pub busy_timeout_ms: Setting<u64>,
    /// The region of phone numbers in national form (`--region` wins where a command has it).
    pub phone_region: Option<Setting<String>>,
}

/// The values a config file set.
#[derive(Debug, Default)]
struct FileValues {
    database: Option<String>,
    key_file: Option<PathBuf>,
    currency: Option<String>,
    format: Option<Format>,
    busy_timeout_ms: Option<u64>,
    phone_region: Option<String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Settings {
    /// `format_flag` is `--format`/`--json` when typed.
    pub fn load(global: &GlobalArgs, format_flag: Option<Format>) -> Result<Settings> {
        let (config_file, config_origin) = config_path()?;
        let config_found = config_file.as_ref().is_some_and(|p| p.is_file());
        let file = match &config_file {
            Some(path) if config_found => read_config(path)?,
            _ => FileValues::default(),
        };
        let pick = |flag: Option<(&'static str, String)>,
                    var: &'static str,
                    conf: Option<String>|
         -> Option<Setting<String>> {
            if let Some((name, v)) = flag {
                return Some(Setting {
                    value: v,
                    origin: Origin::Flag(name),
                });
            }
            if let Some(v) = env(var) {
                return Some(Setting {
                    value: v,
                    origin: Origin::Env(var),
                });
            }
            conf.map(|v| Setting {
                value: v,
                origin: Origin::Config,
            })
        };

        let database = match pick(
            global
                .db
                .as_ref()
                .filter(|p| !p.as_os_str().is_empty())
                .map(|p| ("--db", p.to_string_lossy().into_owned())),
            "CUSTCTL_DB",
            file.database,
        ) {
            Some(s) => Setting {
                value: Location::parse(&s.value),
                origin: s.origin,
            },
            None => Setting {
                value: Location::Sqlite(default_db_path()?),
                origin: Origin::Default,
            },
        };
        let key_file = match pick(
            global
                .key_file
                .as_ref()
                .filter(|p| !p.as_os_str().is_empty())
                .map(|p| ("--key-file", p.to_string_lossy().into_owned())),
            "CUSTCTL_KEY_FILE",
            file.key_file.map(|p| p.to_string_lossy().into_owned()),
        ) {
            Some(s) => Setting {
                value: Some(PathBuf::from(s.value)),
                origin: s.origin,
            },
            None => Setting {
                value: database
                    .value
                    .sqlite_path()
                    .map(crate::store::keyfile::key_path),
                origin: Origin::Default,
            },
        };

        // An empty `--actor` is a mistake (a script's unset variable), not a wish to act as
        // `$USER`: the audit would name someone the caller did not mean.
        if global.actor.as_ref().is_some_and(|a| a.trim().is_empty()) {
            return Err(Error::usage("--actor is empty")
                .with_hint("give the name to record in the audit log, or leave --actor out to use CUSTCTL_ACTOR or $USER"));
        }
        let actor = pick(
            global.actor.clone().map(|a| ("--actor", a)),
            "CUSTCTL_ACTOR",
            None,
        )
        .or_else(|| {
            env("USER").map(|u| Setting {
                value: u,
                origin: Origin::Env("USER"),
            })
        })
        .unwrap_or(Setting {
            value: "unknown".into(),
            origin: Origin::Default,
        });

        let format = if let Some(f) = format_flag {
            Setting {
                value: f,
                origin: Origin::Flag(if global.json { "--json" } else { "--format" }),
            }
        } else if let Some(v) = env("CUSTCTL_FORMAT") {
            Setting {
                value: parse_format(&v)
                    .map_err(|e| e.with_hint("CUSTCTL_FORMAT takes table, json, ndjson or csv"))?,
                origin: Origin::Env("CUSTCTL_FORMAT"),
            }
        } else if let Some(f) = file.format {
            Setting {
                value: f,
                origin: Origin::Config,
            }
        } else {
            Setting {
                value: Format::Table,
                origin: Origin::Default,
            }
        };

        let mut currency = pick(None, "CUSTCTL_CURRENCY", file.currency).unwrap_or(Setting {
            value: crate::ops::account::DEFAULT_CURRENCY.into(),
            origin: Origin::Default,
        });
        // Checked here, so that a value that is no currency (a card number typed in the
        // wrong place) is neither shown by `config show` nor used.
        currency.value =
            crate::domain::currency::currency("currency", &currency.value).map_err(|e| {
                Error::usage(format!("{} ({})", e.message, currency.origin))
                    .with_hint("set an ISO 4217 code such as EUR or USD")
            })?;
        let phone_region = pick(None, "CUSTCTL_PHONE_REGION", file.phone_region)
            .map(|s| -> Result<Setting<String>> {
                let value =
                    crate::domain::phone::region("phone region", &s.value).map_err(|e| {
                        Error::usage(format!("{} ({})", e.message, s.origin))
                            .with_hint("set a region code such as DE or US")
                    })?;
                Ok(Setting {
                    value,
                    origin: s.origin,
                })
            })
            .transpose()?;
        if let Some(r) = &phone_region {
            crate::cli::region::set_configured(&r.value);
        }

        let busy_timeout_ms =
            match env("CUSTCTL_BUSY_TIMEOUT_MS").and_then(|v| v.trim().parse().ok()) {
                Some(ms) => Setting {
                    value: ms,
                    origin: Origin::Env("CUSTCTL_BUSY_TIMEOUT_MS"),
                },
                None => match file.busy_timeout_ms {
                    Some(ms) => Setting {
                        value: ms,
                        origin: Origin::Config,
                    },
                    None => Setting {
                        value: crate::store::DEFAULT_BUSY_TIMEOUT.as_millis() as u64,
                        origin: Origin::Default,
                    },
                },
            };

        Ok(Settings {
            config_file,
            config_found,
            config_origin,
            database,
            key_file,
            actor,
            format,
            currency,
            busy_timeout_ms,
            phone_region,
        })
    }

    fn rows(&self) -> Vec<Row> {
        let row = |setting: &'static str, value: String, origin: &Origin| Row {
            setting,
            value,
            source: origin.to_string(),
        };
        vec![
            Row {
                setting: "config_file",
                value: self
                    .config_file
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                source: if self.config_found {
                    self.config_origin.to_string()
                } else {
                    "none (no file there)".into()
                },
            },
            row(
                "database",
                self.database.value.to_string(),
                &self.database.origin,
            ),
            match &self.key_file.value {
                Some(p) => row("key_file", p.display().to_string(), &self.key_file.origin),
                None => Row {
                    setting: "key_file",
                    value: String::new(),
                    source: "none (PostgreSQL: name it with --key-file)".into(),
                },
            },
            row("actor", self.actor.value.clone(), &self.actor.origin),
            row(
                "format",
                self.format.value.as_str().to_string(),
                &self.format.origin,
            ),
            row(
                "currency",
                self.currency.value.clone(),
                &self.currency.origin,
            ),
            row(
                "busy_timeout_ms",
                self.busy_timeout_ms.value.to_string(),
                &self.busy_timeout_ms.origin,
            ),
            match &self.phone_region {
                Some(r) => row("phone_region", r.value.clone(), &r.origin),
                None => row("phone_region", String::new(), &Origin::Default),
            },
        ]
    }
}

fn parse_format(value: &str) -> Result<Format> {
    match value.trim().to_ascii_lowercase().as_str() {
        "table" => Ok(Format::Table),
        "json" => Ok(Format::Json),
        "ndjson" => Ok(Format::Ndjson),
        "csv" => Ok(Format::Csv),
        other => Err(Error::usage(format!(
            "'{other}' is not an output format (table, json, ndjson or csv)"
        ))),
    }
}

/// `$CUSTCTL_CONFIG` (which must exist), else the XDG file when it exists.
fn config_path() -> Result<(Option<PathBuf>, Origin)> {
    if let Some(p) = env("CUSTCTL_CONFIG") {
        let path = PathBuf::from(p);
        if !path.is_file() {
            return Err(Error::usage(format!(
                "the config file {} (named by CUSTCTL_CONFIG) does not exist",
                path.display()
            )));
        }
        return Ok((Some(path), Origin::Env("CUSTCTL_CONFIG")));
    }
    let home = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        });
    Ok((
        home.map(|h| h.join("custctl").join("config.toml")),
        Origin::Default,
    ))
}

/// Reads the flat `key = value` TOML file; an unknown key or a wrong type is a usage error
/// naming the file.
fn read_config(path: &Path) -> Result<FileValues> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::storage(format!("cannot read {}: {e}", path.display())))?;
    let bad = |msg: String| {
        Error::usage(format!("{}: {msg}", path.display()))
            .with_hint(format!("the keys are: {}", KEYS.join(", ")))
    };
    let doc: toml_edit::Document<String> = text
        .parse()
        .map_err(|e: toml_edit::TomlError| bad(e.message().to_string()))?;
    let mut values = FileValues::default();
    for (key, item) in doc.as_table().iter() {
        let string = || {
            item.as_str()
                .map(str::to_string)
                .ok_or_else(|| bad(format!("{key} takes a string")))
        };
        match key {
            "database" => {
                let value = string()?;
                // A relative path is relative to the config file's folder (a URL is not a
                // path).
                values.database = Some(if crate::store::location::is_postgres(&value) {
                    value
                } else {
                    relative_to(path, PathBuf::from(value))
                        .to_string_lossy()
                        .into_owned()
                });
            }
            "key_file" => values.key_file = Some(relative_to(path, PathBuf::from(string()?))),
            "currency" => values.currency = Some(string()?),
            "phone_region" => values.phone_region = Some(string()?),
            "format" => values.format = Some(parse_format(&string()?).map_err(|e| bad(e.message))?),
            "busy_timeout_ms" => {
                values.busy_timeout_ms = Some(
                    item.as_integer()
                        .and_then(|n| u64::try_from(n).ok())
                        .ok_or_else(|| {
                            bad(format!("{key} takes a whole number of milliseconds"))
                        })?,
                )
            }
            other => return Err(bad(format!("unknown key '{other}'"))),
        }
    }
    Ok(values)
}

/// A path named in the config file at `config`: relative to the config file's folder.
fn relative_to(config: &Path, p: PathBuf) -> PathBuf {
    if p.is_relative() {
        config.parent().map(|d| d.join(&p)).unwrap_or(p)
    } else {
        p
    }
}

/// `$XDG_DATA_HOME/custctl/custctl.db`, else `~/.local/share/custctl/custctl.db`.
fn default_db_path() -> Result<PathBuf> {
    let data_home = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".local/share"))
        })
        .ok_or_else(|| {
            Error::usage(
                "no database path: neither --db, CUSTCTL_DB, a config file, XDG_DATA_HOME nor HOME is set",
            )
            .with_hint("pass --db PATH")
        })?;
    Ok(data_home.join("custctl").join("custctl.db"))
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(subcommand)]
    command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Each setting with its value and where it came from (flag, env, config file, built-in)
    Show,
}

#[derive(Debug, Serialize)]
struct Row {
    setting: &'static str,
    value: String,
    source: String,
}

const SHOW: ListSpec = ListSpec {
    noun: "settings",
    default: &["setting", "value", "source"],
    all: &["setting", "value", "source"],
};

pub fn run(args: ConfigArgs, app: &mut App) -> Result<()> {
    match args.command {
        ConfigCommand::Show => app
            .out
            .list(&SHOW, &ListFlags::default(), &app.settings.rows()),
    }
}

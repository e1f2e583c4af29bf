//! Where the database is: a file path (SQLite) or a PostgreSQL connection string. Parsed in
//! this one place from `--db`, `CUSTCTL_DB` or the config file's `database`.
//!
//! A PostgreSQL connection string is a libpq-style URL (`postgresql://…` or `postgres://…`)
//! or a key=value conninfo that starts with one of libpq's keywords (`host=… dbname=…`); any
//! other value is a path. The string may hold a password: it is shown only through
//! [`Location`]'s `Display` (and [`redact`]), which replaces the password with `***`.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    /// The connection string as given (it may hold a password: never print it as it is).
    Postgres(String),
}

/// The keywords that make a value a key=value conninfo rather than a path (a file whose name
/// starts with one of them is named as `./host=…`).
const CONNINFO_KEYWORDS: &[&str] = &[
    "host", "hostaddr", "port", "dbname", "user", "password", "sslmode", "service",
];

impl Location {
    pub fn parse(value: &str) -> Location {
        if is_postgres(value) {
            Location::Postgres(value.trim().to_string())
        } else {
            Location::Sqlite(PathBuf::from(value))
        }
    }

    /// As [`Location::parse`], for a path that is not UTF-8 (always SQLite).
    pub fn from_os(value: &std::ffi::OsStr) -> Location {
        match value.to_str() {
            Some(s) => Location::parse(s),
            None => Location::Sqlite(PathBuf::from(value)),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Location::Postgres(_))
    }

    /// The SQLite file, if this is one.
    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            Location::Sqlite(p) => Some(p),
            Location::Postgres(_) => None,
        }
    }
}

/// Whether `value` names a PostgreSQL database rather than a file.
pub fn is_postgres(value: &str) -> bool {
    let v = value.trim_start();
    let lower = v.get(..13).unwrap_or(v).to_ascii_lowercase();
    if lower.starts_with("postgresql://") || lower.starts_with("postgres://") {
        return true;
    }
    match v.split_once('=') {
        Some((key, _)) => CONNINFO_KEYWORDS.contains(&key.trim()),
        None => false,
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "{}", p.display()),
            Location::Postgres(s) => f.write_str(&redact(s)),
        }
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(p) => write!(f, "Sqlite({p:?})"),
            Location::Postgres(_) => write!(f, "Postgres({self})"),
        }
    }
}

/// A connection string with its password replaced by `***`: the `user:PASSWORD@` of a URL,
/// a `password=` query parameter, or a `password=` conninfo pair (quoted or not).
pub fn redact(conninfo: &str) -> String {
    mask_password(conninfo, Some("***"))
}

/// `conninfo` with its password left out (for a program that takes the password from
/// `PGPASSWORD` instead of its command line, which every user of the machine can read).
pub fn without_password(conninfo: &str) -> String {
    mask_password(conninfo, None)
}

/// The password of `conninfo` replaced by `mask`, or left out with its key when `None`.
fn mask_password(conninfo: &str, mask: Option<&str>) -> String {
    let s = conninfo.trim();
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("postgresql://") || lower.starts_with("postgres://") {
        redact_url(s, mask)
    } else {
        redact_conninfo(s, mask)
    }
}

fn redact_url(url: &str, mask: Option<&str>) -> String {
    let scheme_end = url.find("://").map(|i| i + 3).unwrap_or(0);
    let (scheme, rest) = url.split_at(scheme_end);
    // The userinfo ends at the last '@' before the query, so that a password holding an
    // unescaped '/' is still found (a '@' in the path may redact more than needed: safe).
    let query_start = rest.find('?').unwrap_or(rest.len());
    let (authority, tail) = match rest[..query_start].rfind('@') {
        Some(at) => {
            let userinfo = &rest[..at];
            let authority = match (userinfo.find(':'), mask) {
                (Some(colon), Some(mask)) => format!("{}:{mask}@", &userinfo[..colon]),
                (Some(colon), None) => format!("{}@", &userinfo[..colon]),
                (None, _) => rest[..=at].to_string(),
            };
            let after = &rest[at + 1..];
            let end = after.find(['/', '?']).unwrap_or(after.len());
            (authority + &after[..end], &after[end..])
        }
        None => {
            let end = rest.find(['/', '?']).unwrap_or(rest.len());
            (rest[..end].to_string(), &rest[end..])
        }
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let params: Vec<String> = query
                .split('&')
                .filter_map(|p| match (p.split_once('='), mask) {
                    (Some((k, _)), Some(mask)) if k.eq_ignore_ascii_case("password") => {
                        Some(format!("{k}={mask}"))
                    }
                    (Some((k, _)), None) if k.eq_ignore_ascii_case("password") => None,
                    _ => Some(p.to_string()),
                })
                .collect();
            if params.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{}", params.join("&"))
            }
        }
        None => tail.to_string(),
    };
    format!("{scheme}{authority}{tail}")
}

fn redact_conninfo(s: &str, mask: Option<&str>) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(eq) = rest.find('=') {
        let key_part = &rest[..eq];
        let after = rest[eq + 1..].trim_start();
        let spaces = &rest[eq + 1..eq + 1 + (rest[eq + 1..].len() - after.len())];
        let (value, remaining) = conninfo_value(after);
        match (key_part.trim().eq_ignore_ascii_case("password"), mask) {
            (true, None) => {
                // The key's leading spaces stay, so the neighbours stay apart.
                out.push_str(&key_part[..key_part.len() - key_part.trim_start().len()]);
            }
            (is_password, _) => {
                out.push_str(key_part);
                out.push('=');
                out.push_str(spaces);
                out.push_str(match (is_password, mask) {
                    (true, Some(mask)) => mask,
                    _ => value,
                });
            }
        }
        rest = remaining;
    }
    out.push_str(rest);
    out
}

/// Splits a conninfo value (quoted with `'…'` and `\` escapes, or up to the next space) from
/// what follows it.
pub(crate) fn conninfo_value(s: &str) -> (&str, &str) {
    if let Some(quoted) = s.strip_prefix('\'') {
        let mut escaped = false;
        for (i, c) in quoted.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '\'' => return (&s[..i + 2], &s[i + 2..]),
                _ => {}
            }
        }
        (s, "")
    } else {
        let end = s.find(char::is_whitespace).unwrap_or(s.len());
        (&s[..end], &s[end..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_password_leaves_out_the_password_and_nothing_else() {
        for (given, expected) in [
            (
                "postgresql://ann:s3cret@db.example:5432/team?sslmode=require",
                "postgresql://ann@db.example:5432/team?sslmode=require",
            ),
            (
                "postgresql://ann@db/team?password=s3cret&sslmode=require",
                "postgresql://ann@db/team?sslmode=require",
            ),
            (
                "postgres://ann@db/team?password=s3cret",
                "postgres://ann@db/team",
            ),
            (
                "host=db password='s3 cret' dbname=team",
                "host=db  dbname=team",
            ),
            ("password=s3cret host=db", " host=db"),
            ("host=db dbname=team", "host=db dbname=team"),
        ] {
            let out = without_password(given);
            assert_eq!(out, expected, "{given}");
            assert!(!out.contains("s3"), "{out}");
        }
        assert_eq!(redact("host=db password=s3cret"), "host=db password=***");
    }

    #[test]
    fn urls_and_conninfo_are_postgres_paths_are_sqlite() {
        for pg in [
            "postgresql://u@h:5432/db",
            "postgres://h/db",
            "POSTGRESQL://h/db",
            "host=localhost dbname=x",
            "dbname=x",
        ] {
            assert!(Location::parse(pg).is_postgres(), "{pg}");
        }
        for path in [
            "custctl.db",
            "/tmp/postgresql/x.db",
            "./host=x",
            "data=1.db",
            "postgresql:x.db",
        ] {
            assert_eq!(
                Location::parse(path),
                Location::Sqlite(PathBuf::from(path)),
                "{path}"
            );
        }
    }

    #[test]
    fn passwords_are_redacted() {
        let cases = [
            (
                "postgresql://u:s3cret@h:5432/db",
                "postgresql://u:***@h:5432/db",
            ),
            ("postgresql://u@h/db", "postgresql://u@h/db"),
            (
                "postgres://u:p%40ss@h/db?sslmode=require",
                "postgres://u:***@h/db?sslmode=require",
            ),
            (
                "postgresql://h/db?user=u&password=s3cret&sslmode=require",
                "postgresql://h/db?user=u&password=***&sslmode=require",
            ),
            ("postgresql://u:s3cret@h", "postgresql://u:***@h"),
            ("postgresql://u:s3/cr@t@h:1/db", "postgresql://u:***@h:1/db"),
            (
                "host=h password=s3cret dbname=d",
                "host=h password=*** dbname=d",
            ),
            (
                "host=h password = 's3 \\' cret' dbname=d",
                "host=h password = *** dbname=d",
            ),
        ];
        for (given, shown) in cases {
            assert_eq!(redact(given), shown);
            assert!(!Location::parse(given).to_string().contains("s3"));
            assert!(!format!("{:?}", Location::parse(given)).contains("s3"));
        }
    }
}

//! Typed errors of the library and the one place that maps them to exit codes.
//!
//! Every failure a user can cause is an [`Error`] with a [`ErrorKind`]; the kind decides the
//! exit code (product.md §1) and the `kind` of the JSON error object. Messages name the
//! record and the rule; a hint says what to do next.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Bad arguments (exit 2).
    Usage,
    /// A referenced record does not exist (exit 3).
    NotFound,
    /// A business rule refuses the change (exit 4).
    Conflict,
    /// A value or an input row is malformed (exit 5).
    Invalid,
    /// The database is busy, unreadable or corrupt, or a file cannot be written (exit 6).
    Storage,
    /// A bug or an unexpected failure (exit 1).
    Internal,
    /// stdout was closed by the reader (e.g. `| head`): not a failure (exit 0).
    BrokenPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::BrokenPipe => 0,
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Conflict => 4,
            ErrorKind::Invalid => 5,
            ErrorKind::Storage => 6,
        }
    }

    /// The `kind` field of the JSON error object.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Usage => "usage",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Invalid => "invalid",
            ErrorKind::Storage => "storage",
            ErrorKind::Internal | ErrorKind::BrokenPipe => "internal",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// Extra structured detail for JSON output (e.g. an import's per-row errors).
    pub details: Option<Box<serde_json::Value>>,
    /// The database aborted the transaction whole (PostgreSQL's serialization failure or
    /// deadlock): running it again may succeed (`store::Db` does, a bounded number of times).
    pub retryable: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            details: None,
            retryable: false,
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Invalid, message)
    }
    pub fn storage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Storage, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    pub fn broken_pipe() -> Self {
        Self::new(ErrorKind::BrokenPipe, "broken pipe")
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_details(mut self, details: serde_json::Value) -> Self {
        self.details = Some(Box::new(details));
        self
    }

    pub fn exit_code(&self) -> i32 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
                Error::storage(format!("the database is busy: {err}"))
                    .with_hint("another custctl is writing; try again, or raise the wait with CUSTCTL_BUSY_TIMEOUT_MS")
            }
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => {
                Error::storage(format!("the database is corrupt or not a custctl database: {err}"))
                    .with_hint("run `custctl doctor`, or restore from a `custctl backup`")
            }
            Some(ErrorCode::ConstraintViolation) => {
                // The domain checks every rule before writing; reaching a constraint means a
                // rule the domain missed, which the database still refuses.
                Error::conflict(format!("the database refused the change: {err}"))
            }
            Some(ErrorCode::ReadOnly)
            | Some(ErrorCode::CannotOpen)
            | Some(ErrorCode::DiskFull)
            | Some(ErrorCode::SystemIoFailure)
            | Some(ErrorCode::PermissionDenied) => Error::storage(format!("database: {err}")),
            _ => Error::internal(format!("database: {err}")),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            Error::broken_pipe()
        } else {
            Error::storage(err.to_string())
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        if err.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            Error::broken_pipe()
        } else {
            Error::internal(format!("json: {err}"))
        }
    }
}

impl From<csv::Error> for Error {
    fn from(err: csv::Error) -> Self {
        match err.kind() {
            csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe => {
                Error::broken_pipe()
            }
            // Writing a rejects file: a full disk is a storage failure (6).
            csv::ErrorKind::Io(_) => match err.into_kind() {
                csv::ErrorKind::Io(io) => crate::outfile::io_error("cannot write", io),
                _ => Error::internal("csv"),
            },
            _ => Error::internal(format!("csv: {err}")),
        }
    }
}

/// The exit class of a PostgreSQL error, from its SQLSTATE (`None`: the error has none) and
/// whether the connection to the server was lost (or never made). A broken rule held by
/// the schema (class 23, and the append-only triggers, which raise 23000) is a conflict
/// (4); a serialization failure (40001), deadlock (40P01), lock not available (55P03),
/// cancelled statement (57014), a lost connection, a server going down, no resources, a
/// refused login or privilege, and corruption are storage failures (6), the first four
/// worth retrying as a whole transaction; a database that does not exist is not found (3);
/// anything else is a bug (1).
pub fn postgres_kind(sqlstate: Option<&str>, connection_lost: bool) -> ErrorKind {
    if connection_lost {
        return ErrorKind::Storage;
    }
    let Some(code) = sqlstate else {
        return ErrorKind::Internal;
    };
    let class = code.get(..2).unwrap_or(code);
    match (class, code) {
        ("23", _) => ErrorKind::Conflict,
        (_, "40001" | "40P01" | "55P03" | "57014") => ErrorKind::Storage,
        (_, "3D000") => ErrorKind::NotFound,
        // Connection exception, operator intervention (shutdown), insufficient resources,
        // system error, internal error and corruption, invalid authorization, privileges,
        // a read-only (standby) server.
        ("08" | "57" | "53" | "58" | "XX" | "28", _) | (_, "42501" | "25006") => ErrorKind::Storage,
        _ => ErrorKind::Internal,
    }
}

/// Whether a PostgreSQL error is worth retrying the whole transaction for (serialization
/// failure, deadlock).
pub fn postgres_retryable(sqlstate: Option<&str>) -> bool {
    matches!(sqlstate, Some("40001" | "40P01"))
}

impl From<postgres::Error> for Error {
    fn from(err: postgres::Error) -> Self {
        let code = err.code().map(|c| c.code().to_string());
        let lost = err.is_closed()
            || std::error::Error::source(&err).is_some_and(|s| s.is::<std::io::Error>());
        let kind = postgres_kind(code.as_deref(), lost);
        // The server's message (never the connection string, which may hold a password).
        let message = match err.as_db_error() {
            Some(db) => format!("{} (SQLSTATE {})", db.message(), db.code().code()),
            // "error connecting to server" says why only in its source.
            None => match std::error::Error::source(&err) {
                Some(source) => format!("{err}: {source}"),
                None => err.to_string(),
            },
        };
        let mut error = match kind {
            ErrorKind::Conflict => {
                Error::conflict(format!("the database refused the change: {message}"))
            }
            ErrorKind::NotFound => Error::not_found(format!("PostgreSQL: {message}")).with_hint(
                "create the database on the server (createdb NAME), then run custctl init",
            ),
            ErrorKind::Storage
                if postgres_retryable(code.as_deref()) || code.as_deref() == Some("55P03") =>
            {
                Error::storage(format!("the database is busy: {message}"))
                    .with_hint("another custctl is writing; try again")
            }
            ErrorKind::Storage if lost => {
                Error::storage(format!("PostgreSQL connection: {message}"))
                    .with_hint("check that the server runs and is reachable, then try again")
            }
            _ => Error::new(kind, format!("PostgreSQL: {message}")),
        };
        error.retryable = postgres_retryable(code.as_deref());
        error
    }
}

#[cfg(test)]
mod postgres_tests {
    use super::*;

    #[test]
    fn sqlstates_map_to_exit_codes() {
        let code = |s: &str| postgres_kind(Some(s), false).exit_code();
        for conflict in ["23505", "23503", "23514", "23502", "23P01", "23000"] {
            assert_eq!(code(conflict), 4, "{conflict}");
        }
        for storage in [
            "40001", "40P01", "55P03", "57014", "08006", "08001", "57P01", "53100", "XX001",
            "28P01", "42501", "25006",
        ] {
            assert_eq!(code(storage), 6, "{storage}");
        }
        assert_eq!(code("3D000"), 3);
        for bug in ["42601", "42P01", "22P02", "55000", "40003"] {
            assert_eq!(code(bug), 1, "{bug}");
        }
        assert_eq!(postgres_kind(None, true).exit_code(), 6);
        assert_eq!(postgres_kind(Some("42601"), true).exit_code(), 6);
        assert_eq!(postgres_kind(None, false).exit_code(), 1);
        assert!(postgres_retryable(Some("40001")) && postgres_retryable(Some("40P01")));
        assert!(!postgres_retryable(Some("23505")) && !postgres_retryable(None));
    }
}

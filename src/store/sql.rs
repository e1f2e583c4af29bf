//! The values and rows every store statement uses on both backends, so that each statement
//! is written once: a parameter is a [`Value`] (built with [`args!`]), a result row is a
//! [`Row`] read with [`Row::get`] into any [`FromCell`] type.
//!
//! Why not each crate's own traits: rusqlite binds and reads by SQLite's dynamic types,
//! while the `postgres` crate checks every parameter and column against the server's type
//! (`bigint`, `date`, `timestamptz`, `boolean`). A `Value` adapts to the type the server
//! asks for: the RFC 3339 text custctl keeps its timestamps in becomes a `timestamptz`, a
//! date a `date`, a flag a `boolean`; and a `timestamptz` read back is the same RFC 3339
//! text SQLite stores, so that digests, output and tests are byte for byte the same.

use std::error::Error as StdError;

use bytes::BytesMut;
use chrono::{DateTime, NaiveDate, Utc};
use postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};

use crate::domain::time::format_timestamp;
use crate::error::{Error, Result};

/// One statement parameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Bool(bool),
    Date(NaiveDate),
    Blob(&'a [u8]),
}

/// The parameters of a statement: `args![a, b, c]` is `&[a.to_value(), …]`, each taken by
/// reference as rusqlite's `params!` does.
#[macro_export]
macro_rules! args {
    () => { &[] as &[$crate::store::sql::Value<'_>] };
    ($($x:expr),+ $(,)?) => {
        &[$($crate::store::sql::ToValue::to_value(&$x)),+] as &[$crate::store::sql::Value<'_>]
    };
}

/// What can be a statement parameter.
pub trait ToValue {
    fn to_value(&self) -> Value<'_>;
}

impl ToValue for i64 {
    fn to_value(&self) -> Value<'_> {
        Value::Int(*self)
    }
}
impl ToValue for i32 {
    fn to_value(&self) -> Value<'_> {
        Value::Int((*self).into())
    }
}
impl ToValue for u32 {
    fn to_value(&self) -> Value<'_> {
        Value::Int((*self).into())
    }
}
impl ToValue for u64 {
    fn to_value(&self) -> Value<'_> {
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}
impl ToValue for usize {
    fn to_value(&self) -> Value<'_> {
        Value::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}
impl ToValue for f64 {
    fn to_value(&self) -> Value<'_> {
        Value::Real(*self)
    }
}
impl ToValue for bool {
    fn to_value(&self) -> Value<'_> {
        Value::Bool(*self)
    }
}
impl ToValue for NaiveDate {
    fn to_value(&self) -> Value<'_> {
        Value::Date(*self)
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value<'_> {
        Value::Text(self)
    }
}
impl ToValue for [u8] {
    fn to_value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}
impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value<'_> {
        Value::Blob(self)
    }
}
impl ToValue for Value<'_> {
    fn to_value(&self) -> Value<'_> {
        *self
    }
}
impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value<'_> {
        (**self).to_value()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value<'_> {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

impl rusqlite::ToSql for Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(match *self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(v) => ToSqlOutput::Borrowed(ValueRef::Integer(v)),
            Value::Real(v) => ToSqlOutput::Borrowed(ValueRef::Real(v)),
            Value::Text(v) => ToSqlOutput::Borrowed(ValueRef::Text(v.as_bytes())),
            // SQLite keeps flags as 0/1 and dates as ISO text.
            Value::Bool(v) => ToSqlOutput::Borrowed(ValueRef::Integer(v.into())),
            Value::Date(d) => ToSqlOutput::from(d.format("%Y-%m-%d").to_string()),
            Value::Blob(v) => ToSqlOutput::Borrowed(ValueRef::Blob(v)),
        })
    }
}

type BoxError = Box<dyn StdError + Sync + Send>;

impl ToSql for Value<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> std::result::Result<IsNull, BoxError> {
        match *self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(v) => match *ty {
                Type::INT4 => i32::try_from(v)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(v)?.to_sql(ty, out),
                Type::BOOL => (v != 0).to_sql(ty, out),
                Type::FLOAT8 => (v as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => {
                    v.to_string().to_sql(ty, out)
                }
                _ => v.to_sql(ty, out),
            },
            Value::Real(v) => match *ty {
                Type::FLOAT4 => (v as f32).to_sql(ty, out),
                _ => v.to_sql(ty, out),
            },
            Value::Text(v) => match *ty {
                Type::TIMESTAMPTZ => parse_timestamp(v)?.to_sql(ty, out),
                Type::TIMESTAMP => parse_timestamp(v)?.naive_utc().to_sql(ty, out),
                Type::DATE => NaiveDate::parse_from_str(v, "%Y-%m-%d")?.to_sql(ty, out),
                Type::INT8 => v.parse::<i64>()?.to_sql(ty, out),
                Type::BYTEA => v.as_bytes().to_sql(ty, out),
                _ => v.to_sql(ty, out),
            },
            Value::Bool(v) => match *ty {
                Type::INT8 => i64::from(v).to_sql(ty, out),
                Type::INT4 => i32::from(v).to_sql(ty, out),
                _ => v.to_sql(ty, out),
            },
            Value::Date(d) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::BPCHAR => {
                    d.format("%Y-%m-%d").to_string().to_sql(ty, out)
                }
                _ => d.to_sql(ty, out),
            },
            Value::Blob(v) => v.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

/// custctl's timestamps: RFC 3339 in UTC (whole seconds when custctl wrote them).
fn parse_timestamp(text: &str) -> std::result::Result<DateTime<Utc>, BoxError> {
    Ok(DateTime::parse_from_rfc3339(text)?.with_timezone(&Utc))
}

/// One column value as read, on either backend.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Bool(bool),
    Date(NaiveDate),
    Blob(Vec<u8>),
}

impl<'a> FromSql<'a> for Cell {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
        Ok(match *ty {
            Type::INT8 => Cell::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Cell::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Cell::Int(i16::from_sql(ty, raw)?.into()),
            Type::BOOL => Cell::Bool(bool::from_sql(ty, raw)?),
            Type::FLOAT8 => Cell::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Cell::Real(f32::from_sql(ty, raw)?.into()),
            Type::DATE => Cell::Date(NaiveDate::from_sql(ty, raw)?),
            // As SQLite stores them, so that digests and output are the same on both.
            Type::TIMESTAMPTZ => Cell::Text(format_timestamp(&DateTime::<Utc>::from_sql(ty, raw)?)),
            Type::BYTEA => Cell::Blob(raw.to_vec()),
            Type::OID => Cell::Int(u32::from_sql(ty, raw)?.into()),
            _ => Cell::Text(String::from_sql(ty, raw)?),
        })
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Self, BoxError> {
        Ok(Cell::Null)
    }

    fn accepts(ty: &Type) -> bool {
        // Text-like types are read as text; NUMERIC has no lossless reading here: a
        // statement casts it (to bigint or text) instead.
        *ty != Type::NUMERIC
    }
}

/// A column value borrowed from the row it was read from.
#[derive(Debug, Clone, Copy)]
pub enum CellRef<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Bool(bool),
    Date(NaiveDate),
    Blob(&'a [u8]),
}

impl Cell {
    fn as_ref(&self) -> CellRef<'_> {
        match self {
            Cell::Null => CellRef::Null,
            Cell::Int(v) => CellRef::Int(*v),
            Cell::Real(v) => CellRef::Real(*v),
            Cell::Text(v) => CellRef::Text(v),
            Cell::Bool(v) => CellRef::Bool(*v),
            Cell::Date(v) => CellRef::Date(*v),
            Cell::Blob(v) => CellRef::Blob(v),
        }
    }
}

/// A type a column reads into, from whichever backend's value.
pub trait FromCell: Sized {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String>;
}

fn mismatch<T>(what: &str, cell: CellRef<'_>) -> std::result::Result<T, String> {
    Err(format!("expected {what}, found {cell:?}"))
}

impl FromCell for i64 {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        match cell {
            CellRef::Int(v) => Ok(v),
            CellRef::Bool(v) => Ok(v.into()),
            other => mismatch("an integer", other),
        }
    }
}
impl FromCell for i32 {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        i32::try_from(i64::from_cell(cell)?).map_err(|e| e.to_string())
    }
}
impl FromCell for u32 {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        u32::try_from(i64::from_cell(cell)?).map_err(|e| e.to_string())
    }
}
impl FromCell for usize {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        usize::try_from(i64::from_cell(cell)?).map_err(|e| e.to_string())
    }
}
impl FromCell for f64 {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        match cell {
            CellRef::Real(v) => Ok(v),
            CellRef::Int(v) => Ok(v as f64),
            other => mismatch("a number", other),
        }
    }
}
impl FromCell for bool {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        match cell {
            CellRef::Bool(v) => Ok(v),
            CellRef::Int(v) => Ok(v != 0),
            other => mismatch("a flag", other),
        }
    }
}
impl FromCell for String {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        match cell {
            CellRef::Text(v) => Ok(v.to_string()),
            CellRef::Date(d) => Ok(d.format("%Y-%m-%d").to_string()),
            CellRef::Int(v) => Ok(v.to_string()),
            CellRef::Bool(v) => Ok(i64::from(v).to_string()),
            CellRef::Blob(v) => String::from_utf8(v.to_vec()).map_err(|e| e.to_string()),
            other => mismatch("text", other),
        }
    }
}
impl FromCell for NaiveDate {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        match cell {
            CellRef::Date(d) => Ok(d),
            CellRef::Text(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|e| e.to_string()),
            other => mismatch("a date", other),
        }
    }
}
impl FromCell for Vec<u8> {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        match cell {
            CellRef::Blob(v) => Ok(v.to_vec()),
            CellRef::Text(v) => Ok(v.as_bytes().to_vec()),
            other => mismatch("bytes", other),
        }
    }
}
impl FromCell for Cell {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        Ok(match cell {
            CellRef::Null => Cell::Null,
            CellRef::Int(v) => Cell::Int(v),
            CellRef::Real(v) => Cell::Real(v),
            CellRef::Text(v) => Cell::Text(v.to_string()),
            CellRef::Bool(v) => Cell::Bool(v),
            CellRef::Date(v) => Cell::Date(v),
            CellRef::Blob(v) => Cell::Blob(v.to_vec()),
        })
    }
}
impl<T: FromCell> FromCell for Option<T> {
    fn from_cell(cell: CellRef<'_>) -> std::result::Result<Self, String> {
        match cell {
            CellRef::Null => Ok(None),
            other => T::from_cell(other).map(Some),
        }
    }
}

/// One result row, on either backend.
pub struct Row<'r> {
    inner: RowInner<'r>,
}

enum RowInner<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl<'r> Row<'r> {
    pub(in crate::store) fn sqlite(row: &'r rusqlite::Row<'r>) -> Row<'r> {
        Row {
            inner: RowInner::Sqlite(row),
        }
    }

    pub(in crate::store) fn postgres(row: &'r postgres::Row) -> Row<'r> {
        Row {
            inner: RowInner::Postgres(row),
        }
    }

    /// Column `index` (from 0), read as `T`.
    pub fn get<T: FromCell>(&self, index: usize) -> Result<T> {
        let converted = match self.inner {
            RowInner::Sqlite(row) => {
                use rusqlite::types::ValueRef;
                let cell = match row.get_ref(index)? {
                    ValueRef::Null => CellRef::Null,
                    ValueRef::Integer(v) => CellRef::Int(v),
                    ValueRef::Real(v) => CellRef::Real(v),
                    ValueRef::Text(v) => CellRef::Text(
                        std::str::from_utf8(v).map_err(|e| Error::internal(e.to_string()))?,
                    ),
                    ValueRef::Blob(v) => CellRef::Blob(v),
                };
                T::from_cell(cell)
            }
            RowInner::Postgres(row) => {
                let cell: Cell = row.try_get(index)?;
                T::from_cell(cell.as_ref())
            }
        };
        converted.map_err(|e| Error::internal(format!("column {index}: {e}")))
    }

    /// Column `index` as text lent to `f` (`None` for NULL): on SQLite without a copy, so
    /// that a long list can refill one record's buffers row after row.
    pub fn with_str<T>(&self, index: usize, f: impl FnOnce(Option<&str>) -> T) -> Result<T> {
        if let RowInner::Sqlite(row) = self.inner {
            use rusqlite::types::ValueRef;
            match row.get_ref(index)? {
                ValueRef::Null => return Ok(f(None)),
                ValueRef::Text(v) => {
                    let v = std::str::from_utf8(v).map_err(|e| Error::internal(e.to_string()))?;
                    return Ok(f(Some(v)));
                }
                _ => {}
            }
        }
        let text: Option<String> = self.get(index)?;
        Ok(f(text.as_deref()))
    }

    /// How many columns the row has.
    pub fn len(&self) -> usize {
        match self.inner {
            RowInner::Sqlite(row) => row.as_ref().column_count(),
            RowInner::Postgres(row) => row.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The name of column `index`.
    pub fn column_name(&self, index: usize) -> Result<String> {
        match self.inner {
            RowInner::Sqlite(row) => Ok(row.as_ref().column_name(index)?.to_string()),
            RowInner::Postgres(row) => row
                .columns()
                .get(index)
                .map(|c| c.name().to_string())
                .ok_or_else(|| Error::internal(format!("no column {index}"))),
        }
    }
}

/// SQLite's parameters (`?1`, `?`) as PostgreSQL's (`$1`), outside quoted text and names.
pub fn to_postgres(sql: &str) -> String {
    to_postgres_typed(sql, &[])
}

/// As [`to_postgres`], each parameter with a known type written `CAST($n AS type)`: a
/// cursor's query is planned again inside `DECLARE`, where a parameter whose type the
/// server inferred alone (`$1 IS NULL`) no longer matches.
pub fn to_postgres_typed(sql: &str, types: &[Type]) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut next_plain = 1;
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let n: usize = if digits.is_empty() {
                    next_plain += 1;
                    next_plain - 1
                } else {
                    digits.parse().unwrap_or(0)
                };
                match n.checked_sub(1).and_then(|i| types.get(i)) {
                    Some(ty) => out.push_str(&format!("CAST(${n} AS {})", ty.name())),
                    None => out.push_str(&format!("${n}")),
                }
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_postgres;

    #[test]
    fn parameters_become_numbered_outside_quotes() {
        assert_eq!(
            to_postgres("SELECT '?', \"a?\" FROM t WHERE a = ?1 AND b = ?12 OR c = ?"),
            "SELECT '?', \"a?\" FROM t WHERE a = $1 AND b = $12 OR c = $1"
        );
    }
}

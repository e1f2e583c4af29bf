//! `account import`: upsert accounts by `number`. Each row goes through the same `ops`
//! functions as the single commands: `ops::account::add_in` (`account add`: the customer,
//! the default profile class) for a new number, `ops::account::update_in` (`account
//! update`: no deactivation while payment details are in force) for a known one.

use crate::domain::account::{Account, AccountStatus};
use crate::domain::currency::currency;
use crate::domain::person::PersonRef;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::import::{Entity, Outcome, Row, RowError, at};
use crate::ops::Context;
use crate::ops::account::{self as account_ops, AccountChange, DEFAULT_CURRENCY, NewAccount};
use crate::store::{Writer, account as store, person as person_store};

pub struct AccountImport;

pub enum Plan {
    /// A new account, checked by `account add`'s rules; the customer's id.
    Insert(NewAccount, Option<i64>),
    Update {
        before: Account,
        change: AccountChange,
    },
}

/// A cell: absent (`None`), empty (`Some(None)`: the default where the field has one), or a
/// checked value.
fn cell(
    row: &Row,
    field: &'static str,
    check: impl Fn(&str) -> Result<String>,
) -> std::result::Result<Option<Option<String>>, RowError> {
    match row.cell(field) {
        None => Ok(None),
        Some(None) => Ok(Some(None)),
        Some(Some(v)) => Ok(Some(Some(check(v).map_err(at(field))?))),
    }
}

/// The column an error of `account add` or `account update` is about.
fn located(e: Error) -> RowError {
    let m = e.message.to_ascii_lowercase();
    if m.contains("payment details") || m.contains("deactivat") {
        at("status")(e)
    } else if m.contains("person") {
        at("person_id")(e)
    } else if m.contains("already exists") {
        at("number")(e)
    } else {
        e.into()
    }
}

/// For an existing account: an empty cell of a field that cannot be null is invalid.
fn keep_or_set<T>(
    field: &'static str,
    value: Option<Option<T>>,
) -> std::result::Result<Option<T>, RowError> {
    match value {
        None => Ok(None),
        Some(None) => Err(at(field)(
            Error::invalid(format!("{field} must not be empty"))
                .with_hint("leave the column out to keep the current value"),
        )),
        Some(Some(v)) => Ok(Some(v)),
    }
}

impl Entity for AccountImport {
    type Plan = Plan;
    const KIND: &'static str = "account";
    const FIELDS: &'static [&'static str] = &[
        "number",
        "name",
        "person_id",
        "person_external_id",
        "currency",
        "status",
    ];
    const KEY: Option<&'static str> = Some("number");

    fn prepare(
        &mut self,
        w: &Writer<'_>,
        _ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Plan, RowError> {
        let conn = w.conn;
        // Form of every value first.
        let number = match row.value("number") {
            Some(v) => text::code("number", v).map_err(at("number"))?,
            None => {
                return Err(at("number")(Error::invalid(
                    "every account row needs its number",
                )));
            }
        };
        let name = cell(row, "name", |v| text::name("name", v))?;
        let cur = cell(row, "currency", |v| currency("currency", v))?;
        let status = match row.cell("status") {
            None => None,
            Some(None) => Some(None),
            Some(Some(v)) => Some(Some(
                AccountStatus::parse("status", v).map_err(at("status"))?,
            )),
        };
        let by_id = match row.value("person_id") {
            Some(v) => match PersonRef::parse(v) {
                Ok(PersonRef::Id(id)) => Some(PersonRef::Id(id)),
                _ => {
                    return Err(at("person_id")(Error::invalid(format!(
                        "person_id must be a number, not '{}'",
                        v.trim()
                    ))));
                }
            },
            None => None,
        };
        let by_ext = row
            .value("person_external_id")
            .map(|v| {
                text::code("person_external_id", v)
                    .map(PersonRef::ExternalId)
                    .map_err(at("person_external_id"))
            })
            .transpose()?;
        // Then the referenced records.
        let mut person_id = None;
        for (field, reference) in [("person_id", by_id), ("person_external_id", by_ext)] {
            let Some(reference) = reference else { continue };
            let id = person_store::resolve_id(conn, &reference)?
                .ok_or_else(|| at(field)(crate::ops::person::not_found(&reference)))?;
            if let Some(other) = person_id
                && other != id
            {
                return Err(at(field)(Error::invalid(format!(
                    "person_id and person_external_id name different persons ({other} and {id})"
                ))));
            }
            person_id = Some(id);
        }
        match store::by_number(conn, &number)? {
            None => {
                let new = NewAccount {
                    name: name.flatten().ok_or_else(|| {
                        at("name")(Error::invalid(format!(
                            "account {number} is new and needs a name"
                        )))
                    })?,
                    number,
                    person: person_id.map(PersonRef::Id),
                    currency: cur
                        .flatten()
                        .unwrap_or_else(|| DEFAULT_CURRENCY.to_string()),
                    status: status.flatten().unwrap_or(AccountStatus::Active),
                };
                // The rules of `account add`, before anything is written.
                let person_id = account_ops::check_add(conn, &new).map_err(located)?;
                Ok(Plan::Insert(new, person_id))
            }
            Some(before) => {
                // An empty currency or status is the default, as for a new account.
                let change = AccountChange {
                    name: keep_or_set("name", name)?,
                    currency: cur.map(|c| c.unwrap_or_else(|| DEFAULT_CURRENCY.to_string())),
                    status: status.map(|s| s.unwrap_or(AccountStatus::Active)),
                    person: person_id.map(PersonRef::Id),
                };
                Ok(Plan::Update { before, change })
            }
        }
    }

    /// A new account's rules were checked by `prepare`: its write needs no savepoint. An
    /// update runs `account update`'s function, which checks as it writes.
    fn savepoint(plan: &Plan) -> bool {
        matches!(plan, Plan::Update { .. })
    }

    fn write(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        plan: Plan,
    ) -> std::result::Result<Outcome, RowError> {
        match plan {
            Plan::Insert(new, person_id) => {
                // No audit entry per new account: the file's entry counts them.
                account_ops::insert_checked(w, ctx, &new, person_id, false)?;
                Ok(Outcome::Inserted)
            }
            Plan::Update { before, change } => {
                match account_ops::update_in(w, ctx, &before, &change).map_err(located)? {
                    Some(_) => Ok(Outcome::Updated),
                    None => Ok(Outcome::Unchanged),
                }
            }
        }
    }
}

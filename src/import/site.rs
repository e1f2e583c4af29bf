//! `account site import`: add and update the sites (addresses) of accounts. Each row goes
//! through the same `ops` functions as the single commands: `ops::account::add_site_in`
//! (`account site add`) for a new site, `ops::site::update_in` (`account site update`) for a
//! changed one and `ops::site::set_primary_in` (`account site set-primary`) for a primary
//! role it takes.
//!
//! A site has no external id: a row names the site **in use** (not ended before today) of
//! its account with the same address and postal code, compared ignoring case and runs of
//! spaces (an empty postal code matches a site without one; without the column the postal
//! code is not compared). None: a new site. Two: the row is refused (4), naming them. So an
//! import changes a site's city, country, uses and primary roles, never its address or
//! postal code (they stay as stored); a new address is a new site (end the old one with
//! `account site end`). An import never ends a site nor takes a primary role
//! away (another site's `primary` does): `end` and the other output-only columns of `site
//! list` are accepted and ignored, so what it prints imports back.

use std::borrow::Cow;

use crate::domain::account::{Site, SiteUse, parse_site_uses};
use crate::domain::clear::Change;
use crate::domain::country::country;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::import::instrument::parse_bool;
use crate::import::{Entity, Outcome, Row, RowError, at};
use crate::ops::Context;
use crate::ops::account::{self as account_ops, NewSite};
use crate::ops::site::{self as site_ops, SiteChange};
use crate::store::{Writer, account as store};

pub struct SiteImport;

pub enum Plan {
    Insert {
        number: String,
        site: NewSite,
        /// Primary roles for only some of its uses (set after the add).
        primary_for: Vec<SiteUse>,
    },
    Update {
        number: String,
        id: i64,
        change: Option<SiteChange>,
        /// Uses the site is to become the primary site of.
        primary_for: Vec<SiteUse>,
    },
}

/// How an address or postal code is compared: case and runs of spaces aside.
fn folded(v: &str) -> String {
    v.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// An optional field's change: absent keeps it, empty clears it, a value is checked.
fn change(
    row: &Row,
    field: &'static str,
    check: impl Fn(&str) -> Result<String>,
) -> std::result::Result<Change<String>, RowError> {
    match row.cell(field) {
        None => Ok(Change::Keep),
        Some(None) => Ok(Change::Clear),
        Some(Some(v)) => Ok(Change::Set(check(v).map_err(at(field))?)),
    }
}

/// What a change does to a stored value: `Keep` when it would not change it.
fn against(c: Change<String>, current: &Option<String>) -> Change<String> {
    match (&c, current) {
        (Change::Clear, None) => Change::Keep,
        (Change::Set(v), Some(now)) if v == now => Change::Keep,
        _ => c,
    }
}

impl SiteImport {
    /// The site in use of `account_id` that the row's address and postal code name.
    fn find(
        w: &Writer<'_>,
        ctx: &Context,
        account_id: i64,
        address: &str,
        postal_code: Option<Option<&str>>,
    ) -> std::result::Result<Option<Site>, RowError> {
        let address = folded(address);
        let postal_code = postal_code.map(|p| folded(p.unwrap_or("")));
        let mut found: Vec<Site> = store::sites(w.conn, account_id)?
            .into_iter()
            .filter(|s| {
                s.in_use_on(ctx.today)
                    && folded(&s.address) == address
                    && postal_code
                        .as_ref()
                        .is_none_or(|p| folded(s.postal_code.as_deref().unwrap_or("")) == *p)
            })
            .collect();
        if found.len() > 1 {
            let ids: Vec<String> = found.iter().map(|s| s.id.to_string()).collect();
            return Err(at("address")(
                Error::conflict(format!(
                    "account {} has {} sites in use at this address and postal code: {}",
                    found[0].account,
                    found.len(),
                    ids.join(", ")
                ))
                .with_hint(format!(
                    "end the one that is not used any more: custctl account site end {} {}",
                    found[0].account,
                    ids[ids.len() - 1]
                )),
            ));
        }
        Ok(found.pop())
    }
}

impl Entity for SiteImport {
    type Plan = Plan;
    const KIND: &'static str = "site";
    const FIELDS: &'static [&'static str] = &[
        "account",
        "address",
        "city",
        "postal_code",
        "country",
        "uses",
        "primary",
        "primary_for",
    ];
    const KEY: Option<&'static str> = Some("account, address and postal_code");
    const LIST_FIELDS: &'static [&'static str] = &["uses", "primary_for"];
    const IGNORED: &'static [&'static str] = &["end"];

    fn row_key(row: &Row) -> Option<Cow<'_, str>> {
        let account = row.value("account")?;
        let address = row.value("address")?;
        Some(Cow::Owned(format!(
            "{} / {} / {}",
            account.trim(),
            folded(address),
            folded(row.value("postal_code").unwrap_or(""))
        )))
    }

    fn prepare(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Plan, RowError> {
        // Form of every value first, as `account site add` checks them.
        let number = match row.value("account") {
            Some(v) => text::code("account", v).map_err(at("account"))?,
            None => {
                return Err(at("account")(Error::invalid(
                    "every site row needs its account number",
                )));
            }
        };
        let address = match row.value("address") {
            Some(v) => text::comment("address", v).map_err(at("address"))?,
            None => {
                return Err(at("address")(Error::invalid(
                    "every site row needs its address",
                )));
            }
        };
        let city = change(row, "city", |v| text::name("city", v))?;
        let postal_code = change(row, "postal_code", |v| text::code("postal code", v))?;
        let site_country = change(row, "country", |v| country("country", v))?;
        let uses = match row.cell("uses") {
            None => None,
            Some(None) => {
                return Err(at("uses")(
                    Error::invalid("uses must not be empty").with_hint(
                        "name one or more of bill-to, ship-to, statements, dunning (comma-separated)",
                    ),
                ));
            }
            Some(Some(v)) => Some(parse_site_uses(v).map_err(at("uses"))?),
        };
        let primary = row
            .value("primary")
            .map(|v| parse_bool("primary", v))
            .transpose()
            .map_err(at("primary"))?
            .unwrap_or(false);
        let primary_for = row
            .value("primary_for")
            .map(parse_site_uses)
            .transpose()
            .map_err(at("primary_for"))?;
        // Then the account and the site the row names.
        let account = account_ops::require(w.conn, &number).map_err(at("account"))?;
        let postal_key = match &postal_code {
            Change::Keep => None,
            Change::Clear => Some(None),
            Change::Set(p) => Some(Some(p.as_str())),
        };
        let existing = Self::find(w, ctx, account.id, &address, postal_key)?;
        let all_uses = match (&uses, &existing) {
            (Some(u), _) => u.clone(),
            (None, Some(site)) => site.uses.clone(),
            (None, None) => {
                return Err(at("uses")(
                    Error::invalid(format!(
                        "this is a new site of account {number} and needs its uses"
                    ))
                    .with_hint("name one or more of bill-to, ship-to, statements, dunning"),
                ));
            }
        };
        let wanted = match (primary, primary_for) {
            (true, Some(p)) if p != all_uses => {
                return Err(at("primary")(Error::invalid(
                    "primary is true (every use of the site) but primary_for names only some",
                )));
            }
            (true, _) => all_uses.clone(),
            (false, Some(p)) => p,
            (false, None) => Vec::new(),
        };
        match existing {
            None => {
                let whole = !wanted.is_empty() && wanted == all_uses;
                Ok(Plan::Insert {
                    number: account.number,
                    site: NewSite {
                        address,
                        city: city.apply(None),
                        postal_code: postal_code.apply(None),
                        country: site_country.apply(None),
                        uses: all_uses,
                        primary: whole,
                    },
                    primary_for: if whole { Vec::new() } else { wanted },
                })
            }
            Some(site) => {
                // The address and postal code named the site: they stay as stored.
                let change = SiteChange {
                    address: None,
                    city: against(city, &site.city),
                    postal_code: Change::Keep,
                    country: against(site_country, &site.country),
                    add_uses: all_uses
                        .iter()
                        .copied()
                        .filter(|u| !site.uses.contains(u))
                        .collect(),
                    remove_uses: site
                        .uses
                        .iter()
                        .copied()
                        .filter(|u| !all_uses.contains(u))
                        .collect(),
                };
                let unchanged = change.city.is_keep()
                    && change.country.is_keep()
                    && change.add_uses.is_empty()
                    && change.remove_uses.is_empty();
                Ok(Plan::Update {
                    number: account.number,
                    id: site.id,
                    change: (!unchanged).then_some(change),
                    primary_for: wanted
                        .into_iter()
                        .filter(|u| !site.primary_for.contains(u))
                        .collect(),
                })
            }
        }
    }

    fn write(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        plan: Plan,
    ) -> std::result::Result<Outcome, RowError> {
        let located = |e: Error| {
            let m = e.message.to_ascii_lowercase();
            if m.contains("primary") {
                at("primary_for")(e)
            } else if m.contains(" use") {
                at("uses")(e)
            } else if m.contains("account") && !m.contains("site") {
                at("account")(e)
            } else {
                e.into()
            }
        };
        match plan {
            Plan::Insert {
                number,
                site,
                primary_for,
            } => {
                let added = account_ops::add_site_in(w, ctx, &number, &site).map_err(located)?;
                if !primary_for.is_empty() {
                    site_ops::set_primary_in(w, ctx, &number, added.site.id, Some(&primary_for))
                        .map_err(located)?;
                }
                Ok(Outcome::Inserted)
            }
            Plan::Update {
                number,
                id,
                change,
                primary_for,
            } => {
                if change.is_none() && primary_for.is_empty() {
                    return Ok(Outcome::Unchanged);
                }
                if let Some(change) = &change {
                    site_ops::update_in(w, ctx, &number, id, change).map_err(located)?;
                }
                if !primary_for.is_empty() {
                    site_ops::set_primary_in(w, ctx, &number, id, Some(&primary_for))
                        .map_err(located)?;
                }
                Ok(Outcome::Updated)
            }
        }
    }
}

//! Use cases of an account's sites after `add`: list, show, update, end, set-primary
//! (issue 11). A site is never deleted: ending it sets its last day in use.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::domain::account::{Site, SiteUse, parse_site_uses};
use crate::domain::clear::{self, Change};
use crate::domain::country::country;
use crate::domain::period::Dating;
use crate::domain::primary;
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::account::{SiteDemotion, require};
use crate::ops::person::changed_fields;
use crate::ops::{Context, audit};
use crate::store::Tx;
use crate::store::{
    Db, Writer, account as store, instrument as instrument_store,
    receipt_method as receipt_method_store,
};

/// The optional fields of a site, as `--clear` names them.
pub const CLEARABLE: &[&str] = &["city", "postal-code", "country"];

/// The site `id` of account `number`, or not found (3).
fn require_site_of(conn: &Tx<'_>, number: &str, id: i64) -> Result<(i64, Site)> {
    let account = require(conn, number)?;
    match store::get_site(conn, id)? {
        Some(site) if site.account_id == account.id => Ok((account.id, site)),
        _ => Err(
            Error::not_found(format!("account {} has no site {id}", account.number)).with_hint(
                format!(
                    "list its sites with: custctl account site list {} --all",
                    account.number
                ),
            ),
        ),
    }
}

/// [`require_site_of`] for a change: refused (4) when the account's customer was garbled.
fn require_open_site_of(conn: &Tx<'_>, number: &str, id: i64) -> Result<(i64, Site)> {
    let found = require_site_of(conn, number, id)?;
    crate::ops::account::require_open(conn, number)?;
    Ok(found)
}

/// `account site list`: the sites in use on `on`, or every site with `all`.
pub fn list(db: &mut Db, number: &str, on: NaiveDate, all: bool) -> Result<Vec<Site>> {
    db.read(|conn| {
        let account = require(conn, number)?;
        store::sites_in_use(conn, account.id, (!all).then_some(on))
    })
}

pub fn show(db: &mut Db, number: &str, id: i64) -> Result<Site> {
    db.read(|conn| Ok(require_site_of(conn, number, id)?.1))
}

#[derive(Debug, Default)]
pub struct SiteUpdate<'a> {
    pub address: Option<&'a str>,
    pub city: Option<&'a str>,
    pub postal_code: Option<&'a str>,
    pub country: Option<&'a str>,
    /// Comma-separated uses to add / remove.
    pub add_uses: Option<&'a str>,
    pub remove_uses: Option<&'a str>,
    pub clear: &'a [String],
}

/// `account site update`: the address fields; `--clear` empties optional ones. An ended
/// site is not changed (4): its address is what it was while in use.
pub fn update(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    id: i64,
    change: &SiteUpdate<'_>,
) -> Result<Site> {
    let cleared = clear::fields(CLEARABLE, change.clear)?;
    if change.address.is_none()
        && change.city.is_none()
        && change.postal_code.is_none()
        && change.country.is_none()
        && change.add_uses.is_none()
        && change.remove_uses.is_none()
        && cleared.is_empty()
    {
        return Err(Error::usage("nothing to update").with_hint(
            "give at least one of --address, --city, --postal-code, --country, --add-use, --remove-use, --clear FIELD",
        ));
    }
    let checked = SiteChange {
        add_uses: change
            .add_uses
            .map(parse_site_uses)
            .transpose()?
            .unwrap_or_default(),
        remove_uses: change
            .remove_uses
            .map(parse_site_uses)
            .transpose()?
            .unwrap_or_default(),
        address: text::optional(change.address, |v| text::comment("address", v))?,
        city: Change::of("city", change.city, &cleared, |v| text::name("city", v))?,
        postal_code: Change::of("postal-code", change.postal_code, &cleared, |v| {
            text::code("postal code", v)
        })?,
        country: Change::of("country", change.country, &cleared, |v| {
            country("country", v)
        })?,
    };
    if let Some(u) = checked
        .add_uses
        .iter()
        .find(|u| checked.remove_uses.contains(u))
    {
        return Err(Error::usage(format!("use {u} is both added and removed")));
    }
    db.write(|w| update_in(w, ctx, number, id, &checked))
}

/// A change of a site, its form checked.
#[derive(Debug, Clone)]
pub struct SiteChange {
    pub address: Option<String>,
    pub city: Change<String>,
    pub postal_code: Change<String>,
    pub country: Change<String>,
    pub add_uses: Vec<SiteUse>,
    pub remove_uses: Vec<SiteUse>,
}

/// [`update`] inside an open transaction (`account site update` and each changed row of
/// `account site import`).
pub fn update_in(
    w: &Writer<'_>,
    ctx: &Context,
    number: &str,
    id: i64,
    change: &SiteChange,
) -> Result<Site> {
    let SiteChange {
        address,
        city,
        postal_code,
        country: site_country,
        add_uses,
        remove_uses,
    } = change.clone();
    {
        let (_, before) = require_open_site_of(w.conn, number, id)?;
        ensure_not_ended(&before, ctx.today)?;
        let mut after = before.clone();
        if let Some(a) = address {
            after.address = a;
        }
        after.city = city.apply(after.city);
        after.postal_code = postal_code.apply(after.postal_code);
        after.country = site_country.apply(after.country);
        store::update_site(w.conn, &after)?;
        for &u in &remove_uses {
            if !before.uses.contains(&u) {
                return Err(Error::conflict(format!("site {id} has no {u} use")));
            }
            if u == SiteUse::BillTo {
                let users = store::bill_to_users(w.conn, id)?;
                if !users.is_empty() {
                    return Err(Error::conflict(format!(
                        "site {id} stays a bill-to site: {} name it",
                        users.join(", ")
                    )));
                }
            }
            store::delete_site_use(w.conn, id, u)?;
        }
        for &u in &add_uses {
            if before.uses.contains(&u) {
                return Err(Error::conflict(format!(
                    "site {id} already has the {u} use"
                )));
            }
            store::insert_site_use(w.conn, id, before.account_id, u, false)?;
        }
        if before.uses.iter().all(|u| remove_uses.contains(u)) && add_uses.is_empty() {
            return Err(Error::conflict(format!(
                "site {id} would have no use left; end it instead"
            ))
            .with_hint(format!("custctl account site end {} {id}", before.account)));
        }
        let after = store::get_site(w.conn, id)?.ok_or_else(|| Error::internal("site vanished"))?;
        let changes = changed_fields(
            &serde_json::to_value(&before)?,
            &serde_json::to_value(&after)?,
        );
        audit(w, ctx, "update", "site", id, changes)?;
        Ok(after)
    }
}

fn ensure_not_ended(site: &Site, today: NaiveDate) -> Result<()> {
    if site.in_use_on(today) {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "site {} of account {} ended on {} and is no longer changed",
        site.id,
        site.account,
        site.end.map(|d| d.to_string()).unwrap_or_default()
    )))
}

/// A record ended with its site (`--cascade`).
#[derive(Debug, Clone, Serialize)]
pub struct CascadeEnd {
    pub kind: &'static str,
    pub id: i64,
}

#[derive(Debug, Serialize)]
pub struct SiteEnded {
    #[serde(flatten)]
    pub site: Site,
    /// The primary roles the site gave up when it was ended.
    pub released_primary_for: Vec<SiteUse>,
    /// The records ended with it (`--cascade`).
    pub cascaded: Vec<CascadeEnd>,
}

/// `account site end`: `on` is the site's last day in use (a day before today needs
/// `backdate`, as every dated change: `domain::period::check_dating`). Records that use the site after `on`
/// (receipt-method assignments, instruments, account contacts) make it a conflict (4)
/// naming them, unless `cascade`, which ends each of them on `on` too. The site gives up its
/// primary roles at once (site primaries are not dated).
pub fn end(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    id: i64,
    on: NaiveDate,
    cascade: bool,
    backdate: bool,
) -> Result<SiteEnded> {
    db.write(|w| {
        let (_, before) = require_open_site_of(w.conn, number, id)?;
        let dating = crate::domain::period::check_dating("ending a site", on, ctx.today, backdate)?;
        // An end already set may be moved earlier (as an instrument's or an assignment's
        // may): the users still in use after the new end are found and cascaded as for a
        // first end. Moving it later would bring back primary roles the end released.
        if let Some(end) = before.end
            && on >= end
        {
            return Err(Error::conflict(format!(
                "site {id} of account {} already ends on {end}",
                before.account
            ))
            .with_hint(format!(
                "an end can only be moved earlier: give --on a day before {end} (with --backdate for a day before today)"
            )));
        }
        let users = store::site_users_after(w.conn, id, on)?;
        if !users.is_empty() && !cascade {
            let names: Vec<String> = users.iter().map(|u| format!("{} {}", u.kind, u.id)).collect();
            return Err(Error::conflict(format!(
                "site {id} of account {} is used after {on} by: {}",
                before.account,
                names.join(", ")
            ))
            .with_hint(format!(
                "end them first, or end them with the site: custctl account site end {} {id} --on {on} --cascade",
                before.account
            )));
        }
        let mut cascaded = Vec::new();
        for u in &users {
            end_user(w, ctx, u, id, on, dating)?;
            cascaded.push(CascadeEnd {
                kind: u.kind,
                id: u.id,
            });
        }
        for &u in &before.primary_for {
            store::set_site_use_primary(w.conn, id, u, false)?;
        }
        store::set_site_end(w.conn, id, on)?;
        let site = store::get_site(w.conn, id)?.ok_or_else(|| Error::internal("site vanished"))?;
        audit(
            w,
            ctx,
            "end",
            "site",
            id,
            json!({
                "end": {"from": before.end, "to": on},
                "primary_for": {"from": before.primary_for, "to": site.primary_for},
                "cascaded": cascaded,
                "backdated": dating.is_backdated(),
            }),
        )?;
        Ok(SiteEnded {
            site,
            released_primary_for: before.primary_for,
            cascaded,
        })
    })
}

/// Ends one record that uses an ending site on `on`, audited as its own "end", marked
/// `backdated` as the site's end is.
fn end_user(
    w: &Writer<'_>,
    ctx: &Context,
    user: &store::SiteUser,
    site_id: i64,
    on: NaiveDate,
    dating: Dating,
) -> Result<()> {
    let why = json!({"site": site_id});
    let backdated = dating.is_backdated();
    match user.kind {
        "instrument" => {
            let span = store::dated_span(w.conn, "instrument", user.id)?
                .ok_or_else(|| Error::internal("instrument vanished"))?;
            let ended = span.ended_on(on)?;
            let own = instrument_store::primaries(w.conn, user.id)?;
            instrument_store::apply_primaries(w.conn, &primary::plan_end(&own, on))?;
            instrument_store::set_end(w.conn, user.id, on)?;
            audit(
                w,
                ctx,
                "end",
                "instrument",
                user.id,
                json!({"end": {"from": span.end, "to": ended.end}, "with_site": why, "backdated": backdated}),
            )
        }
        "receipt-method assignment" => {
            let span = store::dated_span(w.conn, "receipt_method_assignment", user.id)?
                .ok_or_else(|| Error::internal("assignment vanished"))?;
            let ended = span.ended_on(on)?;
            let own = receipt_method_store::assignment_primaries(w.conn, user.id)?;
            receipt_method_store::apply_primaries(w.conn, &primary::plan_end(&own, on))?;
            receipt_method_store::set_assignment_end(w.conn, user.id, on)?;
            audit(
                w,
                ctx,
                "end",
                "receipt_method_assignment",
                user.id,
                json!({"end": {"from": span.end, "to": ended.end}, "with_site": why, "backdated": backdated}),
            )
        }
        _ => {
            let before = crate::store::account_contact::get(w.conn, user.id)?
                .ok_or_else(|| Error::internal("account contact vanished"))?;
            store::end_account_contact(w.conn, user.id, on)?;
            audit(
                w,
                ctx,
                "end",
                "account_contact",
                user.id,
                json!({
                    "end": {"from": before.end, "to": on},
                    "primary": {"from": before.primary, "to": false},
                    "with_site": why,
                    "backdated": backdated,
                }),
            )
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SitePrimary {
    #[serde(flatten)]
    pub site: Site,
    pub demoted: Vec<SiteDemotion>,
}

/// `account site set-primary`: the site becomes the account's primary site for `uses`
/// (default: every use it has); the previous primary of each is demoted. The site must
/// have each use and be in use (4).
pub fn set_primary(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    id: i64,
    uses: Option<&str>,
) -> Result<SitePrimary> {
    let wanted = uses.map(parse_site_uses).transpose()?;
    db.write(|w| set_primary_in(w, ctx, number, id, wanted.as_deref()))
}

/// [`set_primary`] inside an open transaction (`account site set-primary` and a row of
/// `account site import` whose `primary`/`primary_for` names uses the site is not yet the
/// primary of); `wanted`: the uses, every use of the site when `None`.
pub fn set_primary_in(
    w: &Writer<'_>,
    ctx: &Context,
    number: &str,
    id: i64,
    wanted: Option<&[SiteUse]>,
) -> Result<SitePrimary> {
    {
        let (account_id, before) = require_open_site_of(w.conn, number, id)?;
        ensure_not_ended(&before, ctx.today)?;
        // Ending a site gave up its primary roles at once (they are not dated): one that
        // ends, even later today, never takes one again.
        if let Some(end) = before.end {
            return Err(Error::conflict(format!(
                "site {id} of account {} ends on {end}, so it cannot be the primary one",
                before.account
            ))
            .with_hint(format!(
                "make another site the primary one, or add a new one with: custctl account site add {} --primary",
                before.account
            )));
        }
        let wanted = wanted
            .map(<[SiteUse]>::to_vec)
            .unwrap_or_else(|| before.uses.clone());
        if let Some(missing) = wanted.iter().find(|u| !before.uses.contains(u)) {
            return Err(Error::conflict(format!(
                "site {id} is not a {missing} site, so it cannot be the primary one"
            ))
            .with_hint(format!("its uses: {}", join(&before.uses))));
        }
        let mut demoted = Vec::new();
        for &u in &wanted {
            if before.primary_for.contains(&u) {
                continue;
            }
            if let Some(old) = store::primary_site_for(w.conn, account_id, u)? {
                store::set_site_use_primary(w.conn, old, u, false)?;
                audit(
                    w,
                    ctx,
                    "demote",
                    "site",
                    old,
                    json!({"use": u, "primary": {"from": true, "to": false}}),
                )?;
                demoted.push(SiteDemotion {
                    site_id: old,
                    site_use: u,
                });
            }
            store::set_site_use_primary(w.conn, id, u, true)?;
        }
        let site = store::get_site(w.conn, id)?.ok_or_else(|| Error::internal("site vanished"))?;
        audit(
            w,
            ctx,
            "set-primary",
            "site",
            id,
            json!({"primary_for": {"from": before.primary_for, "to": site.primary_for}}),
        )?;
        Ok(SitePrimary { site, demoted })
    }
}

fn join(uses: &[SiteUse]) -> String {
    uses.iter()
        .map(|u| u.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

//! Use cases of profile classes (versioned) and account profiles (product.md §3.6).

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::json;

use crate::domain::period::{Dating, Period, check_dating};
use crate::domain::profile::{
    AccountProfile, AccountProfileJson, EffectiveValue, Placement, ProfileClass, ProfileInput,
    ProfileValues, effective, place, version_on,
};
use crate::domain::text;
use crate::error::{Error, Result};
use crate::ops::account::require as require_account;
use crate::ops::{Context, audit, dated};
use crate::store::Tx;
use crate::store::{Db, Writer, profile as store};

/// The class a new account gets from its creation date, when it exists.
pub const DEFAULT_CLASS: &str = "DEFAULT";

fn class_not_found(code: &str) -> Error {
    Error::not_found(format!("profile class {code} does not exist"))
        .with_hint("list profile classes with: custctl catalog list profile-class")
}

fn load_class(conn: &Tx<'_>, code: &str) -> Result<ProfileClass> {
    let (id, code, description, created_at) =
        store::class_by_code(conn, code)?.ok_or_else(|| class_not_found(code))?;
    Ok(ProfileClass {
        id,
        versions: store::versions(conn, id)?
            .iter()
            .map(|v| v.to_json())
            .collect(),
        code,
        description,
        created_at,
    })
}

/// `catalog profile-class add CODE --description TEXT [--from D] [fields]`: the class with
/// its first version, effective from `from` (default today).
pub fn class_add(
    db: &mut Db,
    ctx: &Context,
    code: &str,
    description: &str,
    from: Option<NaiveDate>,
    input: &ProfileInput,
) -> Result<ProfileClass> {
    let code = text::code("code", code)?;
    let description = text::name("description", description)?;
    let values = ProfileValues::parse(input)?;
    let from = from.unwrap_or(ctx.today);
    db.write(|w| {
        if store::class_by_code(w.conn, &code)?.is_some() {
            return Err(Error::conflict(format!("profile class {code} already exists"))
                .with_hint(format!(
                    "add a new version with: custctl catalog profile-class update {code} --from DATE ..."
                )));
        }
        let now = ctx.timestamp();
        let id = store::insert_class(w.conn, &code, &description, &now)?;
        store::insert_version(w.conn, id, from, &values, &now)?;
        let class = load_class(w.conn, &code)?;
        audit(w, ctx, "add", "profile_class", id, serde_json::to_value(&class)?)?;
        Ok(class)
    })
}

/// What `catalog profile-class update` takes, as typed.
#[derive(Debug, Clone, Copy)]
pub struct ClassUpdate<'a> {
    /// The first day of the new version.
    pub from: NaiveDate,
    pub description: Option<&'a str>,
    pub input: &'a ProfileInput,
    /// Allows a version from before today (a correction).
    pub backdate: bool,
    /// The fields `--clear` leaves unset in the new version.
    pub clear: &'a [String],
}

/// `catalog profile-class update CODE --from D [fields]`: a new version from D. Fields not
/// given carry over from the version in force the day before D; earlier dates keep their
/// values. A version from before today changes what `profile show --on` answered, so it
/// needs `backdate` (a new description is not dated).
pub fn class_update(
    db: &mut Db,
    ctx: &Context,
    code: &str,
    change: &ClassUpdate<'_>,
) -> Result<ProfileClass> {
    let ClassUpdate {
        from,
        description,
        input,
        backdate,
        clear,
    } = *change;
    let cleared = crate::domain::clear::fields(ProfileValues::CLEARABLE, clear)?;
    let code = text::code("code", code)?;
    let description = text::optional(description, |v| text::name("description", v))?;
    let values = ProfileValues::parse(input)?;
    if values.is_empty() && description.is_none() && cleared.is_empty() {
        return Err(Error::usage("nothing to update").with_hint(
            "give at least one profile field (e.g. --payment-terms, --credit-limit CUR=AMOUNT) or --description",
        ));
    }
    db.write(|w| {
        let (id, ..) =
            store::class_by_code(w.conn, &code)?.ok_or_else(|| class_not_found(&code))?;
        let versions = store::versions(w.conn, id)?;
        let first = versions
            .first()
            .ok_or_else(|| Error::internal(format!("profile class {code} has no version")))?;
        if from < first.effective_from {
            return Err(Error::conflict(format!(
                "profile class {code} starts on {}; a version cannot start before it",
                first.effective_from
            ))
            .with_hint(format!("give --from {} or later", first.effective_from)));
        }
        let now = ctx.timestamp();
        let mut changes = serde_json::Map::new();
        if !values.is_empty() || !cleared.is_empty() {
            if versions.iter().any(|v| v.effective_from == from) {
                return Err(Error::conflict(format!(
                    "profile class {code} already has a version from {from}"
                ))
                .with_hint("versions are never edited: choose another --from date"));
            }
            let dating = check_dating("a class version starting", from, ctx.today, backdate)?;
            let previous = version_on(&versions, from).expect("a first version exists");
            let merged = values.over(&previous.values).cleared(&cleared);
            store::insert_version(w.conn, id, from, &merged, &now)?;
            let version = json!({"effective_from": from, "values": merged.to_json()});
            if dating.is_backdated() {
                changes.insert("backdated".into(), json!(true));
                changes.insert(
                    "answers".into(),
                    json!({
                        "on": from,
                        "before": {"effective_from": previous.effective_from, "values": previous.values.to_json()},
                        "after": version.clone(),
                    }),
                );
            }
            changes.insert("version".into(), version);
        }
        if let Some(d) = &description {
            store::set_description(w.conn, id, d)?;
            changes.insert("description".into(), json!(d));
        }
        audit(w, ctx, "update", "profile_class", id, changes.into())?;
        load_class(w.conn, &code)
    })
}

#[derive(Debug, Serialize)]
pub struct ProfileSet {
    #[serde(flatten)]
    pub profile: AccountProfileJson,
    /// The open-ended assignment this one superseded (now ended the day before it starts).
    pub superseded: Option<AccountProfileJson>,
}

/// `profile set NUMBER --class CODE [--start D] [--end D] [overrides]`; a start before
/// today needs `backdate`.
#[allow(clippy::too_many_arguments)]
pub fn set(
    db: &mut Db,
    ctx: &Context,
    number: &str,
    class: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    overrides: &ProfileInput,
    backdate: bool,
) -> Result<ProfileSet> {
    let class = text::code("class", class)?;
    let period = Period::new(start.unwrap_or(ctx.today), end)?;
    let overrides = ProfileValues::parse(overrides)?;
    db.write(|w| {
        let account = require_account(w.conn, number)?;
        let (class_id, ..) =
            store::class_by_code(w.conn, &class)?.ok_or_else(|| class_not_found(&class))?;
        let dating = check_dating("a profile starting", period.start, ctx.today, backdate)?;
        let (id, superseded) = assign(
            w,
            ctx,
            &account.number,
            account.id,
            class_id,
            period,
            &overrides,
            dating,
        )?;
        let profile = store::get_profile(w.conn, id)?
            .ok_or_else(|| Error::internal("account profile vanished"))?;
        Ok(ProfileSet {
            profile: profile.to_json(),
            superseded: superseded.map(|p| p.to_json()),
        })
    })
}

/// What `profile show --on D` answers (the assignment and class in force), for the answers
/// of a correction.
fn answer(conn: &Tx<'_>, account_id: i64, day: NaiveDate) -> Result<serde_json::Value> {
    Ok(match in_force(conn, account_id, day)? {
        Some(p) => json!({"assignment_id": p.assignment_id, "class": p.class}),
        None => serde_json::Value::Null,
    })
}

/// Places an assignment by the rules of [`place`], superseding an open-ended one when
/// allowed; audits both (as a correction when `dating` says it is back-dated). Returns the
/// new id and the superseded assignment.
#[allow(clippy::too_many_arguments)]
fn assign(
    w: &Writer<'_>,
    ctx: &Context,
    number: &str,
    account_id: i64,
    class_id: i64,
    period: Period,
    overrides: &ProfileValues,
    dating: Dating,
) -> Result<(i64, Option<AccountProfile>)> {
    let old = answer(w.conn, account_id, period.start)?;
    let existing: Vec<(i64, Period)> = store::profiles_of(w.conn, account_id)?
        .into_iter()
        .map(|p| (p.id, p.period))
        .collect();
    let superseded = match place(number, &existing, period)? {
        Placement::Insert => None,
        Placement::Supersede { id, period: ended } => {
            let end = ended.end.expect("an ended period");
            store::set_profile_end(w.conn, id, end)?;
            audit(
                w,
                ctx,
                "end",
                "account_profile",
                id,
                if dating.is_backdated() {
                    json!({"end": {"from": null, "to": end}, "superseded_by_start": period.start, "backdated": true})
                } else {
                    json!({"end": {"from": null, "to": end}, "superseded_by_start": period.start})
                },
            )?;
            store::get_profile(w.conn, id)?
        }
    };
    let id = store::insert_profile(
        w.conn,
        account_id,
        class_id,
        &period,
        overrides,
        &ctx.timestamp(),
    )?;
    let profile = store::get_profile(w.conn, id)?
        .ok_or_else(|| Error::internal("account profile vanished"))?;
    audit(
        w,
        ctx,
        "add",
        "account_profile",
        id,
        dated(
            serde_json::to_value(profile.to_json())?,
            dating,
            period.start,
            old,
            answer(w.conn, account_id, period.start)?,
        ),
    )?;
    Ok((id, superseded))
}

/// Gives a new account the `DEFAULT` class from `ctx.today` when that class exists (inside
/// the account's own write transaction).
pub fn assign_default(w: &Writer<'_>, ctx: &Context, number: &str, account_id: i64) -> Result<()> {
    if let Some((class_id, ..)) = store::class_by_code(w.conn, DEFAULT_CLASS)? {
        assign(
            w,
            ctx,
            number,
            account_id,
            class_id,
            Period::open_ended(ctx.today),
            &ProfileValues::default(),
            Dating::Current,
        )?;
    }
    Ok(())
}

/// The profile of an account in force on a date, each value with its source.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileInForce {
    pub account: String,
    pub on: NaiveDate,
    pub assignment_id: i64,
    pub class: String,
    /// The class version whose values apply.
    pub class_version_from: NaiveDate,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub values: Vec<EffectiveValue>,
}

/// The profile in force on `on`, or None when no assignment covers that day.
pub fn in_force(conn: &Tx<'_>, account_id: i64, on: NaiveDate) -> Result<Option<ProfileInForce>> {
    let Some(profile) = store::profiles_of(conn, account_id)?
        .into_iter()
        .find(|p| p.period.contains(on))
    else {
        return Ok(None);
    };
    let versions = store::versions(conn, profile.class_id)?;
    let version = version_on(&versions, on).ok_or_else(|| {
        Error::internal(format!("profile class {} has no version", profile.class))
    })?;
    Ok(Some(ProfileInForce {
        account: profile.account.clone(),
        on,
        assignment_id: profile.id,
        class: profile.class.clone(),
        class_version_from: version.effective_from,
        start: profile.period.start,
        end: profile.period.end,
        values: effective(&version.values, &profile.overrides),
    }))
}

pub fn show(db: &mut Db, number: &str, on: NaiveDate) -> Result<ProfileInForce> {
    db.read(|conn| {
        let account = require_account(conn, number)?;
        in_force(conn, account.id, on)?.ok_or_else(|| {
            Error::not_found(format!(
                "account {} has no profile on {on}",
                account.number
            ))
            .with_hint(format!(
                "see its assignments with: custctl profile history {}; assign one with: custctl profile set {} --class CODE",
                account.number, account.number
            ))
        })
    })
}

pub fn history(db: &mut Db, number: &str) -> Result<Vec<AccountProfileJson>> {
    db.read(|conn| {
        let account = require_account(conn, number)?;
        Ok(store::profiles_of(conn, account.id)?
            .iter()
            .map(|p| p.to_json())
            .collect())
    })
}

//! Profile classes (versioned by date), account profiles (a class assigned for a period)
//! and their overrides (product.md §3.6).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Value, json};

use crate::domain::currency::{currency, format_amount, parse_amount};
use crate::domain::period::Period;
use crate::domain::text;
use crate::domain::time::printable;
use crate::error::{Error, Result};
use crate::string_enum;

string_enum! {
    /// Where a value in force comes from.
    pub enum Source { Class = "class", Override = "override" }
}

/// The profile fields as a user typed them (`--payment-terms`, `--credit-limit CUR=AMOUNT`...).
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub payment_terms: Option<String>,
    pub credit_limits: Vec<String>,
    pub credit_check: Option<String>,
    pub credit_hold: Option<String>,
    pub tolerance: Option<String>,
    pub statement_cycle: Option<String>,
    pub send_statements: Option<String>,
    pub dunning_letters: Option<String>,
    pub collector: Option<String>,
}

/// Checked profile values; `None` (or an absent currency) means "not set here".
/// Credit limits are in the currency's minor units.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileValues {
    pub payment_terms: Option<String>,
    pub credit_limits: BTreeMap<String, i64>,
    pub credit_check: Option<bool>,
    pub credit_hold: Option<bool>,
    pub tolerance: Option<String>,
    pub statement_cycle: Option<String>,
    pub send_statements: Option<bool>,
    pub dunning_letters: Option<bool>,
    pub collector: Option<String>,
}

/// A boolean profile field: `true`/`false` (also `yes`/`no`, `1`/`0`), so that an override
/// can set false.
pub fn parse_flag(field: &str, value: &str) -> Result<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(Error::invalid(format!(
            "{field}: '{}' is not true or false",
            printable(value)
        ))
        .with_hint(format!("write --{field} true or --{field} false"))),
    }
}

/// A tolerance in percent: 0 to 100 with at most two decimals, kept as a decimal string.
pub fn parse_tolerance(value: &str) -> Result<String> {
    let v = value.trim();
    let bad = || {
        Error::invalid(format!("tolerance: '{}' is not a percentage", printable(v)))
            .with_hint("write a number from 0 to 100 with at most two decimals, e.g. 2.5")
    };
    let (whole, frac) = v.split_once('.').unwrap_or((v, ""));
    if whole.is_empty()
        || whole.len() > 3
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || (v.contains('.') && frac.is_empty())
    {
        return Err(bad());
    }
    let hundredths: u32 = whole.parse::<u32>().map_err(|_| bad())? * 100
        + if frac.is_empty() {
            0
        } else {
            frac.parse::<u32>().map_err(|_| bad())? * 10u32.pow(2 - frac.len() as u32)
        };
    if hundredths > 10_000 {
        return Err(bad());
    }
    // Canonical form: no leading zeros, no trailing decimal zeros.
    let w = hundredths / 100;
    let f = hundredths % 100;
    Ok(match f {
        0 => w.to_string(),
        f if f % 10 == 0 => format!("{w}.{}", f / 10),
        f => format!("{w}.{f:02}"),
    })
}

/// `CUR=AMOUNT` (amount in the currency's minor units, as a decimal string).
pub fn parse_credit_limit(value: &str) -> Result<(String, i64)> {
    let (cur, amount) = value.split_once('=').ok_or_else(|| {
        Error::invalid(format!(
            "credit limit: '{}' is not CUR=AMOUNT",
            printable(value)
        ))
        .with_hint("write e.g. --credit-limit USD=5000.00 (one per currency)")
    })?;
    let cur = currency("credit limit currency", cur)?;
    let minor = parse_amount("credit limit", &cur, amount)?;
    Ok((cur, minor))
}

impl ProfileValues {
    pub fn parse(input: &ProfileInput) -> Result<Self> {
        let mut credit_limits = BTreeMap::new();
        for raw in &input.credit_limits {
            let (cur, minor) = parse_credit_limit(raw)?;
            if credit_limits.insert(cur.clone(), minor).is_some() {
                return Err(
                    Error::invalid(format!("credit limit: {cur} is given twice"))
                        .with_hint("give one --credit-limit per currency"),
                );
            }
        }
        let flag = |field: &str, v: &Option<String>| {
            v.as_deref().map(|v| parse_flag(field, v)).transpose()
        };
        Ok(ProfileValues {
            payment_terms: text::optional(input.payment_terms.as_deref(), |v| {
                text::code("payment terms", v)
            })?,
            credit_limits,
            credit_check: flag("credit-check", &input.credit_check)?,
            credit_hold: flag("credit-hold", &input.credit_hold)?,
            tolerance: input
                .tolerance
                .as_deref()
                .map(parse_tolerance)
                .transpose()?,
            statement_cycle: text::optional(input.statement_cycle.as_deref(), |v| {
                text::code("statement cycle", v)
            })?,
            send_statements: flag("send-statements", &input.send_statements)?,
            dunning_letters: flag("dunning-letters", &input.dunning_letters)?,
            collector: text::optional(input.collector.as_deref(), |v| text::name("collector", v))?,
        })
    }

    pub fn is_empty(&self) -> bool {
        self == &ProfileValues::default()
    }

    /// The fields `--clear` names (`credit-limit` clears every currency's limit).
    pub const CLEARABLE: &'static [&'static str] = &[
        "payment-terms",
        "credit-limit",
        "credit-check",
        "credit-hold",
        "tolerance",
        "statement-cycle",
        "send-statements",
        "dunning-letters",
        "collector",
    ];

    /// These values with the fields named (from [`Self::CLEARABLE`]) unset.
    pub fn cleared(mut self, fields: &[&str]) -> ProfileValues {
        for f in fields {
            match *f {
                "payment-terms" => self.payment_terms = None,
                "credit-limit" => self.credit_limits.clear(),
                "credit-check" => self.credit_check = None,
                "credit-hold" => self.credit_hold = None,
                "tolerance" => self.tolerance = None,
                "statement-cycle" => self.statement_cycle = None,
                "send-statements" => self.send_statements = None,
                "dunning-letters" => self.dunning_letters = None,
                "collector" => self.collector = None,
                _ => {}
            }
        }
        self
    }

    /// These values over `previous`: what is set here wins, the rest carries over (credit
    /// limits per currency).
    pub fn over(&self, previous: &ProfileValues) -> ProfileValues {
        let mut credit_limits = previous.credit_limits.clone();
        credit_limits.extend(self.credit_limits.iter().map(|(c, a)| (c.clone(), *a)));
        ProfileValues {
            payment_terms: self
                .payment_terms
                .clone()
                .or(previous.payment_terms.clone()),
            credit_limits,
            credit_check: self.credit_check.or(previous.credit_check),
            credit_hold: self.credit_hold.or(previous.credit_hold),
            tolerance: self.tolerance.clone().or(previous.tolerance.clone()),
            statement_cycle: self
                .statement_cycle
                .clone()
                .or(previous.statement_cycle.clone()),
            send_statements: self.send_statements.or(previous.send_statements),
            dunning_letters: self.dunning_letters.or(previous.dunning_letters),
            collector: self.collector.clone().or(previous.collector.clone()),
        }
    }

    /// The set values as (field, text) pairs, as overrides are stored: booleans `true`/
    /// `false`, credit limits as `credit_limit.CUR` with the amount in minor units.
    pub fn to_fields(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut push = |name: &str, v: Option<String>| {
            if let Some(v) = v {
                out.push((name.to_string(), v));
            }
        };
        push("payment_terms", self.payment_terms.clone());
        push("credit_check", self.credit_check.map(|b| b.to_string()));
        push("credit_hold", self.credit_hold.map(|b| b.to_string()));
        push("tolerance", self.tolerance.clone());
        push("statement_cycle", self.statement_cycle.clone());
        push(
            "send_statements",
            self.send_statements.map(|b| b.to_string()),
        );
        push(
            "dunning_letters",
            self.dunning_letters.map(|b| b.to_string()),
        );
        push("collector", self.collector.clone());
        for (cur, minor) in &self.credit_limits {
            out.push((format!("credit_limit.{cur}"), minor.to_string()));
        }
        out
    }

    /// The inverse of [`to_fields`](Self::to_fields); unknown fields are ignored.
    pub fn from_fields(fields: &[(String, String)]) -> ProfileValues {
        let mut v = ProfileValues::default();
        for (name, value) in fields {
            let b = || Some(value == "true");
            match name.as_str() {
                "payment_terms" => v.payment_terms = Some(value.clone()),
                "credit_check" => v.credit_check = b(),
                "credit_hold" => v.credit_hold = b(),
                "tolerance" => v.tolerance = Some(value.clone()),
                "statement_cycle" => v.statement_cycle = Some(value.clone()),
                "send_statements" => v.send_statements = b(),
                "dunning_letters" => v.dunning_letters = b(),
                "collector" => v.collector = Some(value.clone()),
                other => {
                    if let Some(cur) = other.strip_prefix("credit_limit.")
                        && let Ok(minor) = value.parse()
                    {
                        v.credit_limits.insert(cur.to_string(), minor);
                    }
                }
            }
        }
        v
    }

    /// Every field as a JSON value (null when unset), in the order of product.md §3.6;
    /// credit limits one entry per currency.
    fn entries(&self) -> Vec<(&'static str, Option<String>, Value)> {
        let s = |v: &Option<String>| v.as_ref().map_or(Value::Null, |v| json!(v));
        let b = |v: Option<bool>| v.map_or(Value::Null, |v| json!(v));
        let mut out = vec![("payment_terms", None, s(&self.payment_terms))];
        for (cur, minor) in &self.credit_limits {
            out.push((
                "credit_limit",
                Some(cur.clone()),
                json!(format_amount(cur, *minor)),
            ));
        }
        out.extend([
            ("credit_check", None, b(self.credit_check)),
            ("credit_hold", None, b(self.credit_hold)),
            ("tolerance", None, s(&self.tolerance)),
            ("statement_cycle", None, s(&self.statement_cycle)),
            ("send_statements", None, b(self.send_statements)),
            ("dunning_letters", None, b(self.dunning_letters)),
            ("collector", None, s(&self.collector)),
        ]);
        out
    }

    /// The values as printed (credit limits as money strings beside their currency).
    pub fn to_json(&self) -> ProfileFieldsJson {
        ProfileFieldsJson {
            payment_terms: self.payment_terms.clone(),
            credit_limits: self
                .credit_limits
                .iter()
                .map(|(c, m)| CreditLimit {
                    currency: c.clone(),
                    credit_limit: format_amount(c, *m),
                })
                .collect(),
            credit_check: self.credit_check,
            credit_hold: self.credit_hold,
            tolerance: self.tolerance.clone(),
            statement_cycle: self.statement_cycle.clone(),
            send_statements: self.send_statements,
            dunning_letters: self.dunning_letters,
            collector: self.collector.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreditLimit {
    pub currency: String,
    pub credit_limit: String,
}

/// Profile values as JSON: every field, null when unset.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileFieldsJson {
    pub payment_terms: Option<String>,
    pub credit_limits: Vec<CreditLimit>,
    pub credit_check: Option<bool>,
    pub credit_hold: Option<bool>,
    pub tolerance: Option<String>,
    pub statement_cycle: Option<String>,
    pub send_statements: Option<bool>,
    pub dunning_letters: Option<bool>,
    pub collector: Option<String>,
}

/// One value in force with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EffectiveValue {
    pub field: &'static str,
    /// The currency of a credit limit; null for other fields.
    pub currency: Option<String>,
    pub value: Value,
    /// `class` or `override`; null when neither sets the field.
    pub source: Option<Source>,
}

/// The values in force: each override wins over the class's value (credit limits per
/// currency).
pub fn effective(class: &ProfileValues, overrides: &ProfileValues) -> Vec<EffectiveValue> {
    let merged = overrides.over(class);
    let from_override: Vec<(&'static str, Option<String>)> = overrides
        .entries()
        .into_iter()
        .filter(|(_, _, v)| !v.is_null())
        .map(|(f, c, _)| (f, c))
        .collect();
    merged
        .entries()
        .into_iter()
        .map(|(field, currency, value)| {
            let source = if value.is_null() {
                None
            } else if from_override.contains(&(field, currency.clone())) {
                Some(Source::Override)
            } else {
                Some(Source::Class)
            };
            EffectiveValue {
                field,
                currency,
                value,
                source,
            }
        })
        .collect()
}

/// A version of a profile class: its values from `effective_from` until the next version.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassVersion {
    pub id: i64,
    pub effective_from: NaiveDate,
    pub values: ProfileValues,
}

/// The version in force on `day` (versions sorted by date): the latest that starts on or
/// before it; a day before the first version gets the first (the class as first defined).
pub fn version_on(versions: &[ClassVersion], day: NaiveDate) -> Option<&ClassVersion> {
    versions
        .iter()
        .rev()
        .find(|v| v.effective_from <= day)
        .or(versions.first())
}

/// What placing a new assignment does to the existing ones of the account.
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    /// No clash: insert.
    Insert,
    /// The open-ended assignment `id` is ended on `last_day` (the day before the new start).
    Supersede { id: i64, period: Period },
}

/// The rules of account profiles: assignments of one account never overlap (4); a new
/// open-ended assignment that starts after the current open-ended one's start supersedes it;
/// one that starts on or before it is a conflict (4).
pub fn place(number: &str, existing: &[(i64, Period)], new: Period) -> Result<Placement> {
    let mut placement = Placement::Insert;
    let mut after: Vec<(i64, Period)> = existing.to_vec();
    if new.is_open_ended()
        && let Some((id, open)) = existing.iter().find(|(_, p)| p.is_open_ended())
    {
        if new.start > open.start {
            let ended = open.ended_on(new.start.pred_opt().unwrap_or(new.start))?;
            placement = Placement::Supersede {
                id: *id,
                period: ended,
            };
            for (i, p) in after.iter_mut() {
                if i == id {
                    *p = ended;
                }
            }
        } else {
            return Err(Error::conflict(format!(
                "account {number} already has profile assignment {id} from {}; a new open-ended one must start after {}",
                open.describe(),
                open.start
            ))
            .with_hint("give a later --start to supersede it, or an --end so that the periods do not overlap"));
        }
    }
    if let Some((id, clash)) = after.iter().find(|(_, p)| p.overlaps(&new)) {
        return Err(Error::conflict(format!(
            "account {number}: the profile period {} overlaps assignment {id} ({})",
            new.describe(),
            clash.describe()
        ))
        .with_hint(format!(
            "profile assignments of one account cannot overlap; see them with: custctl profile history {number}"
        )));
    }
    Ok(placement)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn tolerance_forms() {
        assert_eq!(parse_tolerance("5").unwrap(), "5");
        assert_eq!(parse_tolerance("2.50").unwrap(), "2.5");
        assert_eq!(parse_tolerance("007.05").unwrap(), "7.05");
        assert_eq!(parse_tolerance("100").unwrap(), "100");
        for bad in ["100.01", "-1", "1.234", "", "x", "1.", "1e2"] {
            assert_eq!(parse_tolerance(bad).unwrap_err().exit_code(), 5, "{bad}");
        }
    }

    #[test]
    fn credit_limits_are_minor_units() {
        assert_eq!(
            parse_credit_limit("usd=5000").unwrap(),
            ("USD".into(), 500000)
        );
        assert_eq!(
            parse_credit_limit("JPY=5000").unwrap(),
            ("JPY".into(), 5000)
        );
        for bad in ["USD", "USD=1.234", "XXX=1", "USD=-1", "USD=1e3"] {
            assert_eq!(parse_credit_limit(bad).unwrap_err().exit_code(), 5, "{bad}");
        }
    }

    #[test]
    fn overrides_win_per_field_and_currency() {
        let class = ProfileValues {
            payment_terms: Some("NET30".into()),
            credit_limits: [("USD".into(), 100), ("EUR".into(), 200)].into(),
            credit_check: Some(true),
            ..Default::default()
        };
        let ov = ProfileValues {
            credit_limits: [("USD".into(), 900)].into(),
            credit_check: Some(false),
            ..Default::default()
        };
        let eff = effective(&class, &ov);
        let find = |f: &str, c: Option<&str>| {
            eff.iter()
                .find(|e| e.field == f && e.currency.as_deref() == c)
                .unwrap()
                .clone()
        };
        assert_eq!(find("credit_limit", Some("USD")).value, json!("9.00"));
        assert_eq!(
            find("credit_limit", Some("USD")).source,
            Some(Source::Override)
        );
        assert_eq!(
            find("credit_limit", Some("EUR")).source,
            Some(Source::Class)
        );
        assert_eq!(find("credit_check", None).value, json!(false));
        assert_eq!(find("payment_terms", None).source, Some(Source::Class));
        assert_eq!(find("collector", None).source, None);
        assert_eq!(ProfileValues::from_fields(&ov.to_fields()), ov);
    }

    #[test]
    fn placement_supersedes_or_refuses() {
        let open = (1, Period::open_ended(d("2026-01-01")));
        let p = place("A", &[open], Period::open_ended(d("2026-03-01"))).unwrap();
        assert_eq!(
            p,
            Placement::Supersede {
                id: 1,
                period: Period::new(d("2026-01-01"), Some(d("2026-02-28"))).unwrap()
            }
        );
        assert_eq!(
            place("A", &[open], Period::open_ended(d("2026-01-01")))
                .unwrap_err()
                .exit_code(),
            4
        );
        let bounded = Period::new(d("2026-02-01"), Some(d("2026-02-10"))).unwrap();
        assert_eq!(place("A", &[open], bounded).unwrap_err().exit_code(), 4);
        let before = Period::new(d("2025-01-01"), Some(d("2025-12-31"))).unwrap();
        assert_eq!(place("A", &[open], before).unwrap(), Placement::Insert);
    }

    fn period() -> impl proptest::strategy::Strategy<Value = Period> {
        use proptest::prelude::*;
        (0i64..200, proptest::option::of(0i64..60)).prop_map(|(s, len)| {
            let start = d("2026-01-01") + chrono::Duration::days(s);
            Period::new(start, len.map(|l| start + chrono::Duration::days(l))).unwrap()
        })
    }

    proptest::proptest! {
        /// Whatever is asked, the assignments of one account never overlap, and a
        /// supersede only ever shortens the open-ended one to end the day before.
        #[test]
        fn placements_never_overlap(asks in proptest::collection::vec(period(), 1..12)) {
            let mut existing: Vec<(i64, Period)> = Vec::new();
            for (i, ask) in asks.into_iter().enumerate() {
                match place("A", &existing, ask) {
                    Ok(Placement::Insert) => existing.push((i as i64, ask)),
                    Ok(Placement::Supersede { id, period }) => {
                        proptest::prop_assert!(ask.is_open_ended());
                        proptest::prop_assert_eq!(period.end, ask.start.pred_opt());
                        for (j, p) in existing.iter_mut() {
                            if *j == id {
                                proptest::prop_assert!(p.is_open_ended());
                                *p = period;
                            }
                        }
                        existing.push((i as i64, ask));
                    }
                    Err(e) => proptest::prop_assert_eq!(e.exit_code(), 4),
                }
                for (a, pa) in &existing {
                    for (b, pb) in &existing {
                        proptest::prop_assert!(a == b || !pa.overlaps(pb));
                    }
                }
            }
        }
    }

    #[test]
    fn versions_by_date() {
        let v = |id, from: &str| ClassVersion {
            id,
            effective_from: d(from),
            values: ProfileValues::default(),
        };
        let versions = [v(1, "2026-01-01"), v(2, "2026-06-01")];
        assert_eq!(version_on(&versions, d("2025-01-01")).unwrap().id, 1);
        assert_eq!(version_on(&versions, d("2026-05-31")).unwrap().id, 1);
        assert_eq!(version_on(&versions, d("2026-06-01")).unwrap().id, 2);
    }
}

/// A profile class as printed: its versions, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileClass {
    pub id: i64,
    pub code: String,
    pub description: String,
    pub versions: Vec<ClassVersionJson>,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClassVersionJson {
    pub effective_from: NaiveDate,
    #[serde(flatten)]
    pub values: ProfileFieldsJson,
}

impl ClassVersion {
    pub fn to_json(&self) -> ClassVersionJson {
        ClassVersionJson {
            effective_from: self.effective_from,
            values: self.values.to_json(),
        }
    }
}

/// A profile class assigned to an account for a period, with its overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountProfile {
    pub id: i64,
    pub account_id: i64,
    pub account: String,
    pub class_id: i64,
    pub class: String,
    pub period: Period,
    pub overrides: ProfileValues,
    pub created_at: String,
}

/// An account profile as printed.
#[derive(Debug, Clone, Serialize)]
pub struct AccountProfileJson {
    pub id: i64,
    pub account: String,
    pub class: String,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    /// The overridden fields (null: taken from the class).
    pub overrides: ProfileFieldsJson,
    pub created_at: String,
}

impl AccountProfile {
    pub fn to_json(&self) -> AccountProfileJson {
        AccountProfileJson {
            id: self.id,
            account: self.account.clone(),
            class: self.class.clone(),
            start: self.period.start,
            end: self.period.end,
            overrides: self.overrides.to_json(),
            created_at: self.created_at.clone(),
        }
    }
}

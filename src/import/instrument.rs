//! `instrument import`: cards and bank accounts, checked and tokenised exactly as
//! `instrument add` does (`ops::instrument::validate`, then `add_in`, the same function as
//! the command). A row for a known external id updates what may change (holder, BIC,
//! preference, end) through `ops::instrument::update_in`, as `instrument update` does, and
//! is refused (4) when it names another card or bank account (or account, site, currency,
//! start, expiry). A file with a card verification code column
//! is refused before any row is read; card numbers never reach the rejects file, the report
//! or the audit log.

use crate::domain::card::CardNumber;
use crate::error::{Error, Result};
use crate::import::{Entity, Outcome, Row, RowError, at};
use crate::ops::Context;
use crate::ops::instrument::{
    CheckedAdd, InstrumentChange, InstrumentInput, NewInstrument, audit_add, check_add,
    insert_checked, update_in, validate,
};
use crate::store::{Writer, instrument as store};

pub struct InstrumentImport {
    /// `--backdate`: rows may start before today (a correction of the past, as
    /// `instrument add --backdate`).
    pub backdate: bool,
}

#[allow(clippy::large_enum_variant)]
pub enum Plan {
    /// A new instrument, checked by `instrument add`'s rules.
    Insert(NewInstrument, CheckedAdd),
    Update {
        id: i64,
        change: InstrumentChange,
    },
}

/// Whether a column name is a card verification code (product.md §4): lower-cased and
/// without spaces, dashes or underscores it is or contains `cvv`, `cvc`, `cvn`, `csc`,
/// `securitycode` or `verificationvalue`, or it has `cid` as a whole word (`Card CID`,
/// `cid2`, `C I D`; not `acid`). So `Card CVV`, `CVV Code`, `CVV2/CVC2` and
/// `Card Verification Value` are all refused.
pub fn is_cvv(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let n: String = lower
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .collect();
    let contained = [
        "cvv",
        "cvc",
        "cvn",
        "csc",
        "securitycode",
        "verificationvalue",
    ]
    .iter()
    .any(|word| n.contains(word));
    let cid_word = |w: &str| w.trim_end_matches(|c: char| c.is_ascii_digit()) == "cid";
    contained || cid_word(&n) || lower.split(|c: char| !c.is_alphanumeric()).any(cid_word)
}

pub(super) fn parse_bool(field: &str, v: &str) -> Result<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" => Ok(true),
        "false" | "0" | "no" | "n" => Ok(false),
        other => Err(Error::invalid(format!(
            "{field}: '{}' is not true or false",
            crate::domain::time::printable(other)
        ))),
    }
}

/// The column a validation message is about: the field it starts with (`holder holds what
/// looks like a card number` is about the holder, not the card), else the first it names.
fn column_of(message: &str) -> Option<&'static str> {
    let m = message.to_ascii_lowercase();
    let columns = [
        ("card", "card_number"),
        ("expir", "expiry"),
        ("iban", "iban"),
        ("bic", "bic"),
        ("bank code", "bank_code"),
        ("bank account", "bank_account"),
        ("country", "country"),
        ("currency", "currency"),
        ("holder", "holder"),
        ("start", "start"),
        ("end", "end"),
        ("preference", "preference"),
        ("external id", "external_id"),
        ("site", "site_id"),
        ("account", "account"),
        ("primary", "primary"),
    ];
    columns
        .iter()
        .find(|(word, _)| m.starts_with(word))
        .or_else(|| columns.iter().find(|(word, _)| m.contains(word)))
        .map(|(_, c)| *c)
}

fn located(e: Error) -> RowError {
    match column_of(&e.message) {
        Some(c) => at(c)(e),
        None => e.into(),
    }
}

/// What differs between a stored instrument and a row for its external id that may not
/// change: the card or bank account itself, its account, site, currency, start (when given)
/// and a card's expiry.
fn fixed_differences(
    stored: &crate::domain::payment::Instrument,
    new: &NewInstrument,
    start_given: bool,
) -> Vec<&'static str> {
    let r = &new.row;
    let mut out = Vec::new();
    if stored.account != new.account {
        out.push("account");
    }
    if Some(stored.kind) != r.kind
        || stored.fingerprint != r.fingerprint
        || stored.bank_key != r.bank_key
        || stored.iban != r.iban
        || stored.bank_account != r.bank_account
    {
        out.push(match (stored.kind, &stored.iban) {
            (crate::domain::payment::PaymentType::Card, _) => "card_number",
            (_, Some(_)) => "iban",
            (_, None) => "bank_account",
        });
    }
    // A card's expiry may change (a renewed card keeps its number: the fingerprint matched).
    if stored.kind != crate::domain::payment::PaymentType::Card && stored.expiry != r.expiry {
        out.push("expiry");
    }
    if stored.currency != r.currency {
        out.push("currency");
    }
    if stored.site_id != r.site_id {
        out.push("site_id");
    }
    if start_given && stored.start != r.start {
        out.push("start");
    }
    out
}

/// The row's card as checked, when it is the stored card with another expiry (a renewal).
fn renewed_card(
    stored: &crate::domain::payment::Instrument,
    new: &NewInstrument,
) -> Option<crate::domain::card::ValidCard> {
    let r = &new.row;
    if stored.expiry == r.expiry {
        return None;
    }
    let expiry = r.expiry.clone()?;
    let (y, m) = expiry.split_once('-')?;
    Some(crate::domain::card::ValidCard {
        brand: r.brand?,
        last4: r.last4.clone()?,
        expires_after: crate::domain::card::last_day_of_month(y.parse().ok()?, m.parse().ok()?)?,
        expiry,
        fingerprint: r.fingerprint.clone()?,
    })
}

impl Entity for InstrumentImport {
    type Plan = Plan;
    const KIND: &'static str = "instrument";
    const FIELDS: &'static [&'static str] = &[
        "external_id",
        "account",
        "card_number",
        "expiry",
        "holder",
        "iban",
        "bic",
        "bank_account",
        "bank_code",
        "country",
        "currency",
        "primary",
        "start",
        "end",
        "preference",
        "site_id",
    ];
    const KEY: Option<&'static str> = Some("external_id");
    const SECRET: &'static [&'static str] = &["card_number"];
    const IGNORED: &'static [&'static str] = &[
        "kind",
        "brand",
        "last4",
        "fingerprint",
        "active",
        "default",
        "primary_periods",
    ];

    fn check_header(names: &[&str]) -> Result<()> {
        if let Some(name) = names.iter().find(|n| is_cvv(n)) {
            return Err(Error::invalid(format!(
                "the column '{}' holds card verification codes, which custctl never accepts; nothing was read",
                crate::domain::time::printable(name.trim())
            ))
            .with_hint("remove that column from the file (and delete the codes: they may not be stored anywhere)"));
        }
        Ok(())
    }

    /// A new instrument's rules were checked by `prepare`: its insert needs no savepoint. An
    /// update runs `instrument update`'s function, which checks as it writes.
    fn savepoint(plan: &Plan) -> bool {
        matches!(plan, Plan::Update { .. })
    }

    fn prepare(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        row: &Row,
    ) -> std::result::Result<Plan, RowError> {
        let account = row.value("account").ok_or_else(|| {
            at("account")(Error::invalid(
                "every instrument row needs its account number",
            ))
        })?;
        let primary = row
            .value("primary")
            .map(|v| parse_bool("primary", v))
            .transpose()
            .map_err(at("primary"))?
            .unwrap_or(false);
        let site_id = row
            .value("site_id")
            .map(|v| {
                v.trim().parse::<i64>().map_err(|_| {
                    Error::invalid(format!(
                        "site_id must be a number, not '{}'",
                        crate::domain::time::printable(v.trim())
                    ))
                })
            })
            .transpose()
            .map_err(at("site_id"))?;
        let card = row.value("card_number").map(|v| CardNumber::new(v.trim()));
        let input = InstrumentInput {
            account,
            card_number: card.as_ref(),
            expiry: row.value("expiry"),
            holder: row.value("holder"),
            iban: row.value("iban"),
            bic: row.value("bic"),
            bank_account: row.value("bank_account"),
            bank_code: row.value("bank_code"),
            country: row.value("country"),
            currency: row.value("currency"),
            primary,
            site_id,
            start: row.value("start"),
            end: row.value("end"),
            preference: row.value("preference"),
            external_id: row.value("external_id"),
        };
        let new = validate(&input, ctx.today, w.key).map_err(located)?;
        let stored = match &new.row.external_id {
            Some(ext) => store::by_external_id(w.conn, ext, ctx.today)?,
            None => None,
        };
        let Some(stored) = stored else {
            // The rules of `instrument add`, before anything is written.
            let checked = check_add(w.conn, ctx, &new, self.backdate).map_err(located)?;
            return Ok(Plan::Insert(new, checked));
        };
        let ext = new.row.external_id.as_deref().unwrap_or_default();
        let fixed = fixed_differences(&stored, &new, row.value("start").is_some());
        if let Some(first) = fixed.first() {
            return Err(at(first)(
                Error::conflict(format!(
                    "instrument {} has the external id {ext} with another {}; only the holder, bic, preference and end of an instrument may change",
                    stored.id,
                    fixed.join(", ")
                ))
                .with_hint(format!(
                    "end it (custctl instrument end {} --on DATE) and import the new one under another external id",
                    stored.id
                )),
            ));
        }
        // What may change, where the file has the column: an empty cell clears it.
        let given = |field: &str| row.cell(field).is_some();
        let change = InstrumentChange {
            holder: given("holder").then(|| new.row.holder.clone()),
            bic: given("bic").then(|| new.row.bic.clone()),
            preference: given("preference").then_some(new.row.preference),
            end: given("end").then_some(new.row.end),
            card: renewed_card(&stored, &new),
        };
        Ok(Plan::Update {
            id: stored.id,
            change,
        })
    }

    fn write(
        &mut self,
        w: &Writer<'_>,
        ctx: &Context,
        plan: Plan,
    ) -> std::result::Result<Outcome, RowError> {
        match plan {
            // No audit entry per new instrument (the file's entry counts them), except for a
            // back-dated one: a correction of the past, recorded as `instrument add
            // --backdate` records it.
            Plan::Insert(new, checked) => {
                let added = insert_checked(w, ctx, &new, &checked)?;
                if checked.dating.is_backdated() {
                    audit_add(w, ctx, &new, &added, checked.dating)?;
                }
                Ok(Outcome::Inserted)
            }
            Plan::Update { id, change } => {
                match update_in(w, ctx, id, &change, self.backdate).map_err(located)? {
                    Some(_) => Ok(Outcome::Updated),
                    None => Ok(Outcome::Unchanged),
                }
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::is_cvv;

    #[test]
    fn cvv_headers() {
        for h in [
            "CVV",
            " cvc ",
            "Cvv2",
            "CVC-2",
            "cid",
            "Security Code",
            "security_code",
            "Card CVV",
            "CVV Code",
            "CVV2/CVC2",
            "cvn",
            "CSC",
            "Card CID",
            "cid2",
            "C I D",
            "Card Verification Value",
            "card_security_code",
            "cvv_note",
        ] {
            assert!(is_cvv(h), "{h}");
        }
        for h in [
            "card_number",
            "cvx",
            "code",
            "security",
            "acid",
            "decided",
            "cidade",
        ] {
            assert!(!is_cvv(h), "{h}");
        }
    }
}

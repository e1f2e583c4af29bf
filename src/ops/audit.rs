//! Reading and verifying the audit log.

use crate::domain::person::PersonRef;
use crate::domain::reference::RecordRef;
use crate::domain::time::{format_timestamp, parse_timestamp};
use crate::error::{Error, Result};
use crate::store::Db;
use crate::store::Tx;
use crate::store::audit::{
    ExpectedHead, Filter, StoredEntry, Verification, list as list_entries, verify as verify_chain,
};

pub struct AuditQuery<'a> {
    pub entity: Option<&'a str>,
    pub id: Option<&'a str>,
    pub actor: Option<&'a str>,
    pub since: Option<&'a str>,
    pub limit: Option<u64>,
}

pub fn list(db: &mut Db, q: &AuditQuery<'_>) -> Result<Vec<StoredEntry>> {
    let since = q
        .since
        .map(|s| parse_timestamp("since", s).map(|t| format_timestamp(&t)))
        .transpose()?;
    let mut entity = q
        .entity
        .map(|e| e.trim().to_ascii_lowercase().replace('-', "_"));
    db.read(|conn| {
        if let Some(e) = &entity
            && !KNOWN_ENTITIES.contains(&e.as_str())
            && !crate::store::audit::entity_recorded(conn, e)?
        {
            return Err(Error::usage(format!(
                "--entity: '{}' is not a kind of record",
                crate::domain::time::printable(e)
            ))
            .with_hint(format!("use one of: {}", KNOWN_ENTITIES.join(", "))));
        }
        let entity_id = match q.id.map(str::trim) {
            // An account number alone names an account, as every other command takes it.
            Some(id)
                if entity.is_none()
                    && !id.starts_with("ext:")
                    && !id.bytes().all(|b| b.is_ascii_digit()) =>
            {
                entity = Some("account".into());
                Some(resolve_id(conn, entity.as_deref(), id)?)
            }
            Some(id) => Some(resolve_id(conn, entity.as_deref(), id)?),
            None => None,
        };
        let filter = Filter {
            entity: entity.clone(),
            entity_id,
            actor: q.actor.map(|a| a.trim().to_string()),
            since: since.clone(),
            limit: q.limit,
        };
        list_entries(conn, &filter)
    })
}

/// The kinds of record the audit names (`--entity`; `-` may stand for `_`). A kind another
/// version recorded is accepted too.
pub const KNOWN_ENTITIES: &[&str] = &[
    "person",
    "contact_point",
    "party_relationship",
    "account",
    "site",
    "account_contact",
    "account_relationship",
    "account_profile",
    "contact",
    "contact_log",
    "contact_class",
    "contact_type",
    "characteristic_type",
    "letter_template",
    "receipt_method",
    "receipt_method_assignment",
    "instrument",
    "profile_class",
    "export",
    "database",
];

/// `--id` as the commands take it: an account number for accounts (a deleted account's too,
/// as the audit recorded it), an id or `ext:VALUE` for persons, contacts and instruments;
/// other kinds by id. An
/// account number the audit never saw is taken as an internal id when it is one.
fn resolve_id(conn: &Tx<'_>, entity: Option<&str>, id: &str) -> Result<String> {
    match entity {
        Some("account") => {
            if let Some(a) = crate::store::account::by_number(conn, id)? {
                return Ok(a.id.to_string());
            }
            if let Some(known) = crate::store::audit::account_id_by_number(conn, id)? {
                return Ok(known);
            }
            if id.parse::<i64>().is_ok() {
                return Ok(id.to_string());
            }
            Err(Error::not_found(format!("account {id} does not exist")))
        }
        Some("person") if id.starts_with("ext:") => {
            Ok(crate::ops::person::require(conn, &PersonRef::parse(id)?)?
                .id
                .to_string())
        }
        Some("contact") if id.starts_with("ext:") => Ok(crate::ops::contact::resolve_id(
            conn,
            &RecordRef::parse("contact", id)?,
        )?
        .to_string()),
        Some("instrument") if id.starts_with("ext:") => Ok(crate::ops::instrument::resolve_id(
            conn,
            &RecordRef::parse("instrument", id)?,
        )?
        .to_string()),
        _ if id.starts_with("ext:") => Err(Error::usage(format!(
            "--id {id} needs the kind of record: --entity person, contact or instrument"
        ))),
        _ => Ok(id.to_string()),
    }
}

/// Walks the chain; returns the verification, or a conflict (4) naming the first bad entry
/// or saying how the chain differs from the expected head (`HMAC` or `COUNT:HMAC`, as
/// `custctl audit head` prints it).
pub fn verify(db: &mut Db, expect_head: Option<&str>) -> Result<Verification> {
    let expect = expect_head.map(parse_head).transpose()?;
    let key = db.key()?.clone();
    let v = db.read(|conn| verify_chain(conn, &key, expect.as_ref()))?;
    check(&v, expect.as_ref())?;
    Ok(v)
}

/// The head of the chain: its entry count and the newest entry's HMAC, to keep outside the
/// database (`COUNT:HMAC` is what `--expect-head` takes). The chain is verified first.
pub fn head(db: &mut Db) -> Result<Verification> {
    verify(db, None)
}

/// `HMAC` or `COUNT:HMAC`.
pub fn parse_head(text: &str) -> Result<ExpectedHead> {
    let text = text.trim();
    let bad = || {
        Error::usage(format!(
            "--expect-head: '{}' is not a head",
            crate::domain::time::printable(text)
        ))
        .with_hint("pass the head printed by `custctl audit head`: COUNT:HMAC (or the HMAC alone)")
    };
    let (count, hmac) = match text.split_once(':') {
        Some((n, h)) => (
            Some(n.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(bad)?),
            h,
        ),
        None => (None, text),
    };
    if hmac.len() != 64 || !hmac.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad());
    }
    Ok(ExpectedHead {
        count,
        hmac: hmac.to_ascii_lowercase(),
    })
}

/// The verdict on a verification: a broken chain or a missing head is a conflict (4).
pub fn check(v: &Verification, expect: Option<&ExpectedHead>) -> Result<()> {
    if let Some((id, why)) = &v.first_bad {
        return Err(
            Error::conflict(format!("the audit chain is broken at entry {id}: {why}")).with_hint(
                "entries were edited or deleted outside custctl; restore from a backup and compare",
            ),
        );
    }
    let Some(expect) = expect else {
        return Ok(());
    };
    if v.expected_head_found != Some(false) {
        return Ok(());
    }
    let now = format!("{} entries, head {}", v.count, v.head);
    let message = match (expect.count, &v.hmac_at_expected) {
        (Some(n), None) => format!(
            "the audit chain has fewer entries than the expected head: {now}, expected {n}: the newest entries were removed"
        ),
        (Some(n), Some(other)) => format!(
            "the audit chain has a different head at entry {n}: {other} instead of the expected {} ({now}): the chain was rewritten or replaced",
            expect.hmac
        ),
        (None, _) => format!(
            "the expected head {} is in none of the chain's entries ({now}): either the newest entries were removed or the chain was rewritten or replaced",
            expect.hmac
        ),
    };
    Err(Error::conflict(message)
        .with_hint("restore from a backup taken after the expected head was recorded; keep heads as COUNT:HMAC (custctl audit head) to tell removal from rewriting"))
}

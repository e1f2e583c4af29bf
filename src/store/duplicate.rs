//! Duplicate persons: the blocks of persons sharing a normalised key (for `person
//! duplicates`), and the moves of `person merge`.

use std::collections::HashMap;

use crate::args;
use crate::domain::duplicate::{Block, Reason, address_key, name_key, url_key};
use crate::error::Result;
use crate::store::{Dialect, Tx};

/// The two persons of a party relationship: (subject, object).
pub fn relationship_persons(tx: &Tx<'_>, id: i64) -> Result<(i64, i64)> {
    tx.query_one(
        "SELECT subject_id, object_id FROM party_relationship WHERE id = ?1",
        args![id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

fn push(blocks: &mut HashMap<(Reason, String), Vec<i64>>, reason: Reason, key: String, id: i64) {
    blocks.entry((reason, key)).or_default().push(id);
}

/// Every block of two or more persons (not merged away) sharing a key: a contact point in
/// use (e-mail lower-cased, phone/fax in E.164, URL by [`url_key`]), a folded name
/// ([`name_key`]) or the normalised address of a site in use of one of their accounts.
/// One pass over each table; memory grows with the number of distinct keys.
pub fn blocks(tx: &Tx<'_>) -> Result<Vec<Block>> {
    let mut map: HashMap<(Reason, String), Vec<i64>> = HashMap::new();
    // E-mail addresses and phone/fax numbers (E.164) are grouped by the database, on the
    // index `contact_point_by_value (type, lower(value))`: only shared values reach Rust.
    // (`lower` folds ASCII only on both: SQLite's built-in, PostgreSQL's under COLLATE "C".)
    let ids_of_group = match tx.dialect() {
        Dialect::Sqlite => "group_concat(cp.person_id)",
        Dialect::Postgres => "string_agg(CAST(cp.person_id AS TEXT), ',')",
    };
    tx.for_each(
        &format!(
            "SELECT cp.type, lower(cp.value), {ids_of_group}
               FROM contact_point cp JOIN person p ON p.id = cp.person_id
              WHERE cp.type IN ('email', 'phone', 'fax') AND cp.end_date IS NULL
                AND p.merged_into IS NULL
              GROUP BY cp.type, lower(cp.value) HAVING count(DISTINCT cp.person_id) > 1"
        ),
        args![],
        |r| {
            let kind: String = r.get(0)?;
            let key: String = r.get(1)?;
            let ids: String = r.get(2)?;
            if let Some(reason) = Reason::of_point(&kind) {
                for id in ids.split(',').filter_map(|i| i.parse().ok()) {
                    push(&mut map, reason, key.clone(), id);
                }
            }
            Ok(())
        },
    )?;
    // Web addresses need their own normalisation ([`url_key`]).
    tx.for_each(
        "SELECT cp.person_id, cp.value FROM contact_point cp
           JOIN person p ON p.id = cp.person_id
          WHERE cp.type = 'url' AND cp.end_date IS NULL AND p.merged_into IS NULL",
        args![],
        |r| {
            let id: i64 = r.get(0)?;
            let value: String = r.get(1)?;
            let key = url_key(&value);
            if !key.is_empty() {
                push(&mut map, Reason::SameUrl, key, id);
            }
            Ok(())
        },
    )?;
    tx.for_each(
        "SELECT id, name FROM person WHERE merged_into IS NULL",
        args![],
        |r| {
            let id: i64 = r.get(0)?;
            let name: String = r.get(1)?;
            if let Some(key) = name_key(&name) {
                push(&mut map, Reason::SameName, key, id);
            }
            Ok(())
        },
    )?;
    tx.for_each(
        "SELECT DISTINCT a.person_id, s.address, s.city, s.postal_code, s.country
           FROM site s JOIN account a ON a.id = s.account_id
           JOIN person p ON p.id = a.person_id
          WHERE s.end_date IS NULL AND p.merged_into IS NULL",
        args![],
        |r| {
            let id: i64 = r.get(0)?;
            let address: String = r.get(1)?;
            let (city, postal, country): (Option<String>, Option<String>, Option<String>) =
                (r.get(2)?, r.get(3)?, r.get(4)?);
            if let Some(key) = address_key(
                &address,
                city.as_deref(),
                postal.as_deref(),
                country.as_deref(),
            ) {
                push(&mut map, Reason::SameAddress, key, id);
            }
            Ok(())
        },
    )?;
    let mut out: Vec<Block> = map
        .into_iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|((reason, key), ids)| Block { reason, key, ids })
        .collect();
    out.sort_by(|a, b| (a.reason, &a.key).cmp(&(b.reason, &b.key)));
    Ok(out)
}

/// The person a merged-away person was merged into (`None`: not merged, or no such person).
pub fn merged_into(tx: &Tx<'_>, id: i64) -> Result<Option<i64>> {
    Ok(tx
        .query_opt(
            "SELECT merged_into FROM person WHERE id = ?1",
            args![id],
            |r| r.get::<Option<i64>>(0),
        )?
        .flatten())
}

/// The persons merged into `id`, directly or through others merged into those, by id.
pub fn merged_from(tx: &Tx<'_>, id: i64) -> Result<Vec<i64>> {
    tx.query_vec(
        "WITH RECURSIVE m(id) AS (
             SELECT id FROM person WHERE merged_into = ?1
             UNION SELECT p.id FROM person p JOIN m ON p.merged_into = m.id)
         SELECT id FROM m ORDER BY id",
        args![id],
        |r| r.get(0),
    )
}

pub fn set_merged_into(tx: &Tx<'_>, id: i64, into: i64, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE person SET merged_into = ?2, updated_at = ?3 WHERE id = ?1",
        args![id, into, now],
    )?;
    Ok(())
}

/// Ids of the rows of `table` whose `column` is `person_id`, by id.
pub fn ids_referring(tx: &Tx<'_>, table: &str, column: &str, person_id: i64) -> Result<Vec<i64>> {
    tx.query_vec(
        &format!("SELECT id FROM \"{table}\" WHERE \"{column}\" = ?1 ORDER BY id"),
        args![person_id],
        |r| r.get(0),
    )
}

/// Points row `id` of `table` at another person.
pub fn repoint(tx: &Tx<'_>, table: &str, column: &str, id: i64, to: i64) -> Result<()> {
    tx.execute(
        &format!("UPDATE \"{table}\" SET \"{column}\" = ?2 WHERE id = ?1"),
        args![id, to],
    )?;
    Ok(())
}

/// The tables and columns that refer to a person, besides `person.merged_into`.
pub const PERSON_REFERENCES: &[(&str, &str)] = &[
    ("contact_point", "person_id"),
    ("party_relationship", "subject_id"),
    ("party_relationship", "object_id"),
    ("account", "person_id"),
    ("contact", "person_id"),
    ("account_contact", "person_id"),
    ("person_characteristic", "person_id"),
];

/// Rows that refer to a merged-away person, as (table, column, row key, person id)
/// (for `doctor`).
pub fn references_to_merged(tx: &Tx<'_>) -> Result<Vec<(String, String, i64)>> {
    let mut out = Vec::new();
    for (table, column) in PERSON_REFERENCES {
        let persons = tx.query_vec(
            &format!(
                "SELECT t.\"{column}\" FROM \"{table}\" t JOIN person p ON p.id = t.\"{column}\"
                  WHERE p.merged_into IS NOT NULL ORDER BY t.\"{column}\""
            ),
            args![],
            |r| r.get::<i64>(0),
        )?;
        for person in persons {
            out.push((table.to_string(), column.to_string(), person));
        }
    }
    Ok(out)
}

/// A person's characteristics as (type id, type code, value).
pub fn characteristics(tx: &Tx<'_>, person_id: i64) -> Result<Vec<(i64, String, String)>> {
    tx.query_vec(
        "SELECT pc.characteristic_type_id, t.code, pc.value FROM person_characteristic pc
           JOIN characteristic_type t ON t.id = pc.characteristic_type_id
          WHERE pc.person_id = ?1 ORDER BY t.code",
        args![person_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// The persons (not merged away) with a contact point in use of `kind` whose value is
/// `value` (e-mails compared case-insensitively; phone and fax values are E.164), by id.
pub fn persons_with_point(
    tx: &Tx<'_>,
    kind: crate::domain::person::PointType,
    value: &str,
) -> Result<Vec<i64>> {
    tx.query_vec(
        "SELECT DISTINCT cp.person_id FROM contact_point cp JOIN person p ON p.id = cp.person_id
          WHERE cp.type = ?1 AND lower(cp.value) = lower(CAST(?2 AS TEXT))
            AND cp.end_date IS NULL AND p.merged_into IS NULL
          ORDER BY cp.person_id",
        args![kind.as_str(), value],
        |r| r.get(0),
    )
}

//! SQL for the later life of catalog entries (issue 11): descriptions changed, entries
//! deactivated, predefined values added and removed.

use crate::args;
use crate::error::Result;
use crate::store::Tx;

/// A catalog table whose entries can be deactivated. The table name is never user text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogTable {
    ContactClass,
    ContactType,
    CharacteristicType,
    ReceiptMethod,
}

impl CatalogTable {
    pub fn table(self) -> &'static str {
        match self {
            CatalogTable::ContactClass => "contact_class",
            CatalogTable::ContactType => "contact_type",
            CatalogTable::CharacteristicType => "characteristic_type",
            CatalogTable::ReceiptMethod => "receipt_method",
        }
    }
}

pub fn set_description(tx: &Tx<'_>, t: CatalogTable, id: i64, text: &str) -> Result<()> {
    tx.execute(
        &format!("UPDATE {} SET description = ?2 WHERE id = ?1", t.table()),
        args![id, text],
    )?;
    Ok(())
}

pub fn set_active(tx: &Tx<'_>, t: CatalogTable, id: i64, active: bool) -> Result<()> {
    tx.execute(
        &format!("UPDATE {} SET active = ?2 WHERE id = ?1", t.table()),
        args![id, active],
    )?;
    Ok(())
}

pub fn set_type_letter(tx: &Tx<'_>, id: i64, template_id: Option<i64>) -> Result<()> {
    tx.execute(
        "UPDATE contact_type SET letter_template_id = ?2 WHERE id = ?1",
        args![id, template_id],
    )?;
    Ok(())
}

/// Appends a predefined value after the type's last one.
pub fn add_value(tx: &Tx<'_>, type_id: i64, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO characteristic_value (characteristic_type_id, value, position)
         VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM characteristic_value
                           WHERE characteristic_type_id = ?1))",
        args![type_id, value],
    )?;
    Ok(())
}

pub fn remove_value(tx: &Tx<'_>, type_id: i64, value: &str) -> Result<()> {
    tx.execute(
        "DELETE FROM characteristic_value WHERE characteristic_type_id = ?1 AND value = ?2",
        args![type_id, value],
    )?;
    Ok(())
}

/// What uses the value `value` of characteristic type `type_id`: "contact 4", "person 2",
/// "account 1", "contact type COMPLAINT BILLING (default)", at most `limit` of them.
pub fn value_users(tx: &Tx<'_>, type_id: i64, value: &str, limit: i64) -> Result<Vec<String>> {
    tx.query_vec("SELECT 'contact ' || contact_id FROM contact_characteristic
          WHERE characteristic_type_id = ?1 AND value = ?2
         UNION ALL
         SELECT 'person ' || person_id FROM person_characteristic
          WHERE characteristic_type_id = ?1 AND value = ?2
         UNION ALL
         SELECT 'account ' || a.number FROM account_characteristic ac JOIN account a ON a.id = ac.account_id
          WHERE ac.characteristic_type_id = ?1 AND ac.value = ?2
         UNION ALL
         SELECT 'contact type ' || cc.code || ' ' || t.code || ' (default)'
           FROM contact_type_characteristic r JOIN contact_type t ON t.id = r.contact_type_id
           JOIN contact_class cc ON cc.id = t.class_id
          WHERE r.characteristic_type_id = ?1 AND r.default_value = ?2
         LIMIT ?3", args![type_id, value, limit], |r| r.get(0))
}

// ------------------------------------------------------------------ deleting

/// Runs `sql` (one `?1` parameter) and returns its first column as text, for "what
/// references this record" lists.
fn names(tx: &Tx<'_>, sql: &str, id: i64) -> Result<Vec<String>> {
    tx.query_vec(sql, args![id], |r| r.get(0))
}

/// The records that reference person `id` from outside it (its contact points and
/// characteristics are its own parts), named, at most 10.
pub fn person_references(tx: &Tx<'_>, id: i64) -> Result<Vec<String>> {
    names(
        tx,
        "SELECT 'account ' || number FROM account WHERE person_id = ?1
         UNION ALL SELECT 'account contact ' || id FROM account_contact WHERE person_id = ?1
         UNION ALL SELECT 'contact ' || id FROM contact WHERE person_id = ?1
         UNION ALL SELECT 'party relationship ' || id FROM party_relationship
                    WHERE subject_id = ?1 OR object_id = ?1
         UNION ALL SELECT 'person ' || id || ' (merged into it)' FROM person WHERE merged_into = ?1
         LIMIT 10",
        id,
    )
}

pub fn delete_person(tx: &Tx<'_>, id: i64) -> Result<()> {
    tx.execute("DELETE FROM contact_point WHERE person_id = ?1", args![id])?;
    tx.execute(
        "DELETE FROM person_characteristic WHERE person_id = ?1",
        args![id],
    )?;
    tx.execute("DELETE FROM person WHERE id = ?1", args![id])?;
    Ok(())
}

/// The records that reference account `id` from outside it (its sites, characteristics
/// and profile assignments are its own parts), named, at most 10.
pub fn account_references(tx: &Tx<'_>, id: i64) -> Result<Vec<String>> {
    names(
        tx,
        "SELECT 'receipt-method assignment ' || id FROM receipt_method_assignment WHERE account_id = ?1
         UNION ALL SELECT 'instrument ' || id FROM instrument WHERE account_id = ?1
         UNION ALL SELECT 'account contact ' || id FROM account_contact WHERE account_id = ?1
         UNION ALL SELECT 'account relationship ' || id FROM account_relationship
                    WHERE account_id = ?1 OR related_account_id = ?1
         LIMIT 10",
        id,
    )
}

pub fn delete_account(tx: &Tx<'_>, id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM account_profile_override WHERE account_profile_id IN
           (SELECT id FROM account_profile WHERE account_id = ?1)",
        args![id],
    )?;
    tx.execute(
        "DELETE FROM account_profile WHERE account_id = ?1",
        args![id],
    )?;
    tx.execute(
        "DELETE FROM account_characteristic WHERE account_id = ?1",
        args![id],
    )?;
    tx.execute("DELETE FROM site_use WHERE account_id = ?1", args![id])?;
    tx.execute("DELETE FROM site WHERE account_id = ?1", args![id])?;
    tx.execute("DELETE FROM account WHERE id = ?1", args![id])?;
    Ok(())
}

pub fn delete_contact(tx: &Tx<'_>, id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM contact_characteristic WHERE contact_id = ?1",
        args![id],
    )?;
    tx.execute("DELETE FROM contact WHERE id = ?1", args![id])?;
    Ok(())
}

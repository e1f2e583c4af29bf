//! The audit chain: each entry's HMAC covers its content and the previous entry's HMAC.

use serde::Serialize;

use crate::domain::key::Key;

/// The HMAC that precedes the first entry.
pub const GENESIS: &str = "";

#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub changes: serde_json::Value,
    /// The HMAC of the record's state after this change (see `store::digest`); `None` for
    /// entries about no single record and for entries written before digests were kept.
    #[serde(skip)]
    pub digest: Option<String>,
}

impl AuditEntry {
    /// The HMAC of this entry chained after `prev_hmac`. The digest is covered when there
    /// is one (entries without one hash as they always did).
    pub fn chain_hmac(&self, key: &Key, prev_hmac: &str) -> String {
        let changes = self.changes.to_string();
        let id = self.id.to_string();
        let mut parts: Vec<&[u8]> = vec![
            prev_hmac.as_bytes(),
            id.as_bytes(),
            self.at.as_bytes(),
            self.actor.as_bytes(),
            self.action.as_bytes(),
            self.entity.as_bytes(),
            self.entity_id.as_deref().unwrap_or("\u{0}").as_bytes(),
            changes.as_bytes(),
        ];
        if let Some(digest) = &self.digest {
            parts.push(digest.as_bytes());
        }
        key.hmac_hex(&parts)
    }
}

/// Replaces all but the last four characters of a secret number with `•`-free asterisks,
/// for bank numbers in output and the audit log.
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().filter(|c| !c.is_whitespace()).collect();
    let keep = chars.len().min(4);
    let mut out = "*".repeat(chars.len() - keep);
    out.extend(&chars[chars.len() - keep..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> AuditEntry {
        AuditEntry {
            id: 1,
            at: "2026-11-22T10:00:00Z".into(),
            actor: "ada".into(),
            action: "add".into(),
            entity: "person".into(),
            entity_id: Some("1".into()),
            changes: serde_json::json!({"name": "Ada"}),
            digest: None,
        }
    }

    #[test]
    fn any_change_changes_the_hmac() {
        let key = Key::from_bytes([7; 32]);
        let base = entry().chain_hmac(&key, GENESIS);
        let mut edited = entry();
        edited.actor = "eve".into();
        assert_ne!(base, edited.chain_hmac(&key, GENESIS));
        assert_ne!(base, entry().chain_hmac(&key, "other"));
        let mut sealed = entry();
        sealed.digest = Some("d".into());
        assert_ne!(base, sealed.chain_hmac(&key, GENESIS));
    }

    #[test]
    fn masks_all_but_last_four() {
        assert_eq!(
            mask("DE89 3704 0044 0532 0130 00"),
            "******************3000"
        );
        assert_eq!(mask("123"), "123");
    }
}

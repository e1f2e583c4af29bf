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
    /// The digest of `changes` as written ([`changes_digest`]), which the chain signs in
    /// place of the changes: `None` for entries written before changes were digested
    /// (their HMAC covers the changes themselves).
    #[serde(skip)]
    pub changes_digest: Option<String>,
}

/// The digest of an entry's changes as the chain signs them (keyed: a tombstoned value
/// cannot be confirmed from it without the key).
pub fn changes_digest(key: &Key, changes: &serde_json::Value) -> String {
    key.hmac_hex(&[b"custctl changes v1", changes.to_string().as_bytes()])
}

/// What a redaction replaces a personal value with.
pub const TOMBSTONE: &str = "[redacted]";

/// Replaces every string in `value` that holds one of `needles` (lower-case; compared
/// without regard to case; a needle shorter than 3 characters only matches a whole
/// string) with [`TOMBSTONE`]; returns the JSON pointers of the replaced strings.
pub fn redact(value: &mut serde_json::Value, needles: &[String]) -> Vec<String> {
    fn walk(v: &mut serde_json::Value, path: &str, needles: &[String], out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => {
                let lower = s.to_lowercase();
                let hit = needles.iter().any(|n| {
                    !n.is_empty()
                        && if n.chars().count() < 3 {
                            lower == *n
                        } else {
                            lower.contains(n.as_str())
                        }
                });
                if hit && s != TOMBSTONE {
                    *s = TOMBSTONE.to_string();
                    out.push(path.to_string());
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    walk(item, &format!("{path}/{i}"), needles, out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map.iter_mut() {
                    let k = k.replace('~', "~0").replace('/', "~1");
                    walk(item, &format!("{path}/{k}"), needles, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", needles, &mut out);
    out
}

/// The fields that hold personal values in an entry about a person's own records, besides a
/// characteristic's `characteristic.CODE`: in such an entry a garble redacts what they held
/// then (each string under them, their `from` and `to` too), not only the current values.
pub const PERSONAL_FIELDS: &[&str] = &[
    "name",
    "first_name",
    "last_name",
    "external_id",
    "email",
    "phone",
    "value",
    "typed",
    "address",
    "city",
    "postal_code",
    "holder",
    "comment",
    "text",
    "resolution",
    "reason",
];

fn is_personal_field(key: &str) -> bool {
    PERSONAL_FIELDS.contains(&key) || key.starts_with("characteristic.")
}

/// Replaces with [`TOMBSTONE`] every string held under a [`PERSONAL_FIELDS`] key (at any
/// depth, with everything below it); returns the JSON pointers of the replaced strings.
pub fn redact_fields(value: &mut serde_json::Value) -> Vec<String> {
    fn pointer(path: &str, key: &str) -> String {
        format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"))
    }
    fn every(v: &mut serde_json::Value, path: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s != TOMBSTONE => {
                *s = TOMBSTONE.to_string();
                out.push(path.to_string());
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    every(item, &format!("{path}/{i}"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map.iter_mut() {
                    every(item, &pointer(path, k), out);
                }
            }
            _ => {}
        }
    }
    fn walk(v: &mut serde_json::Value, path: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    walk(item, &format!("{path}/{i}"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map.iter_mut() {
                    let p = pointer(path, k);
                    if is_personal_field(k) {
                        every(item, &p, out);
                    } else {
                        walk(item, &p, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}

impl AuditEntry {
    /// The HMAC of this entry chained after `prev_hmac`. The digest is covered when there
    /// is one (entries without one hash as they always did). An entry with a changes
    /// digest is signed over that digest, not over the changes themselves.
    pub fn chain_hmac(&self, key: &Key, prev_hmac: &str) -> String {
        if let Some(changes_digest) = &self.changes_digest {
            let id = self.id.to_string();
            return key.hmac_hex(&[
                b"custctl entry v2",
                prev_hmac.as_bytes(),
                id.as_bytes(),
                self.at.as_bytes(),
                self.actor.as_bytes(),
                self.action.as_bytes(),
                self.entity.as_bytes(),
                self.entity_id.as_deref().unwrap_or("\u{0}").as_bytes(),
                changes_digest.as_bytes(),
                self.digest.as_deref().unwrap_or("\u{0}").as_bytes(),
            ]);
        }
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

    /// Whether the changes are still the ones the entry signed (always true for an entry
    /// written before changes were digested: its HMAC covers them).
    pub fn changes_match(&self, key: &Key) -> bool {
        match &self.changes_digest {
            Some(d) => *d == changes_digest(key, &self.changes),
            None => true,
        }
    }

    /// What a redaction of an entry written before changes were digested records of it, so
    /// that `audit verify` can still vouch for everything but its changes: an HMAC of its
    /// other fields and its stored HMAC.
    pub fn frame(&self, key: &Key, prev_hmac: &str, hmac: &str) -> String {
        let id = self.id.to_string();
        key.hmac_hex(&[
            b"custctl redacted frame v1",
            prev_hmac.as_bytes(),
            id.as_bytes(),
            self.at.as_bytes(),
            self.actor.as_bytes(),
            self.action.as_bytes(),
            self.entity.as_bytes(),
            self.entity_id.as_deref().unwrap_or("\u{0}").as_bytes(),
            self.digest.as_deref().unwrap_or("\u{0}").as_bytes(),
            hmac.as_bytes(),
        ])
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
            changes_digest: None,
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
    fn a_digested_entry_signs_its_changes_digest_and_catches_tampered_changes() {
        let key = Key::from_bytes([7; 32]);
        let mut e = entry();
        e.changes_digest = Some(changes_digest(&key, &e.changes));
        let hmac = e.chain_hmac(&key, GENESIS);
        assert!(e.changes_match(&key));
        // Changes edited behind custctl's back: the chain still links, the digest does not.
        e.changes = serde_json::json!({"name": "Eve"});
        assert_eq!(hmac, e.chain_hmac(&key, GENESIS));
        assert!(!e.changes_match(&key));
    }

    #[test]
    fn redaction_replaces_strings_holding_a_needle() {
        let mut v = serde_json::json!({"name": "Zebulon-Quixote Smith", "n": 3,
            "points": [{"value": "ZQ@example.org"}, {"value": "other"}], "k": "ab"});
        let paths = redact(
            &mut v,
            &[
                "zebulon-quixote".into(),
                "zq@example.org".into(),
                "ab".into(),
            ],
        );
        assert_eq!(paths, vec!["/name", "/points/0/value", "/k"]);
        assert_eq!(v["name"], TOMBSTONE);
        assert_eq!(v["points"][1]["value"], "other");
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

//! The secret of one database (its key file): 32 random bytes used for card fingerprints and
//! the audit chain. Kept beside the database, never inside it.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

pub const KEY_LEN: usize = 32;

#[derive(Clone)]
pub struct Key([u8; KEY_LEN]);

impl Key {
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Key(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// HMAC-SHA-256 of `parts` (each length-prefixed, so that part boundaries count) as hex.
    pub fn hmac_hex(&self, parts: &[&[u8]]) -> String {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .expect("HMAC accepts a key of any length");
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        hex::encode(mac.finalize().into_bytes())
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_depends_on_key_and_part_boundaries() {
        let a = Key::from_bytes([1; 32]);
        let b = Key::from_bytes([2; 32]);
        assert_ne!(a.hmac_hex(&[b"x"]), b.hmac_hex(&[b"x"]));
        assert_ne!(a.hmac_hex(&[b"ab", b"c"]), a.hmac_hex(&[b"a", b"bc"]));
        assert_eq!(a.hmac_hex(&[b"x"]).len(), 64);
    }
}

//! Garbling: a personal value replaced by random characters of the same shape (issue 16).
//! Letters become letters of the same case, digits digits; everything else (punctuation,
//! spaces, `@`, `+`) stays, so that an email stays email-shaped and a phone number stays
//! E.164-shaped (`+` and a first digit that is not 0).

/// A source of random bytes.
pub trait Random {
    fn byte(&mut self) -> u8;
}

/// Random bytes from the operating system, fetched in blocks.
#[derive(Default)]
pub struct OsRandom {
    buf: Vec<u8>,
}

impl Random for OsRandom {
    fn byte(&mut self) -> u8 {
        if self.buf.is_empty() {
            let mut block = [0u8; 256];
            getrandom::fill(&mut block).expect("the operating system gives random bytes");
            self.buf.extend_from_slice(&block);
        }
        self.buf.pop().unwrap_or(0)
    }
}

fn pick(r: &mut dyn Random, n: u8) -> u8 {
    // Rejection sampling: no bias towards the first values.
    let limit = 256 - (256 % n as u16);
    loop {
        let b = r.byte() as u16;
        if b < limit {
            return (b % n as u16) as u8;
        }
    }
}

/// `value` with every letter and digit replaced by a random one of the same kind; the
/// last `keep` letters and digits stay (the last 4 of a bank account, for disputes).
pub fn garble(value: &str, keep: usize, r: &mut dyn Random) -> String {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let mut seen = 0;
    let mut prev = None;
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        let garbled = if c.is_alphanumeric() {
            seen += 1;
            if seen > total.saturating_sub(keep) {
                c
            } else if c.is_numeric() {
                // E.164: the country code never starts with 0.
                let low = if prev == Some('+') { 1 } else { 0 };
                (b'0' + low + pick(r, 10 - low)) as char
            } else if c.is_uppercase() {
                (b'A' + pick(r, 26)) as char
            } else {
                (b'a' + pick(r, 26)) as char
            }
        } else {
            c
        };
        out.push(garbled);
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counter(u8);
    impl Random for Counter {
        fn byte(&mut self) -> u8 {
            self.0 = self.0.wrapping_add(37);
            self.0
        }
    }

    #[test]
    fn keeps_the_shape() {
        let mut r = Counter(0);
        let email = garble("Zebulon.Quixote@example.org", 0, &mut r);
        assert_eq!(email.len(), "Zebulon.Quixote@example.org".len());
        assert_eq!(email.find('@'), Some(15));
        assert!(email.chars().next().unwrap().is_ascii_uppercase());
        assert_ne!(email, "Zebulon.Quixote@example.org");
        let phone = garble("+4930123456", 0, &mut r);
        assert!(phone.starts_with('+') && !phone.starts_with("+0"));
        assert!(phone[1..].bytes().all(|b| b.is_ascii_digit()) && phone.len() == 11);
        let iban = garble("DE89370400440532013000", 4, &mut r);
        assert!(iban.ends_with("3000") && iban[..2].bytes().all(|b| b.is_ascii_uppercase()));
        assert_eq!(garble("Ätna-Straße 5", 0, &mut r).chars().count(), 13);
    }
}

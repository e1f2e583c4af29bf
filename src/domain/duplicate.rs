//! Duplicate persons: the normalised keys two records are compared by, and the score of a
//! candidate pair. Pure rules; the store groups persons by these keys (blocking), so that
//! only persons sharing a key are ever compared.
//!
//! Weights (a pair's score is the sum over the distinct kinds of key it shares, at most 100):
//!
//! | shared key                                   | weight |
//! |----------------------------------------------|--------|
//! | e-mail address (case-insensitive)            | 60     |
//! | phone or fax number (E.164 digits)           | 50     |
//! | web address (scheme, `www.`, trailing `/` dropped) | 50 |
//! | folded name (case, accents, punctuation, legal form) | 40 |
//! | site address of one of their accounts        | 30     |
//!
//! So a shared e-mail alone (60) or a shared name and address (70) reach the default
//! threshold of 50; a shared name alone (40) does not.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

/// The default `--threshold`.
pub const DEFAULT_THRESHOLD: u32 = 50;

/// Why two persons may be the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    SameEmail,
    SamePhone,
    SameUrl,
    SameName,
    SameAddress,
}

impl Reason {
    pub fn weight(self) -> u32 {
        match self {
            Reason::SameEmail => 60,
            Reason::SamePhone => 50,
            Reason::SameUrl => 50,
            Reason::SameName => 40,
            Reason::SameAddress => 30,
        }
    }

    /// The reason a shared contact point of `kind` gives (`phone`/`fax` count as phone).
    pub fn of_point(kind: &str) -> Option<Reason> {
        match kind {
            "email" => Some(Reason::SameEmail),
            "phone" | "fax" => Some(Reason::SamePhone),
            "url" => Some(Reason::SameUrl),
            _ => None,
        }
    }
}

/// The score of a set of reasons: the sum of their weights, at most 100.
pub fn score(reasons: &BTreeSet<Reason>) -> u32 {
    reasons.iter().map(|r| r.weight()).sum::<u32>().min(100)
}

/// Legal forms dropped from the end of a folded name (already folded: lower case, no
/// punctuation, so "S.A." is "s a" and "Co." is "co"). Longest first.
const LEGAL_FORMS: &[&str] = &[
    "incorporated",
    "corporation",
    "limited liability company",
    "public limited company",
    "limited",
    "company",
    "gmbh co kg",
    "gmbh",
    "s a r l",
    "sarl",
    "s p a",
    "spa",
    "s r l",
    "srl",
    "s a",
    "sa",
    "b v",
    "bv",
    "n v",
    "nv",
    "ltd",
    "llc",
    "llp",
    "plc",
    "inc",
    "corp",
    "co",
    "ag",
    "kg",
    "ab",
    "as",
    "oy",
    "pty",
];

/// Folds a letter with a diacritic to its base letter (Latin-1 and Latin Extended-A);
/// `ß` becomes `ss`, `æ` `ae`, `ø` `o`.
fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'æ' => {
            out.push_str("ae");
            return;
        }
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'œ' => {
            out.push_str("oe");
            return;
        }
        'ŕ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'ţ' | 'ť' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        other => other,
    };
    out.push(base);
}

/// Lower case, accents folded, every run of characters other than letters and digits one
/// space (so punctuation and `&` separate words), trimmed.
pub fn fold_text(value: &str) -> String {
    let mut folded = String::with_capacity(value.len());
    for c in value.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut folded);
    }
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The key two names are the same under: folded (see [`fold_text`]), "and" for `&`, then
/// legal forms dropped from the end as long as one is there and something is left.
/// `None` when nothing is left (a name that is only a legal form compares with nothing).
pub fn name_key(name: &str) -> Option<String> {
    let mut key = fold_text(&name.replace('&', " and "));
    'strip: loop {
        for form in LEGAL_FORMS {
            if let Some(rest) = key.strip_suffix(form)
                && let Some(rest) = rest.strip_suffix(' ')
                && !rest.is_empty()
            {
                key = rest.to_string();
                continue 'strip;
            }
        }
        break;
    }
    (!key.is_empty() && !LEGAL_FORMS.contains(&key.as_str())).then_some(key)
}

/// Common street words and their short forms (both sides become the short form).
const STREET_WORDS: &[(&str, &str)] = &[
    ("street", "st"),
    ("strasse", "str"),
    ("avenue", "ave"),
    ("road", "rd"),
    ("boulevard", "blvd"),
    ("drive", "dr"),
    ("lane", "ln"),
    ("place", "pl"),
    ("square", "sq"),
    ("suite", "ste"),
    ("apartment", "apt"),
];

/// The key two site addresses are the same under: address line, postal code (without
/// spaces), city and country, each folded, street words shortened. `None` for an empty
/// address line.
pub fn address_key(
    address: &str,
    city: Option<&str>,
    postal_code: Option<&str>,
    country: Option<&str>,
) -> Option<String> {
    let line: Vec<&str> = Vec::new();
    let folded = fold_text(&address.replace("straße", "strasse"));
    let mut words = line;
    for w in folded.split(' ') {
        let short = STREET_WORDS
            .iter()
            .find(|(long, _)| *long == w)
            .map(|(_, s)| *s)
            .unwrap_or(w);
        words.push(short);
    }
    let line = words.join(" ");
    if line.is_empty() {
        return None;
    }
    let postal: String = postal_code
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    Some(format!(
        "{line}|{postal}|{}|{}",
        fold_text(city.unwrap_or("")),
        fold_text(country.unwrap_or(""))
    ))
}

/// The key two web addresses are the same under: lower case, without scheme, a leading
/// `www.` and trailing `/`.
pub fn url_key(url: &str) -> String {
    let v = url.trim().to_lowercase();
    let v = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"))
        .unwrap_or(&v);
    let v = v.strip_prefix("www.").unwrap_or(v);
    v.trim_end_matches('/').to_string()
}

/// A block: persons (ids) sharing one normalised key for one reason.
#[derive(Debug, Clone)]
pub struct Block {
    pub reason: Reason,
    pub key: String,
    pub ids: Vec<i64>,
}

/// A candidate pair: two persons, the reasons they share and its score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pair {
    pub a: i64,
    pub b: i64,
    pub score: u32,
    pub reasons: Vec<Reason>,
}

/// A group of persons linked by candidate pairs at or above the threshold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The highest score of a pair in the group.
    pub score: u32,
    pub ids: Vec<i64>,
    pub reasons: Vec<Reason>,
    pub pairs: Vec<Pair>,
}

/// Blocks larger than this are not expanded into pairs (a key shared by hundreds of
/// persons, such as a common name, says little); they are reported as skipped.
pub const MAX_BLOCK: usize = 200;

/// Pairs within each block (never across blocks), their reasons merged, scored, those at
/// or above `threshold` grouped by connected components. Returns the groups (by their
/// lowest id) and the blocks skipped for size.
pub fn group(blocks: &[Block], threshold: u32) -> (Vec<Group>, Vec<Block>) {
    let mut reasons: BTreeMap<(i64, i64), BTreeSet<Reason>> = BTreeMap::new();
    let mut skipped = Vec::new();
    for block in blocks {
        let mut ids = block.ids.clone();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() < 2 {
            continue;
        }
        if ids.len() > MAX_BLOCK {
            skipped.push(block.clone());
            continue;
        }
        for (i, &a) in ids.iter().enumerate() {
            for &b in &ids[i + 1..] {
                reasons.entry((a, b)).or_default().insert(block.reason);
            }
        }
    }
    let pairs: Vec<Pair> = reasons
        .into_iter()
        .map(|((a, b), r)| Pair {
            a,
            b,
            score: score(&r),
            reasons: r.into_iter().collect(),
        })
        .filter(|p| p.score >= threshold)
        .collect();
    // Union-find over the pairs.
    let mut parent: BTreeMap<i64, i64> = BTreeMap::new();
    fn root(parent: &mut BTreeMap<i64, i64>, x: i64) -> i64 {
        let mut r = x;
        while let Some(&p) = parent.get(&r) {
            if p == r {
                break;
            }
            r = p;
        }
        parent.insert(x, r);
        r
    }
    for p in &pairs {
        parent.entry(p.a).or_insert(p.a);
        parent.entry(p.b).or_insert(p.b);
        let (ra, rb) = (root(&mut parent, p.a), root(&mut parent, p.b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            parent.insert(hi, lo);
        }
    }
    let mut groups: BTreeMap<i64, Group> = BTreeMap::new();
    for p in pairs {
        let r = root(&mut parent, p.a);
        let g = groups.entry(r).or_insert_with(|| Group {
            score: 0,
            ids: Vec::new(),
            reasons: Vec::new(),
            pairs: Vec::new(),
        });
        g.score = g.score.max(p.score);
        g.ids.extend([p.a, p.b]);
        g.reasons.extend(p.reasons.iter().copied());
        g.pairs.push(p);
    }
    let groups = groups
        .into_values()
        .map(|mut g| {
            g.ids.sort_unstable();
            g.ids.dedup();
            g.reasons.sort_unstable();
            g.reasons.dedup();
            g
        })
        .collect();
    (groups, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_case_accents_punctuation_and_legal_forms() {
        assert_eq!(name_key("Baldwin Ltd").as_deref(), Some("baldwin"));
        assert_eq!(name_key("BALDWIN LIMITED").as_deref(), Some("baldwin"));
        assert_eq!(name_key("Baldwin Ltd S.A.").as_deref(), Some("baldwin"));
        assert_eq!(name_key("Müller GmbH").as_deref(), Some("muller"));
        assert_eq!(name_key("Muller, GmbH").as_deref(), Some("muller"));
        assert_eq!(
            name_key("Pham, Benjamin & Sanchez Inc.").as_deref(),
            Some("pham benjamin and sanchez")
        );
        assert_eq!(
            name_key("Wells-Mccullough LLC").as_deref(),
            Some("wells mccullough")
        );
        assert_eq!(name_key("Lynch Group Co.").as_deref(), Some("lynch group"));
        assert_eq!(
            name_key("Baldwin Ltd Europe").as_deref(),
            Some("baldwin ltd europe")
        );
        assert_eq!(name_key("José Ñúñez").as_deref(), Some("jose nunez"));
        assert_eq!(name_key("Ltd"), None);
        assert_eq!(name_key("..."), None);
        // A legal form inside a word is kept.
        assert_eq!(name_key("Coinco").as_deref(), Some("coinco"));
    }

    #[test]
    fn addresses_and_urls_normalise() {
        assert_eq!(
            address_key(
                "1 Main Street",
                Some("Springfield"),
                Some("12 345"),
                Some("US")
            ),
            address_key(
                " 1, main st. ",
                Some("SPRINGFIELD"),
                Some("12345"),
                Some("us")
            )
        );
        assert_ne!(
            address_key("1 Main Street", None, None, None),
            address_key("2 Main Street", None, None, None)
        );
        assert_eq!(address_key(" , ", None, None, None), None);
        assert_eq!(url_key("https://www.Parker.com/"), "parker.com");
        assert_eq!(url_key("http://parker.com"), "parker.com");
    }

    #[test]
    fn scores_add_weights_up_to_100() {
        let r: BTreeSet<Reason> = [Reason::SameName].into();
        assert_eq!(score(&r), 40);
        let r: BTreeSet<Reason> = [Reason::SameName, Reason::SameAddress].into();
        assert_eq!(score(&r), 70);
        let r: BTreeSet<Reason> = [Reason::SameEmail, Reason::SamePhone].into();
        assert_eq!(score(&r), 100);
    }

    #[test]
    fn groups_join_pairs_within_blocks_only() {
        let blocks = vec![
            Block {
                reason: Reason::SameEmail,
                key: "a@x".into(),
                ids: vec![3, 1],
            },
            Block {
                reason: Reason::SameName,
                key: "n".into(),
                ids: vec![3, 7],
            },
            Block {
                reason: Reason::SameAddress,
                key: "addr".into(),
                ids: vec![3, 7],
            },
            Block {
                reason: Reason::SameName,
                key: "m".into(),
                ids: vec![8, 9],
            },
            Block {
                reason: Reason::SameName,
                key: "solo".into(),
                ids: vec![10],
            },
        ];
        let (groups, skipped) = group(&blocks, DEFAULT_THRESHOLD);
        assert!(skipped.is_empty());
        assert_eq!(groups.len(), 1, "8 and 9 share only a name (40 < 50)");
        assert_eq!(groups[0].ids, vec![1, 3, 7]);
        assert_eq!(groups[0].score, 70);
        assert_eq!(groups[0].pairs.len(), 2);
        let (groups, _) = group(&blocks, 40);
        assert_eq!(groups.len(), 2);
        let big = Block {
            reason: Reason::SameName,
            key: "big".into(),
            ids: (0..=MAX_BLOCK as i64).collect(),
        };
        let (groups, skipped) = group(&[big], 0);
        assert!(groups.is_empty());
        assert_eq!(skipped.len(), 1);
    }
}

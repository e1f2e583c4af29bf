//! Types and business rules. Pure: no SQL, no printing, no clap.

pub mod account;
pub mod account_contact;
pub mod audit;
pub mod bank;
pub mod card;
pub mod catalog;
pub mod characteristic;
pub mod clear;
pub mod contact;
pub mod country;
pub mod currency;
pub mod duplicate;
pub mod garble;
pub mod key;
pub mod letter;
pub mod payment;
pub mod period;
pub mod person;
pub mod phone;
pub mod primary;
pub mod profile;
pub mod reference;
pub mod relationship;
pub mod text;
pub mod time;

/// An enum whose values are fixed words (`bill-to`, `inbound`, ...): parsed from user text
/// (an unknown word is invalid input, 5, naming the allowed ones), printed and serialised as
/// the same word.
#[macro_export]
macro_rules! string_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident = $text:literal),+ $(,)? }
     $(aliases { $($alias:literal => $aliased:ident),+ $(,)? })?) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses `value` (trimmed, case-insensitive) for the field named `field`.
            pub fn parse(field: &str, value: &str) -> $crate::error::Result<Self> {
                let v = value.trim();
                let found = $name::ALL
                    .iter()
                    .copied()
                    .find(|k| k.as_str().eq_ignore_ascii_case(v));
                // Other spellings of a word (organisation for organization).
                $($(
                    let found = found.or_else(|| $alias.eq_ignore_ascii_case(v).then_some($name::$aliased));
                )+)?
                found.ok_or_else(|| {
                        $crate::error::Error::invalid(format!(
                            "{field}: '{}' is not allowed",
                            $crate::domain::time::printable(v)
                        ))
                        .with_hint(format!("use one of: {}", $name::NAMES.join(", ")))
                    })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

//! Column mapping: a header's names resolved to the entity's fields ([`Slot`]), with `--map`,
//! `--ignore-unknown`, output-only columns and dynamic (`char.TYPE`) columns.

use super::{OUTPUT_ONLY, Options};
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Slot {
    Field(usize),
    Dynamic(String),
    Ignored,
}

pub(super) struct Columns<'a> {
    pub(super) kind: &'static str,
    pub(super) fields: &'static [&'static str],
    pub(super) ignored: &'static [&'static str],
    pub(super) prefix: Option<&'static str>,
    pub(super) opts: &'a Options,
}

impl Columns<'_> {
    pub(super) fn check_maps(&self) -> Result<()> {
        for (source, field) in &self.opts.maps {
            let known = self.fields.contains(&field.as_str())
                || self
                    .prefix
                    .is_some_and(|p| field.starts_with(p) && field.len() > p.len());
            if !known {
                return Err(Error::usage(format!(
                    "--map {source}={field}: the {} import has no field '{field}'",
                    self.kind
                ))
                .with_hint(format!("the fields are: {}", self.field_list())));
            }
        }
        Ok(())
    }

    fn field_list(&self) -> String {
        let mut list = self.fields.join(", ");
        if let Some(p) = self.prefix {
            list.push_str(&format!(", {p}TYPE"));
        }
        list
    }

    pub(super) fn resolve(&self, name: &str) -> Result<Slot> {
        let trimmed = name.trim();
        let lower = trimmed.to_lowercase();
        let target = self
            .opts
            .maps
            .iter()
            .find(|(s, _)| *s == lower)
            .map(|(_, f)| f.as_str())
            .unwrap_or(&lower);
        if let Some(i) = self.fields.iter().position(|f| *f == target) {
            return Ok(Slot::Field(i));
        }
        if let Some(p) = self.prefix
            && target.starts_with(p)
            && target.len() > p.len()
        {
            // Keep the TYPE as written (after the prefix) for the characteristic code.
            let original = if target == lower {
                trimmed.get(p.len()..).unwrap_or(&target[p.len()..])
            } else {
                &target[p.len()..]
            };
            let original = original.trim().to_string();
            return Ok(Slot::Dynamic(original));
        }
        if OUTPUT_ONLY.contains(&target)
            || self.ignored.contains(&target)
            || self.opts.ignore_unknown
        {
            return Ok(Slot::Ignored);
        }
        let mut hint = format!(
            "the columns of the {} import are: {}; rename a column with --map SOURCE=FIELD, or pass --ignore-unknown",
            self.kind,
            self.field_list()
        );
        for (c, flag) in [(';', "';'"), ('\t', "tab"), ('|', "'|'")] {
            if trimmed.contains(c) && self.opts.delimiter != c as u8 {
                hint = format!("the file seems to use another delimiter: pass --delimiter {flag}");
            }
        }
        Err(Error::invalid(format!("unknown column '{}'", printable(trimmed))).with_hint(hint))
    }

    /// Resolves a whole header, refusing two columns for one field.
    pub(super) fn resolve_all(&self, names: &[&str]) -> Result<Vec<Slot>> {
        let mut slots: Vec<Slot> = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let slot = self.resolve(name)?;
            if slot != Slot::Ignored
                && let Some(j) = slots.iter().position(|s| same_slot(s, &slot))
            {
                return Err(Error::invalid(format!(
                    "columns {} ('{}') and {} ('{}') are both the field {}",
                    j + 1,
                    printable(names[j].trim()),
                    i + 1,
                    printable(name.trim()),
                    self.slot_name(&slot)
                ))
                .with_hint("remove one of them, or rename one with --map SOURCE=FIELD"));
            }
            slots.push(slot);
        }
        Ok(slots)
    }

    pub(super) fn slot_name(&self, slot: &Slot) -> String {
        match slot {
            Slot::Field(i) => self.fields[*i].to_string(),
            Slot::Dynamic(t) => format!("{}{t}", self.prefix.unwrap_or("")),
            Slot::Ignored => String::new(),
        }
    }
}

pub(super) fn same_slot(a: &Slot, b: &Slot) -> bool {
    match (a, b) {
        (Slot::Field(x), Slot::Field(y)) => x == y,
        (Slot::Dynamic(x), Slot::Dynamic(y)) => x.eq_ignore_ascii_case(y),
        _ => false,
    }
}

pub(super) fn printable(v: &str) -> String {
    crate::domain::time::printable(v)
}

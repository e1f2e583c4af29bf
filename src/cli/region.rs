//! The default region for phone numbers written in national form (without `+` and a
//! country code): `--region` on the commands that take phone numbers, else
//! `CUSTCTL_PHONE_REGION`. The resolution is in [`phone_region`] alone, so that a setting
//! from a configuration file can be added there (after the environment).

use clap::Args;

use crate::domain::phone;
use crate::error::Result;

/// `--region` of the commands that take phone numbers.
#[derive(Debug, Args)]
pub struct RegionArg {
    /// Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country
    /// code are in [env: CUSTCTL_PHONE_REGION]
    #[arg(long, value_name = "CC")]
    pub region: Option<String>,
}

impl RegionArg {
    pub fn resolve(&self) -> Result<Option<String>> {
        phone_region(self.region.as_deref())
    }
}

/// `--region` > `CUSTCTL_PHONE_REGION` > none; the value is checked (5).
pub fn phone_region(flag: Option<&str>) -> Result<Option<String>> {
    let (value, source) = match flag {
        Some(v) => (Some(v.to_string()), "--region"),
        None => (
            std::env::var("CUSTCTL_PHONE_REGION")
                .ok()
                .filter(|v| !v.trim().is_empty()),
            "CUSTCTL_PHONE_REGION",
        ),
    };
    value.map(|v| phone::region(source, &v)).transpose()
}

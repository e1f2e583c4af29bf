//! The default region for phone numbers written in national form (without `+` and a
//! country code): `--region` on the commands that take phone numbers, else
//! `CUSTCTL_PHONE_REGION`, else `phone_region` in the config file. The resolution is in
//! [`phone_region`] alone.

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

/// The region the settings chose from the environment or the config file (set once, when
/// the settings are loaded).
static CONFIGURED: std::sync::OnceLock<String> = std::sync::OnceLock::new();

pub fn set_configured(region: &str) {
    let _ = CONFIGURED.set(region.to_string());
}

/// `--region` > `CUSTCTL_PHONE_REGION` > `phone_region` in the config file > none; the value
/// is checked (5).
pub fn phone_region(flag: Option<&str>) -> Result<Option<String>> {
    let (value, source) = match flag {
        Some(v) => (Some(v.to_string()), "--region"),
        None => match std::env::var("CUSTCTL_PHONE_REGION")
            .ok()
            .filter(|v| !v.trim().is_empty())
        {
            Some(v) => (Some(v), "CUSTCTL_PHONE_REGION"),
            None => (CONFIGURED.get().cloned(), "phone_region"),
        },
    };
    value.map(|v| phone::region(source, &v)).transpose()
}

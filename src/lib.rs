//! custctl: administration of customer master data.
//!
//! Data flows one way: [`cli`] parses and prints, [`ops`] runs one use case in one
//! transaction, [`domain`] holds the rules, [`store`] holds all SQL.

pub mod cli;
pub mod domain;
pub mod error;
pub mod import;
pub mod ops;
pub mod outfile;
pub mod store;

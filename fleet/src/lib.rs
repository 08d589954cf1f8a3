//! The fleet plan's core, pure Rust over the engine (no web crate): `read` turns an export's
//! bytes into a table, `map` turns its rows into devices with the engine's answers (the
//! Autopilot devices list and the Work from anywhere export filling what it leaves open), `plan`
//! evaluates each device with the engine and groups them, `export` writes the plan as CSV for
//! Excel, `input` is what `planFleet` will be given and `shape` what it will give back. The
//! page, its worker and `planFleet` are laid on this crate.

pub mod export;
pub mod input;
pub mod map;
pub mod plan;
pub mod read;
pub mod shape;

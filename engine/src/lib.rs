//! The advisor's domain, with no web dependency (Cargo enforces it: this crate depends on
//! `model-types` and serde alone): `model`, the statics baked from `model.toml`; `engine`, answers
//! in and a verdict per scenario out; `profile`, what an organization imposes; `options`, every
//! setting a page gives, defined once; `start`, which answers a widget starts from. See
//! ARCHITECTURE.md.

pub mod engine;
pub mod model;
pub mod options;
pub mod profile;
pub mod start;

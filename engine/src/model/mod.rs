//! The scenario model: `MODEL`, baked from `model.toml` at build time into the types of the
//! `model-types` crate (re-exported here). Nothing here parses anything at run time, and nothing
//! here knows about the web.

// The baked source spells its borrowed texts and lists `alloc::borrow::Cow::Borrowed`.
extern crate alloc;

pub use model_types::*;

include!(concat!(env!("OUT_DIR"), "/model_data.rs"));

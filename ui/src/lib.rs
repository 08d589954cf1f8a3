//! The advisor's user interface: `ui`, Yew function components over the engine's output, and
//! `i18n`, the languages they speak (catalogs baked from `i18n/`). It re-exports the engine's
//! layer, so a component reaches the model and the engine as `crate::model` and `crate::engine`,
//! and holds no rule of its own. See ARCHITECTURE.md.

pub use autopilot_engine::{engine, model, options, profile, start};

pub mod i18n;
pub mod ui;

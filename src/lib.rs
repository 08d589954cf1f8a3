//! The web crate: the WebAssembly's start, `mount()`, the JavaScript API and the element's glue
//! (`embed`). The layers below are their own crates (ARCHITECTURE.md); they are re-exported
//! here under the names the tests and the benchmark use.

pub mod embed;

pub use autopilot_engine::{engine, model, options, profile, start};
pub use autopilot_ui::{i18n, ui};

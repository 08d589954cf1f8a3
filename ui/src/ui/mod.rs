//! The widget's user interface: Yew function components over the engine's output.
//! No business rule lives here: components show what `engine::evaluate` returns.

pub mod app;
pub mod browser;
pub mod components;
pub mod describe;
pub mod state;
pub mod summary;

pub use app::{Advisor, AdvisorProps};
pub use components::Notice;

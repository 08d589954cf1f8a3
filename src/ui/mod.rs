//! The widget's user interface: Yew function components over the engine's output.
//! No business rule lives here: components show what `engine::evaluate` returns.

pub mod app;
pub mod components;
pub mod state;
pub mod text;

pub use app::{Advisor, AdvisorProps};

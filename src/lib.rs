//! Autopilot Scenario Advisor: model, engine, UI and embedding glue. See ARCHITECTURE.md.

pub mod embed;
pub mod engine;
pub mod i18n;
pub mod model;
pub mod profile;
pub mod ui;

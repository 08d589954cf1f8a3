//! Embedding glue: how the widget meets a page. Mounting the Yew app and the
//! `window.AutopilotAdvisor` JavaScript API live here, and nothing else does web plumbing.

pub mod api;
#[cfg(feature = "embed")]
pub mod mount;
mod panic;
pub use panic::register as register_host;
#[cfg(feature = "embed")]
mod value;

use crate::ui::Advisor;

/// The element the hosted page mounts into; without it the widget goes at the end of <body>.
pub const MOUNT_ID: &str = "autopilot-advisor";

/// Entry point of every build: installs the JavaScript API, then renders the widget into the
/// hosted page's `#autopilot-advisor`, if the page has one. The embed script's pages use
/// `<autopilot-advisor>` or `AutopilotAdvisor.mount` instead.
pub fn start() {
    panic::install();
    api::install();
    if let Some(host) = gloo::utils::document().get_element_by_id(MOUNT_ID) {
        panic::register(&host);
        yew::Renderer::<Advisor>::with_root(host).render();
    }
}

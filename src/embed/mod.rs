//! Embedding glue: how the widget meets a page. Mounting the Yew app and the
//! `window.AutopilotAdvisor` JavaScript API live here, and nothing else does web plumbing.

pub mod api;

use crate::ui::Advisor;

/// The element the hosted page mounts into; without it the widget goes at the end of <body>.
pub const MOUNT_ID: &str = "autopilot-advisor";

/// Page entry point: installs the JavaScript API, then renders the widget.
pub fn start() {
    api::install();
    let document = gloo::utils::document();
    match document.get_element_by_id(MOUNT_ID) {
        Some(host) => {
            yew::Renderer::<Advisor>::with_root(host).render();
        }
        None => {
            yew::Renderer::<Advisor>::new().render();
        }
    }
}

//! The fleet page's entry point: installs `AutopilotAdvisor.planFleet` and renders the page.
// Natively the binary only says where it runs; the page's code is the wasm's.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

mod api;
mod lang;
mod page;

#[cfg(target_arch = "wasm32")]
fn main() {
    api::install();
    let Some(host) = gloo::utils::document().get_element_by_id("autopilot-fleet") else {
        return;
    };
    yew::Renderer::<page::FleetPage>::with_root(host).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The fleet page runs in a browser: `trunk build` builds it (see docs/fleet.md).");
}

/// talc, as the widget's binary uses (src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

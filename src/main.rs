//! The hosted page's entry point (Trunk builds this binary to wasm).

#[cfg(target_arch = "wasm32")]
fn main() {
    autopilot_advisor::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The advisor runs in a browser: build it with `trunk build` (see README.md).");
}

/// talc rather than the standard library's dlmalloc: a smaller wasm (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

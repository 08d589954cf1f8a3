//! The hosted page's entry point (Trunk builds this binary to wasm).

#[cfg(target_arch = "wasm32")]
fn main() {
    autopilot_advisor::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The advisor runs in a browser: build it with `trunk build` (see README.md).");
}

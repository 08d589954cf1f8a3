//! Prints the widget's first render as HTML (Yew's server renderer, run natively at build time).
//! `build/package.mjs` puts it into the hosted `index.html`, so the questions are on screen and
//! answerable before the WebAssembly has loaded; `embed::start` picks up what was answered.

use autopilot_advisor::ui::Advisor;
use yew::ServerRenderer;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let html = ServerRenderer::<Advisor>::new()
        .hydratable(false)
        .render()
        .await;
    print!("{html}");
}

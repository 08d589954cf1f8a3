//! Prints the widget's first render as HTML (Yew's server renderer, run natively at build time).
//! `package/package.mjs` puts it into the hosted `index.html`, so the questions are on screen and
//! answerable before the WebAssembly has loaded; `embed::start` picks up what was answered.
//! Given a folder, it also writes the language catalogs there (`i18n/<code>.txt`), which the
//! hosted site fetches when a person's language is not English.

use autopilot_advisor::ui::{Advisor, AdvisorProps};
use yew::ServerRenderer;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if let Some(dir) = std::env::args().nth(1) {
        let dir = std::path::Path::new(&dir).join("i18n");
        std::fs::create_dir_all(&dir).expect("create the catalogs' folder");
        for (code, text) in autopilot_advisor::i18n::CATALOGS {
            std::fs::write(dir.join(format!("{code}.txt")), text).expect("write a catalog");
        }
    }
    // The hosted page is the widget alone, so its title is the page's h1, as `embed::start` renders it.
    let html = ServerRenderer::<Advisor>::with_props(|| AdvisorProps {
        standalone: true,
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await;
    print!("{html}");
}

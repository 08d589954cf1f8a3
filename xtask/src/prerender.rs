//! `xtask prerender [DIR [WORK]]`: prints the widget's first render as HTML (Yew's server renderer, run natively at build time).
//! `package/package.mjs` puts it into the hosted `index.html`, so the questions are on screen and
//! answerable before the WebAssembly has loaded; `embed::start` swaps the live widget in for it.
//! Given a folder, it also writes the language catalogs there (`i18n/<code>.txt`), which the
//! hosted site fetches when a person's language is not English. Given a second folder, it writes
//! there the first render a page's element or `mount()` shows before the wasm starts, one per
//! language (`first-render-<code>.html`), which the embed script carries, and the same for the
//! employee view (`first-render-employee-<code>.html`, for `audience="employee"`). The hosted
//! page's employee view (for `#advisor:audience=employee`) goes into the first folder as
//! `first-render-employee.html`, for `package.mjs` to put into a `<template>`.

use autopilot_ui::i18n::{Language, CATALOGS};
use autopilot_ui::profile::{Audience, Profile};
use autopilot_ui::ui::{Advisor, AdvisorProps};
use std::rc::Rc;
use yew::ServerRenderer;

/// The widget's first render in `lang`; `standalone` as the live widget will have it.
/// Without Yew's hydration marks: every live widget replaces its copy.
async fn first_render(lang: Language, standalone: bool, audience: Audience) -> String {
    ServerRenderer::<Advisor>::with_props(move || AdvisorProps {
        lang: Rc::new(lang),
        standalone,
        profile: Rc::new(Profile {
            audience,
            ..Profile::default()
        }),
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await
}

/// Writes the catalogs and the element's first renders where asked, then prints the hosted
/// page's first render.
pub async fn run(mut args: impl Iterator<Item = String>) {
    let staging = args.next();
    if let Some(dir) = &staging {
        let dir = std::path::Path::new(dir).join("i18n");
        std::fs::create_dir_all(&dir).expect("create the catalogs' folder");
        for (code, text) in CATALOGS {
            std::fs::write(dir.join(format!("{code}.txt")), text).expect("write a catalog");
        }
    }
    // The hosted page is the widget alone, so its title is the page's h1, as `embed::start`
    // renders it. Rendered first, so its ids have the prefix the live widget's first instance
    // has (apa1): the focused choice is found again by its id.
    let hosted = first_render(Language::english(), true, Audience::Admin).await;
    if let Some(dir) = &staging {
        let employee = first_render(Language::english(), true, Audience::Employee).await;
        let path = std::path::Path::new(dir).join("first-render-employee.html");
        std::fs::write(path, employee).expect("write the hosted employee view's first render");
    }
    // A page's element is a guest (its title an h2, as `mountAdvisor` renders it).
    if let Some(dir) = args.next() {
        let codes = std::iter::once("en").chain(CATALOGS.iter().map(|(code, _)| *code));
        for code in codes {
            for (audience, name) in [(Audience::Admin, ""), (Audience::Employee, "employee-")] {
                let html = first_render(Language::bundled(code), false, audience).await;
                let path =
                    std::path::Path::new(&dir).join(format!("first-render-{name}{code}.html"));
                std::fs::write(path, html).expect("write a first render");
            }
        }
    }
    print!("{hosted}");
}

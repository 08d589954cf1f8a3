//! Embedding glue: how the widget meets a page. Mounting the Yew app and the
//! `window.AutopilotAdvisor` JavaScript API live here, and nothing else does web plumbing.

pub mod api;
#[cfg(feature = "embed")]
pub mod mount;
mod panic;
mod persist;
pub use panic::register as register_host;

use crate::engine::Answers;
use crate::i18n::{self, words, Language};
use crate::ui::{Advisor, AdvisorProps};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::Callback;

/// The element the hosted page mounts into; without it the widget goes at the end of <body>.
pub const MOUNT_ID: &str = "autopilot-advisor";

/// Entry point of every build: installs the JavaScript API, then renders the widget into the
/// hosted page's `#autopilot-advisor`, if the page has one. The embed script's pages use
/// `<autopilot-advisor>` or `AutopilotAdvisor.mount` instead.
///
/// The hosted page's HTML already holds the widget's first render (`package/prerender.rs`), so a
/// person can answer before the WebAssembly has loaded: the answers checked by then carry over,
/// and the live widget adopts the prerendered copy's nodes (`start_hosted`). In German or
/// French the adoption rewrites the copy's English texts in place.
pub fn start() {
    panic::install();
    api::install();
    if let Some(host) = gloo::utils::document().get_element_by_id(MOUNT_ID) {
        panic::register(&host, Language::english().word(words::STOPPED));
        let code = language_code(host.get_attribute("lang").as_deref());
        if code == "en" {
            start_hosted(host, Language::english());
        } else {
            // The prerendered (English) questions keep taking answers while the catalog loads.
            yew::platform::spawn_local(async move {
                let lang = load_language(code).await;
                start_hosted(host, lang);
            });
        }
    }
}

/// Brings the prerendered copy to life. The live widget adopts its DOM (Yew's hydration) rather
/// than replacing it, so what a person sees first is what stays on screen: no second paint of
/// the same text (the page's largest contentful paint stays its first). Hydration needs the
/// first live render to match the prerender, so the widget starts as the prerender did and
/// then takes the answers: those checked on the copy win, then a link's, then this browser's.
/// Every change is kept in the address and (unless the host has `no-storage`) in local storage.
fn start_hosted(host: Element, lang: Language) {
    panic::register(&host, lang.word(words::STOPPED));
    let storage = !host.has_attribute("no-storage");
    let resumed = persist::resume(storage);
    let clicked = answered_before_start(&host);
    let chosen = if clicked.is_empty() {
        resumed.answers.unwrap_or_default()
    } else {
        clicked
    };
    // The start is reported once for the adopted first render and once more when the chosen
    // answers come in; only later calls (or, if a person clicked the copy, that second one)
    // are a person's changes.
    let starts = if chosen.is_empty() { 1 } else { 2 };
    let keep_from = if clicked.is_empty() {
        starts + 1
    } else {
        starts
    };
    let first = AdvisorProps {
        lang: Rc::new(lang),
        on_change: {
            let calls = std::cell::Cell::new(0);
            Callback::from(move |(answers, _)| {
                calls.set(calls.get() + 1);
                if calls.get() < starts {
                    return;
                }
                if storage && calls.get() >= keep_from {
                    persist::save(&answers);
                }
                persist::write_fragment(&answers);
            })
        },
        standalone: true,
        ..Default::default()
    };
    let started = AdvisorProps {
        chosen,
        notices: Rc::new(resumed.notices),
        ..first.clone()
    };
    let mut handle = render_over_copy(host.clone(), first);
    handle.update(started);
    // The copy said it was not live yet (index.html); now it is.
    let _ = host.remove_attribute("aria-busy");
}

/// Hydrates the prerendered copy in `host` (the hosted build, with the `hydrate` feature).
#[cfg(feature = "hydrate")]
fn render_over_copy(host: Element, props: AdvisorProps) -> yew::AppHandle<Advisor> {
    yew::Renderer::<Advisor>::with_root_and_props(host, props).hydrate()
}

/// Without hydration (the embed script's build, where a page's element has no prerendered
/// copy with this id) the copy is replaced, and the focused control found again.
#[cfg(not(feature = "hydrate"))]
fn render_over_copy(host: Element, props: AdvisorProps) -> yew::AppHandle<Advisor> {
    let focused = focused_id(&host);
    let handle = yew::Renderer::<Advisor>::with_root_and_props(host, props).render();
    if let Some(id) = focused {
        refocus_after_render(id);
    }
    handle
}

/// The widget's language: its `lang` (attribute or option) if the advisor speaks it, else the
/// first of the browser's languages it speaks, else English.
pub fn language_code(lang: Option<&str>) -> &'static str {
    let browser: Vec<String> = gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    i18n::negotiate(lang.into_iter().chain(browser.iter().map(String::as_str)))
}

/// The embed script carries every catalog.
#[cfg(feature = "embed")]
async fn load_language(code: &'static str) -> Language {
    Language::bundled(code)
}

/// The hosted site keeps the wasm small: a catalog is fetched from beside the page only when a
/// person needs it. If that fails, the advisor stays in English.
#[cfg(not(feature = "embed"))]
async fn load_language(code: &'static str) -> Language {
    use wasm_bindgen_futures::JsFuture;
    let fetched = async {
        let url = format!("i18n/{code}.txt?{}", i18n::CATALOG_VERSION);
        let response: web_sys::Response =
            JsFuture::from(gloo::utils::window().fetch_with_str(&url))
                .await
                .ok()?
                .dyn_into()
                .ok()?;
        if !response.ok() {
            return None;
        }
        let text = JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()?;
        Language::from_catalog(code, &text)
    };
    fetched.await.unwrap_or_default()
}

#[cfg(not(feature = "hydrate"))]
/// The id of the prerendered control that has the keyboard focus, if any: a person who has
/// tabbed into the questions keeps their place when the live widget takes over.
fn focused_id(host: &Element) -> Option<String> {
    let active = gloo::utils::document().active_element()?;
    (host.contains(Some(&active)) && !active.id().is_empty()).then(|| active.id())
}

#[cfg(not(feature = "hydrate"))]
/// Focuses the element with `id` once Yew has rendered. Yew renders in a microtask queued by
/// `render()`; one queued after it runs once the widget's DOM is in place.
fn refocus_after_render(id: String) {
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(e) = gloo::utils::document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    });
    gloo::utils::window().queue_microtask(focus.unchecked_ref());
}

/// The answers checked in the prerendered questions. Values the engine does not know (a page
/// edited by hand) are left out rather than stopping the widget.
fn answered_before_start(host: &Element) -> Answers {
    let mut answers = Answers::new();
    let Ok(checked) = host.query_selector_all("fieldset[data-key] input:checked") else {
        return answers;
    };
    for i in 0..checked.length() {
        let Some(input) = checked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let key = input
            .closest("fieldset[data-key]")
            .ok()
            .flatten()
            .and_then(|f| f.get_attribute("data-key"));
        let value = input.get_attribute("value").filter(|v| !v.is_empty());
        if let (Some(key), Some(value)) = (key, value) {
            let _ = answers.set_named(&key, Some(&value));
        }
    }
    answers
}

//! Embedding glue: how the widget meets a page. Mounting the Yew app and the
//! `window.AutopilotAdvisor` JavaScript API live here, and nothing else does web plumbing.

pub mod api;
#[cfg(feature = "embed")]
pub mod mount;
mod panic;
mod persist;
pub mod shape;
pub use panic::register as register_host;

use crate::engine::{Answers, Evaluation};
use crate::i18n::{self, words, Language};
use crate::profile::{Audience, Profile};
use crate::start::Sources;
use crate::ui::{Advisor, AdvisorProps};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::Callback;

/// The element the hosted page mounts into; without it the widget goes at the end of <body>.
pub const MOUNT_ID: &str = "autopilot-advisor";

/// Entry point of every build: installs the JavaScript API, then renders the widget into the
/// hosted page's `#autopilot-advisor`, if the page has one. The embed script's pages use
/// `<autopilot-advisor>` or `AutopilotAdvisor.mount` instead.
///
/// The hosted page's HTML already holds the widget's first render (`xtask/src/prerender.rs`), so a
/// person can answer before the WebAssembly has loaded: the answers checked by then carry over,
/// and the live widget, rendered off the page, takes the copy's place in one step
/// (`start_hosted`). In German or French the live widget brings the language's texts.
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

/// Brings the prerendered copy to life, from a link's answers or this browser's with the ones
/// checked on the copy over them (`start::starting_answers`). Every change is kept in the
/// address and (unless the host has `no-storage`) in local storage.
fn start_hosted(host: Element, lang: Language) {
    panic::register(&host, lang.word(words::STOPPED));
    let storage = !host.has_attribute("no-storage");
    let resumed = persist::resume(storage);
    let ticked = answered_before_start(&host);
    let checked = !ticked.is_empty();
    // The view and the latest answers, each kept for the address when the other changes.
    let view = Rc::new(std::cell::Cell::new(resumed.audience.unwrap_or_default()));
    let latest = Rc::new(std::cell::Cell::new(Answers::new()));
    let profile = Profile {
        audience: view.get(),
        ..Profile::default()
    };
    let on_audience = {
        let (view, latest) = (view.clone(), latest.clone());
        Callback::from(move |a: Audience| {
            view.set(a);
            persist::write_fragment(&latest.get(), a);
        })
    };
    let props = AdvisorProps {
        start: Sources {
            link: resumed.link,
            stored: resumed.stored,
            ticked,
            ..Sources::default()
        },
        lang: Rc::new(lang),
        notices: Rc::new(resumed.notices),
        on_change: {
            // The first call reports the start; keep only what a person changed (answers
            // checked on the prerendered copy count).
            let started = std::cell::Cell::new(checked);
            Callback::from(move |(answers, _)| {
                if storage && started.replace(true) {
                    persist::save(&answers);
                }
                latest.set(answers);
                persist::write_fragment(&answers, view.get());
            })
        },
        profile: Rc::new(profile),
        on_audience,
        standalone: true,
        ..Default::default()
    };
    render_then_swap(host, props);
}

/// The live widget's Yew app, once rendered: `render_then_swap` fills it, a mounted widget
/// updates and removes it through it.
pub(crate) type Handle = Rc<std::cell::RefCell<Option<yew::AppHandle<Advisor>>>>;

/// The one hand-over from a first render to the live widget, for the hosted page's copy and a
/// mounted widget's (`mount.rs`) alike. Renders the live widget off the page, into a shallow
/// copy of `host` (the same id, class, `lang` and attributes, but not `aria-busy`), and once
/// its first render is done puts it in `host`'s place with one `replaceWith`: no frame shows
/// neither the first render nor the live widget, the first render stays answerable until then,
/// and the page paints nothing larger than it did first, so its largest contentful paint stays
/// its first (bench/lcp.mjs measures it). Yew's hydration did the same by adopting the copy's
/// nodes, for 17,668 B more gzipped (docs/benchmark.md).
///
/// Yew may yield to the browser between building the DOM and running its effects, so a person
/// can still check an answer on the first render then: the swap reads its answers again and
/// hands any new ones to the live widget (`chosen`, which wins over the start's), and the
/// focused choice keeps the keyboard. Returns the live root and the app's handle.
pub(crate) fn render_then_swap(host: Element, mut props: AdvisorProps) -> (Element, Handle) {
    let live = host
        .clone_node()
        .map(JsCast::unchecked_into::<Element>)
        .unwrap_or_else(|_| host.clone());
    let _ = live.remove_attribute("aria-busy");
    let handle: Handle = Rc::default();
    let stopped = props.lang.word(words::STOPPED).to_owned();
    let checked_at_start = props.start.ticked;
    let swap = {
        let (live, handle, props) = (live.clone(), handle.clone(), props.clone());
        move || {
            let focused = focused_choice(&host);
            let late = answered_before_start(&host);
            if host != live && host.replace_with_with_node_1(&live).is_err() {
                return;
            }
            panic::register(&live, &stopped);
            if !late.is_empty() && late != checked_at_start {
                if let Some(h) = handle.borrow_mut().as_mut() {
                    h.update(AdvisorProps {
                        chosen: late,
                        ..props
                    });
                }
            }
            if let Some(choice) = focused {
                refocus(&live, &choice);
            }
        }
    };
    // The whole first render is in the (off-page) DOM: the moment to swap.
    props.on_change = after_first_render(&props.on_change, swap);
    let app = yew::Renderer::<Advisor>::with_root_and_props(live.clone(), props).render();
    *handle.borrow_mut() = Some(app);
    (live, handle)
}

/// `report`, with `first` run once before its first call. The root reports its start in an
/// effect, which Yew runs once the whole first render is in the DOM: the moment the hand-over
/// can put the live widget in the first render's place.
fn after_first_render(
    report: &Callback<(Answers, Rc<Evaluation>)>,
    first: impl FnOnce() + 'static,
) -> Callback<(Answers, Rc<Evaluation>)> {
    let (report, first) = (report.clone(), std::cell::Cell::new(Some(first)));
    Callback::from(move |change| {
        if let Some(first) = first.take() {
            first();
        }
        report.emit(change);
    })
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

/// A choice of the widget: its question's key and its value, as the copy and the live widget
/// both mark it (`fieldset[data-key] input[value]`), whatever their ids.
pub(crate) type Choice = (String, String);

/// The choice inside `root` that has the keyboard focus, if any: a person who has tabbed into
/// the copy's questions keeps their place when the live widget takes over. `root` may sit in a
/// shadow root (the element's), whose own active element is the one to ask.
pub(crate) fn focused_choice(root: &Element) -> Option<Choice> {
    let active = match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => gloo::utils::document().active_element(),
    }?;
    if !root.contains(Some(&active)) {
        return None;
    }
    let key = active
        .closest("fieldset[data-key]")
        .ok()??
        .get_attribute("data-key")?;
    let value = active.get_attribute("value")?;
    let plain = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    (plain(&key) && plain(&value)).then_some((key, value))
}

/// Puts the keyboard focus on `choice` inside `root`, where it is.
pub(crate) fn refocus(root: &Element, (key, value): &Choice) {
    let selector = format!("fieldset[data-key=\"{key}\"] input[value=\"{value}\"]");
    if let Some(e) = root
        .query_selector(&selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = e.focus();
    }
}

/// The answers checked in the prerendered questions. Values the engine does not know (a page
/// edited by hand) are left out rather than stopping the widget.
pub(crate) fn answered_before_start(host: &Element) -> Answers {
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

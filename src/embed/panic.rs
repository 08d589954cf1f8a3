//! When the unexpected happens: a panic replaces every widget on the page with a short message
//! instead of leaving a blank or frozen box. (The release build aborts on panic, so the wasm
//! instance is gone afterwards; the message says to reload.)

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// For the console (developers read English); a widget shows its own language's message.
const MESSAGE: &str =
    "The Autopilot Scenario Advisor stopped because of an internal error. Reload the page to start again.";

thread_local! {
    static HOSTS: RefCell<Vec<(Element, String)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a widget's host element and the message to show there (`words::STOPPED` in the
/// widget's language, read now: after a panic nothing can be looked up safely).
pub fn register(host: &Element, message: &str) {
    HOSTS.with(|h| {
        if let Ok(mut hosts) = h.try_borrow_mut() {
            hosts.retain(|(e, _)| e.is_connected() && e != host);
            hosts.push((host.clone(), message.to_owned()));
        }
    });
}

fn show_message() {
    HOSTS.with(|h| {
        let Ok(hosts) = h.try_borrow() else { return };
        for (host, message) in hosts.iter() {
            let Some(document) = host.owner_document() else {
                continue;
            };
            let Ok(p) = document.create_element("p") else {
                continue;
            };
            p.set_class_name("apa-failure");
            let _ = p.set_attribute("role", "alert");
            p.set_text_content(Some(message));
            host.set_text_content(None);
            let _ = host.append_child(&p);
        }
    });
}

/// Installs the hook (before the first widget renders, so Yew keeps it).
pub fn install() {
    // The panic's own text is left out: formatting it would cost the wasm more than it tells
    // a user; the message in the widget says what to do.
    yew::set_custom_panic_hook(Box::new(|_| {
        web_sys::console::error_1(&JsValue::from_str(MESSAGE));
        show_message();
    }));
}

/// For the browser tests only: panics on purpose, to prove the message appears.
#[wasm_bindgen(js_name = "__apaPanicForTests")]
pub fn panic_for_tests() {
    panic!("panic requested by a test");
}

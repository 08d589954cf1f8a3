//! The few browser services the UI calls itself: printing, the clipboard, and the page's own
//! address for a shareable link. (Everything else that touches the page lives in `embed`.)

use crate::engine::{Answers, LINK_PREFIX};

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// This page's address without its fragment.
pub fn page_address() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_owned(),
        None => href,
    }
}

/// This page's address with the answers in its fragment: opening it reproduces the result.
pub fn link_to(answers: &Answers) -> String {
    format!("{}#{LINK_PREFIX}{}", page_address(), answers.to_query())
}

/// Puts `text` on the clipboard; false when the page or the browser does not allow it (an
/// insecure page, a frame without permission), so the caller can offer the text to copy by hand.
pub async fn copy(text: String) -> bool {
    let promise = gloo::utils::window()
        .navigator()
        .clipboard()
        .write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

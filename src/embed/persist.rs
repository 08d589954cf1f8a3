//! Share and resume: answers read from the page's `#advisor:` fragment and from this browser's
//! local storage, and written back as they change. A damaged value is ignored with a notice,
//! never applied in part and never a crash.

use crate::engine::{Answers, LINK_PREFIX};
use crate::profile::Audience;
use crate::start::{link_text, split_link};
use crate::ui::browser::page_address;
use crate::ui::Notice;

/// The local-storage entry; one for all widgets of a site, so the last answers win.
const STORAGE_KEY: &str = "autopilot-advisor:answers";

/// The answers a link and this browser hold, for `start::starting_answers` to weigh, and what
/// to tell the person about any that could not be read.
pub struct Resumed {
    pub link: Option<Answers>,
    pub stored: Option<Answers>,
    /// The view the link asks for (`audience=employee`), kept apart from the answers.
    pub audience: Option<Audience>,
    pub notices: Vec<Notice>,
}

/// The answers in the address's fragment and, when `storage` is on, the ones kept in this
/// browser. A damaged value is refused whole, with a notice (and a damaged stored one is
/// forgotten).
pub fn resume(storage: bool) -> Resumed {
    let mut notices = Vec::new();
    // A link that names only the view (`#advisor:audience=employee`) holds no answers: this
    // browser's may resume.
    let (link, audience) = match fragment() {
        Some(text) => {
            let (answers, audience) = split_link(&text);
            let only_view = answers.is_empty() && audience.is_some();
            let link = (!only_view)
                .then(|| {
                    Answers::from_query(&answers)
                        .map_err(|_| notices.push(Notice::BadLink))
                        .ok()
                })
                .flatten();
            (link, audience)
        }
        None => (None, None),
    };
    let stored = storage
        .then(|| local_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()))
        .flatten()
        .and_then(|text| {
            Answers::from_query(&text)
                .map_err(|_| {
                    notices.push(Notice::BadSaved);
                    forget();
                })
                .ok()
        });
    Resumed {
        link,
        stored,
        audience,
        notices,
    }
}

/// The fragment after `#advisor:`, if the address has one. Browsers may percent-encode it.
fn fragment() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let text = hash.strip_prefix('#')?.strip_prefix(LINK_PREFIX)?;
    Some(
        js_sys::decode_uri_component(text)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| text.to_owned()),
    )
}

/// Local storage, when the browser gives it (a sandboxed frame or strict privacy settings may not).
fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Keeps the answers for the next visit; nothing answered keeps nothing.
pub fn save(answers: &Answers) {
    if let Some(s) = local_storage() {
        let _ = if answers.is_empty() {
            s.remove_item(STORAGE_KEY)
        } else {
            s.set_item(STORAGE_KEY, &answers.to_query())
        };
    }
}

fn forget() {
    if let Some(s) = local_storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

/// Puts the answers into the address without a new history entry, so the address bar is always
/// a link to this result. Only for the advisor's own page: an embedding page's address is its own.
pub fn write_fragment(answers: &Answers, audience: Audience) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let text = link_text(answers, audience);
    let url = if text.is_empty() {
        page_address()
    } else {
        format!("{}#{LINK_PREFIX}{text}", page_address())
    };
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}

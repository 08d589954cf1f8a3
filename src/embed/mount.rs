//! `mountAdvisor(element, options, onChange)`: one widget in one element, with a handle to
//! update, reset or remove it. The custom element and `AutopilotAdvisor.mount` both use it.

use super::api::{answers_from_js, to_js};
use super::{language_code, persist, value};
use crate::engine::{Answers, Evaluation};
use crate::i18n::Language;
use crate::profile::{self, Value};
use crate::ui::{Advisor, AdvisorProps};
use js_sys::{Function, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::{AppHandle, Callback};

type Latest = Rc<RefCell<Option<(Answers, Rc<Evaluation>)>>>;

#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<Advisor>>,
    props: AdvisorProps,
    latest: Latest,
}

/// Reads the options: `profile` (object or JSON text), then the profile's own fields given at
/// the top level (they win), then `answers`, `lang` and `storage`. Problems become messages
/// shown in the widget. Without `answers`, `initial` is `None`: the widget may resume.
fn props_from(
    options: &JsValue,
    on_change: Callback<(Answers, Rc<Evaluation>)>,
) -> (AdvisorProps, Option<Answers>) {
    let mut problems = Vec::new();
    let mut layers = Vec::new();
    let mut initial = None;
    let mut lang = None;
    if !(options.is_undefined() || options.is_null()) {
        let get =
            |k: &str| Reflect::get(options, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
        let given = get("profile");
        let layer = if let Some(text) = given.as_string() {
            if text.trim().is_empty() {
                Ok(Value::Null)
            } else {
                value::parse_json(&text)
            }
        } else {
            value::from_js(&given)
        };
        match layer {
            Ok(v) => layers.push(v),
            Err(e) => problems.push(e),
        }
        let mut top = Vec::new();
        for field in crate::profile::FIELDS {
            let v = get(field);
            if !v.is_undefined() {
                match value::from_js(&v) {
                    Ok(v) => top.push((field.to_owned(), v)),
                    Err(e) => problems.push(e),
                }
            }
        }
        layers.push(Value::Map(top));
        let answers = get("answers");
        if !(answers.is_undefined() || answers.is_null()) {
            match answers_from_js(&answers) {
                Ok(a) => initial = Some(a),
                Err(e) => problems.push(format!("Answers: {e}")),
            }
        }
        lang = get("lang").as_string();
    }
    let checked = profile::read_layers(&layers);
    problems.extend(checked.problems);
    let props = AdvisorProps {
        initial: initial.unwrap_or_default(),
        lang: Rc::new(Language::bundled(language_code(lang.as_deref()))),
        notices: Rc::default(),
        profile: Rc::new(checked.profile),
        problems: Rc::new(problems),
        on_change,
        reset_token: 0,
        // A mounted widget is a guest on someone else's page: its title is an h2.
        standalone: false,
    };
    (props, initial)
}

/// `storage: false` (the element's `no-storage` attribute) keeps nothing in this browser: for
/// shared kiosks.
fn storage_allowed(options: &JsValue) -> bool {
    Reflect::get(options, &JsValue::from_str("storage"))
        .map(|v| v.as_bool() != Some(false))
        .unwrap_or(true)
}

fn answers_to_js(answers: &Answers) -> JsValue {
    let object = Object::new();
    for (k, v) in answers.named() {
        let _ = Reflect::set(&object, &k.into(), &v.into());
    }
    object.into()
}

fn change_callback(
    latest: Latest,
    on_change: Option<Function>,
    storage: bool,
) -> Callback<(Answers, Rc<Evaluation>)> {
    Callback::from(move |(answers, result): (Answers, Rc<Evaluation>)| {
        // The first call reports the start: only what a person changes is kept, so one
        // widget's presets never turn up in another widget on the next visit.
        let started = latest.replace(Some((answers, result.clone()))).is_some();
        if storage && started {
            persist::save(&answers);
        }
        if let Some(f) = &on_change {
            let r = to_js(&*result).unwrap_or(JsValue::NULL);
            // A listener that throws must not take the widget down.
            let _ = f.call2(&JsValue::NULL, &answers_to_js(&answers), &r);
        }
    })
}

#[wasm_bindgen(js_name = mountAdvisor)]
pub fn mount_advisor(host: Element, options: JsValue, on_change: Option<Function>) -> Widget {
    let latest: Latest = Rc::default();
    let storage = storage_allowed(&options);
    let (mut props, given) = props_from(
        &options,
        change_callback(latest.clone(), on_change, storage),
    );
    // Answers given by the page win; otherwise a link's, then this browser's.
    if given.is_none() {
        let resumed = persist::resume(storage);
        props.initial = resumed.answers.unwrap_or_default();
        props.notices = Rc::new(resumed.notices);
    }
    super::register_host(&host, props.lang.word(crate::i18n::words::STOPPED));
    let handle = yew::Renderer::<Advisor>::with_root_and_props(host, props.clone()).render();
    Widget {
        handle: Some(handle),
        props,
        latest,
    }
}

#[wasm_bindgen]
impl Widget {
    /// New options: the profile and settings change in place; the user's answers stay.
    pub fn update(&mut self, options: JsValue) {
        let (fresh, _) = props_from(&options, self.props.on_change.clone());
        self.props = AdvisorProps {
            initial: self.props.initial,
            reset_token: self.props.reset_token,
            notices: self.props.notices.clone(),
            ..fresh
        };
        if let Some(h) = &mut self.handle {
            h.update(self.props.clone());
        }
    }

    /// Back to the preset answers (or none).
    pub fn reset(&mut self) {
        self.props.reset_token = self.props.reset_token.wrapping_add(1).max(1);
        if let Some(h) = &mut self.handle {
            h.update(self.props.clone());
        }
    }

    pub fn unmount(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }

    /// The current answers as `{ key: value }`.
    pub fn answers(&self) -> JsValue {
        self.latest
            .borrow()
            .as_ref()
            .map(|(a, _)| answers_to_js(a))
            .unwrap_or_else(|| Object::new().into())
    }

    /// The current result, as `AutopilotAdvisor.evaluate` returns it.
    pub fn result(&self) -> JsValue {
        self.latest
            .borrow()
            .as_ref()
            .and_then(|(_, r)| to_js(&**r).ok())
            .unwrap_or(JsValue::NULL)
    }
}

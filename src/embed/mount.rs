//! `mountAdvisor(element, options, onChange)`: one widget in one element, with a handle to
//! update, reset or remove it. The custom element and `AutopilotAdvisor.mount` both use it.

use super::api::{answers_from_js, message, own_entries, to_js};
use super::shape::Evaluation as Shaped;
use super::{language_code, persist};
use crate::engine::{Answers, Evaluation};
use crate::i18n::Language;
use crate::options;
use crate::profile::{self, Value};
use crate::start::Sources;
use crate::ui::AdvisorProps;
use js_sys::Function;
use serde::Deserialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::Callback;

type Latest = Rc<RefCell<Option<(Answers, Rc<Evaluation>)>>>;

#[wasm_bindgen]
pub struct Widget {
    handle: super::Handle,
    /// The live widget's root, in the first render's place once its first render is done.
    root: Element,
    props: AdvisorProps,
    latest: Latest,
}

/// A part of the options, kept as the page gave it: each part is read on its own, so a bad
/// one never spoils the others.
#[derive(Deserialize, Default)]
#[serde(transparent)]
struct Part(#[serde(with = "serde_wasm_bindgen::preserve")] JsValue);

/// `mountAdvisor`'s options, read by the options table's names (`options::NAMES`): one part
/// per option, in the table's order, `undefined` where the page gave none.
struct Options([JsValue; options::OPTIONS.len()]);

impl Default for Options {
    fn default() -> Self {
        Options(std::array::from_fn(|_| JsValue::UNDEFINED))
    }
}

/// Reads the options object as a struct whose fields are the table's names: serde-wasm-bindgen
/// gets each by name (as a property, inherited ones too) and nothing else.
impl<'de> Deserialize<'de> for Options {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = Options;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("mountAdvisor's options object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Options, A::Error> {
                let mut out = Options::default();
                while let Some(name) = map.next_key::<String>()? {
                    let Part(value) = map.next_value()?;
                    if let Some(i) = options::NAMES.iter().position(|n| *n == name) {
                        out.0[i] = value;
                    }
                }
                Ok(out)
            }
        }
        d.deserialize_struct("Options", &options::NAMES, Fields)
    }
}

impl Options {
    fn read(options: &JsValue) -> Self {
        if options.is_undefined() || options.is_null() {
            return Self::default();
        }
        serde_wasm_bindgen::from_value(options.clone()).unwrap_or_default()
    }

    /// The option of this name (one of the table's).
    fn get(&self, name: &str) -> JsValue {
        let i = options::NAMES.iter().position(|n| *n == name);
        i.map_or(JsValue::UNDEFINED, |i| self.0[i].clone())
    }

    /// The profile's fields given at the top level, in the table's order.
    fn fields(&self) -> impl Iterator<Item = (&'static str, &JsValue)> {
        options::OPTIONS
            .iter()
            .zip(&self.0)
            .filter(|(o, _)| o.scope == options::Scope::Profile)
            .map(|(o, given)| (o.name, given))
    }

    /// `storage: false` (the element's `no-storage` attribute) keeps nothing in this browser:
    /// for shared kiosks.
    fn storage(&self) -> bool {
        serde_wasm_bindgen::from_value::<bool>(self.get("storage")).ok() != Some(false)
    }
}

/// A page's value as the profile's value tree, or the message saying why it is refused.
fn value(given: &JsValue) -> Result<Value, String> {
    serde_wasm_bindgen::from_value(own_entries(given.clone())).map_err(|e| message(&e.into()))
}

/// The `profile` option: an object, or JSON text read by the browser's own JSON parser.
fn profile_layer(given: &JsValue) -> Result<Value, String> {
    match given.as_string() {
        Some(text) if text.trim().is_empty() => Ok(Value::Null),
        Some(text) => js_sys::JSON::parse(&text)
            .map_err(|e| {
                let detail = message(&e);
                format!("The profile is not valid JSON ({detail}); it was ignored.")
            })
            .and_then(|parsed| value(&parsed)),
        None => value(given),
    }
}

/// Reads the options: `profile` (object or JSON text), then the profile's own fields given at
/// the top level (they win), then `answers`, `lang` and `storage`. Problems become messages
/// shown in the widget. Without `answers`, the given answers are `None`: the widget may resume.
fn props_from(options: &Options, on_change: Callback<(Answers, Rc<Evaluation>)>) -> AdvisorProps {
    let mut problems = Vec::new();
    let mut layers = Vec::new();
    match profile_layer(&options.get("profile")) {
        Ok(v) => layers.push(v),
        Err(e) => problems.push(e),
    }
    let mut top = Vec::new();
    for (field, given) in options.fields() {
        if !given.is_undefined() {
            match value(given) {
                Ok(v) => top.push((field.to_owned(), v)),
                Err(e) => problems.push(e),
            }
        }
    }
    layers.push(Value::Map(top));
    let mut initial = None;
    let answers = &options.get("answers");
    if !(answers.is_undefined() || answers.is_null()) {
        match answers_from_js(answers.clone()) {
            Ok(a) => initial = Some(a),
            Err(e) => problems.push(format!("Answers: {}", message(&e))),
        }
    }
    let lang = options.get("lang").as_string();
    let checked = profile::read_layers(&layers);
    problems.extend(checked.problems);
    AdvisorProps {
        start: Sources {
            given: initial,
            ..Sources::default()
        },
        chosen: Answers::new(),
        lang: Rc::new(Language::bundled(language_code(lang.as_deref()))),
        notices: Rc::default(),
        profile: Rc::new(checked.profile),
        problems: Rc::new(problems),
        on_change,
        reset_token: 0,
        // A mounted widget is a guest on someone else's page: its title is an h2, and its view
        // is the page's (`audience`), with no switch.
        standalone: false,
        on_audience: Callback::noop(),
    }
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
            let r = to_js(&Shaped::from(&*result)).unwrap_or(JsValue::NULL);
            // A listener that throws must not take the widget down.
            let a = to_js(&answers).unwrap_or(JsValue::NULL);
            let _ = f.call2(&JsValue::NULL, &a, &r);
        }
    })
}

/// One widget in `host`, which shows the widget's first render (element.js put it there). The
/// hand-over is the hosted page's (`embed::render_then_swap`): the live widget renders off the
/// page and takes `host`'s place whole, the answers a person checked on the first render and
/// the choice that has the keyboard focus carried over. The checked answers win over the
/// preset (`start::starting_answers`); anything unreadable is dropped.
#[wasm_bindgen(js_name = mountAdvisor)]
pub fn mount_advisor(host: Element, options: JsValue, on_change: Option<Function>) -> Widget {
    let latest: Latest = Rc::default();
    let options = Options::read(&options);
    let storage = options.storage();
    let mut props = props_from(
        &options,
        change_callback(latest.clone(), on_change, storage),
    );
    props.start.ticked = super::answered_before_start(&host);
    // Answers given by the page win (start::starting_answers): a link and this browser are read
    // only without them.
    if props.start.given.is_none() {
        let resumed = persist::resume(storage);
        props.start.link = resumed.link;
        props.start.stored = resumed.stored;
        props.notices = Rc::new(resumed.notices);
    }
    super::register_host(&host, props.lang.word(crate::i18n::words::STOPPED));
    let (root, handle) = super::render_then_swap(host, props.clone());
    Widget {
        handle,
        root,
        props,
        latest,
    }
}

#[wasm_bindgen]
impl Widget {
    /// New options: the profile and settings change in place; the user's answers stay.
    pub fn update(&mut self, options: JsValue) {
        let fresh = props_from(&Options::read(&options), self.props.on_change.clone());
        self.props = AdvisorProps {
            start: self.props.start,
            chosen: self.props.chosen,
            reset_token: self.props.reset_token,
            notices: self.props.notices.clone(),
            ..fresh
        };
        if let Some(h) = self.handle.borrow_mut().as_mut() {
            h.update(self.props.clone());
        }
    }

    /// Back to the preset answers (or none).
    pub fn reset(&mut self) {
        self.props.reset_token = self.props.reset_token.wrapping_add(1).max(1);
        if let Some(h) = self.handle.borrow_mut().as_mut() {
            h.update(self.props.clone());
        }
    }

    /// Removes the widget, and its root with it (the page keeps the element it gave).
    pub fn unmount(&mut self) {
        if let Some(h) = self.handle.borrow_mut().take() {
            h.destroy();
        }
        self.root.remove();
    }

    /// The current answers as `{ key: value }`.
    pub fn answers(&self) -> JsValue {
        self.latest
            .borrow()
            .as_ref()
            .and_then(|(a, _)| to_js(a).ok())
            .unwrap_or_else(|| js_sys::Object::new().into())
    }

    /// The current result, as `AutopilotAdvisor.evaluate` returns it.
    pub fn result(&self) -> JsValue {
        self.latest
            .borrow()
            .as_ref()
            .and_then(|(_, r)| to_js(&Shaped::from(&**r)).ok())
            .unwrap_or(JsValue::NULL)
    }
}

//! `window.AutopilotAdvisor`: `evaluate(answers)` and `model()` for scripts on the page.
//! Values cross with serde-wasm-bindgen: answers in (read by `Answers`' own `Deserialize`),
//! plain objects out. Bad input becomes a thrown `Error` with a clear message, never a panic.

use crate::engine::{self, AnswerError, Answers};
use crate::model::MODEL;
use js_sys::{Object, Reflect};
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Results as plain objects (not `Map`s), and `None` as `null`, as the API has always given.
const PLAIN: Serializer = Serializer::new()
    .serialize_maps_as_objects(true)
    .serialize_missing_as_null(true);

/// A value as a plain JavaScript object.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&PLAIN).map_err(JsValue::from)
}

/// A plain object such as `{ device: "new" }` as answers. `null` or `undefined` values mean
/// "not known"; so does a missing key. The message names the key and what is allowed.
pub fn answers_from_js(input: JsValue) -> Result<Answers, JsValue> {
    // serde-wasm-bindgen takes neither as a value at all; its own message would not say what
    // the API wants.
    if input.is_function() || input.is_symbol() {
        let found = format!("a {}", input.js_typeof().as_string().unwrap_or_default());
        let message = AnswerError::NotObject { found }.to_string();
        return Err(js_sys::Error::new(&message).into());
    }
    serde_wasm_bindgen::from_value(own_entries(input)).map_err(JsValue::from)
}

/// An object's own entries in a fresh plain object. serde-wasm-bindgen tells a map from a list
/// by `Symbol.iterator`, which an object can inherit (`{ __proto__: [] }`): such an object is
/// read by its own keys, as a plain one is, and not refused with a message that quotes it whole.
pub fn own_entries(value: JsValue) -> JsValue {
    if !value.is_object() || js_sys::Array::is_array(&value) || value.has_type::<js_sys::Map>() {
        return value;
    }
    Object::from_entries(&Object::entries(value.unchecked_ref()))
        .map(JsValue::from)
        .unwrap_or(value)
}

/// The message of an error thrown or made while reading a page's value.
pub fn message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

#[wasm_bindgen]
pub fn evaluate(input: JsValue) -> Result<JsValue, JsValue> {
    let evaluation = engine::evaluate(&answers_from_js(input)?);
    to_js(&super::shape::Evaluation::from(&evaluation))
}

/// `model(lang)`: the model, its texts in `lang` ("de", "fr-FR"; negotiated as the widget's
/// `lang` is, by primary subtag) or in English when it is not given or not spoken. The embed
/// script carries every catalog; the hosted page fetches them only for its own widget, so there
/// the model is English.
#[wasm_bindgen]
pub fn model(lang: JsValue) -> Result<JsValue, JsValue> {
    #[cfg(feature = "embed")]
    if let Some(lang) = lang.as_string() {
        return to_js(&model_in(&lang));
    }
    let _ = lang;
    to_js(&MODEL)
}

/// The model with its texts in the language `lang` negotiates to (English if none).
#[cfg(any(feature = "embed", not(target_arch = "wasm32")))]
pub fn model_in(lang: &str) -> crate::model::Model {
    crate::i18n::Language::bundled(crate::i18n::negotiate([lang])).model()
}

/// Sets `window.AutopilotAdvisor.evaluate` and `.model`, creating the object if the page
/// (or the embed script) has not already.
pub fn install() {
    let window = gloo::utils::window();
    let name = JsValue::from_str("AutopilotAdvisor");
    let existing = Reflect::get(&window, &name).unwrap_or(JsValue::UNDEFINED);
    if existing.is_object() && Reflect::has(&existing, &"evaluate".into()).unwrap_or(false) {
        return;
    }
    let api: Object = if existing.is_object() {
        existing.unchecked_into()
    } else {
        Object::new()
    };
    let evaluate = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(evaluate);
    let model = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(model);
    let _ = Reflect::set(&api, &"evaluate".into(), evaluate.as_ref());
    let _ = Reflect::set(&api, &"model".into(), model.as_ref());
    let _ = Reflect::set(&api, &"version".into(), &env!("CARGO_PKG_VERSION").into());
    // The page keeps these for its whole life.
    evaluate.forget();
    model.forget();
    let _ = Reflect::set(&window, &name, &api);
}

//! `window.AutopilotAdvisor`: `evaluate(answers)` and `model()` for scripts on the page.
//! Bad input becomes a thrown `Error` with a clear message, never a panic.

use crate::engine::{self, AnswerError, Answers};
use crate::json::{self, ToJson};
use crate::model::MODEL;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Turns a plain object such as `{ device: "new" }` into answers. `null` or `undefined` values
/// mean "not known"; so does a missing key.
pub fn answers_from_js(input: &JsValue) -> Result<Answers, String> {
    if input.is_undefined() || input.is_null() {
        return Ok(Answers::new());
    }
    if !input.is_object() || Array::is_array(input) || input.is_function() {
        return Err(format!(
            "AutopilotAdvisor.evaluate(answers) takes a plain object such as {{ device: \"new\" }}, not {}.",
            type_name(input)
        ));
    }
    let object: &Object = input.unchecked_ref();
    let keys = Object::keys(object);
    let mut answers = Answers::new();
    for key in keys.iter() {
        let key = key.as_string().unwrap_or_default();
        let value = Reflect::get(object, &JsValue::from_str(&key))
            .map_err(|e| format!("Reading answer \"{key}\" failed: {}", describe_error(&e)))?;
        let result = if value.is_null() || value.is_undefined() {
            answers.set_named(&key, None)
        } else if let Some(text) = value.as_string() {
            answers.set_named(&key, Some(&text))
        } else {
            Answers::key(&key).and_then(|q| {
                Err(AnswerError::NotText {
                    key: MODEL.questions[q].key,
                    found: type_name(&value),
                })
            })
        };
        result.map_err(|e| e.to_string())?;
    }
    Ok(answers)
}

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        format!("a {}", value.js_typeof().as_string().unwrap_or_default())
    }
}

fn describe_error(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// A value as a plain JavaScript object: our JSON text through the browser's own parser.
pub fn to_js<T: ToJson + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&json::to_string(value))
}

#[wasm_bindgen]
pub fn evaluate(input: JsValue) -> Result<JsValue, JsValue> {
    let answers = answers_from_js(&input).map_err(|m| JsValue::from(js_sys::Error::new(&m)))?;
    to_js(&engine::evaluate(&answers))
}

#[wasm_bindgen]
pub fn model() -> Result<JsValue, JsValue> {
    to_js(&MODEL)
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
    let model = Closure::<dyn Fn() -> Result<JsValue, JsValue>>::new(model);
    let _ = Reflect::set(&api, &"evaluate".into(), evaluate.as_ref());
    let _ = Reflect::set(&api, &"model".into(), model.as_ref());
    let _ = Reflect::set(&api, &"version".into(), &env!("CARGO_PKG_VERSION").into());
    // The page keeps these for its whole life.
    evaluate.forget();
    model.forget();
    let _ = Reflect::set(&window, &name, &api);
}

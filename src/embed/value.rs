//! JavaScript values into the profile's plain [`Value`] tree, with limits so that a hostile
//! object (deep, huge, or with throwing getters) yields a message instead of a hang or a crash.

use crate::profile::Value;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

const MAX_DEPTH: usize = 6;
const MAX_ENTRIES: usize = 200;
const MAX_TEXT: usize = 2_000;

pub fn from_js(value: &JsValue) -> Result<Value, String> {
    convert(value, 0)
}

fn convert(value: &JsValue, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err(format!(
            "The profile is nested deeper than {MAX_DEPTH} levels."
        ));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = value.as_string() {
        if s.chars().count() > MAX_TEXT {
            return Ok(Value::Text(s.chars().take(MAX_TEXT).collect()));
        }
        return Ok(Value::Text(s));
    }
    if Array::is_array(value) {
        let array: &Array = value.unchecked_ref();
        if array.length() as usize > MAX_ENTRIES {
            return Err(format!(
                "A list in the profile has more than {MAX_ENTRIES} entries."
            ));
        }
        return array
            .iter()
            .map(|v| convert(&v, depth + 1))
            .collect::<Result<_, _>>()
            .map(Value::List);
    }
    if value.is_object() && !value.is_function() {
        let object: &Object = value.unchecked_ref();
        let keys = Object::keys(object);
        if keys.length() as usize > MAX_ENTRIES {
            return Err(format!(
                "An object in the profile has more than {MAX_ENTRIES} fields."
            ));
        }
        let mut entries = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let name = key.as_string().unwrap_or_default();
            let v = Reflect::get(object, &key)
                .map_err(|_| format!("Reading \"{name}\" in the profile failed."))?;
            entries.push((name, convert(&v, depth + 1)?));
        }
        return Ok(Value::Map(entries));
    }
    Ok(Value::Text(String::new()))
}

/// A profile given as JSON text, parsed by the browser's own JSON parser.
pub fn parse_json(text: &str) -> Result<Value, String> {
    let parsed = js_sys::JSON::parse(text).map_err(|e| {
        let detail = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        format!("The profile is not valid JSON ({detail}); it was ignored.")
    })?;
    from_js(&parsed)
}

//! `xtask options`: prints, as JSON, what `src/embed/element.js` needs to know of the options
//! table (`engine/src/options.rs`) and of the model: `{ "options": [...], "answer_keys": [...] }`.
//! `package/package.mjs` puts both into the embed script as `OPTIONS` and `ANSWER_KEYS`, so the
//! element's attributes are never spelled by hand in JavaScript.

use autopilot_ui::model::MODEL;
use autopilot_ui::options::{Opt, OPTIONS};
use serde::Serialize;

#[derive(Serialize)]
pub struct ForElement {
    pub options: &'static [Opt],
    pub answer_keys: Vec<&'static str>,
}

pub fn for_element() -> ForElement {
    ForElement {
        options: &OPTIONS,
        answer_keys: MODEL.questions.iter().map(|q| &*q.key).collect(),
    }
}

pub fn run() {
    let json = serde_json::to_string(&for_element()).expect("the options table as JSON");
    println!("{json}");
}

//! What the decision-table tests share: the scenario ids and answers written as text, and the
//! evaluation read back by name (the engine holds indices; a name reads better in a failure).

// Each test crate that includes this module uses a part of it.
#![allow(dead_code)]

use autopilot_advisor::engine::{evaluate_named, Evaluation, QuestionSet, ScenarioResult};
use autopilot_advisor::model::{ScenarioIx, MODEL};

pub const UD: &str = "user-driven";
pub const PP: &str = "pre-provisioned";
pub const SD: &str = "self-deploying";
pub const ED: &str = "existing-devices";
pub const RS: &str = "reset";
pub const DP: &str = "device-preparation";

/// Evaluates answers written as "key=value key=value".
pub fn run(answers: &str) -> Evaluation {
    let pairs = answers.split_whitespace().map(|kv| {
        let (k, v) = kv.split_once('=').expect("key=value");
        (k, Some(v))
    });
    evaluate_named(pairs).unwrap_or_else(|e| panic!("bad answers {answers:?}: {e}"))
}

/// A scenario's id.
pub fn id(s: ScenarioIx) -> &'static str {
    &MODEL.scenarios[s].id
}

/// The result for the scenario with this id.
pub fn scenario<'a>(e: &'a Evaluation, id: &str) -> &'a ScenarioResult {
    let s = MODEL.scenario_ix(id).expect("a scenario of the model");
    &e.scenarios[s]
}

pub fn recommended(e: &Evaluation) -> Option<&'static str> {
    e.recommended.map(id)
}

pub fn leading(e: &Evaluation) -> Option<&'static str> {
    e.leading.map(id)
}

pub fn then(e: &Evaluation) -> Option<&'static str> {
    e.then.map(id)
}

pub fn tied_with(e: &Evaluation) -> Vec<&'static str> {
    e.tied_with.iter().map(|&s| id(s)).collect()
}

/// A set of questions by their keys, in question order.
pub fn keys(set: QuestionSet) -> Vec<&'static str> {
    set.keys().collect()
}

/// The ids of the notes shown.
pub fn notes(e: &Evaluation) -> Vec<&'static str> {
    e.notes.iter().map(|n| &*MODEL.notes[n.note].id).collect()
}

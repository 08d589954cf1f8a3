//! How the engine's indices are named at its boundary: a scenario's id, a question's key, a
//! note's id. The engine, the UI and the tests work in indices; the JavaScript API's shape
//! (src/embed/shape.rs) and the links read names.

use crate::model::{NoteIx, QuestionIx, ScenarioIx, MODEL};

pub(super) fn scenario_id(s: ScenarioIx) -> &'static str {
    &MODEL.scenarios[s].id
}

pub(super) fn question_key(q: QuestionIx) -> &'static str {
    &MODEL.questions[q].key
}

pub(super) fn note_id(n: NoteIx) -> &'static str {
    &MODEL.notes[n].id
}

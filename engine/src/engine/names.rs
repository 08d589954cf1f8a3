//! How the engine's indices show at the boundary: serde writers that put a scenario's id or a
//! question's key where the engine holds an index, so the API and the links read names while
//! the engine, the UI and the tests work in indices.

use crate::model::{NoteIx, QuestionIx, ScenarioIx, MODEL};
use serde::Serializer;

pub(super) fn scenario_id(s: ScenarioIx) -> &'static str {
    &MODEL.scenarios[s].id
}

pub(super) fn question_key(q: QuestionIx) -> &'static str {
    &MODEL.questions[q].key
}

pub(super) fn note_id(n: NoteIx) -> &'static str {
    &MODEL.notes[n].id
}

pub(super) fn scenario<S: Serializer>(s: &ScenarioIx, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(scenario_id(*s))
}

pub(super) fn optional_scenario<S: Serializer>(
    s: &Option<ScenarioIx>,
    out: S,
) -> Result<S::Ok, S::Error> {
    match s {
        Some(s) => out.serialize_some(scenario_id(*s)),
        None => out.serialize_none(),
    }
}

pub(super) fn scenarios<S: Serializer>(list: &[ScenarioIx], out: S) -> Result<S::Ok, S::Error> {
    out.collect_seq(list.iter().map(|&s| scenario_id(s)))
}

pub(super) fn note<S: Serializer>(n: &NoteIx, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(note_id(*n))
}

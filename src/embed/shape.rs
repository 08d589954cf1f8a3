//! What the JavaScript API gives a page: `evaluate()`'s result and the `change` event's, as
//! plain data with the names the API documents (docs/api.md), made from the engine's
//! evaluation. The engine keeps indices and knows nothing of JavaScript; the names and the
//! shape are decided here, and serde-wasm-bindgen turns them into plain objects (`api::to_js`).

use crate::engine::{self, Verdict};
use crate::model::{keys_of, Condition, Effect, Source, MODEL};
use serde::{Serialize, Serializer};

#[derive(Serialize)]
pub struct Evaluation {
    /// Always six, in the model's order.
    pub scenarios: Vec<ScenarioResult>,
    pub recommended: Option<&'static str>,
    pub leading: Option<&'static str>,
    pub tied_with: Vec<&'static str>,
    pub then: Option<&'static str>,
    pub notes: Vec<NoteResult>,
    pub changes: Vec<Change>,
}

#[derive(Serialize)]
pub struct ScenarioResult {
    pub id: &'static str,
    pub verdict: &'static str,
    pub reasons: Vec<Reason>,
    pub blocked_by: Vec<&'static str>,
    pub score: i32,
    pub pending: Vec<&'static str>,
    pub then: Option<&'static str>,
}

#[derive(Serialize)]
pub struct Reason {
    pub text: &'static str,
    pub source: &'static Source,
    pub departs_from: Option<&'static Source>,
    pub keys: Vec<&'static str>,
    pub effect: Effect,
}

#[derive(Serialize)]
pub struct NoteResult {
    pub id: &'static str,
    pub text: &'static str,
    pub source: &'static Source,
    pub departs_from: Option<&'static Source>,
    pub keys: Vec<&'static str>,
    pub warning: bool,
}

#[derive(Serialize)]
pub struct Change {
    pub scenario: &'static str,
    /// `{ key: value }`, in question order.
    pub set: Named,
}

/// Answer names as an object, in the order given.
pub struct Named(Vec<(&'static str, &'static str)>);

impl Serialize for Named {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

fn scenario_id(s: usize) -> &'static str {
    &MODEL.scenarios[s].id
}

fn keys(when: &'static [Condition]) -> Vec<&'static str> {
    keys_of(when).collect()
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Recommended => "recommended",
        Verdict::Suitable => "suitable",
        Verdict::Unsuitable => "unsuitable",
    }
}

impl From<&engine::Evaluation> for Evaluation {
    fn from(e: &engine::Evaluation) -> Self {
        Evaluation {
            scenarios: e.scenarios.iter().map(ScenarioResult::from).collect(),
            recommended: e.recommended.map(scenario_id),
            leading: e.leading.map(scenario_id),
            tied_with: e.tied_with.iter().map(|&s| scenario_id(s)).collect(),
            then: e.then.map(scenario_id),
            notes: e.notes.iter().map(NoteResult::from).collect(),
            changes: e.changes.iter().map(Change::from).collect(),
        }
    }
}

impl From<&engine::ScenarioResult> for ScenarioResult {
    fn from(r: &engine::ScenarioResult) -> Self {
        ScenarioResult {
            id: scenario_id(r.scenario),
            verdict: verdict(r.verdict),
            reasons: r.reasons.iter().map(Reason::from).collect(),
            blocked_by: r.blocked_by.keys().collect(),
            score: r.score,
            pending: r.pending.keys().collect(),
            then: r.then.map(scenario_id),
        }
    }
}

impl From<&engine::Reason> for Reason {
    fn from(r: &engine::Reason) -> Self {
        Reason {
            text: r.text,
            source: r.source,
            departs_from: r.departs_from,
            keys: keys(r.when),
            effect: r.effect,
        }
    }
}

impl From<&engine::NoteResult> for NoteResult {
    fn from(n: &engine::NoteResult) -> Self {
        NoteResult {
            id: n.id(),
            text: n.text,
            source: n.source,
            departs_from: n.departs_from,
            keys: keys(n.when),
            warning: n.warning,
        }
    }
}

impl From<&engine::Change> for Change {
    fn from(c: &engine::Change) -> Self {
        Change {
            scenario: c.scenario_id(),
            set: Named(c.named_set().collect()),
        }
    }
}

//! The API's JSON text: valid JSON (checked with serde_json, a test-only dependency), with the
//! documented field names, for every fully answered set and for the model.

use autopilot_advisor::engine::{evaluate, Answers, Verdict};
use autopilot_advisor::json::to_string;
use autopilot_advisor::model::{ValueIx, MODEL};
use serde_json::Value;

fn every(q: usize, a: Answers, f: &mut dyn FnMut(&Answers)) {
    if q == MODEL.questions.len() {
        f(&a);
        return;
    }
    for v in 0..MODEL.questions[q].options.len() as ValueIx {
        every(q + 1, a.with(q, Some(v)), f);
    }
}

#[test]
fn evaluations_are_valid_json_with_the_documented_fields() {
    every(0, Answers::new(), &mut |a| {
        let e = evaluate(a);
        let text = to_string(&e);
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|err| panic!("{err}: {text}"));
        assert_eq!(
            v["recommended"],
            e.recommended.map_or(Value::Null, Value::from)
        );
        assert_eq!(v["scenarios"].as_array().unwrap().len(), 6);
        for (s, r) in v["scenarios"].as_array().unwrap().iter().zip(&e.scenarios) {
            assert_eq!(s["id"], r.id);
            let verdict = match r.verdict {
                Verdict::Recommended => "recommended",
                Verdict::Suitable => "suitable",
                Verdict::Unsuitable => "unsuitable",
            };
            assert_eq!(s["verdict"], verdict);
            assert_eq!(
                s["blocked_by"].as_array().unwrap().len(),
                r.blocked_by.len()
            );
            assert_eq!(s["reasons"].as_array().unwrap().len(), r.reasons.len());
            for (x, reason) in s["reasons"].as_array().unwrap().iter().zip(&r.reasons) {
                assert_eq!(x["text"], reason.text);
                assert_eq!(x["source"]["url"], reason.source.url);
            }
        }
        for (c, change) in v["changes"].as_array().unwrap().iter().zip(&e.changes) {
            assert_eq!(c["scenario"], change.scenario);
            for (k, val) in &change.set {
                assert_eq!(c["set"][k], *val);
            }
        }
    });
}

#[test]
fn the_model_is_valid_json_with_cells_keyed_by_scenario() {
    let v: Value = serde_json::from_str(&to_string(&MODEL)).unwrap();
    assert_eq!(v["scenarios"].as_array().unwrap().len(), 6);
    assert_eq!(
        v["capabilities"][7]["values"]["pre-provisioned"],
        "Technician flow"
    );
    assert_eq!(v["questions"][0]["options"][0]["value"], "new");
    // Quotes and control characters in texts are escaped.
    let help = v["questions"][0]["help"].as_str().unwrap();
    assert!(help.contains("\"Windows is broken\""));
}

#[test]
fn strings_are_escaped() {
    let text = to_string("a \"quote\" \\ back\nline\u{1} end");
    assert_eq!(text, r#""a \"quote\" \\ back\nline\u0001 end""#);
    let back: String = serde_json::from_str(&text).unwrap();
    assert_eq!(back, "a \"quote\" \\ back\nline\u{1} end");
}

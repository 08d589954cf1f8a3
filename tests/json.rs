//! The API's values as serde gives them (serde_json here, serde-wasm-bindgen in the browser),
//! with the documented field names, for every fully answered set and for the model; and
//! answers read back from a page's object with the messages the API promises.

use autopilot_advisor::embed::shape::Evaluation as Shaped;
use autopilot_advisor::engine::{evaluate, Answers, Verdict};
use autopilot_advisor::model::{ValueIx, MODEL};
use serde_json::Value;

fn to_value<T: serde::Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

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
        let v = to_value(&Shaped::from(&e));
        assert_eq!(
            v["recommended"],
            e.recommended
                .map_or(Value::Null, |s| Value::from(&*MODEL.scenarios[s].id))
        );
        assert_eq!(v["scenarios"].as_array().unwrap().len(), 6);
        for (s, r) in v["scenarios"].as_array().unwrap().iter().zip(&e.scenarios) {
            assert_eq!(s["id"], &*MODEL.scenarios[r.scenario].id);
            let verdict = match r.verdict {
                Verdict::Recommended => "recommended",
                Verdict::Suitable => "suitable",
                Verdict::Unsuitable => "unsuitable",
            };
            assert_eq!(s["verdict"], verdict);
            let blocked_by: Vec<&str> = r.blocked_by.keys().collect();
            assert_eq!(s["blocked_by"], Value::from(blocked_by));
            let pending: Vec<&str> = r.pending.keys().collect();
            assert_eq!(s["pending"], Value::from(pending));
            assert_eq!(s["reasons"].as_array().unwrap().len(), r.reasons.len());
            for (x, reason) in s["reasons"].as_array().unwrap().iter().zip(&r.reasons) {
                assert_eq!(x["text"], reason.text);
                assert_eq!(x["source"]["url"], &*reason.source.url);
            }
        }
        for (c, change) in v["changes"].as_array().unwrap().iter().zip(&e.changes) {
            assert_eq!(c["scenario"], change.scenario_id());
            assert_eq!(
                c["set"].as_object().unwrap().len(),
                change.set.len(),
                "one entry per changed answer"
            );
            for (k, val) in change.named_set() {
                assert_eq!(c["set"][k], val);
            }
        }
    });
}

#[test]
fn the_model_is_valid_json_with_cells_keyed_by_scenario() {
    let v = to_value(&MODEL);
    assert_eq!(v["scenarios"].as_array().unwrap().len(), 6);
    assert_eq!(
        v["capabilities"][7]["values"]["pre-provisioned"],
        "Technician flow"
    );
    assert_eq!(v["questions"][0]["options"][0]["value"], "new");
    // A cell newer than the seed carries the page it comes from; the sources are listed once.
    assert_eq!(
        v["capabilities"][0]["newer"]["device-preparation"],
        serde_json::json!({ "value": "Yes", "source": "device-preparation" })
    );
    assert_eq!(v["capabilities"][0]["values"].as_object().unwrap().len(), 5);
    assert!(v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["id"] == "device-preparation"));
    // Texts with quotes come through whole.
    let help = v["questions"][0]["help"].as_str().unwrap();
    assert!(help.contains("\"Windows is broken\""));
    // The rules and notes stay the engine's.
    assert!(v.get("rules").is_none() && v.get("notes").is_none());
}

#[test]
fn answers_read_from_an_object_name_the_key_and_what_is_allowed() {
    let read = |text: &str| serde_json::from_str::<Answers>(text).map_err(|e| e.to_string());
    let a = read(r#"{"device": "new", "tpm": null}"#).unwrap();
    assert_eq!(a.named().collect::<Vec<_>>(), [("device", "new")]);
    assert_eq!(read("null").unwrap(), Answers::new());
    assert_eq!(to_value(&a), serde_json::json!({ "device": "new" }));
    let err = read(r#"{"device": "old"}"#).unwrap_err();
    assert!(err.starts_with(
        r#""old" is not an allowed value for "device". Allowed values: new, existing, broken."#
    ));
    let err = read(r#"{"tpm": 1}"#).unwrap_err();
    assert!(err.starts_with(r#"The answer for "tpm" must be a string (or null for not known), not a number. Allowed values: yes, no, vm."#), "{err}");
    // An older name of a value still reads, as the value it became.
    let a = read(r#"{"windows": "older"}"#).unwrap();
    assert_eq!(
        to_value(&a),
        serde_json::json!({ "windows": "unsupported" })
    );
    // (A list or an object as an answer is not read inside, which a streaming format such as
    // JSON text refuses; the browser tests cover it with serde-wasm-bindgen.)
    assert!(read(r#"{"colour": "blue"}"#)
        .unwrap_err()
        .starts_with(r#"Unknown answer key "colour". Allowed keys: device,"#));
    for (text, kind) in [
        (r#"["device"]"#, "an array"),
        (r#""device=new""#, "a string"),
        ("4", "a number"),
    ] {
        let err = read(text).unwrap_err();
        assert!(
            err.contains("takes a plain object") && err.contains(&format!("not {kind}.")),
            "{err}"
        );
    }
}

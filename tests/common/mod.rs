//! What the decision-table tests share: the scenario ids and answers written as text.

use autopilot_advisor::engine::{evaluate_named, Evaluation};

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

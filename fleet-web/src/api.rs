//! `AutopilotAdvisor.planFleet({ inventory, autopilot, wfa, answers, groups, corrections })`:
//! the fleet core's plan through serde-wasm-bindgen, each group with `evaluate()`'s result for
//! its answers (the web crate's shape: reasons, notes, sources). A mistake is a thrown `Error`
//! whose message names what was looked for.

use autopilot_advisor::embed::api::{message, to_js};
use autopilot_advisor::embed::shape::Evaluation;
use autopilot_fleet::export::CsvOptions;
use autopilot_fleet::input::PlanInput;
use autopilot_fleet::shape::{Fleet, FleetPlan, Group};
use autopilot_ui::engine::evaluate;
use js_sys::{Object, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Serialize)]
struct PlanOut<'a> {
    #[serde(flatten)]
    plan: FleetPlan<'a>,
    groups: Vec<GroupOut<'a>>,
}

#[derive(Serialize)]
struct GroupOut<'a> {
    #[serde(flatten)]
    group: Group<'a>,
    /// `evaluate()`'s result for the group's answers.
    evaluation: Evaluation,
}

/// The plan for `input`, or the message of what is wrong with it.
pub fn plan_fleet(input: JsValue) -> Result<JsValue, JsValue> {
    let error = |m: String| JsValue::from(js_sys::Error::new(&m));
    if !input.is_object() {
        return Err(error(
            "planFleet takes an object: { inventory, autopilot, wfa, answers, groups, corrections }"
                .into(),
        ));
    }
    let input: PlanInput = serde_wasm_bindgen::from_value(input)
        .map_err(|e| error(format!("planFleet: {}", message(&e.into()))))?;
    let fleet = Fleet::from_input(&input).map_err(error)?;
    let mut plan = fleet.shape(&CsvOptions::default());
    let groups = std::mem::take(&mut plan.groups)
        .into_iter()
        .zip(&fleet.plan.groups)
        .map(|(group, g)| GroupOut {
            group,
            evaluation: Evaluation::from(&evaluate(&g.answers)),
        })
        .collect();
    to_js(&PlanOut { plan, groups })
}

/// Adds `planFleet` to `window.AutopilotAdvisor` (creating it on the fleet page).
pub fn install() {
    let window = gloo::utils::window();
    let name = JsValue::from_str("AutopilotAdvisor");
    let existing = Reflect::get(&window, &name).unwrap_or(JsValue::UNDEFINED);
    let api: Object = if existing.is_object() {
        existing.unchecked_into()
    } else {
        Object::new()
    };
    let plan = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(plan_fleet);
    let _ = Reflect::set(&api, &"planFleet".into(), plan.as_ref());
    let _ = Reflect::set(&api, &"version".into(), &env!("CARGO_PKG_VERSION").into());
    // The page keeps it for its whole life.
    plan.forget();
    let _ = Reflect::set(&window, &name, &api);
}

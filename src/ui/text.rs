//! The widget's own words (headings, buttons, hints). Domain text lives in model.toml.

pub const TITLE: &str = "Autopilot Scenario Advisor";
pub const INTRO: &str = "Answer a few questions about the device. The advisor compares the five Windows Autopilot scenarios as you go and names the one that fits, with reasons and sources.";
pub const QUESTIONS: &str = "Your situation";
pub const NOT_SURE: &str = "Not sure";
pub const START_OVER: &str = "Start over";
pub const RESULT: &str = "Recommendation";
pub const GRID: &str = "Compare the scenarios";
pub const GRID_CAPTION: &str = "The five Windows Autopilot scenarios compared: capabilities from Microsoft Learn, verdicts from your answers.";
pub const ABOUT: &str = "About the scenarios";
pub const SOURCE: &str = "source";
pub const WHY: &str = "Why it fits";
pub const TRADE_OFFS: &str = "Keep in mind";
pub const STEPS: &str = "Steps for your case";
pub const PREREQUISITES: &str = "Before you start";
pub const PROS: &str = "Pros";
pub const CONS: &str = "Cons";
pub const WALKTHROUGHS: &str = "Step-by-step walkthrough";
pub const NOTES: &str = "Notes for your answers";
pub const WHY_NOT: &str = "Why not";
pub const NOTHING_YET: &str =
    "Answer the questions and the recommendation appears here. Every scenario is still possible.";
pub const NOTHING_FITS: &str = "No scenario fits these answers.";
pub const CHANGES_INTRO: &str = "Any of these changes would make a scenario possible:";
pub const APPLY: &str = "Apply";
pub const PRINT: &str = "Print";
pub const STILL_TO_CONFIRM: &str = "To confirm it, answer:";
pub const PURPOSE: &str = "Purpose";
pub const DESCRIPTION: &str = "Description";
pub const VERDICT: &str = "Verdict";
pub const NOT_DEPLOYMENT: &str = "Not a deployment itself";
pub const BASED_ON: &str = "Based on Microsoft Learn's";
pub const PROBLEMS: &str = "Some settings for this advisor were ignored:";
pub const SET_BY_ORGANIZATION: &str = "Set by your organization";
pub const ORGANIZATION: &str = "Your organization";
pub const CONTACT: &str = "Contact";

pub fn verdict(v: crate::engine::Verdict) -> &'static str {
    use crate::engine::Verdict::*;
    match v {
        Recommended => "Recommended",
        Suitable => "Possible",
        Unsuitable => "Not possible",
    }
}

pub fn answered(done: usize, of: usize) -> String {
    format!("{done} of {of} answered")
}

pub fn leading(name: &str) -> String {
    format!("{name} fits best so far.")
}

pub fn several_fit(n: usize) -> String {
    format!("{n} scenarios still fit. Answer more questions to narrow it down.")
}

pub fn then_runs(name: &str) -> String {
    format!("After the reinstall, the device runs {name}.")
}

pub fn opens(scenarios: &[&str]) -> String {
    format!("(makes possible: {})", scenarios.join(", "))
}

//! The shape of `model.toml`, as serde reads it. Owned types: this lives only in the build script.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub about: Vec<Fact>,
    pub scenarios: Vec<Scenario>,
    pub capabilities: Vec<Capability>,
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    pub notes: Vec<Note>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub seed_title: String,
    pub seed_date: String,
    pub seed_url: String,
    pub applies_to: String,
    /// Scenario ids, most preferred first: breaks a tie between suitable scenarios that no
    /// open answer can still rule out (the reason is written beside it in model.toml).
    pub tie_order: Vec<String>,
    /// When the facts were last checked against Microsoft's pages (YYYY-MM-DD).
    pub facts_checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub page: String,
    pub section: String,
    pub url: String,
    /// The page's own date (its `ms.date`) in the version the model follows, YYYY-MM-DD.
    #[serde(default)]
    pub date: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: String,
    pub url: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    pub short: String,
    pub purpose: String,
    pub description: String,
    pub source: String,
    pub deployment: bool,
    /// False for a scenario the seed's 2023 page does not cover (device preparation): its grid
    /// cells come from `newer` with a source each, and the grid marks its column.
    #[serde(default = "yes")]
    pub in_seed: bool,
    #[serde(default)]
    pub then_candidates: Vec<String>,
    pub pros: Vec<Fact>,
    pub cons: Vec<Fact>,
    pub guide: Vec<Fact>,
    pub prerequisites: Vec<Fact>,
    pub walkthroughs: Vec<Link>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capability {
    pub id: String,
    pub label: String,
    pub seed_label: String,
    pub source: String,
    /// Scenario id to the seed's cell text, for the scenarios of the seed.
    pub values: BTreeMap<String, String>,
    /// Scenario id to a cell for a scenario newer than the seed, with its own source.
    #[serde(default)]
    pub newer: BTreeMap<String, NewerCell>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewerCell {
    pub value: String,
    pub source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub key: String,
    pub text: String,
    pub help: String,
    #[serde(default)]
    pub ask_when: BTreeMap<String, Vec<String>>,
    pub options: Vec<Choice>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub scenario: String,
    pub when: BTreeMap<String, Vec<String>>,
    pub effect: String,
    #[serde(default)]
    pub weight: Option<i64>,
    #[serde(default = "any")]
    pub context: String,
    pub text: String,
    pub source: String,
    /// Where the rule follows a newer page (`source`) over the seed: the seed's section it
    /// departs from, cited beside the source.
    #[serde(default)]
    pub departs_from: Option<String>,
    #[serde(default)]
    pub choice: Option<String>,
}

fn yes() -> bool {
    true
}

fn any() -> String {
    "any".to_owned()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub when: BTreeMap<String, Vec<String>>,
    pub text: String,
    pub source: String,
    /// As for rules: the seed's section this note departs from.
    #[serde(default)]
    pub departs_from: Option<String>,
}

//! The scenario model: plain static data baked from `model.toml` at build time, plus lookups.
//! Nothing here parses anything at run time, and nothing here knows about the web.

include!(concat!(env!("OUT_DIR"), "/model_data.rs"));

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// Index of a question in [`Model::questions`]; also the slot of its answer.
pub type QuestionIx = usize;
/// Index of an option in [`Question::options`].
pub type ValueIx = u8;
/// Index of a scenario in [`Model::scenarios`].
pub type ScenarioIx = usize;

/// `AutopilotAdvisor.model()` shows the scenarios, the grid and the questions; the rules and
/// notes stay the engine's.
#[derive(Debug, Serialize)]
pub struct Model {
    #[serde(skip)]
    pub meta: Meta,
    #[serde(skip)]
    pub sources: &'static [Source],
    #[serde(skip)]
    pub about: &'static [Fact],
    pub scenarios: &'static [Scenario],
    pub capabilities: &'static [Capability],
    pub questions: &'static [Question],
    #[serde(skip)]
    pub rules: &'static [Rule],
    #[serde(skip)]
    pub notes: &'static [Note],
}

#[derive(Debug)]
pub struct Meta {
    pub title: &'static str,
    pub seed_title: &'static str,
    pub seed_date: &'static str,
    pub seed_url: &'static str,
    pub applies_to: &'static str,
    /// When the facts were last checked against Microsoft's pages (YYYY-MM-DD).
    pub facts_checked: &'static str,
}

/// A page and a section of it: what every fact cites.
#[derive(Debug, PartialEq, Serialize)]
pub struct Source {
    pub id: &'static str,
    pub page: &'static str,
    pub section: &'static str,
    pub url: &'static str,
    /// The page's own date in the version the model follows (YYYY-MM-DD), or "" if unknown.
    pub date: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Fact {
    pub text: &'static str,
    pub source: &'static Source,
}

#[derive(Debug, Serialize)]
pub struct Link {
    pub label: &'static str,
    pub url: &'static str,
    pub source: &'static Source,
}

#[derive(Debug, Serialize)]
pub struct Scenario {
    pub id: &'static str,
    pub name: &'static str,
    pub short: &'static str,
    pub purpose: &'static str,
    pub description: &'static str,
    pub source: &'static Source,
    /// A deployment mode proper; Existing devices and Reset are not (the seed's note).
    pub deployment: bool,
    /// False for a scenario newer than the seed's 2023 table (device preparation).
    pub in_seed: bool,
    /// Place in `meta.tie_order` (0 first): wins a tie that no open answer can still change.
    #[serde(skip)]
    pub tie_rank: usize,
    /// Deployment modes that can run after this scenario (Existing devices only).
    #[serde(skip)]
    pub then_candidates: &'static [ScenarioIx],
    /// This scenario's rules: a range of [`Model::rules`], which are grouped by scenario.
    #[serde(skip)]
    pub rules: std::ops::Range<usize>,
    pub pros: &'static [Fact],
    pub cons: &'static [Fact],
    pub guide: &'static [Fact],
    pub prerequisites: &'static [Fact],
    pub walkthroughs: &'static [Link],
}

/// A cell of the seed's capability table, spelled as the seed spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Yes,
    No,
    NA,
    TechnicianFlow,
    UserFlow,
    LocalReset,
    RemoteReset,
    /// A newer scenario's cell that its own pages leave open; never in the seed's table.
    NotStated,
}

impl Cell {
    pub fn label(self) -> &'static str {
        match self {
            Cell::Yes => "Yes",
            Cell::No => "No",
            Cell::NA => "NA",
            Cell::TechnicianFlow => "Technician flow",
            Cell::UserFlow => "User flow",
            Cell::LocalReset => "Local reset",
            Cell::RemoteReset => "Remote reset",
            Cell::NotStated => "Not stated",
        }
    }
}

/// A row of the capability table; `values` follow the order of [`Model::scenarios`], and the
/// API keys them by scenario id, so a script need not know the column order.
#[derive(Debug, Serialize)]
pub struct Capability {
    pub id: &'static str,
    pub label: &'static str,
    pub seed_label: &'static str,
    pub source: &'static Source,
    #[serde(serialize_with = "by_scenario")]
    pub values: &'static [Cell],
    /// Per scenario, the source of its cell: the seed's table, or a newer scenario's own page.
    #[serde(serialize_with = "by_scenario")]
    pub cell_sources: &'static [&'static Source],
}

#[derive(Debug, Serialize)]
pub struct Question {
    pub key: &'static str,
    pub text: &'static str,
    pub help: &'static str,
    /// The question applies only when these match; otherwise it is hidden and its answer ignored.
    #[serde(skip)]
    pub ask_when: &'static [Condition],
    pub options: &'static [Choice],
}

#[derive(Debug, Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

/// One answer key and the values that satisfy it.
#[derive(Debug)]
pub struct Condition {
    pub question: QuestionIx,
    pub values: &'static [ValueIx],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Exclude,
    Favour,
    Disfavour,
    Info,
}

/// When a rule applies: to a scenario started on the device as it is, to a deployment mode run
/// after Existing devices, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleContext {
    Any,
    Direct,
    FollowUp,
}

#[derive(Debug)]
pub struct Rule {
    pub scenario: ScenarioIx,
    pub when: &'static [Condition],
    /// The answer keys `when` names, in question order.
    pub keys: &'static [&'static str],
    pub effect: Effect,
    /// How much a favour or disfavour counts; 0 for the other effects.
    pub weight: i32,
    pub context: RuleContext,
    pub text: &'static str,
    pub source: &'static Source,
    /// Where the rule follows a newer page over the seed: the seed's section it departs from.
    pub departs_from: Option<&'static Source>,
}

#[derive(Debug)]
pub struct Note {
    pub id: &'static str,
    pub when: &'static [Condition],
    pub keys: &'static [&'static str],
    pub text: &'static str,
    pub source: &'static Source,
    /// As for rules: the seed's section this note departs from.
    pub departs_from: Option<&'static Source>,
}

/// The API spells a cell as the seed does.
impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

/// A row's per-scenario values as `{ scenario id: value }`.
fn by_scenario<T: Serialize, S: Serializer>(values: &[T], s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(values.len()))?;
    for (scenario, value) in MODEL.scenarios.iter().zip(values) {
        map.serialize_entry(scenario.id, value)?;
    }
    map.end()
}

impl Model {
    pub fn question_ix(&self, key: &str) -> Option<QuestionIx> {
        self.questions.iter().position(|q| q.key == key)
    }

    pub fn scenario_ix(&self, id: &str) -> Option<ScenarioIx> {
        self.scenarios.iter().position(|s| s.id == id)
    }

    pub fn scenario(&self, id: &str) -> Option<&'static Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// The rules of one scenario.
    pub fn rules_of(&self, scenario: ScenarioIx) -> &'static [Rule] {
        &self.rules[self.scenarios[scenario].rules.clone()]
    }
}

impl Question {
    pub fn value_ix(&self, value: &str) -> Option<ValueIx> {
        self.options
            .iter()
            .position(|o| o.value == value)
            .map(|i| i as ValueIx)
    }

    pub fn allowed_values(&self) -> impl Iterator<Item = &'static str> {
        self.options.iter().map(|o| o.value)
    }
}

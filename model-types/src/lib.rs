//! The model's types, written once. The build script reads `model.toml` into them (serde, every
//! struct `deny_unknown_fields`), checks them, resolves every name to an index and bakes the
//! result with databake into the statics the widget runs on; the API serializes the same types.
//!
//! Texts and lists are `Cow<'static, _>`: owned when read from the file, borrowed from statics
//! when baked, one definition for both. A cross-reference is a [`Ref`]: the name the file spells,
//! plus the index the build resolves it to, so the engine works in indices and only the API and
//! links show names.

use serde::de::Deserializer;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Deref;

/// A text of the model: read owned, baked borrowed.
pub type Text = Cow<'static, str>;
/// A list of the model: read owned, baked borrowed.
pub type List<T> = Cow<'static, [T]>;

/// Index of a question in [`Model::questions`]; also the slot of its answer.
pub type QuestionIx = usize;
/// Index of an option in [`Question::options`].
pub type ValueIx = u8;
/// Index of a scenario in [`Model::scenarios`].
pub type ScenarioIx = usize;
/// Index of a note in [`Model::notes`].
pub type NoteIx = usize;

/// A name the file uses for a source, scenario, question or answer value, and the index the
/// build resolves it to. Only the build makes one with [`Ref::UNRESOLVED`]; a baked model has
/// none (the build's `resolve` fails otherwise).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Ref {
    pub name: Text,
    pub ix: u16,
}

impl Ref {
    pub const UNRESOLVED: u16 = u16::MAX;

    pub fn named(name: impl Into<Text>) -> Ref {
        Ref {
            name: name.into(),
            ix: Ref::UNRESOLVED,
        }
    }

    pub fn ix(&self) -> usize {
        usize::from(self.ix)
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }
}

impl std::fmt::Display for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// The file and the API spell a reference by its name.
impl<'de> Deserialize<'de> for Ref {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Ref::named)
    }
}

impl Serialize for Ref {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name)
    }
}

/// `AutopilotAdvisor.model()` shows the sources, scenarios, the grid and the questions; the
/// rules and notes stay the engine's.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Model {
    #[serde(skip_serializing)]
    pub meta: Meta,
    pub sources: List<Source>,
    #[serde(skip_serializing)]
    pub about: List<Fact>,
    pub scenarios: List<Scenario>,
    pub capabilities: List<Capability>,
    pub questions: List<Question>,
    #[serde(skip_serializing)]
    pub rules: List<Rule>,
    #[serde(skip_serializing)]
    pub notes: List<Note>,
    /// What a person setting up their own PC reads: the plain checklists (the employee view).
    #[serde(skip_serializing)]
    pub employee: Employee,
}

/// A question in plain words, for a person setting up their own PC (the employee view). It asks
/// the same question: its answers are the question's options, in their order.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Plain {
    pub text: Text,
    /// How to find the answer on the PC itself.
    pub help: Text,
    /// One label per option of the question, in the options' order.
    pub labels: List<Text>,
}

/// What happens next for a person setting up their own PC: what every setup asks of them, and a
/// checklist per scenario. Each item is a fact with its source; an item with a `when` applies
/// only when every one of its answers is given and matches.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Employee {
    /// What to have ready.
    pub ready: List<Fact>,
    /// What to do when setup fails.
    pub trouble: List<Fact>,
    /// Signs that something is wrong: stop and call IT.
    pub warnings: List<Fact>,
    /// Why IT must act before the person can start, whatever the scenario.
    pub it_first: List<Fact>,
    /// When no scenario fits the answers: IT must act.
    pub nothing_fits: Fact,
    /// When the answers leave the choice to IT (several scenarios still fit).
    pub undecided: Fact,
    pub checklists: List<Checklist>,
}

/// One scenario as the person who sets up the PC lives it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Checklist {
    pub scenario: Ref,
    /// Roughly how long it takes.
    pub time: Fact,
    /// The screens they see and what they do, in order.
    pub steps: List<Fact>,
    /// Why IT must act first in this scenario (a wipe, a reinstall, their own tools).
    #[serde(default)]
    pub it_first: List<Fact>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Meta {
    pub title: Text,
    pub seed_title: Text,
    pub seed_date: Text,
    pub seed_url: Text,
    pub applies_to: Text,
    /// Scenarios, most preferred first: breaks a tie between suitable scenarios that no open
    /// answer can still rule out (the reason is written beside it in model.toml).
    pub tie_order: List<Ref>,
    /// When the facts were last checked against Microsoft's pages (YYYY-MM-DD).
    pub facts_checked: Text,
}

/// A page and a section of it: what every fact cites.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Source {
    pub id: Text,
    pub page: Text,
    pub section: Text,
    pub url: Text,
    /// The page's own date (its `ms.date`) in the version the model follows, YYYY-MM-DD.
    #[serde(default)]
    pub date: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Fact {
    pub text: Text,
    pub source: Ref,
    /// Prerequisites only: the answers under which it can matter. The engine lists it unless an
    /// answer rules it out (an unanswered question never hides one). `model()` lists every
    /// prerequisite, so it leaves this out.
    #[serde(default, deserialize_with = "conditions_from_map", skip_serializing)]
    pub when: List<Condition>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Link {
    pub label: Text,
    pub url: Text,
    pub source: Ref,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Scenario {
    pub id: Text,
    pub name: Text,
    pub short: Text,
    pub purpose: Text,
    pub description: Text,
    pub source: Ref,
    /// A deployment mode proper; Existing devices and Reset are not (the seed's note).
    pub deployment: bool,
    /// False for a scenario the seed's 2023 page does not cover (device preparation): its grid
    /// cells come from `newer` with a source each, and the grid marks its column.
    #[serde(default = "yes")]
    pub in_seed: bool,
    /// Deployment modes that can run after this scenario (Existing devices only).
    #[serde(default, skip_serializing)]
    pub then_candidates: List<Ref>,
    pub pros: List<Fact>,
    pub cons: List<Fact>,
    pub guide: List<Fact>,
    pub prerequisites: List<Fact>,
    pub walkthroughs: List<Link>,
    /// Set by the build: this scenario's rules, a range of [`Model::rules`], which are baked
    /// grouped by scenario.
    #[serde(skip)]
    pub rules: Span,
}

fn yes() -> bool {
    true
}

/// A range of a baked list (`start..end`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Span {
    pub start: u16,
    pub end: u16,
}

impl Span {
    pub fn range(self) -> std::ops::Range<usize> {
        usize::from(self.start)..usize::from(self.end)
    }
}

/// A cell of the capability table, spelled as the seed spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub enum Cell {
    Yes,
    No,
    NA,
    #[serde(rename = "Technician flow")]
    TechnicianFlow,
    #[serde(rename = "User flow")]
    UserFlow,
    #[serde(rename = "Local reset")]
    LocalReset,
    #[serde(rename = "Remote reset")]
    RemoteReset,
    /// A newer scenario's cell that its own pages leave open; never in the seed's table.
    #[serde(rename = "Not stated")]
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

/// A row of the capability table. `values` holds the seed's cells, `newer` the cells of a
/// scenario newer than the seed, each with its own source; both are keyed by scenario name in
/// the file and the API, and the build orders them as the scenarios are ordered.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Capability {
    pub id: Text,
    pub label: Text,
    pub seed_label: Text,
    pub source: Ref,
    #[serde(
        deserialize_with = "seed_cells_from_map",
        serialize_with = "seed_cells_as_map"
    )]
    pub values: List<SeedCell>,
    #[serde(
        default,
        deserialize_with = "newer_cells_from_map",
        serialize_with = "newer_cells_as_map"
    )]
    pub newer: List<NewerCell>,
}

/// The seed's cell for one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct SeedCell {
    pub scenario: Ref,
    pub value: Cell,
}

/// A newer scenario's cell, with the page it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct NewerCell {
    #[serde(skip)]
    pub scenario: Ref,
    pub value: Cell,
    pub source: Ref,
}

impl Default for Ref {
    fn default() -> Ref {
        Ref::named("")
    }
}

fn seed_cells_from_map<'de, D: Deserializer<'de>>(d: D) -> Result<List<SeedCell>, D::Error> {
    let map = BTreeMap::<String, Cell>::deserialize(d)?;
    Ok(map
        .into_iter()
        .map(|(scenario, value)| SeedCell {
            scenario: Ref::named(scenario),
            value,
        })
        .collect())
}

fn newer_cells_from_map<'de, D: Deserializer<'de>>(d: D) -> Result<List<NewerCell>, D::Error> {
    let map = BTreeMap::<String, NewerCell>::deserialize(d)?;
    Ok(map
        .into_iter()
        .map(|(scenario, cell)| NewerCell {
            scenario: Ref::named(scenario),
            ..cell
        })
        .collect())
}

fn seed_cells_as_map<S: Serializer>(cells: &List<SeedCell>, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(cells.len()))?;
    for c in cells.iter() {
        map.serialize_entry(&c.scenario, &c.value)?;
    }
    map.end()
}

fn newer_cells_as_map<S: Serializer>(cells: &List<NewerCell>, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(cells.len()))?;
    for c in cells.iter() {
        map.serialize_entry(&c.scenario, c)?;
    }
    map.end()
}

impl Capability {
    /// The cell of one scenario and the source it cites: a newer scenario's own cell, else the
    /// seed's.
    pub fn cell(&self, scenario: ScenarioIx) -> Option<(Cell, &Ref)> {
        match self.newer.iter().find(|c| c.scenario.ix() == scenario) {
            Some(n) => Some((n.value, &n.source)),
            None => self
                .values
                .iter()
                .find(|c| c.scenario.ix() == scenario)
                .map(|c| (c.value, &self.source)),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Question {
    pub key: Text,
    /// Whether the answer is a fact about the device or the organization, or a choice. The
    /// what-if offers to change only choices; for a fact it names what would make another
    /// answer true (an option's `how`), or says nothing.
    pub kind: QuestionKind,
    pub text: Text,
    pub help: Text,
    /// The question applies only when these match; otherwise it is hidden and its answer ignored.
    #[serde(default, deserialize_with = "conditions_from_map", skip_serializing)]
    pub ask_when: List<Condition>,
    pub options: List<Choice>,
    /// The question in plain words, for the employee view; without it, the employee is not
    /// asked (the organization's preset answers it, or it stays open).
    #[serde(default, skip_serializing)]
    pub employee: Option<Plain>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Choice {
    pub value: Text,
    pub label: Text,
    /// Older names of this value that links, stored answers, profiles and the API still accept
    /// (the value is written back under its current name).
    #[serde(default, skip_serializing_if = "<[Text]>::is_empty")]
    pub aliases: List<Text>,
    /// A fact's option only: what would make this answer true, with its source. Without one,
    /// the what-if never suggests this answer for a fact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<Fact>,
}

/// What kind of answer a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub enum QuestionKind {
    /// How things are: the device's state, what the organization runs. Not changed by a click.
    Fact,
    /// What the organization wants: open to a what-if.
    Choice,
}

/// One answer key and the values that satisfy it. In the file, a `when` is a table of answer
/// keys to lists of values; the build orders the conditions as the questions are ordered.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Condition {
    pub question: Ref,
    pub values: List<Ref>,
    /// Set by the build: bit `v` is set when value `v` satisfies the condition.
    pub mask: u32,
}

impl Condition {
    pub fn accepts(&self, value: ValueIx) -> bool {
        self.mask & (1 << value) != 0
    }
}

fn conditions_from_map<'de, D: Deserializer<'de>>(d: D) -> Result<List<Condition>, D::Error> {
    let map = BTreeMap::<String, Vec<String>>::deserialize(d)?;
    Ok(map
        .into_iter()
        .map(|(key, values)| Condition {
            question: Ref::named(key),
            values: values.into_iter().map(Ref::named).collect(),
            mask: 0,
        })
        .collect())
}

/// What a rule does to its scenario when its `when` matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub enum Effect {
    Exclude,
    Favour,
    Disfavour,
    Info,
}

/// When a rule applies: to a scenario started on the device as it is, to a deployment mode run
/// after Existing devices, or both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub enum RuleContext {
    #[default]
    Any,
    Direct,
    FollowUp,
}

/// Rules and notes are the engine's: they are read and baked, never serialized.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Rule {
    pub scenario: Ref,
    #[serde(deserialize_with = "conditions_from_map")]
    pub when: List<Condition>,
    pub effect: Effect,
    /// How much a favour or disfavour counts; none for the other effects.
    #[serde(default)]
    pub weight: Option<i32>,
    #[serde(default)]
    pub context: RuleContext,
    pub text: Text,
    pub source: Ref,
    /// Where the rule follows a newer page (`source`) over the seed: the seed's section it
    /// departs from, cited beside the source.
    #[serde(default)]
    pub departs_from: Option<Ref>,
    /// Why the rule was written as it is where the sources are ambiguous. It stays in
    /// model.toml for its readers; the build drops it before baking (the widget never shows it).
    #[serde(default)]
    pub choice: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model_types))]
pub struct Note {
    pub id: Text,
    #[serde(deserialize_with = "conditions_from_map")]
    pub when: List<Condition>,
    /// A warning stands above the advice (Windows out of support, a join Microsoft advises
    /// against), not among the notes after it.
    #[serde(default)]
    pub warning: bool,
    pub text: Text,
    pub source: Ref,
    /// As for rules: the seed's section this note departs from.
    #[serde(default)]
    pub departs_from: Option<Ref>,
}

/// The answer keys a `when` names, in question order.
pub fn keys_of(when: &[Condition]) -> impl Iterator<Item = &str> {
    when.iter().map(|c| &*c.question.name)
}

impl Model {
    pub fn question_ix(&self, key: &str) -> Option<QuestionIx> {
        self.questions.iter().position(|q| q.key == key)
    }

    pub fn scenario_ix(&self, id: &str) -> Option<ScenarioIx> {
        self.scenarios.iter().position(|s| s.id == id)
    }

    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn source(&self, r: &Ref) -> &Source {
        &self.sources[r.ix()]
    }

    /// The rules of one scenario.
    pub fn rules_of(&self, scenario: ScenarioIx) -> &[Rule] {
        &self.rules[self.scenarios[scenario].rules.range()]
    }

    /// Every text a person reads, as (where, text): what the build checks for presence and
    /// current names, and what a catalog translates.
    pub fn texts(&self) -> Vec<(String, &str)> {
        let m = self;
        let mut out = vec![
            ("meta.title".to_owned(), m.meta.title.deref()),
            ("meta.seed_title".to_owned(), m.meta.seed_title.deref()),
            ("meta.applies_to".to_owned(), m.meta.applies_to.deref()),
        ];
        for s in m.sources.iter() {
            out.push((format!("source \"{}\" page", s.id), s.page.deref()));
            out.push((format!("source \"{}\" section", s.id), s.section.deref()));
        }
        for (i, f) in m.about.iter().enumerate() {
            out.push((format!("about[{i}]"), f.text.deref()));
        }
        for s in m.scenarios.iter() {
            for (what, t) in [
                ("name", &s.name),
                ("short", &s.short),
                ("purpose", &s.purpose),
                ("description", &s.description),
            ] {
                out.push((format!("scenario \"{}\" {what}", s.id), t.deref()));
            }
            for f in s
                .pros
                .iter()
                .chain(s.cons.iter())
                .chain(s.guide.iter())
                .chain(s.prerequisites.iter())
            {
                out.push((format!("scenario \"{}\"", s.id), f.text.deref()));
            }
            for l in s.walkthroughs.iter() {
                out.push((
                    format!("scenario \"{}\" walkthrough", s.id),
                    l.label.deref(),
                ));
            }
        }
        for c in m.capabilities.iter() {
            out.push((format!("capability \"{}\" label", c.id), c.label.deref()));
        }
        for q in m.questions.iter() {
            out.push((format!("question \"{}\" text", q.key), q.text.deref()));
            out.push((format!("question \"{}\" help", q.key), q.help.deref()));
            for o in q.options.iter() {
                out.push((format!("question \"{}\" option", q.key), o.label.deref()));
                if let Some(how) = &o.how {
                    out.push((
                        format!("question \"{}\" option how", q.key),
                        how.text.deref(),
                    ));
                }
            }
            if let Some(p) = &q.employee {
                out.push((
                    format!("question \"{}\" employee text", q.key),
                    p.text.deref(),
                ));
                out.push((
                    format!("question \"{}\" employee help", q.key),
                    p.help.deref(),
                ));
                for l in p.labels.iter() {
                    out.push((format!("question \"{}\" employee label", q.key), l.deref()));
                }
            }
        }
        for (i, r) in m.rules.iter().enumerate() {
            out.push((format!("rule {i} ({})", r.scenario), r.text.deref()));
        }
        for n in m.notes.iter() {
            out.push((format!("note \"{}\"", n.id), n.text.deref()));
        }
        for (at, f) in m.employee.facts() {
            out.push((at, f.text.deref()));
        }
        out
    }

    /// The same texts as [`Model::texts`], in the same order, to be replaced: what
    /// `AutopilotAdvisor.model(lang)` translates (a test keeps the two in step).
    pub fn texts_mut(&mut self) -> Vec<&mut Text> {
        let m = self;
        let mut out = vec![
            &mut m.meta.title,
            &mut m.meta.seed_title,
            &mut m.meta.applies_to,
        ];
        for s in m.sources.to_mut() {
            out.push(&mut s.page);
            out.push(&mut s.section);
        }
        out.extend(m.about.to_mut().iter_mut().map(|f| &mut f.text));
        for s in m.scenarios.to_mut() {
            out.extend([
                &mut s.name,
                &mut s.short,
                &mut s.purpose,
                &mut s.description,
            ]);
            for facts in [&mut s.pros, &mut s.cons, &mut s.guide, &mut s.prerequisites] {
                out.extend(facts.to_mut().iter_mut().map(|f| &mut f.text));
            }
            out.extend(s.walkthroughs.to_mut().iter_mut().map(|l| &mut l.label));
        }
        out.extend(m.capabilities.to_mut().iter_mut().map(|c| &mut c.label));
        for q in m.questions.to_mut() {
            out.push(&mut q.text);
            out.push(&mut q.help);
            for o in q.options.to_mut() {
                out.push(&mut o.label);
                if let Some(how) = &mut o.how {
                    out.push(&mut how.text);
                }
            }
            if let Some(p) = &mut q.employee {
                out.push(&mut p.text);
                out.push(&mut p.help);
                out.extend(p.labels.to_mut().iter_mut());
            }
        }
        out.extend(m.rules.to_mut().iter_mut().map(|r| &mut r.text));
        out.extend(m.notes.to_mut().iter_mut().map(|n| &mut n.text));
        out.extend(m.employee.facts_mut());
        out
    }
}

impl Employee {
    /// Every fact of the employee view, as (where, fact), in one fixed order.
    pub fn facts(&self) -> Vec<(String, &Fact)> {
        let mut out = Vec::new();
        for (what, list) in [
            ("ready", &self.ready),
            ("trouble", &self.trouble),
            ("warnings", &self.warnings),
            ("it_first", &self.it_first),
        ] {
            for (i, f) in list.iter().enumerate() {
                out.push((format!("employee {what}[{i}]"), f));
            }
        }
        out.push(("employee nothing_fits".to_owned(), &self.nothing_fits));
        out.push(("employee undecided".to_owned(), &self.undecided));
        for c in self.checklists.iter() {
            out.push((format!("checklist \"{}\" time", c.scenario), &c.time));
            for (what, list) in [("steps", &c.steps), ("it_first", &c.it_first)] {
                for (i, f) in list.iter().enumerate() {
                    out.push((format!("checklist \"{}\" {what}[{i}]", c.scenario), f));
                }
            }
        }
        out
    }

    /// The same facts' texts as [`Employee::facts`], in the same order, to be replaced.
    pub fn facts_mut(&mut self) -> Vec<&mut Text> {
        let mut out = Vec::new();
        for list in [
            &mut self.ready,
            &mut self.trouble,
            &mut self.warnings,
            &mut self.it_first,
        ] {
            out.extend(list.to_mut().iter_mut().map(|f| &mut f.text));
        }
        out.push(&mut self.nothing_fits.text);
        out.push(&mut self.undecided.text);
        for c in self.checklists.to_mut() {
            out.push(&mut c.time.text);
            for list in [&mut c.steps, &mut c.it_first] {
                out.extend(list.to_mut().iter_mut().map(|f| &mut f.text));
            }
        }
        out
    }

    /// Every fact of the employee view, to be resolved by the build.
    pub fn facts_all_mut(&mut self) -> Vec<&mut Fact> {
        let mut out = Vec::new();
        for list in [
            &mut self.ready,
            &mut self.trouble,
            &mut self.warnings,
            &mut self.it_first,
        ] {
            out.extend(list.to_mut().iter_mut());
        }
        out.push(&mut self.nothing_fits);
        out.push(&mut self.undecided);
        for c in self.checklists.to_mut() {
            out.push(&mut c.time);
            for list in [&mut c.steps, &mut c.it_first] {
                out.extend(list.to_mut().iter_mut());
            }
        }
        out
    }

    /// The checklist of one scenario.
    pub fn checklist(&self, scenario: ScenarioIx) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.scenario.ix() == scenario)
    }
}

impl Question {
    /// The option a name stands for: its value, or one of its older names.
    pub fn value_ix(&self, value: &str) -> Option<ValueIx> {
        self.options
            .iter()
            .position(|o| o.value == value || o.aliases.iter().any(|a| a == value))
            .map(|i| i as ValueIx)
    }

    /// Whether the what-if may suggest this answer: any option of a choice; of a fact, only an
    /// option that says how it would come true.
    pub fn suggestible(&self, value: ValueIx) -> bool {
        self.kind == QuestionKind::Choice || self.options[usize::from(value)].how.is_some()
    }

    pub fn allowed_values(&self) -> impl Iterator<Item = &str> {
        self.options.iter().map(|o| &*o.value)
    }
}

/// The build script bakes with the same databake this crate derives for.
#[cfg(feature = "bake")]
pub use databake;

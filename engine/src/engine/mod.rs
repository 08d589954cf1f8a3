//! The decision engine: answers in, a verdict per scenario out. Pure Rust over the baked model:
//! it knows nothing about Yew, the DOM or JavaScript, and compiles and tests natively.
//!
//! How a verdict is reached (the rules themselves are data in `model.toml`):
//! 1. Answers to questions that do not apply (their `ask_when` fails) are ignored.
//! 2. For each scenario, every rule whose `when` matches fires. An `exclude` rule makes the
//!    scenario unsuitable; `favour` and `disfavour` add or take away their weight.
//! 3. Existing devices also needs a deployment mode that can run after it (`then`): the
//!    candidates are assessed with the follow-up rules, and the best one is named.
//! 4. A scenario is recommended only when it has the highest score among the suitable ones and
//!    no unanswered question could still exclude it. Where several share that score and none of
//!    them can still be excluded, the model's `tie_order` picks one and names the others.
//! 5. When nothing is suitable, `changes` lists the smallest sets of changed answers that make
//!    some scenario suitable.
//!
//! An organization's [`Policy`] can take scenarios off the table and lock answers; locked
//! answers are never suggested as changes.

mod answers;
mod assess;
mod changes;
pub mod employee;
mod names;

pub use answers::{AnswerError, Answers, LINK_PREFIX};
pub use assess::{applies, effective, Policy, QuestionSet};
pub use changes::{only_choices, what_if, Change, ChangeGroup, ChangedAnswers, MAX_CHANGED};

use assess::{all_match, assess_all, fired_rules, leading, not_ruled_out, set_bits};

use std::borrow::Cow;

use crate::model::{
    Condition, Effect, Fact, NoteIx, Rule, ScenarioIx, Source, MODEL, QUESTION_COUNT,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Recommended,
    Suitable,
    Unsuitable,
}

/// Why a scenario fits or not: one fired rule, with its source and the answers behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub text: &'static str,
    pub source: &'static Source,
    /// The seed's section this reason departs from, when it follows a newer page.
    pub departs_from: Option<&'static Source>,
    /// The conditions of the rule.
    pub when: &'static [Condition],
    pub effect: Effect,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioResult {
    pub scenario: ScenarioIx,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    /// For an unsuitable scenario: the questions whose answers exclude it.
    pub blocked_by: QuestionSet,
    /// Sum of favour and disfavour weights; ranks suitable scenarios.
    pub score: i32,
    /// Unanswered questions that could still exclude this scenario.
    pub pending: QuestionSet,
    /// For Existing devices: the deployment mode that runs afterwards.
    pub then: Option<ScenarioIx>,
    /// Bits over the scenario's prerequisites: those [`ScenarioResult::prerequisites`] lists
    /// (a set, not a list, so evaluating allocates nothing for them).
    listed_prerequisites: u64,
}

impl ScenarioResult {
    /// Its reasons of one kind (why it fits, the steps, the trade-offs, what rules it out), in
    /// the order the evaluation lists them.
    pub fn reasons_of(&self, effect: Effect) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(move |r| r.effect == effect)
    }

    /// The scenario's prerequisites that can matter for these answers: those whose `when` no
    /// answer rules out ("Before you start"), in the model's order.
    pub fn prerequisites(&self) -> impl Iterator<Item = &'static Fact> {
        let facts = &MODEL.scenarios[self.scenario].prerequisites;
        set_bits(self.listed_prerequisites).map(move |i| &facts[i])
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct NoteResult {
    pub note: NoteIx,
    pub text: &'static str,
    pub source: &'static Source,
    pub departs_from: Option<&'static Source>,
    pub when: &'static [Condition],
    /// Shown above the advice, not among the notes after it.
    pub warning: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// One per scenario, in the model's fixed order.
    pub scenarios: Vec<ScenarioResult>,
    pub recommended: Option<ScenarioIx>,
    /// The suitable scenario that ranks highest, recommended or not yet: alone, or first in the
    /// model's tie order when the tie is final.
    pub leading: Option<ScenarioIx>,
    /// Suitable scenarios that score as high as `leading`, which won by the tie order.
    pub tied_with: Vec<ScenarioIx>,
    /// For Existing devices, when it is suitable: the deployment mode that runs after it.
    pub then: Option<ScenarioIx>,
    pub notes: Vec<NoteResult>,
    /// When no scenario is suitable: the smallest sets of changed answers that open one.
    pub changes: Vec<Change>,
    /// `changes` grouped by the answers they set, each with every scenario it opens: what the
    /// panel lists.
    pub change_groups: Vec<ChangeGroup>,
    /// Per question (model order): whether it applies to these answers, so it is asked. The
    /// questionnaire and the summary show these.
    pub asked: [bool; QUESTION_COUNT],
}

/// Where the advice stands, decided once: the panel's status line and body and the summary's
/// headline all say this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// One scenario fits best and no open answer could still rule it out.
    Recommended(ScenarioIx),
    /// No scenario fits these answers (`changes` says what would open one).
    NothingFits,
    /// One scenario fits best so far; open answers could still rule it out (its `pending`).
    Leading(ScenarioIx),
    /// Nothing is ruled out yet: every scenario still fits.
    Open,
    /// Several scenarios fit and none leads yet.
    SeveralFit(usize),
}

impl Evaluation {
    /// The scenarios that fit these answers (recommended or suitable), in the model's order.
    pub fn suitable(&self) -> impl Iterator<Item = &ScenarioResult> {
        self.scenarios
            .iter()
            .filter(|s| s.verdict != Verdict::Unsuitable)
    }

    pub fn standing(&self) -> Standing {
        let suitable = self.suitable().count();
        match (self.recommended, self.leading) {
            (Some(r), _) => Standing::Recommended(r),
            _ if suitable == 0 => Standing::NothingFits,
            (None, Some(l)) => Standing::Leading(l),
            _ if suitable == self.scenarios.len() => Standing::Open,
            _ => Standing::SeveralFit(suitable),
        }
    }
}

impl Reason {
    /// The organization's profile takes the scenario off the table (no rule of the model).
    pub fn is_not_offered(&self) -> bool {
        std::ptr::eq(self.source, &ORGANIZATION)
    }
}

impl NoteResult {
    /// The note's id, for the page (`data-note`) and the API.
    pub fn id(&self) -> &'static str {
        names::note_id(self.note)
    }
}

/// The reason a scenario the organization does not offer is out, as the JavaScript API gives
/// it (`mount()`'s `onChange`, the element's `result`): English, like the API's error messages,
/// since the engine speaks no language. The widget shows neither text nor source: it says
/// `words::NOT_OFFERED` in its own language ([`Reason::is_not_offered`]).
static ORGANIZATION: Source = Source {
    id: Cow::Borrowed("organization"),
    page: Cow::Borrowed("Your organization's profile"),
    section: Cow::Borrowed("Scenarios offered"),
    url: Cow::Borrowed(""),
    date: None,
};
const NOT_OFFERED: &str = "Your organization doesn't offer this scenario.";

fn reason(rule: &'static Rule) -> Reason {
    Reason {
        text: &rule.text,
        source: MODEL.source(&rule.source),
        departs_from: rule.departs_from.as_ref().map(|d| MODEL.source(d)),
        when: &rule.when,
        effect: rule.effect,
    }
}

pub fn evaluate(answers: &Answers) -> Evaluation {
    evaluate_with(answers, &Policy::default())
}

/// [`evaluate`] under an organization's policy.
pub fn evaluate_with(answers: &Answers, policy: &Policy) -> Evaluation {
    let answers = effective(answers);
    let all = assess_all(&answers, policy);
    let (leading, tied) = leading(&all);
    let recommended = leading.filter(|&s| all[s].pending.is_empty());

    let scenarios = all
        .iter()
        .enumerate()
        .map(|(s, a)| {
            // Exclusions first, then favours, disfavours and steps: the order the rules are
            // baked in. Borrowed rules (a follow-up's exclusions or drawbacks) join their kind;
            // the sort below is stable, so each kind keeps the model's order.
            let mut reasons: Vec<Reason> = a
                .borrowed
                .iter()
                .copied()
                .chain(fired_rules(s, a.fired))
                .map(reason)
                .collect();
            if !a.borrowed.is_empty() {
                // A stable insertion sort by kind: a handful of reasons, and std's sort costs
                // the wasm about 3 KB of code.
                for i in 1..reasons.len() {
                    let mut j = i;
                    while j > 0 && (reasons[j - 1].effect as u8) > (reasons[j].effect as u8) {
                        reasons.swap(j - 1, j);
                        j -= 1;
                    }
                }
            }
            if a.not_offered {
                reasons.insert(
                    0,
                    Reason {
                        text: NOT_OFFERED,
                        source: &ORGANIZATION,
                        departs_from: None,
                        when: &[],
                        effect: Effect::Exclude,
                    },
                );
            }
            ScenarioResult {
                scenario: s,
                verdict: if a.excluded {
                    Verdict::Unsuitable
                } else if recommended == Some(s) {
                    Verdict::Recommended
                } else {
                    Verdict::Suitable
                },
                reasons,
                blocked_by: a.blocked_by,
                score: a.score,
                pending: a.pending,
                then: a.then,
                listed_prerequisites: MODEL.scenarios[s]
                    .prerequisites
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| not_ruled_out(&f.when, &answers))
                    .fold(0, |bits, (i, _)| bits | 1 << i),
            }
        })
        .collect::<Vec<_>>();

    let then = all.iter().find_map(|a| a.then);
    let notes = MODEL
        .notes
        .iter()
        .enumerate()
        .filter(|(_, n)| all_match(&n.when, &answers))
        .map(|(ix, n)| NoteResult {
            note: ix,
            text: &n.text,
            source: MODEL.source(&n.source),
            departs_from: n.departs_from.as_ref().map(|d| MODEL.source(d)),
            when: &n.when,
            warning: n.warning,
        })
        .collect();
    let changes = if all.iter().all(|a| a.excluded) {
        changes::smallest_changes(&answers, policy)
    } else {
        Vec::new()
    };

    Evaluation {
        scenarios,
        recommended,
        leading,
        tied_with: tied,
        then,
        notes,
        change_groups: changes::group(&changes),
        changes,
        asked: std::array::from_fn(|q| applies(&answers, q)),
    }
}

/// Evaluates answers given by name, as the JavaScript API and tests do.
pub fn evaluate_named<'a>(
    pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) -> Result<Evaluation, AnswerError> {
    Answers::from_pairs(pairs).map(|a| evaluate(&a))
}

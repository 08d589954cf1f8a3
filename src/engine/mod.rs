//! The decision engine: answers in, a verdict per scenario out. Pure Rust over the baked model:
//! it knows nothing about Yew, the DOM or JavaScript, and compiles and tests natively.
//!
//! How a verdict is reached (the rules themselves are data in `model.toml`):
//! 1. Answers to questions that do not apply (their `ask_when` fails) are ignored.
//! 2. For each scenario, every rule whose `when` matches fires. An `exclude` rule makes the
//!    scenario unsuitable; `favour` and `disfavour` add or take away their weight.
//! 3. Existing devices also needs a deployment mode that can run after it (`then`): the
//!    candidates are assessed with the follow-up rules, and the best one is named.
//! 4. A scenario is recommended only when it alone has the highest score among the suitable
//!    ones and no unanswered question could still exclude it.
//! 5. When nothing is suitable, `changes` lists the smallest sets of changed answers that make
//!    some scenario suitable.
//!
//! An organization's [`Policy`] can take scenarios off the table and lock answers; locked
//! answers are never suggested as changes.

mod answers;
mod changes;

pub use answers::{AnswerError, Answers};
pub use changes::Change;

use crate::model::{
    Condition, Effect, QuestionIx, Rule, RuleContext, ScenarioIx, Source, MODEL, SCENARIO_COUNT,
};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Recommended,
    Suitable,
    Unsuitable,
}

/// Why a scenario fits or not: one fired rule, with its source and the answers behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub text: &'static str,
    pub source: &'static Source,
    pub keys: Vec<&'static str>,
    pub effect: Effect,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioResult {
    pub id: &'static str,
    pub verdict: Verdict,
    pub reasons: Vec<Reason>,
    /// For an unsuitable scenario: the answer keys that exclude it.
    pub blocked_by: Vec<&'static str>,
    /// Sum of favour and disfavour weights; ranks suitable scenarios.
    pub score: i32,
    /// Unanswered questions that could still exclude this scenario.
    pub pending: Vec<&'static str>,
    /// For Existing devices: the deployment mode that runs afterwards.
    pub then: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteResult {
    pub id: &'static str,
    pub text: &'static str,
    pub source: &'static Source,
    pub keys: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// One per scenario, in the model's fixed order.
    pub scenarios: Vec<ScenarioResult>,
    pub recommended: Option<&'static str>,
    /// The suitable scenario that alone ranks highest, recommended or not yet.
    pub leading: Option<&'static str>,
    /// For Existing devices, when it is suitable: the deployment mode that runs after it.
    pub then: Option<&'static str>,
    pub notes: Vec<NoteResult>,
    /// When no scenario is suitable: the smallest sets of changed answers that open one.
    pub changes: Vec<Change>,
}

impl Evaluation {
    pub fn scenario(&self, id: &str) -> Option<&ScenarioResult> {
        self.scenarios.iter().find(|s| s.id == id)
    }
}

/// What an organization's profile imposes on the decision.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policy {
    /// Answers the user cannot change: never part of a suggested change.
    pub locked: Vec<QuestionIx>,
    /// Scenarios the organization does not offer: always unsuitable.
    pub not_offered: [bool; SCENARIO_COUNT],
}

/// Cited for a scenario the organization does not offer.
pub static ORGANIZATION: Source = Source {
    id: "organization",
    page: "Your organization's profile",
    section: "Scenarios offered",
    url: "",
};
const NOT_OFFERED: &str = "Your organization doesn't offer this scenario.";

/// Whether a question applies, given the answers to the questions before it.
pub fn applies(answers: &Answers, question: QuestionIx) -> bool {
    all_match(MODEL.questions[question].ask_when, answers)
}

/// The answers the engine works on: those to questions that do not apply are dropped.
pub fn effective(answers: &Answers) -> Answers {
    let mut out = *answers;
    for q in 0..MODEL.questions.len() {
        // ask_when names only earlier questions, so `out` is already settled for them.
        if !applies(&out, q) {
            out.set(q, None);
        }
    }
    out
}

fn matches(condition: &Condition, answers: &Answers) -> bool {
    answers
        .get(condition.question)
        .is_some_and(|v| condition.values.contains(&v))
}

fn all_match(conditions: &[Condition], answers: &Answers) -> bool {
    conditions.iter().all(|c| matches(c, answers))
}

fn key_names(conditions: &[Condition]) -> Vec<&'static str> {
    conditions
        .iter()
        .map(|c| MODEL.questions[c.question].key)
        .collect()
}

/// One scenario weighed against the answers, before the recommendation is picked.
#[derive(Debug, Clone)]
struct Assessment {
    fired: Vec<&'static Rule>,
    excluded: bool,
    score: i32,
    blocked_by: Vec<QuestionIx>,
    pending: Vec<QuestionIx>,
    then: Option<ScenarioIx>,
    not_offered: bool,
}

fn in_context(rule: &Rule, context: RuleContext) -> bool {
    rule.context == RuleContext::Any || rule.context == context
}

fn assess(scenario: ScenarioIx, answers: &Answers, context: RuleContext) -> Assessment {
    let rules = MODEL
        .rules
        .iter()
        .filter(|r| r.scenario == scenario && in_context(r, context));
    let mut a = Assessment {
        fired: Vec::new(),
        excluded: false,
        score: 0,
        blocked_by: Vec::new(),
        pending: Vec::new(),
        then: None,
        not_offered: false,
    };
    for rule in rules {
        if all_match(rule.when, answers) {
            a.fired.push(rule);
            match rule.effect {
                Effect::Exclude => {
                    a.excluded = true;
                    a.blocked_by.extend(rule.when.iter().map(|c| c.question));
                }
                Effect::Favour => a.score += rule.weight,
                Effect::Disfavour => a.score -= rule.weight,
                Effect::Info => {}
            }
        } else if rule.effect == Effect::Exclude && could_still_match(rule.when, answers) {
            a.pending.extend(
                rule.when
                    .iter()
                    .map(|c| c.question)
                    .filter(|&q| answers.get(q).is_none() && applies(answers, q)),
            );
        }
    }
    a.blocked_by.sort_unstable();
    a.blocked_by.dedup();
    a.pending.sort_unstable();
    a.pending.dedup();
    a
}

/// No answered key contradicts the conditions, and at least one key is still open.
fn could_still_match(conditions: &[Condition], answers: &Answers) -> bool {
    conditions
        .iter()
        .all(|c| answers.get(c.question).is_none() || matches(c, answers))
        && conditions.iter().any(|c| answers.get(c.question).is_none())
}

/// Every scenario assessed on effective answers, follow-up deployments included.
fn assess_all(answers: &Answers, policy: &Policy) -> Vec<Assessment> {
    let mut all: Vec<Assessment> = (0..SCENARIO_COUNT)
        .map(|s| assess(s, answers, RuleContext::Direct))
        .collect();
    for (s, a) in all.iter_mut().enumerate() {
        if policy.not_offered[s] {
            a.excluded = true;
            a.not_offered = true;
        }
    }
    for (s, scenario) in MODEL.scenarios.iter().enumerate() {
        if scenario.then_candidates.is_empty() || all[s].excluded {
            continue;
        }
        let follow: Vec<(ScenarioIx, Assessment)> = scenario
            .then_candidates
            .iter()
            .filter(|&&c| !policy.not_offered[c])
            .map(|&c| (c, assess(c, answers, RuleContext::FollowUp)))
            .collect();
        // Ties go to the first candidate: user-driven, the only profile the reinstall's JSON
        // file carries by itself (sources: existing-devices).
        let best = follow.iter().filter(|(_, a)| !a.excluded).fold(
            None::<&(ScenarioIx, Assessment)>,
            |best, cand| match best {
                Some(b) if b.1.score >= cand.1.score => Some(b),
                _ => Some(cand),
            },
        );
        match best {
            Some((c, _)) => all[s].then = Some(*c),
            None => {
                // No deployment can run afterwards: their exclusions explain why.
                let a = &mut all[s];
                a.excluded = true;
                for (_, f) in &follow {
                    a.fired
                        .extend(f.fired.iter().filter(|r| r.effect == Effect::Exclude));
                    a.blocked_by.extend(&f.blocked_by);
                }
                a.blocked_by.sort_unstable();
                a.blocked_by.dedup();
            }
        }
    }
    all
}

/// The unique best-scored suitable scenario, if there is one.
fn leading(all: &[Assessment]) -> Option<ScenarioIx> {
    let best = all.iter().filter(|a| !a.excluded).map(|a| a.score).max()?;
    let mut tops = (0..all.len()).filter(|&s| !all[s].excluded && all[s].score == best);
    let first = tops.next()?;
    tops.next().is_none().then_some(first)
}

fn effect_order(e: Effect) -> u8 {
    match e {
        Effect::Exclude => 0,
        Effect::Favour => 1,
        Effect::Disfavour => 2,
        Effect::Info => 3,
    }
}

fn reason(rule: &Rule) -> Reason {
    Reason {
        text: rule.text,
        source: rule.source,
        keys: key_names(rule.when),
        effect: rule.effect,
    }
}

fn keys(questions: &[QuestionIx]) -> Vec<&'static str> {
    questions.iter().map(|&q| MODEL.questions[q].key).collect()
}

/// Whether each scenario is suitable: the cheap part of [`evaluate`], used by the change search.
pub(crate) fn suitability(answers: &Answers, policy: &Policy) -> [bool; SCENARIO_COUNT] {
    let all = assess_all(&effective(answers), policy);
    std::array::from_fn(|s| !all[s].excluded)
}

pub fn evaluate(answers: &Answers) -> Evaluation {
    evaluate_with(answers, &Policy::default())
}

/// [`evaluate`] under an organization's policy.
pub fn evaluate_with(answers: &Answers, policy: &Policy) -> Evaluation {
    let answers = effective(answers);
    let all = assess_all(&answers, policy);
    let leading = leading(&all);
    let recommended = leading.filter(|&s| all[s].pending.is_empty());
    let name = |s: ScenarioIx| MODEL.scenarios[s].id;

    let scenarios = all
        .iter()
        .enumerate()
        .map(|(s, a)| {
            let mut fired = a.fired.clone();
            fired.sort_by_key(|r| (effect_order(r.effect), -r.weight));
            let mut reasons: Vec<Reason> = fired.into_iter().map(reason).collect();
            if a.not_offered {
                reasons.insert(
                    0,
                    Reason {
                        text: NOT_OFFERED,
                        source: &ORGANIZATION,
                        keys: Vec::new(),
                        effect: Effect::Exclude,
                    },
                );
            }
            ScenarioResult {
                id: name(s),
                verdict: if a.excluded {
                    Verdict::Unsuitable
                } else if recommended == Some(s) {
                    Verdict::Recommended
                } else {
                    Verdict::Suitable
                },
                reasons,
                blocked_by: keys(&a.blocked_by),
                score: a.score,
                pending: keys(&a.pending),
                then: a.then.map(name),
            }
        })
        .collect::<Vec<_>>();

    let then = all.iter().find_map(|a| a.then).map(name);
    let notes = MODEL
        .notes
        .iter()
        .filter(|n| all_match(n.when, &answers))
        .map(|n| NoteResult {
            id: n.id,
            text: n.text,
            source: n.source,
            keys: key_names(n.when),
        })
        .collect();
    let changes = if all.iter().all(|a| a.excluded) {
        changes::smallest_changes(&answers, policy)
    } else {
        Vec::new()
    };

    Evaluation {
        scenarios,
        recommended: recommended.map(name),
        leading: leading.map(name),
        then,
        notes,
        changes,
    }
}

/// Evaluates answers given by name, as the JavaScript API and tests do.
pub fn evaluate_named<'a>(
    pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) -> Result<Evaluation, AnswerError> {
    Answers::from_pairs(pairs).map(|a| evaluate(&a))
}

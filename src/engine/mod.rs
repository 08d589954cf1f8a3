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
mod changes;

pub use answers::{AnswerError, Answers, LINK_PREFIX};
pub use changes::{what_if, Change, MAX_CHANGED};

use serde::Serialize;

use crate::model::{
    Condition, Effect, QuestionIx, Rule, RuleContext, ScenarioIx, Source, MODEL, SCENARIO_COUNT,
};

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
    /// The seed's section this reason departs from, when it follows a newer page.
    pub departs_from: Option<&'static Source>,
    pub keys: &'static [&'static str],
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
    pub departs_from: Option<&'static Source>,
    pub keys: &'static [&'static str],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// One per scenario, in the model's fixed order.
    pub scenarios: Vec<ScenarioResult>,
    pub recommended: Option<&'static str>,
    /// The suitable scenario that ranks highest, recommended or not yet: alone, or first in the
    /// model's tie order when the tie is final.
    pub leading: Option<&'static str>,
    /// Suitable scenarios that score as high as `leading`, which won by the tie order.
    pub tied_with: Vec<&'static str>,
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
    date: "",
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

/// A set of questions as bits, in question order: sorted and free of repeats by construction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct KeySet(u32);

const _: () = assert!(
    crate::model::QUESTION_COUNT <= 32,
    "KeySet holds 32 questions"
);

impl KeySet {
    fn insert(&mut self, q: QuestionIx) {
        self.0 |= 1 << q;
    }
    fn extend(&mut self, other: KeySet) {
        self.0 |= other.0;
    }
    fn contains(self, q: QuestionIx) -> bool {
        self.0 & (1 << q) != 0
    }
    /// The questions that apply to these (effective) answers.
    fn applicable(answers: &Answers) -> KeySet {
        let mut set = KeySet::default();
        for q in 0..MODEL.questions.len() {
            if applies(answers, q) {
                set.insert(q);
            }
        }
        set
    }
    fn keys(self) -> Vec<&'static str> {
        let mut bits = self.0;
        let mut out = Vec::new();
        while bits != 0 {
            out.push(MODEL.questions[bits.trailing_zeros() as usize].key);
            bits &= bits - 1;
        }
        out
    }
}

/// One scenario weighed against the answers, before the recommendation is picked.
#[derive(Debug, Clone)]
struct Assessment {
    /// The scenario's rules that fired, as bits over [`Model::rules_of`] (no allocation).
    fired: u64,
    /// Exclusions borrowed from follow-up candidates when none of them can run.
    borrowed: Vec<&'static Rule>,
    excluded: bool,
    score: i32,
    blocked_by: KeySet,
    pending: KeySet,
    then: Option<ScenarioIx>,
    not_offered: bool,
}

fn in_context(rule: &Rule, context: RuleContext) -> bool {
    rule.context == RuleContext::Any || rule.context == context
}

fn assess(
    scenario: ScenarioIx,
    answers: &Answers,
    applicable: KeySet,
    context: RuleContext,
) -> Assessment {
    let rules = MODEL
        .rules_of(scenario)
        .iter()
        .enumerate()
        .filter(|(_, r)| in_context(r, context));
    let mut a = Assessment {
        fired: 0,
        borrowed: Vec::new(),
        excluded: false,
        score: 0,
        blocked_by: KeySet::default(),
        pending: KeySet::default(),
        then: None,
        not_offered: false,
    };
    for (i, rule) in rules {
        if all_match(rule.when, answers) {
            a.fired |= 1 << i;
            match rule.effect {
                Effect::Exclude => {
                    a.excluded = true;
                    for c in rule.when {
                        a.blocked_by.insert(c.question);
                    }
                }
                Effect::Favour => a.score += rule.weight,
                Effect::Disfavour => a.score -= rule.weight,
                Effect::Info => {}
            }
        } else if rule.effect == Effect::Exclude && could_still_match(rule.when, answers) {
            for c in rule.when {
                if answers.get(c.question).is_none() && applicable.contains(c.question) {
                    a.pending.insert(c.question);
                }
            }
        }
    }
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
fn assess_all(answers: &Answers, policy: &Policy) -> [Assessment; SCENARIO_COUNT] {
    let applicable = KeySet::applicable(answers);
    let mut all: [Assessment; SCENARIO_COUNT] =
        std::array::from_fn(|s| assess(s, answers, applicable, RuleContext::Direct));
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
        let follow = scenario
            .then_candidates
            .iter()
            .filter(|&&c| !policy.not_offered[c])
            .map(|&c| (c, assess(c, answers, applicable, RuleContext::FollowUp)));
        let follow: Vec<(ScenarioIx, Assessment)> = follow.collect();
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
                for (c, f) in &follow {
                    a.borrowed
                        .extend(fired_rules(*c, f.fired).filter(|r| r.effect == Effect::Exclude));
                    a.blocked_by.extend(f.blocked_by);
                }
            }
        }
    }
    all
}

/// The unique best-scored suitable scenario, if there is one.
/// The best-scored suitable scenario, and the others that tie with it. A tie is broken by the
/// model's `tie_order` only when it is final: no tied scenario has an open answer that could
/// still rule it out. An open tie has no leader, so the panel asks for more answers instead.
fn leading(all: &[Assessment]) -> (Option<ScenarioIx>, Vec<ScenarioIx>) {
    let Some(best) = all.iter().filter(|a| !a.excluded).map(|a| a.score).max() else {
        return (None, Vec::new());
    };
    let mut tops: Vec<ScenarioIx> = (0..all.len())
        .filter(|&s| !all[s].excluded && all[s].score == best)
        .collect();
    if tops.len() == 1 {
        return (tops.pop(), Vec::new());
    }
    if tops.iter().any(|&s| all[s].pending != KeySet::default()) {
        return (None, Vec::new());
    }
    tops.sort_by_key(|&s| MODEL.scenarios[s].tie_rank);
    let first = tops.remove(0);
    (Some(first), tops)
}

/// The rules of `scenario` whose bits are set in `fired`.
fn fired_rules(scenario: ScenarioIx, fired: u64) -> impl Iterator<Item = &'static Rule> {
    let rules = MODEL.rules_of(scenario);
    let mut bits = fired;
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            &rules[i]
        })
    })
}

fn reason(rule: &Rule) -> Reason {
    Reason {
        text: rule.text,
        source: rule.source,
        departs_from: rule.departs_from,
        keys: rule.keys,
        effect: rule.effect,
    }
}

/// Whether an exclusion rule of `scenario` fires: the cheap question the change search asks.
fn excluded(scenario: ScenarioIx, answers: &Answers, context: RuleContext) -> bool {
    MODEL.rules_of(scenario).iter().any(|r| {
        r.effect == Effect::Exclude && in_context(r, context) && all_match(r.when, answers)
    })
}

/// Whether each scenario is suitable: [`assess_all`]'s verdicts without reasons or ranks, for
/// the change search, which asks this hundreds of times per evaluation.
pub(crate) fn suitability(answers: &Answers, policy: &Policy) -> [bool; SCENARIO_COUNT] {
    let answers = effective(answers);
    std::array::from_fn(|s| {
        if policy.not_offered[s] || excluded(s, &answers, RuleContext::Direct) {
            return false;
        }
        let candidates = MODEL.scenarios[s].then_candidates;
        candidates.is_empty()
            || candidates
                .iter()
                .any(|&c| !policy.not_offered[c] && !excluded(c, &answers, RuleContext::FollowUp))
    })
}

pub fn evaluate(answers: &Answers) -> Evaluation {
    evaluate_with(answers, &Policy::default())
}

/// [`evaluate`] under an organization's policy.
pub fn evaluate_with(answers: &Answers, policy: &Policy) -> Evaluation {
    let answers = effective(answers);
    let all = assess_all(&answers, policy);
    let (leading, tied) = leading(&all);
    let recommended = leading.filter(|&s| all[s].pending == KeySet::default());
    let name = |s: ScenarioIx| MODEL.scenarios[s].id;

    let scenarios = all
        .iter()
        .enumerate()
        .map(|(s, a)| {
            // Exclusions first, then favours, disfavours and steps: the order the rules are
            // baked in (borrowed rules are exclusions).
            let mut reasons: Vec<Reason> = a
                .borrowed
                .iter()
                .copied()
                .chain(fired_rules(s, a.fired))
                .map(reason)
                .collect();
            if a.not_offered {
                reasons.insert(
                    0,
                    Reason {
                        text: NOT_OFFERED,
                        source: &ORGANIZATION,
                        departs_from: None,
                        keys: &[],
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
                blocked_by: a.blocked_by.keys(),
                score: a.score,
                pending: a.pending.keys(),
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
            departs_from: n.departs_from,
            keys: n.keys,
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
        tied_with: tied.into_iter().map(name).collect(),
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

//! What `evaluate` and the change searches share: which questions apply, the scenarios
//! assessed against the answers (rules fired, score, exclusions, open answers that could still
//! exclude), the leader and its ties, and the cheap suitability test the searches ask often.
//! Indices throughout; names are written only when the evaluation is serialized.

use super::names::question_key;
use super::Answers;
use crate::model::{
    Condition, Effect, QuestionIx, Ref, Rule, RuleContext, ScenarioIx, MODEL, SCENARIO_COUNT,
};

/// What an organization's profile imposes on the decision.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policy {
    /// Answers the user cannot change: never part of a suggested change.
    pub locked: Vec<QuestionIx>,
    /// Scenarios the organization does not offer: always unsuitable.
    pub not_offered: [bool; SCENARIO_COUNT],
}

/// Whether a question applies, given the answers to the questions before it.
pub fn applies(answers: &Answers, question: QuestionIx) -> bool {
    all_match(&MODEL.questions[question].ask_when, answers)
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
        .get(condition.question.ix())
        .is_some_and(|v| condition.accepts(v))
}

pub(super) fn all_match(conditions: &[Condition], answers: &Answers) -> bool {
    conditions.iter().all(|c| matches(c, answers))
}

/// A set of questions as bits, in question order: sorted and free of repeats by construction.
/// The API shows it as the questions' keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuestionSet(u32);

const _: () = assert!(
    crate::model::QUESTION_COUNT <= 32,
    "QuestionSet holds 32 questions"
);

impl QuestionSet {
    fn insert(&mut self, q: QuestionIx) {
        self.0 |= 1 << q;
    }
    fn extend(&mut self, other: QuestionSet) {
        self.0 |= other.0;
    }
    pub fn contains(self, q: QuestionIx) -> bool {
        self.0 & (1 << q) != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The questions in the set, in question order.
    pub fn iter(self) -> impl Iterator<Item = QuestionIx> {
        set_bits(self.0.into())
    }
    /// The questions' keys, in question order: the set as the API and the tests name it.
    pub fn keys(self) -> impl Iterator<Item = &'static str> {
        self.iter().map(question_key)
    }
    /// The questions that apply to these (effective) answers.
    fn applicable(answers: &Answers) -> QuestionSet {
        let mut set = QuestionSet::default();
        for q in 0..MODEL.questions.len() {
            if applies(answers, q) {
                set.insert(q);
            }
        }
        set
    }
}

/// One scenario weighed against the answers, before the recommendation is picked.
#[derive(Debug, Clone)]
pub(super) struct Assessment {
    /// The scenario's rules that fired, as bits over [`Model::rules_of`] (no allocation).
    pub(super) fired: u64,
    /// Rules borrowed from follow-up candidates: their exclusions when none of them can run,
    /// or the drawbacks of the one that runs when they outweigh its merits.
    pub(super) borrowed: Vec<&'static Rule>,
    pub(super) excluded: bool,
    pub(super) score: i32,
    pub(super) blocked_by: QuestionSet,
    pub(super) pending: QuestionSet,
    pub(super) then: Option<ScenarioIx>,
    pub(super) not_offered: bool,
}

fn in_context(rule: &Rule, context: RuleContext) -> bool {
    rule.context == RuleContext::Any || rule.context == context
}

fn assess(
    scenario: ScenarioIx,
    answers: &Answers,
    applicable: QuestionSet,
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
        blocked_by: QuestionSet::default(),
        pending: QuestionSet::default(),
        then: None,
        not_offered: false,
    };
    for (i, rule) in rules {
        if all_match(&rule.when, answers) {
            a.fired |= 1 << i;
            match rule.effect {
                Effect::Exclude => {
                    a.excluded = true;
                    for c in rule.when.iter() {
                        a.blocked_by.insert(c.question.ix());
                    }
                }
                Effect::Favour => a.score += rule.weight.unwrap_or(0),
                Effect::Disfavour => a.score -= rule.weight.unwrap_or(0),
                Effect::Info => {}
            }
        } else if rule.effect == Effect::Exclude && could_still_match(&rule.when, answers) {
            for c in rule.when.iter() {
                let q = c.question.ix();
                if answers.get(q).is_none() && applicable.contains(q) {
                    a.pending.insert(q);
                }
            }
        }
    }
    a
}

/// No answered key contradicts the conditions: they match, or could once the open keys are
/// answered.
pub(super) fn not_ruled_out(conditions: &[Condition], answers: &Answers) -> bool {
    conditions
        .iter()
        .all(|c| answers.get(c.question.ix()).is_none() || matches(c, answers))
}

/// No answered key contradicts the conditions, and at least one key is still open.
fn could_still_match(conditions: &[Condition], answers: &Answers) -> bool {
    not_ruled_out(conditions, answers)
        && conditions
            .iter()
            .any(|c| answers.get(c.question.ix()).is_none())
}

/// Every scenario assessed on effective answers, follow-up deployments included.
pub(super) fn assess_all(answers: &Answers, policy: &Policy) -> [Assessment; SCENARIO_COUNT] {
    let applicable = QuestionSet::applicable(answers);
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
            .map(Ref::ix)
            .filter(|&c| !policy.not_offered[c])
            .map(|c| (c, assess(c, answers, applicable, RuleContext::FollowUp)));
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
            Some((c, f)) => {
                // The mode that runs afterwards must fit too: where its drawbacks outweigh its
                // merits, the balance counts against this scenario, with those drawbacks as
                // reasons. Its merits add nothing (this scenario's own rules weigh the device
                // in use), and taking the best candidate keeps an answer that opens one more
                // from ever lowering the score (the choice is written beside `then_candidates` in
                // model.toml).
                let a = &mut all[s];
                a.then = Some(*c);
                if f.score < 0 {
                    a.score += f.score;
                    a.borrowed
                        .extend(fired_rules(*c, f.fired).filter(|r| r.effect == Effect::Disfavour));
                }
            }
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

/// The best-scored suitable scenario, and the others that tie with it. A tie is broken by the
/// model's `tie_order` only when it is final: no tied scenario has an open answer that could
/// still rule it out. An open tie has no leader, so the panel asks for more answers instead.
pub(super) fn leading(all: &[Assessment]) -> (Option<ScenarioIx>, Vec<ScenarioIx>) {
    let Some(best) = all.iter().filter(|a| !a.excluded).map(|a| a.score).max() else {
        return (None, Vec::new());
    };
    let mut tops: Vec<ScenarioIx> = (0..all.len())
        .filter(|&s| !all[s].excluded && all[s].score == best)
        .collect();
    if tops.len() == 1 {
        return (tops.pop(), Vec::new());
    }
    if tops.iter().any(|&s| !all[s].pending.is_empty()) {
        return (None, Vec::new());
    }
    // The model's `tie_order` names every scenario once (the build checks), so walking it
    // lists the tied ones in that order; no sort, whose code cost the wasm 2.1 KB gzipped.
    let mut tied = MODEL
        .meta
        .tie_order
        .iter()
        .map(|r| r.ix())
        .filter(|s| tops.contains(s));
    let first = tied.next();
    (first, tied.collect())
}

/// The positions of the bits set in `bits`, lowest first: how the engine walks its sets of
/// questions, fired rules and listed prerequisites without allocating.
pub(super) fn set_bits(mut bits: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            i
        })
    })
}

/// The rules of `scenario` whose bits are set in `fired`.
pub(super) fn fired_rules(scenario: ScenarioIx, fired: u64) -> impl Iterator<Item = &'static Rule> {
    let rules = MODEL.rules_of(scenario);
    set_bits(fired).map(move |i| &rules[i])
}

/// Whether an exclusion rule of `scenario` fires: the cheap question the change search asks.
fn excluded(scenario: ScenarioIx, answers: &Answers, context: RuleContext) -> bool {
    MODEL.rules_of(scenario).iter().any(|r| {
        r.effect == Effect::Exclude && in_context(r, context) && all_match(&r.when, answers)
    })
}

/// Whether each scenario is suitable: [`assess_all`]'s verdicts without reasons or ranks, for
/// the change search, which asks this hundreds of times per evaluation.
pub(super) fn suitability(answers: &Answers, policy: &Policy) -> [bool; SCENARIO_COUNT] {
    let answers = effective(answers);
    std::array::from_fn(|s| {
        if policy.not_offered[s] || excluded(s, &answers, RuleContext::Direct) {
            return false;
        }
        let candidates = &MODEL.scenarios[s].then_candidates;
        candidates.is_empty()
            || candidates
                .iter()
                .map(Ref::ix)
                .any(|c| !policy.not_offered[c] && !excluded(c, &answers, RuleContext::FollowUp))
    })
}

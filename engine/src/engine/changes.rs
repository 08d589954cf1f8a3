//! The "what would have to change" searches: [`smallest_changes`], run when no scenario is
//! suitable, and [`what_if`], the same search made for every scenario that is not suitable.

use super::assess::{assess_all, effective, leading, suitability, Policy};
use super::names;
use super::Answers;
use crate::model::{QuestionIx, QuestionKind, ScenarioIx, ValueIx, MODEL, SCENARIO_COUNT};

/// A set of changed answers and the scenario it makes suitable. The engine keeps indices; the
/// API shows names (`{ scenario: "reset", set: { device: "existing" } }`, src/embed/shape.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub scenario: ScenarioIx,
    /// (question, new value), in question order.
    pub set: ChangedAnswers,
}

/// (question, new value) pairs, in question order.
pub type ChangedAnswers = Vec<(QuestionIx, ValueIx)>;

/// Changes that set the same answers, and every scenario that set opens: how the panel lists
/// them when nothing fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeGroup {
    pub set: ChangedAnswers,
    /// In the order the changes were found (model order).
    pub opens: Vec<ScenarioIx>,
}

impl Change {
    /// The scenario's id, for the API and the tests.
    pub fn scenario_id(&self) -> &'static str {
        names::scenario_id(self.scenario)
    }

    /// Whether a click may apply the set: it changes only choices. A set that needs a fact to
    /// change (the device registered, Windows upgraded) is said, not applied.
    pub fn applicable(&self) -> bool {
        only_choices(&self.set)
    }

    /// The set as (key, value) names, for the API and the tests.
    pub fn named_set(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.set.iter().map(|&(q, v)| Answers::names(q, v))
    }
}

/// Whether a set of changed answers touches choices only (see [`Change::applicable`]).
pub fn only_choices(set: &ChangedAnswers) -> bool {
    set.iter()
        .all(|&(q, _)| MODEL.questions[q].kind == QuestionKind::Choice)
}

/// Groups changes by the answers they set, keeping the order they came in.
pub(super) fn group(changes: &[Change]) -> Vec<ChangeGroup> {
    let mut groups: Vec<ChangeGroup> = Vec::new();
    for c in changes {
        match groups.iter_mut().find(|g| g.set == c.set) {
            Some(g) => g.opens.push(c.scenario),
            None => groups.push(ChangeGroup {
                set: c.set.clone(),
                opens: vec![c.scenario],
            }),
        }
    }
    groups
}

/// Larger sets are rarely useful advice and grow the search quickly.
pub const MAX_CHANGED: usize = 3;
const MAX_LISTED: usize = 12;

/// The smallest sets of changed answers (only answered, applicable questions change) that make
/// at least one scenario suitable. All sets of the smallest size that works are listed.
/// Locked answers never change. `answers` are effective answers (what `evaluate_with` holds).
pub fn smallest_changes(answers: &Answers, policy: &Policy) -> Vec<Change> {
    let answered = changeable(answers, policy);
    for size in 1..=MAX_CHANGED.min(answered.len()) {
        // One list per scenario, so the advice reads scenario by scenario.
        let mut found: Vec<Vec<Change>> = vec![Vec::new(); MODEL.scenarios.len()];
        for_each_change(answers, &answered, size, &mut |keys, changed, values| {
            let open = suitability(changed, policy);
            for s in (0..SCENARIO_COUNT).filter(|&s| open[s]) {
                found[s].push(Change {
                    scenario: s,
                    set: changed_answers(keys, values),
                });
            }
        });
        if found.iter().any(|f| !f.is_empty()) {
            let mut all: Vec<Change> = found.into_iter().flatten().collect();
            all.truncate(MAX_LISTED);
            return all;
        }
    }
    Vec::new()
}

/// For each scenario (model order): None when it is suitable already or nothing within
/// MAX_CHANGED changes opens it; otherwise the best smallest set of changed answers that makes
/// this scenario suitable. The rules are [`smallest_changes`]'s: only answered questions
/// change, never a locked one, and a scenario the policy does not offer gets None.
///
/// `answers` are the answers as the widget holds them, hidden ones included, and the sets are
/// searched on them, so applying a set to these same answers opens the scenario. A hidden
/// answer comes back when a change makes its question apply again (device from new to
/// existing revives the current join), so such an answer may be part of a set; it is only ever
/// there when its question applies after the change, since otherwise the set without it would
/// open the scenario too, and that smaller set is found first.
///
/// The choice among the smallest sets that open a scenario: first the sets after which the
/// scenario would be Recommended, then the highest score for it; among equals, the first found,
/// that is the first keys in question order, then the first values in option order. Ranking
/// costs one assessment per opening set, and only the few tight sets of the smallest size open.
///
/// Not part of [`evaluate`](super::evaluate): it is a search per call, for the grid alone.
pub fn what_if(answers: &Answers, policy: &Policy) -> Vec<Option<Change>> {
    let open_now = suitability(answers, policy);
    let mut wanted: [bool; SCENARIO_COUNT] =
        std::array::from_fn(|s| !open_now[s] && !policy.not_offered[s]);
    // (recommended, score) of the best set found so far, and the set.
    let mut best: [Option<((bool, i32), Change)>; SCENARIO_COUNT] = Default::default();
    let keys = changeable(answers, policy);
    for size in 1..=MAX_CHANGED.min(keys.len()) {
        if !wanted.contains(&true) {
            break;
        }
        for_each_change(answers, &keys, size, &mut |keys, changed, values| {
            let open = suitability(changed, policy);
            let mut ranks = None;
            for s in (0..SCENARIO_COUNT).filter(|&s| wanted[s] && open[s]) {
                let rank = ranks.get_or_insert_with(|| rank_all(changed, policy))[s];
                if best[s].as_ref().is_none_or(|(b, _)| rank > *b) {
                    let set = changed_answers(keys, values);
                    best[s] = Some((rank, Change { scenario: s, set }));
                }
            }
        });
        for (w, b) in wanted.iter_mut().zip(&best) {
            *w &= b.is_none();
        }
    }
    best.into_iter().map(|b| b.map(|(_, c)| c)).collect()
}

/// Per scenario: whether it is recommended under these answers, and its score.
fn rank_all(answers: &Answers, policy: &Policy) -> [(bool, i32); SCENARIO_COUNT] {
    let all = assess_all(&effective(answers), policy);
    let recommended = leading(&all).0.filter(|&s| all[s].pending.is_empty());
    std::array::from_fn(|s| (recommended == Some(s), all[s].score))
}

/// The questions a change may touch: answered and not locked. On effective answers (what
/// [`smallest_changes`] gets) every answered question applies.
fn changeable(answers: &Answers, policy: &Policy) -> Vec<QuestionIx> {
    (0..MODEL.questions.len())
        .filter(|&q| answers.get(q).is_some() && !policy.locked.contains(&q))
        .collect()
}

/// The new `values` for `keys`, paired.
fn changed_answers(keys: &[QuestionIx], values: &[ValueIx]) -> ChangedAnswers {
    keys.iter().copied().zip(values.iter().copied()).collect()
}

/// What [`for_each_change`] calls: the changed keys (in question order), the answers with the
/// change, and the new values.
type OnChange<'a> = &'a mut dyn FnMut(&[QuestionIx], &Answers, &[ValueIx]);

/// Calls `f` with every set of `size` changed answers among `keys`.
fn for_each_change(answers: &Answers, keys: &[QuestionIx], size: usize, f: OnChange<'_>) {
    for_each_subset(keys, size, &mut |subset| {
        for_each_alternative(answers, subset, &mut |changed, values| {
            f(subset, changed, values)
        });
    });
}

fn for_each_subset(items: &[QuestionIx], size: usize, f: &mut dyn FnMut(&[QuestionIx])) {
    fn go(
        items: &[QuestionIx],
        size: usize,
        chosen: &mut Vec<QuestionIx>,
        f: &mut dyn FnMut(&[QuestionIx]),
    ) {
        if chosen.len() == size {
            f(chosen);
            return;
        }
        for (i, &q) in items.iter().enumerate() {
            chosen.push(q);
            go(&items[i + 1..], size, chosen, f);
            chosen.pop();
        }
    }
    go(items, size, &mut Vec::with_capacity(size), f);
}

/// Calls `f` with every assignment of other values to `keys`.
fn for_each_alternative(
    answers: &Answers,
    keys: &[QuestionIx],
    f: &mut dyn FnMut(&Answers, &[ValueIx]),
) {
    fn go(
        answers: &Answers,
        keys: &[QuestionIx],
        values: &mut Vec<ValueIx>,
        f: &mut dyn FnMut(&Answers, &[ValueIx]),
    ) {
        let Some((&q, rest)) = keys.split_first() else {
            f(answers, values);
            return;
        };
        let current = answers.get(q);
        let question = &MODEL.questions[q];
        for v in 0..question.options.len() as ValueIx {
            // A fact changes only where the model says how it would come true.
            if Some(v) == current || !question.suggestible(v) {
                continue;
            }
            values.push(v);
            go(&answers.with(q, Some(v)), rest, values, f);
            values.pop();
        }
    }
    go(answers, keys, &mut Vec::with_capacity(keys.len()), f);
}

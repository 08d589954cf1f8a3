//! The "what would have to change" search, run when no scenario is suitable.

use super::{applies, suitability, Answers, Policy};
use crate::model::{QuestionIx, ValueIx, MODEL};

/// A set of changed answers and the scenario it makes suitable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub scenario: &'static str,
    /// (key, new value), in question order.
    pub set: Vec<(&'static str, &'static str)>,
}

/// Larger sets are rarely useful advice and grow the search quickly.
const MAX_CHANGED: usize = 3;
const MAX_LISTED: usize = 12;

/// The smallest sets of changed answers (only answered, applicable questions change) that make
/// at least one scenario suitable. All sets of the smallest size that works are listed.
/// Locked answers never change.
pub fn smallest_changes(answers: &Answers, policy: &Policy) -> Vec<Change> {
    let answered: Vec<QuestionIx> = (0..MODEL.questions.len())
        .filter(|&q| answers.get(q).is_some() && applies(answers, q) && !policy.locked.contains(&q))
        .collect();
    for size in 1..=MAX_CHANGED.min(answered.len()) {
        // One list per scenario, so the advice reads scenario by scenario.
        let mut found: Vec<Vec<Change>> = vec![Vec::new(); MODEL.scenarios.len()];
        for_each_subset(&answered, size, &mut |keys| {
            for_each_alternative(answers, keys, &mut |changed, values| {
                let open = suitability(changed, policy);
                for (s, scenario) in MODEL.scenarios.iter().enumerate() {
                    if open[s] {
                        let set = keys
                            .iter()
                            .zip(values)
                            .map(|(&q, &v)| {
                                let question = &MODEL.questions[q];
                                (question.key, question.options[v as usize].value)
                            })
                            .collect();
                        found[s].push(Change {
                            scenario: scenario.id,
                            set,
                        });
                    }
                }
            });
        });
        if found.iter().any(|f| !f.is_empty()) {
            let mut all: Vec<Change> = found.into_iter().flatten().collect();
            all.truncate(MAX_LISTED);
            return all;
        }
    }
    Vec::new()
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
        for v in 0..MODEL.questions[q].options.len() as ValueIx {
            if Some(v) == current {
                continue;
            }
            values.push(v);
            go(&answers.with(q, Some(v)), rest, values, f);
            values.pop();
        }
    }
    go(answers, keys, &mut Vec::with_capacity(keys.len()), f);
}

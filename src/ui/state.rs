//! The widget's one piece of state, the answers, and the actions that change it.

use crate::engine::Answers;
use crate::model::{QuestionIx, ValueIx};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdvisorState {
    /// Kept even for questions that are hidden now, so changing an earlier answer back
    /// restores them; the engine ignores answers to questions that do not apply.
    pub answers: Answers,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Answer(QuestionIx, Option<ValueIx>),
    /// Several answers at once, as a suggested change gives them.
    Apply(Vec<(QuestionIx, ValueIx)>),
    /// Every answered value of these answers, over what is there (an organization's preset).
    Preset(Answers),
    /// Back to these answers alone (the preset, or nothing).
    StartOver(Answers),
}

impl Reducible for AdvisorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut answers = self.answers;
        match action {
            Action::Answer(q, v) => answers.set(q, v),
            Action::Apply(changes) => {
                for (q, v) in changes {
                    answers.set(q, Some(v));
                }
            }
            Action::Preset(preset) => {
                for q in 0..crate::model::QUESTION_COUNT {
                    if let Some(v) = preset.get(q) {
                        answers.set(q, Some(v));
                    }
                }
            }
            Action::StartOver(to) => answers = to,
        }
        if answers == self.answers {
            return self;
        }
        Rc::new(AdvisorState { answers })
    }
}

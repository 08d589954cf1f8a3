//! The widget's one piece of state, the answers (and the answers an applied suggestion replaced,
//! for Undo), and the actions that change it.

use crate::engine::Answers;
use crate::model::{QuestionIx, ScenarioIx, ValueIx};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AdvisorState {
    /// Kept even for questions that are hidden now, so changing an earlier answer back
    /// restores them; the engine ignores answers to questions that do not apply.
    pub answers: Answers,
    /// After a "what-if" change: the answers before it and the scenario it opened. Any other
    /// action forgets it, so Undo never jumps over a person's own later answers.
    pub undo: Option<(Answers, ScenarioIx)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Answer(QuestionIx, Option<ValueIx>),
    /// Several answers at once, as a suggested change gives them.
    Apply(Vec<(QuestionIx, ValueIx)>),
    /// A what-if change that opens this scenario; it can be undone.
    TryChange(Vec<(QuestionIx, ValueIx)>, ScenarioIx),
    /// Back to the answers before the last what-if change.
    Undo,
    /// Every answered value of these answers, over what is there (an organization's preset).
    Preset(Answers),
    /// Back to these answers alone (the preset, or nothing).
    StartOver(Answers),
}

fn set_all(answers: &mut Answers, changes: &[(QuestionIx, ValueIx)]) {
    for &(q, v) in changes {
        answers.set(q, Some(v));
    }
}

impl Reducible for AdvisorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut answers = self.answers;
        let mut undo = None;
        match action {
            Action::Answer(q, v) => answers.set(q, v),
            Action::Apply(changes) => set_all(&mut answers, &changes),
            Action::TryChange(changes, scenario) => {
                set_all(&mut answers, &changes);
                undo = Some((self.answers, scenario));
            }
            Action::Undo => {
                if let Some((before, _)) = self.undo {
                    answers = before;
                }
            }
            Action::Preset(preset) => {
                for q in 0..crate::model::QUESTION_COUNT {
                    if let Some(v) = preset.get(q) {
                        answers.set(q, Some(v));
                    }
                }
                undo = self.undo;
            }
            Action::StartOver(to) => answers = to,
        }
        if answers == self.answers && undo == self.undo {
            return self;
        }
        Rc::new(AdvisorState { answers, undo })
    }
}

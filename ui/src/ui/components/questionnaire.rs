//! The questions that apply to the answers so far, and the "Start over" button.

use super::{heading, use_language, QuestionField};
use crate::engine::{Answers, Evaluation};
use crate::i18n::words;
use crate::model::{QuestionIx, ValueIx, MODEL};
use crate::profile::Profile;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    /// The level of this section's heading (3 inside a host page, 2 on the hosted page).
    #[prop_or(3)]
    pub level: u8,
    pub id_prefix: AttrValue,
    pub answers: Answers,
    /// The evaluation of `answers`: it says which questions are asked.
    pub evaluation: Rc<Evaluation>,
    pub profile: Rc<Profile>,
    pub on_answer: Callback<(QuestionIx, Option<ValueIx>)>,
    pub on_start_over: Callback<MouseEvent>,
}

#[component]
pub fn Questionnaire(props: &QuestionnaireProps) -> Html {
    let lang = use_language();
    // An asked question applies, so its answer is the one the engine used.
    let shown: Vec<QuestionIx> = (0..MODEL.questions.len())
        .filter(|&q| props.evaluation.asked[q] && !props.profile.hidden.contains(&q))
        .collect();
    let answered = shown
        .iter()
        .filter(|&&q| props.answers.get(q).is_some())
        .count();
    html! {
        <section class="apa-questionnaire" part="questions" aria-labelledby={format!("{}-questions", props.id_prefix)}>
            <div class="apa-questionnaire__head">
                { heading(props.level, "apa-heading--section", Some(format!("{}-questions", props.id_prefix)), lang.word(words::QUESTIONS).into()) }
                <span class="apa-questionnaire__progress">{ lang.fill(words::ANSWERED, &[("done", &answered.to_string()), ("total", &shown.len().to_string())]) }</span>
            </div>
            // A <div>, not a <form>: nothing is submitted, and a form makes the browser lay out
            // the whole page while it is still parsing (about 80 ms in headless Chromium here).
            <div class="apa-questionnaire__form">
                { for shown.iter().map(|&q| html! {
                    <QuestionField
                        key={&*MODEL.questions[q].key}
                        id_prefix={props.id_prefix.clone()}
                        index={q}
                        selected={props.answers.get(q)}
                        locked={props.profile.is_locked(q)}
                        on_answer={props.on_answer.clone()}
                    />
                }) }
            </div>
            <button type="button" class="apa-button apa-button--secondary apa-questionnaire__reset"
                    onclick={props.on_start_over.clone()} disabled={props.answers == props.profile.apply_locks(&props.profile.preset)}>
                { lang.word(words::START_OVER) }
            </button>
        </section>
    }
}

//! The root component: holds the answers in one reducer and derives the evaluation from them.

use super::components::{About, ComparisonGrid, Questionnaire, RecommendationPanel};
use super::state::{Action, AdvisorState};
use super::text;
use crate::engine::{self, Answers};
use crate::model::{QuestionIx, ValueIx, MODEL};
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AdvisorProps {
    /// Answers to start from.
    #[prop_or_default]
    pub initial: Answers,
}

/// Gives each widget on a page its own id prefix, so radio groups and labels never clash.
fn next_instance() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[component]
pub fn Advisor(props: &AdvisorProps) -> Html {
    let initial = props.initial;
    let state = use_reducer(move || AdvisorState { answers: initial });
    let instance = use_memo((), |_| format!("apa{}", next_instance()));
    let evaluation = use_memo(state.answers, engine::evaluate);

    let on_answer = {
        let state = state.clone();
        Callback::from(move |(q, v): (QuestionIx, Option<ValueIx>)| {
            state.dispatch(Action::Answer(q, v))
        })
    };
    let on_apply = {
        let state = state.clone();
        Callback::from(move |set: Vec<(QuestionIx, ValueIx)>| state.dispatch(Action::Apply(set)))
    };
    let on_start_over = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::StartOver))
    };

    html! {
        <div class="apa-advisor">
            <header class="apa-advisor__header">
                <h2 class="apa-advisor__title">{ text::TITLE }</h2>
                <p class="apa-advisor__intro">{ text::INTRO }</p>
            </header>
            <div class="apa-advisor__main">
                <Questionnaire
                    id_prefix={(*instance).clone()}
                    answers={state.answers}
                    {on_answer}
                    {on_start_over}
                />
                <RecommendationPanel
                    evaluation={evaluation.clone()}
                    {on_apply}
                />
            </div>
            <ComparisonGrid evaluation={evaluation.clone()} />
            <About />
            <footer class="apa-advisor__footer">
                { text::BASED_ON }{ " " }
                <a href={MODEL.meta.seed_url} target="_blank" rel="noopener noreferrer">
                    { format!("\u{201c}{}\u{201d}", MODEL.meta.seed_title) }
                </a>
                { format!(" ({}) and related pages. {}.", MODEL.meta.seed_date, MODEL.meta.applies_to) }
            </footer>
        </div>
    }
}

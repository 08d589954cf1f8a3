//! The fleet's answers, asked once for every device: each question the files cannot answer
//! (target join, domain controller, technician, …), its choices in the model's words.

use super::use_lang;
use crate::lang::{words, Lang};
use autopilot_fleet::map::READ_KEYS;
use autopilot_fleet::plan::FleetAnswers;
use autopilot_ui::engine::Answers;
use autopilot_ui::model::{QuestionIx, MODEL};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: FleetAnswers,
    /// Co-managed rows were read: the organization runs Configuration Manager.
    pub hints: bool,
    pub on_change: Callback<FleetAnswers>,
}

fn asked() -> impl Iterator<Item = QuestionIx> {
    (0..MODEL.questions.len()).filter(|&q| !READ_KEYS.contains(&&*MODEL.questions[q].key))
}

/// The questions' fields for `answers` (the fleet's, or a group's): a change gives the new set.
pub fn fields(lang: &Lang, answers: &Answers, hints: bool, on_change: &Callback<Answers>) -> Html {
    let field = |q: QuestionIx| {
        let question = &MODEL.questions[q];
        let current = answers.get(q);
        let onchange = {
            let (answers, on_change) = (*answers, on_change.clone());
            Callback::from(move |e: Event| {
                let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                    return;
                };
                on_change.emit(answers.with(q, select.value().parse::<u8>().ok()));
            })
        };
        let hint = (hints && question.key == "configmgr")
            .then(|| html! { <small class="apa-fleet-questions__hint">{ lang.word(words::HINT_COMANAGED) }</small> });
        html! {
            <label class="apa-fleet-questions__field" key={q}>
                <span>{ lang.text(&question.text) }</span>
                <select name={question.key.to_string()} {onchange}>
                    <option value="" selected={current.is_none()}>{ lang.word(words::UNDECIDED) }</option>
                    { for question.options.iter().enumerate().map(|(v, o)| html! {
                        <option value={v.to_string()} selected={current == Some(v as u8)}>{ lang.text(&o.label) }</option>
                    }) }
                </select>
                { hint }
            </label>
        }
    };
    html! { <div class="apa-fleet-questions__grid">{ for asked().map(field) }</div> }
}

#[function_component(FleetQuestions)]
pub fn fleet_questions(props: &Props) -> Html {
    let lang = use_lang();
    let on_change = {
        let (fleet, on_change) = (props.answers.clone(), props.on_change.clone());
        Callback::from(move |answers: Answers| {
            on_change.emit(FleetAnswers {
                answers,
                ..fleet.clone()
            })
        })
    };
    html! {
        <section class="apa-fleet-questions" aria-labelledby="apa-fleet-questions-h">
            <h2 id="apa-fleet-questions-h">{ lang.word(words::QUESTIONS) }</h2>
            <p>{ lang.word(words::QUESTIONS_HELP) }</p>
            { fields(&lang, &props.answers.answers, props.hints, &on_change) }
        </section>
    }
}

//! One question: a labelled radio group with a help text and a "Not sure" choice, in the
//! model's words or, for the employee view, in its plain words (the same question and answers).

use super::use_language;
use crate::i18n::words;
use crate::model::{QuestionIx, ValueIx, MODEL};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionFieldProps {
    pub id_prefix: AttrValue,
    pub index: QuestionIx,
    pub selected: Option<ValueIx>,
    /// Set by the organization: shown, but not changeable.
    #[prop_or_default]
    pub locked: bool,
    /// Asked in plain words (the question's `employee` block): the employee view.
    #[prop_or_default]
    pub plain: bool,
    pub on_answer: Callback<(QuestionIx, Option<ValueIx>)>,
}

#[component]
pub fn QuestionField(props: &QuestionFieldProps) -> Html {
    let q = &MODEL.questions[props.index];
    let lang = use_language();
    let lang = &*lang;
    let name = format!("{}-{}", props.id_prefix, q.key);
    let help_id = format!("{name}-help");
    let plain = q.employee.as_ref().filter(|_| props.plain);
    let (text, help) = plain.map_or((&q.text, &q.help), |p| (&p.text, &p.help));
    let label_of = |i: usize| plain.map_or(&q.options[i].label, |p| &p.labels[i]);
    let choice = |value: Option<ValueIx>, label: &str, data_value: &'static str| {
        let id = format!("{name}-{data_value}");
        let on_answer = props.on_answer.clone();
        let index = props.index;
        let onchange = Callback::from(move |_: Event| on_answer.emit((index, value)));
        html! {
            <label class="apa-question__choice" for={id.clone()}>
                <input type="radio" id={id} name={name.clone()} value={data_value}
                       checked={props.selected == value} disabled={props.locked} {onchange} />
                <span>{ label.to_owned() }</span>
            </label>
        }
    };
    html! {
        <fieldset class={classes!("apa-question", props.locked.then_some("apa-question--locked"))} data-key={&*q.key} aria-describedby={help_id.clone()}>
            <legend class="apa-question__text">{ lang.text(text) }</legend>
            if props.locked {
                <p class="apa-question__locked">{ lang.word(words::SET_BY_ORGANIZATION) }</p>
            }
            <p class="apa-question__help" id={help_id}>{ lang.text(help) }</p>
            <div class="apa-question__choices">
                { for q.options.iter().enumerate().map(|(i, o)| choice(Some(i as ValueIx), lang.text(label_of(i)), &o.value)) }
                { choice(None, lang.word(words::NOT_SURE), "") }
            </div>
        </fieldset>
    }
}

//! The employee view: the few questions a person setting up their own PC can answer, in plain
//! words, and what happens next for them (engine::employee::next): a checklist to follow, or why
//! IT must act first with a message to send them. The verdict is the engine's on the same
//! answers; nothing here decides anything.

use super::{heading, organization_note, source_link, use_language, QuestionField};
use crate::engine::employee::{employee_questions, next, Next, Steps};
use crate::engine::{Answers, Evaluation};
use crate::i18n::{words, Language, Word};
use crate::model::{Fact, QuestionIx, ValueIx, MODEL};
use crate::profile::{Profile, ScenarioNote};
use crate::ui::browser;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmployeeViewProps {
    /// The level of the view's section headings.
    #[prop_or(3)]
    pub level: u8,
    pub id_prefix: AttrValue,
    pub answers: Answers,
    /// The evaluation of `answers` under the organization's policy, as the admin view has it.
    pub evaluation: Rc<Evaluation>,
    pub profile: Rc<Profile>,
    pub on_answer: Callback<(QuestionIx, Option<ValueIx>)>,
}

/// The questions the employee is asked: those with plain words that apply and are not hidden.
fn asked(e: &Evaluation, profile: &Profile) -> Vec<QuestionIx> {
    employee_questions()
        .filter(|&q| e.asked[q] && !profile.hidden.contains(&q))
        .collect()
}

fn facts(lang: &Language, list: &[&'static Fact], ordered: bool) -> Html {
    let items = list.iter().map(|f| {
        html! { <li>{ lang.text(&f.text) }{ " " }{ source_link(lang, MODEL.source(&f.source)) }</li> }
    });
    if ordered {
        html! { <ol class="apa-employee__list">{ for items }</ol> }
    } else {
        html! { <ul class="apa-employee__list">{ for items }</ul> }
    }
}

fn block(lang: &Language, sub: u8, title: Word, body: Html) -> Html {
    html! {
        <div class="apa-employee__block">
            { heading(sub, "apa-heading--block", None, lang.word(title).into()) }
            { body }
        </div>
    }
}

/// The organization's note and contact for the scenario, or else the first contact it gives.
fn contact<'a>(profile: &'a Profile, next: &Next) -> Option<&'a ScenarioNote> {
    let given = |n: &&ScenarioNote| n.note.is_some() || n.contact.is_some();
    next.scenario
        .map(|s| &profile.notes[s])
        .filter(given)
        .or_else(|| profile.notes.iter().find(|n| n.contact.is_some()))
}

fn checklist(lang: &Language, sub: u8, s: &Steps, warnings: &[&'static Fact]) -> Html {
    html! {
        <>
            if s.unconfirmed {
                <p class="apa-employee__unconfirmed">{ lang.word(words::UNCONFIRMED) }</p>
            }
            { block(lang, sub, words::HOW_LONG, html! {
                <p>{ lang.text(&s.time.text) }{ " " }{ source_link(lang, MODEL.source(&s.time.source)) }</p>
            }) }
            { block(lang, sub, words::HAVE_READY, facts(lang, &s.ready, false)) }
            { block(lang, sub, words::YOU_WILL_SEE, facts(lang, &s.steps, true)) }
            { block(lang, sub, words::IF_WRONG, facts(lang, &s.trouble, false)) }
            <div class="apa-employee__block apa-employee__warnings">
                { heading(sub, "apa-heading--block", None, lang.word(words::STOP_IF).into()) }
                { facts(lang, warnings, false) }
            </div>
        </>
    }
}

/// The message to IT: the person's answers in the words they read, and the reasons.
fn message(lang: &Language, answers: &Answers, asked: &[QuestionIx], next: &Next) -> String {
    let answer = |q: QuestionIx| {
        let question = &MODEL.questions[q];
        let plain = question.employee.as_ref();
        let text = plain.map_or(&question.text, |p| &p.text);
        let value = answers.get(q).map_or(lang.word(words::NOT_SURE), |v| {
            lang.text(plain.map_or(&question.options[usize::from(v)].label, |p| {
                &p.labels[usize::from(v)]
            }))
        });
        format!("- {} {}", lang.text(text), value)
    };
    let answers: Vec<String> = asked.iter().map(|&q| answer(q)).collect();
    let reasons: Vec<String> = next
        .it_first
        .iter()
        .map(|f| format!("- {}", lang.text(&f.text)))
        .collect();
    lang.fill(
        words::IT_MESSAGE_TEXT,
        &[
            ("answers", &answers.join("\n")),
            ("reasons", &reasons.join("\n")),
        ],
    )
}

#[derive(Properties, PartialEq)]
struct ItMessageProps {
    text: String,
}

/// The ready message with a copy button; where the page does not allow the clipboard, the text
/// is there to select by hand anyway.
#[component]
fn ItMessage(props: &ItMessageProps) -> Html {
    let lang = use_language();
    let copied = use_state(|| None::<bool>);
    {
        let copied = copied.clone();
        use_effect_with(props.text.clone(), move |_| copied.set(None));
    }
    let onclick = {
        let (copied, text) = (copied.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, text) = (copied.clone(), text.clone());
            yew::platform::spawn_local(async move { copied.set(Some(browser::copy(text).await)) });
        })
    };
    html! {
        <div class="apa-employee__message">
            <p>{ lang.word(words::IT_MESSAGE_INTRO) }</p>
            <textarea class="apa-employee__message-text" readonly=true rows="12"
                      aria-label={lang.word(words::IT_MESSAGE).to_owned()} value={props.text.clone()} />
            <button type="button" class="apa-button apa-button--small apa-employee__copy" {onclick}>
                { lang.word(words::COPY_MESSAGE) }
            </button>
            <p class="apa-employee__copied" role="status">
                { match *copied {
                    Some(true) => lang.word(words::COPIED_MESSAGE),
                    Some(false) => lang.word(words::COPY_FAILED),
                    None => "",
                } }
            </p>
        </div>
    }
}

fn it_first(lang: &Language, sub: u8, next: &Next, text: String) -> Html {
    html! {
        <>
            { block(lang, sub, words::IT_FIRST, facts(lang, &next.it_first, false)) }
            { block(lang, sub, words::IT_MESSAGE, html! { <ItMessage {text} /> }) }
        </>
    }
}

#[component]
pub fn EmployeeView(props: &EmployeeViewProps) -> Html {
    let lang_rc = use_language();
    let lang = &*lang_rc;
    let shown = asked(&props.evaluation, &props.profile);
    let next = use_memo((props.answers, props.evaluation.clone()), |(a, e)| {
        next(a, e)
    });
    let sub = props.level + 1;
    let body = match &next.checklist {
        Some(s) => checklist(lang, sub, s, &next.warnings),
        None => it_first(
            lang,
            sub,
            &next,
            message(lang, &props.answers, &shown, &next),
        ),
    };
    let questions_id = format!("{}-questions", props.id_prefix);
    html! {
        <div class="apa-employee">
            <section class="apa-questionnaire apa-employee__questions" part="questions" aria-labelledby={questions_id.clone()}>
                { heading(props.level, "apa-heading--section", Some(questions_id), lang.word(words::EMPLOYEE_QUESTIONS).into()) }
                <div class="apa-questionnaire__form">
                    { for shown.iter().map(|&q| html! {
                        <QuestionField key={&*MODEL.questions[q].key} id_prefix={props.id_prefix.clone()}
                            index={q} selected={props.answers.get(q)} locked={props.profile.is_locked(q)}
                            plain=true on_answer={props.on_answer.clone()} />
                    }) }
                </div>
                <p class="apa-employee__it-decides">{ lang.word(words::IT_DECIDES) }</p>
            </section>
            <section class="apa-employee__next" part="recommendation" aria-label={lang.word(words::NEXT_STEPS).to_owned()}
                     data-scenario={next.scenario.map_or("", |s| &*MODEL.scenarios[s].id)}
                     data-it-first={(!next.it_first.is_empty()).to_string()}>
                <div class="apa-employee__head">
                    { heading(props.level, "apa-heading--section", None, lang.word(words::NEXT_STEPS).into()) }
                    <button type="button" class="apa-button apa-button--secondary apa-button--small apa-employee__print"
                            onclick={Callback::from(|_: MouseEvent| browser::print())}>
                        { lang.word(words::PRINT) }
                    </button>
                </div>
                { body }
                if let Some(note) = contact(&props.profile, &next) {
                    { organization_note(lang, sub, note) }
                }
            </section>
        </div>
    }
}

//! The recommendation panel: the scenario that fits and why, what to have in place, or, when
//! nothing fits, the answers that would change that. Its buttons print, copy a link to these
//! answers, or copy a Markdown summary.

use super::{heading, reason, source_link, sources_of, use_language};
use crate::engine::{
    only_choices, Answers, Evaluation, NoteResult, Reason, ScenarioResult, Standing,
};
use crate::i18n::{words, Language, Word};
use crate::model::{Effect, Fact, QuestionIx, ScenarioIx, ValueIx, MODEL};
use crate::profile::{Profile, ScenarioNote};
use crate::ui::describe::{change_text, status};
use crate::ui::{browser, summary};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecommendationPanelProps {
    /// The level of this section's heading (3 inside a host page, 2 on the hosted page).
    #[prop_or(3)]
    pub level: u8,
    pub evaluation: Rc<Evaluation>,
    /// The answers the evaluation was made from (with the organization's locks), for the link
    /// and the summary.
    pub answers: Answers,
    #[prop_or_default]
    pub profile: Rc<Profile>,
    pub on_apply: Callback<Vec<(QuestionIx, ValueIx)>>,
}

fn reason_list(
    lang: &Language,
    sub: u8,
    class: &'static str,
    title: Word,
    reasons: &[&Reason],
) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <div class={classes!("apa-recommendation__block", class)}>
            { heading(sub, "apa-heading--block", None, lang.word(title).into()) }
            <ul>
                { for reasons.iter().map(|r| html! {
                    <li>{ reason(lang, r) }</li>
                }) }
            </ul>
        </div>
    }
}

fn fact_list(
    lang: &Language,
    sub: u8,
    class: &'static str,
    title: Word,
    facts: &[&'static Fact],
) -> Html {
    html! {
        <div class={classes!("apa-recommendation__block", class)}>
            { heading(sub, "apa-heading--block", None, lang.word(title).into()) }
            <ul>
                { for facts.iter().map(|f| html! {
                    <li>{ lang.text(&f.text) }{ " " }{ source_link(lang, MODEL.source(&f.source)) }</li>
                }) }
            </ul>
        </div>
    }
}

fn question_text(lang: &Language, q: QuestionIx) -> &str {
    lang.text(&MODEL.questions[q].text)
}

/// The organization's own note and contact for a scenario, as plain text and a checked link.
pub fn organization_note(lang: &Language, sub: u8, note: &ScenarioNote) -> Html {
    if note.note.is_none() && note.contact.is_none() {
        return Html::default();
    }
    html! {
        <div class="apa-recommendation__block apa-recommendation__organization" part="organization-note">
            { heading(sub, "apa-heading--block", None, lang.word(words::ORGANIZATION).into()) }
            if let Some(n) = &note.note {
                <p>{ n.clone() }</p>
            }
            if let Some(c) = &note.contact {
                <p>
                    { lang.word(words::CONTACT) }{ ": " }
                    <a href={c.url.clone()} target="_blank" rel="noopener noreferrer">{ c.label.clone() }</a>
                </p>
            }
        </div>
    }
}

fn scenario_details(lang: &Language, sub: u8, result: &ScenarioResult, profile: &Profile) -> Html {
    let s = &MODEL.scenarios[result.scenario];
    let note = organization_note(lang, sub, &profile.notes[result.scenario]);
    html! {
        <>
            { note }
            <p class="apa-recommendation__summary">
                { format!("{}. {}.", lang.text(&s.purpose), lang.text(&s.description)) }{ " " }{ source_link(lang, MODEL.source(&s.source)) }
            </p>
            if let Some(then) = result.then {
                <p class="apa-recommendation__then" data-then={&*MODEL.scenarios[then].id}>
                    { lang.fill(words::THEN_RUNS, &[("name", lang.text(&MODEL.scenarios[then].name))]) }
                </p>
            }
            { reason_list(lang, sub, "apa-recommendation__why", words::WHY, &result.reasons_of(Effect::Favour).collect::<Vec<_>>()) }
            { reason_list(lang, sub, "apa-recommendation__steps", words::STEPS, &result.reasons_of(Effect::Info).collect::<Vec<_>>()) }
            { reason_list(lang, sub, "apa-recommendation__trade-offs", words::TRADE_OFFS, &result.reasons_of(Effect::Disfavour).collect::<Vec<_>>()) }
            { fact_list(lang, sub, "apa-recommendation__prerequisites", words::PREREQUISITES, &result.prerequisites().collect::<Vec<_>>()) }
            <div class="apa-recommendation__pros-cons">
                { fact_list(lang, sub, "apa-recommendation__pros", words::PROS, &s.pros.iter().collect::<Vec<_>>()) }
                { fact_list(lang, sub, "apa-recommendation__cons", words::CONS, &s.cons.iter().collect::<Vec<_>>()) }
            </div>
            <div class="apa-recommendation__block apa-recommendation__walkthroughs">
                { heading(sub, "apa-heading--block", None, lang.word(words::WALKTHROUGHS).into()) }
                <ul>
                    { for s.walkthroughs.iter().map(|l| html! {
                        <li>
                            <a href={&*l.url} target="_blank" rel="noopener noreferrer">{ lang.text(&l.label) }</a>
                            { " " }{ source_link(lang, MODEL.source(&l.source)) }
                        </li>
                    }) }
                </ul>
            </div>
        </>
    }
}

/// When the recommendation won a tie by the model's order: which scenarios fit as well, and why
/// this one comes first.
fn tie_note(lang: &Language, winner: ScenarioIx, tied_with: &[ScenarioIx]) -> Html {
    if tied_with.is_empty() {
        return Html::default();
    }
    let short = |s: ScenarioIx| lang.text(&MODEL.scenarios[s].short);
    let others: Vec<&str> = tied_with.iter().map(|&t| short(t)).collect();
    let ids: Vec<&str> = tied_with.iter().map(|&t| &*MODEL.scenarios[t].id).collect();
    html! {
        <p class="apa-recommendation__tie" data-tied-with={ids.join(" ")}>
            { lang.fill(words::TIE_NOTE, &[("others", &others.join(", ")), ("name", short(winner))]) }
        </p>
    }
}

/// The notes on these answers: the warnings, which stand above the advice, or the others,
/// after it.
fn note_list(lang: &Language, sub: u8, warnings: bool, notes: &[NoteResult]) -> Html {
    let notes: Vec<&NoteResult> = notes.iter().filter(|n| n.warning == warnings).collect();
    if notes.is_empty() {
        return Html::default();
    }
    let (class, title) = if warnings {
        ("apa-recommendation__warnings", words::WARNINGS)
    } else {
        ("apa-recommendation__notes", words::NOTES)
    };
    html! {
        <div class={classes!("apa-recommendation__block", class)}>
            { heading(sub, "apa-heading--block", None, lang.word(title).into()) }
            <ul>
                { for notes.iter().map(|n| html! {
                    <li data-note={n.id()}>{ lang.text(n.text) }{ " " }{ sources_of(lang, n.source, n.departs_from) }</li>
                }) }
            </ul>
        </div>
    }
}

/// What the copy buttons last did: the message to show, and the text when copying failed.
#[derive(Clone, PartialEq)]
enum Copied {
    Done(Word),
    Failed(String),
}

/// What the panel shows below its status: the recommendation (or the leader, with the questions
/// still to confirm), the changes that would open a scenario when nothing fits, or the
/// scenarios still in the running.
fn body(lang: &Language, sub: u8, props: &RecommendationPanelProps) -> Html {
    let e = &*props.evaluation;
    match e.standing() {
        Standing::Recommended(r) => html! {
            <>
                { tie_note(lang, r, &e.tied_with) }
                { scenario_details(lang, sub, &e.scenarios[r], &props.profile) }
            </>
        },
        Standing::NothingFits => changes(lang, e, &props.on_apply),
        Standing::Leading(l) => {
            let l = &e.scenarios[l];
            html! {
                <>
                    <div class="apa-recommendation__pending">
                        <p>{ lang.word(words::STILL_TO_CONFIRM) }</p>
                        <ul>{ for l.pending.iter().map(|q| html! { <li>{ question_text(lang, q) }</li> }) }</ul>
                    </div>
                    { scenario_details(lang, sub, l, &props.profile) }
                </>
            }
        }
        Standing::Open => Html::default(),
        Standing::SeveralFit(_) => html! {
            <ul class="apa-recommendation__candidates">
                { for e.suitable().map(|s| html! { <li>{ lang.text(&MODEL.scenarios[s.scenario].name) }</li> }) }
            </ul>
        },
    }
}

/// When nothing fits: one line per set of changed answers, naming every scenario it would open.
/// A set of choices can be applied with a click; a fact's change is only said.
fn changes(
    lang: &Language,
    e: &Evaluation,
    on_apply: &Callback<Vec<(QuestionIx, ValueIx)>>,
) -> Html {
    html! {
        <div class="apa-recommendation__changes">
            <p>{ lang.word(words::CHANGES_INTRO) }</p>
            <ul>
                { for e.change_groups.iter().map(|g| {
                    let opens: Vec<&str> =
                        g.opens.iter().map(|&s| lang.text(&MODEL.scenarios[s].short)).collect();
                    let set = g.set.clone();
                    let on_apply = on_apply.clone();
                    html! {
                        <li data-scenario={&*MODEL.scenarios[g.opens[0]].id}>
                            { change_text(lang, &g.set) }{ " " }
                            <span class="apa-recommendation__opens">{ lang.fill(words::OPENS, &[("names", &opens.join(", "))]) }</span>{ " " }
                            if only_choices(&g.set) {
                                <button type="button" class="apa-button apa-button--small"
                                        onclick={Callback::from(move |_: MouseEvent| on_apply.emit(set.clone()))}>
                                    { lang.word(words::APPLY) }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// The panel's buttons: copy a link to these answers, copy a Markdown summary, print.
fn actions(
    lang: &Language,
    on_copy_link: Callback<MouseEvent>,
    on_copy_summary: Callback<MouseEvent>,
) -> Html {
    html! {
        // The print stylesheet (styles/advisor.css) keeps the answers and this panel.
        <div class="apa-recommendation__actions">
            <button type="button" class="apa-button apa-button--secondary apa-button--small apa-recommendation__copy-link"
                    onclick={on_copy_link}>
                { lang.word(words::COPY_LINK) }
            </button>
            <button type="button" class="apa-button apa-button--secondary apa-button--small apa-recommendation__copy-summary"
                    onclick={on_copy_summary}>
                { lang.word(words::COPY_SUMMARY) }
            </button>
            <button type="button" class="apa-button apa-button--secondary apa-button--small apa-recommendation__print"
                    onclick={Callback::from(|_: MouseEvent| browser::print())}>
                { lang.word(words::PRINT) }
            </button>
        </div>
    }
}

/// What the last copy did: done, or, where the page does not allow the clipboard, the text to
/// copy by hand.
fn copied_message(lang: &Language, copied: Option<&Copied>) -> Html {
    html! {
        <div class="apa-recommendation__copied" role="status">
            { match copied {
                Some(Copied::Done(w)) => html! { <p>{ lang.word(*w) }</p> },
                Some(Copied::Failed(text)) => html! {
                    <>
                        <p>{ lang.word(words::COPY_FAILED) }</p>
                        <textarea class="apa-recommendation__copy-text" readonly=true rows="6"
                                  aria-label={lang.word(words::COPY_SUMMARY).to_owned()} value={text.clone()} />
                    </>
                },
                None => Html::default(),
            } }
        </div>
    }
}

#[component]
pub fn RecommendationPanel(props: &RecommendationPanelProps) -> Html {
    let e = &*props.evaluation;
    let lang_rc = use_language();
    let lang = &*lang_rc;
    // The blocks of the panel (Why it fits, Steps, ...) sit one level below its own heading.
    let sub = props.level + 1;
    let copied = use_state(|| None::<Copied>);
    // A copy message is about the answers it copied: it goes when they change.
    {
        let copied = copied.clone();
        use_effect_with(props.answers, move |_| copied.set(None));
    }
    // Copying waits for the browser; the message says what happened, and when the page does
    // not allow the clipboard, the text is shown to copy by hand.
    let copy = |word: Word, make: Rc<dyn Fn() -> String>| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let text = make();
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                copied.set(Some(if browser::copy(text.clone()).await {
                    Copied::Done(word)
                } else {
                    Copied::Failed(text)
                }));
            });
        })
    };
    let answers = props.answers;
    let on_copy_link = copy(
        words::COPIED_LINK,
        Rc::new(move || browser::link_to(&answers)),
    );
    let on_copy_summary = {
        let (lang, evaluation) = (lang_rc.clone(), props.evaluation.clone());
        copy(
            words::COPIED_SUMMARY,
            Rc::new(move || {
                summary::markdown(&lang, &answers, &evaluation, &browser::link_to(&answers))
            }),
        )
    };
    let found = matches!(e.standing(), Standing::Recommended(_));

    html! {
        <section class={classes!("apa-recommendation", found.then_some("apa-recommendation--found"))} part="recommendation"
                 aria-label={lang.word(words::RESULT).to_owned()} data-recommended={e.recommended.map_or("", |s| &*MODEL.scenarios[s].id)} tabindex="0">
            <div class="apa-recommendation__head">
                { heading(props.level, "apa-recommendation__title apa-heading--section", None, lang.word(words::RESULT).into()) }
                { actions(lang, on_copy_link, on_copy_summary) }
            </div>
            { copied_message(lang, (*copied).as_ref()) }
            <p class="apa-recommendation__status" role="status" aria-live="polite">{ status(lang, e) }</p>
            { note_list(lang, sub, true, &e.notes) }
            { body(lang, sub, props) }
            { note_list(lang, sub, false, &e.notes) }
        </section>
    }
}

//! The recommendation panel: the scenario that fits and why, what to have in place, or, when
//! nothing fits, the answers that would change that.

use super::source_link;
use crate::engine::{Answers, Change, Evaluation, Reason, ScenarioResult, Verdict};
use crate::model::{Effect, Fact, QuestionIx, Scenario, ValueIx, MODEL};
use crate::profile::{Profile, ScenarioNote};
use crate::ui::text;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecommendationPanelProps {
    pub evaluation: Rc<Evaluation>,
    #[prop_or_default]
    pub profile: Rc<Profile>,
    pub on_apply: Callback<Vec<(QuestionIx, ValueIx)>>,
}

fn scenario(id: &str) -> &'static Scenario {
    MODEL
        .scenario(id)
        .expect("the engine names model scenarios only")
}

fn reason_list(class: &'static str, title: &'static str, reasons: &[&Reason]) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <div class={classes!("apa-recommendation__block", class)}>
            <h5>{ title }</h5>
            <ul>
                { for reasons.iter().map(|r| html! {
                    <li>{ r.text }{ " " }{ source_link(r.source) }</li>
                }) }
            </ul>
        </div>
    }
}

fn fact_list(class: &'static str, title: &'static str, facts: &'static [Fact]) -> Html {
    html! {
        <div class={classes!("apa-recommendation__block", class)}>
            <h5>{ title }</h5>
            <ul>
                { for facts.iter().map(|f| html! {
                    <li>{ f.text }{ " " }{ source_link(f.source) }</li>
                }) }
            </ul>
        </div>
    }
}

fn by_effect(result: &ScenarioResult, effect: Effect) -> Vec<&Reason> {
    result
        .reasons
        .iter()
        .filter(|r| r.effect == effect)
        .collect()
}

fn question_text(key: &str) -> &'static str {
    MODEL
        .question_ix(key)
        .map(|q| MODEL.questions[q].text)
        .unwrap_or_default()
}

/// The organization's own note and contact for a scenario, as plain text and a checked link.
pub fn organization_note(note: &ScenarioNote) -> Html {
    if note.note.is_none() && note.contact.is_none() {
        return Html::default();
    }
    html! {
        <div class="apa-recommendation__block apa-recommendation__organization" part="organization-note">
            <h5>{ text::ORGANIZATION }</h5>
            if let Some(n) = &note.note {
                <p>{ n.clone() }</p>
            }
            if let Some(c) = &note.contact {
                <p>
                    { text::CONTACT }{ ": " }
                    <a href={c.url.clone()} target="_blank" rel="noopener noreferrer">{ c.label.clone() }</a>
                </p>
            }
        </div>
    }
}

fn scenario_details(result: &ScenarioResult, profile: &Profile) -> Html {
    let s = scenario(result.id);
    let note = MODEL
        .scenario_ix(result.id)
        .map(|i| organization_note(&profile.notes[i]))
        .unwrap_or_default();
    html! {
        <>
            { note }
            <p class="apa-recommendation__summary">
                { format!("{}. {}.", s.purpose, s.description) }{ " " }{ source_link(s.source) }
            </p>
            if let Some(then) = result.then {
                <p class="apa-recommendation__then" data-then={then}>
                    { text::then_runs(scenario(then).name) }
                </p>
            }
            { reason_list("apa-recommendation__why", text::WHY, &by_effect(result, Effect::Favour)) }
            { reason_list("apa-recommendation__steps", text::STEPS, &by_effect(result, Effect::Info)) }
            { reason_list("apa-recommendation__trade-offs", text::TRADE_OFFS, &by_effect(result, Effect::Disfavour)) }
            { fact_list("apa-recommendation__prerequisites", text::PREREQUISITES, s.prerequisites) }
            <div class="apa-recommendation__pros-cons">
                { fact_list("apa-recommendation__pros", text::PROS, s.pros) }
                { fact_list("apa-recommendation__cons", text::CONS, s.cons) }
            </div>
            <div class="apa-recommendation__block apa-recommendation__walkthroughs">
                <h5>{ text::WALKTHROUGHS }</h5>
                <ul>
                    { for s.walkthroughs.iter().map(|l| html! {
                        <li>
                            <a href={l.url} target="_blank" rel="noopener noreferrer">{ l.label }</a>
                            { " " }{ source_link(l.source) }
                        </li>
                    }) }
                </ul>
            </div>
        </>
    }
}

/// A suggested change as answer indices, ready to dispatch.
fn change_indices(change: &Change) -> Vec<(QuestionIx, ValueIx)> {
    change
        .set
        .iter()
        .filter_map(|(k, v)| {
            let q = Answers::key(k).ok()?;
            Some((q, MODEL.questions[q].value_ix(v)?))
        })
        .collect()
}

fn describe_change(change: &Change) -> String {
    let parts: Vec<String> = change
        .set
        .iter()
        .filter_map(|(k, v)| {
            let q = &MODEL.questions[Answers::key(k).ok()?];
            let label = q.options.iter().find(|o| o.value == *v)?.label;
            Some(format!("{} \u{2192} {label}", q.text))
        })
        .collect();
    parts.join("; ")
}

#[component]
pub fn RecommendationPanel(props: &RecommendationPanelProps) -> Html {
    let e = &*props.evaluation;
    let suitable: Vec<&ScenarioResult> = e
        .scenarios
        .iter()
        .filter(|s| s.verdict != Verdict::Unsuitable)
        .collect();
    let recommended = e.recommended.and_then(|id| e.scenario(id));
    let leading = e.leading.and_then(|id| e.scenario(id));

    let (status, body) = if let Some(r) = recommended {
        (
            format!("Recommended: {}", scenario(r.id).name),
            scenario_details(r, &props.profile),
        )
    } else if suitable.is_empty() {
        // One line per set of changed answers, naming every scenario it would open.
        let mut grouped: Vec<(&Change, Vec<&'static str>)> = Vec::new();
        for c in &e.changes {
            match grouped.iter_mut().find(|(g, _)| g.set == c.set) {
                Some((_, opens)) => opens.push(scenario(c.scenario).short),
                None => grouped.push((c, vec![scenario(c.scenario).short])),
            }
        }
        let changes = html! {
            <div class="apa-recommendation__changes">
                <p>{ text::CHANGES_INTRO }</p>
                <ul>
                    { for grouped.into_iter().map(|(c, opens)| {
                        let set = change_indices(c);
                        let on_apply = props.on_apply.clone();
                        html! {
                            <li data-scenario={c.scenario}>
                                { describe_change(c) }{ " " }
                                <span class="apa-recommendation__opens">{ text::opens(&opens) }</span>{ " " }
                                <button type="button" class="apa-button apa-button--small"
                                        onclick={Callback::from(move |_: MouseEvent| on_apply.emit(set.clone()))}>
                                    { text::APPLY }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        };
        (text::NOTHING_FITS.to_owned(), changes)
    } else if let Some(l) = leading {
        let body = html! {
            <>
                <div class="apa-recommendation__pending">
                    <p>{ text::STILL_TO_CONFIRM }</p>
                    <ul>{ for l.pending.iter().map(|k| html! { <li>{ question_text(k) }</li> }) }</ul>
                </div>
                { scenario_details(l, &props.profile) }
            </>
        };
        (text::leading(scenario(l.id).name), body)
    } else if suitable.len() == e.scenarios.len() {
        (text::NOTHING_YET.to_owned(), Html::default())
    } else {
        let names = html! {
            <ul class="apa-recommendation__candidates">
                { for suitable.iter().map(|s| html! { <li>{ scenario(s.id).name }</li> }) }
            </ul>
        };
        (text::several_fit(suitable.len()), names)
    };

    html! {
        <section class={classes!("apa-recommendation", recommended.map(|_| "apa-recommendation--found"))} part="recommendation"
                 aria-label={text::RESULT} data-recommended={e.recommended.unwrap_or("")} tabindex="0">
            <div class="apa-recommendation__head">
                <h3 class="apa-recommendation__title">{ text::RESULT }</h3>
                // The print stylesheet (styles/advisor.css) keeps the answers and this panel.
                <button type="button" class="apa-button apa-button--secondary apa-button--small apa-recommendation__print"
                        onclick={Callback::from(|_: MouseEvent| { let _ = gloo::utils::window().print(); })}>
                    { text::PRINT }
                </button>
            </div>
            <p class="apa-recommendation__status" role="status" aria-live="polite">{ status }</p>
            { body }
            if !e.notes.is_empty() {
                <div class="apa-recommendation__block apa-recommendation__notes">
                    <h5>{ text::NOTES }</h5>
                    <ul>
                        { for e.notes.iter().map(|n| html! {
                            <li data-note={n.id}>{ n.text }{ " " }{ source_link(n.source) }</li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}
